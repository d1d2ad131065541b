/**
 * The offer's PDF « fiche de poste »: getOfferPdf() returns its bytes, from the cache when
 * the sheet's content hash is known, else freshly drawn and stored.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { OfferView } from '../catalog.ts';
import { getPdfCacheDir, hashKey, openPdfCache, type PdfCache } from './cache.ts';
import { getFonts, SOURCE_URL as fontsSource } from './fonts.ts';
import { SOURCE_URL as flowSource } from './flow.ts';
import { SOURCE_URL as blocksSource } from './html-blocks.ts';
import { SOURCE_URL as layoutSource } from './layout.ts';
import { SOURCE_URL as pageOneSource } from './page-one.ts';
import { SOURCE_URL as qrSource } from './qr.ts';
import { getOfferSheet, type OfferSheet, type SheetContext } from './offer-sheet.ts';
import { getPdfWorkerCount, SheetPool } from './pool.ts';
import { renderSheet, SOURCE_URL as renderSource } from './render-sheet.ts';
import { SOURCE_URL as sectionsSource } from './sections.ts';

export { isPdfEnabled } from './options.ts';
export { getOfferSheet } from './offer-sheet.ts';
export type { OfferSheet, SheetContext } from './offer-sheet.ts';

/** Bump to redraw every cached PDF (code changes already do, through getCodeFingerprint()). */
export const SHEET_LAYOUT_VERSION = 1;

/** The drawing code's modules; getBundledSources() names the same files. */
const DRAWING_MODULES = [
  renderSource,
  layoutSource,
  flowSource,
  pageOneSource,
  sectionsSource,
  blocksSource,
  qrSource,
  fontsSource,
];

/**
 * Source text of the drawing code, inlined by Vite when the site is built. Hashing the bundle
 * chunks that hold the code instead would redraw every PDF after any content edit: a chunk
 * names the chunks it imports by content hash, and the data store is one of them. Under plain
 * Node (unit tests) `import.meta.glob` does not exist and undefined is returned.
 */
function getBundledSources(): Record<string, string> | undefined {
  try {
    return import.meta.glob<string>(
      [
        './render-sheet.ts',
        './layout.ts',
        './flow.ts',
        './page-one.ts',
        './sections.ts',
        './html-blocks.ts',
        './qr.ts',
        './fonts.ts',
      ],
      { query: '?raw', import: 'default', eager: true },
    );
  } catch {
    return undefined;
  }
}

/**
 * A hash of the drawing code (its source text), so that changing the layout can never serve
 * PDFs drawn by the previous code.
 */
function getCodeFingerprint(): string {
  const hash = createHash('sha256');
  const bundled = getBundledSources();
  if (bundled !== undefined) {
    if (Object.keys(bundled).length !== DRAWING_MODULES.length)
      throw new Error('src/lib/pdf/index.ts : getBundledSources() et DRAWING_MODULES diffèrent');
    for (const name of Object.keys(bundled).sort()) hash.update(name).update(bundled[name] ?? '');
    return hash.digest('hex').slice(0, 16);
  }
  for (const url of new Set(DRAWING_MODULES)) {
    try {
      hash.update(fs.readFileSync(fileURLToPath(url)));
    } catch {
      hash.update(url);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** What else decides the bytes: the code, the PDF library and the font files. */
function getGeneratorId(): string {
  let pdfkit = 'pdfkit';
  try {
    const require = createRequire(import.meta.url);
    pdfkit = `pdfkit@${(require('pdfkit/package.json') as { version: string }).version}`;
  } catch {
    // pdfkit's exports may hide package.json: the code fingerprint still invalidates.
  }
  return `layout-${SHEET_LAYOUT_VERSION}/${getCodeFingerprint()}/${pdfkit}/${getFonts().version}`;
}

export interface PdfStats {
  /** Sheets drawn in this process (on workers or not). */
  drawn: number;
  /** Sheets copied from the cache. */
  cached: number;
  /** Time spent drawing on the main thread. */
  drawMs: number;
}

/** Counters for the build log and the benchmark. */
export const pdfStats: PdfStats = { drawn: 0, cached: 0, drawMs: 0 };

let cache: PdfCache | undefined;
let generatorId: string | undefined;

/** The sheet's cache key: a hash of everything printed on it and of the generator. */
export function getSheetKey(sheet: ReturnType<typeof getOfferSheet>): string {
  generatorId ??= getGeneratorId();
  return hashKey([generatorId, sheet]);
}

export interface OfferPdfOptions extends SheetContext {
  /** Cache directory; defaults to getPdfCacheDir() (OFFRES_CACHE_DIR). */
  cacheDir?: string;
}

function getCache(options: OfferPdfOptions): PdfCache {
  return options.cacheDir
    ? openPdfCache(options.cacheDir)
    : (cache ??= openPdfCache(getPdfCacheDir()));
}

/** Sheets being drawn by the pool, by slug, until their endpoint takes them. */
const prefetched = new Map<string, { key: string; bytes: Promise<Uint8Array<ArrayBuffer>> }>();
let pool: SheetPool | undefined;

async function draw(sheet: OfferSheet): Promise<Uint8Array<ArrayBuffer>> {
  const started = performance.now();
  const bytes = await renderSheet(sheet);
  pdfStats.drawMs += performance.now() - started;
  return bytes;
}

/**
 * Starts drawing, on worker threads, the sheets of `offers` that the cache lacks, in order, so
 * that they are ready when the endpoint asks for them with getOfferPdf(). A build-time
 * optimisation only: without it, getOfferPdf() draws on the calling thread.
 */
export async function prefetchOfferPdfs(
  offers: readonly OfferView[],
  options: OfferPdfOptions,
): Promise<void> {
  const workers = getPdfWorkerCount();
  if (workers === 0) return;
  const store = getCache(options);
  const missing: { slug: string; key: string; sheet: OfferSheet }[] = [];
  for (const offer of offers) {
    const sheet = getOfferSheet(offer, options);
    const key = getSheetKey(sheet);
    if (!store.has(key)) missing.push({ slug: offer.slug, key, sheet });
  }
  if (missing.length === 0) return;
  if (!pool) {
    const { workerUrl, WORKER_FLAG } = await import('./worker.ts');
    pool = new SheetPool(workerUrl, Math.min(workers, missing.length), WORKER_FLAG);
  }
  for (const { slug, key, sheet } of missing) {
    const bytes = pool.render(sheet);
    // Failures surface when the endpoint awaits; don't report them twice as unhandled.
    bytes.catch(() => undefined);
    prefetched.set(slug, { key, bytes });
  }
}

export async function getOfferPdf(
  offer: OfferView,
  options: OfferPdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const store = getCache(options);
  const ahead = prefetched.get(offer.slug);
  if (ahead) {
    prefetched.delete(offer.slug);
    pool?.taken();
    const bytes = await ahead.bytes;
    pdfStats.drawn += 1;
    store.set(ahead.key, bytes);
    if (prefetched.size === 0) void closePool();
    return bytes;
  }
  const sheet = getOfferSheet(offer, options);
  const key = getSheetKey(sheet);
  const cached = store.get(key);
  if (cached) {
    pdfStats.cached += 1;
    return cached;
  }
  const bytes = await draw(sheet);
  pdfStats.drawn += 1;
  store.set(key, bytes);
  return bytes;
}

async function closePool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.close();
}
