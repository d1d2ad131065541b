/**
 * The search cases that misled visitors, in Chromium on a built site with more than a page of
 * open offers (many-offers.ts): OR within a filter and its counts, values with no open offer
 * kept and explained, chips, open offers first and deadlines in order, pages of 20 in the URL,
 * Tab order, the page without JavaScript, the weight of the first search; 375 px and 1280 px
 * screenshots with filters and chips.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Page, Request } from 'playwright-core';
import {
  collectConsoleErrors,
  formatViolations,
  launchBrowser,
  runAxe,
  takeScreenshots,
} from '../support/browser.ts';
import { FIXTURE_NOW } from '../support/fixtures.ts';
import { startServer, type StaticServer } from '../support/server.ts';
import { buildManyOffers, OFFERS, OPEN_COUNT } from './many-offers.ts';

const LILLE_STAGE = '/offres/2023-11-groupe-ecologiste-nord-charge-de-mission-stage/';
const CLOSED = [
  LILLE_STAGE,
  '/offres/2019-08-poitiers-collectif-charge-de-campagne/',
  '/offres/2019-09-a-nous-la-democratie-coordinateur-actions-militantes/',
  '/offres/2019-12-collectif-3r-charge-plaidoyer-municipales/',
  '/offres/2025-01-ville-du-mont-dore-assistant-communication/',
];
const url = (slug: string) => `/offres/${slug}/`;

let dist: string;
let browser: Browser;
let server: StaticServer;
let page: Page;
let errors: string[];

const summary = () => page.locator('[data-search-part="summary"]');
const notice = () => page.locator('[data-search-part="notice"]');
const chips = () => page.locator('[data-search-part="chips"]');
const option = (group: string, value: string) =>
  page
    .locator(`details[data-filter-name="${group}"] .search-filter-option`)
    .filter({ has: page.locator('.search-filter-value', { hasText: new RegExp(`^${value}$`) }) });

/** The search has answered (or, for a URL that asks for none, the first state is there). */
/** Ticks a value, opening its group first as a visitor would. */
async function tick(group: string, value: string): Promise<void> {
  const details = page.locator(`details[data-filter-name="${group}"]`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  await option(group, value).locator('input').check();
}

async function settled(): Promise<void> {
  // Ready once a search has answered; a URL that asks for none keeps the first state. (Not
  // busy alone would also match the page before its script has started the search.)
  await page.waitForFunction(() => {
    const element = document.querySelector<HTMLElement>('offres-search');
    if (!element || element.hasAttribute('aria-busy')) return false;
    return element.dataset['state'] === 'ready' || location.search === '';
  });
}

async function results(): Promise<string[]> {
  await settled();
  return page
    .locator('[data-search-part="results"] .search-result h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function visit(query: string): Promise<string[]> {
  await page.goto(`${server.url}/recherche/?${query}`);
  return results();
}

async function waitForSearch(expected: string): Promise<void> {
  await page.waitForURL((u) => u.search === expected, { timeout: 5000 });
}

before(async () => {
  dist = await buildManyOffers();
  server = await startServer(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, locale: 'fr-FR' });
  // The visitor comes the day of the build (see the test of a later visit).
  await page.clock.setFixedTime(FIXTURE_NOW);
  errors = collectConsoleErrors(page);
});

afterEach(() => {
  assert.deepEqual(errors.splice(0), [], 'no console error on /recherche/');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('/recherche/ never misleads', () => {
  it('combines values of one filter with OR, filters with AND; counts say what each value gives', async () => {
    const stageOrCdd = OFFERS.filter((o) => o.contract !== 'cdi');
    const found = await visit('contrat=stage&contrat=cdd');
    assert.equal(await summary().innerText(), `${stageOrCdd.length} offres`);
    const wanted = new Set(stageOrCdd.map((o) => url(o.slug)));
    assert.deepEqual(
      found.filter((p) => !wanted.has(p)),
      [],
      'stage or CDD only',
    );
    assert.equal(found.length, stageOrCdd.length);
    // Counts of a filter in use: what each value gives with the other filters.
    const cdi = OFFERS.filter((o) => o.contract === 'cdi').length;
    assert.match((await option('contrat', 'CDI').textContent()) ?? '', new RegExp(`CDI${cdi}$`));
    assert.equal(await option('contrat', 'Stage').locator('input').isChecked(), true);

    // And with a city: AND between filters, counts of contracts within Ajaccio.
    const ajaccio = stageOrCdd.filter((o) => o.city === 'Ajaccio');
    const both = await visit('contrat=stage&contrat=cdd&region=corse');
    assert.deepEqual(both.sort(), ajaccio.map((o) => url(o.slug)).sort());
    const cdiAjaccio = OFFERS.filter((o) => o.contract === 'cdi' && o.city === 'Ajaccio').length;
    assert.match(
      (await option('contrat', 'CDI').textContent()) ?? '',
      new RegExp(`CDI${cdiAjaccio}$`),
    );
    const stageOrCddLyon = stageOrCdd.filter((o) => o.city === 'Lyon').length;
    assert.match(
      (await option('région', 'Auvergne-Rhône-Alpes').textContent()) ?? '',
      new RegExp(`${stageOrCddLyon}$`),
    );

    // Ticking a second value widens the list.
    await visit('contrat=stage');
    const stages = OFFERS.filter((o) => o.contract === 'stage').length;
    assert.equal(await summary().innerText(), `${stages} offres`);
    await tick('contrat', 'CDD');
    await waitForSearch('?contrat=cdd&contrat=stage');
    await settled();
    assert.equal(await summary().innerText(), `${stageOrCdd.length} offres`);
  });

  it('filters by working time, pay, start, duration and tags', async () => {
    const partTime = OFFERS.filter((o) => o.workingTime === 'part-time');
    assert.deepEqual(
      (await visit('temps=temps-partiel')).sort(),
      partTime.map((o) => url(o.slug)).sort(),
    );
    assert.match(
      (await option('temps', 'Temps plein').textContent()) ?? '',
      new RegExp(`${OPEN_COUNT - partTime.length}$`),
    );
    // No generated offer gives its pay: « non indiquée » is all of them, « indiquée » none.
    assert.equal((await visit('remuneration=non-indiquee&etiquette=essai')).length, 20);
    assert.equal(await summary().innerText(), `${OPEN_COUNT} offres`);
    assert.deepEqual(await visit('remuneration=indiquee'), []);
    assert.match(await notice().innerText(), /^Aucune offre ouverte pour Indiquée\./);
    // Closed seeds: Collectif 3R starts « dès que possible » for four months.
    assert.deepEqual(await visit('debut=des-que-possible&duree=4-a-6-mois&statut=toutes'), [
      '/offres/2019-12-collectif-3r-charge-plaidoyer-municipales/',
    ]);
    await visit('statut=toutes');
    const groups = await page.locator('.search-filter-group:not([hidden]) summary').allInnerTexts();
    for (const label of ['Temps de travail', 'Rémunération', 'Début', 'Durée', 'Étiquettes'])
      assert.ok(
        groups.some((g) => g.startsWith(label)),
        `${label} in ${groups.join(', ')}`,
      );
  });

  it('keeps a value with no open offer, says so, and offers closed offers or its removal', async () => {
    assert.deepEqual(await visit('region=hauts-de-france'), []);
    assert.equal(new URL(page.url()).search, '?region=hauts-de-france', 'nothing dropped');
    assert.equal(await summary().innerText(), 'Aucune offre ouverte');
    assert.match(await notice().innerText(), /^Aucune offre ouverte pour Hauts-de-France\./);
    assert.match(await chips().innerText(), /Hauts-de-France/);
    assert.equal(await option('région', 'Hauts-de-France').locator('input').isChecked(), true);

    await notice().getByRole('link', { name: 'Chercher aussi dans les offres clôturées' }).click();
    await waitForSearch('?region=hauts-de-france&statut=toutes');
    assert.deepEqual(await results(), [LILLE_STAGE]);
    assert.equal(await notice().isHidden(), true);

    await page.getByLabel('Inclure les offres clôturées').uncheck();
    await waitForSearch('?region=hauts-de-france');
    assert.deepEqual(await results(), []);
    assert.match(await notice().innerText(), /^Aucune offre ouverte pour Hauts-de-France\./);

    // With another région: its offers, and the note about the first.
    const corse = OFFERS.filter((o) => o.city === 'Ajaccio').length;
    assert.equal((await visit('region=hauts-de-france&region=corse')).length, corse);
    assert.match(await notice().innerText(), /^Aucune offre ouverte pour Hauts-de-France\./);
    await notice().getByRole('link', { name: 'Retirer le filtre Hauts-de-France' }).click();
    await waitForSearch('?region=corse');
    await settled();
    assert.equal(await notice().isHidden(), true);

    // Same for a contract nobody offers, and a région unknown to the site.
    assert.deepEqual(await visit('contrat=alternance'), []);
    assert.match(await notice().innerText(), /^Aucune offre ouverte pour Alternance\./);
    assert.deepEqual(await visit('region=la-reunion&statut=toutes'), []);
    assert.match(await notice().innerText(), /^Aucune offre pour La Réunion\./);
    assert.equal(
      await notice()
        .getByRole('link', { name: 'Chercher aussi dans les offres clôturées' })
        .count(),
      0,
    );
  });

  it('shows active filters as chips that remove them, and « Tout effacer »', async () => {
    await visit('contrat=stage&contrat=cdd&region=corse');
    const buttons = chips().getByRole('button');
    assert.deepEqual(await buttons.evaluateAll((bs) => bs.map((b) => b.textContent)), [
      'Retirer le filtre Région : Corse×',
      'Retirer le filtre Contrat : CDD×',
      'Retirer le filtre Contrat : Stage×',
      'Tout effacer',
    ]);
    await chips().getByRole('button', { name: 'Retirer le filtre Contrat : CDD' }).click();
    await waitForSearch('?region=corse&contrat=stage');
    await settled();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Retirer le filtre Contrat : Stage×',
      'focus on the chip now in its place',
    );
    await chips().getByRole('button', { name: 'Tout effacer' }).click();
    await waitForSearch('');
    await settled();
    assert.equal(await chips().isHidden(), true);
    assert.equal(await summary().innerText(), `${OPEN_COUNT} offres`);
  });

  it('lists open offers first with closed ones, deadlines soonest first, never past ones first', async () => {
    const byDeadline = [...OFFERS].sort((a, b) => a.deadline.localeCompare(b.deadline));
    const firstPage = await visit('statut=toutes&tri=limite');
    assert.deepEqual(
      firstPage,
      byDeadline.slice(0, 20).map((o) => url(o.slug)),
    );
    await page.getByRole('link', { name: 'Page suivante →' }).click();
    await waitForSearch('?statut=toutes&tri=limite&page=2');
    const second = await results();
    assert.deepEqual(
      second.slice(0, 6),
      byDeadline.slice(20).map((o) => url(o.slug)),
    );
    assert.deepEqual(second.slice(6).sort(), [...CLOSED].sort(), 'closed offers last');
    assert.equal(second[6], '/offres/2025-01-ville-du-mont-dore-assistant-communication/');

    // Whatever the order, with a query too.
    for (const query of ['statut=toutes', 'statut=toutes&tri=recentes', 'q=offre&statut=toutes']) {
      const all = [...(await visit(query)), ...(await visit(`${query}&page=2`))];
      const firstClosed = all.findIndex((p) => CLOSED.includes(p));
      assert.ok(firstClosed >= 0, query);
      assert.deepEqual(
        all.slice(firstClosed).filter((p) => !CLOSED.includes(p)),
        [],
        `${query}: no open offer after a closed one`,
      );
    }
    const stages = await visit('contrat=stage&statut=toutes');
    assert.deepEqual(
      stages.slice(-2).sort(),
      ['/offres/2019-09-a-nous-la-democratie-coordinateur-actions-militantes/', LILLE_STAGE],
      'the closed stages after the open ones',
    );
  });

  it('lists an offer whose deadline passed since the build after the upcoming ones, as closed', async () => {
    // A visitor on 10 March: the offers of 2 to 9 March were open at the build (1 March).
    const later = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
    const laterErrors = collectConsoleErrors(later);
    await later.clock.setFixedTime(new Date('2026-03-10T12:00:00'));
    await later.goto(`${server.url}/recherche/?tri=limite`);
    await later.locator('offres-search[data-state="ready"]:not([aria-busy])').waitFor();
    const cards = await later
      .locator('[data-search-part="results"] .search-result')
      .evaluateAll((items) =>
        items.map((li) => ({
          path: new URL(li.querySelector('a')?.href ?? '').pathname,
          closed: li.querySelector('.badge-closed') !== null,
        })),
      );
    const byDeadline = [...OFFERS].sort((a, b) => a.deadline.localeCompare(b.deadline));
    const upcoming = byDeadline.filter((o) => o.deadline >= '2026-03-10');
    assert.deepEqual(
      cards.map((c) => c.path),
      [...upcoming, ...byDeadline.filter((o) => o.deadline < '2026-03-10')]
        .slice(0, 20)
        .map((o) => url(o.slug)),
    );
    assert.deepEqual(
      cards.map((c) => c.closed),
      cards.map((_, i) => i >= upcoming.length),
      'past deadlines say « Offre clôturée »',
    );
    assert.deepEqual(laterErrors, []);
    await later.close();
  });

  it('shows 20 results a page, the page in the URL through reload and back', async () => {
    assert.equal((await visit('')).length, 20);
    assert.equal(
      await page.locator('[data-search-part="pagination"]').innerText(),
      'Page 1 sur 2\nPage suivante →',
    );
    await page.getByRole('link', { name: 'Page suivante →' }).click();
    await waitForSearch('?page=2');
    const second = await results();
    assert.equal(second.length, OPEN_COUNT - 20);
    assert.equal(
      await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset['searchPart'],
      ),
      'summary',
    );
    await page.reload();
    assert.deepEqual(await results(), second);
    await page.goBack();
    await waitForSearch('');
    assert.equal((await results()).length, 20);
    await page.goForward();
    await waitForSearch('?page=2');
    assert.deepEqual(await results(), second);
    // A filter starts again from page 1; a page past the end goes to the last one.
    await tick('contrat', 'Stage');
    await waitForSearch('?contrat=stage');
    assert.equal(new URL(page.url()).searchParams.get('page'), null);
    await visit('contrat=stage&page=5');
    assert.equal(new URL(page.url()).search, '?contrat=stage');
  });

  it('tabs through the filters in their visual order, with visible focus and a live count', async () => {
    await visit('statut=toutes');
    const summaries = page.locator('.search-filter-group:not([hidden]) summary');
    await summaries.first().focus();
    const seen: { text: string; top: number }[] = [];
    for (let i = 0; i < (await summaries.count()); i++) {
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { text: el.innerText.trim(), top: el.getBoundingClientRect().top };
        }),
      );
      await page.keyboard.press('Tab');
    }
    assert.deepEqual(
      seen.map((s) => s.text),
      await summaries.allInnerTexts().then((t) => t.map((s) => s.trim())),
    );
    const tops = seen.map((s) => s.top);
    assert.deepEqual(
      tops,
      [...tops].sort((a, b) => a - b),
      'each next one is lower on the page',
    );
    // Space ticks a value; focus stays on it, visibly; the count is announced.
    await summaries.filter({ hasText: 'Contrat' }).focus();
    await page.keyboard.press('Enter');
    // The first group opened loads the counts; its values come with them.
    await page
      .locator('details[data-filter-name="contrat"] .search-filter-option')
      .first()
      .waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await waitForSearch('?contrat=cdd&statut=toutes');
    await settled();
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { value: el.value, outline: getComputedStyle(el).outlineStyle };
    });
    assert.deepEqual(focused, { value: 'cdd', outline: 'solid' });
    assert.equal(
      await summary().evaluate((el) => el.closest('[role="status"]') !== null),
      true,
      'the count is in a live region',
    );
  });

  it('says plainly without JavaScript that search needs it, with the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/recherche/?q=stage`);
    const box = plain.locator('.search-noscript');
    assert.match(await box.innerText(), /La recherche a besoin de JavaScript/);
    const links = await box
      .locator('a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.deepEqual(links, ['/offres/', '/regions/', '/organisations/', '/archives/']);
    assert.equal(
      await plain.locator('.search-layout').isVisible(),
      false,
      'no list posing as results',
    );
    await context.close();
  });

  it('downloads under 300 KB for a first search and works at 375 px; screenshots', async () => {
    await page.goto(`${server.url}/recherche/`);
    await page.waitForLoadState('networkidle');
    // Everything Chromium fetches from now on, the worker's fetches included (bodies as sent:
    // this server does not compress, so scripts count at full size).
    const sizes: Promise<number>[] = [];
    const count = (request: Request) =>
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    page.context().on('requestfinished', count);
    const served = server.requests.length;
    await page.getByRole('searchbox', { name: 'Rechercher parmi les offres' }).fill('stage');
    await waitForSearch('?q=stage');
    await results();
    await page.waitForLoadState('networkidle');
    page.context().off('requestfinished', count);
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    const fetched = server.requests.slice(served).map((r) => r.path);
    console.log(`first search: ${fetched.length} requests, ${bytes} bytes: ${fetched.join(' ')}`);
    assert.equal(sizes.length, fetched.length, 'every request counted');
    assert.ok(
      fetched.every((p) => !p.includes('component-ui')),
      'Pagefind’s JS API only, not its UI',
    );
    assert.ok(bytes > 50_000 && bytes < 300_000, `${bytes} bytes`);
    // The filters' counts need every filter's file: fetched only once a group is opened.
    assert.ok(
      !fetched.some((p) => p.endsWith('.pf_filter')),
      'no filter file before a group opens',
    );
    // The same from the files served, for a host that does not compress them.
    const onDisk = fetched
      .map((p) => path.join(dist, decodeURIComponent(p.split('?')[0] ?? '')))
      .reduce((sum, file) => sum + fs.statSync(file).size, 0);
    console.log(`first search: ${onDisk} bytes of files`);
    assert.ok(onDisk < 300_000, `${onDisk} bytes of files`);

    await page.setViewportSize({ width: 375, height: 800 });
    await visit(
      'contrat=stage&contrat=cdd&region=hauts-de-france&region=ile-de-france&region=auvergne-rhone-alpes',
    );
    assert.equal(await summary().innerText(), '18 offres');
    await page.locator('details[data-filter-name="contrat"] summary').click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'no horizontal scrolling at 375 px');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    const files = await takeScreenshots(page, 'recherche-filtres-puces');
    console.log(`screenshots: ${files.join(', ')}`);
    await page.setViewportSize({ width: 1280, height: 1200 });
  });
});
