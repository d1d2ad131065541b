/**
 * Content-addressed store of drawn PDF sheets, kept between builds: a sheet whose key (a hash
 * of what is printed on it and of the code that draws it: index.ts) is stored is copied, not
 * drawn again. An entry is trusted only when its checksum — a hash of its key and its bytes,
 * written beside it — matches: a truncated file, or one swapped in from another key, is drawn
 * again and replaced, never published. Files unused for PRUNE_AFTER_DAYS are removed, once
 * per process.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { getOutputsCacheDir } from '../outputs/cache-dir.ts';

const PRUNE_AFTER_DAYS = 30;

/** Where PDFs are cached: `$OFFRES_CACHE_DIR/offres-pdf`, else `node_modules/.cache/offres-pdf`. */
export function getPdfCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.join(getOutputsCacheDir(env), 'offres-pdf');
}

export function hashKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The checksum that vouches for `bytes` as the entry of `key`. */
function checksumOf(key: string, bytes: Uint8Array): string {
  return createHash('sha256').update(key).update('\0').update(bytes).digest('hex');
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

/** Writes then renames, so that a concurrent reader never sees half a file. */
function writeAtomically(file: string, data: Uint8Array | string): void {
  const temp = `${file}.${process.pid}.${threadId}.tmp`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}

export class PdfCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    prune(dir);
  }

  #fileOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`clé de cache PDF invalide : ${key}`);
    return path.join(this.dir, key.slice(0, 2), `${key}.pdf`);
  }

  /** The entry's bytes when present and intact; undefined otherwise. */
  get(key: string): Buffer | undefined {
    const file = this.#fileOf(key);
    let bytes: Buffer;
    let checksum: string;
    try {
      // lstat: an entry replaced by a link to some other file is not an entry.
      if (!fs.lstatSync(file).isFile()) return undefined;
      bytes = fs.readFileSync(file);
      checksum = fs.readFileSync(`${file}.sha256`, 'utf8').trim();
    } catch {
      return undefined;
    }
    if (checksum !== checksumOf(key, bytes)) return undefined;
    const now = new Date();
    // Keeps a used entry fresh for pruning; a failure here only shortens its life.
    fs.utimes(file, now, now, () => undefined);
    return bytes;
  }

  set(key: string, bytes: Uint8Array): void {
    const file = this.#fileOf(key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeAtomically(file, bytes);
    writeAtomically(`${file}.sha256`, checksumOf(key, bytes));
  }
}
