/**
 * The offer's PDF « fiche de poste »: writeOfferPdfs() puts every sheet of a build into the
 * output dir, drawn on a pool of worker threads (piscina) or copied from the content-hash
 * cache; getOfferPdf() returns one sheet's bytes (the dev server's endpoint).
 *
 * A sheet's cache key is a hash of the sheet (everything printed on it: offer-sheet.ts) and of
 * the generator: every source file of this folder, the versions of the libraries that draw,
 * and the font files. Nothing is listed by hand, so no change to the drawing can serve a sheet
 * drawn by the previous code.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { OfferView } from '../catalog.ts';
import { CONFIG_DIGEST } from '../../config/digest.ts';
import { paths } from '../site.ts';
import { getPackageVersion } from '../outputs/cache-dir.ts';
import { PdfCache, getPdfCacheDir } from './cache.ts';
import { getOfferSheet, type SheetContext } from './offer-sheet.ts';
import { getDefaultSheetFonts } from './fonts.ts';
import { renderSheet, type SheetFonts } from './render-sheet.ts';
import writeSheet, { getSheetCacheKey, type SheetJob } from './worker.ts';

export { isPdfEnabled } from './options.ts';
export { getOfferSheet } from './offer-sheet.ts';
export type { OfferSheet, SheetContext } from './offer-sheet.ts';

const PDF_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Libraries whose version decides the bytes. */
const LIBRARIES = ['pdfkit', 'fontkit', 'qrcode', 'node-html-parser'];

const generatorIds = new Map<string, string>();

/**
 * Hash of the drawing code (this folder's sources), of the libraries that draw, of the font
 * files and of the configuration: what decides a sheet's bytes besides the sheet.
 */
export function getGeneratorId(fonts: SheetFonts = getDefaultSheetFonts()): string {
  const files = Object.values(fonts).filter((file): file is string => file !== undefined);
  const memo = files.join('\0');
  let id = generatorIds.get(memo);
  if (id !== undefined) return id;
  const hash = createHash('sha256');
  const sources = fs
    .readdirSync(PDF_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|js|json)$/.test(name))
    .sort();
  for (const name of sources)
    hash
      .update(name)
      .update('\0')
      .update(fs.readFileSync(path.join(PDF_DIR, name)));
  for (const name of LIBRARIES) hash.update(`${name}@${getPackageVersion(name)}\0`);
  for (const file of files) hash.update(fs.readFileSync(file));
  // The configuration gives the brand colour and the site's name.
  hash.update(CONFIG_DIGEST);
  id = hash.digest('hex').slice(0, 32);
  generatorIds.set(memo, id);
  return id;
}

/** The sheet's cache key, the same as the build's workers make. */
export function getSheetKey(sheet: ReturnType<typeof getOfferSheet>, fonts?: SheetFonts): string {
  return getSheetCacheKey(getGeneratorId(fonts), sheet);
}

/**
 * Worker threads for the sheets: OFFRES_PDF_WORKERS when set (0 draws on the calling thread),
 * else one per core, at most 4.
 */
export function getPdfWorkerCount(env: Record<string, string | undefined> = process.env): number {
  const configured = env['OFFRES_PDF_WORKERS'];
  if (configured !== undefined && configured.trim() !== '') {
    const count = Number(configured);
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`OFFRES_PDF_WORKERS invalide : « ${configured} »`);
    return count;
  }
  return Math.min(os.availableParallelism(), 4);
}

export interface PdfWriteStats {
  /** Sheets drawn in this build. */
  drawn: number;
  /** Sheets copied from the cache. */
  cached: number;
}

export interface WriteOfferPdfsOptions extends SheetContext {
  /** Font files; the default font when absent. */
  fonts?: SheetFonts | undefined;
  /**
   * The build's output dir: each sheet goes to `<outDir>/offres/<slug>/fiche.pdf`. None: the
   * sheets are only drawn into the cache (ahead of the output dir, while the pages render).
   */
  outDir?: string | undefined;
  /** Defaults to getPdfCacheDir() (OFFRES_CACHE_DIR). */
  cacheDir?: string;
  /** Defaults to getPdfWorkerCount(). */
  workers?: number;
}

/** Writes every offer's sheet into the output dir; rejects on the first sheet that fails. */
export async function writeOfferPdfs(
  offers: readonly OfferView[],
  options: WriteOfferPdfsOptions,
): Promise<PdfWriteStats> {
  const cacheDir = options.cacheDir ?? getPdfCacheDir();
  const jobs: SheetJob[] = offers.map((offer) => ({
    sheet: getOfferSheet(offer, options),
    generatorId: getGeneratorId(options.fonts),
    fonts: options.fonts,
    cacheDir,
    outFile:
      options.outDir === undefined
        ? undefined
        : path.join(options.outDir, ...paths.offerPdf(offer.slug).split('/')),
  }));
  const workers = Math.min(options.workers ?? getPdfWorkerCount(), jobs.length);
  let drawnFlags: boolean[];
  if (workers === 0) {
    drawnFlags = [];
    for (const job of jobs) drawnFlags.push(await writeSheet(job));
  } else {
    const pool = new Piscina<SheetJob, boolean>({
      filename: new URL('./worker.ts', import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
    });
    try {
      drawnFlags = await Promise.all(
        jobs.map((job) =>
          pool.run(job).catch((error: unknown) => {
            throw new Error(`fiche PDF de ${job.sheet.slug} : ${String(error)}`, { cause: error });
          }),
        ),
      );
    } finally {
      await pool.destroy();
    }
  }
  const drawn = drawnFlags.filter(Boolean).length;
  return { drawn, cached: jobs.length - drawn };
}

let devCache: PdfCache | undefined;

/** One sheet's bytes, from the cache or freshly drawn and stored (the dev server's endpoint). */
export async function getOfferPdf(
  offer: OfferView,
  context: SheetContext & { cacheDir?: string; fonts?: SheetFonts | undefined },
): Promise<Uint8Array> {
  const cache = context.cacheDir
    ? new PdfCache(context.cacheDir)
    : (devCache ??= new PdfCache(getPdfCacheDir()));
  const sheet = getOfferSheet(offer, context);
  const key = getSheetKey(sheet, context.fonts);
  const cached = cache.get(key);
  if (cached) return cached;
  const bytes = await renderSheet(sheet, { fonts: context.fonts });
  cache.set(key, bytes);
  return bytes;
}
