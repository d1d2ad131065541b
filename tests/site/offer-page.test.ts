/** Offer pages of the default fixture (now = 2026-03-01T12:00Z): facts, apply, similar, sharing, social image. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { PNG } from 'pngjs';
import {
  distHas,
  getFixture,
  listHtmlFiles,
  readDist,
  readDistBytes,
  type Fixture,
} from '../support/fixtures.ts';
import { factsOf, parseHtml, textOf } from './helpers.ts';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

const AJACCIO = '2026-02-ville-d-ajaccio-charge-communication';
const REUNION = '2026-02-ocean-indien-solidaire-service-civique';
const NO_DEADLINE = '2026-02-reseau-climat-citoyen-charge-plaidoyer';
const TAHITI_CLOSED = '2026-01-te-fenua-ecologie-animateur';
const MONT_DORE_CLOSED = '2025-01-ville-du-mont-dore-assistant-communication';

const page = (slug: string) => parseHtml(readDist(site, `/offres/${slug}/`));
const offerSlugs = () =>
  listHtmlFiles(site)
    .map((f) => /^\/offres\/([^/]+)\/$/.exec(f.urlPath)?.[1])
    .filter((s): s is string => s !== undefined && !/^\d+$/.test(s));

test('deadline with its time zone overseas; an offer without deadline says until when it is open', () => {
  assert.equal(
    factsOf(page(REUNION))['deadline'],
    '10 mars 2026, heure de La Réunion (plus que 9 jours)',
  );
  assert.equal(factsOf(page(AJACCIO))['deadline'], '15 mars 2026 (plus que 14 jours)');
  const open = factsOf(page(NO_DEADLINE));
  assert.equal(open['deadline'], undefined);
  assert.equal(open['openUntil'], "Ouverte jusqu'au 16 avril 2026 (60 jours après publication)");
  const closed = page(TAHITI_CLOSED);
  assert.equal(factsOf(closed)['deadline'], '1er février 2026, heure de Tahiti');
  assert.equal(factsOf(closed)['openUntil'], undefined);
  assert.match(textOf(closed.querySelector('.notice-closed')), /Offre clôturée/);
});

test('« Candidater » at the top of an open offer and the apply box after the description', () => {
  for (const slug of [AJACCIO, REUNION, NO_DEADLINE]) {
    const html = readDist(site, `/offres/${slug}/`);
    const doc = parseHtml(html);
    const top = doc.querySelector('header .apply-now a');
    assert.equal(textOf(top), 'Candidater');
    assert.equal(top?.getAttribute('href'), '#candidater');
    assert.ok(doc.querySelector('#candidater'), 'the target exists');
    assert.ok(
      html.indexOf('class="prose"') < html.indexOf('id="candidater"'),
      `${slug}: apply box after the body`,
    );
  }
  assert.match(
    textOf(page(REUNION).querySelector('.apply-now')),
    /^Candidater avant le 10 mars 2026 inclus \(heure de La Réunion\)$/,
  );
  const closed = page(TAHITI_CLOSED);
  assert.equal(closed.querySelector('.apply-now'), null);
  assert.equal(closed.querySelector('#candidater'), null);
});

test('similar offers on the page: links to other offers that exist, closed ones marked', () => {
  for (const slug of offerSlugs()) {
    const cards = page(slug).querySelectorAll('.similar [data-similar]');
    assert.ok(cards.length <= 4, slug);
    for (const card of cards) {
      const href = card.querySelector('a')?.getAttribute('href') ?? '';
      assert.notEqual(href, `/offres/${slug}/`, `${slug} lists itself`);
      assert.ok(distHas(site, href), `${slug} → ${href}`);
    }
  }
  const cards = page(AJACCIO).querySelectorAll('.similar [data-similar]');
  assert.equal(cards[0]?.getAttribute('data-similar'), MONT_DORE_CLOSED);
  assert.match(textOf(cards[0]), /^Assistant\(e\) de communication Ville du Mont-Dore .*Clôturée$/);
});

test('pay on offer cards: amounts, XPF, words cut short; none when not given', () => {
  const payOf = (urlPath: string, slug: string) => {
    const card = parseHtml(readDist(site, urlPath))
      .querySelectorAll('.offer-card')
      .find((c) => c.querySelector('a')?.getAttribute('href') === `/offres/${slug}/`);
    assert.ok(card, `${slug} on ${urlPath}`);
    const pay = card.querySelector('[data-pay]');
    return pay ? textOf(pay) : undefined;
  };
  assert.equal(payOf('/offres/', AJACCIO), '2 200 à 2 600 € brut / mois');
  assert.equal(payOf('/offres/', NO_DEADLINE), '32 000 à 36 000 € brut / an');
  assert.equal(payOf('/offres/', '2026-02-ocean-indien-solidaire-benevolat-securite'), undefined);
  assert.equal(payOf('/archives/', TAHITI_CLOSED), '75 200 F CFP brut / mois');
  assert.equal(
    payOf('/archives/', '2023-11-groupe-ecologiste-nord-charge-de-mission-stage'),
    'environ 600 € de gratification / mois',
  );
  assert.equal(
    payOf('/archives/', '2019-12-collectif-3r-charge-plaidoyer-municipales'),
    "Rémunération au tarif solidaire sur la base d'une prestation…",
  );
});

test('share: the page URL to copy, and plain links to each platform carrying it', () => {
  const url = `${site.site}/offres/${AJACCIO}/`;
  const share = page(AJACCIO).querySelector('.share');
  assert.ok(share);
  assert.equal(share.querySelector('copy-link a')?.getAttribute('href'), url);
  assert.ok(
    share.querySelector('copy-link button')?.hasAttribute('hidden'),
    'the button waits for JavaScript',
  );
  const links: Record<string, URL> = Object.fromEntries(
    share
      .querySelectorAll('a[data-share]')
      .map((a) => [a.getAttribute('data-share') ?? '', new URL(a.getAttribute('href') ?? '')]),
  );
  assert.deepEqual(Object.keys(links), [
    'email',
    'linkedin',
    'facebook',
    'x',
    'whatsapp',
    'mastodon',
    'bluesky',
  ]);
  assert.equal(links['email']!.protocol, 'mailto:');
  assert.ok(links['email']!.searchParams.get('body')?.includes(url));
  assert.equal(
    links['email']!.searchParams.get('subject'),
    "Chargé·e de communication numérique — Ville d'Ajaccio",
  );
  assert.equal(links['linkedin']!.searchParams.get('url'), url);
  assert.equal(links['facebook']!.searchParams.get('u'), url);
  assert.equal(links['x']!.searchParams.get('url'), url);
  for (const id of ['whatsapp', 'mastodon', 'bluesky']) {
    assert.ok(links[id]!.searchParams.get('text')?.endsWith(` ${url}`), id);
  }
  for (const [id, link] of Object.entries(links)) {
    if (id !== 'email') assert.equal(link.protocol, 'https:', id);
  }
});

test('social tags point to a 1200×630 PNG per open offer; closed offers say « Offre clôturée »', () => {
  for (const slug of offerSlugs()) {
    const doc = page(slug);
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ??
      '';
    const closed = doc.querySelector('.notice-closed') !== null;
    // A closed offer shares the site's image: none is drawn for it.
    const image = closed ? `${site.site}/og-image.png` : `${site.site}/offres/${slug}/image.png`;
    assert.equal(meta('og:image'), image);
    assert.equal(meta('twitter:image'), image);
    assert.equal(meta('og:image:width'), '1200');
    assert.equal(distHas(site, `/offres/${slug}/image.png`), !closed, slug);
    assert.equal(meta('og:title').startsWith('Offre clôturée'), closed, `${slug} og:title`);
    assert.equal(
      meta('og:description').includes('Offre clôturée'),
      closed,
      `${slug} og:description`,
    );
    assert.equal(meta('twitter:title'), meta('og:title'));
    if (closed) continue;
    const png = PNG.sync.read(readDistBytes(site, `/offres/${slug}/image.png`));
    assert.deepEqual([png.width, png.height], [1200, 630], slug);
    // The pale status band of an open offer, bottom left of the image.
    const at = 4 * (png.width * 560 + 70);
    assert.equal([...png.data.subarray(at, at + 3)].join(), '243,245,247', `${slug} status band`);
  }
});

test('offer pages ship one script of their own: the tiny « Copier le lien » element, as a file', () => {
  const sources = new Set<string>();
  for (const slug of offerSlugs()) {
    // « Sauvegarder cette offre » (tests/alerts/) is the other one.
    const scripts = page(slug)
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      .filter((s) => !/^\/_astro\/SaveOffer\.astro_/.test(s.getAttribute('src') ?? ''));
    assert.equal(scripts.length, 1, slug);
    assert.equal(scripts[0]!.getAttribute('type'), 'module');
    assert.equal(scripts[0]!.textContent.trim(), '', 'not inline');
    sources.add(scripts[0]!.getAttribute('src') ?? '');
  }
  assert.equal(sources.size, 1);
  const [src] = [...sources];
  const file = path.join(site.distDir, src!);
  const code = fs.readFileSync(file, 'utf8');
  assert.ok(
    code.includes('customElements.define(`copy-link`') ||
      code.includes("customElements.define('copy-link'"),
    code,
  );
  assert.ok(Buffer.byteLength(code) < 1024, `${Buffer.byteLength(code)} bytes`);
});
