/**
 * RSS feeds of the default fixture, read with a real feed parser (rss-parser): every feed
 * parses, every item links to a built page, items are the right ones, newest first, capped,
 * contributed text escaped; the XSL stylesheet and autodiscovery links are in place.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import type { Catalog } from '../../src/lib/catalog.ts';
import { FEED_MAX_ITEMS } from '../../src/lib/site.ts';
import { distHas, getFixture, listDistFiles, readDist, type Fixture } from '../support/fixtures.ts';
import { loadCatalog, pageAt, textOf } from './helpers.ts';
import { listFollowFeedPaths } from '../alerts/helpers.ts';

type Item = { 'content:encoded'?: string };
const parser = new Parser<Record<string, never>, Item>({
  customFields: { item: ['content:encoded'] },
});

let site: Fixture;
let catalog: Catalog;
before(async () => {
  site = await getFixture();
  catalog = await loadCatalog(site.contentDir, site.now);
});

const feedPaths = () => listDistFiles(site, 'rss.xml').map((f) => f.urlPath);

async function readFeed(path: string) {
  return parser.parseString(readDist(site, path));
}

/** `/offres/x/` for an absolute link on the fixture's site. */
function localPath(link: string | undefined): string {
  const url = new URL(link ?? '');
  assert.equal(url.origin, new URL(site.site).origin, `${link} is not on the site`);
  return url.pathname;
}

test('one feed for the site, each région and each organisation', () => {
  const expected = [
    '/rss.xml',
    ...catalog.regions.map((g) => `/regions/${g.key.slug}/rss.xml`),
    ...catalog.organisations.map((g) => `/organisations/${g.key.slug}/rss.xml`),
    // Contract and région × contract feeds: tests/alerts/follow-feeds.test.ts.
    ...listFollowFeedPaths(catalog),
  ].sort();
  assert.deepEqual(feedPaths().sort(), expected);
});

test('every feed parses; every item has a title, an absolute link to a built page, a guid and a date', async () => {
  for (const path of feedPaths()) {
    const feed = await readFeed(path);
    assert.ok(feed.title?.startsWith('Offres — '), `${path}: title`);
    assert.ok(distHas(site, localPath(feed.link)), `${path}: channel link ${feed.link}`);
    for (const item of feed.items) {
      assert.ok(item.title, `${path}: item without title`);
      assert.ok(distHas(site, localPath(item.link)), `${path}: ${item.link} is not a built page`);
      assert.equal(item.guid, item.link, `${path}: guid is the permalink`);
      assert.ok(item.isoDate, `${path}: ${item.link} has no pubDate`);
      assert.ok(item.contentSnippet, `${path}: ${item.link} has no description`);
    }
  }
});

test('site feed: newest published first, capped, one item per offer with the key facts', async () => {
  const feed = await readFeed('/rss.xml');
  const expected = catalog.offers.slice(0, FEED_MAX_ITEMS).map((o) => `${site.site}${o.url}`);
  assert.deepEqual(
    feed.items.map((i) => i.link),
    expected,
  );
  const ajaccio = feed.items.find((i) =>
    i.link?.endsWith('/2026-02-ville-d-ajaccio-charge-communication/'),
  );
  assert.equal(ajaccio?.title, "Chargé·e de communication numérique — Ville d'Ajaccio (Ajaccio)");
  assert.equal(ajaccio?.isoDate, '2026-02-10T12:00:00.000Z');
  assert.equal(
    ajaccio?.contentSnippet?.replace(/[\u00A0\u202F]/g, ' '),
    'Contrat : CDI · Lieu : Ajaccio (20000), Corse-du-Sud, Corse · Date limite de candidature : 15 mars 2026 inclus · Rémunération : 2 200 à 2 600 € brut / mois',
  );
  assert.deepEqual(ajaccio?.categories, ['CDI', 'Corse', 'communication', 'collectivite']);
  assert.match(ajaccio?.['content:encoded'] ?? '', /<h2[^>]*>Missions<\/h2>/);
  const remote = feed.items.find((i) =>
    i.link?.endsWith('/2026-02-reseau-climat-citoyen-redaction-a-distance/'),
  );
  assert.equal(
    remote?.title,
    'Rédacteur·rice de notes de synthèse (mission à distance) — Réseau Climat Citoyen (À distance)',
  );
  assert.ok(remote?.categories?.includes('À distance'));
});

test('a subscriber to /regions/nouvelle-caledonie/rss.xml sees the Mont-Dore offer', async () => {
  const feed = await readFeed('/regions/nouvelle-caledonie/rss.xml');
  assert.deepEqual(
    feed.items.map((i) => i.title),
    ['Assistant(e) de communication — Ville du Mont-Dore (Le Mont-Dore)'],
  );
  assert.match(
    feed.items[0]?.contentSnippet ?? '',
    /^Statut : offre clôturée · Contrat : Fonction publique · Lieu : Le Mont-Dore \(98809\), Nouvelle-Calédonie/,
  );
});

test('région and organisation feeds carry exactly their offers, newest first', async () => {
  for (const group of catalog.regions) {
    const feed = await readFeed(`/regions/${group.key.slug}/rss.xml`);
    assert.deepEqual(
      feed.items.map((i) => i.link),
      group.offers.slice(0, FEED_MAX_ITEMS).map((o) => `${site.site}${o.url}`),
    );
  }
  for (const group of catalog.organisations) {
    const feed = await readFeed(`/organisations/${group.key.slug}/rss.xml`);
    assert.deepEqual(
      feed.items.map((i) => i.link),
      group.offers.slice(0, FEED_MAX_ITEMS).map((o) => `${site.site}${o.url}`),
    );
  }
});

test('contributed text is escaped: a title with markup stays text', async () => {
  const xml = readDist(site, '/regions/la-reunion/rss.xml');
  assert.ok(!xml.includes('<b>accueil</b>'), 'raw markup in the feed');
  assert.ok(!/<script/i.test(xml), 'a script element in the feed');
  const feed = await readFeed('/regions/la-reunion/rss.xml');
  const item = feed.items.find((i) => i.link?.includes('benevolat-securite'));
  assert.equal(
    item?.title,
    'Bénévole <b>accueil</b> du public — Océan Indien Solidaire (Saint-Denis)',
  );
  const html = item?.['content:encoded'] ?? '';
  assert.ok(
    !/<script|\son\w+=|(?:href|src)="\s*javascript:/i.test(html),
    'the HTML content is the sanitised body',
  );
});

test('feeds point to a well-formed XSL stylesheet, declare French and their own address', () => {
  const xsl = readDist(site, '/rss.xsl');
  // Well-formedness is checked in Chromium (browser.test.ts); here, that it is a stylesheet.
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xsl) as Record<string, unknown>;
  assert.ok('xsl:stylesheet' in parsed, 'rss.xsl is an XSL stylesheet');
  assert.match(xsl, /Ceci est un flux RSS/);
  for (const path of feedPaths()) {
    const xml = readDist(site, path);
    assert.match(
      xml,
      /^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?>/,
      path,
    );
    assert.ok(xml.includes('<language>fr-FR</language>'), path);
    assert.ok(
      xml.includes(`<atom:link href="${site.site}${path}" rel="self" type="application/rss+xml"/>`),
      path,
    );
  }
});

test('autodiscovery: every page offers the site feed; offer, région and organisation pages their own first, with a visible link', () => {
  const alternates = (path: string) =>
    pageAt(site, path)
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((l) => l.getAttribute('href'));
  assert.deepEqual(alternates('/'), ['/rss.xml']);
  assert.deepEqual(alternates('/offres/2026-02-ville-d-ajaccio-charge-communication/'), [
    '/organisations/ville-d-ajaccio/rss.xml',
    '/regions/corse/rss.xml',
    '/rss.xml',
  ]);
  // A fully remote offer with no place: its only région is « À distance ».
  assert.deepEqual(alternates('/offres/2026-02-reseau-climat-citoyen-redaction-a-distance/'), [
    '/organisations/reseau-climat-citoyen/rss.xml',
    '/regions/a-distance/rss.xml',
    '/rss.xml',
  ]);
  assert.deepEqual(alternates('/regions/nouvelle-caledonie/'), [
    '/regions/nouvelle-caledonie/rss.xml',
    '/rss.xml',
  ]);
  assert.deepEqual(alternates('/organisations/ville-du-mont-dore/'), [
    '/organisations/ville-du-mont-dore/rss.xml',
    '/rss.xml',
  ]);
  const subscribe = pageAt(site, '/regions/nouvelle-caledonie/').querySelector('a.feed-link');
  assert.equal(subscribe?.getAttribute('href'), '/regions/nouvelle-caledonie/rss.xml');
  assert.match(textOf(subscribe), /^S'abonner/);
  const footer = pageAt(site, '/').querySelector('footer a[href="/rss.xml"]');
  assert.ok(footer, 'the footer links to the site feed');
});
