/**
 * The publishing page (/publier/): the form, its messages, the preview and the proposal links.
 * The work (importer, content check, file text) runs in worker.ts; this file only reads and
 * writes the page. The only requests are the worker's loads of the page's own data files.
 */
import type { FormValues } from '../../lib/publish/form-values.ts';
import { PUBLISH_TEXT as T } from '../../lib/publish/text.ts';
import type { Checked, Imported, NewOrganisation } from '../../lib/publish/workbench.ts';
import { renderPreview } from './preview.ts';
import { showProblems } from './problems.ts';
import type { Request, Response } from './protocol.ts';

const root = document.querySelector<HTMLElement>('.publish');
const form = document.querySelector<HTMLFormElement>('#offer-form');
const byId = <E extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as E;
const input = (id: string) => byId<HTMLInputElement>(id);
let current: Checked | undefined;
let worker: Worker;
const send = (message: Request) => worker.postMessage(message);

function readValues(): FormValues {
  const values: FormValues = { contract: [] };
  for (const el of form!.querySelectorAll<HTMLInputElement>('[name]')) {
    if (el.id.startsWith('f-org-')) continue;
    if (el.name === 'contract') {
      if (el.checked) (values['contract'] as string[]).push(el.value);
    } else values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
  }
  return values;
}

function fillForm(values: FormValues): void {
  form!.reset();
  for (const [path, value] of Object.entries(values)) {
    if (path === 'contract' && Array.isArray(value)) {
      for (const box of form!.querySelectorAll<HTMLInputElement>('[name="contract"]'))
        box.checked = value.includes(box.value);
      continue;
    }
    const el = document.getElementById(`f-${path.replace(/\./g, '-')}`) as HTMLInputElement | null;
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = value === true;
    else el.value = String(value);
  }
}

function newOrganisation(): NewOrganisation | undefined {
  const creating = byId<HTMLSelectElement>('f-organisation').value === '__new';
  byId('new-organisation').hidden = !creating;
  if (!creating) return undefined;
  const field = (name: string) => input(`f-org-${name}`).value;
  return { name: field('name'), kind: field('kind'), website: field('website') };
}

function check(): void {
  send({ type: 'check', values: readValues(), organisation: newOrganisation() });
}

function setProposal(link: HTMLElement, href: string | undefined): void {
  if (href) {
    link.setAttribute('href', href);
    link.removeAttribute('aria-disabled');
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
  }
}

function showChecked(result: Checked): void {
  current = result;
  showProblems(byId('problems'), result.groups);
  renderPreview(byId('preview'), result.preview, T.preview.incomplete);
  byId('file-name').textContent = result.offer.file;
  setProposal(byId('propose'), result.offer.url);
  const orgLink = byId('propose-organisation');
  orgLink.hidden = !result.organisation;
  setProposal(orgLink, result.organisation?.url);
  const status = !result.ok
    ? T.propose.fix
    : result.tooLong
      ? T.propose.tooLong
      : result.organisation
        ? T.propose.organisationFirst
        : '';
  byId('propose-status').textContent = status;
  showCommunes(result.communes);
}

function showCommunes(names: string[]): void {
  const list = byId('communes-list');
  if (
    list.childElementCount === names.length &&
    [...list.children].every((o, i) => (o as HTMLOptionElement).value === names[i])
  )
    return;
  list.replaceChildren(
    ...names.map((name) => Object.assign(document.createElement('option'), { value: name })),
  );
  byId('communes-status').textContent =
    names.length > 0 ? `${T.form.cityFromPostalCode} : ${names.join(', ')}` : '';
  const city = input('f-location-city');
  if (names.length === 1 && !city.value.trim()) {
    city.value = names[0] ?? '';
    check();
  }
}

function showImported(result: Imported): void {
  fillForm(result.values);
  if (result.newEmployer) {
    byId<HTMLSelectElement>('f-organisation').value = '__new';
    input('f-org-name').value = result.newEmployer.name;
    input('f-org-website').value = result.newEmployer.website ?? '';
  }
  const parts: HTMLElement[] = [
    Object.assign(document.createElement('p'), {
      textContent: T.paste.filled(result.found.length),
    }),
  ];
  for (const [label, items] of [
    [T.paste.guesses, result.guesses],
    [T.paste.missing, result.missing],
  ] as const) {
    if (items.length === 0) continue;
    const list = document.createElement('ul');
    for (const item of items)
      list.append(Object.assign(document.createElement('li'), { textContent: item }));
    parts.push(Object.assign(document.createElement('p'), { textContent: label }), list);
  }
  byId('import-summary').replaceChildren(...parts);
  check();
}

function onReady(organisations: { slug: string; name: string }[]): void {
  byId<HTMLSelectElement>('f-organisation').append(
    ...organisations.map((o) =>
      Object.assign(document.createElement('option'), { value: o.slug, textContent: o.name }),
    ),
  );
  byId('communes-status').textContent = '';
  input('f-location-city').setAttribute('list', 'communes-list');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, 200);
  };
  form!.addEventListener('input', later);
  form!.addEventListener('change', later);
  byId('fill').addEventListener('click', () => {
    const raw = byId<HTMLTextAreaElement>('f-raw').value;
    if (raw.trim()) send({ type: 'import', raw });
  });
  root!.dataset['ready'] = 'true';
  check();
}

function start(): void {
  if (!root || !form) return;
  // Nothing is sent anywhere: Enter in a field must not submit the form.
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('communes-status').textContent = T.form.loadingCommunes;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<Response>) => {
    const message = event.data;
    if (message.type === 'ready') onReady(message.organisations);
    else if (message.type === 'imported') showImported(message.result);
    else showChecked(message.result);
  });
  const data = root.dataset;
  send({
    type: 'init',
    communes: new URL(data['communes'] ?? '', location.href).href,
    organisations: new URL(data['organisations'] ?? '', location.href).href,
    repository: { url: data['repository'] ?? '', branch: data['branch'] ?? 'main' },
    today: new Date().toLocaleDateString('sv-SE'),
  });
  byId('copy').addEventListener('click', () => {
    if (current)
      void navigator.clipboard.writeText(current.offer.text).then(() => {
        byId('propose-status').textContent = T.propose.copied;
      });
  });
  byId('download').addEventListener('click', () => {
    if (!current) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([current.offer.text], { type: 'text/markdown' }));
    link.download = current.offer.file.split('/').pop() ?? 'offre.md';
    link.click();
    URL.revokeObjectURL(link.href);
  });
}

start();
