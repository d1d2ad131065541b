// Proves the test infrastructure itself, on a tiny hand-made site (no Astro build): the static
// server, Chromium through playwright-core, axe, screenshots, and reading a dist dir.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  collectConsoleErrors,
  formatViolations,
  launchBrowser,
  runAxe,
  SCREENSHOT_WIDTHS,
  takeScreenshots,
} from './support/browser.ts';
import { distHas, listHtmlFiles, readDist } from './support/fixtures.ts';
import { startServer, type StaticServer } from './support/server.ts';

const PAGE = `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>Infra — accueil</title><link rel="stylesheet" href="/style.css"></head>
  <body><main><h1>Offres</h1><p><a href="/offres/">Toutes les offres</a></p></main></body>
</html>`;

function makeSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-infra-'));
  const files: Record<string, string> = {
    'index.html': PAGE,
    // No lang, an image without alt, and a CSP that blocks any injected <script> tag.
    'bad/index.html':
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'none'">` +
      '<title>Mauvaise page</title></head><body><main><img src="/favicon.ico"></main></body></html>',
    'style.css': 'body { font-family: sans-serif; }',
    'offres/index.html': PAGE.replace('accueil', 'offres'),
    '404.html': '<!doctype html><title>Page introuvable</title><h1>Page introuvable</h1>',
    // Chromium asks for it on every page; a missing one would be a console error.
    'favicon.ico': '',
    'rss.xml': '<?xml version="1.0"?><rss version="2.0"></rss>',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/index/fr_1.pf_index': 'x',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('test infrastructure', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    dir = makeSite();
    server = await startServer(dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the server maps URL paths like a static host', async () => {
    const get = (urlPath: string): Promise<Response> =>
      fetch(`${server.url}${urlPath}`, { redirect: 'manual' });
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await home.text(), /Infra — accueil/);

    const redirect = await get('/offres');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/offres/');

    assert.equal((await get('/style.css')).headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(
      (await get('/rss.xml')).headers.get('content-type'),
      'application/xml; charset=utf-8',
    );
    assert.equal(
      (await get('/pagefind/index/fr_1.pf_index')).headers.get('content-type'),
      'application/octet-stream',
    );

    const missing = await get('/nope/');
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Page introuvable/);
    assert.equal((await get('/%2e%2e/%2e%2e/etc/passwd')).status, 404);
  });

  test('Chromium opens a served page, with axe and screenshots', async () => {
    const page = await browser.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${server.url}/`);
    assert.equal(await page.title(), 'Infra — accueil');

    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));

    const files = await takeScreenshots(page, 'infra-smoke');
    // A PNG's width is the first field of its IHDR chunk, at byte 16.
    const widths = files.map((file) => fs.readFileSync(file).readUInt32BE(16));
    assert.deepEqual(widths, SCREENSHOT_WIDTHS);

    await page.goto(`${server.url}/missing.js`);
    assert.deepEqual(errors, [
      `Failed to load resource: the server responded with a status of 404 (Not Found) (${server.url}/missing.js:0)`,
    ]);
    await page.close();
  });

  test('axe reports violations, even under a strict CSP', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/bad/`);
    const ids = (await runAxe(page)).map((violation) => violation.id).sort();
    assert.deepEqual(ids, ['html-has-lang', 'image-alt']);
    await page.close();
  });

  test('dist helpers read pages by URL path', () => {
    assert.match(readDist(dir, '/offres/'), /Infra — offres/);
    assert.match(readDist({ distDir: dir }, '/offres'), /Infra — offres/);
    assert.equal(distHas(dir, '/absent/'), false);
    assert.throws(() => readDist(dir, '/absent/'), /No file in .* for URL path \/absent\//);
    assert.deepEqual(
      listHtmlFiles(dir).map((file) => file.urlPath),
      ['/404.html', '/bad/', '/', '/offres/'],
    );
  });
});
