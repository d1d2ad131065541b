/**
 * The PDF sheet drawn from an offer, without a site build: text with its accents, metadata,
 * tagging, embedded fonts, QR code, closed notice, reproducible bytes, and the content-hash cache.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { getOfferPdf, getOfferSheet, getSheetKey } from '../../src/lib/pdf/index.ts';
import {
  decodeQrOnFirstPage,
  makeOffer,
  NOW,
  pdfinfo,
  pdftotext,
  SITE,
  withTempPdf,
} from './helpers.ts';

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-pdf-cache-'));
after(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

const BODY = [
  '<p>Nous recrutons un·e <strong>chargé·e de mission</strong> « climat » : 1 200 € brut, l’œuvre d’une équipe.</p>',
  '<h2>Missions</h2>',
  '<ul><li>Animer le réseau ;</li><li>Rédiger <em>les notes</em> (<a href="https://exemple.org/x">source</a>).</li></ul>',
  '<p>Ligne un<br>ligne deux</p>',
].join('\n');

const open = makeOffer(
  '2025-01-climat-et-energie-charge-mission',
  { title: 'Chargé·e de mission « climat & énergie »', reference: 'CE-2025/01' },
  BODY,
);
const context = { site: SITE, now: NOW, cacheDir };

test('the text copies out with its accents, the facts, the deadline and the apply address', async () => {
  const bytes = await getOfferPdf(open, context);
  const text = withTempPdf(bytes, pdftotext);
  for (const expected of [
    'Chargé·e de mission « climat & énergie »',
    'Climat & Énergie « citoyens »',
    'Le Mont-Dore (98809), Nouvelle-Calédonie',
    '21 février 2025',
    'recrutement@example.org',
    'Candidature : Chargé·e de mission « climat & énergie » (réf. CE-2025/01)',
    '1 200 € brut, l’œuvre d’une équipe',
    'heure locale : Nouvelle-Calédonie',
    'Offre publiée le 31 janvier 2025',
    'Page 1 sur 1',
    `${SITE}/offres/2025-01-climat-et-energie-charge-mission/`,
  ]) {
    assert.ok(text.includes(expected), `missing « ${expected} » in:\n${text}`);
  }
  assert.doesNotMatch(text, /Offre clôturée/);
});

test("metadata: title, author, language, tagged, A4, creation date of the offer's publication day, fonts embedded", async () => {
  const bytes = await getOfferPdf(open, context);
  withTempPdf(bytes, (file) => {
    const info = pdfinfo(file);
    assert.equal(info['Title'], 'Chargé·e de mission « climat & énergie »');
    assert.equal(info['Author'], 'Climat & Énergie « citoyens »');
    assert.equal(info['Tagged'], 'yes');
    assert.match(info['Page size'] ?? '', /^595\.2\d? x 841\.8\d? pts \(A4\)/);
    assert.match(info['CreationDate'] ?? '', /Jan +30 23:00:00 2025 UTC|Jan +31 00:00:00 2025 CET/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    assert.ok(fonts.length >= 2);
    for (const line of fonts)
      assert.match(line, /SourceSans3-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
  // The language is in the document catalog, which pdfinfo does not print.
  assert.match(Buffer.from(bytes).toString('latin1'), /\/Lang \(fr-FR\)/);
  // The XMP copy of the title is valid XML: « & » escaped.
  assert.match(
    Buffer.from(bytes).toString('latin1'),
    /<rdf:li xml:lang="x-default">Charg.*&#38; .*<\/rdf:li>/,
  );
});

test('the QR code on page one decodes to the offer URL', async () => {
  const bytes = await getOfferPdf(open, context);
  assert.equal(
    withTempPdf(bytes, decodeQrOnFirstPage),
    `${SITE}/offres/2025-01-climat-et-energie-charge-mission/`,
  );
});

test('a closed offer says so on page one and has no apply box', async () => {
  const closed = makeOffer(
    '2024-01-ville-du-mont-dore-assistant',
    { organisation: 'ville-du-mont-dore', published: '2024-01-02', deadline: '2024-02-01' },
    '<p>Texte.</p>',
  );
  const bytes = await getOfferPdf(closed, context);
  withTempPdf(bytes, (file) => {
    const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    assert.match(pageOne, /Offre clôturée/);
    assert.match(pageOne, /ouvertes jusqu'au 1er février 2024 inclus/);
    assert.doesNotMatch(pageOne, /Comment candidater/);
    assert.match(pageOne, /Offre clôturée le 2 février 2024/);
  });
});

test("a closed offer's sheet is the same in every later build (nightly builds reuse it)", () => {
  const closed = makeOffer(
    '2024-01-ville-du-mont-dore-assistant',
    { organisation: 'ville-du-mont-dore', published: '2024-01-02', deadline: '2024-02-01' },
    '<p>Texte.</p>',
  );
  const later = { ...context, now: new Date(context.now.getTime() + 86_400_000 * 30) };
  const sheet = getOfferSheet(closed, context);
  assert.deepEqual(getOfferSheet(closed, later), sheet);
  assert.equal(getSheetKey(getOfferSheet(closed, later)), getSheetKey(sheet));
});

test("an open offer's sheet changes with its offer, not with the build day", () => {
  // The page shows « plus que N jours »; the sheet, printed and kept, dates from the offer.
  const nextDay = makeOffer(
    open.slug,
    { title: open.data.title, reference: 'CE-2025/01' },
    BODY,
    new Date(NOW.getTime() + 86_400_000),
  );
  const sheet = getOfferSheet(open, context);
  assert.notEqual(nextDay.daysLeft, open.daysLeft);
  assert.deepEqual(
    getOfferSheet(nextDay, { ...context, now: new Date(NOW.getTime() + 86_400_000) }),
    sheet,
  );
  const updated = makeOffer(open.slug, { title: open.data.title, updated: '2025-02-05' }, BODY);
  assert.equal(getOfferSheet(updated, context).dateLine, 'Offre mise à jour le 5 février 2025');
  assert.notEqual(getSheetKey(getOfferSheet(updated, context)), getSheetKey(sheet));
});

test('a long body flows onto numbered pages with a running header', async () => {
  const long = makeOffer(
    '2025-01-long',
    { title: 'Offre très longue' },
    Array.from(
      { length: 60 },
      (_, i) => `<p>Paragraphe ${i + 1} : ${'texte de l’offre '.repeat(12)}</p>`,
    ).join('\n'),
  );
  const bytes = await getOfferPdf(long, context);
  withTempPdf(bytes, (file) => {
    const pages = Number(pdfinfo(file)['Pages']);
    assert.ok(pages >= 3, `expected several pages, got ${pages}`);
    const text = pdftotext(file);
    assert.match(text, new RegExp(`Page ${pages} sur ${pages}`));
    assert.match(text, /Paragraphe 60 :/);
  });
});

test('same sheet, same bytes; an edited offer gives another sheet', async () => {
  const first = await getOfferPdf(open, context);
  const again = await getOfferPdf(open, context);
  assert.deepEqual(Buffer.from(again), Buffer.from(first));

  // A fresh cache draws it again: byte-identical (reproducible builds).
  const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-pdf-fresh-'));
  try {
    const redrawn = await getOfferPdf(open, { ...context, cacheDir: freshDir });
    assert.deepEqual(Buffer.from(redrawn), Buffer.from(first));
  } finally {
    fs.rmSync(freshDir, { recursive: true, force: true });
  }

  const edited = makeOffer(
    open.slug,
    { title: 'Chargé·e de mission « climat & énergie »', reference: 'CE-2025/02' },
    BODY,
  );
  const editedBytes = await getOfferPdf(edited, context);
  assert.notDeepEqual(Buffer.from(editedBytes), Buffer.from(first));
});

test('letters stay copyable when an earlier sheet embedded them as parts of accented capitals', async () => {
  // À, Î, Ç are composite glyphs built from A, I, C: subsetting them must not leave A, I, C
  // without their characters for the next sheet drawn in the same process.
  const accents = makeOffer(
    '2025-01-capitales',
    { title: 'À Î Ç É Ô Œ' },
    '<p>À ÎLE Ç Ê Û Ë Ï</p>',
  );
  await getOfferPdf(accents, context);
  const plain = makeOffer(
    '2025-01-ajaccio',
    { title: 'AJACCIO CDI ICI', reference: 'AJA-2026' },
    '<p>Ajaccio, CDI, Corse, Île.</p>',
  );
  const text = withTempPdf(await getOfferPdf(plain, context), pdftotext);
  for (const expected of ['AJACCIO CDI ICI', 'AJA-2026', 'Ajaccio, CDI, Corse, Île.']) {
    assert.ok(text.includes(expected), `missing « ${expected} » in:\n${text}`);
  }
});
