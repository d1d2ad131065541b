// Content roots for builds: a copy of the sample content (REPO_CONTENT_DIR) with overlays or
// files on top.
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, REPO_CONTENT_DIR } from './paths.ts';

/** Fixture and ad-hoc content dir names: they become directory names under `.cache/`. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Writes a content root: a copy of the sample content (unless `repoContent: false`), then each
 * overlay dir copied on top (same path = replaced). Always has `offers/` and `organisations/`.
 */
export function assembleContent(
  contentDir: string,
  overlays: readonly string[],
  options: { repoContent?: boolean } = {},
): string {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(contentDir, { recursive: true });
  const sources = [...(options.repoContent === false ? [] : [REPO_CONTENT_DIR]), ...overlays];
  for (const source of sources) {
    if (fs.existsSync(source)) fs.cpSync(source, contentDir, { recursive: true, force: true });
  }
  for (const collection of ['offers', 'organisations']) {
    fs.mkdirSync(path.join(contentDir, collection), { recursive: true });
  }
  return contentDir;
}

/**
 * A content root for a one-off build (e.g. broken content that must fail the build):
 * `.cache/adhoc/<name>/content`, with `files` (paths relative to the content root, such as
 * `offers/x.md`; text or bytes) written over a copy of the sample content unless
 * `repoContent: false`.
 * Returns the dirs to pass to buildSite().
 */
export function writeContentDir(
  name: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  options: { repoContent?: boolean } = {},
): { root: string; contentDir: string; outDir: string } {
  if (!NAME_PATTERN.test(name)) throw new Error(`Bad content dir name: ${name}`);
  const root = path.join(CACHE_DIR, 'adhoc', name);
  const contentDir = assembleContent(path.join(root, 'content'), [], options);
  for (const [relPath, text] of Object.entries(files)) {
    const file = path.resolve(contentDir, relPath);
    if (!file.startsWith(contentDir + path.sep))
      throw new Error(`Outside the content dir: ${relPath}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return { root, contentDir, outDir: path.join(root, 'dist') };
}
