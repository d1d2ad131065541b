/**
 * The hostile set (tests/support/hostile.ts) through `npm run check`'s own function: every
 * refused case is reported, in French, naming its file; the accepted ones pass. The build's
 * verdict on the same sets is compared in tests/site/hostile-build.test.ts.
 */
import assert from 'node:assert/strict';
import fs, { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkContent, formatAnnotation, formatReport } from '../../src/lib/content-check/index.ts';
import { listContentFiles } from '../../src/lib/content-check/content-files.ts';
import { readLogoFile } from '../../src/lib/logo-file.ts';
import {
  CLEAN_SVG,
  assertWellFormedXml,
  organisation,
  writeInert,
  writeRefused,
} from '../support/hostile.ts';

function contentDir(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'offres-hostile-')), 'content');
  fs.mkdirSync(path.join(dir, 'offers'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'organisations'), { recursive: true });
  return dir;
}

describe('the hostile set, checked', () => {
  test('every refused case is reported with its file and a French message', async () => {
    const dir = contentDir();
    const cases = writeRefused(dir);
    const { problems } = await checkContent(dir, { relativeTo: dir });
    for (const c of cases) {
      const found = problems.filter((p) => p.file === c.file && p.code === c.code);
      assert.ok(
        found.some((p) => c.says.test(p.message)),
        `${c.name}: no ${c.code} problem saying ${c.says} on ${c.file}; got:\n${formatReport(problems.filter((p) => p.file === c.file))}`,
      );
    }
    // Each text case names its field (or its body line).
    const fields = problems.filter((p) => p.file.startsWith('offers/2026-02-texte-'));
    assert.deepEqual(
      fields.map((p) => [p.file, p.field ?? `ligne ${p.line}`]),
      [
        ['offers/2026-02-texte-1.md', 'title'],
        ['offers/2026-02-texte-2.md', 'salaryText'],
        ['offers/2026-02-texte-3.md', 'apply.url'],
        ['offers/2026-02-texte-4.md', 'title'],
        ['offers/2026-02-texte-5.md', 'apply.instructions'],
        ['offers/2026-02-texte-6.md', 'ligne 13'],
        ['offers/2026-02-texte-7.md', 'deadline'],
      ],
    );
    // Nothing read through a link: the secret is in no message.
    assert.doesNotMatch(JSON.stringify(problems), /c2VjcmV0/);
    // Only the valid organisation and one file of the duplicated slug are read.
    const listed = await listContentFiles(dir);
    assert.ok(listed.offers.every((f) => !fs.lstatSync(f).isSymbolicLink()));
    assert.equal(listed.organisations.filter((f) => /double\./.test(f)).length, 1);
  });

  test('the accepted cases pass', async () => {
    const dir = contentDir();
    writeInert(dir);
    const { problems, offers, organisations } = await checkContent(dir);
    assert.deepEqual(problems, []);
    assert.equal(offers.length, 1);
    assert.equal(organisations.length, 2);
  });

  test('linked content folders are refused, not followed', async () => {
    const dir = contentDir();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'offres-elsewhere-'));
    fs.writeFileSync(path.join(elsewhere, 'x.yaml'), organisation('Ailleurs'));
    fs.rmSync(path.join(dir, 'organisations'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(dir, 'organisations'));
    const { problems, organisations } = await checkContent(dir, { relativeTo: dir });
    assert.equal(organisations.length, 0);
    assert.deepEqual(
      problems.map((p) => [p.code, p.file]),
      [['symlink', 'organisations']],
    );
  });

  test('a clean SVG is published as sanitised, well-formed XML with its type', async () => {
    const dir = contentDir();
    fs.mkdirSync(path.join(dir, 'organisations', 'logos'));
    fs.writeFileSync(path.join(dir, 'organisations', 'logos', 'a.svg'), `\ufeff${CLEAN_SVG}`);
    const result = await readLogoFile(path.join(dir, 'organisations'), './logos/a.svg', 'a.svg');
    assert.ok(result.ok);
    const svg = Buffer.from(result.bytes).toString('utf8');
    assert.equal(result.contentType, 'image/svg+xml');
    assertWellFormedXml(svg);
    assert.match(svg, /viewBox="0 0 10 10"/);
  });
});

describe('the report in CI', () => {
  const hostile = {
    code: 'schema' as const,
    file: 'offers/a,b:c%.md',
    line: 3,
    field: 'title',
    message: 'intitulé invalide',
    found: '« x\n::notice title=pwned::forged\r::set-env name=A::1\n  ##[error]old »',
  };

  test('no line of the plain report is a workflow command', () => {
    const report = formatReport([hostile]);
    for (const line of report.split(/\r\n?|\n/)) assert.doesNotMatch(line, /^\s*(::|##\[)/, line);
    assert.match(report, /: :notice title=pwned::forged/);
    assert.match(formatReport([{ ...hostile, found: 'a\u001b[2Jb' }]), /a\\u\{1B\}\[2Jb/);
  });

  test('an annotation escapes its properties and keeps its message on one line', () => {
    const annotation = formatAnnotation(hostile);
    assert.equal(annotation.split('\n').length, 1);
    assert.ok(annotation.startsWith('::error file=offers/a%2Cb%3Ac%25.md,line=3,title='));
    assert.match(annotation, /forged%0D::set-env/);
    assert.doesNotMatch(annotation, /\r/);
  });
});
