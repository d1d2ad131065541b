/**
 * The official tables in a browser: the publishing page loads its compact JSON file
 * (compact.ts) and hands it in before anything resolves a place.
 */
import type { GeoTables } from '../geo.ts';
import { expandGeoTables, type CompactGeo } from './compact.ts';

let tables: GeoTables | undefined;

export function setGeoTables(compact: CompactGeo): void {
  tables = expandGeoTables(compact);
}

export function loadGeoTables(): GeoTables {
  if (!tables) throw new Error('geographic tables not loaded yet (setGeoTables)');
  return tables;
}
