/**
 * The offer's PDF « fiche de poste »: getOfferPdf() returns its bytes, from the cache when
 * the sheet's content hash is known, else freshly drawn and stored.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getBuildSlots, type PdfWriteStats } from '../build-bridge.ts';
import type { OfferView } from '../catalog.ts';
import { paths } from '../site.ts';
import { getPdfCacheDir, openPdfCache, type PdfCache } from './cache.ts';
import { getFonts, SOURCE_URL as fontsSource } from './fonts.ts';
import { SOURCE_URL as flowSource } from './flow.ts';
import { SOURCE_URL as blocksSource } from './html-blocks.ts';
import { SOURCE_URL as layoutSource } from './layout.ts';
import { SOURCE_URL as pageOneSource } from './page-one.ts';
import { getOfferSheet, type OfferSheet, type SheetContext } from './offer-sheet.ts';
import { getPdfWorkerCount, WritePool } from './pool.ts';
import { getSheetCacheKey, runWriteJob, type WriteJob } from './write-job.ts';
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

/** What else decides the bytes: the code, the font parser and the font files. */
function getGeneratorId(): string {
  let fontkit = 'fontkit';
  try {
    const require = createRequire(import.meta.url);
    fontkit = `fontkit@${(require('fontkit/package.json') as { version: string }).version}`;
  } catch {
    // fontkit's exports may hide package.json: the code fingerprint still invalidates.
  }
  return `layout-${SHEET_LAYOUT_VERSION}/${getCodeFingerprint()}/${fontkit}/${getFonts().version}`;
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

/** What decides a sheet's bytes besides the sheet: made once per process. */
function getGenerator(): string {
  return (generatorId ??= getGeneratorId());
}

/** The sheet's cache key, the same as the build's workers make (getSheetCacheKey()). */
export function getSheetKey(sheet: ReturnType<typeof getOfferSheet>): string {
  return getSheetCacheKey(getGenerator(), sheet);
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

async function draw(sheet: OfferSheet): Promise<Uint8Array<ArrayBuffer>> {
  const started = performance.now();
  const bytes = await renderSheet(sheet);
  pdfStats.drawMs += performance.now() - started;
  return bytes;
}

export interface WriteOfferPdfsOptions extends OfferPdfOptions {
  /** The build's output dir: each sheet goes to `<outDir>/offres/<slug>/fiche.pdf`. */
  outDir: string;
  /** Worker threads; defaults to getPdfWorkerCount() (OFFRES_PDF_WORKERS). */
  workers?: number;
}

/**
 * Writes every offer's sheet into the output dir: copied from the cache when its content hash
 * is known, else drawn (on worker threads, in parallel with whatever the main thread does) and
 * stored. Rejects on the first sheet that cannot be made.
 */
export async function writeOfferPdfs(
  offers: readonly OfferView[],
  options: WriteOfferPdfsOptions,
): Promise<PdfWriteStats> {
  return (await startOfferPdfWrites(offers, options)).done;
}

/**
 * writeOfferPdfs() in two steps: resolves once the workers have loaded their code (a build
 * deletes its bundle chunks when the last route is rendered), with the writes under way.
 */
async function startOfferPdfWrites(
  offers: readonly OfferView[],
  options: WriteOfferPdfsOptions,
): Promise<{ done: Promise<PdfWriteStats> }> {
  const workers = Math.min(options.workers ?? getPdfWorkerCount(), offers.length);
  // The workers load their code while the jobs are prepared here.
  let pool: WritePool | undefined;
  if (workers > 0) {
    const { workerUrl, WORKER_FLAG } = await import('./worker.ts');
    pool = new WritePool(workerUrl, workers, WORKER_FLAG);
  }
  let jobs: WriteJob[];
  try {
    const cacheDir = getCache(options).dir;
    const generator = getGenerator();
    jobs = offers.map((offer, id) => ({
      id,
      sheet: getOfferSheet(offer, options),
      cacheDir,
      generatorId: generator,
      outFile: path.join(options.outDir, ...paths.offerPdf(offer.slug).split('/')),
    }));
  } catch (error) {
    await pool?.close();
    throw error;
  }
  const summarise = (drawnFlags: boolean[]): PdfWriteStats => {
    const drawn = drawnFlags.filter(Boolean).length;
    pdfStats.drawn += drawn;
    pdfStats.cached += jobs.length - drawn;
    return { drawn, cached: jobs.length - drawn, files: jobs.map((job) => job.outFile) };
  };
  if (!pool) {
    const inline = async () => {
      const drawnFlags: boolean[] = [];
      for (const job of jobs) drawnFlags.push(await runWriteJob(job));
      return summarise(drawnFlags);
    };
    return { done: inline() };
  }
  try {
    await pool.ready();
  } catch (error) {
    await pool.close();
    throw error;
  }
  const running = pool;
  const done = Promise.all(jobs.map((job) => running.run(job))).finally(() => running.close());
  return { done: done.then(summarise) };
}

/**
 * In `astro build` with the PDF integration (src/integrations/pdf.ts): starts writing every
 * sheet straight into the output dir and returns true; the integration awaits the writes when
 * the build is done. Ten thousand endpoint routes would each cost Astro a few milliseconds of
 * bookkeeping for bytes it only copies. Returns false elsewhere (dev server, tests), where the
 * endpoint serves each sheet with getOfferPdf().
 */
export async function startBuildPdfWrites(
  offers: readonly OfferView[],
  context: SheetContext,
): Promise<boolean> {
  const slot = getBuildSlots().pdf;
  if (!slot) return false;
  if (!slot.writes) {
    const started = await startOfferPdfWrites(offers, { ...context, outDir: slot.outDir });
    slot.writes = started.done;
    // Failures surface when the integration awaits; don't report them twice as unhandled.
    slot.writes.catch(() => undefined);
  }
  return true;
}

export async function getOfferPdf(
  offer: OfferView,
  options: OfferPdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const store = getCache(options);
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
