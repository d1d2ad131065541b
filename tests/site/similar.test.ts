/** « Offres similaires » from the fixture's catalog, and a closed offer's props as days go by. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { addDays } from '../../src/lib/lifecycle.ts';
import { getOfferPages } from '../../src/pages/offres/[slug]/_pages.ts';
import { SIMILAR_MAX, getSimilarOffers } from '../../src/lib/similar.ts';
import { loadCatalog } from '../browse/helpers.ts';
import { getFixture, type Fixture } from '../support/fixtures.ts';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

test('similar offers: never the offer itself, at most four, open ones first, same answer twice', async () => {
  const catalog = await loadCatalog(site.contentDir, site.now);
  const similar = getSimilarOffers(catalog);
  assert.deepEqual(getSimilarOffers(catalog), similar, 'deterministic');
  for (const offer of catalog.offers) {
    const list = similar.get(offer.slug) ?? [];
    assert.ok(list.length <= SIMILAR_MAX, offer.slug);
    assert.ok(!list.some((s) => s.slug === offer.slug), `${offer.slug} lists itself`);
    const firstClosed = list.findIndex((s) => s.closed);
    if (firstClosed >= 0)
      assert.ok(
        list.slice(firstClosed).every((s) => s.closed),
        `${offer.slug}: open first`,
      );
    if (offer.status === 'closed')
      assert.ok(
        list.every((s) => s.closed),
        `${offer.slug}: closed lists closed`,
      );
  }
  // Ajaccio shares nothing with the open offers; the Mont-Dore offer shares two tags with it.
  assert.deepEqual(
    similar.get('2026-02-ville-d-ajaccio-charge-communication')?.map((s) => s.slug),
    [
      '2025-01-ville-du-mont-dore-assistant-communication',
      '2023-11-groupe-ecologiste-nord-charge-de-mission-stage',
      '2019-08-poitiers-collectif-charge-de-campagne',
    ],
  );
  // The two offers in La Réunion are each other's first.
  assert.equal(
    similar.get('2026-02-ocean-indien-solidaire-service-civique')?.[0]?.slug,
    '2026-02-ocean-indien-solidaire-benevolat-securite',
  );
  // A closed offer only lists offers that closed before it: not Ajaccio, closed later.
  assert.deepEqual(
    similar.get('2025-01-ville-du-mont-dore-assistant-communication')?.map((s) => s.slug),
    [
      '2023-11-groupe-ecologiste-nord-charge-de-mission-stage',
      '2019-08-poitiers-collectif-charge-de-campagne',
    ],
  );
});

test("a closed offer's page props and cache key stay the same the next day, while others close", async () => {
  // Every day from the build's date until every fixture offer has closed (Ajaccio on 15 March
  // then shares two tags with the closed Mont-Dore offer).
  const { offers, organisations } = await checkContent(site.contentDir);
  const catalogAt = (now: Date): Catalog =>
    buildCatalog(
      offers.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
      organisations.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
      now,
    );
  let checked = 0;
  for (let day = 0; day < 60; day++) {
    const today = new Date(site.now.getTime() + day * 86_400_000);
    const tomorrow = new Date(today.getTime() + 86_400_000);
    const keys = new Map(getOfferPages(catalogAt(tomorrow)).map((p) => [p.offer.slug, p.cacheKey]));
    for (const page of getOfferPages(catalogAt(today))) {
      if (page.offer.status !== 'closed') continue;
      assert.equal(
        keys.get(page.offer.slug),
        page.cacheKey,
        `${page.offer.slug} changed between ${today.toISOString()} and ${addDays(today.toISOString().slice(0, 10), 1)}`,
      );
      checked++;
    }
  }
  assert.ok(checked > 60 * 6, `checked ${checked} closed pages`);
});
