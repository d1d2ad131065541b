/**
 * Worker-thread side of the search indexer (pagefind.ts): drives Pagefind's process through
 * its Node API, away from Astro's main thread. Driven from there, Pagefind got its next records
 * and had its answers read only when the main thread, busy rendering pages, got back to its
 * event loop; here both happen at once.
 *
 * Takes batches of records, then `end`: writes both bundles into the output dir and reports.
 */
import fs from 'node:fs';
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

/** Calls in flight to Pagefind's process: enough that it never waits for this thread. */
const IN_FLIGHT = 16;

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
  const counts = { all: 0, open: 0 };
  const inFlight: Promise<unknown>[] = [];
  let failed = false;
  const handle = async (message: SearchWorkerInput): Promise<void> => {
    const [all, open] = await indexes;
    if ('records' in message) {
      for (const { sourcePath, content, open: isOpen } of message.records) {
        counts.all += 1;
        if (isOpen) counts.open += 1;
        const task = Promise.all([
          all.addHTMLFile({ sourcePath, content }),
          isOpen ? open.addHTMLFile({ sourcePath, content }) : undefined,
        ]).then((added) => {
          for (const result of added) check(`addHTMLFile ${sourcePath}`, result?.errors);
        });
        task.catch(() => undefined); // awaited below
        inFlight.push(task);
        if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      }
      return;
    }
    await Promise.all(inFlight);
    // Both at once: Pagefind writes each index on one core.
    await Promise.all([
      writeBundle(all, data, { dir: data.bundles.all, withUi: false }, counts.all),
      writeBundle(open, data, { dir: data.bundles.open, withUi: true }, counts.open),
    ]);
    await pagefind.close();
    port.postMessage({ written: { ...counts } } satisfies SearchWorkerOutput);
  };
  // One message after the other: a batch is handed to Pagefind before the next is read.
  let queue = Promise.resolve();
  port.on('message', (message: SearchWorkerInput) => {
    queue = queue.then(async () => {
      if (failed) return;
      try {
        await handle(message);
      } catch (error) {
        failed = true;
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
