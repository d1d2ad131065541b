/**
 * The publishing page's preview: the offer page's header and facts list (the same labels and
 * wording, src/lib/offer-facts.ts) and the body as plain paragraphs. The site's markdown
 * renderer (Sätteri) is native code that does not run in a browser, so the body is shown as
 * text here; every value is set as text, never as HTML.
 */
import type { OfferView } from '../catalog.ts';
import { resolvePlace } from '../geo.ts';
import { getOfferFacts } from '../offer-facts.ts';
import type { Offer } from '../../schema/index.ts';
import { UI } from '../ui-text.ts';

export interface PreviewInput {
  title: string;
  organisationName: string;
  body: string;
  /** The offer as the schema read it, when the file has no problem. */
  offer?: Offer | undefined;
  today: string;
}

const DAY = 86_400_000;

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function facts(offer: Offer, organisationName: string, today: string): HTMLElement {
  const place = offer.location ? resolvePlace(offer.location) : undefined;
  const daysLeft = offer.deadline
    ? Math.round((Date.parse(offer.deadline) - Date.parse(today)) / DAY)
    : 0;
  const view = {
    data: offer,
    organisation: { data: { name: organisationName } },
    place: place?.ok ? place.place : undefined,
    status: 'open',
    daysLeft,
  } as unknown as OfferView;
  const list = element('dl', undefined, 'facts');
  for (const fact of getOfferFacts(view).filter((f) => f.key !== 'organisation')) {
    const row = element('div');
    row.dataset['fact'] = fact.key;
    row.append(element('dt', fact.label), element('dd', fact.value));
    list.append(row);
  }
  return list;
}

/** Replaces `container`'s content with the preview; `incomplete` is said when facts are missing. */
export function renderPreview(container: HTMLElement, input: PreviewInput, incomplete: string): void {
  const article = element('article', undefined, 'offer');
  const header = element('header');
  const badge = element('p');
  badge.append(element('span', UI.offer.open, 'badge badge-open'));
  header.append(badge, element('h1', input.title), element('p', input.organisationName, 'offer-org'));
  article.append(header);
  article.append(input.offer ? facts(input.offer, input.organisationName, input.today) : element('p', incomplete));
  const body = element('div', undefined, 'prose');
  for (const paragraph of input.body.split(/\n\s*\n/)) {
    if (paragraph.trim()) body.append(element('p', paragraph.trim()));
  }
  article.append(body);
  container.replaceChildren(article);
}
