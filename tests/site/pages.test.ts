/** Home, offer and archive pages of the default fixture (now = 2026-03-01T12:00Z). */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getFixture, listHtmlFiles, readDist, type Fixture } from '../support/fixtures.ts';
import { factsOf, parseHtml, textOf } from './helpers.ts';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

const OPEN = [
  // newest published first
  '2026-02-reseau-climat-citoyen-redaction-a-distance', // 2026-02-20
  '2026-02-reseau-climat-citoyen-charge-plaidoyer', // 2026-02-15
  '2026-02-ville-d-ajaccio-charge-communication', // 2026-02-10
  '2026-02-ocean-indien-solidaire-service-civique', // 2026-02-05
  '2026-02-ocean-indien-solidaire-benevolat-securite', // 2026-02-01
  '2026-01-groupe-europeen-assistant-parlementaire', // 2026-01-20
];

function cardSlugs(section: ReturnType<typeof parseHtml> | null): string[] {
  return (section?.querySelectorAll('.offer-card h3 a, .offer-card h2 a') ?? []).map((a) =>
    (a.getAttribute('href') ?? '').replace(/^\/offres\/|\/$/g, ''),
  );
}

test('home: open offers newest first, then the most recently closed', () => {
  const home = parseHtml(readDist(site, '/'));
  assert.equal(home.querySelector('html')?.getAttribute('lang'), 'fr');
  const sections = home.querySelectorAll('main section');
  assert.deepEqual(cardSlugs(sections[0] ?? null), OPEN);
  // Fewer than a page of open offers: all on the home page, and the list of them a click away.
  const links = (sections[0]?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
  assert.ok(links.includes('/offres/'), 'links to the list of open offers');
  assert.ok(!links.includes('/offres/2/'), 'no second page to go to');
  const closed = cardSlugs(sections[1] ?? null);
  // Te Fenua closed on 2026-02-01 (Tahiti), the Mont-Dore offer on 2025-02-21, then older ones.
  assert.deepEqual(closed.slice(0, 2), [
    '2026-01-te-fenua-ecologie-animateur',
    '2025-01-ville-du-mont-dore-assistant-communication',
  ]);
  assert.equal(closed.length, 6);
});

test('drafts are published nowhere', () => {
  for (const file of listHtmlFiles(site)) {
    const html = readDist(site, file.urlPath);
    assert.ok(!html.includes('brouillon'), `${file.urlPath} mentions the draft`);
  }
});

test('an open offer: facts, days left, apply by mailto with the title and reference as subject', () => {
  const page = parseHtml(readDist(site, '/offres/2026-02-ville-d-ajaccio-charge-communication/'));
  const facts = factsOf(page);
  assert.equal(facts['place'], 'Ajaccio (20000), Corse-du-Sud, Corse');
  assert.equal(facts['deadline'], '15 mars 2026 (plus que 14 jours)');
  assert.equal(facts['pay'], '2 200 à 2 600 € brut / mois');
  assert.equal(page.querySelector('.notice-closed'), null);
  const button = page.querySelector('.apply .button-primary');
  assert.ok(button, 'open offers have an apply button');
  const href = button.getAttribute('href') ?? '';
  assert.ok(href.startsWith('mailto:recrutement@ajaccio.example?subject='));
  assert.equal(
    decodeURIComponent(href.split('subject=')[1] ?? ''),
    'Candidature : Chargé·e de communication numérique (réf. AJA-2026-014)',
  );
});

test('an offer links to its organisation and région pages', () => {
  const page = parseHtml(
    readDist(site, '/offres/2025-01-ville-du-mont-dore-assistant-communication/'),
  );
  const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
  assert.ok(hrefs.includes('/organisations/ville-du-mont-dore/'));
  assert.ok(hrefs.includes('/regions/nouvelle-caledonie/'));
  const remote = parseHtml(
    readDist(site, '/offres/2026-02-reseau-climat-citoyen-redaction-a-distance/'),
  );
  assert.equal(factsOf(remote)['place'], 'À distance');
  assert.ok(
    remote.querySelectorAll('a').some((a) => a.getAttribute('href') === '/regions/a-distance/'),
  );
  const abroad = parseHtml(
    readDist(site, '/offres/2026-01-groupe-europeen-assistant-parlementaire/'),
  );
  assert.equal(factsOf(abroad)['place'], 'Bruxelles, 1000, Belgique');
  assert.ok(
    abroad.querySelectorAll('a').some((a) => a.getAttribute('href') === '/regions/international/'),
  );
});

test('XPF pay and overseas place', () => {
  const facts = factsOf(parseHtml(readDist(site, '/offres/2026-01-te-fenua-ecologie-animateur/')));
  assert.equal(facts['pay'], '75 200 F CFP brut / mois');
  assert.equal(facts['place'], 'Papeete (98714), Polynésie française');
});

test('archives list every closed offer, most recently closed first', () => {
  const archives = parseHtml(readDist(site, '/archives/'));
  const slugs = cardSlugs(archives.querySelector('main'));
  assert.equal(slugs.length, 6);
  assert.equal(slugs[0], '2026-01-te-fenua-ecologie-animateur');
  for (const slug of OPEN) assert.ok(!slugs.includes(slug), `${slug} is open`);
});

test('/offres/ lists the open offers, newest first', () => {
  const page = parseHtml(readDist(site, '/offres/'));
  assert.equal(textOf(page.querySelector('h1')), 'Offres ouvertes');
  assert.deepEqual(cardSlugs(page.querySelector('main')), OPEN);
  assert.equal(page.querySelector('.pagination'), null, 'one page');
});

// Offer pages ship one tiny script, « Copier le lien »: tests/site/offer-page.test.ts.
test('list pages ship no JavaScript', () => {
  for (const urlPath of ['/', '/offres/', '/archives/']) {
    const page = parseHtml(readDist(site, urlPath));
    const scripts = page
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      // Saving an offer and « nouvelles offres depuis votre dernière visite » need a script.
      .filter((s) => !/^\/_astro\/(SaveOffer|NewOffersCount)\.astro_/.test(s.getAttribute('src') ?? ''));
    assert.equal(scripts.length, 0, `${urlPath} has a script`);
  }
});

test('untrusted markdown: no script, event handler or javascript: URL reaches the site', () => {
  const html = readDist(site, '/offres/2026-02-ocean-indien-solidaire-benevolat-securite/');
  const page = parseHtml(html);
  const prose = page.querySelector('.prose');
  assert.ok(prose);
  assert.equal(prose.querySelectorAll('script, img, p[onclick]').length, 0);
  assert.ok(!/\son[a-z]+=/i.test(prose.innerHTML), 'no event handler attribute');
  for (const a of page.querySelectorAll('a')) {
    assert.ok(!/^\s*(javascript|vbscript|data):/i.test(a.getAttribute('href') ?? ''), a.toString());
  }
  assert.ok(!html.includes('__pwned'));
  // The title's "<b>" is shown as text, escaped.
  assert.equal(textOf(page.querySelector('h1')), 'Bénévole <b>accueil</b> du public');
});

test('visible text keeps its spaces between elements', () => {
  const home = parseHtml(readDist(site, '/'));
  const card = home
    .querySelectorAll('.offer-card')
    .find((c) => c.textContent.includes('Service civique :'));
  assert.ok(card);
  // Each fact is its own <li>: the text must not glue "La Réunion" to "Service civique".
  assert.match(textOf(card), /La Réunion Service civique 600 € net \/ mois Publiée le 5 février 2026/);
});

test('a 404 page in French points visitors back to the offers', () => {
  const page = parseHtml(readDist(site, '/404.html'));
  assert.equal(textOf(page.querySelector('h1')), 'Page introuvable');
  assert.equal(page.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
  const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
  for (const href of [
    '/',
    '/offres/',
    '/recherche/',
    '/regions/',
    '/organisations/',
    '/archives/',
  ]) {
    assert.ok(hrefs.includes(href), `404 links to ${href}`);
  }
});
