/**
 * One sheet's way into the build output: copied from the content-hash cache when it is there,
 * else drawn, stored in the cache and written. Runs on a worker thread of the pool (pool.ts)
 * or, without workers, on the calling thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { storeInCache, touchCacheFile } from './cache.ts';
import type { OfferSheet } from './offer-sheet.ts';
import { renderSheet } from './render-sheet.ts';

export interface WriteJob {
  id: number;
  sheet: OfferSheet;
  /** Where the cache keeps (or will keep) this sheet's bytes. */
  cacheFile: string;
  /** The file to write in the build output. */
  outFile: string;
}

/** Writes the job's file; true when the sheet had to be drawn. */
export async function runWriteJob(job: WriteJob): Promise<boolean> {
  fs.mkdirSync(path.dirname(job.outFile), { recursive: true });
  try {
    fs.copyFileSync(job.cacheFile, job.outFile);
    touchCacheFile(job.cacheFile);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const bytes = await renderSheet(job.sheet);
  storeInCache(job.cacheFile, bytes);
  fs.writeFileSync(job.outFile, bytes);
  return true;
}
