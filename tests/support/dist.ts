// Reading a built site by URL path, the way a static host would map it onto files.
import fs from 'node:fs';
import path from 'node:path';

/** A fixture, a BuildResult-like `{ distDir }`, or a dist dir path. */
export type DistSource = { distDir: string } | string;

export interface DistFile {
  /** Absolute path on disk. */
  file: string;
  /** Path inside dist with `/` separators, e.g. `offres/x/index.html`. */
  relPath: string;
  /** The URL path a host serves it at, e.g. `/offres/x/` or `/rss.xml`. */
  urlPath: string;
}

function distDirOf(source: DistSource): string {
  return typeof source === 'string' ? source : source.distDir;
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * The file a URL path maps to: `/a/` → `a/index.html`, `/a.xml` → `a.xml`, `/a` → `a` or
 * `a/index.html`. Returns undefined when there is none.
 */
export function findDistFile(source: DistSource, urlPath: string): string | undefined {
  const root = path.resolve(distDirOf(source));
  const pathname = decodeURIComponent(new URL(urlPath, 'http://dist.invalid').pathname);
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const candidates = pathname.endsWith('/')
    ? [path.join(file, 'index.html')]
    : [file, path.join(file, 'index.html')];
  return candidates.find(isFile);
}

/** Like findDistFile(), but throws a readable error when the page is missing. */
export function distPath(source: DistSource, urlPath: string): string {
  const file = findDistFile(source, urlPath);
  if (file === undefined) {
    throw new Error(`No file in ${distDirOf(source)} for URL path ${urlPath}`);
  }
  return file;
}

/** Whether the built site has something at `urlPath`. */
export function distHas(source: DistSource, urlPath: string): boolean {
  return findDistFile(source, urlPath) !== undefined;
}

/** The text (UTF-8) served at `urlPath`, e.g. `readDist(site, '/offres/x/')`. */
export function readDist(source: DistSource, urlPath: string): string {
  return fs.readFileSync(distPath(source, urlPath), 'utf8');
}

/** The bytes served at `urlPath` (PDFs, images). */
export function readDistBytes(source: DistSource, urlPath: string): Buffer {
  return fs.readFileSync(distPath(source, urlPath));
}

function toUrlPath(relPath: string): string {
  if (relPath === 'index.html') return '/';
  if (relPath.endsWith('/index.html')) return `/${relPath.slice(0, -'index.html'.length)}`;
  return `/${relPath}`;
}

/** Every file in the built site, sorted, optionally only those ending in `extension`. */
export function listDistFiles(source: DistSource, extension?: string): DistFile[] {
  const root = path.resolve(distDirOf(source));
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => extension === undefined || file.endsWith(extension))
    .map((file) => {
      const relPath = path.relative(root, file).split(path.sep).join('/');
      return { file, relPath, urlPath: toUrlPath(relPath) };
    })
    .sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
}

/** Every HTML page of the built site, sorted by path. */
export function listHtmlFiles(source: DistSource): DistFile[] {
  return listDistFiles(source, '.html');
}
