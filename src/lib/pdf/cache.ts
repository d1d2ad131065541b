/**
 * Content-addressed store of generated PDFs, kept between builds: a sheet whose content
 * hash is already stored is copied, not drawn again, so a rebuild after one edit draws one
 * PDF. Files unused for PRUNE_AFTER_DAYS are removed, once per process.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const PRUNE_AFTER_DAYS = 30;

export interface PdfCache {
  dir: string;
  has(key: string): boolean;
  get(key: string): Uint8Array<ArrayBuffer> | undefined;
  set(key: string, bytes: Uint8Array): void;
}

/** Where PDFs are cached: `$OFFRES_CACHE_DIR/offres-pdf`, else `node_modules/.cache/offres-pdf`. */
export function getPdfCacheDir(env: Record<string, string | undefined> = process.env): string {
  const base = env['OFFRES_CACHE_DIR'] || path.join('node_modules', '.cache');
  return path.resolve(base, 'offres-pdf');
}

export function hashKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const pruned = new Set<string>();

function prune(dir: string): void {
  if (pruned.has(dir)) return;
  pruned.add(dir);
  const limit = Date.now() - PRUNE_AFTER_DAYS * 86_400_000;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    try {
      if (fs.statSync(file).mtimeMs < limit) fs.rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by another build: fine.
    }
  }
}

/** The file that holds (or will hold) the sheet of `key` in the cache at `dir`. */
export function cacheFileOf(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.pdf`);
}

/** Keeps a used entry fresh for pruning; a failure here only shortens its life. */
export function touchCacheFile(file: string): void {
  const now = new Date();
  fs.utimes(file, now, now, () => undefined);
}

/** Stores bytes: write then rename, so that a concurrent build never reads half a file. */
export function storeInCache(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${threadId}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, file);
}

export function openPdfCache(dir: string): PdfCache {
  prune(dir);
  const fileOf = (key: string): string => cacheFileOf(dir, key);
  return {
    dir,
    has(key) {
      return fs.existsSync(fileOf(key));
    },
    get(key) {
      const file = fileOf(key);
      try {
        const bytes = fs.readFileSync(file);
        touchCacheFile(file);
        return bytes;
      } catch {
        return undefined;
      }
    },
    set(key, bytes) {
      storeInCache(fileOf(key), bytes);
    },
  };
}
