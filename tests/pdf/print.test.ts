/** Printing an offer page from the browser: no navigation, the facts and the URL on the sheet. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { getFixture } from '../support/fixtures.ts';
import { startServer, type StaticServer } from '../support/server.ts';

const SLUG = '2026-02-ville-d-ajaccio-charge-communication';
let browser: Browser;
let server: StaticServer;

before(async () => {
  const site = await getFixture();
  server = await startServer(site.distDir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('print media hides header, footer, breadcrumbs and links list, shows the offer URL', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/offres/${SLUG}/`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.apply .button']) {
    assert.equal(
      await page.locator(selector).first().isVisible(),
      false,
      `${selector} should not print`,
    );
  }
  assert.equal(await page.getByText('Télécharger la fiche de poste').isVisible(), false);
  assert.equal(await page.locator('.print-only').isVisible(), true);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-print-'));
  try {
    const file = path.join(dir, 'page.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.match(text, /Chargé·e de communication numérique/);
    assert.match(text, /15 mars 2026/);
    assert.match(text, /recrutement@ajaccio\.example/);
    assert.match(
      text,
      new RegExp(`Offre en ligne : https://offres\\.example\\.org/offres/${SLUG}/`),
    );
    assert.doesNotMatch(text, /Fil d'Ariane|Recherche|Toutes les offres de/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await page.close();
  }
});
