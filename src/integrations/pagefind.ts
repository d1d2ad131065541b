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
import { OPEN_OFFER_MARKER, SEARCH_BUNDLES, SEARCH_UI_SCRIPT } from '../lib/search.ts';

export interface PagefindOptions {
  /** Offer pages, relative to the output dir: only they carry `data-pagefind-body`. */
  glob?: string;
  /** Fragments (one per result shown) per file in the full bundle; 1 = one file each. */
  fragmentsPerFile?: number;
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

export async function writeSearchIndexes(
  distDir: string,
  options: PagefindOptions = {},
): Promise<SearchIndexStats> {
  const sourcePaths = fs.globSync(options.glob ?? DEFAULT_GLOB, { cwd: distDir }).sort();
  const perFile = options.fragmentsPerFile ?? FRAGMENTS_PER_FILE;
  try {
    const all = await createIndex(Math.max(1, Math.ceil(sourcePaths.length / perFile)));
    const open = await createIndex();
    let openCount = 0;
    // One read per page, streamed into both indexes: pages never pile up in memory.
    await eachConcurrently(sourcePaths, async (sourcePath) => {
      const html = fs.readFileSync(path.join(distDir, sourcePath), 'utf8');
      if (!html.includes('data-pagefind-body')) {
        throw new PagefindError(sourcePath, [
          'pas de data-pagefind-body : la page serait indexée en entier',
        ]);
      }
      const content = toIndexableHtml(html);
      const isOpen = html.includes(OPEN_OFFER_MARKER);
      if (isOpen) openCount += 1;
      await Promise.all([
        addPage(all, sourcePath, content),
        isOpen ? addPage(open, sourcePath, content) : undefined,
      ]);
    });
    // Both at once: Pagefind writes each index on one core, the machine has more.
    await Promise.all([
      writeBundle(all, distDir, { dir: SEARCH_BUNDLES.all.dir, withUi: false }, sourcePaths.length),
      writeBundle(open, distDir, { dir: SEARCH_BUNDLES.open.dir, withUi: true }, openCount),
    ]);
    return { all: sourcePaths.length, open: openCount };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'offres:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Quick builds that don't need search (like OFFRES_SKIP_PDF for the PDFs).
        if (process.env['OFFRES_SKIP_SEARCH'] === '1') {
          logger.warn(
            'OFFRES_SKIP_SEARCH=1 : pas d’index de recherche, /recherche/ ne trouvera rien',
          );
          return;
        }
        const started = performance.now();
        const stats = await writeSearchIndexes(fileURLToPath(dir), options);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logStats(logger, stats, seconds);
      },
    },
  };
}

function logStats(logger: AstroIntegrationLogger, stats: SearchIndexStats, seconds: string): void {
  logger.info(`${stats.all} offres indexées, dont ${stats.open} ouvertes, en ${seconds} s`);
}
