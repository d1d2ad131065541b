// What a build wrote: file count and bytes per kind, and a byte-for-byte comparison of two trees.
import fs from 'node:fs';
import path from 'node:path';

export interface DistStats {
  files: number;
  bytes: number;
  /** Per kind (html, pdf, xml, pagefind, …): files and bytes. */
  byKind: Record<string, { files: number; bytes: number }>;
}

function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

function kindOf(relPath: string): string {
  if (relPath.startsWith('pagefind/')) return 'pagefind';
  const ext = path.extname(relPath).slice(1).toLowerCase();
  return ext === '' ? 'other' : ext;
}

export function statDist(root: string): DistStats {
  const stats: DistStats = { files: 0, bytes: 0, byKind: {} };
  for (const rel of listFiles(root)) {
    const size = fs.statSync(path.join(root, rel)).size;
    const kind = (stats.byKind[kindOf(rel)] ??= { files: 0, bytes: 0 });
    kind.files++;
    kind.bytes += size;
    stats.files++;
    stats.bytes += size;
  }
  return stats;
}

export interface TreeDiff {
  identical: boolean;
  files: number;
  onlyInA: string[];
  onlyInB: string[];
  different: string[];
}

/** Compares two trees file by file (names and bytes). */
export function compareTrees(a: string, b: string): TreeDiff {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const setA = new Set(filesA);
  const different: string[] = [];
  for (const rel of filesA) {
    if (!filesB.has(rel)) continue;
    const bufA = fs.readFileSync(path.join(a, rel));
    const bufB = fs.readFileSync(path.join(b, rel));
    if (!bufA.equals(bufB)) different.push(rel);
  }
  const onlyInA = filesA.filter((rel) => !filesB.has(rel));
  const onlyInB = [...filesB].filter((rel) => !setA.has(rel));
  return {
    identical: onlyInA.length + onlyInB.length + different.length === 0,
    files: filesA.length,
    onlyInA,
    onlyInB,
    different,
  };
}
