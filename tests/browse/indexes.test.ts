/**
 * Organisation and région indexes of the default fixture: every offer is listed on its
 * organisation page and on each of its région pages, nowhere else, with matching counts.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../src/lib/catalog.ts';
import { distHas, getFixture, listHtmlFiles, readDist, type Fixture } from '../support/fixtures.ts';
import { listPages, listedOffers, loadCatalog, pageAt, sorted, textOf } from './helpers.ts';

let site: Fixture;
let catalog: Catalog;
before(async () => {
  site = await getFixture();
  catalog = await loadCatalog(site.contentDir, site.now);
});

const MONT_DORE = '2025-01-ville-du-mont-dore-assistant-communication';
const REMOTE = '2026-02-reseau-climat-citoyen-redaction-a-distance';
const BRUSSELS = '2026-01-groupe-europeen-assistant-parlementaire';
const DRAFT = '2026-02-reseau-climat-citoyen-brouillon';

test('every organisation page lists exactly its offers: open first, then closed, counts in the headings', () => {
  assert.ok(catalog.organisations.length >= 10);
  for (const group of catalog.organisations) {
    const path = `/organisations/${group.key.slug}/`;
    const { open, closed } = listedOffers(site, path);
    assert.deepEqual(
      open,
      group.open.map((o) => o.slug),
      `${path}: open offers`,
    );
    assert.deepEqual(
      closed,
      group.closed.map((o) => o.slug),
      `${path}: closed offers`,
    );
    const first = pageAt(site, path);
    assert.equal(textOf(first.querySelector('h1')), group.key.data.name);
    assert.match(
      textOf(first.querySelector('#offres-ouvertes')),
      new RegExp(`\\(${group.open.length}\\)$`),
    );
    if (group.closed.length > 0) {
      assert.match(
        textOf(first.querySelector('#offres-cloturees')),
        new RegExp(`\\(${group.closed.length}\\)$`),
      );
    }
  }
});

test('every région page lists exactly its offers; remote, overseas and abroad offers land where they belong', () => {
  const expected = new Map<string, string[]>();
  for (const offer of catalog.offers) {
    for (const region of offer.regions)
      expected.set(region.slug, [...(expected.get(region.slug) ?? []), offer.slug]);
  }
  assert.deepEqual(sorted(catalog.regions.map((g) => g.key.slug)), sorted(expected.keys()));
  for (const group of catalog.regions) {
    const path = `/regions/${group.key.slug}/`;
    const { open, closed } = listedOffers(site, path);
    assert.deepEqual(sorted(open), sorted(group.open.map((o) => o.slug)), `${path}: open offers`);
    assert.deepEqual(
      closed,
      group.closed.map((o) => o.slug),
      `${path}: closed offers, most recently closed first`,
    );
    assert.deepEqual(
      sorted([...open, ...closed]),
      sorted(expected.get(group.key.slug) ?? []),
      path,
    );
  }
  // Spot checks that do not rely on the catalog.
  assert.deepEqual(listedOffers(site, '/regions/nouvelle-caledonie/').closed, [MONT_DORE]);
  assert.deepEqual(listedOffers(site, '/regions/a-distance/').open, [REMOTE]);
  assert.deepEqual(listedOffers(site, '/regions/international/').open, [BRUSSELS]);
  const ileDeFrance = listedOffers(site, '/regions/ile-de-france/');
  assert.ok(
    !ileDeFrance.open.includes(REMOTE),
    'a fully remote offer with no place is not under a région',
  );
  assert.ok(
    !distHas(site, '/regions/auvergne-rhone-alpes/'),
    'Le Mont-Dore (98809) is not Mont-Dore (63)',
  );
});

test('the organisations index lists every organisation with its kind, place and counts', () => {
  const entries = listPages(site, '/organisations/').flatMap(({ page }) =>
    page.querySelectorAll('.browse-entry'),
  );
  assert.deepEqual(
    entries.map((e) => e.querySelector('a')?.getAttribute('href')),
    catalog.organisations.map((g) => `/organisations/${g.key.slug}/`),
  );
  for (const [i, group] of catalog.organisations.entries()) {
    const entry = entries[i];
    assert.equal(entry?.getAttribute('data-open'), String(group.open.length));
    assert.equal(entry?.getAttribute('data-total'), String(group.offers.length));
    const counts = textOf(entry?.querySelector('.browse-counts'));
    assert.match(
      counts,
      group.offers.length === 0
        ? /^Aucune offre publiée$/
        : new RegExp(`${group.offers.length} offres? au total$`),
    );
  }
  const montDore = entries.find(
    (e) => e.querySelector('a')?.getAttribute('href') === '/organisations/ville-du-mont-dore/',
  );
  assert.deepEqual(
    montDore?.querySelectorAll('.meta li').map((li) => textOf(li)),
    ['Collectivité', 'Le Mont-Dore, Nouvelle-Calédonie'],
  );
  // An organisation without any offer is still listed, and has its page.
  assert.ok(distHas(site, '/organisations/maison-des-communs/'));
});

test('the régions index: metropolitan, overseas, then « À distance » and « International », with counts', () => {
  const page = pageAt(site, '/regions/');
  const sections = page.querySelectorAll('main section');
  assert.deepEqual(
    sections.map((s) => textOf(s.querySelector('h2'))),
    ['France métropolitaine', 'Outre-mer', 'À distance et international'],
  );
  const slugsIn = (i: number) =>
    (sections[i]?.querySelectorAll('.browse-entry h3 a') ?? []).map((a) => a.getAttribute('href'));
  assert.ok(slugsIn(0).includes('/regions/corse/'));
  assert.deepEqual(slugsIn(1), [
    '/regions/la-reunion/',
    '/regions/nouvelle-caledonie/',
    '/regions/polynesie-francaise/',
  ]);
  assert.deepEqual(slugsIn(2), ['/regions/a-distance/', '/regions/international/']);
  const entries = page.querySelectorAll('.browse-entry');
  assert.equal(entries.length, catalog.regions.length);
  for (const group of catalog.regions) {
    const entry = entries.find(
      (e) => e.querySelector('a')?.getAttribute('href') === `/regions/${group.key.slug}/`,
    );
    assert.equal(entry?.getAttribute('data-open'), String(group.open.length), group.key.slug);
    assert.equal(entry?.getAttribute('data-total'), String(group.offers.length), group.key.slug);
  }
});

test('the draft appears in no index, feed or export', () => {
  assert.ok(!distHas(site, `/offres/${DRAFT}/`));
  for (const file of listHtmlFiles(site)) {
    assert.ok(!readDist(site, file.urlPath).includes(DRAFT), `${file.urlPath} links to the draft`);
  }
  for (const path of [
    '/rss.xml',
    '/organisations/reseau-climat-citoyen/rss.xml',
    '/regions/ile-de-france/rss.xml',
    '/offres.json',
  ]) {
    assert.ok(!readDist(site, path).includes(DRAFT), `${path} mentions the draft`);
  }
});

test('breadcrumbs: offer → its région, organisation and région pages → their index, open offers → home', () => {
  const crumbs = (path: string) =>
    pageAt(site, path)
      .querySelectorAll('nav.breadcrumbs li')
      .map((li) => [textOf(li), li.querySelector('a')?.getAttribute('href') ?? null]);
  assert.deepEqual(crumbs(`/offres/${MONT_DORE}/`), [
    ['Accueil', '/'],
    ['Régions', '/regions/'],
    ['Nouvelle-Calédonie', '/regions/nouvelle-caledonie/'],
    ['Assistant(e) de communication', null],
  ]);
  assert.deepEqual(crumbs(`/offres/${REMOTE}/`)[2], ['À distance', '/regions/a-distance/']);
  assert.deepEqual(crumbs('/organisations/ville-du-mont-dore/'), [
    ['Accueil', '/'],
    ['Organisations', '/organisations/'],
    ['Ville du Mont-Dore', null],
  ]);
  assert.deepEqual(crumbs('/regions/corse/'), [
    ['Accueil', '/'],
    ['Régions', '/regions/'],
    ['Corse', null],
  ]);
  assert.deepEqual(crumbs('/offres/'), [
    ['Accueil', '/'],
    ['Offres ouvertes', null],
  ]);
  const current = pageAt(site, '/regions/corse/').querySelector(
    'nav.breadcrumbs [aria-current="page"]',
  );
  assert.equal(textOf(current), 'Corse');
});

test('from the home page, every offer is reached through its organisation and through its région', () => {
  const linksOf = (path: string) =>
    new Set(
      pageAt(site, path)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href') ?? ''),
    );
  const home = linksOf('/');
  assert.ok(
    home.has('/organisations/') && home.has('/regions/'),
    'the header links to both indexes',
  );
  const organisationPages = [...linksOf('/organisations/')].filter((h) =>
    /^\/organisations\/[^/]+\/$/.test(h),
  );
  const regionPages = [...linksOf('/regions/')].filter((h) => /^\/regions\/[^/]+\/$/.test(h));
  const reachedVia = (pages: string[]) =>
    new Set(
      pages
        .flatMap((p) =>
          listPages(site, p).flatMap(({ page }) => page.querySelectorAll('.offer-card a')),
        )
        .map((a) => a.getAttribute('href')),
    );
  const viaOrganisations = reachedVia(organisationPages);
  const viaRegions = reachedVia(regionPages);
  for (const offer of catalog.offers) {
    assert.ok(viaOrganisations.has(offer.url), `${offer.slug} not reached through /organisations/`);
    assert.ok(viaRegions.has(offer.url), `${offer.slug} not reached through /regions/`);
    // And back: the offer page links to its organisation and its régions.
    const links = linksOf(offer.url);
    assert.ok(links.has(offer.organisation.url), `${offer.slug} → organisation`);
    for (const region of offer.regions)
      assert.ok(links.has(`/regions/${region.slug}/`), `${offer.slug} → ${region.slug}`);
  }
});

test('organisation card: kind, seat, website, description and logo when given', () => {
  const card = pageAt(site, '/organisations/maison-des-communs/').querySelector('.org-card');
  assert.ok(card);
  assert.match(textOf(card), /Type Association/);
  assert.match(textOf(card), /Siège Poitiers, Nouvelle-Aquitaine/);
  assert.equal(
    card.querySelector('a')?.getAttribute('href'),
    'https://maison-des-communs.example.org',
  );
  assert.equal(
    card.querySelector('img')?.getAttribute('src'),
    '/organisations/maison-des-communs/logo.svg',
  );
  assert.ok(readDist(site, '/organisations/maison-des-communs/logo.svg').startsWith('<svg'));
  const markdown = pageAt(site, '/organisations/reseau-climat-citoyen/').querySelector(
    '.org-card .prose',
  );
  assert.equal(
    markdown?.querySelector('strong')?.textContent,
    'plaidoyer',
    'a .md organisation body is rendered',
  );
  assert.match(
    textOf(pageAt(site, '/organisations/maison-des-communs/').querySelector('.lead')),
    /Aucune offre publiée/,
  );
});

test('index and list pages ship no JavaScript', () => {
  const paths = [
    '/organisations/',
    '/regions/',
    '/regions/corse/',
    '/organisations/ville-d-ajaccio/',
  ];
  for (const path of paths) {
    const scripts = pageAt(site, path)
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json');
    assert.deepEqual(
      scripts.map((s) => s.toString().slice(0, 80)),
      [],
      path,
    );
  }
});
