/**
 * An offer's search record: what Pagefind indexes of it, as a small HTML page made from the
 * catalog — the hidden element with its metadata, sort keys and filters, its title and its
 * description, marked up exactly as on the offer page (OfferPage.astro, OfferSearchData.astro).
 * The build hands every record to Pagefind as soon as the catalog exists, so that indexing runs
 * on its own core from the start of the routes instead of waiting for each page to be rendered;
 * tests/search/index.test.ts checks that the bundles written from the records are the ones
 * Pagefind makes of the built pages, byte for byte.
 */
import type { OfferView } from './catalog.ts';
import { escapeMarkup } from './format.ts';
import { getSearchDataMarkup } from './search.ts';

export interface SearchRecord {
  /** The offer page's file, relative to the output dir: `offres/<slug>/index.html`. */
  sourcePath: string;
  /** The HTML Pagefind indexes (see toIndexableHtml). */
  content: string;
  /** Whether the offer also goes into the open-offers bundle. */
  open: boolean;
}

/**
 * Prepares HTML for Pagefind, in text and in tags:
 * - Pagefind splits words at ASCII punctuation only, so the typographic apostrophe that French
 *   text uses (and our Markdown renderer produces) glues article and noun: « d’élus » is indexed
 *   as « délus » and « d’elus », never « élus ». Text gets an ASCII apostrophe; attributes, which
 *   hold the result metadata shown to visitors, are left as they are.
 * - Elements with an `id` (the description's headings) become anchors, the sub-results of a page,
 *   which /recherche/ does not show (`hide-sub-results`), and they cost a third of Pagefind's
 *   writing time: ids are dropped.
 */
export function toIndexableHtml(html: string): string {
  // One pass: a tag is matched whole, so an apostrophe is only replaced outside tags.
  return html.replace(/<[^>]*>|’|&rsquo;|&#8217;|&#x2019;/gi, (match) =>
    match.startsWith('<') ? match.replace(/\sid="[^"]*"/g, '') : "'",
  );
}

/** `/offres/<slug>/` → `offres/<slug>/index.html`, the page's file in the output dir. */
export function toSourcePath(urlPath: string): string {
  return `${urlPath.replace(/^\/+/, '')}index.html`;
}

export function getSearchRecord(offer: OfferView): SearchRecord {
  const { attributes, filters } = getSearchDataMarkup(offer);
  const data = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
    .join('');
  const spans = filters
    .map((filter) => `<span data-pagefind-filter="${escapeMarkup(filter)}"></span>`)
    .join('');
  const body =
    `<div hidden${data}>${spans}</div>` +
    `<h1 data-pagefind-body data-pagefind-weight="10">${escapeMarkup(offer.data.title)}</h1>` +
    `<div class="prose" data-pagefind-body>${offer.html}</div>`;
  return {
    sourcePath: toSourcePath(offer.url),
    content: toIndexableHtml(
      `<!DOCTYPE html><html lang="fr"><head></head><body>${body}</body></html>`,
    ),
    open: offer.status === 'open',
  };
}
