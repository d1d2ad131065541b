/**
 * Archive search bundles kept between builds (search-index.ts): a bundle is stored under a key
 * made of its records and of what indexes them (the indexing code and Pagefind's version), with
 * a manifest of every file's hash. A stored bundle is copied into the output only when every
 * file matches its manifest; otherwise it is indexed again and replaced.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from '../search-record.ts';
import { getPackageVersion } from './cache-dir.ts';

const MANIFEST = 'offres-manifest.json';

interface Manifest {
  key: string;
  files: Record<string, string>;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let indexer: string | undefined;

/** What else decides a bundle's bytes: the indexing code and Pagefind's version. */
function getIndexerId(): string {
  if (indexer !== undefined) return indexer;
  const version = getPackageVersion('pagefind');
  const code = ['./search-index.ts', './search-cache.ts'].map((name) =>
    fs.readFileSync(fileURLToPath(new URL(name, import.meta.url))),
  );
  return (indexer = sha256(`pagefind@${version}\0${code.map((c) => sha256(c)).join('\0')}`));
}

/** The key of a bundle made of `records` (in their order). */
export function getBundleKey(records: readonly SearchRecord[]): string {
  const hash = createHash('sha256').update(getIndexerId());
  for (const { sourcePath, content } of records) hash.update(`\0${sourcePath}\0${content}`);
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export class SearchBundleCache {
  readonly #dir: string;

  constructor(cacheDir: string) {
    this.#dir = path.join(cacheDir, 'offres-search');
  }

  /** Copies the stored bundle of `key` to `target`; false when absent or not intact. */
  copyTo(key: string, target: string): boolean {
    const stored = path.join(this.#dir, key);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(stored, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return false;
    }
    const files = listFiles(stored).filter((file) => file !== MANIFEST);
    const intact =
      manifest.key === key &&
      files.length === Object.keys(manifest.files).length &&
      files.every((file) => {
        const full = path.join(stored, file);
        return (
          !fs.lstatSync(full).isSymbolicLink() &&
          manifest.files[file] === sha256(fs.readFileSync(full))
        );
      });
    if (!intact) {
      fs.rmSync(stored, { recursive: true, force: true });
      return false;
    }
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(stored, target, {
      recursive: true,
      filter: (source) => path.basename(source) !== MANIFEST,
    });
    return true;
  }

  /** Stores the bundle written at `source` under `key`. */
  store(key: string, source: string): void {
    const stored = path.join(this.#dir, key);
    const temp = `${stored}.${process.pid}.tmp`;
    fs.rmSync(temp, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(temp), { recursive: true });
    fs.cpSync(source, temp, { recursive: true });
    const files = Object.fromEntries(
      listFiles(temp).map((file) => [file, sha256(fs.readFileSync(path.join(temp, file)))]),
    );
    fs.writeFileSync(path.join(temp, MANIFEST), JSON.stringify({ key, files } satisfies Manifest));
    fs.rmSync(stored, { recursive: true, force: true });
    fs.renameSync(temp, stored);
  }
}
