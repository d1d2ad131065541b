/**
 * Structured data (JSON-LD) shared by the pages, typed with `schema-dts`: postal addresses,
 * Organization on organisation pages, BreadcrumbList wherever breadcrumbs are shown, and the
 * safe serialisation into a script element. The JobPosting is in job-posting.ts.
 */
import type { BreadcrumbList, Organization, PostalAddress, WebSite, WithContext } from 'schema-dts';
import type { OrganisationView } from './catalog.ts';
import type { ForeignPlace, ResolvedPlace } from './geo.ts';
import type { Organisation } from '../schema/organisation.ts';
import { CONFIG, SITE_DESCRIPTION, SITE_NAME, paths } from './site.ts';

/**
 * ISO 3166-1 codes of the overseas territories, keyed by département code: job search engines
 * place Nouméa in « NC », not in « FR ». Clipperton (989) has no code of its own.
 */
const OVERSEAS_COUNTRY_CODES: Record<string, string> = {
  '971': 'GP',
  '972': 'MQ',
  '973': 'GF',
  '974': 'RE',
  '975': 'PM',
  '976': 'YT',
  '977': 'BL',
  '978': 'MF',
  '984': 'TF',
  '986': 'WF',
  '987': 'PF',
  '988': 'NC',
};

export function getPostalAddress(place: ResolvedPlace | ForeignPlace): PostalAddress {
  if (place.kind === 'abroad') {
    return {
      '@type': 'PostalAddress',
      addressLocality: place.city,
      ...(place.postalCode ? { postalCode: place.postalCode } : {}),
      addressCountry: place.country,
    };
  }
  return {
    '@type': 'PostalAddress',
    addressLocality: place.communeName,
    postalCode: place.postalCode,
    addressRegion: place.region.name,
    addressCountry: OVERSEAS_COUNTRY_CODES[place.departement.code] ?? 'FR',
  };
}

/** schema.org type for each kind of organisation. */
const ORGANIZATION_TYPES = {
  association: 'Organization',
  'mouvement-politique': 'Organization',
  parti: 'PoliticalParty',
  'liste-citoyenne': 'Organization',
  'groupe-elus': 'Organization',
  collectivite: 'GovernmentOrganization',
  ong: 'NGO',
  syndicat: 'WorkersUnion',
  entreprise: 'Corporation',
  autre: 'Organization',
} as const satisfies Record<Organisation['kind'], string>;

/** JSON-LD of an organisation page. */
export function getOrganizationJsonLd(
  organisation: OrganisationView,
  site: URL,
  options: { logo?: string | undefined; description?: string | undefined } = {},
): WithContext<Organization> {
  const { data, place } = organisation;
  const pageUrl = new URL(organisation.url, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': ORGANIZATION_TYPES[data.kind],
    '@id': `${pageUrl}#organisation`,
    name: data.name,
    url: data.website ?? pageUrl,
    ...(data.website ? { sameAs: data.website } : {}),
    ...(data.email ? { email: data.email } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(options.logo ? { logo: new URL(options.logo, site).href } : {}),
    ...(place ? { address: getPostalAddress(place) } : {}),
  };
}

/** JSON-LD of the home page: the site and its publisher (from the configuration). */
export function getWebSiteJsonLd(site: URL): WithContext<WebSite> {
  const home = new URL(paths.home(), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${home}#site`,
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: home,
    inLanguage: 'fr-FR',
    publisher: {
      '@type': 'Organization',
      name: CONFIG.publisher.name,
      address: CONFIG.publisher.address,
      email: CONFIG.contactEmail,
      ...(CONFIG.logo ? { logo: new URL(CONFIG.logo, site).href } : {}),
    },
  };
}

export interface Crumb {
  label: string;
  /** Path of the crumb's page; the current page has none. */
  href?: string | undefined;
}

/** BreadcrumbList mirroring the visible breadcrumbs; the last crumb is the current page. */
export function getBreadcrumbJsonLd(
  crumbs: readonly Crumb[],
  currentUrl: URL,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.href ? new URL(crumb.href, currentUrl).href : currentUrl.href,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c`, so neither
 * `</script>` nor `<!--` in contributed text can end the script element. Same for U+2028/9.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
