/**
 * Worker-thread side of the search indexer (pagefind.ts): drives Pagefind's process through
 * its Node API, away from Astro's main thread.
 *
 * Takes batches of records, which it writes as HTML files into a scratch dir (every offer, and
 * the open ones again, hard-linked, in a second dir); then `end`: Pagefind indexes both dirs
 * (`addDirectory`), writes both bundles into the output dir, and the scratch dir is removed.
 * Pagefind reads a directory on all cores and, at 9,903 records, in 9 s and 17 CPU-s, where
 * handing it the same records one message at a time (`addHTMLFile`, base64 JSON over a pipe,
 * indexed one after the other) took 23 s and 22 CPU-s, plus ~3 CPU-s here to encode them.
 * Its output follows the order in which the directory lists the files, so they are written in
 * the catalog's order, always into a fresh dir: the same content gives the same bundles (the
 * same files written in a shuffled order gave other page numbers and filter file names).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-record.ts';

export interface SearchWorkerData {
  /** Marks a worker started by the search indexer. */
  offresSearch: true;
  /** Published offers, to group the full bundle's fragments by. */
  pageCount: number;
  /** Where the bundles go. */
  outDir: string;
  /**
   * An empty dir for the records (makeScratchDir()). The worker removes it once Pagefind has
   * read them; the indexer removes it again at the end, should the worker have stopped first.
   */
  scratchDir: string;
  /** The bundles' dirs in `outDir` (SEARCH_BUNDLES), and the UI script the open one keeps. */
  bundles: { all: string; open: string };
  uiScript: string;
}

export type SearchWorkerInput = { records: SearchRecord[] } | { end: true };

export type SearchWorkerOutput = { written: { all: number; open: number } } | { error: string };

/**
 * The full bundle groups its fragments (Pagefind's `maxFragments`): eight times fewer files and
 * half the bytes on disk, for ~5 KB more per result shown — there the index itself weighs
 * hundreds of KB anyway. The open-offers bundle, the one phones load first, keeps one small
 * (~2 KB) file per offer.
 */
const FRAGMENTS_PER_FILE = 8;

const SHM = '/dev/shm';
/** Room a record takes in the scratch dir, with plenty to spare (they average ~6 KB). */
const BYTES_PER_RECORD = 32 * 1024;

/**
 * Where the records are written: a RAM-backed dir when the system has one with room for
 * `records` records (no disk writes, and on ext4 the inodes of tens of thousands of deleted
 * files slow the next build's file creations for minutes), else the OS temp dir. Containers
 * often mount a 64 MB /dev/shm, too small at 10,000 offers.
 */
export function makeScratchDir(records: number): string {
  let base = os.tmpdir();
  try {
    fs.accessSync(SHM, fs.constants.W_OK);
    const { bavail, bsize } = fs.statfsSync(SHM);
    if (bavail * bsize >= (records + 1000) * BYTES_PER_RECORD) base = SHM;
  } catch {
    // No tmpfs at /dev/shm (macOS, Windows, some containers).
  }
  return fs.mkdtempSync(path.join(base, 'offres-search-'));
}

export class PagefindError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind (${step}) : ${errors.join(' ; ')}`);
    this.name = 'PagefindError';
  }
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindError(step, errors);
}

async function createIndex(maxFragments?: number): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({
    // Every page is French: French stemming, whatever a page's lang says.
    forceLanguage: 'fr',
    ...(maxFragments !== undefined ? { maxFragments } : {}),
  });
  check('createIndex', created.errors);
  if (!created.index) throw new PagefindError('createIndex', ['aucun index créé']);
  return created.index;
}

/** Pages in a written bundle, as the browser will see them. */
function readPageCount(bundleDir: string): number {
  const entry = JSON.parse(
    fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Pagefind writes every UI it has into each bundle. The site uses the Component UI script of
 * the open-offers bundle and styles it itself; the rest would only be published unused.
 */
const UNUSED_ASSETS = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-component-ui.css',
  // Every page is indexed as French (forceLanguage), so the fallback stemmer never loads.
  'wasm.unknown.pagefind',
];

async function writeBundle(
  index: pagefind.PagefindIndex,
  data: SearchWorkerData,
  bundle: { dir: string; withUi: boolean },
  expected: number,
): Promise<void> {
  const bundleDir = path.join(data.outDir, bundle.dir);
  const written = await index.writeFiles({ outputPath: bundleDir });
  check('writeFiles', written.errors);
  await index.deleteIndex();
  // Every record must be in the index: one without `data-pagefind-body` would vanish.
  const indexed = readPageCount(bundleDir);
  if (indexed !== expected) {
    throw new PagefindError(bundle.dir, [
      `${indexed} pages indexées sur ${expected} offres ; chaque offre doit porter data-pagefind-body`,
    ]);
  }
  const unused = bundle.withUi ? UNUSED_ASSETS : [...UNUSED_ASSETS, data.uiScript];
  for (const file of unused) fs.rmSync(path.join(bundleDir, file), { force: true });
}

function run(data: SearchWorkerData, port: NonNullable<typeof parentPort>): void {
  const indexes = Promise.all([
    createIndex(Math.max(1, Math.ceil(data.pageCount / FRAGMENTS_PER_FILE))),
    createIndex(),
  ]);
  indexes.catch(() => undefined); // reported with the first message
  const scratch = data.scratchDir;
  const dirs = { all: path.join(scratch, 'all'), open: path.join(scratch, 'open') };
  const counts = { all: 0, open: 0 };
  let failed = false;
  const cleanUp = () => fs.rmSync(scratch, { recursive: true, force: true });
  const addDirectory = async (index: pagefind.PagefindIndex, dir: string, expected: number) => {
    if (expected === 0) return;
    const added = await index.addDirectory({ path: dir });
    check(`addDirectory ${path.basename(dir)}`, added.errors);
    if (added.page_count !== expected)
      throw new PagefindError(path.basename(dir), [
        `${added.page_count} pages lues sur ${expected} offres`,
      ]);
  };
  const handle = async (message: SearchWorkerInput): Promise<void> => {
    if ('records' in message) {
      for (const { sourcePath, content, open: isOpen } of message.records) {
        const file = path.join(dirs.all, sourcePath);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
        counts.all += 1;
        if (isOpen) {
          const link = path.join(dirs.open, sourcePath);
          fs.mkdirSync(path.dirname(link), { recursive: true });
          fs.linkSync(file, link);
          counts.open += 1;
        }
      }
      return;
    }
    const [all, open] = await indexes;
    await Promise.all([
      addDirectory(all, dirs.all, counts.all),
      addDirectory(open, dirs.open, counts.open),
    ]);
    cleanUp();
    // Both at once: Pagefind writes each index on one core.
    await Promise.all([
      writeBundle(all, data, { dir: data.bundles.all, withUi: false }, counts.all),
      writeBundle(open, data, { dir: data.bundles.open, withUi: true }, counts.open),
    ]);
    await pagefind.close();
    port.postMessage({ written: { ...counts } } satisfies SearchWorkerOutput);
  };
  // One message after the other: a batch is written before the next is read.
  let queue = Promise.resolve();
  port.on('message', (message: SearchWorkerInput) => {
    queue = queue.then(async () => {
      if (failed) return;
      try {
        await handle(message);
      } catch (error) {
        failed = true;
        cleanUp();
        await pagefind.close().catch(() => undefined);
        port.postMessage({
          error: error instanceof Error ? error.message : String(error),
        } satisfies SearchWorkerOutput);
      }
    });
  });
}

const data = workerData as Partial<SearchWorkerData> | null;
if (!isMainThread && parentPort && data?.offresSearch === true) {
  run(data as SearchWorkerData, parentPort);
}
