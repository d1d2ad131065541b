/** The body HTML → PDF blocks converter: structure, inline styles, entities, links, breaks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, htmlToBlocks } from '../../src/lib/pdf/html-blocks.ts';

const BASE = 'https://offres.example.org/offres/x/';

test('paragraphs, headings and lists keep their structure; whitespace between blocks is not text', () => {
  const blocks = htmlToBlocks(
    '<p>Un</p>\n<h2>Missions</h2>\n<ul>\n<li>A ;</li>\n<li>B.</li>\n</ul>\n<h3>Profil</h3>\n<ol start="3"><li>C</li></ol>',
    BASE,
  );
  assert.deepEqual(blocks, [
    { kind: 'paragraph', runs: [{ text: 'Un' }] },
    { kind: 'heading', level: 2, runs: [{ text: 'Missions' }] },
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: [
        [{ kind: 'paragraph', runs: [{ text: 'A ;' }] }],
        [{ kind: 'paragraph', runs: [{ text: 'B.' }] }],
      ],
    },
    { kind: 'heading', level: 3, runs: [{ text: 'Profil' }] },
    {
      kind: 'list',
      ordered: true,
      start: 3,
      items: [[{ kind: 'paragraph', runs: [{ text: 'C' }] }]],
    },
  ]);
});

test('inline styles, entities, <br> and links (relative ones made absolute, unsafe ones dropped)', () => {
  const [paragraph] = htmlToBlocks(
    '<p>Un·e <strong>chargé·e</strong> &amp; <em>co</em>,<br>\n<a href="/offres/">toutes</a> <a href="#">ancre</a> <del>non</del> &#8364; &laquo;&nbsp;ok&nbsp;&raquo;</p>',
    BASE,
  );
  assert.deepEqual(paragraph, {
    kind: 'paragraph',
    runs: [
      { text: 'Un·e ' },
      { text: 'chargé·e', bold: true },
      { text: ' & ' },
      { text: 'co', italic: true },
      { text: ',' },
      { text: '\n' },
      { text: 'toutes', href: 'https://offres.example.org/offres/' },
      { text: ' ' },
      { text: 'ancre' },
      { text: ' ' },
      { text: 'non', strike: true },
      { text: ' € «\u00A0ok\u00A0»' },
    ],
  });
});

test('nested list items and loose items with paragraphs', () => {
  const [list] = htmlToBlocks(
    '<ul><li><p>Un</p><p>Deux</p></li><li>Trois<ul><li>Sous</li></ul></li></ul>',
    BASE,
  );
  assert.deepEqual(list, {
    kind: 'list',
    ordered: false,
    start: 1,
    items: [
      [
        { kind: 'paragraph', runs: [{ text: 'Un' }] },
        { kind: 'paragraph', runs: [{ text: 'Deux' }] },
      ],
      [
        { kind: 'paragraph', runs: [{ text: 'Trois' }] },
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: [[{ kind: 'paragraph', runs: [{ text: 'Sous' }] }]],
        },
      ],
    ],
  });
});

test('code blocks keep their lines; unknown tags keep their text', () => {
  assert.deepEqual(
    htmlToBlocks('<pre><code>a &lt; b\n  c\n</code></pre><p><span>gardé</span></p>', BASE),
    [
      { kind: 'code', text: 'a < b\n  c' },
      { kind: 'paragraph', runs: [{ text: 'gardé' }] },
    ],
  );
});

test('entities: numeric, hexadecimal, named, and unknown ones left alone', () => {
  assert.equal(decodeEntities('&#233;&#xE9;&eacute;&amp;&bogus;'), 'éé&eacute;&&bogus;');
});
