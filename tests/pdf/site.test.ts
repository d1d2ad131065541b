/**
 * The built fixture site: every offer page links to its PDF sheet, which holds the page's facts;
 * open offers with a date limit link to their .ics; OFFRES_SKIP_PDF=1 builds no PDF and no link.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import ical, { type VEvent } from 'node-ical';
import {
  distHas,
  distPath,
  getFixture,
  listDistFiles,
  listHtmlFiles,
  readDist,
  readDistBytes,
  type Fixture,
} from '../support/fixtures.ts';
import { decodeQrOnFirstPage, pdfinfo, pdftotext } from './helpers.ts';

const AJACCIO = '2026-02-ville-d-ajaccio-charge-communication';
const MONT_DORE = '2025-01-ville-du-mont-dore-assistant-communication';
const TE_FENUA = '2026-01-te-fenua-ecologie-animateur';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

function offerPages(fixture: Fixture) {
  return listHtmlFiles(fixture).filter((page) => /^\/offres\/[^/]+\/$/.test(page.urlPath));
}

test('every offer page links to its PDF, with a download name, and the PDF exists', () => {
  const pages = offerPages(site);
  assert.ok(pages.length >= 10);
  for (const page of pages) {
    const slug = page.urlPath.split('/')[2]!;
    const html = readDist(site, page.urlPath);
    const link = new RegExp(
      `<a href="/offres/${slug}/fiche\\.pdf" download="fiche-de-poste-${slug}\\.pdf"`,
    );
    assert.match(html, link, `${page.urlPath}: no PDF download link`);
    assert.ok(distHas(site, `/offres/${slug}/fiche.pdf`), `${slug}: fiche.pdf missing`);
  }
});

test('an open offer: title with accents, organisation, facts, deadline and apply address; metadata', () => {
  const file = distPath(site, `/offres/${AJACCIO}/fiche.pdf`);
  const text = pdftotext(file);
  for (const expected of [
    'Chargé·e de communication numérique',
    "Ville d'Ajaccio",
    'Ajaccio (20000), Corse-du-Sud, Corse',
    '15 mars 2026',
    '2 200 à 2 600 € brut / mois',
    'AJA-2026-014',
    'recrutement@ajaccio.example',
    'Animer les réseaux sociaux de la Ville',
    'Offre publiée le 10 février 2026',
  ]) {
    assert.ok(text.includes(expected), `missing « ${expected} » in:\n${text}`);
  }
  // The page counts the days left; a sheet, printed and kept, gives the date only.
  assert.doesNotMatch(text, /plus que|jours? restants?/);
  const info = pdfinfo(file);
  assert.equal(info['Title'], 'Chargé·e de communication numérique');
  assert.equal(info['Author'], "Ville d'Ajaccio");
  assert.equal(info['Tagged'], 'yes');
  assert.match(
    readDistBytes(site, `/offres/${AJACCIO}/fiche.pdf`).toString('latin1'),
    /\/Lang \(fr-FR\)/,
  );
});

test('a closed offer in Nouméa says so on page one; pay in francs CFP prints', () => {
  const closed = pdftotext(distPath(site, `/offres/${MONT_DORE}/fiche.pdf`));
  assert.match(closed, /Offre clôturée/);
  assert.match(closed, /Assistant\(e\) de communication/);
  assert.match(closed, /Le Mont-Dore \(98809\), Nouvelle-Calédonie/);
  assert.match(closed, /21 février 2025/);
  assert.match(
    pdftotext(distPath(site, `/offres/${TE_FENUA}/fiche.pdf`)),
    /75 200 F CFP brut \/ mois/,
  );
});

test('the QR code decodes to the canonical offer URL', () => {
  for (const slug of [AJACCIO, MONT_DORE]) {
    assert.equal(
      decodeQrOnFirstPage(distPath(site, `/offres/${slug}/fiche.pdf`)),
      `${site.site}/offres/${slug}/`,
    );
  }
});

test('open offers with a date limit have a .ics linked from their page; closed ones have neither', () => {
  const html = readDist(site, `/offres/${AJACCIO}/`);
  assert.match(
    html,
    new RegExp(
      `<a href="/offres/${AJACCIO}/date-limite\\.ics" download="date-limite-${AJACCIO}\\.ics"`,
    ),
  );
  const events = Object.values(
    ical.sync.parseICS(readDist(site, `/offres/${AJACCIO}/date-limite.ics`)),
  ).filter((c): c is VEvent => c?.type === 'VEVENT');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.start.tz, 'Europe/Paris');
  assert.equal(events[0]!.start.toISOString(), '2026-03-14T23:00:00.000Z');

  assert.equal(distHas(site, `/offres/${MONT_DORE}/date-limite.ics`), false);
  assert.doesNotMatch(readDist(site, `/offres/${MONT_DORE}/`), /date-limite\.ics/);
});

test('OFFRES_SKIP_PDF=1: no PDF file and no link to one', async () => {
  const quick = await getFixture('no-pdf');
  assert.deepEqual(listDistFiles(quick, '.pdf'), []);
  for (const page of offerPages(quick))
    assert.doesNotMatch(readDist(quick, page.urlPath), /fiche\.pdf/);
});
