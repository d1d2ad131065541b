/**
 * `/offres.json`: the open offers for partners and aggregators, one JSON document, newest
 * published first. Field names are part of the contract: add fields, never rename or drop one
 * without bumping `version`. Pure: no `astro:*` import.
 */
import type { Catalog, OfferView } from './catalog.ts';
import type { Contract, Offer, Salary } from '../schema/offer.ts';
import type { Organisation } from '../schema/organisation.ts';
import { CONTRACT_LABELS } from './format.ts';
import { getEmploymentTypes, type EmploymentType } from './job-posting.ts';
import { SITE_NAME, paths } from './site.ts';
import { UI } from './ui-text.ts';

export const OFFERS_EXPORT_VERSION = 1;

export interface ExportedOffer {
  /** The offer's slug, stable: also the last segment of `url`. */
  id: string;
  url: string;
  title: string;
  organisation: {
    id: string;
    name: string;
    kind: Organisation['kind'];
    /** The organisation's page on this site. */
    url: string;
    website?: string | undefined;
  };
  contracts: Contract[];
  /** French labels of `contracts`, e.g. "Service civique". */
  contractLabels: string[];
  /** schema.org / Google employment types derived from the contracts. */
  employmentTypes: EmploymentType[];
  workingTime?: Offer['workingTime'];
  hoursPerWeek?: number | undefined;
  remote: Offer['remote'];
  /** Absent for a fully remote offer that names no place. */
  location?:
    | {
        city: string;
        postalCode?: string | undefined;
        /** ISO 3166-1 alpha-2. */
        country: string;
        countryName: string;
        /** INSEE code of the commune (France only). */
        communeCode?: string | undefined;
        departement?: { code: string; name: string } | undefined;
        region?: { code: string; name: string } | undefined;
      }
    | undefined;
  /** Région pages that list the offer, « a-distance » and « international » included. */
  regions: { slug: string; name: string; url: string }[];
  published: string;
  updated?: string | undefined;
  deadline?: string | undefined;
  /** Last day applications are accepted (the deadline, or published + the default open period). */
  lastOpenDay: string;
  /** The instant the offer closes (end of lastOpenDay in `timeZone`), ISO 8601 UTC. */
  closesAt: string;
  timeZone: string;
  start?: string | undefined;
  startText?: string | undefined;
  end?: string | undefined;
  durationMonths?: number | undefined;
  durationText?: string | undefined;
  salary?: Salary | undefined;
  salaryText?: string | undefined;
  apply: Offer['apply'];
  reference?: string | undefined;
  tags: string[];
  /** The job description, sanitised HTML. */
  descriptionHtml: string;
}

export interface OffersExport {
  version: typeof OFFERS_EXPORT_VERSION;
  title: string;
  /** Home page of the site. */
  site: string;
  /** Build time (ISO 8601): offers are open as of this instant. */
  generated: string;
  /** The RSS feed of every offer, open or recently closed. */
  feed: string;
  count: number;
  offers: ExportedOffer[];
}

function exportLocation(offer: OfferView): ExportedOffer['location'] {
  const { place } = offer;
  if (!place) return undefined;
  if (place.kind === 'abroad') {
    return {
      city: place.city,
      postalCode: place.postalCode,
      country: place.country,
      countryName: place.countryName,
    };
  }
  return {
    city: place.communeName,
    postalCode: place.postalCode,
    country: 'FR',
    countryName: 'France',
    communeCode: place.communeCode,
    departement: place.departement,
    region: { code: place.region.code, name: place.region.name },
  };
}

export function exportOffer(offer: OfferView, site: URL): ExportedOffer {
  const { data, organisation } = offer;
  const absolute = (path: string) => new URL(path, site).href;
  return {
    id: offer.slug,
    url: absolute(offer.url),
    title: data.title,
    organisation: {
      id: organisation.slug,
      name: organisation.data.name,
      kind: organisation.data.kind,
      url: absolute(organisation.url),
      website: organisation.data.website,
    },
    contracts: data.contract,
    contractLabels: data.contract.map((c) => CONTRACT_LABELS[c]),
    employmentTypes: getEmploymentTypes(data),
    workingTime: data.workingTime,
    hoursPerWeek: data.hoursPerWeek,
    remote: data.remote,
    location: exportLocation(offer),
    regions: offer.regions.map((r) => ({
      slug: r.slug,
      name: r.name,
      url: absolute(paths.region(r.slug)),
    })),
    published: data.published,
    updated: data.updated,
    deadline: data.deadline,
    lastOpenDay: offer.lastOpenDay,
    closesAt: offer.closesAt.toISOString(),
    timeZone: offer.timeZone,
    start: data.start,
    startText: data.startText,
    end: data.end,
    durationMonths: data.durationMonths,
    durationText: data.durationText,
    salary: data.salary,
    salaryText: data.salaryText,
    apply: data.apply,
    reference: data.reference,
    tags: data.tags,
    descriptionHtml: offer.html,
  };
}

export function getOffersExport(catalog: Pick<Catalog, 'open' | 'now'>, site: URL): OffersExport {
  return {
    version: OFFERS_EXPORT_VERSION,
    title: UI.export.title(SITE_NAME),
    site: new URL(paths.home(), site).href,
    generated: catalog.now.toISOString(),
    feed: new URL(paths.rss(), site).href,
    count: catalog.open.length,
    offers: catalog.open.map((offer) => exportOffer(offer, site)),
  };
}
