/**
 * The search contract: what Pagefind learns about each offer (filters, sort keys, result
 * metadata) and how `/recherche/` names them in its URL. The offer page writes these values
 * into `data-pagefind-*` attributes; the search page hands the same tables to its client
 * script, so the two sides can never disagree on a key.
 */
import type { OfferView } from './catalog.ts';
import { CONTRACT_LABELS, REMOTE_LABELS, formatDate } from './format.ts';
import { formatPlace } from './offer-facts.ts';

/** Where the integration writes the Pagefind bundle, under the site root. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
export const SEARCH_BUNDLE_PATH = `/${SEARCH_BUNDLE_DIR}/`;

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

/** Values of the `statut` filter. Search shows open offers unless asked otherwise. */
export const STATUS_FILTER = {
  key: 'statut',
  open: 'Ouverte',
  closed: 'Clôturée',
} as const satisfies { key: SearchFilterKey; open: string; closed: string };

/**
 * Sort keys. Pagefind drops a page from results sorted by a key it lacks, so every offer
 * gets both: `limite` falls back to the last open day for offers without a deadline.
 * ISO dates sort correctly as text.
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
      publication: data.published,
      limite: data.deadline ?? offer.lastOpenDay,
    },
    meta,
  };
}

/** What the search page's client script needs to map URLs to Pagefind state. */
export function getSearchClientConfig() {
  return {
    filters: SEARCH_FILTERS.map(({ param, key }) => ({ param, key })),
    status: STATUS_FILTER,
    sorts: SEARCH_SORTS.map(({ value, sort }) => ({ value, sort })),
    browseSort: BROWSE_SORT,
  };
}

export type SearchClientConfig = ReturnType<typeof getSearchClientConfig>;
