/**
 * The list of open offers, the indexes and a feed in Chromium at 375 and 1280 px: WCAG 2.1 AA (axe), no sideways
 * scrolling, no console error; a feed opened in the browser reads as a French page (XSL).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, takeScreenshots } from '../support/browser.ts';
import type { StaticServer } from '../support/server.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';

let session: SiteSession;
let server: StaticServer;
let page: Page;
let errors: string[];

before(async () => {
  session = await openSite();
  ({ server, page, errors } = session);
});

after(() => session?.close());

const PAGES: [string, string][] = [
  ['open-offers', '/offres/'],
  ['organisations', '/organisations/'],
  ['organisation', '/organisations/maison-des-communs/'],
  ['regions', '/regions/'],
  ['region-nouvelle-caledonie', '/regions/nouvelle-caledonie/'],
  ['region-la-reunion', '/regions/la-reunion/'],
];

for (const [name, path] of PAGES) {
  test(`${path}: accessible, no sideways scrolling`, async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}${path}`);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `${path}: ${formatViolations(violations)}`);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `${path} scrolls sideways at ${width} px (${overflow} px)`);
    }
    await takeScreenshots(page, `browse-${name}`);
    assert.deepEqual(errors, []);
  });
}

test('a visitor goes from the régions index to the Mont-Dore offer and subscribes to its région', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/`);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Régions' })
    .click();
  await page.getByRole('link', { name: 'Nouvelle-Calédonie' }).click();
  await page.waitForURL(/\/regions\/nouvelle-caledonie\/$/);
  await page.getByRole('link', { name: 'Assistant(e) de communication' }).click();
  await page.waitForURL(/\/offres\/2025-01-ville-du-mont-dore-assistant-communication\/$/);
  await page
    .getByRole('navigation', { name: "Fil d'Ariane" })
    .getByRole('link', { name: 'Nouvelle-Calédonie' })
    .click();
  const subscribe = page.getByRole('link', { name: /^S'abonner aux offres : Nouvelle-Calédonie/ });
  assert.equal(await subscribe.getAttribute('href'), '/regions/nouvelle-caledonie/rss.xml');
  assert.deepEqual(errors, []);
});

test('the feed stylesheet is well-formed XML', async () => {
  await page.goto(`${server.url}/`);
  const problem = await page.evaluate(async () => {
    const text = await (await fetch('/rss.xsl')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror')?.textContent ?? null;
  });
  assert.equal(problem, null);
});

test('a feed opened in the browser is a French page explaining how to subscribe', async (t) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/regions/nouvelle-caledonie/rss.xml`);
  // Chromium is phasing XSLT out; feed readers do not need it, so only check where it still runs.
  if (!(await page.evaluate(() => typeof XSLTProcessor !== 'undefined'))) {
    t.skip('this Chromium has no XSLT');
    return;
  }
  assert.equal(await page.locator('h1').textContent(), 'Offres — Nouvelle-Calédonie');
  assert.ok(await page.getByText('Ceci est un flux RSS').isVisible());
  assert.equal(
    await page.locator('code.address').textContent(),
    'https://offres.example.org/regions/nouvelle-caledonie/rss.xml',
  );
  const item = page.getByRole('link', {
    name: 'Assistant(e) de communication — Ville du Mont-Dore (Le Mont-Dore)',
  });
  assert.equal(
    await item.getAttribute('href'),
    'https://offres.example.org/offres/2025-01-ville-du-mont-dore-assistant-communication/',
  );
  assert.ok(await page.getByText('Publiée le 31 janvier 2025').isVisible());
  await takeScreenshots(page, 'browse-feed-nouvelle-caledonie');
});
