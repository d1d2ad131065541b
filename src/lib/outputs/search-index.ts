/**
 * The search bundles, written through Pagefind's Node API from the catalog's search records
 * (src/lib/search-record.ts): the same markup as the offer pages, without reading them back
 * from `dist/`. Two bundles (SEARCH_BUNDLES): every offer, and the open offers alone. Any
 * Pagefind error, and any bundle whose page count is not the number of offers it was given,
 * fails the build: a search that silently finds nothing must never ship.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { OfferView } from '../catalog.ts';
import { SEARCH_BUNDLES, SEARCH_UI_SCRIPT } from '../search.ts';
import { getSearchRecord, type SearchRecord } from '../search-record.ts';

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
 * Fragments (one per page) are grouped into files of this many, so that a bundle of 10,000
 * offers is ~1,300 files instead of 10,000: hosts and deploys handle far fewer files, and a
 * search still loads only the fragments of the results it shows.
 */
const FRAGMENTS_PER_FILE = 8;

/** Records sent to Pagefind at once: enough to keep its process busy, bounded in memory. */
const IN_FLIGHT = 64;

/** Assets Pagefind writes into every bundle that /recherche/ never loads. */
const UNUSED_ASSETS = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

interface Bundle {
  dir: string;
  records: SearchRecord[];
  /** Whether the bundle keeps the Component UI script (the one /recherche/ loads). */
  withUi: boolean;
}

/** Pages in a written bundle, as the browser will see them. */
function readPageCount(bundleDir: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function writeBundle(outDir: string, bundle: Bundle): Promise<void> {
  const { records } = bundle;
  const maxFragments = Math.max(1, Math.ceil(records.length / FRAGMENTS_PER_FILE));
  const created = await pagefind.createIndex({ forceLanguage: 'fr', maxFragments });
  check('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new PagefindError('createIndex', ['aucun index créé']);
  // Records go in the catalog's order (Pagefind's files depend on it), a window at a time.
  for (let start = 0; start < records.length; start += IN_FLIGHT) {
    const window = records.slice(start, start + IN_FLIGHT);
    const added = await Promise.all(
      window.map(({ sourcePath, content }) => index.addHTMLFile({ sourcePath, content })),
    );
    added.forEach((result, i) => check(window[i]?.sourcePath ?? 'addHTMLFile', result.errors));
  }
  const bundleDir = path.join(outDir, bundle.dir);
  const written = await index.writeFiles({ outputPath: bundleDir });
  check('writeFiles', written.errors);
  await index.deleteIndex();
  const indexed = records.length === 0 ? 0 : readPageCount(bundleDir);
  if (indexed !== records.length) {
    throw new PagefindError(bundle.dir, [
      `${indexed} pages indexées sur ${records.length} offres ; chaque offre doit porter data-pagefind-body`,
    ]);
  }
  const unused = bundle.withUi ? UNUSED_ASSETS : [...UNUSED_ASSETS, SEARCH_UI_SCRIPT];
  for (const file of unused) fs.rmSync(path.join(bundleDir, file), { force: true });
}

export interface SearchIndexStats {
  all: number;
  open: number;
}

/** Writes both bundles into `outDir` from the published offers (the catalog's order). */
export async function writeSearchIndexes(
  outDir: string,
  offers: readonly OfferView[],
): Promise<SearchIndexStats> {
  const records = offers.map(getSearchRecord);
  const open = records.filter((record) => record.open);
  try {
    // Both at once: Pagefind writes each index on one core.
    await Promise.all([
      writeBundle(outDir, { dir: SEARCH_BUNDLES.all.dir, records, withUi: false }),
      writeBundle(outDir, { dir: SEARCH_BUNDLES.open.dir, records: open, withUi: true }),
    ]);
  } finally {
    await pagefind.close();
  }
  return { all: records.length, open: open.length };
}
