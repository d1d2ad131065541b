/**
 * The content collections' loaders: they read exactly the files the content check lists
 * (listContentFiles(): no symlink, no dot-file, one file per slug) with the check's own reader
 * (checkFile(): the same front matter parser, the same schema), so the build can never publish
 * a file, or a value, that `npm run check` did not see.
 *
 * Offers are stored without their body: it is rendered when the catalog is built
 * (src/lib/offers.ts), because a rendered HTML in Astro's data store is serialised, inlined in
 * a JavaScript module, bundled by Vite and compiled again before the first page: at 10,000
 * offers that round trip cost ~35 s and ~1.2 GB, and at 50,000 the module outgrows what Node
 * can compile. Organisations (a few hundred) keep their rendered description.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { extractFrontmatter } from 'astro/markdown';
import { checkFile, displayPath } from './content-check/check-file.ts';
import { listContentFiles } from './content-check/content-files.ts';
import { formatProblem } from './content-check/problem.ts';
import { renderMarkdown } from './markdown.ts';

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

type Kind = 'offer' | 'organisation';

/** Loads the offers or the organisations of `contentDir`. */
export function contentLoader(contentDir: string, kind: Kind): Loader {
  return {
    name: `offres:${kind}s`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (file: string): Promise<string | undefined> => {
        const id = path.basename(file, path.extname(file));
        const digest = context.generateDigest(readFileSync(file, 'utf8'));
        if (context.store.get(id)?.digest === digest) return id;
        const check = checkFile({ path: file, kind }, root);
        if (!check.entry || check.problems.length > 0) {
          // The build's check stopped on these already; the dev server shows them.
          for (const problem of check.problems) context.logger.error(formatProblem(problem));
          context.store.delete(id);
          return undefined;
        }
        const { data, body } = check.entry;
        const html =
          kind === 'organisation' && body.trim() !== '' ? await renderMarkdown(body) : '';
        context.store.set({
          id,
          data: data,
          digest,
          filePath: displayPath(root, file),
          ...(html ? { rendered: { html } } : {}),
        });
        return id;
      };
      const listed = await listContentFiles(contentDir, (file) => displayPath(root, file));
      const seen = new Set<string>();
      for (const file of kind === 'offer' ? listed.offers : listed.organisations) {
        const id = await sync(file);
        if (id !== undefined) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      watch(context, contentDir, kind, sync);
    },
  };
}

/** In `astro dev`: follow additions, edits and deletions. */
function watch(
  context: LoaderContext,
  contentDir: string,
  kind: Kind,
  sync: (file: string) => Promise<string | undefined>,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const dir = path.resolve(contentDir, kind === 'offer' ? 'offers' : 'organisations');
  watcher.add(dir);
  const pattern = kind === 'offer' ? /\.md$/ : /\.(?:md|ya?ml)$/;
  const isContent = (file: string) => path.dirname(file) === dir && pattern.test(file);
  const update = (file: string) => {
    if (isContent(file))
      sync(file).catch((error: unknown) => logger.error(`${file} : ${String(error)}`));
  };
  watcher.on('add', update);
  watcher.on('change', update);
  watcher.on('unlink', (file) => {
    if (isContent(file)) context.store.delete(path.basename(file, path.extname(file)));
  });
}
