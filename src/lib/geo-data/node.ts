/**
 * The official tables for the build and the command line, read from the package once.
 * createRequire keeps the 8 MB data set out of any bundle. A browser gets browser.ts instead
 * (package.json "imports": `#geo-data`).
 */
import { createRequire } from 'node:module';
import type { GeoTables, RawArea, RawCommune } from '../geo.ts';
import { DEFAULT_TIME_ZONE } from '../site.ts';

export function loadGeoTables(): GeoTables {
  const require = createRequire(import.meta.url);
  return {
    communes: require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[],
    departements: require('@etalab/decoupage-administratif/data/departements.json') as RawArea[],
    regions: require('@etalab/decoupage-administratif/data/regions.json') as RawArea[],
    defaultTimeZone: DEFAULT_TIME_ZONE,
  };
}
