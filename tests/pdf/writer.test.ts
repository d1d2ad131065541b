/**
 * The PDF writer (src/lib/pdf/writer/): characters outside the fonts' common glyph set, line
 * breaking of long words, page numbering, tagging, deterministic bytes, well-formed files, the
 * QR encoder, and the pieces the font subsets are spliced from.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { test } from 'node:test';
import * as fontkit from 'fontkit';
import QRCode from 'qrcode';
import { getFonts } from '../../src/lib/pdf/fonts.ts';
import { getOfferSheet, type OfferSheet } from '../../src/lib/pdf/offer-sheet.ts';
import { getQrMatrix } from '../../src/lib/pdf/qr.ts';
import { renderSheetSync } from '../../src/lib/pdf/render-sheet.ts';
import {
  adler32,
  adler32Combine,
  deflatePiece,
  finalPiece,
  joinDeflated,
} from '../../src/lib/pdf/writer/deflate.ts';
import { makeOffer, NOW, pdfinfo, pdftotext, SITE, withTempPdf } from './helpers.ts';

function sheetOf(slug: string, html: string, title = 'Chargé·e de mission'): OfferSheet {
  return getOfferSheet(makeOffer(slug, { title }, html), { site: SITE, now: NOW });
}

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Text of one page. */
function pageText(file: string, page: number): string {
  return execFileSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
}

test('characters outside the common glyph set copy out, drawn or not by the font', () => {
  // Greek, Cyrillic and Vietnamese letters are in the font but not in the common set; the
  // emoji and the CJK character are in neither (drawn as the .notdef box); e + U+0301 is
  // normalised to é. The same characters in italics and bold take the same path.
  const html =
    '<p>Grec α β γ, cyrillique жизнь, vietnamien Việt Nam, emoji 🚀, chinois 中, ' +
    'e\u0301cole.</p><p><em>Italique α ạ</em> et <strong>gras ж 🚀</strong>.</p>';
  const bytes = renderSheetSync(sheetOf('2025-01-rares', html, 'Ωmega Ǆ'));
  withTempPdf(bytes, (file) => {
    const text = pdftotext(file);
    for (const expected of [
      'Ωmega Ǆ',
      'Grec α β γ, cyrillique жизнь, vietnamien Việt Nam, emoji 🚀, chinois 中, école.',
      'Italique α ạ et gras ж 🚀.',
      'Climat & Énergie « citoyens »',
    ])
      assert.ok(text.includes(expected), `missing « ${expected} » in:\n${text}`);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    assert.ok(fonts.length >= 3);
    for (const line of fonts)
      assert.match(line, /[A-Z]{6}\+SourceSans3-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});

test('the embedded font subsets are valid TrueType files holding the drawn glyphs', () => {
  const bytes = renderSheetSync(sheetOf('2025-01-polices', '<p>Été ж α 🚀 <em>ffi</em></p>'));
  const pdf = Buffer.from(bytes);
  const files = [
    ...pdf
      .toString('latin1')
      .matchAll(/<< \/Length (\d+) \/Length1 (\d+) \/Filter \/FlateDecode >>\nstream\n/g),
  ];
  assert.ok(files.length >= 2);
  for (const match of files) {
    const start = match.index + match[0].length;
    const data = zlib.inflateSync(pdf.subarray(start, start + Number(match[1])));
    assert.equal(data.length, Number(match[2]), '/Length1 is the font file length');
    const font = fontkit.create(data) as fontkit.Font;
    assert.ok(font.numGlyphs > 100);
    // The space is in every core: its glyph exists and has an advance.
    assert.ok(
      Array.from({ length: font.numGlyphs }, (_, gid) => font.getGlyph(gid)).some(
        (glyph) => glyph.advanceWidth > 0 && glyph.path.commands.length > 0,
      ),
    );
  }
});

test('the font\'s ligatures (ff, ft, l·l) draw one glyph and extract as their letters', () => {
  const program = getFonts().program('regular');
  for (const [word, glyphs] of [
    ['effet', 4],
    ['loft', 3],
    ['culturel·le', 9],
    ['office', 5],
  ] as const) {
    assert.equal(program.shape(word)?.cids.length, glyphs, word);
  }
  const html = '<p>Un effet loft pour le collectif culturel·le, en office.</p>';
  withTempPdf(renderSheetSync(sheetOf('2025-01-ligatures', html)), (file) => {
    assert.match(pdftotext(file), /Un effet loft pour le collectif culturel·le, en office\./);
  });
});

test('long words and addresses wrap inside the margins, every character kept', () => {
  const word = 'Anticonstitutionnellement'.repeat(8);
  const address = `https://exemple.org/${'chemin-tres-long/'.repeat(8)}fin`;
  const mail = `${'prenom.nom'.repeat(6)}@exemple.org`;
  const html = `<p>Avant ${word} après.</p><p>Voir <a href="${address}">${address}</a> ou ${mail}.</p>`;
  withTempPdf(renderSheetSync(sheetOf('2025-01-mots-longs', html)), (file) => {
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

test('a sheet of many pages numbers each page, with the running header from page two', () => {
  const html = Array.from(
    { length: 12 },
    (_, i) =>
      `<h2>Partie ${i + 1}</h2><ul>${'<li>Une tâche à effectuer, décrite en détail pour remplir la page.</li>'.repeat(8)}</ul>`,
  ).join('');
  withTempPdf(renderSheetSync(sheetOf('2025-01-pages', html, 'Offre à rallonge')), (file) => {
    const pages = Number(pdfinfo(file)['Pages']);
    assert.ok(pages >= 3, `${pages} pages`);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(file, page);
      assert.match(text, new RegExp(`Page ${page} sur ${pages}`));
      assert.equal(text.includes('Offre à rallonge — Climat & Énergie'), page > 1, `page ${page}`);
    }
    assert.match(pageText(file, pages), /Retrouvez cette offre en ligne/);
  });
});

test('tagged structure: headings, table, lists and links, with their text', () => {
  const html =
    '<p>Intro <a href="https://exemple.org/a">un lien</a>.</p><h2>Missions</h2><ol><li>Un</li><li>Deux</li></ol>';
  withTempPdf(renderSheetSync(sheetOf('2025-01-structure', html)), (file) => {
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    for (const expected of [
      /^Document/m,
      /^ {2}H1 \(block\)\n {4}"Chargé·e de mission"/m,
      /TH:\n\s+\/Scope \/Row\n\s+"Lieu"/,
      /L \(block\):\n\s+\/ListNumbering \/Decimal/,
      /Lbl \(block\)\n\s+"1\."/,
      /Link \(inline\)\n\s+"un lien"\n\s+Object \d+ 0/,
      /H2 \(block\)\n\s+"Missions"/,
      /Caption\n\s+"Scannez pour voir l’offre en ligne"/,
    ])
      assert.match(tree, expected);
  });
  const raw = Buffer.from(renderSheetSync(sheetOf('2025-01-structure', html))).toString('latin1');
  assert.match(raw, /\/MarkInfo << \/Marked true >>/);
  assert.match(raw, /\/ViewerPreferences << \/DisplayDocTitle true >>/);
  assert.match(raw, /\/Subtype \/Link .*\/StructParent \d+ .*\/URI \(https:\/\/exemple\.org\/a\)/);
  assert.match(raw, /%PDF-1\.7\n/);
});

test('same sheet, same bytes, whatever was drawn before it in the process', () => {
  const sheet = sheetOf('2025-01-stable', '<p>Été 2026 : « ça » ж 🚀 <em>effet</em></p>');
  const first = renderSheetSync(sheet);
  renderSheetSync(sheetOf('2025-01-autre', '<p>Ωmega Việt <strong>ǅ</strong> ⅞ 中文</p>'));
  assert.deepEqual(Buffer.from(renderSheetSync(sheet)), Buffer.from(first));
  const other = renderSheetSync(
    sheetOf('2025-01-stable', '<p>Été 2026 : « ça » ж 🚀 <em>effets</em></p>'),
  );
  assert.notDeepEqual(Buffer.from(other), Buffer.from(first));
  // The file identifier is a function of the content.
  const id = (bytes: Uint8Array) =>
    /\/ID \[<([0-9A-F]{32})>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
  assert.ok(id(first));
  assert.notEqual(id(other), id(first));
});

test('qpdf finds no error in the files', { skip: !hasTool('qpdf') && 'qpdf not installed' }, () => {
  for (const html of [
    '<p>Texte court.</p>',
    '<p>ж α 🚀 <a href="mailto:a@b.fr">a@b.fr</a></p>'.repeat(40),
  ]) {
    withTempPdf(renderSheetSync(sheetOf('2025-01-qpdf', html)), (file) => {
      const out = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
      assert.match(out, /No syntax or stream encoding errors found/);
    });
  }
});

test('QR codes are module for module those of the qrcode package', () => {
  for (let length = 1; length <= 330; length += 13) {
    const url = `https://offres.example.org/offres/${'2026-01-é-offre-'.repeat(30).slice(0, length)}/`;
    const ours = getQrMatrix(url);
    const reference = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], {
      errorCorrectionLevel: 'M',
    }).modules;
    assert.equal(ours.size, reference.size, `size for ${url.length} bytes`);
    assert.deepEqual(Buffer.from(ours.modules), Buffer.from(reference.data), `modules for ${url}`);
  }
});

test('deflate pieces compressed apart join into one valid zlib stream', () => {
  const a = Buffer.from('première partie, '.repeat(50));
  const b = Buffer.from([0, 1, 2, 3, 255, 254, 0x28, 0x29].concat(Array(300).fill(7)));
  const c = Buffer.from('fin');
  const joined = joinDeflated([deflatePiece(a, 9), deflatePiece(b, 1)], finalPiece(c, 6));
  assert.deepEqual(zlib.inflateSync(joined), Buffer.concat([a, b, c]));
  assert.equal(adler32Combine(adler32(a), adler32(b), b.length), adler32(Buffer.concat([a, b])));
});
