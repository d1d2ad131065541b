/**
 * The data module: loads the content collections once per build and hands every page,
 * feed and endpoint the same ready catalog. Pages never re-filter raw collections.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getBuildSlots } from './build-bridge.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { getBuildNow } from './lifecycle.ts';
import { renderMarkdown } from './markdown.ts';
import { getMarkdownBody } from './offers-loader.ts';
import { getSearchRecord } from './search-record.ts';

/** HTML of each offer's body (drafts excepted: never published), a few files at a time. */
async function renderBodies(entries: CollectionEntry<'offers'>[]): Promise<string[]> {
  const html: string[] = [];
  for (let i = 0; i < entries.length; i += 16) {
    const batch = entries.slice(i, i + 16).map(async ({ data, filePath }) => {
      if (data.draft || filePath === undefined) return '';
      return renderMarkdown(getMarkdownBody(await readFile(filePath, 'utf8')));
    });
    html.push(...(await Promise.all(batch)));
  }
  return html;
}

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [offers, organisations] = await Promise.all([
      getCollection('offers'),
      getCollection('organisations'),
    ]);
    // Offer bodies are rendered here, not stored by the loader (src/lib/offers-loader.ts).
    const html = await renderBodies(offers);
    const built = buildCatalog(
      offers.map((e, i) => ({
        slug: e.id,
        data: e.data,
        html: html[i] ?? '',
        filePath: e.filePath,
      })),
      organisations.map((e) => ({
        slug: e.id,
        data: e.data,
        html: e.rendered?.html ?? '',
        filePath: e.filePath,
      })),
      getBuildNow(),
    );
    // During a build, Pagefind gets every offer's search record now and indexes them on its own
    // core while the pages render (src/integrations/pagefind.ts).
    getBuildSlots().search?.takeRecords(built.offers.map(getSearchRecord));
    return built;
  })();
  return catalog;
}
