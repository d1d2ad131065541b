/**
 * The fast front matter reader (plain-yaml.ts) is a shortcut: whatever it accepts, it must read
 * exactly as the full parser (parseYamlData, the `yaml` package) and as Astro's own parser
 * (js-yaml, through astro/markdown) do; everything else it must leave to the full parser, which
 * keeps the safety checks (tags, aliases, impossible dates, duplicate keys) and line numbers.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseFrontmatter as astroFrontmatter } from 'astro/markdown';
import { parseYamlData } from '../../src/lib/content-check/frontmatter.ts';
import { readPlainYaml } from '../../src/lib/content-check/plain-yaml.ts';
import { FIXTURES, REPO } from './helpers.ts';

/** What the three readers make of `source`; throws when the fast reader disagrees with one. */
function assertSameAsFullParsers(source: string): Record<string, unknown> {
  const fast = readPlainYaml(source);
  assert.ok(fast, `the fast reader refused:\n${source}`);
  const full = parseYamlData(source, 'x.md', 1);
  assert.ok(full.ok, `the full parser refused what the fast reader accepted:\n${source}`);
  assert.deepEqual(full.problems, [], source);
  assert.deepStrictEqual(fast, full.data, source);
  const astro = astroFrontmatter(`---\n${source}\n---\nTexte.\n`).frontmatter;
  assert.deepStrictEqual(fast, astro, `js-yaml reads it otherwise:\n${source}`);
  return fast;
}

const OFFER = `title: "Chargé·e de campagne – plaidoyer"
organisation: angouleme-pour-tous
contract: [stage, cdd]
hoursPerWeek: 35
location:
  city: "Angoulême"
  postalCode: "16000"
remote: partial
published: 2019-01-12
start: 2019-03-11
salary:
  min: 1047.5
  period: month
apply:
  email: rh@exemple.eu
  url: https://exemple.fr/a?b=c#d
  instructions: 'Candidature l''été'
tags:
  - mer
  - evaluation
draft: false
# comment
reference: { a: 1, b: "x, y" }`;

describe('plain YAML: read like the full parsers', () => {
  const accepted: [string, string, unknown][] = [
    ['strings', 'a: Chargé·e de mission — Paris', 'Chargé·e de mission — Paris'],
    [
      'YAML 1.1 booleans are strings',
      'a: [yes, no, on, off, y, n, Yes]',
      ['yes', 'no', 'on', 'off', 'y', 'n', 'Yes'],
    ],
    ['nulls', 'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: # rien', undefined],
    [
      'booleans',
      'a: [true, True, TRUE, false, False, FALSE]',
      [true, true, true, false, false, false],
    ],
    ['numbers', 'a: [0, 10, 1.50, 0.5, 123456789012345]', [0, 10, 1.5, 0.5, 123456789012345]],
    ['a date is a timestamp', 'a: 2025-01-05', new Date(Date.UTC(2025, 0, 5))],
    ['a quoted date is a string', 'a: "2025-01-05"', '2025-01-05'],
    ['a leap day', 'a: 2024-02-29', new Date(Date.UTC(2024, 1, 29))],
    [
      'double-quoted escapes',
      'a: "\\u00e9\\n\\t\\"\\\\\\/ \\ud83c\\udf89 🎉 # pas un commentaire"',
      'é\n\t"\\/ 🎉 🎉 # pas un commentaire',
    ],
    ['single quotes', "a: 'l''été: 2 # 3'", "l'été: 2 # 3"],
    ['a hash in a word is text', 'a: C# et F#', 'C# et F#'],
    ['a comment after a value', 'a: texte  # commentaire\nb: "x" # c\nc: [a] # c', undefined],
    ['colons without a space', 'a: https://exemple.fr/a:b?c=d#e\nb: de 10h:12h', undefined],
    ['brackets inside a plain value', 'a: Stage [H/F], {x}', 'Stage [H/F], {x}'],
    ['trailing spaces', 'a: texte   ', 'texte'],
    ['nested blocks', 'a:\n  b:\n    c: 1\n    d: x\n  e: [1]\nf: 2', undefined],
    ['lists at the key’s indentation', 'a:\n- x\n- "y"\nb:\n  - 1\n  -   2', undefined],
    ['comments and blank lines anywhere', 'a:\n# c\n  b: 1\n\n      # c\n  c: 2\n   \n', undefined],
    [
      'flow collections',
      'a: { b: 1, c: "d" }\nf: []\ng: {}\nh: [ a b , "c,d" , \'e\' ]',
      undefined,
    ],
    [
      'dates in a list',
      'a: [2025-01-05, "2025-01-06"]',
      [new Date(Date.UTC(2025, 0, 5)), '2025-01-06'],
    ],
    ['unusual but identifier keys', 'constructor: 1\ntoString: x\n_a1: y', undefined],
    ['an empty document', '\n# rien\n', undefined],
    ['a whole offer', OFFER, undefined],
  ];
  for (const [name, source, expected] of accepted) {
    test(name, () => {
      const data = assertSameAsFullParsers(source);
      if (expected !== undefined) assert.deepStrictEqual(data['a'], expected);
    });
  }

  test('every offer and organisation of the repository, fixtures included', () => {
    const dirs = [
      path.join(REPO, 'content'),
      path.join(FIXTURES, 'valid'),
      path.join(FIXTURES, 'invalid'),
      path.join(REPO, 'tests/fixtures/default/content'),
    ];
    let read = 0;
    for (const dir of dirs) {
      for (const kind of ['offers', 'organisations']) {
        let files: string[];
        try {
          files = readdirSync(path.join(dir, kind));
        } catch {
          continue;
        }
        for (const file of files.filter((f) => /\.(md|ya?ml)$/.test(f))) {
          const text = readFileSync(path.join(dir, kind, file), 'utf8');
          const source = file.endsWith('.md')
            ? text.startsWith('---\n')
              ? text.slice(4, text.indexOf('\n---', 3))
              : undefined
            : text;
          if (source !== undefined && readPlainYaml(source)) {
            assertSameAsFullParsers(source);
            read++;
          }
        }
      }
    }
    assert.ok(read >= 10, `only ${read} files read on the fast path`);
  });
});

describe('plain YAML: everything else goes to the full parser', () => {
  const refused: [string, string][] = [
    ['an anchor', 'a: &x 1'],
    ['an alias', 'a: 1\nb: *x'],
    ['a tag', 'a: !!str 2025-01-05'],
    ['a local tag', 'a: !x 1'],
    ['a block scalar', 'a: |\n  texte'],
    ['a folded scalar', 'a: >-\n  texte'],
    ['a value on two lines', 'a: début\n  suite'],
    ['a quoted value on two lines', 'a: "début\n  suite"'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3'],
    ['a duplicate nested key', 'a:\n  b: 1\n  b: 2'],
    ['a duplicate key in braces', 'a: { b: 1, b: 2 }'],
    ['an impossible date', 'a: 2025-02-30'],
    ['a day that does not exist', 'a: 2025-04-31'],
    ['an impossible date in a list', 'a: [2025-02-29]'],
    ['a date without leading zeros', 'a: 2025-1-5'],
    ['a date and time', 'a: 2025-01-05T10:00:00Z'],
    ['a date and time with a space', 'a: 2025-01-05 10:00:00'],
    ['a year before 100', 'a: 0099-01-01'],
    ['a signed number', 'a: -1'],
    ['a plus sign', 'a: +1'],
    ['a leading zero', 'a: 01'],
    ['octal', 'a: 0o17'],
    ['hexadecimal', 'a: 0x1F'],
    ['an exponent', 'a: 1e3'],
    ['a leading dot', 'a: .5'],
    ['infinity', 'a: .inf'],
    ['underscores', 'a: 1_000'],
    ['sexagesimal', 'a: 12:30'],
    ['a merge key', '<<: { a: 1 }'],
    ['a prototype key', '__proto__: { a: 1 }'],
    ['a boolean key', 'true: 1'],
    ['a quoted key', '"a": 1'],
    ['a complex key', '? a\n: 1'],
    ['a key without a space', 'a:b'],
    ['a space before the colon', 'a : 1'],
    ['a colon in a value', 'a: Poste : chargé'],
    ['a value ending with a colon', 'a: Attention:'],
    ['text after a quoted value', 'a: "x" y'],
    ['a comment glued to a quoted value', 'a: "x"#y'],
    ['an unclosed quote', "a: 'x"],
    ['an unknown escape', 'a: "\\x41"'],
    ['a long escape', 'a: "\\U0001F600"'],
    ['an unclosed list', 'a: [x, y'],
    ['a nested list', 'a: [x, [y]]'],
    ['a list in braces', 'a: { b: [x] }'],
    ['a trailing comma', 'a: [x, ]'],
    ['a colon in braces', 'a: { b: https://exemple.fr }'],
    ['braces without a space', 'a: {b:c}'],
    ['a map in a list', 'a:\n  - b: 1'],
    ['an empty list item', 'a:\n  -\n  - x'],
    ['a tab', 'a:\t1'],
    ['a carriage return', 'a: 1\r\nb: 2'],
    ['a BOM', '\ufeffa: 1'],
    ['a control character', 'a: x\u0007'],
    ['a line separator', 'a: x\u2028y'],
    ['an indented first line', '  a: 1'],
    ['a deeper sibling', 'a:\n  b: 1\n   c: 2'],
    ['a shallower sibling', 'a:\n    b: 1\n  c: 2'],
    ['a document marker', 'a: 1\n...'],
    ['a directive', '%YAML 1.2\na: 1'],
    ['a list as the document', '- a\n- b'],
    ['a scalar as the document', 'texte'],
    ['a value starting with punctuation', 'a: « texte »'],
    ['a reserved indicator', 'a: @x'],
    ['a backquote', 'a: `x`'],
    ['a non-breaking space first', 'a: \u00a0x'],
  ];
  for (const [name, source] of refused) {
    test(name, () => assert.equal(readPlainYaml(source), undefined, source));
  }
});

describe('plain YAML: random edits of an offer', () => {
  test('what the fast reader accepts, the full parsers read the same way', () => {
    const atoms = [
      '"',
      "'",
      ':',
      ': ',
      ' #',
      '#',
      '&a ',
      '*a',
      '!!str ',
      '\t',
      '  ',
      ' ',
      '-',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '\\',
      '\\n',
      '\\x41',
      '|',
      '>',
      '%',
      '@',
      '?',
      '~',
      'null',
      'true',
      'yes',
      '0',
      '01',
      '-1',
      '1e3',
      '1.5',
      '.5',
      '0x1F',
      '.inf',
      '2025-02-30',
      '2025-1-5',
      '2025-01-05',
      '2025-01-05T10:00:00Z',
      '0099-01-01',
      '1_000',
      '12:30',
      '<<',
      '__proto__',
      'é',
      '\u00a0',
      '\r',
      '---',
      '...',
      '\n',
      '\n  ',
      '\n    x: 1',
      '\ntitle: x',
    ];
    let seed = 20260630;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let source = OFFER;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(source.length + 1);
        const lines = source.split('\n');
        switch (random(4)) {
          case 0:
            source = source.slice(0, at) + atoms[random(atoms.length)] + source.slice(at);
            break;
          case 1:
            source = source.slice(0, at) + source.slice(at + 1 + random(4));
            break;
          case 2:
            lines.splice(random(lines.length), 0, lines[random(lines.length)] ?? '');
            source = lines.join('\n');
            break;
          default: {
            const j = random(lines.length);
            const value = `${atoms[random(atoms.length)]}${random(2) ? atoms[random(atoms.length)] : ''}`;
            lines[j] = (lines[j] ?? '').replace(/: .*/, `: ${value}`);
            source = lines.join('\n');
          }
        }
      }
      if (readPlainYaml(source) === undefined) continue;
      accepted++;
      assertSameAsFullParsers(source);
    }
    assert.ok(accepted > 300, `only ${accepted} edited offers were read on the fast path`);
  });
});
