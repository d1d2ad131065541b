/**
 * The search contract: what Pagefind learns about each offer (filters, sort keys, result
 * metadata) and how `/recherche/` names them in its URL. The offer page writes these values
 * into `data-pagefind-*` attributes; the search page hands the same tables to its client
 * script, so the two sides can never disagree on a key.
 */
import type { OfferView } from './catalog.ts';
import { CONTRACT_LABELS, REMOTE_LABELS, formatDate } from './format.ts';
import { formatPlace } from './offer-facts.ts';

/**
 * Two Pagefind bundles, one Component UI instance each. Archives outnumber open offers ten to
 * one on a portal that keeps them, and Pagefind's fixed costs (page list, sort orders, filter
 * page lists) and its posting lists grow with the pages indexed: searching every offer first
 * would cost a phone ~860 KB for « chargé de mission » at 10,000 offers, open offers only a
 * third of that. So search starts on the open offers and loads the full index only when the
 * visitor includes closed ones. Directories are relative to the site root.
 */
export const SEARCH_BUNDLES = {
  open: { instance: 'ouvertes', dir: 'pagefind' },
  all: { instance: 'toutes', dir: 'pagefind/toutes' },
} as const;

export type SearchMode = keyof typeof SEARCH_BUNDLES;

/** URL path of a bundle, e.g. `/pagefind/`. */
export function getBundlePath(mode: SearchMode): string {
  return `/${SEARCH_BUNDLES[mode].dir}/`;
}

/** Pagefind's Component UI script, loaded from the open-offers bundle by /recherche/ only. */
export const SEARCH_UI_SCRIPT = 'pagefind-component-ui.js';

/** The bundle that holds every offer, for tools and tests that read the whole index. */
export const SEARCH_BUNDLE_PATH = getBundlePath('all');

/**
 * Filters in display order: URL parameter → Pagefind filter key. The Component UI shows a
 * key with its first letter uppercased, so the keys are the French labels.
 */
export const SEARCH_FILTERS = [
  { param: 'region', key: 'région' },
  { param: 'departement', key: 'département' },
  { param: 'organisation', key: 'organisation' },
  { param: 'contrat', key: 'contrat' },
  { param: 'teletravail', key: 'télétravail' },
  { param: 'statut', key: 'statut' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/**
 * Values of the `statut` filter. It also tells the integration which pages go into the
 * open-offers bundle: those whose markup says `statut:Ouverte`.
 */
export const STATUS_FILTER = {
  key: 'statut',
  open: 'Ouverte',
  closed: 'Clôturée',
} as const satisfies { key: SearchFilterKey; open: string; closed: string };

/**
 * Sort keys. Pagefind drops a page from results sorted by a key it lacks, so every offer
 * gets both: `limite` falls back to the last open day for offers without a deadline.
 * ISO dates sort correctly as text. `publication` is the date then the slug: Pagefind orders
 * offers of the same day exactly as the site's lists do (compareByPublished), so the newest
 * offers /recherche/ shows before its search loads are the first results once it has.
 */
export const SORT_KEYS = { published: 'publication', deadline: 'limite' } as const;

/** Sort choices of `/recherche/`: URL value (`tri=`) → Pagefind sort, label. */
export const SEARCH_SORTS = [
  // No sort: relevance for a query, newest first when browsing without one.
  { value: '', sort: '', label: 'Pertinence' },
  { value: 'recentes', sort: `${SORT_KEYS.published}:desc`, label: 'Publication la plus récente' },
  { value: 'limite', sort: `${SORT_KEYS.deadline}:asc`, label: 'Date limite la plus proche' },
] as const;

/** Sort used when browsing without a query and without an explicit choice. */
export const BROWSE_SORT = `${SORT_KEYS.published}:desc`;

export interface OfferSearchData {
  filters: Record<SearchFilterKey, string[]>;
  sort: Record<(typeof SORT_KEYS)[keyof typeof SORT_KEYS], string>;
  /** Shown in results; Pagefind also searches these words. */
  meta: {
    /** From an attribute rather than the h1, which the indexer sees with ASCII apostrophes. */
    title: string;
    organisation: string;
    lieu: string;
    contrat: string;
    statut: string;
    publiee: string;
    limite?: string;
    teletravail?: string;
  };
}

/** « Corse-du-Sud (2A) »: the code tells homonyms and overseas départements apart. */
function formatDepartement(offer: OfferView): string[] {
  const place = offer.place;
  if (place?.kind !== 'france') return [];
  return [`${place.departement.name} (${place.departement.code})`];
}

export function getOfferSearchData(offer: OfferView): OfferSearchData {
  const { data } = offer;
  const contracts = data.contract.map((c) => CONTRACT_LABELS[c]);
  const status = offer.status === 'open' ? STATUS_FILTER.open : STATUS_FILTER.closed;
  const meta: OfferSearchData['meta'] = {
    title: data.title,
    organisation: offer.organisation.data.name,
    lieu: formatPlace(offer),
    contrat: contracts.join(', '),
    statut: status,
    publiee: formatDate(data.published),
  };
  if (data.deadline) meta.limite = formatDate(data.deadline);
  if (data.remote !== 'none') meta.teletravail = REMOTE_LABELS[data.remote];
  return {
    filters: {
      région: offer.regions.map((r) => r.name),
      département: formatDepartement(offer),
      organisation: [offer.organisation.data.name],
      contrat: contracts,
      télétravail: [REMOTE_LABELS[data.remote]],
      statut: [status],
    },
    sort: {
      publication: `${data.published} ${offer.slug}`,
      limite: data.deadline ?? offer.lastOpenDay,
    },
    meta,
  };
}

/**
 * The hidden element of an offer page that gives Pagefind the offer's metadata and sort keys
 * (its attributes, in order) and its filters (one `<span data-pagefind-filter>` each). The page
 * (OfferSearchData.astro) and the search record (search-record.ts) both write it from here.
 */
export function getSearchDataMarkup(offer: OfferView): {
  attributes: Record<string, string>;
  filters: string[];
} {
  const { filters, sort, meta } = getOfferSearchData(offer);
  // "key[data-attr]" captures: values come from attributes, so commas and quotes are safe.
  const captures = (prefix: string, values: Record<string, string | undefined>) => ({
    spec: Object.keys(values)
      .map((k) => `${k}[${prefix}${k}]`)
      .join(', '),
    attributes: Object.fromEntries(
      Object.entries(values).flatMap(([k, v]) => (v === undefined ? [] : [[`${prefix}${k}`, v]])),
    ),
  });
  const metaCaptures = captures('data-meta-', meta);
  const sortCaptures = captures('data-sort-', sort);
  return {
    attributes: {
      'data-pagefind-meta': metaCaptures.spec,
      ...metaCaptures.attributes,
      'data-pagefind-sort': sortCaptures.spec,
      ...sortCaptures.attributes,
    },
    filters: Object.entries(filters).flatMap(([key, values]) =>
      values.map((value) => `${key}:${value}`),
    ),
  };
}

/** What the search page's client script needs to map URLs to Pagefind state. */
export function getSearchClientConfig(openCount: number) {
  return {
    // The status is the choice of bundle, not a filter the visitor sets.
    filters: SEARCH_FILTERS.filter(({ key }) => key !== STATUS_FILTER.key).map(
      ({ param, key }) => ({
        param,
        key,
      }),
    ),
    instances: { open: SEARCH_BUNDLES.open.instance, all: SEARCH_BUNDLES.all.instance },
    /** The Component UI ships with the open-offers bundle; each instance loads its own index. */
    uiScript: `${getBundlePath('open')}${SEARCH_UI_SCRIPT}`,
    /** Pagefind cannot load an empty index: with no open offer, the page says so instead. */
    openCount,
    sorts: SEARCH_SORTS.map(({ value, sort }) => ({ value, sort })),
    browseSort: BROWSE_SORT,
  };
}

export type SearchClientConfig = ReturnType<typeof getSearchClientConfig>;
