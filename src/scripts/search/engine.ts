/**
 * Pagefind's JS API (https://pagefind.app/docs/api/), as /recherche/ uses it. `pagefind.js` is
 * loaded once, when the visitor starts searching; the open offers get an instance, and every
 * offer another (the open bundle with each year's archive merged). One search of the page is
 * several Pagefind searches, all on chunks already loaded by the first:
 * - values of one filter combine with OR (`{ any: [...] }`), filters with AND;
 * - with closed offers included, the open offers' results, then each year's closed offers,
 *   newest year first, each in the chosen order (one search per part, on the `statut` and
 *   `archive` filters): open offers come first whatever the order, and an archive is loaded
 *   only when the visitor includes closed offers;
 * - the count beside a value is the number of offers that have it given the query and the
 *   *other* filters (one more search per filter in use): what ticking it alone would give.
 *   Counts need every filter's chunks (Pagefind's `filters()`, the largest part of a first
 *   search on a big portal): they are loaded only once the visitor opens a filter group or the
 *   URL holds a filter; before, a search loads only its terms' chunks.
 */
import type { SearchClientConfig } from '../../lib/search-client.ts';
import { toEngineQuery } from './query.ts';
import { getSorts, resolveSlug, type SearchState } from './url-state.ts';

export type FilterCounts = Record<string, Record<string, number>>;
type Condition = string | { any: string[] };
type PagefindFilters = Record<string, Condition>;

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  filters: FilterCounts;
}

export interface Bundle {
  search(
    term: string | null,
    options: { filters?: PagefindFilters; sort?: Record<string, string> },
  ): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

interface Instance extends Bundle {
  mergeIndex(basePath: string): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; excerptLength?: number }): Instance;
}

let module: Promise<PagefindModule> | undefined;
const instances = new Map<boolean, Promise<Bundle>>();

/**
 * The Pagefind instance of the open offers, or, with closed offers included, of the open offers
 * with every archive bundle merged into it (one instance: Pagefind's separate instances started
 * side by side fail in their WebAssembly now and then). With no open offer, the newest archive
 * is the one the others merge into (Pagefind cannot load an empty bundle).
 */
export function loadBundle(config: SearchClientConfig, includeClosed: boolean): Promise<Bundle> {
  let instance = instances.get(includeClosed);
  if (!instance) {
    const { open, archives } = config.bundles;
    const paths = [
      ...(config.openCount > 0 ? [open] : []),
      ...(includeClosed ? archives.map((archive) => archive.path) : []),
    ];
    const [primary = open, ...merged] = paths;
    module ??= import(/* @vite-ignore */ config.script) as Promise<PagefindModule>;
    instance = module.then(async (pagefind) => {
      const created = pagefind.createInstance({
        basePath: primary,
        excerptLength: config.excerptWords,
      });
      for (const basePath of merged) await created.mergeIndex(basePath);
      return created;
    });
    instances.set(includeClosed, instance);
    instance.catch(() => instances.delete(includeClosed));
  }
  return instance;
}

export interface Outcome {
  /** Offers found in all. */
  total: number;
  /** Of which open (all of them unless closed offers are included). */
  open: number;
  /** The page's results, in order. */
  results: ResultData[];
  /**
   * Filter key → value → count (see above); every value the bundle knows. Absent when the
   * counts were not asked for (no filter group opened, no filter in use).
   */
  counts: FilterCounts | undefined;
  /** Filter key → selected slug → the bundle's value (absent: no offer of the bundle has it). */
  resolved: Record<string, Record<string, string>>;
}

function sumCounts(parts: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const part of parts) {
    for (const [key, values] of Object.entries(part)) {
      const into = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/** The visitor's date, `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether an offer, open or not at the build, is past its last day now. */
export function isLapsed(result: ResultData, day: string): boolean {
  const last = result.meta['cloture'];
  return last !== undefined && last < day;
}

/**
 * The site is rebuilt daily, not hourly: an offer open at the build may be past its deadline
 * now. By deadline, those come first; they are moved after the open ones. They form the head
 * of the list, so only their fragments are loaded, and the first upcoming one's.
 */
async function moveLapsed(
  results: PagefindResponse['results'],
  day: string,
): Promise<PagefindResponse['results']> {
  let lapsed = 0;
  for (const result of results) {
    if (!isLapsed(await result.data(), day)) break;
    lapsed++;
  }
  return lapsed === 0 ? results : [...results.slice(lapsed), ...results.slice(0, lapsed)];
}

export async function runSearch(
  bundle: Bundle,
  state: SearchState,
  config: SearchClientConfig,
  wantCounts: boolean,
): Promise<Outcome> {
  const counting = wantCounts || Object.keys(state.filters).length > 0;
  const known = counting ? await bundle.filters() : {};
  const resolved: Outcome['resolved'] = {};
  const filters: PagefindFilters = {};
  for (const [key, slugs] of Object.entries(state.filters)) {
    const values = (resolved[key] = {} as Record<string, string>);
    for (const slug of slugs) {
      const value = resolveSlug(slug, Object.keys(known[key] ?? {}));
      if (value !== undefined) values[slug] = value;
    }
    // A value no offer has matches nothing: the slug itself stands for it.
    filters[key] = { any: slugs.map((slug) => values[slug] ?? slug) };
  }
  const term = state.q === '' ? null : toEngineQuery(state.q);
  const sorts = getSorts(state, config);
  const { status, archiveKey } = config;
  // Open offers, then each year's closed offers, newest year first: Pagefind interlaces the
  // results of merged bundles, so each part is one search restricted to one bundle's offers.
  const searches: Promise<PagefindResponse>[] = [];
  if (config.openCount > 0)
    searches.push(
      bundle.search(term, {
        filters: state.includeClosed ? { ...filters, [status.key]: status.open } : filters,
        sort: sorts.open,
      }),
    );
  if (state.includeClosed)
    for (const { year } of config.bundles.archives)
      searches.push(
        bundle.search(term, { filters: { ...filters, [archiveKey]: year }, sort: sorts.closed }),
      );
  const parts = await Promise.all(searches);
  const counts = counting ? sumCounts(parts.map((p) => p.filters)) : undefined;
  if (counts) delete counts[archiveKey];
  // A filter in use: its counts come from a search without it (the other filters still apply).
  await Promise.all(
    Object.keys(filters).map(async (key) => {
      const others: PagefindFilters = { ...filters };
      delete others[key];
      const without = await bundle.search(term, { filters: others });
      if (counts) counts[key] = without.filters[key] ?? {};
    }),
  );
  const byDeadline = sorts.open[config.deadlineKey] === 'asc';
  const openCount = config.openCount > 0 ? (parts[0]?.results.length ?? 0) : 0;
  const open = config.openCount > 0 ? (parts[0]?.results ?? []) : [];
  const all = [
    ...(byDeadline ? await moveLapsed(open, today()) : open),
    ...parts.slice(config.openCount > 0 ? 1 : 0).flatMap((part) => part.results),
  ];
  const start = (state.page - 1) * config.pageSize;
  const results = await Promise.all(all.slice(start, start + config.pageSize).map((r) => r.data()));
  return { total: all.length, open: openCount, results, counts, resolved };
}
