/**
 * Front matter is read by gray-matter and js-yaml, the parser the build reads it with (Astro's
 * parseFrontmatter): whatever the check accepts, the build reads as the same data. Code fences
 * never run; aliases, nesting and size are limited.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseFrontmatter as astroFrontmatter } from 'astro/markdown';
import {
  checkOfferText,
  parseFrontmatter,
  type Problem,
} from '../../src/lib/content-check/index.ts';
import { safeMatter } from '../../src/lib/content-check/safe-matter.ts';
import { OFFER, READING, assertTold, build, check } from './frontmatter-support.ts';

describe('what check accepts, the build reads the same way', () => {
  const values: [string, string, unknown][] = [
    [
      'YAML 1.1 booleans are strings',
      'a: [yes, no, on, off, y, n]',
      ['yes', 'no', 'on', 'off', 'y', 'n'],
    ],
    ['booleans and nulls', 'a: [true, False, null, ~]', [true, false, null, null]],
    ['numbers', 'a: [0, 10, 1.50, -1, 0x1F, 1e3]', [0, 10, 1.5, -1, 31, 1000]],
    ['a date is a UTC day', 'a: 2025-01-05', new Date(Date.UTC(2025, 0, 5))],
    [
      'a time that keeps the UTC day',
      'a: 2025-01-05T10:00:00Z',
      new Date(Date.UTC(2025, 0, 5, 10)),
    ],
    ['a quoted date is a string', 'a: "2025-01-05"', '2025-01-05'],
    ['one-digit date parts are a string', 'a: 2026-10-1', '2026-10-1'],
    ['escapes', 'a: "\\u00e9\\n\\t # pas un commentaire"', 'é\n\t # pas un commentaire'],
    ['single quotes', "a: 'l''été: 2 # 3'", "l'été: 2 # 3"],
    ['a merge key', 'b: &b { x: 1 }\na:\n  <<: *b\n  y: 2', { x: 1, y: 2 }],
    ['a block scalar', 'a: |\n  deux\n  lignes', 'deux\nlignes\n'],
  ];
  for (const [name, yaml, expected] of values) {
    test(name, () => {
      const text = `---\n${yaml}\n---\n`;
      const ours = parseFrontmatter(text, 'x.md');
      assert.ok(ours.ok, JSON.stringify(ours));
      assert.deepStrictEqual(ours.frontmatter.data['a'], expected);
      assert.deepStrictEqual(ours.frontmatter.data, astroFrontmatter(text).frontmatter);
    });
  }

  test('random edits of an offer: a file check passes is a file the build reads alike', () => {
    const atoms = [
      '"',
      "'",
      ':',
      ': ',
      ' #',
      '&a ',
      '*a',
      '!!str ',
      '\t',
      '  ',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '\\',
      '|',
      '>',
      '2025-02-30',
      '2025-1-5',
      '2025-01-05T10:00:00Z',
      '0x1F',
      '1e3',
      '01',
      'null',
      'yes',
      '<<',
      '---',
      '+++',
      '\r',
      '\u000b',
      '\u0085',
      '\n',
      '\n  ',
      '\ntitle: x',
      '\nremote: full',
      '\nupdated: 2025-01-12',
    ];
    let seed = 20261206;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let passed = 0;
    for (let i = 0; i < 1500; i++) {
      let text = OFFER;
      for (let edits = 1 + random(2); edits > 0; edits--) {
        const at = random(text.indexOf('\n---\n', 4) + 5);
        text = text.slice(0, at) + atoms[random(atoms.length)] + text.slice(at + random(3));
      }
      const checked = checkOfferText(text, 'offers/2025-01-x.md', '2025-01-x');
      for (const p of checked.problems) if (READING.has(p.code)) assertTold(p);
      if (checked.problems.length > 0) continue;
      passed++;
      const built = build(text);
      assert.ok(built.ok, `check passed, the build fails:\n${JSON.stringify(text)}`);
      assert.deepStrictEqual(built.data, checked.entry?.data, JSON.stringify(text));
    }
    assert.ok(passed > 300, `only ${passed} edited offers passed`);
  });

  test('dates stay the day written, whatever the machine’s time zone', () => {
    const zone = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Noumea']) {
        process.env['TZ'] = tz;
        const { entry } = checkOfferText(OFFER, 'offers/2025-01-x.md', '2025-01-x');
        assert.equal(entry?.data.deadline, '2025-02-21', tz);
        assert.equal(entry?.data.published, '2025-01-10', tz);
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});

describe('front matter is data only, within limits', () => {
  test('---js, ---javascript, ---coffee: refused, and their code never runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'offres-js-'));
    const marker = path.join(dir, 'pwned');
    const code = `{ title: (globalThis.__offresPwned = require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')) || 'x' }`;
    const fences = ['---js', '---javascript', '---coffee', '--- js', '---JS'];
    const files = Object.fromEntries(
      fences.map((fence, i) => [`2025-01-code-${i}.md`, `${fence}\n${code}\n---\nTexte.\n`]),
    );
    const problems = await check(files);
    assert.deepEqual(
      problems.map((p) => [p.code, p.line]),
      fences.map(() => ['frontmatter-language', 1]),
    );
    for (const text of Object.values(files).slice(0, 3))
      assert.throws(() => safeMatter(text), /refusé : seules des données YAML/);
    assert.equal(existsSync(marker), false, 'the code ran');
    assert.equal((globalThis as { __offresPwned?: unknown }).__offresPwned, undefined);
  });

  const refused: [string, string, Problem['code'], RegExp][] = [
    [
      '21 aliases',
      `a: &a [x]\nb: [${Array(21).fill('*a').join(', ')}]`,
      'yaml-aliases',
      /21, au plus 20/,
    ],
    [
      '13 levels of nesting',
      `a: ${'['.repeat(12)}x${']'.repeat(12)}`,
      'yaml-syntax',
      /plus de 12 niveaux/,
    ],
    ['30,000 levels of nesting', `a: ${'['.repeat(30_000)}`, 'yaml-syntax', /plus de 12 niveaux/],
    ['65 KB of front matter', `a: "${'x'.repeat(65 * 1024)}"`, 'yaml-syntax', /en-tête trop long/],
    ['a tag, even !!str', 'a: !!str 2025-01-05', 'yaml-tag', /« !!str » refusée/],
    ['a local tag', 'a: !x 1', 'yaml-tag', /« !x » refusée/],
    ['an impossible date', 'a: 2025-02-30', 'schema', /2025-02-30 n'existe pas/],
    ['a duplicate key', 'a: 1\na: 2', 'yaml-syntax', /apparaît deux fois/],
  ];
  for (const [name, yaml, code, words] of refused) {
    test(`refused: ${name}`, () => {
      const result = parseFrontmatter(`---\n${yaml}\n---\n`, 'x.md');
      const problems = result.ok ? result.frontmatter.problems : result.problems;
      assert.equal(problems[0]?.code, code, JSON.stringify(problems));
      assert.match(problems[0]?.message ?? '', words);
      assert.ok((problems[0]?.line ?? 0) >= 2);
    });
  }

  test('20 aliases are fine', () => {
    const yaml = `a: &a [x]\nb: [${Array(20).fill('*a').join(', ')}]`;
    assert.ok(parseFrontmatter(`---\n${yaml}\n---\n`, 'x.md').ok);
  });
});
