/**
 * Where the build keeps what it reuses between builds (PDF sheets, archive search bundles):
 * `$OFFRES_CACHE_DIR`, else `node_modules/.cache`. CI workflows restore it.
 */
import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';

export function getOutputsCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env['OFFRES_CACHE_DIR'] || path.join('node_modules', '.cache'));
}

/**
 * The installed version of a package, part of cache keys: `absent` when it is not installed.
 * (findPackageJSON also finds packages whose `exports` hide their package.json.)
 */
export function getPackageVersion(name: string): string {
  try {
    const file = findPackageJSON(name, import.meta.url);
    if (file === undefined) return 'absent';
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'absent';
  }
}
