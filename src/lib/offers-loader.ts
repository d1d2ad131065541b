/**
 * Content loader for offers: Astro's glob() minus the rendering. It reads `<base>/*.md`, parses
 * the frontmatter as glob() does, validates it with the collection's schema and stores data,
 * digest and file path only. The body is rendered when the catalog is built
 * (src/lib/offers.ts), because a rendered HTML in Astro's data store is serialised, inlined in
 * a JavaScript module, bundled by Vite and compiled again before the first page: at 10,000
 * offers that round trip cost ~35 s and ~1.2 GB, and at 50,000 the module outgrows what Node
 * can compile.
 *
 * In a build, the content check has just read and validated every file: for each file whose
 * bytes it read, unchanged, and passed, the loader takes the checked data instead of
 * parsing and validating it again (src/lib/content-check/checked-offers.ts says why that data
 * is the same): at 10,000 offers the load costs ~0.8 s of CPU instead of ~3.5 s.
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import { getCheckedOffer } from './content-check/checked-offers.ts';

const EXTENSION = '.md';

/**
 * The markdown body of an offer file, as glob() would hand it to the renderer: what
 * `parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content.trim()` returns,
 * without parsing the YAML again (the loader has; at 10,000 offers the second parse cost the
 * catalog ~1.4 s). The front matter block is found by Astro's own extractFrontmatter() and
 * blanked the way parseFrontmatter() blanks it.
 */
export function getMarkdownBody(contents: string): string {
  const raw = extractFrontmatter(contents);
  if (raw === undefined) return contents.trim();
  // The opening delimiter decides which one closes the block (parseFrontmatter's rule): only
  // BOM or whitespace can come before it.
  const delimiter = contents.trimStart().startsWith('+++') ? '+++' : '---';
  return contents
    .replace(`${delimiter}${raw}${delimiter}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `)
    .trim();
}

export function markdownDataLoader(base: string): Loader {
  return {
    name: 'offres:markdown-data',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (file: string): Promise<string> => {
        const id = path.basename(file, EXTENSION);
        // Read synchronously: a small file from the page cache takes microseconds, less than a
        // promise round trip through the thread pool (~1 s of CPU saved at 10,000 offers).
        const bytes = readFileSync(file);
        const contents = bytes.toString('utf8');
        const digest = context.generateDigest(contents);
        if (context.store.get(id)?.digest === digest) return id;
        // The checked data is shared with the check's other users (the sitemap reads its dates);
        // the store would only rewrite strings starting with Astro's image-import marker.
        const data =
          getCheckedOffer(base, id, bytes) ??
          (await context.parseData({
            id,
            data: parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).frontmatter,
            filePath: file,
          }));
        context.store.set({
          id,
          data,
          digest,
          filePath: path.relative(root, file).split(path.sep).join('/'),
        });
        return id;
      };
      const files = (await fs.readdir(base))
        .filter((name) => name.endsWith(EXTENSION))
        .sort()
        .map((name) => path.join(base, name));
      const seen = new Set<string>();
      for (const file of files) seen.add(await sync(file));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      watch(context, base, sync);
    },
  };
}

/** In `astro dev`: follow additions, edits and deletions. */
function watch(
  context: LoaderContext,
  base: string,
  sync: (file: string) => Promise<string>,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(base);
  const isOffer = (file: string) =>
    path.dirname(file) === path.resolve(base) && file.endsWith(EXTENSION);
  const update = (file: string) => {
    if (isOffer(file))
      sync(file).catch((error: unknown) => logger.error(`${file} : ${String(error)}`));
  };
  watcher.on('add', update);
  watcher.on('change', update);
  watcher.on('unlink', (file) => {
    if (isOffer(file)) context.store.delete(path.basename(file, EXTENSION));
  });
}
