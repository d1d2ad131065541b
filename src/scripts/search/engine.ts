/**
 * Pagefind's JS API (https://pagefind.app/docs/api/), as /recherche/ uses it. `pagefind.js` is
 * loaded once, when the visitor starts searching; each bundle — the open offers, and the closed
 * offers of each year — gets its own instance. One search of the page is several Pagefind
 * searches, all on chunks already loaded by the first:
 * - values of one filter combine with OR (`{ any: [...] }`), filters with AND;
 * - with closed offers included, the open offers' results, then each year's closed offers,
 *   newest year first, each in the chosen order: open offers come first whatever the order,
 *   and an archive is searched only when the visitor includes closed offers;
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

interface PagefindModule {
  createInstance(options: { basePath: string; excerptLength?: number }): Bundle;
}

let module: Promise<PagefindModule> | undefined;
const instances = new Map<string, Promise<Bundle>>();

function loadInstance(config: SearchClientConfig, basePath: string): Promise<Bundle> {
  let instance = instances.get(basePath);
  if (!instance) {
    module ??= import(/* @vite-ignore */ config.script) as Promise<PagefindModule>;
    instance = module.then((pagefind) =>
      pagefind.createInstance({ basePath, excerptLength: config.excerptWords }),
    );
    instances.set(basePath, instance);
    instance.catch(() => instances.delete(basePath));
  }
  return instance;
}

/** What one search covers: the open offers' bundle, then, when asked, every archive bundle. */
export interface Bundles {
  /** Absent when there is no open offer (Pagefind cannot load an empty bundle). */
  open: Bundle | undefined;
  /** Closed offers, one bundle per year of closing, newest year first. */
  archives: Bundle[];
}

/** The bundles' Pagefind instances, loading `pagefind.js` the first time. */
export async function loadBundles(
  config: SearchClientConfig,
  includeClosed: boolean,
): Promise<Bundles> {
  const { open, archives } = config.bundles;
  const [openBundle, ...archiveBundles] = await Promise.all([
    config.openCount > 0 ? loadInstance(config, open) : undefined,
    ...(includeClosed ? archives.map((basePath) => loadInstance(config, basePath)) : []),
  ]);
  return { open: openBundle, archives: archiveBundles.filter((b): b is Bundle => b !== undefined) };
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
  bundles: Bundles,
  state: SearchState,
  config: SearchClientConfig,
): Promise<Outcome> {
  const all = [...(bundles.open ? [bundles.open] : []), ...bundles.archives];
  const known = sumCounts(await Promise.all(all.map((bundle) => bundle.filters())));
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
  const search = (
    bundle: Bundle,
    options: { filters: PagefindFilters; sort?: Record<string, string> },
  ) => bundle.search(term, options);
  const [openPart, ...archiveParts] = await Promise.all([
    bundles.open ? search(bundles.open, { filters, sort: sorts.open }) : undefined,
    ...bundles.archives.map((bundle) => search(bundle, { filters, sort: sorts.closed })),
  ]);
  const parts = [...(openPart ? [openPart] : []), ...archiveParts.filter((p) => p !== undefined)];
  const counts = sumCounts(parts.map((p) => p.filters));
  // A filter in use: its counts come from a search without it (the other filters still apply).
  await Promise.all(
    Object.keys(filters).map(async (key) => {
      const others = { ...filters };
      delete others[key];
      const without = await Promise.all(all.map((bundle) => search(bundle, { filters: others })));
      counts[key] = sumCounts(without.map((w) => ({ [key]: w.filters[key] ?? {} })))[key] ?? {};
    }),
  );
  const byDeadline = sorts.open[config.deadlineKey] === 'asc';
  const open = openPart?.results ?? [];
  const ordered = [
    ...(byDeadline ? await moveLapsed(open, today()) : open),
    ...archiveParts.flatMap((part) => part?.results ?? []),
  ];
  const start = (state.page - 1) * config.pageSize;
  const results = await Promise.all(
    ordered.slice(start, start + config.pageSize).map((r) => r.data()),
  );
  return { total: ordered.length, open: open.length, results, counts, resolved };
}
