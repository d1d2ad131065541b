/**
 * Front matter is read by gray-matter and js-yaml, the parser the build reads it with (Astro's
 * parseFrontmatter): whatever the check accepts, the build reads as the same data; whatever the
 * build cannot read, the check refuses first, in French, naming file, line, field and the fix.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, test } from 'node:test';
import { parseFrontmatter as astroFrontmatter } from 'astro/markdown';
import {
  checkContent,
  checkOfferText,
  formatProblem,
  parseFrontmatter,
  type Problem,
} from '../../src/lib/content-check/index.ts';
import { safeMatter } from '../../src/lib/content-check/safe-matter.ts';
import { OfferSchema } from '../../src/schema/index.ts';
import { makeContentDir } from './helpers.ts';

const OFFER = `---
title: "Chargé·e de campagne – plaidoyer"
organisation: poitiers-collectif
contract: [stage, cdd]
hoursPerWeek: 35
location:
  city: Poitiers
  postalCode: "86000"
remote: partial
published: 2025-01-10
deadline: 2025-02-21
salary:
  min: 1047.5
  period: month
apply:
  email: rh@exemple.eu
  url: https://exemple.fr/a?b=c#d
  instructions: 'Candidature l''été'
tags:
  - campagne-electorale
  - communication
# comment
reference: "3134-25"
---
Le texte de l'offre.
`;

/** What the build reads: Astro's front matter parser, then the collection's schema. */
function build(text: string): { ok: true; data: unknown } | { ok: false } {
  let raw: unknown;
  try {
    raw = astroFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter;
  } catch {
    return { ok: false };
  }
  const parsed = OfferSchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
}

/** Problems of reading the file (the rest are the schema's). */
const READING = new Set<Problem['code']>([
  'no-frontmatter',
  'frontmatter-language',
  'yaml-syntax',
  'yaml-tag',
  'yaml-aliases',
]);

/** French, located, and saying what to do. */
function assertTold(p: Problem): void {
  const text = formatProblem(p);
  assert.ok(p.line >= 1, text);
  assert.doesNotMatch(p.message, /\b(?:the|expected|unexpected|cannot|stream|key)\b/i, text);
  assert.ok(p.expected ?? p.example, `no fix given:\n${text}`);
}

/** Checks `files` (name → content) in a content folder with the valid organisations. */
async function check(files: Record<string, string | Buffer>): Promise<Problem[]> {
  const dir = makeContentDir();
  mkdirSync(path.join(dir, 'offers'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, 'offers', name), text);
  return (await checkContent(dir, { workers: 0, relativeTo: dir })).problems;
}

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

describe('what the build cannot read, check refuses first (issue 22)', () => {
  const cases: [string, string, string | Buffer, Partial<Problem>, RegExp][] = [
    [
      'a raw VT in a quoted value',
      '2025-01-vt.md',
      OFFER.replace('Chargé·e de campagne', 'Chargé·e\u000bde campagne'),
      { code: 'yaml-syntax', line: 2, field: 'title' },
      /U\+000B.*Word/,
    ],
    [
      'a `--- yaml` fence',
      '2025-01-fence.md',
      OFFER.replace(/^---\n/, '--- yaml\n'),
      { code: 'frontmatter-language', line: 1 },
      /« --- yaml » refusé/,
    ],
    [
      'one-digit date parts',
      '2025-01-date.md',
      OFFER.replace('deadline: 2025-02-21', 'deadline: 2025-2-1'),
      { code: 'schema', line: 11, field: 'deadline' },
      /AAAA-MM-JJ/,
    ],
    [
      'CR-only line endings',
      '2025-01-cr.md',
      Buffer.from(OFFER.replace(/\n/g, '\r')),
      { code: 'no-frontmatter', line: 1 },
      /fins de ligne « CR »/,
    ],
    [
      'a date with a time that moves the day',
      '2025-01-time.md',
      OFFER.replace('deadline: 2025-02-21', 'deadline: 2025-02-21T08:00:00+11:00'),
      { code: 'schema', line: 11, field: 'deadline' },
      /tombe le 2025-02-20 une fois son heure ramenée en temps universel/,
    ],
    [
      'a line starting with `---` among the fields',
      '2025-01-close.md',
      OFFER.replace('organisation:', '--- Missions ---\norganisation:'),
      { code: 'yaml-syntax', line: 3 },
      /ferme l'en-tête/,
    ],
  ];
  for (const [name, file, text, expected, words] of cases) {
    test(name, async () => {
      const problems = await check({ [file]: text });
      assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
      const [p] = problems as [Problem];
      assert.deepEqual(
        { code: p.code, line: p.line, field: p.field, file: p.file },
        { field: undefined, ...expected, file: `offers/${file}` },
      );
      assert.match(p.message, words);
      assertTold(p);
      // The build fails, or publishes something else than what was written.
      const [built, written] = [build(text.toString()), build(OFFER)];
      assert.ok(written.ok);
      assert.ok(!built.ok || !isDeepStrictEqual(built.data, written.data), 'the build reads it');
    });
  }

  test('a numeric file name: its address is a page of the offer list', async () => {
    const problems = await check({ '2.md': OFFER });
    assert.deepEqual(
      problems.map((p) => [p.code, p.file, p.line]),
      [['file-name', 'offers/2.md', 1]],
    );
    assert.match(problems[0]?.message ?? '', /numérique/);
    assertTold(problems[0]!);
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
