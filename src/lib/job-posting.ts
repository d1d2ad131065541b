/**
 * JSON-LD JobPosting of an open offer, following Google's job posting guidelines: title,
 * description (HTML), datePosted, validThrough, employmentType, hiringOrganization,
 * jobLocation or TELECOMMUTE, baseSalary, identifier. Pure: no `astro:*` import.
 */
import type {
  JobPosting,
  MonetaryAmount,
  Organization,
  Place,
  QuantitativeValue,
  WithContext,
} from 'schema-dts';
import type { OfferView, OrganisationView } from './catalog.ts';
import type { ForeignPlace, ResolvedPlace } from './geo.ts';
import type { Contract, Offer, Salary } from '../schema/offer.ts';
import { getFeedItemDescriptionHtml } from './feeds.ts';
import { getPostalAddress } from './jsonld.ts';
import { encodeEmailsInHtml } from './personal-data.ts';

/** Google's employmentType values. */
export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * Contract → employment types. French law presumes a job contract full-time unless it says
 * part-time (Code du travail, L3123-6), so CDI, CDD, fonction publique and alternance count as
 * FULL_TIME unless `workingTime: part-time`. An alternance is a fixed-term work-study contract
 * in most cases (TEMPORARY); service civique and bénévolat are volunteering.
 */
const CONTRACT_TYPES: Record<Contract, readonly EmploymentType[]> = {
  cdi: [],
  cdd: ['TEMPORARY'],
  stage: ['INTERN'],
  alternance: ['TEMPORARY'],
  'service-civique': ['VOLUNTEER'],
  freelance: ['CONTRACTOR'],
  benevolat: ['VOLUNTEER'],
  'fonction-publique': [],
  autre: ['OTHER'],
};
const SALARIED: ReadonlySet<Contract> = new Set(['cdi', 'cdd', 'alternance', 'fonction-publique']);

export function getEmploymentTypes(
  offer: Pick<Offer, 'contract' | 'workingTime'>,
): EmploymentType[] {
  const types = new Set<EmploymentType>();
  for (const contract of offer.contract) {
    for (const type of CONTRACT_TYPES[contract]) types.add(type);
    if (SALARIED.has(contract))
      types.add(offer.workingTime === 'part-time' ? 'PART_TIME' : 'FULL_TIME');
  }
  if (offer.workingTime === 'part-time' && !types.has('FULL_TIME')) types.add('PART_TIME');
  return [...types];
}

/** Google's QuantitativeValue units; a pay « au total » has none and is left out. */
const SALARY_UNITS: Record<Salary['period'], 'HOUR' | 'DAY' | 'MONTH' | 'YEAR' | undefined> = {
  hour: 'HOUR',
  day: 'DAY',
  month: 'MONTH',
  year: 'YEAR',
  total: undefined,
};

export function getBaseSalary(salary: Salary | undefined): MonetaryAmount | undefined {
  const unitText = salary && SALARY_UNITS[salary.period];
  if (!salary || !unitText) return undefined;
  const { min, max } = salary;
  const value: QuantitativeValue = {
    '@type': 'QuantitativeValue',
    ...(max !== undefined && max !== min ? { minValue: min, maxValue: max } : { value: min }),
    unitText,
  };
  return { '@type': 'MonetaryAmount', currency: salary.currency, value };
}

function getJobLocation(place: ResolvedPlace | ForeignPlace): Place {
  return { '@type': 'Place', address: getPostalAddress(place) };
}

/** The hiring organisation as Google wants it: name, website as sameAs, logo when there is one. */
function getHiringOrganization(
  organisation: OrganisationView,
  site: URL,
  logoPath?: string,
): Organization {
  const { data } = organisation;
  return {
    '@type': 'Organization',
    name: data.name,
    ...(data.website ? { sameAs: data.website } : {}),
    url: data.website ?? new URL(organisation.url, site).href,
    ...(logoPath ? { logo: new URL(logoPath, site).href } : {}),
  };
}

/** The last instant applications are accepted, as an ISO date-time (end of the deadline day, local time). */
function getValidThrough(offer: OfferView): string {
  return new Date(offer.closesAt.getTime() - 1000).toISOString().replace('.000Z', 'Z');
}

/** JSON-LD JobPosting of an open offer; closed offers get none (Google asks to remove expired postings). */
export function getJobPosting(
  offer: OfferView,
  site: URL,
  options: { organisationLogo?: string | undefined } = {},
): WithContext<JobPosting> | undefined {
  if (offer.status !== 'open') return undefined;
  const { data, place } = offer;
  const remote = data.remote === 'full';
  const salary = getBaseSalary(data.salary);
  // The page's own copy of the description: its addresses entity-encoded (personal-data.ts).
  const description =
    offer.html.trim() !== ''
      ? encodeEmailsInHtml(offer.html)
      : `<p>${getFeedItemDescriptionHtml(offer)}</p>`;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: data.title,
    description,
    url: new URL(offer.url, site).href,
    datePosted: data.published,
    validThrough: getValidThrough(offer),
    employmentType: getEmploymentTypes(data),
    hiringOrganization: getHiringOrganization(offer.organisation, site, options.organisationLogo),
    ...(place ? { jobLocation: getJobLocation(place) } : {}),
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          // Where applicants may live: the offer's country when it names one, else France.
          applicantLocationRequirements: {
            '@type': 'Country',
            name: place?.kind === 'abroad' ? place.countryName : 'France',
          },
        }
      : {}),
    ...(salary ? { baseSalary: salary } : {}),
    ...(data.reference
      ? {
          identifier: {
            '@type': 'PropertyValue',
            name: offer.organisation.data.name,
            value: data.reference,
          },
        }
      : {}),
    ...(data.start ? { jobStartDate: data.start } : {}),
  };
}
