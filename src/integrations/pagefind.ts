/**
 * Builds the search indexes during `astro build` through Pagefind's Node API, so that
 * `npm run build` stays `astro build` and a broken index fails the build instead of shipping
 * a search that silently finds nothing. (The `astro-pagefind` integration only logs errors.)
 *
 * Two bundles (see SEARCH_BUNDLES): every offer, and the open offers alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { Worker } from 'node:worker_threads';
import { getBuildSlots } from '../lib/build-bridge.ts';
import { getCheckedContent } from './content-check.ts';
import { SEARCH_BUNDLES, SEARCH_UI_SCRIPT } from '../lib/search.ts';
import { toSourcePath, type SearchRecord } from '../lib/search-record.ts';
import { FEATURES, paths } from '../lib/site.ts';
import {
  makeScratchDir,
  PagefindError,
  type SearchWorkerData,
  type SearchWorkerInput,
  type SearchWorkerOutput,
} from './search-worker.ts';

/**
 * Records per message to the worker. All are sent at once (~6 KB each): the main thread, busy
 * rendering, gets back to a loop that would pace them only now and then, and Pagefind would
 * wait for records (a rebuild fed it for 46 s what it indexes in 25).
 */
const BATCH = 256;

export interface SearchIndexStats {
  /** Offers in the full bundle. */
  all: number;
  /** Offers in the open-offers bundle. */
  open: number;
  /** Seconds from the first record to both bundles written. */
  seconds: number;
  /** Whether the bundles were written while Astro was still rendering. */
  early: boolean;
}

/**
 * Both search indexes, fed every offer's search record (src/lib/search-record.ts) as soon as
 * the catalog is built: Pagefind, a separate process driven from a worker thread
 * (search-worker.ts), indexes on another core while Astro renders the pages, then writes both
 * bundles into the output dir, usually before the last page is rendered; write() checks the
 * result at the end of the build. The records come from the data the pages are rendered from,
 * so pages that Astro's incremental build copies from its cache are indexed like the others.
 * Same content, same bundles: records come in the catalog's order, and Pagefind's files depend
 * on that order.
 */
class SearchIndexer {
  readonly #worker: Worker;
  /** Where the worker writes the bundles as soon as the last record is indexed. */
  readonly #outDir: string;
  /** Where the worker writes the records for Pagefind to read; removed at the end, or at exit. */
  readonly #scratchDir: string;
  readonly #removeScratch = () => fs.rmSync(this.#scratchDir, { recursive: true, force: true });
  readonly #fed = new Set<string>();
  #started = 0;
  #seconds = 0;
  #failure: Error | undefined;
  readonly #written: Promise<{ all: number; open: number }>;

  /** `pageCount`: the published offers, to group the full bundle's fragments by. */
  constructor(pageCount: number, outDir: string) {
    this.#outDir = outDir;
    this.#scratchDir = makeScratchDir(pageCount);
    this.#worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      name: 'offres-search',
      workerData: {
        offresSearch: true,
        pageCount,
        outDir,
        scratchDir: this.#scratchDir,
        bundles: { all: SEARCH_BUNDLES.all.dir, open: SEARCH_BUNDLES.open.dir },
        uiScript: SEARCH_UI_SCRIPT,
      } satisfies SearchWorkerData,
    });
    this.#written = new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        this.#failure ??= error;
        reject(this.#failure);
      };
      this.#worker.on('message', (message: SearchWorkerOutput) => {
        if ('written' in message) {
          this.#seconds = (performance.now() - this.#started) / 1000;
          resolve(message.written);
        } else {
          fail(new PagefindError('index', [message.error]));
        }
      });
      this.#worker.on('error', fail);
      this.#worker.on('exit', () => fail(new PagefindError('index', ['arrêt du processus'])));
    });
    this.#written.catch(() => undefined);
    // Should the build fail before astro:build:done, the worker must not keep the process alive.
    this.#worker.unref();
    process.once('exit', this.#removeScratch);
  }

  /** Sends every record to the worker, which indexes them, then writes the bundles; once. */
  take(records: readonly SearchRecord[]): void {
    if (this.#started > 0) {
      this.#failure ??= new PagefindError('index', ['offres reçues deux fois']);
      return;
    }
    this.#started = performance.now();
    try {
      let batch: SearchRecord[] = [];
      for (const record of records) {
        if (this.#fed.has(record.sourcePath))
          throw new PagefindError(record.sourcePath, ['page indexée deux fois']);
        this.#fed.add(record.sourcePath);
        batch.push(record);
        if (batch.length === BATCH) {
          this.#worker.postMessage({ records: batch } satisfies SearchWorkerInput);
          batch = [];
        }
      }
      this.#worker.postMessage({ records: batch } satisfies SearchWorkerInput);
      this.#worker.postMessage({ end: true } satisfies SearchWorkerInput);
    } catch (error) {
      this.#failure ??= error instanceof Error ? error : new Error(String(error));
    }
  }

  /**
   * Waits for the bundles and checks that they hold exactly the offer pages built in `distDir`
   * (`sourcePaths`, relative to it).
   */
  async write(distDir: string, sourcePaths: readonly string[]): Promise<SearchIndexStats> {
    try {
      // A site whose catalog was never asked for has no offer to index.
      if (this.#started === 0) this.take([]);
      const early = this.#seconds > 0;
      if (this.#failure) throw this.#failure;
      this.#worker.ref();
      const written = await this.#written;
      if (path.resolve(distDir) !== path.resolve(this.#outDir)) {
        throw new PagefindError('écriture', [
          `index écrits dans ${this.#outDir}, site dans ${distDir}`,
        ]);
      }
      const expected = new Set(sourcePaths);
      const missing = sourcePaths.filter((p) => !this.#fed.has(p));
      const extra = [...this.#fed].filter((p) => !expected.has(p));
      const unbuilt = sourcePaths.filter((p) => !fs.existsSync(path.join(distDir, p)));
      if (missing.length > 0 || extra.length > 0 || unbuilt.length > 0) {
        throw new PagefindError('pages', [
          ...missing.slice(0, 5).map((p) => `${p} n'est pas indexée`),
          ...extra.slice(0, 5).map((p) => `${p} est indexée mais n'est pas une offre publiée`),
          ...unbuilt.slice(0, 5).map((p) => `${p} est indexée mais absente du site`),
        ]);
      }
      return { ...written, seconds: this.#seconds, early };
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
    this.#removeScratch();
    process.off('exit', this.#removeScratch);
  }
}

/** The pages this build must have indexed: every published offer of the checked content. */
async function listPublishedOfferPages(): Promise<string[]> {
  const { offers } = await getCheckedContent();
  return offers
    .filter((entry) => !entry.data.draft)
    .map((entry) => toSourcePath(paths.offer(entry.slug)))
    .sort();
}

/** No index when the configuration turns search off, or OFFRES_SKIP_SEARCH=1 for a quick build. */
function isSearchSkipped(): boolean {
  return !FEATURES.search || process.env['OFFRES_SKIP_SEARCH'] === '1';
}

export default function pagefindIntegration(): AstroIntegration {
  let indexer: Promise<SearchIndexer> | undefined;
  let outDir = '';
  return {
    name: 'offres:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (isSearchSkipped()) return;
        // Pagefind's process starts now; the catalog hands it the records (src/lib/offers.ts).
        const creating = listPublishedOfferPages().then(
          (pages) => new SearchIndexer(pages.length, outDir),
        );
        creating.catch(() => undefined);
        indexer = creating;
        getBuildSlots().search = {
          takeRecords(records) {
            // A failure is kept by the indexer and thrown at astro:build:done.
            creating.then(
              (ready) => ready.take(records),
              () => undefined,
            );
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete getBuildSlots().search;
        // Quick builds that don't need search (like OFFRES_SKIP_PDF for the PDFs).
        if (isSearchSkipped()) {
          logger.warn(
            'OFFRES_SKIP_SEARCH=1 : pas d’index de recherche, /recherche/ ne trouvera rien',
          );
          return;
        }
        const started = performance.now();
        const live = indexer;
        indexer = undefined;
        if (!live) throw new PagefindError('index', ['aucun index créé']);
        const stats = await (await live).write(fileURLToPath(dir), await listPublishedOfferPages());
        logStats(logger, stats, (performance.now() - started) / 1000);
      },
    },
  };
}

function logStats(logger: AstroIntegrationLogger, stats: SearchIndexStats, waited: number): void {
  const when = stats.early
    ? 'écrits pendant le rendu des pages'
    : `attente de ${waited.toFixed(1)} s après le rendu des pages`;
  logger.info(
    `${stats.all} offres indexées, dont ${stats.open} ouvertes, en ${stats.seconds.toFixed(1)} s (index ${when})`,
  );
}
