/**
 * In Chromium on the built site: a saved offer survives a reload and is listed on
 * /sauvegardes/; the home page says « N nouvelles offres depuis votre dernière visite » on a
 * later visit only. The follow pages pass axe and fit a 375 px screen (screenshots kept).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { OffersExport } from '../../src/lib/offers-export.ts';
import { formatViolations, runAxe, takeScreenshots } from '../support/browser.ts';
import { getFixture, readDist } from '../support/fixtures.ts';
import type { StaticServer } from '../support/server.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';

let session: SiteSession;
let server: StaticServer;
let page: Page;
let exported: OffersExport;
before(async () => {
  exported = JSON.parse(readDist(await getFixture(), '/offres.json')) as OffersExport;
  session = await openSite();
  ({ server, page } = session);
});
after(() => session?.close());

const OFFER = '/offres/2026-02-ville-d-ajaccio-charge-communication/';

test('a saved offer survives a reload and is listed on /sauvegardes/', async () => {
  await page.goto(`${server.url}${OFFER}`);
  const save = page.getByRole('button', { name: 'Sauvegarder cette offre' });
  await save.click();
  const saved = page.getByRole('button', { name: 'Offre sauvegardée — retirer' });
  await saved.waitFor();
  await page.reload();
  await saved.waitFor();
  await page.getByRole('link', { name: 'Voir les offres sauvegardées' }).click();
  await page.waitForURL(/\/sauvegardes\/$/);
  const link = page.locator(`saved-list a[href="${OFFER}"]`);
  await link.waitFor();
  assert.match(
    (await link.textContent()) ?? '',
    /Chargé·e de communication numérique — Ville d'Ajaccio/,
  );
  await page.reload();
  await link.waitFor();
  await page.getByRole('button', { name: /^Retirer : Chargé·e/ }).click();
  assert.equal(await link.count(), 0);
  await page.goto(`${server.url}${OFFER}`);
  assert.ok(await page.getByRole('button', { name: 'Sauvegarder cette offre' }).isVisible());
  assert.deepEqual(session.errors, []);
});

test('« nouvelles offres depuis votre dernière visite » on a later visit only', async () => {
  await page.goto(`${server.url}/`);
  await page.evaluate(() => localStorage.removeItem('offres:visits'));
  await page.reload();
  await page.waitForFunction(() => localStorage.getItem('offres:visits') !== null);
  assert.equal(await page.locator('.new-offers').count(), 0, 'first visit: nothing');

  const since = '2026-02-01';
  await page.evaluate(
    (last) => localStorage.setItem('offres:visits', JSON.stringify({ last })),
    `${since}T12:00:00Z`,
  );
  await page.reload();
  const expected = exported.offers.filter((o) => o.published > since).length;
  assert.ok(expected > 1 && expected < exported.offers.length, `${expected} offers since ${since}`);
  const notice = page.locator('.new-offers');
  await notice.waitFor();
  assert.equal(
    await notice.textContent(),
    `${expected} nouvelles offres depuis votre dernière visite`,
  );
  assert.deepEqual(session.errors, []);
});

test('follow pages: accessible, no sideways scroll at 375 px; screenshots', async () => {
  const slug = exported.offers[0]?.organisation.id ?? '';
  for (const [name, path] of [
    ['abonnement', '/abonnement/'],
    ['carte', '/carte/'],
    ['sauvegardes', '/sauvegardes/'],
    ['integrer', '/integrer/'],
    ['embed-organisation', `/integrer/organisations/${slug}/`],
  ] as const) {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}${path}`);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `${path}: ${formatViolations(violations)}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `${path} scrolls sideways at 375 px (${overflow} px)`);
    await takeScreenshots(page, `alerts-${name}`);
  }
  assert.deepEqual(session.errors, []);
});
