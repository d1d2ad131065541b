/**
 * The sheet's document as pdfkit writes it: characters the font has or lacks, ligatures, long
 * words, page numbering, tagging and metadata, deterministic bytes, well-formed files, the QR
 * code's link, and fonts given as files.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { getDefaultSheetFonts } from '../../src/lib/pdf/fonts.ts';
import { renderSheet } from '../../src/lib/pdf/render-sheet.ts';
import { pdfinfo, pdftotext, SITE, withTempPdf } from './helpers.ts';
import { readSheet, sheetOf } from './render.ts';

/** Text of one page. */
function pageText(file: string, page: number): string {
  return execFileSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
}

test('characters copy out whether the font draws them or not', async () => {
  // Greek, Cyrillic and Vietnamese letters are in the font, and e + U+0301 is normalised to é.
  // The emoji, the CJK character and Ǆ are not: drawn as the .notdef box, they copy out from
  // the ActualText of their span (which poppler places near, not in, the line).
  const html =
    '<p>Grec α β γ, cyrillique жизнь, vietnamien Việt Nam, e\u0301cole, emoji 🚀, chinois 中.</p>' +
    '<p><em>Italique α ạ</em> et <strong>gras ж 🚀</strong>.</p>';
  const { text, fonts } = await readSheet(html, { title: 'Ωmega Ǆ 🚀' });
  for (const expected of [
    'Ωmega',
    'Grec α β γ, cyrillique жизнь, vietnamien Việt Nam, école, emoji',
    'Italique α ạ et gras ж',
    'Climat & Énergie « citoyens »',
  ])
    assert.ok(text.includes(expected), `missing « ${expected} » in:\n${text}`);
  const count = (char: string) => text.split(char).length - 1;
  // Title (and the e-mail subject that repeats it), body.
  assert.equal(count('Ǆ'), 2, text);
  assert.equal(count('🚀'), 4, text);
  assert.equal(count('中'), 1, text);
  assert.equal(count('\u0000'), 0, 'no .notdef copied as a NUL');
  // Regular, semibold and italic subsets of Source Sans 3, embedded.
  assert.equal(fonts.length, 3, fonts.join('\n'));
  for (const line of fonts)
    assert.match(line, /^[A-Z]{6}\+SourceSans3-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
});

test("the font's ligatures (ff, ft) draw one glyph and extract as their letters", async () => {
  const { text } = await readSheet(
    '<p>Un effet loft pour le collectif culturel·le, en office.</p>',
  );
  assert.match(text, /Un effet loft pour le collectif culturel·le, en office\./);
});

test('long words and addresses wrap inside the margins, every character kept', async () => {
  const word = 'Anticonstitutionnellement'.repeat(8);
  const address = `https://exemple.org/${'chemin-tres-long/'.repeat(8)}fin`;
  const mail = `${'prenom.nom'.repeat(6)}@exemple.org`;
  const html = `<p>Avant ${word} après.</p><p>Voir <a href="${address}">${address}</a> ou ${mail}.</p>`;
  withTempPdf(await renderSheet(sheetOf('2025-01-mots-longs', html)), (file) => {
    // -layout keeps a hyphen that ends a line (plain pdftotext joins « chemin-\ntres »).
    const joined = pdftotext(file).replace(/\s+/g, '');
    for (const expected of [word, address, mail]) assert.ok(joined.includes(expected), expected);
    // Every word box ends before the right margin (595.28 - 56 pt), with a little slack.
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const rights = [...boxes.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok(rights.length > 50);
    assert.ok(Math.max(...rights) <= 540, `a word ends at ${Math.max(...rights)} pt`);
  });
});

test('a sheet of many pages numbers each page, with the running header from page two', async () => {
  const html = Array.from(
    { length: 12 },
    (_, i) =>
      `<h2>Partie ${i + 1}</h2><ul>${'<li>Une tâche à effectuer, décrite en détail pour remplir la page.</li>'.repeat(8)}</ul>`,
  ).join('');
  withTempPdf(await renderSheet(sheetOf('2025-01-pages', html, 'Offre à rallonge')), (file) => {
    const pages = Number(pdfinfo(file)['Pages']);
    assert.ok(pages >= 3, `${pages} pages`);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(file, page);
      assert.match(text, new RegExp(`Page ${page} sur ${pages}`));
      assert.match(text, /Offre publiée le 31 janvier 2025/);
      assert.equal(text.includes('Offre à rallonge — Climat & Énergie'), page > 1, `page ${page}`);
    }
    assert.match(pageText(file, pages), /Retrouvez cette offre en ligne/);
    // Every part kept, in order, none drawn twice.
    const parts = [
      ...execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).matchAll(/Partie (\d+)/g),
    ];
    assert.deepEqual(
      parts.map((m) => Number(m[1])),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });
});

test('tagged PDF in French: structure tree, language, title shown, metadata, links', async () => {
  const html = '<p>Intro <a href="https://exemple.org/a">un lien</a>.</p>';
  const { tree, qdf, bytes } = await readSheet(html, { slug: '2025-01-structure' });
  for (const expected of [
    /^Document/m,
    /^ {2}H1 \(block\)\n {4}"Chargé·e de mission"/m,
    /TH:\n\s+\/Scope \/Row\n\s+"Lieu"/,
    /Link \(inline\)\n\s+"un lien"\n\s+Object \d+ 0/,
    /H2 \(block\)\n\s+"Description du poste"/,
    /Figure:\n\s+\/Placement \/Block\n\s+\/BBox \[[\d. ]+\]\n\s+""\n\s+Link \(inline\)\n\s+Object \d+ 0/,
    /Caption\n\s+"Scannez pour voir l’offre en ligne"/,
    /H2 \(block\)\n\s+"Comment candidater"/,
  ])
    assert.match(tree, expected);
  withTempPdf(bytes, (file) => {
    const info = pdfinfo(file);
    assert.equal(info['Tagged'], 'yes');
    assert.equal(info['Title'], 'Chargé·e de mission');
    assert.equal(
      info['Subject'],
      'CDD — Climat & Énergie « citoyens » — Le Mont-Dore (98809), Nouvelle-Calédonie',
    );
    assert.equal(info['Keywords'], 'cdd');
    assert.equal(info['Creator'], 'Offres (offres.example.org)');
    assert.equal(info['Producer'], 'Offres');
  });
  assert.match(qdf, /\/Lang \(fr-FR\)/);
  assert.match(qdf, /\/StructTreeRoot \d+ 0 R/);
  assert.match(qdf, /\/MarkInfo \d+ 0 R|\/MarkInfo <<\s*\/Marked true/);
  assert.match(qdf, /\/DisplayDocTitle true/);
  assert.match(qdf, /\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  // Links: the body's, the apply e-mail, the offer's address, the QR code; each in the tree.
  const uris = [...qdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
  const offer = `${SITE}/offres/2025-01-structure/`;
  assert.deepEqual(
    uris.sort(),
    ['https://exemple.org/a', 'mailto:recrutement@example.org', offer, offer].sort(),
  );
  assert.equal([...qdf.matchAll(/\/StructParent \d+/g)].length, uris.length);
});

test('same sheet, same bytes, whatever was drawn before it; the file identifier follows the content', async () => {
  const sheet = sheetOf('2025-01-stable', '<p>Été 2026 : « ça » ж 🚀 <em>effet</em></p>');
  const first = await renderSheet(sheet);
  await renderSheet(sheetOf('2025-01-autre', '<p>Ωmega Việt <strong>ǅ</strong> ⅞ 中文 À Ç</p>'));
  assert.deepEqual(Buffer.from(await renderSheet(sheet)), Buffer.from(first));
  const other = await renderSheet(
    sheetOf('2025-01-stable', '<p>Été 2026 : « ça » ж 🚀 <em>effets</em></p>'),
  );
  assert.notDeepEqual(Buffer.from(other), Buffer.from(first));
  const id = (bytes: Uint8Array) =>
    /\/ID \[<([0-9a-f]{32})>/i.exec(Buffer.from(bytes).toString('latin1'))?.[1];
  assert.ok(id(first));
  assert.notEqual(id(other), id(first));
});

test('qpdf finds no error in the files', async () => {
  for (const html of [
    '<p>Texte court.</p>',
    '<p>ж α 🚀 <a href="mailto:a@b.fr">a@b.fr</a></p>'.repeat(80),
  ]) {
    withTempPdf(await renderSheet(sheetOf('2025-01-qpdf', html)), (file) => {
      const out = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
      assert.match(out, /No syntax or stream encoding errors found/);
    });
  }
});

test('fonts given as files are embedded instead of the default ones', async () => {
  const dir = path.dirname(path.dirname(getDefaultSheetFonts().regular));
  const { fonts, text } = await readSheet(
    '<p>Du <strong>gras</strong> et de l’<em>italique</em>.</p>',
    {
      fonts: {
        regular: path.join(dir, '300Light/SourceSans3_300Light.ttf'),
        semibold: path.join(dir, '700Bold/SourceSans3_700Bold.ttf'),
      },
    },
  );
  assert.match(text, /Du gras et de l’italique\./);
  // No italic file given: emphasis falls back to the regular face.
  assert.deepEqual(fonts.map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '')).sort(), [
    'SourceSans3-Bold',
    'SourceSans3-Light',
  ]);
});
