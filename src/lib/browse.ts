/**
 * What the organisation and région indexes show, derived from the catalog: labels, counts,
 * the order of a région's offers (open ones grouped by département, then closed ones) and
 * the sections of the régions index. Pure: no `astro:*` import.
 */
import type { Group, OfferView, OrganisationView } from './catalog.ts';
import { compareByPublished } from './catalog.ts';
import { INTERNATIONAL_REGION, REMOTE_REGION, type Region } from './geo.ts';
import type { Organisation } from '../schema/organisation.ts';

export const ORGANISATION_KIND_LABELS: Record<Organisation['kind'], string> = {
  association: 'Association',
  'mouvement-politique': 'Mouvement politique',
  parti: 'Parti politique',
  'liste-citoyenne': 'Liste citoyenne',
  'groupe-elus': "Groupe d'élus",
  collectivite: 'Collectivité',
  ong: 'ONG',
  syndicat: 'Syndicat',
  entreprise: 'Entreprise',
  autre: 'Autre',
};

/** « 1 offre ouverte », « 3 offres ouvertes », « aucune offre ouverte ». */
export function formatOfferCount(count: number, adjective?: 'ouverte' | 'clôturée'): string {
  const suffix = adjective ? ` ${adjective}${count > 1 ? 's' : ''}` : '';
  if (count === 0) return `aucune offre${suffix}`;
  return `${count} offre${count > 1 ? 's' : ''}${suffix}`;
}

/** « 5 offres publiées, dont 2 ouvertes. », « Aucune offre publiée pour le moment. » */
export function formatCountsSentence(open: number, total: number): string {
  if (total === 0) return 'Aucune offre publiée pour le moment.';
  const published = `${total} offre${total > 1 ? 's' : ''} publiée${total > 1 ? 's' : ''}`;
  const opened = open === 0 ? 'aucune ouverte' : `${open} ouverte${open > 1 ? 's' : ''}`;
  return `${published}, dont ${opened}.`;
}

/** Seat of an organisation: « Ajaccio, Corse », « Bruxelles, Belgique ». */
export function formatOrganisationPlace(organisation: OrganisationView): string | undefined {
  const { place } = organisation;
  if (!place) return undefined;
  if (place.kind === 'abroad') return `${place.city}, ${place.countryName}`;
  return place.communeName === place.region.name
    ? place.communeName
    : `${place.communeName}, ${place.region.name}`;
}

/** A sub-heading of a région page: a département in France, a country abroad. */
export interface Subdivision {
  key: string;
  label: string;
}

/**
 * Where an offer sits inside a région page: its département (« Corse-du-Sud (2A) ») in France,
 * its country under « International », nothing under « À distance » (no place to group by).
 */
export function getSubdivision(offer: OfferView, region: Region): Subdivision | undefined {
  const { place } = offer;
  if (!place || region.slug === REMOTE_REGION.slug) return undefined;
  if (place.kind === 'abroad') return { key: place.country, label: place.countryName };
  const { code, name } = place.departement;
  return { key: code, label: `${name} (${code})` };
}

export interface ListedOffer {
  offer: OfferView;
  /** Set for open offers of a région page that are grouped by département or country. */
  subdivision: Subdivision | undefined;
}

/**
 * Every offer of a région, in page order: open offers grouped by département (départements
 * by name, newest first inside each), then closed offers, most recently closed first.
 * Pagination cuts this list; nothing is left out.
 */
export function getRegionListing(group: Group<Region>): ListedOffer[] {
  const open = group.open.map((offer) => ({
    offer,
    subdivision: getSubdivision(offer, group.key),
  }));
  open.sort(
    (a, b) =>
      (a.subdivision?.label ?? '').localeCompare(b.subdivision?.label ?? '', 'fr') ||
      compareByPublished(a.offer, b.offer),
  );
  const closed = group.closed.map((offer) => ({ offer, subdivision: undefined }));
  return [...open, ...closed];
}

/** Every offer of an organisation, in page order: open ones newest first, then closed ones. */
export function getOrganisationListing(group: Group<OrganisationView>): ListedOffer[] {
  return [...group.open, ...group.closed].map((offer) => ({ offer, subdivision: undefined }));
}

/** Open offers per subdivision of a région, for the summary at the top of its page. */
export function countBySubdivision(
  listing: readonly ListedOffer[],
): { subdivision: Subdivision; open: number }[] {
  const counts = new Map<string, { subdivision: Subdivision; open: number }>();
  for (const { offer, subdivision } of listing) {
    if (!subdivision || offer.status !== 'open') continue;
    const entry = counts.get(subdivision.key) ?? { subdivision, open: 0 };
    entry.open++;
    counts.set(subdivision.key, entry);
  }
  return [...counts.values()];
}

export type RegionZone = 'metro' | 'outre-mer' | 'autre';

export const REGION_ZONE_LABELS: Record<RegionZone, string> = {
  metro: 'France métropolitaine',
  'outre-mer': 'Outre-mer',
  autre: 'À distance et international',
};

/** Metropolitan France (Corsica included), overseas, or the « À distance » / « International » pseudo-régions. */
export function getRegionZone(group: Group<Region>): RegionZone {
  if (group.key.slug === REMOTE_REGION.slug || group.key.slug === INTERNATIONAL_REGION.slug)
    return 'autre';
  const place = group.offers.find(
    (o) => o.place?.kind === 'france' && o.place.region.slug === group.key.slug,
  )?.place;
  return place?.kind === 'france' && place.zone !== 'metro' ? 'outre-mer' : 'metro';
}

/** The régions index in three sections, each sorted by name (the catalog's order). */
export function getRegionSections(
  groups: readonly Group<Region>[],
): { zone: RegionZone; groups: Group<Region>[] }[] {
  const zones: RegionZone[] = ['metro', 'outre-mer', 'autre'];
  return zones
    .map((zone) => ({ zone, groups: groups.filter((g) => getRegionZone(g) === zone) }))
    .filter((section) => section.groups.length > 0);
}

/** The région an offer page's breadcrumbs go through: its place's région, else « À distance ». */
export function getPrimaryRegion(offer: OfferView): Region | undefined {
  return offer.place?.region ?? offer.regions[0];
}
