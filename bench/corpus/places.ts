/**
 * Places for generated offers. French communes and their postal codes come from the official
 * breakdown the site itself resolves places with (@etalab/decoupage-administratif): every
 * (city, postal code) drawn here is a real pair. Communes are drawn in proportion to their
 * population within a région, so offers cluster in towns the way real ones do. Only the
 * foreign cities, which that data does not hold, are listed here.
 */
import { createRequire } from 'node:module';
import type { Random } from './random.ts';

interface RawCommune {
  nom: string;
  type: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
}
interface RawRegion {
  code: string;
  nom: string;
  zone: 'metro' | 'drom' | 'com';
}

export interface Commune {
  city: string;
  postalCodes: readonly string[];
  weight: number;
}

export interface RegionPlaces {
  code: string;
  name: string;
  zone: 'metro' | 'drom' | 'com';
  /** Pay is in francs CFP (XPF) there: Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna. */
  xpf: boolean;
  weight: number;
  communes: readonly Commune[];
}

export interface Place {
  city: string;
  postalCode?: string;
  /** ISO 3166 code, only for places abroad. */
  country?: string;
  regionName: string;
  xpf: boolean;
}

const XPF_REGIONS = new Set(['986', '987', '988']);
/** Communes kept per région: the most populated ones, enough for variety. */
const COMMUNES_PER_REGION = 80;

const require = createRequire(import.meta.url);
const rawCommunes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
const rawRegions = require('@etalab/decoupage-administratif/data/regions.json') as RawRegion[];

function loadRegions(): RegionPlaces[] {
  const byRegion = new Map<string, Commune[]>();
  for (const c of rawCommunes) {
    if (c.type !== 'commune-actuelle' || !c.region || !c.codesPostaux?.length) continue;
    const list = byRegion.get(c.region) ?? [];
    list.push({ city: c.nom, postalCodes: c.codesPostaux, weight: Math.sqrt(c.population ?? 1) });
    byRegion.set(c.region, list);
  }
  const out: RegionPlaces[] = [];
  for (const r of rawRegions) {
    const communes = (byRegion.get(r.code) ?? [])
      .sort((a, b) => b.weight - a.weight || a.city.localeCompare(b.city))
      .slice(0, COMMUNES_PER_REGION);
    const population = communes.reduce((sum, c) => sum + c.weight ** 2, 0);
    // Uninhabited or tiny territories (Clipperton, TAAF) hold no offers.
    if (population < 5_000) continue;
    // Overseas territories get a floor, so that a few hundred offers already reach them.
    const weight = Math.max(population / 1_000_000, r.zone === 'metro' ? 0 : 0.3);
    out.push({
      code: r.code,
      name: r.nom,
      zone: r.zone,
      xpf: XPF_REGIONS.has(r.code),
      weight,
      communes,
    });
  }
  return out;
}

export const REGIONS: readonly RegionPlaces[] = loadRegions();

/** Foreign cities: [city, ISO 3166 code]. */
const ABROAD: readonly (readonly [string, string])[] = [
  ['Bruxelles', 'BE'],
  ['Liège', 'BE'],
  ['Genève', 'CH'],
  ['Lausanne', 'CH'],
  ['Luxembourg', 'LU'],
  ['Montréal', 'CA'],
  ['Dakar', 'SN'],
  ['Abidjan', 'CI'],
  ['Rabat', 'MA'],
  ['Tunis', 'TN'],
  ['Beyrouth', 'LB'],
  ['Port-au-Prince', 'HT'],
  ['Antananarivo', 'MG'],
  ['Berlin', 'DE'],
];

export function regionPlace(random: Random, region: RegionPlaces): Place {
  const commune = random.weighted(region.communes, (c) => c.weight);
  return {
    city: commune.city,
    postalCode: random.pick(commune.postalCodes),
    regionName: region.name,
    xpf: region.xpf,
  };
}

export function frenchPlace(random: Random): Place {
  return regionPlace(
    random,
    random.weighted(REGIONS, (r) => r.weight),
  );
}

export function foreignPlace(random: Random): Place {
  const [city, country] = random.pick(ABROAD);
  return { city, country, regionName: 'International', xpf: false };
}
