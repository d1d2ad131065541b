/**
 * Searches saved in this browser, and the count of offers published since the visitor's
 * previous visit, read from `/offres.json` (open offers with their publication day). The
 * search page calls saveSearch(new URLSearchParams(location.search)); nothing leaves the browser.
 */
import { STORE_KEYS, readJson, writeJson } from './store.ts';

export interface SavedSearch {
  /** The query string, without `?`, parameters sorted: also the search's identity. */
  query: string;
  savedAt: string;
}

/** What `/offres.json` gives per offer that counting needs (src/lib/offers-export.ts). */
export interface ExportedOfferSummary {
  published: string;
  contracts: string[];
  regions: { slug: string }[];
}

/** Parameters that describe a position in the results, not the search itself. */
const NOT_SEARCH = new Set(['page']);

function normalise(params: URLSearchParams): string {
  const kept = [...params].filter(([key, value]) => !NOT_SEARCH.has(key) && value !== '');
  kept.sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  return new URLSearchParams(kept).toString();
}

export function listSavedSearches(): SavedSearch[] {
  const list = readJson<unknown>(STORE_KEYS.searches, []);
  return Array.isArray(list)
    ? (list as SavedSearch[]).filter((s) => typeof s?.query === 'string')
    : [];
}

/** Saves a search (once: saving it again moves it first); returns its normalised query. */
export function saveSearch(params: URLSearchParams, now = new Date()): string {
  const query = normalise(params);
  const others = listSavedSearches().filter((s) => s.query !== query);
  writeJson(STORE_KEYS.searches, [{ query, savedAt: now.toISOString() }, ...others]);
  return query;
}

export function removeSavedSearch(query: string): void {
  writeJson(
    STORE_KEYS.searches,
    listSavedSearches().filter((s) => s.query !== query),
  );
}

/**
 * Offers published after `sinceDay` (YYYY-MM-DD, exclusive) that match the search's
 * `region` and `contrat` values (values of one filter combine with OR). Words (`q`) need the
 * search index and are not counted against.
 */
export function countNewOffers(
  offers: readonly ExportedOfferSummary[],
  sinceDay: string,
  params = new URLSearchParams(),
): number {
  const regions = params.getAll('region');
  const contracts = params.getAll('contrat');
  return offers.filter(
    (o) =>
      o.published > sinceDay &&
      (regions.length === 0 || o.regions.some((r) => regions.includes(r.slug))) &&
      (contracts.length === 0 || o.contracts.some((c) => contracts.includes(c))),
  ).length;
}

interface Visits {
  /** Start of the visit before this one (what « since your last visit » means). */
  previous?: string;
  /** The latest page view. */
  last: string;
}

/** A visit ends after this long without a page view; reloads inside it keep the same « since ». */
const VISIT_GAP_MS = 60 * 60 * 1000;

/**
 * Records a page view and returns the instant of the previous visit, or undefined on a
 * first visit.
 */
export function recordVisit(now = new Date()): Date | undefined {
  const visits = readJson<Visits | null>(STORE_KEYS.visits, null);
  let previous = visits?.previous;
  if (visits && now.getTime() - Date.parse(visits.last) > VISIT_GAP_MS) previous = visits.last;
  writeJson(STORE_KEYS.visits, { ...(previous ? { previous } : {}), last: now.toISOString() });
  return previous ? new Date(previous) : undefined;
}

/** The open offers of `/offres.json`. */
export async function fetchOpenOffers(url = '/offres.json'): Promise<ExportedOfferSummary[]> {
  const response = await fetch(url);
  if (!response.ok) return [];
  const body = (await response.json()) as { offers?: ExportedOfferSummary[] };
  return body.offers ?? [];
}
