/**
 * Pagefind's JS API (https://pagefind.app/docs/api/), as /recherche/ uses it. `pagefind.js` is
 * loaded once, when the visitor starts searching; the open offers get an instance, and every
 * offer another (the open bundle with the archive bundles merged). One search of the page is several Pagefind searches, all on chunks already
 * loaded by the first:
 * - values of one filter combine with OR (`{ any: [...] }`), filters with AND;
 * - with closed offers included, open offers then closed ones (two searches on the `statut`
 *   filter), so that open offers come first whatever the order;
 * - the count beside a value is the number of offers that have it given the query and the
 *   *other* filters (one more search per filter in use): what ticking it alone would give.
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
const bundles = new Map<string, Promise<Bundle>>();

/**
 * The Pagefind instance of the open offers, or, with closed offers included, of the open offers
 * and every archive bundle merged (Pagefind cannot load an empty bundle: with no open offer,
 * the newest archive is the instance the others merge into). Loads `pagefind.js` the first time.
 */
export function loadBundle(config: SearchClientConfig, mode: 'open' | 'all'): Promise<Bundle> {
  let bundle = bundles.get(mode);
  if (!bundle) {
    const { open, archives } = config.bundles;
    const paths = mode === 'open' ? [open] : [...(config.openCount > 0 ? [open] : []), ...archives];
    const [primary = open, ...merged] = paths;
    module ??= import(/* @vite-ignore */ config.script) as Promise<PagefindModule>;
    bundle = module.then(async (pagefind) => {
      const instance = pagefind.createInstance({
        basePath: primary,
        excerptLength: config.excerptWords,
      });
      for (const basePath of merged) await instance.mergeIndex(basePath);
      return instance;
    });
    bundles.set(mode, bundle);
    bundle.catch(() => bundles.delete(mode));
  }
  return bundle;
}

export interface Outcome {
  /** Offers found in all. */
  total: number;
  /** Of which open (all of them unless closed offers are included). */
  open: number;
  /** The page's results, in order. */
  results: ResultData[];
  /** Filter key → value → count (see above); every value the bundle knows. */
  counts: FilterCounts;
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
): Promise<Outcome> {
  const known = await bundle.filters();
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
  const { status } = config;
  const parts = state.includeClosed
    ? await Promise.all([
        bundle.search(term, {
          filters: { ...filters, [status.key]: status.open },
          sort: sorts.open,
        }),
        bundle.search(term, {
          filters: { ...filters, [status.key]: status.closed },
          sort: sorts.closed,
        }),
      ])
    : [await bundle.search(term, { filters, sort: sorts.open })];
  const counts = sumCounts(parts.map((p) => p.filters));
  // A filter in use: its counts come from a search without it (the other filters still apply).
  await Promise.all(
    Object.keys(filters).map(async (key) => {
      const others = { ...filters };
      delete others[key];
      const without = await bundle.search(term, { filters: others });
      counts[key] = without.filters[key] ?? {};
    }),
  );
  const [open, ...closed] = parts.map((p) => p.results);
  const byDeadline = sorts.open[config.deadlineKey] === 'asc';
  const all = [
    ...(open && byDeadline ? await moveLapsed(open, today()) : (open ?? [])),
    ...closed.flat(),
  ];
  const start = (state.page - 1) * config.pageSize;
  const results = await Promise.all(all.slice(start, start + config.pageSize).map((r) => r.data()));
  return { total: all.length, open: parts[0]?.results.length ?? 0, results, counts, resolved };
}
