/** Site URL, breadcrumbs and feed autodiscovery: what search engines and feed readers read in a page. */
import type { OfferView, OrganisationView } from './catalog.ts';
import type { Region } from './geo.ts';
import type { Crumb } from './jsonld.ts';
import { getPrimaryRegion } from './browse.ts';
import { SITE_FEED_NAME, getFeedTitle } from './feeds.ts';
import { paths } from './site.ts';
import { UI } from './ui-text.ts';

/** `Astro.site` / `context.site`, which astro.config always sets (OFFRES_SITE or the default). */
export function requireSite(site: URL | undefined): URL {
  if (!site)
    throw new Error(
      '`site` manque dans astro.config.mjs : les flux et le plan du site ont besoin d’URL absolues',
    );
  return site;
}

/** A feed offered to feed readers by `<link rel="alternate">`. */
export interface FeedLink {
  title: string;
  href: string;
}

export const SITE_FEED: FeedLink = { title: getFeedTitle(SITE_FEED_NAME), href: paths.rss() };

export function getRegionFeed(region: Region): FeedLink {
  return { title: getFeedTitle(region.name), href: paths.regionRss(region.slug) };
}

export function getOrganisationFeed(organisation: OrganisationView): FeedLink {
  return {
    title: getFeedTitle(organisation.data.name),
    href: paths.organisationRss(organisation.slug),
  };
}

const HOME: Crumb = { label: UI.crumbs.home, href: paths.home() };

/** Accueil › Régions › Corse › Intitulé (fully remote offers with no place go through « À distance »). */
export function getOfferCrumbs(offer: OfferView): Crumb[] {
  const region = getPrimaryRegion(offer);
  return [
    HOME,
    { label: UI.regions.title, href: paths.regions() },
    ...(region ? [{ label: region.name, href: paths.region(region.slug) }] : []),
    { label: offer.data.title },
  ];
}

/** Accueil › Offres ouvertes (› Page 2). */
export function getOpenOffersCrumbs(page = 1): Crumb[] {
  const label = UI.openOffers.title;
  return page > 1
    ? [HOME, { label, href: paths.openOffers() }, { label: UI.crumbs.page(page) }]
    : [HOME, { label }];
}

export function getRegionCrumbs(region: Region, page = 1): Crumb[] {
  return [
    HOME,
    { label: UI.regions.title, href: paths.regions() },
    page > 1 ? { label: region.name, href: paths.region(region.slug) } : { label: region.name },
    ...(page > 1 ? [{ label: UI.crumbs.page(page) }] : []),
  ];
}

export function getOrganisationCrumbs(organisation: OrganisationView, page = 1): Crumb[] {
  const { name } = organisation.data;
  return [
    HOME,
    { label: UI.organisations.title, href: paths.organisations() },
    page > 1 ? { label: name, href: paths.organisation(organisation.slug) } : { label: name },
    ...(page > 1 ? [{ label: UI.crumbs.page(page) }] : []),
  ];
}
