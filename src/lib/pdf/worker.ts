/**
 * One sheet's way into the build output, run by the PDF pool's worker threads (index.ts):
 * copied from the verified cache when its key is there, else drawn, stored and written. The
 * output file is always a copy: `dist/` never shares storage with the cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PdfCache, hashKey } from './cache.ts';
import type { OfferSheet } from './offer-sheet.ts';
import { renderSheet, type SheetFonts } from './render-sheet.ts';

export interface SheetJob {
  sheet: OfferSheet;
  /** What else decides the bytes: the drawing code, its libraries and the font files (index.ts). */
  generatorId: string;
  /** Font files; the default font when absent. */
  fonts?: SheetFonts | undefined;
  cacheDir: string;
  /** The file to write in the build output; none: only make sure the cache holds the sheet. */
  outFile?: string | undefined;
}

/** A sheet's cache key: a hash of everything printed on it and of what draws it. */
export function getSheetCacheKey(generatorId: string, sheet: OfferSheet): string {
  return hashKey([generatorId, sheet]);
}

const caches = new Map<string, PdfCache>();

/** Writes the job's file; resolves with true when the sheet had to be drawn. */
export default async function writeSheet(job: SheetJob): Promise<boolean> {
  let cache = caches.get(job.cacheDir);
  if (!cache) caches.set(job.cacheDir, (cache = new PdfCache(job.cacheDir)));
  const key = getSheetCacheKey(job.generatorId, job.sheet);
  let bytes: Uint8Array | undefined = cache.get(key);
  const drawn = bytes === undefined;
  if (bytes === undefined) {
    bytes = await renderSheet(job.sheet, { fonts: job.fonts });
    cache.set(key, bytes);
  }
  if (job.outFile !== undefined) {
    fs.mkdirSync(path.dirname(job.outFile), { recursive: true });
    fs.writeFileSync(job.outFile, bytes);
  }
  return drawn;
}
