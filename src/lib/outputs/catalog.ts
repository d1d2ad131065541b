/**
 * The catalog of the build's outputs (PDF sheets, calendars, search), made by the same pure
 * buildCatalog() as the pages' (src/lib/offers.ts), from the content the check has just read
 * and validated with the same schema, and bodies rendered by the same Markdown pipeline.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalog, type Catalog } from '../catalog.ts';
import type { ContentCheck } from '../content-check/index.ts';
import { renderMarkdown } from '../markdown.ts';
import { getMarkdownBody } from '../content-loaders.ts';

/** HTML of an offer file's body, as the pages render it. */
export async function renderOfferBody(file: string): Promise<string> {
  return renderMarkdown(getMarkdownBody(await readFile(file, 'utf8')));
}

export async function buildCatalogFromCheck(content: ContentCheck, now: Date): Promise<Catalog> {
  const offers = [];
  for (const entry of content.offers) {
    const html = entry.data.draft ? '' : await renderOfferBody(path.resolve(entry.file));
    offers.push({ slug: entry.slug, data: entry.data, html, filePath: entry.file });
  }
  const organisations = [];
  for (const entry of content.organisations)
    organisations.push({
      slug: entry.slug,
      data: entry.data,
      html: await renderMarkdown(entry.body),
    });
  return buildCatalog(offers, organisations, now);
}
