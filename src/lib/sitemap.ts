/**
 * `lastmod` of every sitemap URL, from the content: an offer page changes when it is
 * published, updated, or closes; an organisation or région page when one of its offers does;
 * every other page (home, archives, indexes) when any offer does. Pure: no `astro:*` import.
 */
import type { Catalog, OfferView } from './catalog.ts';
import { addDays } from './lifecycle.ts';
import { paths } from './site.ts';

/** Day (YYYY-MM-DD) an offer's page last changed: the later of its update and the day it closed. */
export function getOfferLastmod(offer: OfferView): string {
  const edited = offer.data.updated ?? offer.data.published;
  if (offer.status === 'open') return edited;
  const closedOn = addDays(offer.lastOpenDay, 1);
  return closedOn > edited ? closedOn : edited;
}

function latest(offers: readonly OfferView[]): string | undefined {
  let max: string | undefined;
  for (const offer of offers) {
    const day = getOfferLastmod(offer);
    if (max === undefined || day > max) max = day;
  }
  return max;
}

export interface Lastmods {
  /** `lastmod` for a URL path, or undefined when nothing is known (no offer at all). */
  get(pathname: string): string | undefined;
}

export function getLastmods(
  catalog: Pick<Catalog, 'offers' | 'organisations' | 'regions'>,
): Lastmods {
  const exact = new Map(catalog.offers.map((o) => [o.url, getOfferLastmod(o)]));
  // Prefixes cover the paginated pages of an organisation or région (…/2/, …/3/).
  const prefixes = new Map<string, string | undefined>([
    ...catalog.organisations.map(
      (g) => [paths.organisation(g.key.slug), latest(g.offers)] as const,
    ),
    ...catalog.regions.map((g) => [paths.region(g.key.slug), latest(g.offers)] as const),
  ]);
  const site = latest(catalog.offers);
  return {
    get(pathname) {
      const day = exact.get(pathname);
      if (day !== undefined) return day;
      for (const [prefix, value] of prefixes) if (pathname.startsWith(prefix)) return value;
      return site;
    },
  };
}
