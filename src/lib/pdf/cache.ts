/**
 * Content-addressed store of generated PDFs, kept between builds: a sheet whose content
 * hash is already stored is copied, not drawn again, so a rebuild after one edit draws one
 * PDF. Files unused for PRUNE_AFTER_DAYS are removed, once per process.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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

export function openPdfCache(dir: string): PdfCache {
  prune(dir);
  const fileOf = (key: string): string => path.join(dir, key.slice(0, 2), `${key}.pdf`);
  return {
    dir,
    has(key) {
      return fs.existsSync(fileOf(key));
    },
    get(key) {
      const file = fileOf(key);
      try {
        const bytes = fs.readFileSync(file);
        // Keep used entries fresh for pruning; a failure here only shortens their life.
        const now = new Date();
        fs.utimes(file, now, now, () => undefined);
        return bytes;
      } catch {
        return undefined;
      }
    },
    set(key, bytes) {
      const file = fileOf(key);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename: a concurrent build never reads half a file.
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, bytes);
      fs.renameSync(temp, file);
    },
  };
}
