/**
 * The data module: loads the content collections once per build and hands every page,
 * feed and endpoint the same ready catalog. Pages never re-filter raw collections.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { RenderedBody } from './body-prerender.ts';
import { getBuildSlots } from './build-bridge.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { getBuildNow } from './lifecycle.ts';
import { renderMarkdown } from './markdown.ts';
import { getMarkdownBody } from './offers-loader.ts';
import { getSearchRecord } from './search-record.ts';

/**
 * HTML of each offer's body (drafts excepted: never published). In a build, most were rendered
 * on a worker meanwhile (src/lib/body-prerender.ts); an HTML is taken only for the very body
 * read here, and the rest rendered here.
 */
async function renderBodies(entries: CollectionEntry<'offers'>[]): Promise<string[]> {
  const slot = getBuildSlots().bodies;
  delete getBuildSlots().bodies;
  const prerendered: ReadonlyMap<string, RenderedBody> = (await slot?.take()) ?? new Map();
  const html: string[] = [];
  for (const { data, filePath } of entries) {
    if (data.draft || filePath === undefined) {
      html.push('');
      continue;
    }
    // Read synchronously: a small file from the page cache takes microseconds.
    const body = getMarkdownBody(readFileSync(filePath, 'utf8'));
    const ready = prerendered.get(path.resolve(filePath));
    html.push(ready?.body === body ? ready.html : await renderMarkdown(body));
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
