/**
 * `/recherche/` in Chromium on the fixture site's real Pagefind index: the first state (newest
 * open offers, no search code downloaded, nothing moving when Pagefind takes over), queries,
 * filters, the closed-offers toggle, URL state through reload and history, the header form,
 * axe WCAG 2.1 AA, no console errors; screenshots at 375 and 1280 px.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, takeScreenshots } from '../support/browser.ts';
import { FIXTURE_NOW, getFixture } from '../support/fixtures.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';

const COLLECTIF_3R = '/offres/2019-12-collectif-3r-charge-plaidoyer-municipales/';
const MONT_DORE = '/offres/2025-01-ville-du-mont-dore-assistant-communication/';
const RESEAU_CLIMAT = '/offres/2026-02-reseau-climat-citoyen-charge-plaidoyer/';
const RESEAU_CLIMAT_REMOTE = '/offres/2026-02-reseau-climat-citoyen-redaction-a-distance/';

/**
 * What a host may send: Pagefind needs 'wasm-unsafe-eval' (its WebAssembly) and its worker;
 * Astro inlines small stylesheets, hence 'unsafe-inline' for styles only.
 */
const SEARCH_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

// Tall enough for every result of the fixture to be on screen: Pagefind fills results in as they show.
const VIEWPORT = { width: 1280, height: 4000 };

let session: SiteSession;
let server: StaticServer;
let page: Page;
let errors: string[];

const input = () => page.getByRole('searchbox', { name: 'Rechercher parmi les offres' });
const summary = () => page.locator('[data-search-part="summary"]');
const filterOption = (group: string, value: string) =>
  page
    .locator('.search-filter-group', { has: page.locator('summary', { hasText: group }) })
    .locator('.search-filter-option', { hasText: value });
const openGroup = (group: string) =>
  page.locator('.search-filter-group summary', { hasText: group }).click();

/** Paths of the links of a list of results. */
function linkPaths(selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Result links once the search has answered, or the first state's when none has started. */
async function resultPaths(): Promise<string[]> {
  await page.locator('offres-search:not([aria-busy])').waitFor();
  return linkPaths('[data-search-part="results"] .search-result h3 a');
}

async function search(query: string): Promise<string[]> {
  await page.goto(`${server.url}/recherche/?${query}`);
  return resultPaths();
}

/** Waits until the page's URL has the expected query string (after Pagefind's debounce). */
async function waitForSearch(expected: string): Promise<void> {
  await page.waitForURL((url) => url.search === expected, { timeout: 5000 });
}

before(async () => {
  session = await openSite({ viewport: VIEWPORT });
  ({ server, page, errors } = session);
  // The visitor comes the day of the build: its open offers are still open.
  await page.clock.setFixedTime(FIXTURE_NOW);
});

afterEach(() => {
  assert.deepEqual(errors.splice(0), [], 'no console error on /recherche/');
});

after(() => session?.close());

describe('/recherche/', () => {
  it('first shows the newest open offers, downloads no search code, and nothing moves when the search takes over', async () => {
    const served = session.server.requests.length;
    await page.goto(`${server.url}/recherche/`);
    // Layout shifts from now on, as Chrome reports them (those right after an input excluded).
    await page.evaluate(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const first = await resultPaths();
    assert.deepEqual(first, [
      RESEAU_CLIMAT_REMOTE,
      RESEAU_CLIMAT,
      '/offres/2026-02-ville-d-ajaccio-charge-communication/',
      '/offres/2026-02-ocean-indien-solidaire-service-civique/',
      '/offres/2026-02-ocean-indien-solidaire-benevolat-securite/',
      '/offres/2026-01-groupe-europeen-assistant-parlementaire/',
    ]);
    assert.equal(await summary().innerText(), '6 offres');
    const firstCards = await page
      .locator('[data-search-part="results"] .search-result')
      .evaluateAll((cards) =>
        cards.map((c) => [(c as HTMLElement).innerText, c.getBoundingClientRect().height]),
      );
    const requested = session.server.requests.slice(served).map((r) => r.path);
    assert.deepEqual(
      requested.filter((p) => p.startsWith('/pagefind/')),
      [],
      `requests before any search: ${requested.join(', ')}`,
    );

    // Focus in the box loads the search; its list is the same, card for card.
    await input().focus();
    await page.locator('offres-search[data-state="ready"]').waitFor();
    assert.deepEqual(await resultPaths(), first);
    assert.ok(
      session.server.requests.slice(served).some((r) => r.path.startsWith('/pagefind/')),
      'the search has loaded',
    );
    const pagefindCards = await page
      .locator('[data-search-part="results"] .search-result')
      .evaluateAll((cards) =>
        cards.map((c) => [(c as HTMLElement).innerText, c.getBoundingClientRect().height]),
      );
    assert.deepEqual(pagefindCards, firstCards);
    assert.equal(await summary().innerText(), '6 offres');
    assert.equal(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 0);
    assert.equal(new URL(page.url()).search, '', 'no search asked, no URL change');
  });

  it('a filter group opened before the search has loaded is open once it has', async () => {
    await page.goto(`${server.url}/recherche/`);
    await page.locator('.search-filter-group summary', { hasText: 'Région' }).click();
    await page.locator('offres-search[data-state="ready"]:not([aria-busy])').waitFor();
    const group = page.locator('details[data-filter-name="région"]');
    assert.equal(await group.evaluate((d) => (d as HTMLDetailsElement).open), true);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Région');
    assert.equal(await page.locator('.search-filter-loading').count(), 0);
    assert.match(await filterOption('Région', 'Corse').innerText(), /Corse\s*1/);
  });

  it('shows open offers only by default; « plaidoyer » finds the Collectif 3R offer once closed ones are included', async () => {
    const open = await search('q=plaidoyer');
    assert.deepEqual(open, [RESEAU_CLIMAT]);
    assert.equal(await input().inputValue(), 'plaidoyer');

    await page.getByLabel('Inclure les offres clôturées').check();
    await waitForSearch('?q=plaidoyer&statut=toutes');
    const all = await resultPaths();
    assert.ok(all.includes(COLLECTIF_3R), `Collectif 3R in ${all.join(', ')}`);
    assert.ok(all.includes(RESEAU_CLIMAT));
    const card = page.locator('.search-result', { has: page.locator(`a[href="${COLLECTIF_3R}"]`) });
    assert.match(await card.innerText(), /Collectif 3R[\s\S]*Ivry-sur-Seine[\s\S]*Offre clôturée/);

    await page.getByLabel('Inclure les offres clôturées').uncheck();
    await waitForSearch('?q=plaidoyer');
    assert.deepEqual(await resultPaths(), [RESEAU_CLIMAT]);
  });

  it('ignores accents: « elus locaux » finds « élus locaux »', async () => {
    const all = await search('q=elus+locaux&statut=toutes');
    assert.ok(all.includes(COLLECTIF_3R), `Collectif 3R in ${all.join(', ')}`);
    assert.ok(all.includes(RESEAU_CLIMAT));
  });

  it('offers to search closed offers too when no open offer matches', async () => {
    assert.deepEqual(await search('q=municipales'), []);
    const hint = page.locator('[data-search-part="notice"]');
    assert.equal(
      await hint.innerText().then((t) => t.split('\n')[0]),
      'Aucune offre ouverte ne correspond à « municipales ».',
    );
    assert.equal(await summary().innerText(), 'Aucune offre ouverte pour « municipales »');
    await hint.getByRole('link', { name: 'Chercher aussi dans les offres clôturées' }).click();
    await waitForSearch('?q=municipales&statut=toutes');
    assert.ok((await resultPaths()).includes(COLLECTIF_3R));
    assert.equal(await hint.isHidden(), true);
    assert.equal(await page.getByLabel('Inclure les offres clôturées').isChecked(), true);
  });

  it('filters by région with counts: Nouvelle-Calédonie leaves only the Mont-Dore offer', async () => {
    const all = await search('statut=toutes');
    assert.ok(all.length > 5, 'browsing without a query lists every offer');
    await openGroup('Région');
    const option = filterOption('Région', 'Nouvelle-Calédonie');
    assert.match(await option.innerText(), /Nouvelle-Calédonie\s*1/);
    await option.locator('input').check();
    await waitForSearch('?region=nouvelle-caledonie&statut=toutes');
    assert.deepEqual(await resultPaths(), [MONT_DORE]);
  });

  it('keeps query, filters, status and sort in the URL: reload and back restore them', async () => {
    await search('');
    assert.ok((await resultPaths()).length > 0, 'open offers are listed before any query');
    await input().fill('chargé');
    await waitForSearch('?q=charg%C3%A9');
    const charge = await resultPaths();
    await openGroup('Région');
    await filterOption('Région', 'Corse').locator('input').check();
    await waitForSearch('?q=charg%C3%A9&region=corse');
    await page.getByLabel('Trier par').selectOption('limite');
    await waitForSearch('?q=charg%C3%A9&region=corse&tri=limite');
    const filtered = await resultPaths();
    assert.deepEqual(filtered, ['/offres/2026-02-ville-d-ajaccio-charge-communication/']);

    await page.reload();
    assert.deepEqual(await resultPaths(), filtered);
    assert.equal(await input().inputValue(), 'chargé');
    assert.equal(await page.getByLabel('Trier par').inputValue(), 'limite');
    assert.equal(await filterOption('Région', 'Corse').locator('input').isChecked(), true);
    assert.match(await page.title(), /« chargé »/);

    await page.goBack(); // before the sort
    await waitForSearch('?q=charg%C3%A9&region=corse');
    assert.equal(await page.getByLabel('Trier par').inputValue(), '');
    await page.goBack(); // before the région
    await waitForSearch('?q=charg%C3%A9');
    assert.deepEqual(await resultPaths(), charge);
    await page.goForward();
    await waitForSearch('?q=charg%C3%A9&region=corse');
    assert.deepEqual(await resultPaths(), filtered);
  });

  it('leaves stop words out of the engine query, not out of the page', async () => {
    // Index chunks each search fetches: the stop words' would come on top.
    const chunks = async (query: string) => {
      const served = server.requests.length;
      const found = await search(query);
      const fetched = server.requests
        .slice(served)
        .map((r) => r.path)
        .filter((p) => p.includes('/index/'))
        .sort();
      return { found, fetched };
    };
    const withStopWords = await chunks('q=charg%C3%A9+de+la+communication&statut=toutes');
    assert.equal(await input().inputValue(), 'chargé de la communication');
    assert.match(await summary().innerText(), /« chargé de la communication »/);
    assert.ok(withStopWords.found.length > 0);
    assert.deepEqual(withStopWords, await chunks('q=charg%C3%A9+communication&statut=toutes'));
  });

  it('sorts by deadline, offers without one included', async () => {
    const byDeadline = await search('tri=limite');
    const byRelevance = await search('');
    assert.deepEqual([...byDeadline].sort(), [...byRelevance].sort(), 'sorting drops no offer');
    assert.equal(byDeadline.length, byRelevance.length);
  });

  it('shows a title with markup as text', async () => {
    await search('q=accueil');
    const title = page.locator('[data-search-part="results"] .search-result h3 a', {
      hasText: 'accueil',
    });
    assert.equal(await title.innerText(), 'Bénévole <b>accueil</b> du public');
    assert.equal(await title.locator('b').count(), 0);
  });

  it('takes the header form’s query from any page', async () => {
    await page.goto(`${server.url}${MONT_DORE}`);
    await page.locator('.header-search input[name="q"]').fill('plaidoyer');
    await page.locator('.header-search input[name="q"]').press('Enter');
    await page.waitForURL((url) => url.pathname === '/recherche/');
    assert.deepEqual(await resultPaths(), [RESEAU_CLIMAT]);
  });

  it('is usable with the keyboard', async () => {
    await search('');
    await input().focus();
    await page.keyboard.type('plaidoyer');
    await waitForSearch('?q=plaidoyer');
    await resultPaths();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.equal(focused, RESEAU_CLIMAT);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === RESEAU_CLIMAT);
  });

  it('works under a host Content-Security-Policy without unsafe-eval', async () => {
    const site = await getFixture();
    const strict = await startServer(site.distDir, {
      headers: { 'Content-Security-Policy': SEARCH_CSP },
    });
    try {
      await page.goto(`${strict.url}/recherche/?q=plaidoyer&statut=toutes`);
      assert.ok((await resultPaths()).includes(COLLECTIF_3R));
    } finally {
      await strict.close();
    }
  });

  it('passes axe (WCAG 2.1 AA) with results and an open filter group; screenshots', async () => {
    await search('q=plaidoyer');
    await takeScreenshots(page, 'recherche-plaidoyer');
    await openGroup('Région');
    await page.getByLabel('Inclure les offres clôturées').check();
    await waitForSearch('?q=plaidoyer&statut=toutes');
    await resultPaths();
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    await page.setViewportSize({ width: 375, height: 800 });
    const mobile = await runAxe(page);
    assert.deepEqual(mobile, [], formatViolations(mobile));
    await page.setViewportSize(VIEWPORT);
  });
});
