/**
 * Builds the search indexes after `astro build` through Pagefind's Node API, so that
 * `npm run build` stays `astro build` and a broken index fails the build instead of shipping
 * a search that silently finds nothing. (The `astro-pagefind` integration only logs errors.)
 *
 * Two bundles (see SEARCH_BUNDLES): every offer, and the open offers alone.
 */
import { createHash } from 'node:crypto';
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
  /** Whether copies read early proved different from the output, so all was indexed again. */
  redone: boolean;
  /** Whether the bundles were written while Astro was still rendering (see #writeEarly). */
  early: boolean;
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

/** Where the element opening at `start` ends (after its closing tag), nesting counted. */
function findElementEnd(html: string, start: number): number {
  const name = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start, start + 16))?.[1];
  if (name === undefined) return -1;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

const SEARCH_ATTRIBUTES = /<[a-z][a-z0-9]*\b[^>]*\bdata-pagefind-(?:body|meta|filter|sort)\b/gi;

/**
 * What Pagefind reads of an offer page, as a small page of its own: the elements carrying
 * `data-pagefind-*` attributes (body, metadata, filters, sort keys), outermost ones whole, in
 * page order. Pagefind indexes it exactly as the page (same text, weights, anchors, metadata,
 * so the same bundles) but gets a third of the bytes: no head, header, aside, JSON-LD or footer.
 * Sending and parsing those was a quarter of its work. Returns the page unchanged if an element
 * cannot be delimited.
 */
export function toSearchRecord(html: string): string {
  const parts: string[] = [];
  let end = 0;
  for (const match of html.matchAll(SEARCH_ATTRIBUTES)) {
    if (match.index < end) continue; // inside an element already kept
    end = findElementEnd(html, match.index);
    if (end < 0) return html;
    parts.push(html.slice(match.index, end));
  }
  return `<!DOCTYPE html><html lang="fr"><head></head><body>${parts.join('')}</body></html>`;
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

function hashOf(html: string): string {
  return createHash('sha256').update(html).digest('base64url');
}

/** The offer page route, as Astro's incremental build names it in its manifest. */
const OFFER_ROUTE_COMPONENT = 'src/pages/offres/[slug]/index.astro';

interface IncrementalManifest {
  version?: number;
  routes?: Record<string, { paths?: Record<string, { cacheKey?: string; outputFile?: string }> }>;
}

/**
 * Offer pages that Astro's incremental build (`experimental.incrementalBuild`) will copy from
 * its cache rather than render: those whose `cacheKey` is the one the previous build recorded
 * in `<cacheDir>/incremental-build.json`, with their copy under `<cacheDir>/dist/`. Returns
 * `sourcePath` → cached file. An unknown manifest gives nothing; a guess that proves wrong
 * (the code changed, so Astro renders them after all) is caught by SearchIndexer.
 */
function findIncrementalCopies(
  cacheDir: string,
  pages: readonly { urlPath: string; cacheKey: string }[],
): Map<string, string> {
  const copies = new Map<string, string>();
  let manifest: IncrementalManifest;
  try {
    manifest = JSON.parse(
      fs.readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8'),
    ) as IncrementalManifest;
  } catch {
    return copies;
  }
  if (manifest.version !== 1) return copies;
  const recorded = manifest.routes?.[OFFER_ROUTE_COMPONENT]?.paths ?? {};
  for (const { urlPath, cacheKey } of pages) {
    const entry = recorded[urlPath];
    if (entry?.cacheKey !== cacheKey || typeof entry.outputFile !== 'string') continue;
    const file = path.join(cacheDir, 'dist', entry.outputFile);
    if (fs.existsSync(file)) copies.set(toSourcePath(urlPath), file);
  }
  return copies;
}

/**
 * Both search indexes, fed one offer page at a time. Pages can arrive while Astro is still
 * rendering (see the middleware), so that Pagefind, a separate process, indexes on another
 * core meanwhile; write() then only has the bundles left to write.
 *
 * Pagefind numbers pages in the order it receives them, and its files depend on that order.
 * Given the route's order (expect()), the indexer feeds pages in that order whatever order they
 * arrive in: two pages rendered at once may finish in either order. Pages that Astro's
 * incremental build will copy from its cache instead of rendering never reach the middleware:
 * the indexer reads them from that cache in their turn, while the other pages render, and
 * checks at write() that each is the page Astro put in the output dir. Should any differ (say
 * the site's code changed, so Astro rendered them again), both indexes are made again from
 * the output dir's files: slower, never wrong. Same content, same bundles.
 */
class SearchIndexer {
  #all: pagefind.PagefindIndex;
  #open: pagefind.PagefindIndex;
  readonly #expectedPages: number | undefined;
  #added = new Set<string>();
  #pending: Promise<void>[] = [];
  /** The order pages are fed in, once known; pages that came early wait in #waiting. */
  #order: readonly string[] | undefined;
  #next = 0;
  #waiting = new Map<string, string>();
  /** Pages the incremental build will copy: their cached file. */
  #copies = new Map<string, string>();
  /** Pages fed from #copies, with a hash of what was fed. */
  #fedCopies = new Map<string, string>();
  #copiesWrong = false;
  /** Set by write(): missing pages are read from the output dir. */
  #distDir: string | undefined;
  #pumping: Promise<void> | undefined;
  #wake = false;
  /** Where to write the bundles as soon as the route's last page is in (see #writeEarly). */
  readonly #earlyDir: string | undefined;
  /** The early write, if it started: true once both bundles are written. */
  #early: Promise<boolean> | undefined;
  #openCount = 0;
  #failure: Error | undefined;
  /** Pages fed from files rather than the middleware (copied from the previous build). */
  reused = 0;
  /** Whether write() had to index everything again from the output dir. */
  redone = false;

  private constructor(
    all: pagefind.PagefindIndex,
    open: pagefind.PagefindIndex,
    expectedPages: number | undefined,
    earlyDir: string | undefined,
  ) {
    this.#all = all;
    this.#open = open;
    this.#expectedPages = expectedPages;
    this.#earlyDir = earlyDir;
  }

  /**
   * `earlyDir`: the output dir, to write the bundles there as soon as every page of the route's
   * order is indexed, while Astro renders the other routes and the PDFs are drawn; write() then
   * only checks. Without it, write() writes.
   */
  static async create(expectedPages?: number, earlyDir?: string): Promise<SearchIndexer> {
    const [all, open] = await SearchIndexer.#createIndexes(expectedPages);
    return new SearchIndexer(all, open, expectedPages, earlyDir);
  }

  static async #createIndexes(
    expectedPages: number | undefined,
  ): Promise<[pagefind.PagefindIndex, pagefind.PagefindIndex]> {
    const perFile = FRAGMENTS_PER_FILE;
    const all = await createIndex(
      expectedPages === undefined ? undefined : Math.max(1, Math.ceil(expectedPages / perFile)),
    );
    return [all, await createIndex()];
  }

  /**
   * The order to feed pages in (`sourcePath`s), and the pages the incremental build will copy
   * (`sourcePath` → cached file); only before the first page is added.
   */
  expect(sourcePaths: readonly string[], copies = new Map<string, string>()): void {
    if (this.#order !== undefined || this.#added.size > 0) return;
    this.#order = sourcePaths;
    this.#copies = copies;
    void this.#pump();
  }

  /**
   * Adds an offer page; `sourcePath` relative to the output dir (`offres/<slug>/index.html`).
   * Without an order, resolves once Pagefind has it; with one, the page waits for its turn.
   */
  add(sourcePath: string, html: string): Promise<void> {
    if (this.#fedCopies.has(sourcePath)) {
      // Rendered after all: the copy fed in its place may differ (see the class comment).
      this.#copiesWrong = true;
      return Promise.resolve();
    }
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
    void this.#pump();
    return Promise.resolve();
  }

  /**
   * Feeds the pages whose turn has come, reading copies and (at write()) files as needed. One
   * pump runs at a time; a call while it runs makes it look again before it stops.
   */
  #pump(): Promise<void> {
    this.#wake = true;
    this.#pumping ??= this.#runPump().finally(() => {
      this.#pumping = undefined;
      if (this.#wake) void this.#pump();
      else this.#writeEarly();
    });
    return this.#pumping;
  }

  async #runPump(): Promise<void> {
    const order = this.#order ?? [];
    const inFlight: Promise<void>[] = [];
    try {
      while (this.#wake) {
        this.#wake = false;
        while (this.#next < order.length) {
          const next = order[this.#next]!;
          let html = this.#waiting.get(next);
          if (html !== undefined) {
            this.#waiting.delete(next);
          } else if (this.#added.has(next)) {
            break; // refused: write() reports it.
          } else {
            const copy = this.#copies.get(next);
            const file =
              copy ?? (this.#distDir !== undefined ? path.join(this.#distDir, next) : undefined);
            if (file === undefined || !fs.existsSync(file)) break;
            html = await fs.promises.readFile(file, 'utf8');
            if (this.#added.has(next)) continue; // the page itself came meanwhile
            this.#added.add(next);
            if (copy !== undefined) this.#fedCopies.set(next, hashOf(html));
            this.reused++;
          }
          this.#next++;
          inFlight.push(this.#feed(next, html));
          if (inFlight.length >= 8) await inFlight.shift()!.catch(() => undefined);
        }
      }
    } catch (error) {
      this.#wake = false;
      this.#failure ??= error instanceof Error ? error : new PagefindError('lecture', []);
    }
  }

  #feed(sourcePath: string, html: string): Promise<void> {
    const content = toIndexableHtml(toSearchRecord(html));
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

  /**
   * Writes both bundles once the route's order is all fed, before write() is called: Pagefind's
   * writing (a fifth of its work, on one core) then overlaps the rest of the build instead of
   * ending it. write() checks afterwards and, should anything differ, indexes and writes again.
   */
  #writeEarly(): void {
    const order = this.#order;
    const dir = this.#earlyDir;
    if (this.#early || !dir || this.#distDir !== undefined) return;
    if (!order || order.length === 0 || this.#next < order.length) return;
    this.#early = Promise.allSettled(this.#pending).then(async () => {
      if (this.#failure) return false;
      await this.#writeBundles(dir);
      return true;
    });
    this.#early.catch(() => undefined);
  }

  /** Both at once: Pagefind writes each index on one core, the machine has more. */
  async #writeBundles(distDir: string): Promise<void> {
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
  }

  /** Waits for the pages fed so far; throws the first indexing failure. */
  async #settle(): Promise<void> {
    while (this.#pumping) await this.#pumping;
    await Promise.allSettled(this.#pending);
    if (this.#failure) throw this.#failure;
  }

  /** Whether every copy fed from the cache is the page now in the output dir. */
  #copiesMatch(distDir: string): boolean {
    if (this.#copiesWrong) return false;
    for (const [sourcePath, hash] of this.#fedCopies) {
      const file = path.join(distDir, sourcePath);
      if (!fs.existsSync(file) || hashOf(fs.readFileSync(file, 'utf8')) !== hash) return false;
    }
    return true;
  }

  /** Drops both indexes and starts again, every page to be read from the output dir. */
  async #restart(distDir: string): Promise<void> {
    // Already deleted if written early; bundles written early are stale.
    await Promise.all([this.#all.deleteIndex(), this.#open.deleteIndex()]).catch(() => undefined);
    for (const bundle of [SEARCH_BUNDLES.all, SEARCH_BUNDLES.open])
      fs.rmSync(path.join(distDir, bundle.dir), { recursive: true, force: true });
    this.#early = undefined;
    [this.#all, this.#open] = await SearchIndexer.#createIndexes(this.#expectedPages);
    this.#added = new Set();
    this.#pending = [];
    this.#next = 0;
    this.#waiting = new Map();
    this.#copies = new Map();
    this.#fedCopies = new Map();
    this.#copiesWrong = false;
    this.#openCount = 0;
    this.reused = 0;
  }

  /**
   * Waits for every page; adds, from their files and in their turn, the offer pages Astro
   * copied from the previous build without a cached copy read earlier; checks that the copies
   * fed early are the pages in `distDir` (else indexes everything again from the files) and
   * that the index holds exactly the offer pages of `distDir` (`sourcePaths`); and writes both
   * bundles.
   */
  async write(distDir: string, sourcePaths: readonly string[]): Promise<SearchIndexStats> {
    this.#distDir = distDir;
    await this.#pump();
    await this.#settle();
    // An early write still under way ends first: a restart deletes the indexes it writes.
    let writtenEarly = this.#early ? await this.#early : false;
    const listed = (p: string): boolean =>
      this.#added.has(p) || !fs.existsSync(path.join(distDir, p));
    const copiesWrong = !this.#copiesMatch(distDir);
    // Bundles written early elsewhere, or lacking pages, are written again.
    const earlyWrong =
      writtenEarly &&
      (path.resolve(this.#earlyDir ?? '') !== path.resolve(distDir) || !sourcePaths.every(listed));
    if (copiesWrong || earlyWrong) {
      if (copiesWrong) this.redone = true;
      await this.#restart(distDir);
      await this.#pump();
      await this.#settle();
      writtenEarly = false;
    }
    // Offer pages the route's order did not list (or no order at all): from their files.
    const unlisted = sourcePaths.filter((p) => !listed(p));
    for (const sourcePath of unlisted) {
      this.reused++;
      await this.#feed(sourcePath, fs.readFileSync(path.join(distDir, sourcePath), 'utf8'));
      this.#added.add(sourcePath);
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
    if (!writtenEarly) await this.#writeBundles(distDir);
    return {
      all: this.#added.size,
      open: this.#openCount,
      reused: this.reused,
      redone: this.redone,
      early: writtenEarly,
    };
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
  /** Astro's cache dir, when its incremental build is on. */
  let incrementalCacheDir: string | undefined;
  let outDir: string | undefined;
  return {
    name: 'offres:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        incrementalCacheDir = config.experimental.incrementalBuild
          ? fileURLToPath(config.cacheDir)
          : undefined;
      },
      'astro:build:start': () => {
        if (isSearchSkipped() || options.glob) return;
        // Pagefind starts now and takes offer pages from the middleware as they are rendered.
        // Its fragment files are grouped by the number of offers the content check counted.
        const creating = getCheckedContent().then(({ offers }) =>
          SearchIndexer.create(offers.length, outDir),
        );
        creating.catch(() => undefined);
        indexer = creating;
        getBuildSlots().search = {
          expectPages(pages) {
            const sourcePaths = pages.map(({ urlPath }) => toSourcePath(urlPath));
            const copies =
              incrementalCacheDir === undefined
                ? new Map<string, string>()
                : findIncrementalCopies(incrementalCacheDir, pages);
            creating.then(
              (ready) => ready.expect(sourcePaths, copies),
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
  const when = stats.early ? ' (index écrits pendant le rendu des pages)' : '';
  logger.info(
    `${stats.all} offres indexées, dont ${stats.open} ouvertes, en ${seconds} s${reused}${when}`,
  );
  if (stats.redone)
    logger.info(
      'pages copiées du cache différentes de celles construites (code ou réglages changés) : index refait à partir des pages',
    );
}
