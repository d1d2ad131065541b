// The 300-offer scale site: a corpus from the project's generator (bench/corpus/generate.ts,
// never written into content/), what the catalog says each offer should appear in, and
// readers for the built output (links of an index, sitemap URLs, feed items).
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus as generate, REFERENCE_EPOCH } from '../../bench/corpus/generate.ts';
import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { listDistFiles, readDist } from '../support/dist.ts';
import { CACHE_DIR } from '../support/paths.ts';

export const SCALE_OFFERS = 300;
/** SOURCE_DATE_EPOCH of the scale builds: the generator's reference date. */
export const SCALE_EPOCH = REFERENCE_EPOCH;
export const SCALE_ROOT = path.join(CACHE_DIR, 'scale');

/** Writes the corpus into `.cache/scale/<name>/content` (replacing an older one); returns that dir. */
export function generateCorpus(name = 'corpus'): string {
  const root = path.join(SCALE_ROOT, name);
  generate(root, { count: SCALE_OFFERS, epoch: SCALE_EPOCH, force: true });
  return path.join(root, 'content');
}

/** The catalog of the corpus, through the same checker and derivation as the site. */
export async function expectedCatalog(contentDir: string, epoch = SCALE_EPOCH): Promise<Catalog> {
  const { problems, offers, organisations } = await checkContent(contentDir);
  if (problems.length > 0)
    throw new Error(`The generated corpus has problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return buildCatalog(
    offers.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    organisations.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    new Date(epoch * 1000),
  );
}

/** A link to an offer page (not to a page of the /offres/ list: /offres/2/). */
const OFFER_LINK = /href="\/offres\/(?!\d+\/)([^/"#?]+)\/"/g;

/** Slugs of the offers linked from one HTML page. */
export function offersLinkedOn(distDir: string, urlPath: string): Set<string> {
  return new Set([...readDist(distDir, urlPath).matchAll(OFFER_LINK)].map((m) => m[1] ?? ''));
}

/** Slugs of the offers linked from every HTML page at or under `urlPrefix` (pagination included). */
export function offersLinkedUnder(distDir: string, urlPrefix: string): Set<string> {
  const slugs = new Set<string>();
  for (const file of listDistFiles(distDir, '.html')) {
    if (!file.urlPath.startsWith(urlPrefix)) continue;
    for (const match of fs.readFileSync(file.file, 'utf8').matchAll(OFFER_LINK))
      slugs.add(match[1] ?? '');
  }
  return slugs;
}

function locsOf(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

/** Every URL path listed by the sitemap index and the sitemaps it names. */
export function sitemapPaths(distDir: string): Set<string> {
  const paths = new Set<string>();
  for (const sitemap of locsOf(readDist(distDir, '/sitemap-index.xml'))) {
    for (const loc of locsOf(readDist(distDir, new URL(sitemap).pathname)))
      paths.add(new URL(loc).pathname);
  }
  return paths;
}

export interface FeedItem {
  slug: string;
  published: number;
}

/** Items of an RSS feed whose link is an offer page. */
export function feedItems(distDir: string, urlPath: string): FeedItem[] {
  const xml = readDist(distDir, urlPath);
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
    const item = m[1] ?? '';
    const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
    const slug = /\/offres\/([^/]+)\/$/.exec(new URL(link).pathname)?.[1] ?? link;
    const published = Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? '');
    return { slug, published };
  });
}
