/**
 * `/carte/`: every région's count on the map and in its table equals the régions index; each
 * shape links to its région page; no script. Embeddable lists: one page per organisation and
 * région, listing exactly its open offers, kept out of search engines, links in a new tab.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../src/lib/catalog.ts';
import { getFixture, readDist, type Fixture } from '../support/fixtures.ts';
import { loadCatalog, pageAt, textOf } from '../browse/helpers.ts';

let site: Fixture;
let catalog: Catalog;
before(async () => {
  site = await getFixture();
  catalog = await loadCatalog(site.contentDir, site.now);
});

/** Open offers per région page, as the régions index shows them. */
function indexCounts(): Map<string, number> {
  const entries = pageAt(site, '/regions/').querySelectorAll('.browse-entry');
  return new Map(
    entries.map((li) => [
      (li.querySelector('a')?.getAttribute('href') ?? '').replace(/^\/regions\/|\/$/g, ''),
      Number(li.getAttribute('data-open')),
    ]),
  );
}

test("the map's counts equal the régions index, on the shapes and in the table", () => {
  const page = pageAt(site, '/carte/');
  const index = indexCounts();
  const onMap = new Map(
    page
      .querySelectorAll('svg text.count')
      .map((t) => [t.getAttribute('data-region') ?? '', Number(textOf(t))]),
  );
  const inTable = new Map(
    page
      .querySelectorAll('#carte-regions tbody tr')
      .map((tr) => [tr.getAttribute('data-region') ?? '', Number(textOf(tr.querySelector('td')))]),
  );
  assert.deepEqual([...onMap].sort(), [...inTable].sort());
  // 13 metropolitan régions and the 5 overseas départements at least.
  assert.ok(onMap.size >= 18, `${onMap.size} régions on the map`);
  for (const [slug, count] of onMap) {
    if (index.has(slug))
      assert.equal(count, index.get(slug), `${slug}: map ${count}, index ${index.get(slug)}`);
    else assert.equal(count, 0, `${slug} has open offers but no page`);
  }
  // Every région page of a French région is on the map.
  for (const group of catalog.regions) {
    if (['a-distance', 'international'].includes(group.key.slug)) continue;
    assert.equal(onMap.get(group.key.slug), group.open.length, group.key.slug);
  }
  assert.ok(onMap.has('la-reunion') && onMap.has('guadeloupe'), 'overseas shown');
});

test('each région with a page is a link on the map; départements carry their count; no script', () => {
  const html = readDist(site, '/carte/');
  const page = pageAt(site, '/carte/');
  for (const group of catalog.regions) {
    if (['a-distance', 'international'].includes(group.key.slug)) continue;
    const link = page.querySelector(`svg a[href="/regions/${group.key.slug}/"]`);
    assert.ok(link, `${group.key.slug} is not a link on the map`);
    assert.match(textOf(link.querySelector('title')), new RegExp(`^${group.key.name} : `));
  }
  const departements = page.querySelectorAll('#carte-departements tbody tr');
  const sum = departements.reduce((n, tr) => n + Number(textOf(tr.querySelectorAll('td')[1])), 0);
  const french = catalog.open.filter((o) => o.place?.kind === 'france').length;
  assert.equal(sum, french, 'départements add up to the open offers placed in France');
  assert.match(html, /<title>Corse-du-Sud \(2A\) : 1 offre ouverte<\/title>/);
  assert.doesNotMatch(html, /<script(?! type="application\/ld\+json")/);
});

test('an embeddable page per organisation and région, listing exactly its open offers', () => {
  const groups = [
    ...catalog.organisations.map((g) => ({
      path: `/integrer/organisations/${g.key.slug}/`,
      open: g.open,
    })),
    ...catalog.regions.map((g) => ({ path: `/integrer/regions/${g.key.slug}/`, open: g.open })),
  ];
  for (const { path, open } of groups) {
    const page = pageAt(site, path);
    const links = page.querySelectorAll('.embed-offers a').map((a) => a.getAttribute('href'));
    assert.deepEqual(
      links,
      open.map((o) => `${site.site}${o.url}`),
      path,
    );
    assert.equal(
      page.querySelector('meta[name="robots"]')?.getAttribute('content'),
      'noindex',
      path,
    );
    assert.equal(page.querySelector('base')?.getAttribute('target'), '_blank', path);
    assert.equal(page.querySelector('header, footer, nav, script'), null, path);
    assert.equal(page.querySelector('[style], style'), null, `${path}: inline style`);
    assert.ok(
      page.querySelector('link[rel="stylesheet"][href="/embed.css"]'),
      `${path}: stylesheet`,
    );
  }
  const help = textOf(pageAt(site, '/integrer/').querySelector('main'));
  assert.match(
    help,
    /<iframe src="https:\/\/offres\.example\.org\/integrer\/organisations\/[a-z0-9-]+\/" title="/,
  );
  for (const { path } of groups)
    assert.ok(help.includes(`${site.site}${path}`), `/integrer/ lists ${path}`);
});
