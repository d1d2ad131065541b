/**
 * Nothing is lost at scale: a generated 300-offer corpus (bench/corpus/generate.ts) is built
 * twice, and every published offer must appear on its page, its organisation and région
 * indexes, the sitemap, the search index and, while among the newest, the feeds; drafts
 * nowhere; the two builds byte-identical. A build 45 days later, caches kept, puts every offer
 * in exactly one search bundle: the open offers', or its closing year's archive. PDFs are skipped (OFFRES_SKIP_PDF=1) to keep the
 * suite fast: `npm run bench` checks reproducibility with them. Timings live in the benchmark.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { compareTrees } from '../../bench/dist.ts';
import type { Catalog } from '../../src/lib/catalog.ts';
import { FEED_MAX_ITEMS, paths } from '../../src/lib/site.ts';
import {
  buildSite,
  distHas,
  summarizeBuildOutput,
  type BuildOptions,
} from '../support/fixtures.ts';
import {
  expectedCatalog,
  feedItems,
  generateCorpus,
  offersLinkedOn,
  offersLinkedUnder,
  SCALE_EPOCH,
  SCALE_OFFERS,
  SCALE_ROOT,
  sitemapPaths,
} from './scale-site.ts';
import { openIndex, type IndexReader } from './search-index.ts';

let catalog: Catalog;
let distDir: string;
let secondDistDir: string;
let index: IndexReader | undefined;

async function build(variant: string, contentDir: string, epoch = SCALE_EPOCH): Promise<string> {
  if (epoch === SCALE_EPOCH)
    fs.rmSync(path.join(SCALE_ROOT, variant), { recursive: true, force: true });
  const options: BuildOptions = {
    contentDir,
    outDir: path.join(SCALE_ROOT, variant, 'dist'),
    cacheDir: path.join(SCALE_ROOT, variant, 'cache'),
    epoch,
    env: { OFFRES_SKIP_PDF: '1' },
    logFile: path.join(SCALE_ROOT, `${variant}.log`),
  };
  const result = await buildSite(options);
  assert.ok(result.ok, `build ${variant} failed:\n${summarizeBuildOutput(result.output)}`);
  buildLogs.set(`${variant}@${epoch}`, result.output);
  return result.outDir;
}

const buildLogs = new Map<string, string>();

before(async () => {
  const contentDir = generateCorpus();
  catalog = await expectedCatalog(contentDir);
  // Two builds in different dirs with fresh caches: absolute paths must not leak into the output.
  distDir = await build('a', contentDir);
  secondDistDir = await build('b', contentDir);
});

after(async () => {
  await index?.close();
});

const missing = (expected: Iterable<string>, actual: Set<string>) =>
  [...expected].filter((x) => !actual.has(x));

test('the corpus is big and varied enough to mean something', () => {
  assert.ok(
    catalog.offers.length > SCALE_OFFERS * 0.95,
    `${catalog.offers.length} published offers`,
  );
  assert.ok(catalog.offers.length < SCALE_OFFERS, 'the generator writes a few drafts');
  assert.ok(catalog.open.length > 0 && catalog.closed.length > 0);
  assert.ok(catalog.regions.length >= 15 && catalog.organisations.length >= 25);
});

test('every published offer has its page, and drafts have none', () => {
  assert.deepEqual(
    catalog.offers.filter((o) => !distHas(distDir, o.url)).map((o) => o.url),
    [],
  );
  const published = new Set(catalog.offers.map((o) => o.slug));
  const linked = offersLinkedUnder(distDir, '/');
  assert.deepEqual(
    [...linked].filter((slug) => !published.has(slug)),
    [],
    'no link to a draft or unknown offer',
  );
});

test('every open offer is listed on /offres/ (all pages of it), every closed one in the archives', () => {
  // Only the list's own pages: /offres/<slug>/ are offer pages.
  const listed = (first: string) => {
    const slugs = new Set<string>();
    for (let page = 1; distHas(distDir, page === 1 ? first : `${first}${page}/`); page++)
      for (const slug of offersLinkedOn(distDir, page === 1 ? first : `${first}${page}/`))
        slugs.add(slug);
    return slugs;
  };
  const open = listed(paths.openOffers());
  assert.deepEqual(
    missing(
      catalog.open.map((o) => o.slug),
      open,
    ),
    [],
  );
  assert.equal(open.size, catalog.open.length, 'open offers only');
  const closed = listed(paths.archives());
  assert.deepEqual(
    missing(
      catalog.closed.map((o) => o.slug),
      closed,
    ),
    [],
  );
  assert.equal(closed.size, catalog.closed.length, 'closed offers only');
});

test('every published offer is listed on its organisation index (all pages of it)', () => {
  for (const group of catalog.organisations) {
    const linked = offersLinkedUnder(distDir, paths.organisation(group.key.slug));
    assert.deepEqual(
      missing(
        group.offers.map((o) => o.slug),
        linked,
      ),
      [],
      group.key.slug,
    );
  }
});

test('every published offer is listed on each of its région indexes (all pages of them)', () => {
  const listed = new Map(
    catalog.regions.map((g) => [g.key.slug, offersLinkedUnder(distDir, paths.region(g.key.slug))]),
  );
  for (const offer of catalog.offers) {
    assert.ok(offer.regions.length > 0, `${offer.slug} belongs to no région`);
    for (const region of offer.regions)
      assert.ok(
        listed.get(region.slug)?.has(offer.slug),
        `${offer.slug} missing from ${paths.region(region.slug)}`,
      );
  }
});

test('every published offer and index is in the sitemap', () => {
  const urls = sitemapPaths(distDir);
  const expected = [
    ...catalog.offers.map((o) => o.url),
    ...catalog.organisations.map((g) => paths.organisation(g.key.slug)),
    ...catalog.regions.map((g) => paths.region(g.key.slug)),
  ];
  assert.deepEqual(missing(expected, urls), []);
});

test('feeds hold the newest offers of their scope, up to the cap', () => {
  const scopes = [
    { feed: paths.rss(), offers: catalog.offers },
    ...catalog.organisations.map((g) => ({
      feed: paths.organisationRss(g.key.slug),
      offers: g.offers,
    })),
    ...catalog.regions.map((g) => ({ feed: paths.regionRss(g.key.slug), offers: g.offers })),
  ];
  for (const { feed, offers } of scopes) {
    const items = feedItems(distDir, feed).map((i) => i.slug);
    const expected = offers.slice(0, FEED_MAX_ITEMS).map((o) => o.slug);
    assert.deepEqual(items, expected, feed);
  }
  assert.equal(
    feedItems(distDir, paths.rss()).length,
    Math.min(FEED_MAX_ITEMS, catalog.offers.length),
  );
});

test('every published offer is in the full search index, open ones in the open index; nothing else', async () => {
  index = await openIndex(distDir);
  const all = new Set(await index.allUrls('all'));
  assert.deepEqual(
    missing(
      catalog.offers.map((o) => o.url),
      all,
    ),
    [],
  );
  assert.equal(all.size, catalog.offers.length, 'only offer pages are indexed');
  const open = new Set(await index.allUrls('open'));
  assert.deepEqual(
    missing(
      catalog.open.map((o) => o.url),
      open,
    ),
    [],
  );
  assert.equal(open.size, catalog.open.length, 'the open index holds open offers only');
});

test('a word search finds an offer by its organisation name', async () => {
  index ??= await openIndex(distDir);
  // A few offers spread over the corpus: each must come back for its organisation's name.
  const sample = catalog.offers.filter((_, i) => i % 60 === 0);
  for (const offer of sample) {
    const results = await index.search(offer.organisation.data.name, 'all');
    assert.ok(
      results.includes(offer.url),
      `« ${offer.organisation.data.name} » does not find ${offer.url}`,
    );
  }
});

test('two builds of the same content and SOURCE_DATE_EPOCH are byte-identical', () => {
  const diff = compareTrees(distDir, secondDistDir);
  assert.ok(diff.files > catalog.offers.length, `${diff.files} files`);
  assert.deepEqual(
    { onlyInA: diff.onlyInA, onlyInB: diff.onlyInB, different: diff.different },
    { onlyInA: [], onlyInB: [], different: [] },
  );
});

test('offers that close between two nightly builds move to their archive: each offer in exactly one search bundle', async () => {
  const contentDir = generateCorpus();
  // Build "b" again 45 days later, its caches kept: offers close, archives are reused or redone.
  const later = SCALE_EPOCH + 45 * 86_400;
  const laterCatalog = await expectedCatalog(contentDir, later);
  const closedSince = laterCatalog.closed.filter(
    (o) => catalog.bySlug.get(o.slug)?.status === 'open',
  );
  assert.ok(closedSince.length > 0, 'some offers close meanwhile');
  const dist = await build('b', contentDir, later);
  const log = buildLogs.get(`b@${later}`) ?? '';
  assert.match(
    log,
    /archives : \d+ indexées, [1-9]\d* reprises du cache/,
    'unchanged archives reused',
  );
  const reader = await openIndex(dist);
  try {
    const seen = new Map<string, string[]>();
    const bundles = [
      'pagefind',
      ...fs
        .readdirSync(path.join(dist, 'pagefind'))
        .filter((name) => name.startsWith('archives-'))
        .map((name) => `pagefind/${name}`),
    ];
    for (const dir of bundles)
      for (const url of await reader.bundleUrls(dir))
        seen.set(url, [...(seen.get(url) ?? []), dir]);
    for (const offer of laterCatalog.offers) {
      const expected =
        offer.status === 'open' ? 'pagefind' : `pagefind/archives-${offer.lastOpenDay.slice(0, 4)}`;
      assert.deepEqual(seen.get(offer.url), [expected], offer.url);
    }
    assert.equal(seen.size, laterCatalog.offers.length, 'nothing else is indexed');
    for (const offer of closedSince) assert.ok(distHas({ distDir: dist }, offer.url), offer.url);
  } finally {
    await reader.close();
  }
});
