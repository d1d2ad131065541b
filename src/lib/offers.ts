/**
 * The data module: loads the content collections once per build and hands every page,
 * feed and endpoint the same ready catalog. Pages never re-filter raw collections.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';
import { getBuildNow } from './lifecycle.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [offers, organisations] = await Promise.all([
      getCollection('offers'),
      getCollection('organisations'),
    ]);
    return buildCatalog(
      offers.map((e) => ({ slug: e.id, data: e.data, html: e.rendered?.html ?? '', filePath: e.filePath })),
      organisations.map((e) => ({ slug: e.id, data: e.data, html: e.rendered?.html ?? '', filePath: e.filePath })),
      getBuildNow(),
    );
  })();
  return catalog;
}
