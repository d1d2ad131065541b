/**
 * Content loader for offers: Astro's glob() minus the rendering. It reads `<base>/*.md`, parses
 * the frontmatter as glob() does, validates it with the collection's schema and stores data,
 * digest and file path only. The body is rendered when the catalog is built
 * (src/lib/offers.ts), because a rendered HTML in Astro's data store is serialised, inlined in
 * a JavaScript module, bundled by Vite and compiled again before the first page: at 10,000
 * offers that round trip cost ~35 s and ~1.2 GB, and at 50,000 the module outgrows what Node
 * can compile.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';

const EXTENSION = '.md';
/** Files read at once (glob() uses 10). */
const CONCURRENCY = 16;

/** The markdown body of an offer file, as glob() would hand it to the renderer. */
export function getMarkdownBody(contents: string): string {
  return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content.trim();
}

export function markdownDataLoader(base: string): Loader {
  return {
    name: 'offres:markdown-data',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (file: string): Promise<string> => {
        const id = path.basename(file, EXTENSION);
        const contents = await fs.readFile(file, 'utf8');
        const digest = context.generateDigest(contents);
        if (context.store.get(id)?.digest === digest) return id;
        const { frontmatter } = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
        const data = await context.parseData({ id, data: frontmatter, filePath: file });
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
      for (let i = 0; i < files.length; i += CONCURRENCY) {
        for (const id of await Promise.all(files.slice(i, i + CONCURRENCY).map(sync))) seen.add(id);
      }
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
