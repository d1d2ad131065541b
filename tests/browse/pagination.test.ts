/**
 * Long lists: a generated site with 62 offers (46 open) in one région (three départements), 52
 * of them from one organisation. The home page shows the newest open offers and leads to the
 * rest; /offres/, /archives/, organisation and région pages paginate without dropping or
 * repeating an offer, open offers come first and are grouped by département, feeds stop at the
 * cap; /recherche/ starts from the newest open offers and its next page continues in place.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import type { Catalog } from '../../src/lib/catalog.ts';
import {
  FEED_MAX_ITEMS,
  HOME_OPEN_OFFERS,
  HOME_RECENTLY_CLOSED,
  PAGE_SIZE,
} from '../../src/lib/site.ts';
import { assertNotPageNumber as assertOfferNotPageNumber } from '../../src/pages/offres/[slug]/_slugs.ts';
import { assertNotPageNumber } from '../../src/pages/organisations/[slug]/_slugs.ts';
import { collectConsoleErrors, launchBrowser, takeScreenshots } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import {
  FIXTURE_NOW,
  buildSite,
  readDist,
  summarizeBuildOutput,
  writeContentDir,
} from '../support/fixtures.ts';
import {
  cardSlugs,
  listPages,
  listedOffers,
  loadCatalog,
  pageAt,
  sorted,
  textOf,
} from './helpers.ts';

const PLACES = [
  { city: 'Rennes', postalCode: '35000' },
  { city: 'Brest', postalCode: '29200' },
  { city: 'Vannes', postalCode: '56000' },
];

function offer(i: number, organisation: string): string {
  const place = PLACES[i % PLACES.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = i < 28 ? '01' : '02';
  const closed = i % 4 === 0;
  return [
    '---',
    `title: "Offre numéro ${i} pour tester les listes"`,
    `organisation: ${organisation}`,
    'contract: cdd',
    'location:',
    `  city: ${place?.city}`,
    `  postalCode: "${place?.postalCode}"`,
    `published: 2026-${month}-${day}`,
    `deadline: ${closed ? '2026-02-28' : '2026-04-30'}`,
    'apply:',
    '  email: contact@exemple.fr',
    '---',
    `Description de l'offre ${i}.`,
    '',
  ].join('\n');
}

const files: Record<string, string> = {
  'organisations/grande-association.yaml': 'name: Grande Association\nkind: association\n',
  'organisations/petite-association.yaml': 'name: Petite Association\nkind: association\n',
};
for (let i = 0; i < 62; i++) {
  const organisation = i < 52 ? 'grande-association' : 'petite-association';
  files[`offers/2026-offre-${String(i).padStart(2, '0')}.md`] = offer(i, organisation);
}

let dist: string;
let catalog: Catalog;
let browser: Browser | undefined;
let server: StaticServer | undefined;
before(async () => {
  const dirs = writeContentDir('browse-pagination', files, { repoContent: false });
  const result = await buildSite({
    contentDir: dirs.contentDir,
    outDir: dirs.outDir,
    env: { OFFRES_SKIP_PDF: '1' },
  });
  assert.ok(result.ok, summarizeBuildOutput(result.output));
  dist = result.outDir;
  catalog = await loadCatalog(dirs.contentDir, FIXTURE_NOW);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the home page shows the newest open offers and leads to every other one', () => {
  assert.equal(catalog.open.length, 46);
  const home = pageAt(dist, '/');
  const open = home.querySelector('section[aria-labelledby="ouvertes"]');
  assert.equal(textOf(open?.querySelector('h2')), `Offres ouvertes (46)`);
  assert.deepEqual(
    cardSlugs(open),
    catalog.open.slice(0, HOME_OPEN_OFFERS).map((o) => o.slug),
  );
  const links = (open?.querySelectorAll('a') ?? []).map((a) => [textOf(a), a.getAttribute('href')]);
  assert.ok(
    links.some(([text, href]) => text === 'Toutes les offres ouvertes (46)' && href === '/offres/'),
  );
  // The home page is the first page of /offres/: « more » goes on at its second page.
  assert.ok(
    links.some(
      ([text, href]) => text === 'Voir les 26 autres offres ouvertes' && href === '/offres/2/',
    ),
  );
  const closed = home.querySelector('section[aria-labelledby="cloturees"]');
  assert.deepEqual(
    cardSlugs(closed),
    catalog.closed.slice(0, HOME_RECENTLY_CLOSED).map((o) => o.slug),
  );
});

test('/offres/ lists every open offer once, newest first, 20 a page', () => {
  const pages = listPages(dist, '/offres/');
  assert.deepEqual(
    pages.map((p) => p.path),
    ['/offres/', '/offres/2/', '/offres/3/'],
  );
  assert.deepEqual(
    pages.flatMap(({ page }) => cardSlugs(page.querySelector('main'))),
    catalog.open.map((o) => o.slug),
  );
  assert.equal(cardSlugs(pages[0]?.page.querySelector('main')).length, PAGE_SIZE);
  const second = pages[1]?.page;
  assert.equal(textOf(second?.querySelector('h1')), 'Offres ouvertes — page 2');
  assert.deepEqual(
    second
      ?.querySelectorAll('nav.breadcrumbs li')
      .map((li) => [textOf(li), li.querySelector('a')?.getAttribute('href') ?? null]),
    [
      ['Accueil', '/'],
      ['Offres ouvertes', '/offres/'],
      ['Page 2', null],
    ],
  );
  assert.equal(
    second?.querySelector('.site-nav a[aria-current="page"]')?.getAttribute('href'),
    '/offres/',
  );
  const archives = listPages(dist, '/archives/');
  assert.deepEqual(
    archives.flatMap(({ page }) => cardSlugs(page.querySelector('main'))),
    catalog.closed.map((o) => o.slug),
  );
});

test('/recherche/ shows the newest open offers without loading the search; its next page goes on in place', async () => {
  server = await startServer(dist);
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 375, height: 800 }, locale: 'fr-FR' });
  const errors = collectConsoleErrors(page);
  await page.clock.setFixedTime(FIXTURE_NOW); // the day of the build: open offers still open
  await page.goto(`${server.url}/recherche/`);
  const firstLinks = page.locator('[data-search-part="results"] .search-result h3 a');
  assert.deepEqual(
    await firstLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    catalog.open.slice(0, HOME_OPEN_OFFERS).map((o) => o.url),
  );
  const summary = page.locator('[data-search-part="summary"]');
  assert.equal(await summary.innerText(), '46 offres');
  await takeScreenshots(page, 'recherche-first-state');
  assert.deepEqual(
    server.requests.filter((r) => r.path.startsWith('/pagefind/')),
    [],
    'nothing of the search is downloaded before the visitor searches',
  );

  const more = page.getByRole('link', { name: 'Page suivante →' });
  assert.equal(
    await more.getAttribute('href'),
    '/offres/2/',
    'without JavaScript: the next page of the list',
  );
  await more.click();
  // The search's page 2, in place: the 21st offer first, the focus on the count above it.
  await page.waitForURL((url) => url.pathname === '/recherche/' && url.search === '?page=2');
  await page.locator('offres-search[data-state="ready"]:not([aria-busy])').waitFor();
  assert.deepEqual(
    await firstLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    catalog.open.slice(HOME_OPEN_OFFERS, 2 * HOME_OPEN_OFFERS).map((o) => o.url),
  );
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '46 offres');
  assert.equal(await summary.innerText(), '46 offres');
  assert.match(await page.locator('[data-search-part="pagination"]').innerText(), /Page 2 sur 3/);
  assert.deepEqual(errors, []);
});

test('an organisation with 52 offers: 3 pages, every offer once, open before closed', () => {
  const group = catalog.organisations.find((g) => g.key.slug === 'grande-association');
  assert.equal(group?.offers.length, 52);
  const { open, closed, pages } = listedOffers(dist, '/organisations/grande-association/');
  assert.equal(pages, Math.ceil(52 / PAGE_SIZE));
  assert.deepEqual(
    open,
    group.open.map((o) => o.slug),
  );
  assert.deepEqual(
    closed,
    group.closed.map((o) => o.slug),
  );
  assert.equal(new Set([...open, ...closed]).size, 52);
  const last = pageAt(dist, '/organisations/grande-association/3/');
  assert.equal(textOf(last.querySelector('h1')), 'Grande Association — page 3');
  assert.equal(last.querySelector('.org-card'), null, 'the card is on the first page only');
  assert.deepEqual(
    last.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href')),
    ['/', '/organisations/', '/organisations/grande-association/'],
  );
});

test('a région with 62 offers: 4 pages, open offers grouped by département, then closed ones', () => {
  const group = catalog.regions.find((g) => g.key.slug === 'bretagne');
  assert.equal(group?.offers.length, 62);
  const { open, closed, pages } = listedOffers(dist, '/regions/bretagne/');
  assert.equal(pages, Math.ceil(62 / PAGE_SIZE));
  assert.deepEqual(sorted(open), sorted(group.open.map((o) => o.slug)));
  assert.deepEqual(
    closed,
    group.closed.map((o) => o.slug),
  );
  const headings = listPages(dist, '/regions/bretagne/').flatMap(({ page }) =>
    page.querySelectorAll('.subdivision h3').map((h) => textOf(h)),
  );
  // Départements by name; a heading repeats when a département runs onto the next page.
  assert.deepEqual(
    [...new Set(headings)],
    ['Finistère (29)', 'Ille-et-Vilaine (35)', 'Morbihan (56)'],
  );
  const first = pageAt(dist, '/regions/bretagne/');
  assert.match(
    textOf(first.querySelector('.subdivision-summary')),
    /^Offres ouvertes par département : Finistère \(29\) : \d+ offres ouvertes Ille-et-Vilaine \(35\) : \d+ offres ouvertes Morbihan/,
  );
  // Inside a département, newest first (the catalog's order).
  const finistere = cardSlugs(first.querySelector('.subdivision'));
  const expected = group.open.filter(
    (o) => o.place?.kind === 'france' && o.place.departement.code === '29',
  );
  assert.deepEqual(
    finistere,
    expected.slice(0, finistere.length).map((o) => o.slug),
  );
  assert.ok(finistere.length > 1);
});

test('the organisations index and pages paginate with working prev/next links', () => {
  const pages = listPages(dist, '/regions/bretagne/');
  assert.deepEqual(
    pages.map((p) => p.path),
    ['/regions/bretagne/', '/regions/bretagne/2/', '/regions/bretagne/3/', '/regions/bretagne/4/'],
  );
  const prev = pages[1]?.page.querySelector('.pagination a[rel="prev"]')?.getAttribute('href');
  assert.equal(prev, '/regions/bretagne/');
});

test('feeds stop at the cap, newest first', async () => {
  const parser = new Parser();
  for (const path of [
    '/rss.xml',
    '/regions/bretagne/rss.xml',
    '/organisations/grande-association/rss.xml',
  ]) {
    const feed = await parser.parseString(readDist(dist, path));
    assert.equal(feed.items.length, FEED_MAX_ITEMS, path);
    const dates = feed.items.map((i) => i.isoDate ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), `${path}: newest first`);
  }
  const small = await parser.parseString(
    readDist(dist, '/organisations/petite-association/rss.xml'),
  );
  assert.equal(small.items.length, 10);
});

test('an organisation or offer slug that is a number would take a list page URL: refused', () => {
  assert.equal(assertNotPageNumber('collectif-3r'), 'collectif-3r');
  assert.throws(() => assertNotPageNumber('2'), /ne peut pas être un nombre/);
  assert.equal(assertOfferNotPageNumber('2026-02-offre-2'), '2026-02-offre-2');
  assert.throws(() => assertOfferNotPageNumber('2'), /ne peut pas être un nombre/);
});
