/**
 * French geography derived from the official breakdown (@etalab/decoupage-administratif):
 * a city + postal code resolves to a commune, its département and its région, overseas
 * regions and collectivities included. Nothing here is a hand-written place table; the only
 * local table maps overseas codes to IANA time zones, which the official data does not carry.
 */
import { loadGeoTables } from '#geo-data';
import type { Gazetteer } from './import/places.ts';
import { slugify } from './slug.ts';

export interface RawCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  zone?: 'metro' | 'drom' | 'com';
  codesPostaux?: string[];
  commune?: string;
  chefLieu?: string;
}
/** A région or département of the official breakdown. */
export interface RawArea {
  code: string;
  nom: string;
  region?: string;
  zone: 'metro' | 'drom' | 'com';
}

/** The tables: read from the package at build, from the page's JSON file in a browser. */
export interface GeoTables {
  communes: RawCommune[];
  departements: RawArea[];
  regions: RawArea[];
  /** The configured time zone of metropolitan France and offers abroad. */
  defaultTimeZone: string;
}

interface GeoIndex {
  tables: GeoTables;
  departementByCode: Map<string, RawArea>;
  regionByCode: Map<string, RawArea>;
  communeByCode: Map<string, RawCommune>;
  /** Postal code → communes (and Paris/Lyon/Marseille arrondissements) that use it. */
  communesByPostalCode: Map<string, RawCommune[]>;
}

let index: GeoIndex | undefined;

/** Indexes the tables on first use (the browser hands them in once its JSON file is loaded). */
function geo(): GeoIndex {
  if (index) return index;
  const tables = loadGeoTables();
  const communesByPostalCode = new Map<string, RawCommune[]>();
  for (const c of tables.communes) {
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    for (const cp of c.codesPostaux ?? []) {
      const list = communesByPostalCode.get(cp) ?? [];
      list.push(c);
      communesByPostalCode.set(cp, list);
    }
  }
  index = {
    tables,
    departementByCode: new Map(tables.departements.map((d) => [d.code, d])),
    regionByCode: new Map(tables.regions.map((r) => [r.code, r])),
    communeByCode: new Map(
      tables.communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]),
    ),
    communesByPostalCode,
  };
  return index;
}

/** Every official commune and municipal arrondissement (the importer looks names up in it). */
export function getCommunes(): RawCommune[] {
  return geo().tables.communes;
}

/**
 * IANA time zones of the overseas départements and collectivities, keyed by département
 * code. Everything else (metropolitan France, Corsica, abroad by default) is Europe/Paris.
 */
const OVERSEAS_TIME_ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '984': 'Indian/Kerguelen',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
  '989': 'Pacific/Pitcairn',
};

/** Pseudo-régions for offers that are not tied to a French place. */
export const REMOTE_REGION = { code: 'a-distance', name: 'À distance', slug: 'a-distance' } as const;
export const INTERNATIONAL_REGION = {
  code: 'international',
  name: 'International',
  slug: 'international',
} as const;

export interface Region {
  code: string;
  name: string;
  slug: string;
}

export interface ResolvedPlace {
  kind: 'france';
  city: string;
  postalCode: string;
  communeCode: string;
  communeName: string;
  departement: { code: string; name: string };
  region: Region;
  zone: 'metro' | 'drom' | 'com';
  timeZone: string;
}

export interface ForeignPlace {
  kind: 'abroad';
  city: string;
  postalCode: string | undefined;
  country: string;
  countryName: string;
  region: Region;
  timeZone: string;
}

export type PlaceResult =
  | { ok: true; place: ResolvedPlace | ForeignPlace }
  | { ok: false; field: 'postalCode' | 'city'; message: string; candidates: string[] };

/** Name comparison that ignores case, accents, hyphens vs spaces and "St"/"Saint". */
export function normaliseCityName(name: string): string {
  return slugify(name.replace(/\bcedex\b.*$/i, ''))
    .replace(/(^|-)st(?=-)/g, '$1saint')
    .replace(/(^|-)ste(?=-)/g, '$1sainte');
}

function toRegion(code: string): Region {
  const r = geo().regionByCode.get(code);
  const name = r?.nom ?? code;
  return { code, name, slug: slugify(name) };
}

/** Every commune (and municipal arrondissement) name a postal code serves. */
export function getCommunesForPostalCode(postalCode: string): string[] {
  return (geo().communesByPostalCode.get(postalCode) ?? []).map((c) => c.nom);
}

const countryNames = new Intl.DisplayNames(['fr'], { type: 'region' });

/** French name of an ISO 3166 country code ("BE" → "Belgique"). */
export function getCountryName(code: string): string {
  try {
    return countryNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * Resolves a place. For France the postal code decides: "Mont-Dore" with 98809 is an
 * error naming "Le Mont-Dore", not the Mont-Dore of the Puy-de-Dôme.
 */
export function resolvePlace(input: {
  city: string;
  postalCode?: string | undefined;
  country?: string | undefined;
}): PlaceResult {
  const country = (input.country ?? 'FR').toUpperCase();
  if (country !== 'FR') {
    return {
      ok: true,
      place: {
        kind: 'abroad',
        city: input.city,
        postalCode: input.postalCode,
        country,
        countryName: getCountryName(country),
        region: { ...INTERNATIONAL_REGION },
        timeZone: geo().tables.defaultTimeZone,
      },
    };
  }
  const postalCode = (input.postalCode ?? '').trim();
  if (!/^\d{5}$/.test(postalCode)) {
    return {
      ok: false,
      field: 'postalCode',
      message: `le code postal « ${postalCode} » n'est pas un code postal français à 5 chiffres (exemple : "86000")`,
      candidates: [],
    };
  }
  const { communesByPostalCode, communeByCode, departementByCode, tables } = geo();
  const candidates = communesByPostalCode.get(postalCode) ?? [];
  if (candidates.length === 0) {
    return {
      ok: false,
      field: 'postalCode',
      message: `aucune commune n'a le code postal ${postalCode} ; vérifiez-le sur le site de La Poste`,
      candidates: [],
    };
  }
  const wanted = normaliseCityName(input.city);
  const match = candidates.find((c) => normaliseCityName(c.nom) === wanted);
  if (!match) {
    const names = candidates.map((c) => c.nom);
    return {
      ok: false,
      field: 'city',
      message: `la ville « ${input.city} » ne correspond pas au code postal ${postalCode} ; communes possibles : ${names.join(', ')}`,
      candidates: names,
    };
  }
  // A municipal arrondissement ("Paris 11e Arrondissement") belongs to its commune.
  const commune =
    match.type === 'arrondissement-municipal' && match.commune
      ? (communeByCode.get(match.commune) ?? match)
      : match;
  const depCode = commune.departement ?? '';
  const dep = departementByCode.get(depCode);
  const regionCode = commune.region ?? dep?.region ?? '';
  return {
    ok: true,
    place: {
      kind: 'france',
      city: input.city,
      postalCode,
      communeCode: commune.code,
      communeName: commune.nom,
      departement: { code: depCode, name: dep?.nom ?? depCode },
      region: toRegion(regionCode),
      zone: commune.zone ?? dep?.zone ?? 'metro',
      timeZone: OVERSEAS_TIME_ZONES[depCode] ?? tables.defaultTimeZone,
    },
  };
}

/** Every official région and overseas collectivity, for index pages and filters. */
export function getAllRegions(): Region[] {
  return geo().tables.regions.map((r) => toRegion(r.code));
}

/** The official régions and overseas collectivities, as the breakdown lists them (for the map). */
export function getOfficialRegions(): readonly RawArea[] {
  return geo().tables.regions;
}

/** The official départements, each with its région's code (for the map). */
export function getOfficialDepartements(): readonly RawArea[] {
  return geo().tables.departements;
}

/** The importer's view of the official list (command line and publishing page alike). */
export const geoGazetteer: Gazetteer = {
  communes: getCommunes,
  namesForPostalCode: getCommunesForPostalCode,
  normaliseName: normaliseCityName,
};
