/** Helpers for the browse/feeds/SEO tests: HTML parsing, paginated lists, the expected catalog. */
import { parse, type HTMLElement } from 'node-html-parser';
import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readDist, type DistSource } from '../support/fixtures.ts';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

export function pageAt(site: DistSource, urlPath: string): HTMLElement {
  return parseHtml(readDist(site, urlPath));
}

/**
 * The catalog the site was built from, through the same checker and data module, as the
 * expectation for what each index must list. `now` is the build's SOURCE_DATE_EPOCH.
 */
export async function loadCatalog(contentDir: string, now: Date): Promise<Catalog> {
  const { offers, organisations, problems } = await checkContent(contentDir);
  if (problems.length > 0)
    throw new Error(`fixture content has problems: ${JSON.stringify(problems[0])}`);
  return buildCatalog(
    offers.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    organisations.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    now,
  );
}

/** Every page of a paginated list, following `rel="next"` from its first page. */
export function listPages(
  site: DistSource,
  firstPath: string,
): { path: string; page: HTMLElement }[] {
  const pages: { path: string; page: HTMLElement }[] = [];
  let path: string | undefined = firstPath;
  while (path !== undefined) {
    if (pages.some((p) => p.path === path)) throw new Error(`pagination loops back to ${path}`);
    const page = pageAt(site, path);
    pages.push({ path, page });
    path = page.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return pages;
}

/** Slugs of the offers linked from the offer cards of a page, in order. */
export function cardSlugs(root: HTMLElement | null | undefined): string[] {
  return (root?.querySelectorAll('.offer-card h2 a, .offer-card h3 a, .offer-card h4 a') ?? []).map(
    (a) => (a.getAttribute('href') ?? '').replace(/^\/offres\/|\/$/g, ''),
  );
}

/** The offers of a paginated organisation or région list, split by section, across all its pages. */
export function listedOffers(
  site: DistSource,
  firstPath: string,
): { open: string[]; closed: string[]; pages: number } {
  const open: string[] = [];
  const closed: string[] = [];
  const pages = listPages(site, firstPath);
  for (const { page } of pages) {
    open.push(...cardSlugs(page.querySelector('section[aria-labelledby="offres-ouvertes"]')));
    closed.push(...cardSlugs(page.querySelector('section[aria-labelledby="offres-cloturees"]')));
  }
  return { open, closed, pages: pages.length };
}

/** Parsed JSON-LD blocks of a page. */
export function jsonLdOf(page: HTMLElement): Record<string, unknown>[] {
  return page
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.rawText) as Record<string, unknown>);
}

export function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}
