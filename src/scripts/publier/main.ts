/**
 * The publishing page (/publier/): raw offer → importer → form → the offer file, checked on
 * every change by the content check itself, previewed, then handed to GitHub's web editor.
 * The only requests are the page's own data files (communes, organisations).
 */
import './shims.ts';
import { checkOfferText, checkOrganisationText } from '../../lib/content-check/check-entry.ts';
import { setGeoTables } from '../../lib/geo-data/browser.ts';
import type { CompactGeo } from '../../lib/geo-data/compact.ts';
import { geoGazetteer, getCommunesForPostalCode } from '../../lib/geo.ts';
import { buildDraft, offerSlug, type Draft } from '../../lib/import/draft.ts';
import type { KnownOrganisation } from '../../lib/import/match-organisation.ts';
import { toOfferFile, toOrganisationFile } from '../../lib/import/offer-yaml.ts';
import { toFormValues, toOfferData, type FormValues } from '../../lib/publish/form-values.ts';
import { renderPreview } from '../../lib/publish/preview.ts';
import { newFileUrl } from '../../lib/publish/proposal.ts';
import { PUBLISH_TEXT as T } from '../../lib/publish/text.ts';
import { slugify } from '../../lib/slug.ts';
import { showProblems } from './problems.ts';

const root = document.querySelector<HTMLElement>('.publish');
const form = document.querySelector<HTMLFormElement>('#offer-form');
const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const today = new Date().toLocaleDateString('sv-SE');
let organisations: KnownOrganisation[] = [];
let current: { file: string; text: string; ok: boolean } | undefined;

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

function newOrganisation(): { slug: string; name: string; text: string } | undefined {
  if (byId<HTMLSelectElement>('f-organisation').value !== '__new') return undefined;
  const field = (name: string) => byId<HTMLInputElement>(`f-org-${name}`).value.trim();
  const name = field('name');
  const data = { name, kind: field('kind'), website: field('website') };
  const filled = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== ''));
  return { slug: slugify(name) || 'organisation', name, text: toOrganisationFile(filled) };
}

function update(): void {
  const values = readValues();
  const created = newOrganisation();
  byId('new-organisation').hidden = !created;
  if (created) values['organisation'] = created.slug;
  const body = String(values['body'] ?? '');
  const text = toOfferFile(toOfferData(values), body);
  const title = String(values['title'] ?? '').trim();
  const slug = offerSlug(String(values['published'] || today), String(values['organisation'] || 'organisation'), title || 'offre');
  const file = `content/offers/${slug}.md`;
  const offer = checkOfferText(text, file, slug);
  const org = created
    ? checkOrganisationText(created.text, `content/organisations/${created.slug}.yaml`, created.slug, 'yaml')
    : undefined;
  showProblems(byId('problems'), [
    { problems: offer.problems, prefix: '' },
    ...(org ? [{ problems: org.problems, prefix: 'org-' }] : []),
  ]);
  const ok = offer.problems.length === 0 && (org?.problems.length ?? 0) === 0;
  current = { file, text, ok };
  const orgName = created?.name ?? organisations.find((o) => o.slug === values['organisation'])?.name ?? '';
  renderPreview(byId('preview'), { title, organisationName: orgName, body, offer: ok ? offer.entry?.data : undefined, today }, T.preview.incomplete);
  byId('file-name').textContent = file;
  const repository = { url: root!.dataset['repository'] ?? '', branch: root!.dataset['branch'] ?? 'main' };
  setProposal(byId('propose'), ok ? newFileUrl(repository, file, text) : undefined);
  const orgLink = byId<HTMLAnchorElement>('propose-organisation');
  orgLink.hidden = !created;
  if (created) setProposal(orgLink, ok ? newFileUrl(repository, `content/organisations/${created.slug}.yaml`, created.text) : undefined);
  const tooLong = ok && !newFileUrl(repository, file, text);
  byId('propose-status').textContent = !ok ? T.propose.fix : tooLong ? T.propose.tooLong : created ? T.propose.organisationFirst : '';
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

function summarise(draft: Draft): void {
  const box = byId('import-summary');
  const parts: HTMLElement[] = [];
  const p = document.createElement('p');
  p.textContent = T.paste.filled(draft.found.length);
  parts.push(p);
  for (const [label, items] of [[T.paste.guesses, draft.guesses], [T.paste.missing, draft.missing]] as const) {
    if (items.length === 0) continue;
    const heading = document.createElement('p');
    heading.textContent = label;
    const list = document.createElement('ul');
    for (const item of items) list.append(Object.assign(document.createElement('li'), { textContent: item }));
    parts.push(heading, list);
  }
  box.replaceChildren(...parts);
}

function fillFromRaw(): void {
  const raw = byId<HTMLTextAreaElement>('f-raw').value;
  if (!raw.trim()) return;
  const draft = buildDraft(raw, 'offre.txt', { organisations, today, gazetteer: geoGazetteer });
  fillForm({ ...toFormValues(draft.data), body: draft.body });
  if (draft.newEmployer) {
    byId<HTMLSelectElement>('f-organisation').value = '__new';
    byId<HTMLInputElement>('f-org-name').value = draft.newEmployer.name;
    byId<HTMLInputElement>('f-org-website').value = draft.newEmployer.website ?? '';
  }
  listCommunes();
  summarise(draft);
  update();
}

function listCommunes(): void {
  const code = byId<HTMLInputElement>('f-location-postalCode').value.trim();
  const names = /^\d{5}$/.test(code) ? getCommunesForPostalCode(code) : [];
  byId('communes-list').replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
  byId('communes-status').textContent = names.length > 0 ? `${T.form.cityFromPostalCode} : ${names.join(', ')}` : '';
  const city = byId<HTMLInputElement>('f-location-city');
  if (names.length === 1 && !city.value.trim()) city.value = names[0] ?? '';
}

async function start(): Promise<void> {
  if (!root || !form) return;
  const status = byId('communes-status');
  status.textContent = T.form.loadingCommunes;
  const load = async <V>(url: string | undefined) => (await fetch(url ?? '')).json() as Promise<V>;
  const [communes, known] = await Promise.all([
    load<CompactGeo>(root.dataset['communes']),
    load<KnownOrganisation[]>(root.dataset['organisations']),
  ]);
  setGeoTables(communes);
  organisations = known;
  const select = byId<HTMLSelectElement>('f-organisation');
  const existing = known.map((o) => Object.assign(document.createElement('option'), { value: o.slug, textContent: o.name }));
  select.append(...existing);
  status.textContent = '';
  byId<HTMLInputElement>('f-location-city').setAttribute('list', 'communes-list');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  };
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id === 'f-location-postalCode') listCommunes();
    later();
  });
  form.addEventListener('change', later);
  // Nothing is sent anywhere: Enter in a field must not submit the form.
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('fill').addEventListener('click', fillFromRaw);
  byId('copy').addEventListener('click', () => {
    if (current) void navigator.clipboard.writeText(current.text).then(() => (byId('propose-status').textContent = T.propose.copied));
  });
  byId('download').addEventListener('click', () => {
    if (!current) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([current.text], { type: 'text/markdown' }));
    link.download = current.file.split('/').pop() ?? 'offre.md';
    link.click();
    URL.revokeObjectURL(link.href);
  });
  root.dataset['ready'] = 'true';
  update();
}

void start();
