/**
 * The data module: loads the content collections once per build and hands every page,
 * feed and endpoint the same ready catalog. Pages never re-filter raw collections.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';
import { getBuildNow } from './lifecycle.ts';
import { renderOfferBody } from './outputs/catalog.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [offers, organisations] = await Promise.all([
      getCollection('offers'),
      getCollection('organisations'),
    ]);
    // Offer bodies are rendered here, not stored by the loader (src/lib/content-loaders.ts says why).
    const sources = [];
    for (const { id, data, filePath } of offers) {
      const html = data.draft || filePath === undefined ? '' : await renderOfferBody(filePath);
      sources.push({ slug: id, data, html, filePath });
    }
    return buildCatalog(
      sources,
      organisations.map((e) => ({
        slug: e.id,
        data: e.data,
        html: e.rendered?.html ?? '',
        filePath: e.filePath,
      })),
      getBuildNow(),
    );
  })();
  return catalog;
}
