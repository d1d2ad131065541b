/**
 * The front matter faults of issue 22, where `check` passed and the build failed: each is now
 * refused by the check first, in French, naming file, line, field and the fix — and the build
 * indeed fails on it, or publishes something else than what was written.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { formatProblem, type Problem } from '../../src/lib/content-check/index.ts';
import { OFFER, assertTold, build, check } from './frontmatter-support.ts';

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
      /fuseau horaire : elle tombe le 2025-02-20 une fois ramenée en temps universel/,
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
