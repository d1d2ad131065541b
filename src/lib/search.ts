/**
 * The search contract: what Pagefind learns about each offer (filters, sort keys, result
 * metadata) and how `/recherche/` names them in its URL. The offer page writes these values
 * into `data-pagefind-*` attributes; the search page hands the same tables to its client
 * script, so the two sides can never disagree on a key.
 */
import type { OfferView } from './catalog.ts';
import { CONTRACT_LABELS, REMOTE_LABELS, formatDate } from './format.ts';
import { formatPay, formatPlace } from './offer-facts.ts';
import { getArchiveYear } from './search-shards.ts';
import {
  DURATION_VALUES,
  PAY_BAND_VALUES,
  PAY_GIVEN_VALUES,
  START_ASAP,
  WORKING_TIME_VALUES,
  getDuration,
  getPayBand,
  getPayGiven,
  getStart,
  getTags,
  getWorkingTime,
} from './search-facets.ts';

/**
 * Filters in display order (the page lists them, and Tab goes through them, in this order):
 * URL parameter → Pagefind filter key, French label. `values` fixes the order of values that
 * have one (bands, working time); others are listed alphabetically, months chronologically.
 */
export const SEARCH_FILTERS = [
  { param: 'region', key: 'région', label: 'Région' },
  { param: 'departement', key: 'département', label: 'Département' },
  { param: 'organisation', key: 'organisation', label: 'Organisation' },
  { param: 'contrat', key: 'contrat', label: 'Contrat' },
  { param: 'temps', key: 'temps', label: 'Temps de travail', values: WORKING_TIME_VALUES },
  { param: 'teletravail', key: 'télétravail', label: 'Télétravail' },
  { param: 'remuneration', key: 'rémunération', label: 'Rémunération', values: PAY_GIVEN_VALUES },
  { param: 'salaire', key: 'salaire', label: 'Salaire mensuel', values: PAY_BAND_VALUES },
  { param: 'debut', key: 'début', label: 'Début', values: [START_ASAP] },
  { param: 'duree', key: 'durée', label: 'Durée', values: DURATION_VALUES },
  { param: 'etiquette', key: 'étiquette', label: 'Étiquettes' },
  { param: 'statut', key: 'statut', label: 'Statut' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/**
 * A filter no visitor sees: a closed offer's archive year (src/lib/search-shards.ts), with which
 * the page searches the merged archives one year at a time.
 */
export const ARCHIVE_FILTER = 'archive';

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

/**
 * Sort choices of `/recherche/`: URL value (`tri=`) → Pagefind sort of the open offers and of the
 * closed ones, label. With closed offers included, the open ones always come first, each part in
 * its own order (two searches, see src/scripts/search/engine.ts):
 * - Pertinence: best match first for a query; newest first when browsing without one.
 * - Publication la plus récente: newest first, in both parts.
 * - Date limite la plus proche: open offers by deadline, soonest first (an offer without one by
 *   its last open day); then closed offers, the most recently closed first.
 */
export const SEARCH_SORTS = [
  { value: '', open: '', closed: '', label: 'Pertinence' },
  {
    value: 'recentes',
    open: `${SORT_KEYS.published}:desc`,
    closed: `${SORT_KEYS.published}:desc`,
    label: 'Publication la plus récente',
  },
  {
    value: 'limite',
    open: `${SORT_KEYS.deadline}:asc`,
    closed: `${SORT_KEYS.deadline}:desc`,
    label: 'Date limite la plus proche',
  },
] as const;

/** Sort used when browsing without a query and without an explicit choice. */
export const BROWSE_SORT = `${SORT_KEYS.published}:desc`;

export interface OfferSearchData {
  filters: Record<SearchFilterKey | typeof ARCHIVE_FILTER, string[]>;
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
    /** Pay as the offer page gives it. */
    remuneration?: string;
    /**
     * Last day to apply (ISO): the page tells an offer still open at the build but past its
     * deadline by now, and lists it after the open ones.
     */
    cloture: string;
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
    cloture: data.deadline ?? offer.lastOpenDay,
  };
  if (data.deadline) meta.limite = formatDate(data.deadline);
  if (data.remote !== 'none') meta.teletravail = REMOTE_LABELS[data.remote];
  const pay = formatPay(offer);
  if (pay) meta.remuneration = pay;
  return {
    filters: {
      région: offer.regions.map((r) => r.name),
      département: formatDepartement(offer),
      organisation: [offer.organisation.data.name],
      contrat: contracts,
      temps: getWorkingTime(data),
      télétravail: [REMOTE_LABELS[data.remote]],
      rémunération: getPayGiven(data),
      salaire: getPayBand(data),
      début: getStart(data),
      durée: getDuration(data),
      étiquette: getTags(data),
      statut: [status],
      [ARCHIVE_FILTER]: offer.status === 'closed' ? [getArchiveYear(offer)] : [],
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
