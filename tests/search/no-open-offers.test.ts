/**
 * A portal with no open offer (the repository's own content: five closed seeds) still builds
 * its search, and /recherche/ says so with one way to the closed offers.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { collectConsoleErrors, launchBrowser } from '../support/browser.ts';
import { buildSite, writeContentDir } from '../support/fixtures.ts';
import { startServer, type StaticServer } from '../support/server.ts';

let browser: Browser;
let server: StaticServer;

before(async () => {
  const dirs = writeContentDir('search-no-open-offers', {});
  const result = await buildSite({ contentDir: dirs.contentDir, outDir: dirs.outDir });
  assert.ok(result.ok, result.output);
  assert.match(result.output, /5 offres indexées pour la recherche : 0 ouvertes/);
  server = await startServer(dirs.outDir);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('with no open offer, /recherche/ says so and searches closed ones on request', async () => {
  const page = await browser.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(`${server.url}/recherche/?q=plaidoyer&region=ile-de-france`);
  const hint = page.locator('[data-search-part="notice"]');
  await page.locator('offres-search[data-state="ready"]:not([aria-busy])').waitFor();
  assert.match(await hint.innerText(), /Aucune offre n’est ouverte en ce moment/);
  assert.equal(
    await page.getByRole('searchbox', { name: 'Rechercher parmi les offres' }).inputValue(),
    'plaidoyer',
  );
  await hint.getByRole('link', { name: 'Chercher aussi dans les offres clôturées' }).click();
  await page.waitForURL((url) => url.search === '?q=plaidoyer&region=ile-de-france&statut=toutes');
  const link = page.locator('[data-search-part="results"] .search-result h3 a').first();
  await link.waitFor();
  assert.equal(
    new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname,
    '/offres/2019-12-collectif-3r-charge-plaidoyer-municipales/',
  );
  assert.deepEqual(errors, []);
});
