/**
 * The official tables, reduced to what place checks and the importer read, in rows rather than
 * objects: the publishing page downloads this instead of the 8 MB package file.
 */
import type { GeoTables, RawArea, RawCommune } from '../geo.ts';

type Zone = RawArea['zone'];
const TYPES: RawCommune['type'][] = [
  'commune-actuelle',
  'arrondissement-municipal',
  'commune-deleguee',
  'commune-associee',
];

/** code, name, type index, département, région, zone, postal codes (space-separated), parent commune. */
type CommuneRow = [string, string, number, string, string, string, string, string];
type AreaRow = [string, string, string, string];

export interface CompactGeo {
  communes: CommuneRow[];
  departements: AreaRow[];
  regions: AreaRow[];
  defaultTimeZone: string;
}

export function compactGeoTables(tables: GeoTables): CompactGeo {
  const area = (a: RawArea): AreaRow => [a.code, a.nom, a.region ?? '', a.zone];
  const departements = new Map(tables.departements.map((d) => [d.code, d]));
  // Région and zone are left out when the département gives them (geo.ts falls back to it).
  const unlessInherited = (value: string | undefined, inherited: string | undefined) =>
    value === inherited ? '' : (value ?? '');
  return {
    // Only communes and arrondissements with a postal code can be named in an offer.
    communes: tables.communes
      .filter((c) => TYPES.indexOf(c.type) < 2 && c.codesPostaux?.length)
      .map((c) => [
        c.code,
        c.nom,
        TYPES.indexOf(c.type),
        c.departement ?? '',
        unlessInherited(c.region, departements.get(c.departement ?? '')?.region),
        unlessInherited(c.zone, departements.get(c.departement ?? '')?.zone),
        (c.codesPostaux ?? []).join(' '),
        c.commune ?? '',
      ]),
    departements: tables.departements.map(area),
    regions: tables.regions.map(area),
    defaultTimeZone: tables.defaultTimeZone,
  };
}

export function expandGeoTables(compact: CompactGeo): GeoTables {
  const area = ([code, nom, region, zone]: AreaRow): RawArea => ({
    code,
    nom,
    ...(region ? { region } : {}),
    zone: zone as Zone,
  });
  return {
    communes: compact.communes.map(
      ([code, nom, type, departement, region, zone, cps, commune]) => ({
        code,
        nom,
        type: TYPES[type] ?? 'commune-actuelle',
        ...(departement ? { departement } : {}),
        ...(region ? { region } : {}),
        ...(zone ? { zone: zone as Zone } : {}),
        codesPostaux: cps.split(' '),
        ...(commune ? { commune } : {}),
      }),
    ),
    departements: compact.departements.map(area),
    regions: compact.regions.map(area),
    defaultTimeZone: compact.defaultTimeZone,
  };
}
