/**
 * Contract and région × contract feeds, read with rss-parser and checked by fast-xml-parser's
 * validator: the right offers, newest first, capped; no feed for an empty combination; the
 * « S'abonner » page lists every feed of the build with its counts, and no e-mail alert while
 * none is configured (the configured state: the pure directory, below).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import Parser from 'rss-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { Catalog } from '../../src/lib/catalog.ts';
import { getFeedDirectory, listFeedPaths } from '../../src/lib/alerts/follow-feeds.ts';
import { CONTRACTS } from '../../src/schema/offer.ts';
import { FEED_MAX_ITEMS, type EmailAlerts } from '../../src/lib/site.ts';
import { distHas, getFixture, listDistFiles, readDist, type Fixture } from '../support/fixtures.ts';
import { loadCatalog, pageAt, textOf } from '../browse/helpers.ts';

const parser = new Parser();
let site: Fixture;
let catalog: Catalog;
before(async () => {
  site = await getFixture();
  catalog = await loadCatalog(site.contentDir, site.now);
});

async function checkFeed(path: string, expected: readonly { url: string }[], title: string) {
  const xml = readDist(site, path);
  assert.equal(XMLValidator.validate(xml), true, `${path} is not well-formed XML`);
  assert.match(xml, /<\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?>/, `${path}: XSL view`);
  const feed = await parser.parseString(xml);
  assert.equal(feed.title, `Offres — ${title}`);
  assert.deepEqual(
    feed.items.map((i) => i.link),
    expected.slice(0, FEED_MAX_ITEMS).map((o) => `${site.site}${o.url}`),
    path,
  );
}

test('one feed per contract type with offers, holding exactly its offers, newest first', async () => {
  let built = 0;
  for (const contract of CONTRACTS) {
    const offers = catalog.offers.filter((o) => o.data.contract.includes(contract));
    const path = `/contrats/${contract}/rss.xml`;
    assert.equal(distHas(site, path), offers.length > 0, `${path}: built iff it has offers`);
    if (offers.length === 0) continue;
    built += 1;
    const label = (await parser.parseString(readDist(site, path))).title?.replace('Offres — ', '');
    await checkFeed(path, offers, label ?? '');
  }
  assert.ok(built >= 3, 'the sample content has several contract types');
});

test('région × contract feeds: « Stage · Hauts-de-France » and every other combination with offers', async () => {
  const stages = catalog.regions
    .find((g) => g.key.slug === 'hauts-de-france')
    ?.offers.filter((o) => o.data.contract.includes('stage'));
  assert.ok(stages && stages.length > 0);
  await checkFeed('/regions/hauts-de-france/stage/rss.xml', stages, 'Stage · Hauts-de-France');
  for (const group of catalog.regions) {
    for (const contract of CONTRACTS) {
      const offers = group.offers.filter((o) => o.data.contract.includes(contract));
      const path = `/regions/${group.key.slug}/${contract}/rss.xml`;
      assert.equal(distHas(site, path), offers.length > 0, path);
      if (offers.length > 0) {
        const feed = await parser.parseString(readDist(site, path));
        assert.deepEqual(
          feed.items.map((i) => i.link),
          offers.slice(0, FEED_MAX_ITEMS).map((o) => `${site.site}${o.url}`),
          path,
        );
      }
    }
  }
});

test('the feeds are capped at FEED_MAX_ITEMS', () => {
  const spec = getFeedDirectory(catalog, undefined, new URL(site.site));
  assert.ok(spec.length > 0);
  for (const file of listDistFiles(site, 'rss.xml')) {
    const count = (readDist(site, file.urlPath).match(/<item>/g) ?? []).length;
    assert.ok(count <= FEED_MAX_ITEMS, file.urlPath);
  }
});

test('/abonnement/ lists every feed of the site once, grouped under headings, with counts', () => {
  const page = pageAt(site, '/abonnement/');
  const linked = page.querySelectorAll('a.feed-address').map((a) => a.getAttribute('href'));
  const built = listDistFiles(site, 'rss.xml').map((f) => f.urlPath);
  assert.deepEqual([...linked].sort(), [...built].sort());
  assert.deepEqual(
    page.querySelectorAll('h2').map((h) => textOf(h)),
    [
      "Qu'est-ce qu'un flux ?",
      'Tout le site',
      'Par région',
      'Par type de contrat',
      'Par région et type de contrat',
      'Par organisation',
    ],
  );
  const corse = page
    .querySelectorAll('.feed-entry')
    .find((li) => textOf(li.querySelector('.feed-name')) === 'Corse');
  const group = catalog.regions.find((g) => g.key.slug === 'corse');
  assert.equal(
    textOf(corse?.querySelector('.feed-counts')),
    `${group?.open.length === 1 ? '1 offre ouverte' : `${group?.open.length} offres ouvertes`} · ${group?.offers.length} offre${(group?.offers.length ?? 0) > 1 ? 's' : ''} au total`,
  );
  assert.match(textOf(page.querySelector('main')), /lecteur de flux/);
  // Not configured: no e-mail link, no sender.
  assert.equal(page.querySelectorAll('a.feed-email').length, 0);
  assert.doesNotMatch(textOf(page), /Recevoir par e-mail|envoyées par/);
  assert.ok(pageAt(site, '/').querySelector('footer a[href="/abonnement/"]'), 'footer link');
});

test('with an e-mail service configured, every feed gets its subscription link to the absolute feed URL', () => {
  const alerts: EmailAlerts = {
    service: 'Exemple',
    sender: 'alertes@exemple.org',
    subscribeUrl: (feed) => `https://exemple.org/abonner?flux=${encodeURIComponent(feed)}`,
  };
  const sections = getFeedDirectory(catalog, alerts, new URL(site.site));
  const entries = sections.flatMap((s) => [
    ...s.entries,
    ...(s.subsections ?? []).flatMap((x) => x.entries),
  ]);
  assert.equal(entries.length, listFeedPaths(sections).length);
  for (const entry of entries) {
    assert.equal(
      entry.email,
      `https://exemple.org/abonner?flux=${encodeURIComponent(`${site.site}${entry.href}`)}`,
    );
  }
  const off = getFeedDirectory(catalog, undefined, new URL(site.site));
  assert.ok(off.every((s) => s.entries.every((e) => e.email === undefined)));
});
