/**
 * The search bundles (src/lib/search-shards.ts), written through Pagefind's Node API from the
 * catalog's search records (src/lib/search-record.ts: the offer pages' markup, without reading
 * them back from `dist/`). The open offers' bundle is indexed at every build; each archive
 * bundle is indexed only when its records changed, else copied from the cache
 * (search-cache.ts). Any Pagefind error, and any bundle whose page count is not the number of
 * offers it was given, fails the build: a search that silently finds nothing must never ship.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { OfferView } from '../catalog.ts';
import { getSearchRecord, type SearchRecord } from '../search-record.ts';
import { getSearchBundles } from '../search-shards.ts';
import { SearchBundleCache, getBundleKey } from './search-cache.ts';

export class PagefindError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind (${step}) : ${errors.join(' ; ')}`);
    this.name = 'PagefindError';
  }
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindError(step, errors);
}

/**
 * An archive's fragments (one per page) are grouped into files of this many, so that a year of
 * 7,000 closed offers is ~900 files instead of 7,000: hosts and deploys handle far fewer files.
 * The open offers' bundle, what a first search loads, keeps one fragment per file: a page of
 * 20 results then loads 20 fragments, not 20 files of 8 (at 50,000 offers, ~35 KB instead of
 * ~105 KB).
 */
const FRAGMENTS_PER_FILE = 8;

/** Records sent to Pagefind at once: enough to keep its process busy, bounded in memory. */
const IN_FLIGHT = 64;

/** Assets Pagefind writes into every bundle that /recherche/ never loads (it uses the JS API). */
const UNUSED_ASSETS = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];
/** The page loads Pagefind's script from the open bundle only (each bundle keeps its worker). */
const OPEN_BUNDLE_ONLY = ['pagefind.js'];

/** Pages in a written bundle, as the browser will see them. */
function readPageCount(bundleDir: string): number {
  const entry = JSON.parse(
    fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes `records` and writes the bundle into `bundleDir`. */
async function indexBundle(
  bundleDir: string,
  records: readonly SearchRecord[],
  open: boolean,
): Promise<void> {
  const maxFragments = Math.max(
    1,
    open ? records.length : Math.ceil(records.length / FRAGMENTS_PER_FILE),
  );
  const created = await pagefind.createIndex({ forceLanguage: 'fr', maxFragments });
  check('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new PagefindError('createIndex', ['aucun index créé']);
  try {
    // Records go in the catalog's order (Pagefind's files depend on it), a window at a time.
    for (let start = 0; start < records.length; start += IN_FLIGHT) {
      const window = records.slice(start, start + IN_FLIGHT);
      const added = await Promise.all(
        window.map(({ sourcePath, content }) => index.addHTMLFile({ sourcePath, content })),
      );
      added.forEach((result, i) => check(window[i]?.sourcePath ?? 'addHTMLFile', result.errors));
    }
    fs.rmSync(bundleDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundleDir });
    check('writeFiles', written.errors);
  } finally {
    await index.deleteIndex();
  }
  const unused = open ? UNUSED_ASSETS : [...UNUSED_ASSETS, ...OPEN_BUNDLE_ONLY];
  for (const file of unused) fs.rmSync(path.join(bundleDir, file), { force: true });
}

export interface SearchIndexStats {
  open: number;
  archived: number;
  /** Archive bundles indexed in this build / copied from the cache. */
  indexed: number;
  reused: number;
}

/**
 * Writes the open offers' bundle and every archive bundle into `outDir`, from the published
 * offers (the catalog's order). Archive bundles go through the cache in `cacheDir`.
 */
export async function writeSearchIndexes(
  outDir: string,
  offers: readonly OfferView[],
  cacheDir: string,
): Promise<SearchIndexStats> {
  const { open, archives } = getSearchBundles(offers);
  const cache = new SearchBundleCache(cacheDir);
  const stats: SearchIndexStats = { open: open.offers.length, archived: 0, indexed: 0, reused: 0 };
  try {
    const openDir = path.join(outDir, open.dir);
    await indexBundle(openDir, open.offers.map(getSearchRecord), true);
    // One archive at a time: Pagefind holds a whole index in memory until it is written.
    for (const bundle of archives) {
      const records = bundle.offers.map(getSearchRecord);
      const bundleDir = path.join(outDir, bundle.dir);
      const key = getBundleKey(records);
      stats.archived += records.length;
      if (cache.copyTo(key, bundleDir)) {
        stats.reused += 1;
      } else {
        await indexBundle(bundleDir, records, false);
        cache.store(key, bundleDir);
        stats.indexed += 1;
      }
    }
    for (const bundle of [open, ...archives]) {
      const indexed = bundle.offers.length === 0 ? 0 : readPageCount(path.join(outDir, bundle.dir));
      if (indexed !== bundle.offers.length)
        throw new PagefindError(bundle.dir, [
          `${indexed} pages indexées sur ${bundle.offers.length} offres ; chaque offre doit porter data-pagefind-body`,
        ]);
    }
  } finally {
    await pagefind.close();
  }
  return stats;
}
