/**
 * Builds the search indexes after `astro build` through Pagefind's Node API, so that
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
import { OPEN_OFFER_MARKER, SEARCH_BUNDLES, SEARCH_UI_SCRIPT } from '../lib/search.ts';

export interface PagefindOptions {
  /** Offer pages, relative to the output dir: only they carry `data-pagefind-body`. */
  glob?: string;
}

const DEFAULT_GLOB = 'offres/*/index.html';

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

export interface SearchIndexStats {
  /** Offers in the full bundle. */
  all: number;
  /** Offers in the open-offers bundle. */
  open: number;
  /** Pages indexed from the files Astro copied from the previous build. */
  reused: number;
}

/**
 * Pagefind splits words at ASCII punctuation only, so the typographic apostrophe that French
 * text uses (and our Markdown renderer produces) glues article and noun: « d’élus » is indexed
 * as « délus » and « d’elus », never « élus ». The indexer gets an ASCII apostrophe in the text
 * (not in attributes, which hold the result metadata shown to visitors); pages are unchanged.
 */
export function toIndexableHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<') ? part : part.replace(/’|&rsquo;|&#8217;|&#x2019;/gi, "'"),
    )
    .join('');
}

/** Runs `task` over `items` with a few calls in flight, so Pagefind never waits for Node. */
async function eachConcurrently<T>(
  items: readonly T[],
  task: (item: T) => Promise<void>,
): Promise<void> {
  const inFlight = 8;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

async function addPage(
  index: pagefind.PagefindIndex,
  sourcePath: string,
  content: string,
): Promise<void> {
  const added = await index.addHTMLFile({ sourcePath, content });
  check(`addHTMLFile ${sourcePath}`, added.errors);
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

/**
 * Both search indexes, fed one offer page at a time. Pages can arrive while Astro is still
 * rendering (see the middleware), so that Pagefind, a separate process, indexes on another
 * core meanwhile; write() then only has the bundles left to write.
 *
 * Pagefind numbers pages in the order it receives them, and its files depend on that order.
 * Given the route's order (expect()), the indexer feeds pages in that order whatever order they
 * arrive in: two pages rendered at once may finish in either order, and pages Astro copies
 * from the previous build only arrive at write(). Same content, same bundles.
 */
class SearchIndexer {
  readonly #all: pagefind.PagefindIndex;
  readonly #open: pagefind.PagefindIndex;
  readonly #added = new Set<string>();
  readonly #pending: Promise<void>[] = [];
  /** The order pages are fed in, once known; pages that came early wait in #waiting. */
  #order: readonly string[] | undefined;
  #next = 0;
  readonly #waiting = new Map<string, string>();
  #openCount = 0;
  #failure: Error | undefined;
  /** Pages read from their files at write() (copied from the previous build). */
  reused = 0;

  private constructor(all: pagefind.PagefindIndex, open: pagefind.PagefindIndex) {
    this.#all = all;
    this.#open = open;
  }

  static async create(expectedPages?: number): Promise<SearchIndexer> {
    const perFile = FRAGMENTS_PER_FILE;
    const all = await createIndex(
      expectedPages === undefined ? undefined : Math.max(1, Math.ceil(expectedPages / perFile)),
    );
    return new SearchIndexer(all, await createIndex());
  }

  get size(): number {
    return this.#added.size;
  }

  /** The order to feed pages in (`sourcePath`s); only before the first page is added. */
  expect(sourcePaths: readonly string[]): void {
    if (this.#order !== undefined || this.#added.size > 0) return;
    this.#order = sourcePaths;
  }

  /**
   * Adds an offer page; `sourcePath` relative to the output dir (`offres/<slug>/index.html`).
   * Resolves once Pagefind has it (or, when it waits for its turn, at once).
   */
  add(sourcePath: string, html: string): Promise<void> {
    const refused = this.#added.has(sourcePath)
      ? 'page indexée deux fois'
      : html.includes('data-pagefind-body')
        ? undefined
        : 'pas de data-pagefind-body : la page serait indexée en entier';
    this.#added.add(sourcePath);
    if (refused !== undefined) {
      const error = new PagefindError(sourcePath, [refused]);
      this.#failure ??= error;
      return Promise.reject(error);
    }
    if (this.#order === undefined) return this.#feed(sourcePath, html);
    this.#waiting.set(sourcePath, html);
    let fed: Promise<void> = Promise.resolve();
    while (this.#next < this.#order.length) {
      const next = this.#order[this.#next]!;
      const waiting = this.#waiting.get(next);
      if (waiting === undefined) break;
      this.#waiting.delete(next);
      this.#next++;
      fed = this.#feed(next, waiting);
    }
    return fed;
  }

  #feed(sourcePath: string, html: string): Promise<void> {
    const content = toIndexableHtml(html);
    const isOpen = html.includes(OPEN_OFFER_MARKER);
    if (isOpen) this.#openCount += 1;
    const task = Promise.all([
      addPage(this.#all, sourcePath, content),
      isOpen ? addPage(this.#open, sourcePath, content) : undefined,
    ]).then(() => undefined);
    task.catch((error: unknown) => {
      this.#failure ??=
        error instanceof Error ? error : new PagefindError(sourcePath, ['échec de l’indexation']);
    });
    this.#pending.push(task);
    return task;
  }

  /** Waits for the pages added so far; throws the first indexing failure. */
  async #settle(): Promise<void> {
    await Promise.allSettled(this.#pending);
    if (this.#failure) throw this.#failure;
  }

  /**
   * Waits for every page; adds, from their files and in their turn, the offer pages Astro
   * copied from the previous build instead of rendering them (incremental build: no
   * middleware saw them); checks that the index holds exactly the offer pages of `distDir`
   * (`sourcePaths`); and writes both bundles.
   */
  async write(distDir: string, sourcePaths: readonly string[]): Promise<SearchIndexStats> {
    await this.#settle();
    const inOrder = new Set(this.#order ?? []);
    const fromFiles = [
      ...(this.#order ?? []).slice(this.#next),
      ...sourcePaths.filter((p) => !inOrder.has(p)),
    ].filter((p) => !this.#added.has(p) && fs.existsSync(path.join(distDir, p)));
    this.reused = fromFiles.length;
    // One file read per page, a few pages in flight: pages never pile up in memory.
    const inFlight: Promise<void>[] = [];
    for (const sourcePath of fromFiles) {
      inFlight.push(this.add(sourcePath, fs.readFileSync(path.join(distDir, sourcePath), 'utf8')));
      if (inFlight.length >= 8) await inFlight.shift();
    }
    await this.#settle();
    const missing = sourcePaths.filter((p) => !this.#added.has(p));
    const expected = new Set(sourcePaths);
    const extra = [...this.#added].filter((p) => !expected.has(p));
    if (missing.length > 0 || extra.length > 0) {
      throw new PagefindError('pages', [
        ...missing.slice(0, 5).map((p) => `${p} n'est pas indexée`),
        ...extra.slice(0, 5).map((p) => `${p} est indexée mais absente du site`),
      ]);
    }
    // Both at once: Pagefind writes each index on one core, the machine has more.
    await Promise.all([
      writeBundle(
        this.#all,
        distDir,
        { dir: SEARCH_BUNDLES.all.dir, withUi: false },
        this.#added.size,
      ),
      writeBundle(
        this.#open,
        distDir,
        { dir: SEARCH_BUNDLES.open.dir, withUi: true },
        this.#openCount,
      ),
    ]);
    return { all: this.#added.size, open: this.#openCount, reused: this.reused };
  }
}

/**
 * The offer pages of a built site, relative to its dir, sorted: `offres/<slug>/index.html`
 * (`/offres/2/` and so on are pages of the list of open offers, not offers).
 */
function listOfferPages(distDir: string, glob = DEFAULT_GLOB): string[] {
  return fs
    .globSync(glob, { cwd: distDir })
    .filter((file) => !/^offres\/\d+\//.test(file.split(path.sep).join('/')))
    .sort();
}

/** The pages this build must have indexed: every published offer of the checked content. */
async function listPublishedOfferPages(): Promise<string[]> {
  const { offers } = await getCheckedContent();
  return offers
    .filter((entry) => !entry.data.draft)
    .map((entry) => `offres/${entry.slug}/index.html`)
    .sort();
}

/** Indexes a built site's offer pages from its files (no indexing during rendering). */
export async function writeSearchIndexes(
  distDir: string,
  options: PagefindOptions = {},
): Promise<SearchIndexStats> {
  const sourcePaths = listOfferPages(distDir, options.glob);
  try {
    const indexer = await SearchIndexer.create(sourcePaths.length);
    // One read per page, a few in flight: pages never pile up in memory.
    await eachConcurrently(sourcePaths, (sourcePath) =>
      indexer.add(sourcePath, fs.readFileSync(path.join(distDir, sourcePath), 'utf8')),
    );
    return await indexer.write(distDir, sourcePaths);
  } finally {
    await pagefind.close();
  }
}

/** `/offres/<slug>/` → `offres/<slug>/index.html`, the page's file in the output dir. */
function toSourcePath(urlPath: string): string {
  return `${urlPath.replace(/^\/+/, '')}index.html`;
}

function isSearchSkipped(): boolean {
  return process.env['OFFRES_SKIP_SEARCH'] === '1';
}

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  let indexer: Promise<SearchIndexer> | undefined;
  return {
    name: 'offres:pagefind',
    hooks: {
      'astro:build:start': () => {
        if (isSearchSkipped() || options.glob) return;
        // Pagefind starts now and takes offer pages from the middleware as they are rendered.
        // Its fragment files are grouped by the number of offers the content check counted.
        const creating = getCheckedContent().then(({ offers }) =>
          SearchIndexer.create(offers.length),
        );
        creating.catch(() => undefined);
        indexer = creating;
        getBuildSlots().search = {
          expectPages(urlPaths) {
            const sourcePaths = urlPaths.map(toSourcePath);
            creating.then(
              (ready) => ready.expect(sourcePaths),
              () => undefined,
            );
          },
          addPage(urlPath, html) {
            // A failure is kept by the indexer and thrown at astro:build:done.
            creating.then(
              (ready) => ready.add(toSourcePath(urlPath), html).catch(() => undefined),
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
        const distDir = fileURLToPath(dir);
        let stats: SearchIndexStats;
        const live = indexer ? await indexer : undefined;
        indexer = undefined;
        if (live) {
          try {
            stats = await live.write(distDir, await listPublishedOfferPages());
          } finally {
            await pagefind.close();
          }
        } else {
          stats = await writeSearchIndexes(distDir, options);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logStats(logger, stats, seconds);
      },
    },
  };
}

function logStats(logger: AstroIntegrationLogger, stats: SearchIndexStats, seconds: string): void {
  const reused =
    stats.reused > 0 ? ` (${stats.reused} pages reprises de la construction précédente)` : '';
  logger.info(
    `${stats.all} offres indexées, dont ${stats.open} ouvertes, en ${seconds} s${reused}`,
  );
}
