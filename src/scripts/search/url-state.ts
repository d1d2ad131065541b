/**
 * The search page's state in its URL, and back:
 * `?q=élus&region=corse&contrat=stage&contrat=cdd&statut=toutes&tri=limite&page=2`.
 * Pure functions (no DOM), shared by the page script and the tests. Filter values travel as
 * slugs, so shared links stay readable; the state keeps them as slugs too, and they are matched
 * with the values Pagefind knows only to search. A slug that matches nothing stays in the state
 * (and the URL): the page says that no offer has it, it never drops it.
 */
import type { SearchClientConfig } from '../../lib/search-client.ts';
import { slugify } from '../../lib/slug.ts';

/** Filter key → selected slugs. */
export type Filters = Record<string, string[]>;

export interface SearchState {
  q: string;
  /** Selected slugs by filter key (values of one key combine with OR, keys with AND). */
  filters: Filters;
  /** Search every offer, not only the open ones (`statut=toutes`): the full bundle. */
  includeClosed: boolean;
  /** A `tri` value from the config; '' is the default order. */
  sort: string;
  /** 1-based page of results. */
  page: number;
}

export const QUERY_PARAM = 'q';
export const STATUS_PARAM = 'statut';
export const STATUS_ALL = 'toutes';
export const SORT_PARAM = 'tri';
export const PAGE_PARAM = 'page';

export const EMPTY_STATE: SearchState = {
  q: '',
  filters: {},
  includeClosed: false,
  sort: '',
  page: 1,
};

export function parseSearchParams(
  params: URLSearchParams,
  config: Pick<SearchClientConfig, 'filters' | 'sorts'>,
): SearchState {
  const filters: Filters = {};
  for (const { param, key } of config.filters) {
    const values = params
      .getAll(param)
      .map((v) => slugify(v))
      .filter((v) => v !== '');
    if (values.length > 0) filters[key] = [...new Set(values)].sort();
  }
  const sort = params.get(SORT_PARAM) ?? '';
  const page = Number(params.get(PAGE_PARAM) ?? '1');
  return {
    q: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    includeClosed: params.get(STATUS_PARAM) === STATUS_ALL,
    sort: config.sorts.some((s) => s.value === sort) ? sort : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * Whether a URL asks for more than the page's first state (the newest open offers): a query,
 * a filter, closed offers, an order or a page. Only then does the page load the search at once.
 */
export function asksForSearch(state: SearchState): boolean {
  return (
    state.q !== '' ||
    Object.keys(state.filters).length > 0 ||
    state.includeClosed ||
    state.sort !== '' ||
    state.page > 1
  );
}

export function toSearchParams(
  state: SearchState,
  config: Pick<SearchClientConfig, 'filters'>,
): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set(QUERY_PARAM, state.q);
  for (const { param, key } of config.filters) {
    for (const slug of [...(state.filters[key] ?? [])].sort()) params.append(param, slug);
  }
  if (state.includeClosed) params.set(STATUS_PARAM, STATUS_ALL);
  if (state.sort !== '') params.set(SORT_PARAM, state.sort);
  if (state.page > 1) params.set(PAGE_PARAM, String(state.page));
  return params;
}

/** `?…` for a state, or the bare path when there is nothing to say. */
export function toHref(state: SearchState, config: Pick<SearchClientConfig, 'filters'>): string {
  const query = toSearchParams(state, config).toString();
  return query === '' ? '?' : `?${query}`;
}

/** The state with one value ticked or unticked; back to page 1. */
export function toggleFilter(
  state: SearchState,
  key: string,
  slug: string,
  on: boolean,
): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(slug);
  else current.delete(slug);
  const filters = { ...state.filters };
  if (current.size > 0) filters[key] = [...current].sort();
  else delete filters[key];
  return { ...state, filters, page: 1 };
}

/** Matches the URL's slugs with the values a bundle knows: value, or undefined if none. */
export function resolveSlug(slug: string, known: Iterable<string>): string | undefined {
  for (const value of known) if (value === slug || slugify(value) === slug) return value;
  return undefined;
}

/** Pagefind's `sort` option for a `spec` such as `limite:asc` ('' is relevance: {}). */
export function toPagefindSort(spec: string): Record<string, 'asc' | 'desc'> {
  if (spec === '') return {};
  const [key = '', direction] = spec.split(':');
  return { [key]: direction === 'desc' ? 'desc' : 'asc' };
}

/**
 * The sorts of the two parts of a result list, open offers then closed ones: the choice's, or
 * relevance for a query and newest first without one.
 */
export function getSorts(
  state: Pick<SearchState, 'q' | 'sort'>,
  config: Pick<SearchClientConfig, 'sorts' | 'browseSort'>,
): { open: Record<string, 'asc' | 'desc'>; closed: Record<string, 'asc' | 'desc'> } {
  const choice = config.sorts.find((s) => s.value === state.sort);
  const fallback = state.q === '' ? config.browseSort : '';
  return {
    open: toPagefindSort(choice?.open || fallback),
    closed: toPagefindSort(choice?.closed || fallback),
  };
}
