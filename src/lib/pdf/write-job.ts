/**
 * One sheet's way into the build output: copied from the content-hash cache when it is there,
 * else drawn, stored in the cache and written. Runs on a worker thread of the pool (pool.ts)
 * or, without workers, on the calling thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cacheFileOf, hashKey, storeInCache, touchCacheFile } from './cache.ts';
import type { OfferSheet } from './offer-sheet.ts';
import { renderSheet } from './render-sheet.ts';

export interface WriteJob {
  id: number;
  sheet: OfferSheet;
  /** The cache's directory: the sheet's file there is named by its key (getSheetCacheKey()). */
  cacheDir: string;
  /** What else the key is made of: the drawing code and fonts (getGeneratorId). */
  generatorId: string;
  /** The file to write in the build output. */
  outFile: string;
}

/** A sheet's cache key: a hash of everything printed on it and of the generator. */
export function getSheetCacheKey(generatorId: string, sheet: OfferSheet): string {
  return hashKey([generatorId, sheet]);
}

/**
 * Where the cache keeps (or will keep) the job's sheet. Its key (the sheet's JSON, hashed:
 * ~0.1 ms) is made here, on the worker that draws the sheet, rather than on the main thread,
 * which renders the pages meanwhile.
 */
function getJobCacheFile(job: WriteJob): string {
  return cacheFileOf(job.cacheDir, getSheetCacheKey(job.generatorId, job.sheet));
}

/**
 * Puts the cached file at `outFile`: a hard link when the cache and the output share a file
 * system (nothing copied: the cache never rewrites a file in place, it renames new ones over),
 * else a copy. False when the cache does not hold the file.
 */
function linkFromCache(cacheFile: string, outFile: string): boolean {
  fs.rmSync(outFile, { force: true });
  try {
    fs.linkSync(cacheFile, outFile);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
  }
  try {
    fs.copyFileSync(cacheFile, outFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Writes the job's file; true when the sheet had to be drawn. */
export async function runWriteJob(job: WriteJob): Promise<boolean> {
  fs.mkdirSync(path.dirname(job.outFile), { recursive: true });
  const cacheFile = getJobCacheFile(job);
  if (linkFromCache(cacheFile, job.outFile)) {
    touchCacheFile(cacheFile);
    return false;
  }
  const bytes = await renderSheet(job.sheet);
  storeInCache(cacheFile, bytes);
  // Written once, into the cache; the output gets a link to it.
  if (!linkFromCache(cacheFile, job.outFile)) fs.writeFileSync(job.outFile, bytes);
  return true;
}
