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
import * as pagefind from 'pagefind';
import { getBuildSlots } from '../lib/build-bridge.ts';
import { getCheckedContent } from './content-check.ts';
import { SEARCH_BUNDLES, SEARCH_UI_SCRIPT } from '../lib/search.ts';
import type { SearchRecord } from '../lib/search-record.ts';

/**
 * The full bundle groups its fragments (Pagefind's `maxFragments`): eight times fewer files and
 * half the bytes on disk, for ~5 KB more per result shown — there the index itself weighs
 * hundreds of KB anyway. The open-offers bundle, the one phones load first, keeps one small
 * (~2 KB) file per offer.
 */
const FRAGMENTS_PER_FILE = 8;

class PagefindError extends Error {
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

/** Every offer page must be in the index: a page without `data-pagefind-body` would vanish. */
function checkCount(step: string, indexed: number, expected: number): void {
  if (indexed !== expected) {
    throw new PagefindError(step, [
      `${indexed} pages indexées sur ${expected} pages d'offres ; chaque offre doit porter data-pagefind-body`,
    ]);
  }
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
  distDir: string,
  bundle: { dir: string; withUi: boolean },
  expected: number,
): Promise<void> {
  const bundleDir = path.join(distDir, bundle.dir);
  const written = await index.writeFiles({ outputPath: bundleDir });
  check('writeFiles', written.errors);
  await index.deleteIndex();
  checkCount(bundle.dir, readPageCount(bundleDir), expected);
  const unused = bundle.withUi ? UNUSED_ASSETS : [...UNUSED_ASSETS, SEARCH_UI_SCRIPT];
  for (const file of unused) fs.rmSync(path.join(bundleDir, file), { force: true });
}

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
 * the catalog is built: Pagefind, a separate process, indexes on another core while Astro
 * renders the pages, then writes both bundles into the output dir, usually before the last
 * page is rendered; write() checks the result at the end of the build. The records come from
 * the data the pages are rendered from, so pages that Astro's incremental build copies from
 * its cache are indexed like the others. Same content, same bundles: records come in the
 * catalog's order, and Pagefind's files depend on that order.
 */
class SearchIndexer {
  readonly #all: pagefind.PagefindIndex;
  readonly #open: pagefind.PagefindIndex;
  /** Where the bundles are written as soon as the last record is indexed. */
  readonly #outDir: string;
  readonly #fed = new Set<string>();
  #openCount = 0;
  #indexing: Promise<void> | undefined;
  #started = 0;
  #seconds = 0;

  private constructor(all: pagefind.PagefindIndex, open: pagefind.PagefindIndex, outDir: string) {
    this.#all = all;
    this.#open = open;
    this.#outDir = outDir;
  }

  /** `pageCount`: the published offers, to group the full bundle's fragments by. */
  static async create(pageCount: number, outDir: string): Promise<SearchIndexer> {
    const all = await createIndex(Math.max(1, Math.ceil(pageCount / FRAGMENTS_PER_FILE)));
    return new SearchIndexer(all, await createIndex(), outDir);
  }

  /** Starts indexing the records, then writing the bundles; once per build. */
  take(records: Iterable<SearchRecord>): void {
    if (this.#indexing) {
      this.#indexing = Promise.reject(new PagefindError('index', ['offres reçues deux fois']));
    } else {
      this.#started = performance.now();
      this.#indexing = this.#index(records);
    }
    this.#indexing.catch(() => undefined);
  }

  async #index(records: Iterable<SearchRecord>): Promise<void> {
    // A few calls in flight, so that Pagefind never waits for Node, nor records pile up.
    const inFlight: Promise<void>[] = [];
    for (const record of records) {
      if (this.#fed.has(record.sourcePath))
        throw new PagefindError(record.sourcePath, ['page indexée deux fois']);
      this.#fed.add(record.sourcePath);
      if (record.open) this.#openCount += 1;
      const added = this.#add(record);
      added.catch(() => undefined); // awaited below; a failure ends the loop there
      inFlight.push(added);
      if (inFlight.length >= 8) await inFlight.shift();
    }
    await Promise.all(inFlight);
    // Both at once: Pagefind writes each index on one core.
    await Promise.all([
      writeBundle(
        this.#all,
        this.#outDir,
        { dir: SEARCH_BUNDLES.all.dir, withUi: false },
        this.#fed.size,
      ),
      writeBundle(
        this.#open,
        this.#outDir,
        { dir: SEARCH_BUNDLES.open.dir, withUi: true },
        this.#openCount,
      ),
    ]);
    this.#seconds = (performance.now() - this.#started) / 1000;
  }

  async #add({ sourcePath, content, open }: SearchRecord): Promise<void> {
    const added = await Promise.all([
      this.#all.addHTMLFile({ sourcePath, content }),
      open ? this.#open.addHTMLFile({ sourcePath, content }) : undefined,
    ]);
    for (const result of added) check(`addHTMLFile ${sourcePath}`, result?.errors);
  }

  /**
   * Waits for the bundles and checks that they hold exactly the offer pages built in `distDir`
   * (`sourcePaths`, relative to it).
   */
  async write(distDir: string, sourcePaths: readonly string[]): Promise<SearchIndexStats> {
    // A site whose catalog was never asked for has no offer to index.
    if (!this.#indexing) this.take([]);
    const early = this.#seconds > 0;
    await this.#indexing;
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
    return { all: this.#fed.size, open: this.#openCount, seconds: this.#seconds, early };
  }
}

/** The pages this build must have indexed: every published offer of the checked content. */
async function listPublishedOfferPages(): Promise<string[]> {
  const { offers } = await getCheckedContent();
  return offers
    .filter((entry) => !entry.data.draft)
    .map((entry) => `offres/${entry.slug}/index.html`)
    .sort();
}

function isSearchSkipped(): boolean {
  return process.env['OFFRES_SKIP_SEARCH'] === '1';
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
        const creating = listPublishedOfferPages().then((pages) =>
          SearchIndexer.create(pages.length, outDir),
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
        try {
          if (!indexer) throw new PagefindError('index', ['aucun index créé']);
          const live = await indexer;
          const stats = await live.write(fileURLToPath(dir), await listPublishedOfferPages());
          const waited = (performance.now() - started) / 1000;
          logStats(logger, stats, waited);
        } finally {
          indexer = undefined;
          await pagefind.close();
        }
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
