/**
 * The offer's body on the sheet: its HTML (parsed by node-html-parser) drawn as tagged
 * paragraphs, headings, lists, quotes and code, with inline styles, entities, line breaks and
 * links (relative ones made absolute, unsafe ones dropped).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE } from './helpers.ts';
import { bodyOutline, readSheet } from './render.ts';

const OFFER = `${SITE}/offres/2025-01-test/`;

/** The link targets of the sheet, less the ones every sheet has (apply e-mail, offer, QR). */
function bodyLinks(qdf: string): string[] {
  const standard = ['mailto:recrutement@example.org', OFFER, OFFER];
  const links = [...qdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
  for (const uri of standard) links.splice(links.indexOf(uri), 1);
  return links;
}

/** A list item of one paragraph in the outline, `depth` lists down. */
function item(label: string, text: string, depth = 0): string[] {
  const lines = [
    '  LI',
    '    Lbl',
    `      "${label}"`,
    '    LBody',
    '      P',
    `        "${text}"`,
  ];
  return lines.map((line) => '      '.repeat(depth) + line);
}

test('paragraphs, headings and lists keep their structure; white space between blocks is not text', async () => {
  const { tree } = await readSheet(
    '<p>Un</p>\n<h2>Missions</h2>\n<ul>\n<li>A ;</li>\n<li>B.</li>\n</ul>\n<h3>Profil</h3>\n<ol start="3"><li>C</li></ol>',
  );
  assert.deepEqual(bodyOutline(tree), [
    'P',
    '  "Un"',
    'H2',
    '  "Missions"',
    'L:',
    '   /ListNumbering /Disc',
    ...item('•', 'A ;'),
    ...item('•', 'B.'),
    'H3',
    '  "Profil"',
    'L:',
    '   /ListNumbering /Decimal',
    ...item('3.', 'C'),
  ]);
});

test('inline styles, entities, <br> and links (relative ones made absolute, unsafe ones dropped)', async () => {
  const { tree, text, qdf, fonts } = await readSheet(
    '<p>Un·e <strong>chargé·e</strong> &amp; <em>co</em>,<br>\n<a href="/offres/">toutes</a> ' +
      '<a href="#">ancre</a> <a href="javascript:alert(1)">js</a> <del>non</del> ' +
      '&#8364; &laquo;&nbsp;ok&nbsp;&raquo;</p>',
  );
  assert.match(text, /Un·e chargé·e & co,\n\s*toutes ancre js non € « ok »/);
  assert.deepEqual(bodyLinks(qdf), [`${SITE}/offres/`]);
  const outline = bodyOutline(tree);
  assert.deepEqual(outline.slice(0, 5), ['P', '  "Un·e "', '  "chargé·e"', '  " & "', '  "co"']);
  assert.ok(outline.includes('  Link') && outline.includes('    "toutes"'), outline.join('\n'));
  assert.equal(outline.filter((line) => line === '  Link').length, 1);
  // Bold and italic faces embedded beside the regular one.
  assert.ok(
    fonts.some((line) => /SourceSans3-Italic/.test(line)),
    fonts.join('\n'),
  );
  assert.ok(
    fonts.some((line) => /SourceSans3-SemiBold/.test(line)),
    fonts.join('\n'),
  );
});

test('nested lists and loose items with paragraphs', async () => {
  const { tree, text } = await readSheet(
    '<ul><li><p>Un</p><p>Deux</p></li><li>Trois<ul><li>Sous</li></ul></li></ul>',
  );
  assert.deepEqual(bodyOutline(tree), [
    'L:',
    '   /ListNumbering /Disc',
    '  LI',
    '    Lbl',
    '      "•"',
    '    LBody',
    '      P',
    '        "Un"',
    '      P',
    '        "Deux"',
    ...item('•', 'Trois'),
    '      L:',
    '         /ListNumbering /Disc',
    ...item('•', 'Sous', 1),
  ]);
  // The nested item is indented further than its parent.
  const indent = (word: string) => new RegExp(`^( *)• +${word}$`, 'm').exec(text)?.[1]?.length;
  assert.ok(indent('Sous')! > indent('Trois')!, text);
});

test('quotes, code blocks with their lines, rules, tables, and unknown tags keeping their text', async () => {
  const { tree, text } = await readSheet(
    '<blockquote><p>Citée</p></blockquote><pre><code>a &lt; b\nc\n</code></pre><hr>' +
      '<table><thead><tr><th>Jour</th><th>Horaire</th></tr></thead>' +
      '<tbody><tr><td>Lundi</td><td>9 h</td></tr></tbody></table><p><span>gardé</span></p>',
  );
  assert.deepEqual(bodyOutline(tree), [
    'BlockQuote',
    '  P',
    '    "Citée"',
    'Code',
    '  "a < b"',
    '  "c"',
    'P',
    '  "Jour"',
    '  " · "',
    '  "Horaire"',
    'P',
    '  "Lundi"',
    '  " · "',
    '  "9 h"',
    'P',
    '  "gardé"',
  ]);
  // (pdftotext -layout may drop the narrow spaces around « < ».)
  assert.match(text, /a ?< ?b\n\s*c\n/);
  assert.match(text, /Jour · Horaire\n\s*Lundi · 9 h/);
});
