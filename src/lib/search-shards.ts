/**
 * How the offers are split into search bundles. Open offers change every day (new ones, the
 * days left, closings): their bundle is small and written at every build. A closed offer never
 * changes again, so closed offers go into one bundle per year of closing, written once and
 * reused from the cache while the year's set of offers is unchanged (src/lib/outputs/search-index.ts);
 * a nightly build indexes the open offers and, at most, the current year's archive.
 *
 * /recherche/ loads the open bundle first and merges the archive bundles into the same Pagefind
 * instance (`mergeIndex`) only when the visitor includes closed offers. Every closed offer also
 * carries its archive year as a filter (`archive`), so that the page can search one year at a
 * time: Pagefind interlaces the results of merged bundles instead of sorting them together.
 * Pure: no `astro:*` import.
 */
import type { OfferView } from './catalog.ts';

export interface SearchBundle {
  /** Directory under the site root, e.g. `pagefind` or `pagefind/archives-2025`. */
  dir: string;
  /** The archive's year (getArchiveYear()); absent for the open offers' bundle. */
  year?: string;
  /** Offers indexed, in the catalog's order. */
  offers: OfferView[];
}

/** The open offers' bundle: what a first search loads. */
export const OPEN_BUNDLE_DIR = 'pagefind';

/** URL path of a bundle, e.g. `/pagefind/`. */
export function getBundleUrl(dir: string): string {
  return `/${dir}/`;
}

/** The archive a closed offer belongs to: the year of its last open day. */
export function getArchiveYear(offer: OfferView): string {
  return offer.lastOpenDay.slice(0, 4);
}

/**
 * The open bundle, then one bundle of closed offers per year of closing, newest year first.
 * `offers` is the catalog's list (newest published first); each bundle keeps that order.
 */
export function getSearchBundles(offers: readonly OfferView[]): {
  open: SearchBundle;
  archives: SearchBundle[];
} {
  const open: OfferView[] = [];
  const byYear = new Map<string, OfferView[]>();
  for (const offer of offers) {
    if (offer.status === 'open') {
      open.push(offer);
      continue;
    }
    const year = getArchiveYear(offer);
    const list = byYear.get(year) ?? [];
    list.push(offer);
    byYear.set(year, list);
  }
  const archives = [...byYear.keys()]
    .sort()
    .reverse()
    .map((year) => ({
      dir: `${OPEN_BUNDLE_DIR}/archives-${year}`,
      year,
      offers: byYear.get(year) ?? [],
    }));
  return { open: { dir: OPEN_BUNDLE_DIR, offers: open }, archives };
}
