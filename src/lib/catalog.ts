/**
 * Pure derivation of everything the pages, feeds and indexes need from validated content:
 * drafts dropped, place, régions, status and time zone derived, offers sorted and grouped.
 * No `astro:*` import, so plain Node scripts and tests can build a catalog too.
 */
import type { Offer } from '../schema/offer.ts';
import type { Organisation } from '../schema/organisation.ts';
import {
  REMOTE_REGION,
  resolvePlace,
  type ForeignPlace,
  type Region,
  type ResolvedPlace,
} from './geo.ts';
import {
  getClosingInstant,
  getDaysLeft,
  getLastOpenDay,
  getOfferStatus,
  type OfferStatus,
} from './lifecycle.ts';
import { withdrawContacts } from './personal-data.ts';
import { DEFAULT_TIME_ZONE, paths } from './site.ts';

export interface OfferSource {
  slug: string;
  data: Offer;
  html: string;
  filePath?: string | undefined;
}
export interface OrganisationSource {
  slug: string;
  data: Organisation;
  html: string;
  filePath?: string | undefined;
}

export interface OfferView {
  slug: string;
  url: string;
  data: Offer;
  /** The sanitised description; once the offer is closed, without contacts (personal-data.ts). */
  html: string;
  organisation: OrganisationView;
  place: ResolvedPlace | ForeignPlace | undefined;
  /** Région pages that list this offer: its place's région, plus "À distance" when fully remote. */
  regions: Region[];
  timeZone: string;
  status: OfferStatus;
  lastOpenDay: string;
  closesAt: Date;
  /**
   * Days until the last open day; 0 once closed, so that a closed offer's view, and all that is
   * made from it (page, sheet, search record), stays the same in every later build.
   */
  daysLeft: number;
}

export interface OrganisationView {
  slug: string;
  url: string;
  data: Organisation;
  html: string;
  place: ResolvedPlace | ForeignPlace | undefined;
}

export interface Group<K> {
  key: K;
  offers: OfferView[];
  open: OfferView[];
  closed: OfferView[];
}

export interface Catalog {
  now: Date;
  /** Every published offer, newest first. */
  offers: OfferView[];
  /** Open offers, newest first. */
  open: OfferView[];
  /** Closed offers, most recently closed first. */
  closed: OfferView[];
  bySlug: Map<string, OfferView>;
  organisations: Group<OrganisationView>[];
  regions: Group<Region>[];
}

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Contenu invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

function placeOf(location: { city: string; postalCode?: string | undefined; country?: string | undefined } | undefined) {
  if (!location) return undefined;
  const result = resolvePlace(location);
  // The schema already rejected unresolvable places; this is a programming error if it fires.
  if (!result.ok) throw new Error(result.message);
  return result.place;
}

/**
 * Newest published first; offers of the same day by slug, descending (code point order), so
 * that order is stable across builds and the same as search's « newest first » (its sort key
 * is the date then the slug: src/lib/search.ts).
 */
export function compareByPublished(a: OfferView, b: OfferView): number {
  const byDay = b.data.published.localeCompare(a.data.published);
  if (byDay !== 0) return byDay;
  return a.slug === b.slug ? 0 : a.slug < b.slug ? 1 : -1;
}

function compareByClosing(a: OfferView, b: OfferView): number {
  return b.closesAt.getTime() - a.closesAt.getTime() || compareByPublished(a, b);
}

function toGroup<K>(key: K, offers: OfferView[]): Group<K> {
  const sorted = [...offers].sort(compareByPublished);
  return {
    key,
    offers: sorted,
    open: sorted.filter((o) => o.status === 'open'),
    closed: sorted.filter((o) => o.status === 'closed').sort(compareByClosing),
  };
}

export function buildCatalog(
  offerSources: OfferSource[],
  organisationSources: OrganisationSource[],
  now: Date,
): Catalog {
  const problems: string[] = [];
  const organisations = new Map<string, OrganisationView>();
  for (const org of organisationSources) {
    organisations.set(org.slug, {
      slug: org.slug,
      url: paths.organisation(org.slug),
      data: org.data,
      html: org.html,
      place: org.data.city ? placeOf({ city: org.data.city, postalCode: org.data.postalCode, country: org.data.country }) : undefined,
    });
  }

  const offers: OfferView[] = [];
  for (const source of offerSources) {
    if (source.data.draft) continue;
    const organisation = organisations.get(source.data.organisation);
    if (!organisation) {
      const file = source.filePath ?? `${source.slug}.md`;
      problems.push(
        `${file} : champ organisation : « ${source.data.organisation} » n'existe pas ; créez content/organisations/${source.data.organisation}.yaml ou corrigez l'identifiant`,
      );
      continue;
    }
    const place = placeOf(source.data.location);
    const timeZone = place?.timeZone ?? DEFAULT_TIME_ZONE;
    const regions: Region[] = [];
    if (source.data.remote === 'full') regions.push({ ...REMOTE_REGION });
    if (place) regions.push(place.region);
    const lastOpenDay = getLastOpenDay(source.data);
    const status = getOfferStatus(source.data, timeZone, now);
    offers.push({
      slug: source.slug,
      url: paths.offer(source.slug),
      data: source.data,
      html: status === 'closed' ? withdrawContacts(source.html) : source.html,
      organisation,
      place,
      regions,
      timeZone,
      status,
      lastOpenDay,
      closesAt: getClosingInstant(source.data, timeZone),
      daysLeft: status === 'open' ? getDaysLeft(lastOpenDay, timeZone, now) : 0,
    });
  }
  if (problems.length > 0) throw new ContentError(problems);

  offers.sort(compareByPublished);
  const byOrganisation = new Map<string, OfferView[]>();
  const byRegion = new Map<string, { region: Region; offers: OfferView[] }>();
  for (const offer of offers) {
    const list = byOrganisation.get(offer.organisation.slug) ?? [];
    list.push(offer);
    byOrganisation.set(offer.organisation.slug, list);
    for (const region of offer.regions) {
      const entry = byRegion.get(region.slug) ?? { region, offers: [] };
      entry.offers.push(offer);
      byRegion.set(region.slug, entry);
    }
  }

  return {
    now,
    offers,
    open: offers.filter((o) => o.status === 'open'),
    closed: offers.filter((o) => o.status === 'closed').sort(compareByClosing),
    bySlug: new Map(offers.map((o) => [o.slug, o])),
    organisations: [...organisations.values()]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'))
      .map((org) => toGroup(org, byOrganisation.get(org.slug) ?? [])),
    regions: [...byRegion.values()]
      .sort((a, b) => a.region.name.localeCompare(b.region.name, 'fr'))
      .map(({ region, offers: list }) => toGroup(region, list)),
  };
}
