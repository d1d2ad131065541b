/** A visitor in Chromium: home → an offer → the archives; screenshots at 375 and 1280 px; axe WCAG 2.1 AA. */
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

async function assertAccessible(name: string) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${name}: ${formatViolations(violations)}`);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `${name} scrolls sideways at ${width} px (${overflow} px)`);
  }
  await takeScreenshots(page, `site-${name}`);
}

test('home → offer → archives, readable and accessible', async () => {
  await page.goto(`${server.url}/`);
  assert.equal(await page.title(), 'Offres');
  await assertAccessible('home');

  await page.getByRole('link', { name: 'Chargé·e de communication numérique' }).click();
  await page.waitForURL(/\/offres\/2026-02-ville-d-ajaccio-charge-communication\/$/);
  assert.equal(
    await page.getByRole('heading', { level: 1 }).textContent(),
    'Chargé·e de communication numérique',
  );
  assert.ok(await page.getByRole('link', { name: 'Candidater par e-mail' }).isVisible());
  await assertAccessible('offer-open');

  await page.goto(`${server.url}/offres/2025-01-ville-du-mont-dore-assistant-communication/`);
  assert.ok(await page.getByText('Offre clôturée', { exact: true }).first().isVisible());
  assert.equal(await page.getByRole('link', { name: /Candidater/ }).count(), 0);
  await assertAccessible('offer-closed');

  await page.getByRole('link', { name: 'Archives', exact: true }).click();
  await page.waitForURL(/\/archives\/$/);
  assert.match(
    (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
    /Offres clôturées/,
  );
  await assertAccessible('archives');
  assert.deepEqual(errors, []);
});

test('keyboard: the skip link is the first stop and moves focus to the content', async () => {
  await page.goto(`${server.url}/`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert.equal(focused, 'Aller au contenu');
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'contenu');
});
