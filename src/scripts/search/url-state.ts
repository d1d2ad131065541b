/**
 * The search page's state in its URL, and back: `?q=élus&region=corse&statut=toutes&tri=limite`.
 * Pure functions (no DOM), shared by the page script and the tests. Filter values travel as
 * slugs, so shared links stay readable; they are matched back against the values Pagefind
 * knows once its filters are loaded.
 */
import type { SearchClientConfig } from '../../lib/search.ts';
import { slugify } from '../../lib/slug.ts';

/** Pagefind filter selections: filter key → selected values. */
export type Filters = Record<string, string[]>;

export interface SearchState {
  q: string;
  /** Selected values by filter key. */
  filters: Filters;
  /** Search every offer, not only the open ones (`statut=toutes`): the full bundle. */
  includeClosed: boolean;
  /** A `tri` value from the config; '' is the default order. */
  sort: string;
}

/** What a URL says, before filter slugs are matched with real values. */
export interface UrlState extends Omit<SearchState, 'filters'> {
  /** Filter key → slugs (or raw values) from the URL. */
  filterSlugs: Filters;
}

export const QUERY_PARAM = 'q';
export const STATUS_PARAM = 'statut';
export const STATUS_ALL = 'toutes';
export const SORT_PARAM = 'tri';

export function parseSearchParams(params: URLSearchParams, config: SearchClientConfig): UrlState {
  const filterSlugs: Filters = {};
  for (const { param, key } of config.filters) {
    const values = params.getAll(param).filter((v) => v !== '');
    if (values.length > 0) filterSlugs[key] = [...new Set(values)];
  }
  const sort = params.get(SORT_PARAM) ?? '';
  return {
    q: (params.get(QUERY_PARAM) ?? '').trim(),
    filterSlugs,
    includeClosed: params.get(STATUS_PARAM) === STATUS_ALL,
    sort: config.sorts.some((s) => s.value === sort) ? sort : '',
  };
}

/**
 * Whether a URL asks for more than the page's first state (the newest open offers): a query,
 * a filter, closed offers or an order. Only then does the page load the search at once.
 */
export function asksForSearch(state: UrlState): boolean {
  return (
    state.q !== '' ||
    Object.keys(state.filterSlugs).length > 0 ||
    state.includeClosed ||
    state.sort !== ''
  );
}

/** Matches URL slugs with the filter values Pagefind knows; unknown ones are dropped. */
export function resolveFilters(
  filterSlugs: Filters,
  known: Record<string, Record<string, number>> | null,
): Filters {
  const filters: Filters = {};
  for (const [key, slugs] of Object.entries(filterSlugs)) {
    const values = Object.keys(known?.[key] ?? {});
    const resolved = slugs
      .map((slug) => values.find((v) => v === slug || slugify(v) === slug))
      .filter((v): v is string => v !== undefined);
    if (resolved.length > 0) filters[key] = [...new Set(resolved)];
  }
  return filters;
}

export function toSearchParams(state: SearchState, config: SearchClientConfig): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set(QUERY_PARAM, state.q);
  for (const { param, key } of config.filters) {
    for (const value of [...(state.filters[key] ?? [])].sort())
      params.append(param, slugify(value));
  }
  if (state.includeClosed) params.set(STATUS_PARAM, STATUS_ALL);
  if (state.sort !== '') params.set(SORT_PARAM, state.sort);
  return params;
}

/** The state Pagefind shows (term and filters), with what the page keeps itself. */
export function fromPagefind(
  term: string,
  filters: Filters,
  page: Pick<SearchState, 'includeClosed' | 'sort'>,
  config: SearchClientConfig,
): SearchState {
  const known = new Set<string>(config.filters.map((f) => f.key));
  const own: Filters = {};
  for (const [key, values] of Object.entries(filters)) {
    if (known.has(key) && Array.isArray(values) && values.length > 0) own[key] = [...values];
  }
  return { q: term.trim(), filters: own, includeClosed: page.includeClosed, sort: page.sort };
}

/** Pagefind's `sort` option for a `tri` value: `{ limite: 'asc' }`, or {} for relevance. */
export function toPagefindSort(
  sort: string,
  q: string,
  config: SearchClientConfig,
): Record<string, 'asc' | 'desc'> {
  const spec =
    config.sorts.find((s) => s.value === sort)?.sort || (q === '' ? config.browseSort : '');
  if (spec === '') return {};
  const [key = '', direction] = spec.split(':');
  return { [key]: direction === 'desc' ? 'desc' : 'asc' };
}
