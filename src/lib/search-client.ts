/**
 * What /recherche/'s client script (src/scripts/search/) is given in the page: the filters and
 * their URL parameters, the bundles, the orders, the page size, and the names of values that no
 * offer may have yet. Built from the search contract (search.ts), so both sides agree.
 */
import { CONTRACT_LABELS, REMOTE_LABELS } from './format.ts';
import { INTERNATIONAL_REGION, REMOTE_REGION, getAllRegions } from './geo.ts';
import { EXCERPT_WORDS } from './search-excerpt.ts';
import {
  BROWSE_SORT,
  SEARCH_FILTERS,
  SEARCH_SORTS,
  SORT_KEYS,
  STATUS_FILTER,
  ARCHIVE_FILTER,
} from './search.ts';
import { OPEN_BUNDLE_DIR, getBundleUrl } from './search-shards.ts';
import { PAGE_SIZE } from './site.ts';

/**
 * What the search page's client script needs to map URLs to Pagefind state: `openCount` open
 * offers, and the archive bundles' directories (getSearchBundles(), newest year first).
 */
export function getSearchClientConfig(
  openCount: number,
  archives: readonly { dir: string; year?: string | undefined }[],
) {
  return {
    // The status is the choice of bundle, not a filter the visitor sets.
    filters: SEARCH_FILTERS.filter(({ key }) => key !== STATUS_FILTER.key).map((filter) => {
      const values: string[] = 'values' in filter ? [...filter.values] : [];
      return { param: filter.param, key: filter.key, label: filter.label, values };
    }),
    /**
     * Pagefind's script, loaded when the visitor starts searching. Open offers are one bundle;
     * closed offers one bundle per year, merged (mergeIndex) into the open one's instance when
     * the visitor includes them, and searched one year at a time (`archiveKey`).
     */
    script: `${getBundleUrl(OPEN_BUNDLE_DIR)}pagefind.js`,
    bundles: {
      open: getBundleUrl(OPEN_BUNDLE_DIR),
      archives: archives.map(({ dir, year }) => ({ path: getBundleUrl(dir), year: year ?? '' })),
    },
    archiveKey: ARCHIVE_FILTER,
    status: { key: STATUS_FILTER.key, open: STATUS_FILTER.open, closed: STATUS_FILTER.closed },
    /** Pagefind cannot load an empty index: with no open offer, the page says so instead. */
    openCount,
    sorts: SEARCH_SORTS.map(({ value, open, closed }) => ({ value, open, closed })),
    browseSort: BROWSE_SORT,
    deadlineKey: SORT_KEYS.deadline,
    pageSize: PAGE_SIZE,
    excerptWords: EXCERPT_WORDS,
    /** Names of values no offer may have yet, for a URL that asks for one (« Aucune offre … »). */
    labels: [
      ...getAllRegions().map((r) => r.name),
      REMOTE_REGION.name,
      INTERNATIONAL_REGION.name,
      ...Object.values(CONTRACT_LABELS),
      ...Object.values(REMOTE_LABELS),
    ],
  };
}

export type SearchClientConfig = ReturnType<typeof getSearchClientConfig>;
