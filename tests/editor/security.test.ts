/**
 * Content arrives by pull request from anyone: frontmatter is data only. Code in a `---js`
 * fence never runs, YAML tags are refused, alias bombs and huge files fail fast.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import matter from 'gray-matter';
import { checkContent, parseFrontmatter } from '../../src/lib/content-check/index.ts';
import { safeMatter } from '../../src/lib/content-check/safe-matter.ts';
import { readRawOffer } from '../../src/lib/import/source.ts';

/** An offer whose frontmatter, if evaluated, writes `marker`. */
function evilOffer(marker: string, language = 'js'): string {
  return `---${language}\n{ title: require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'pwned') || 'x' }\n---\nTexte.\n`;
}

describe('frontmatter is data only', () => {
  test('a ---js frontmatter runs nothing: parser, check, import, safe gray-matter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'offres-evil-'));
    const marker = path.join(dir, 'pwned');
    mkdirSync(path.join(dir, 'offers'));
    writeFileSync(path.join(dir, 'offers', '2025-01-evil.md'), evilOffer(marker));

    assert.equal(parseFrontmatter(evilOffer(marker), 'x.md').ok, false);
    const { problems } = await checkContent(dir);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['frontmatter-language'],
    );
    readRawOffer(evilOffer(marker), path.join(dir, 'raw.txt'));
    for (const language of ['js', 'javascript', 'coffee']) {
      assert.throws(() => safeMatter(evilOffer(marker, language)), /refusé/);
    }
    assert.equal(existsSync(marker), false, 'the code ran');
  });

  test('control: plain gray-matter would have run that code', () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'offres-control-')), 'pwned');
    matter(evilOffer(marker), {});
    assert.equal(existsSync(marker), true, 'the fixture no longer proves anything');
  });

  test('YAML tags that build objects are refused', () => {
    const result = parseFrontmatter(
      '---\na: !!binary aGVsbG8=\nb: !!set {x}\nc: !!js/undefined ""\n---\n',
      'x.md',
    );
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.problems.map((p) => [p.code, p.line]),
        [
          ['yaml-tag', 2],
          ['yaml-tag', 3],
          ['yaml-tag', 4],
        ],
      );
  });

  test('an alias bomb is rejected in milliseconds', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(',')}]`,
      );
    const started = performance.now();
    const result = parseFrontmatter([...lines, '---', ''].join('\n'), 'x.md');
    assert.equal(result.ok, false);
    assert.ok(performance.now() - started < 1000);
  });

  test('a huge file is refused before being read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'offres-huge-'));
    mkdirSync(path.join(dir, 'offers'));
    writeFileSync(
      path.join(dir, 'offers', '2025-01-huge.md'),
      `---\ntitle: x\n---\n${'x'.repeat(5 * 1024 * 1024)}`,
    );
    const { problems } = await checkContent(dir);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['file-too-large'],
    );
  });
});
