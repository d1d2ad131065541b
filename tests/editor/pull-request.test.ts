/**
 * The pull request path: workflows that are valid YAML and safe for forks, the comment built
 * from the check's report, and the preview script on a small built site.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import {
  buildComment,
  COMMENT_MARKER,
  escapeMarkdown,
  readReport,
  readShots,
} from '../../scripts/lib/pr-comment.ts';
import { changedOffers, isContentOnly } from '../../scripts/lib/pr-files.ts';
import { formatProblem, type Problem } from '../../src/lib/content-check/problem.ts';
import { REPO } from './helpers.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = path.join(REPO, '.github/workflows');
const workflow = (name: string) =>
  parse(readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow;

describe('workflows', () => {
  test('every workflow is valid YAML; no checkout keeps credentials', () => {
    const files = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      const wf = workflow(file);
      assert.ok(wf.permissions, `${file}: permissions are set explicitly`);
      for (const [name, job] of Object.entries(wf.jobs))
        for (const step of job.steps ?? [])
          if (step.uses?.startsWith('actions/checkout'))
            assert.equal(step.with?.['persist-credentials'], false, `${file} › ${name}`);
    }
  });

  test('the pull request workflow runs the pull request’s code with a read-only token', () => {
    const wf = workflow('pull-request.yml');
    assert.ok('pull_request' in wf.on && !('pull_request_target' in wf.on));
    assert.deepEqual(wf.permissions, { contents: 'read' });
    const text = readFileSync(path.join(WORKFLOWS, 'pull-request.yml'), 'utf8');
    assert.doesNotMatch(text, /secrets\./);
    // Texts a fork chooses are never pasted into a shell script.
    assert.doesNotMatch(
      text,
      /\$\{\{\s*github\.(?:head_ref|event\.pull_request\.(?:title|body|head))/,
    );
    assert.match(wf.jobs['test']?.if ?? '', /content_only != 'true'/);
    assert.match(wf.jobs['preview']?.if ?? '', /always\(\)/);
    const uploads = wf.jobs['preview']?.steps.filter((s) => s.with?.['name'] === 'pr-preview');
    assert.equal(uploads?.length, 1);
  });

  test('the comment workflow never checks out or runs the pull request’s code', () => {
    const wf = workflow('pr-comment.yml');
    assert.deepEqual(Object.keys(wf.on), ['workflow_run']);
    assert.deepEqual(wf.permissions, {});
    const job = wf.jobs['comment'];
    assert.deepEqual(job?.permissions, {
      actions: 'read',
      contents: 'write',
      'pull-requests': 'write',
    });
    const checkout = job?.steps.find((s) => s.uses?.startsWith('actions/checkout'));
    assert.equal(checkout?.with?.['ref'], '${{ github.event.repository.default_branch }}');
    const runs = job?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    assert.doesNotMatch(runs, /npm (?:ci|install|run)|\.ci\/run|bash "\$ARTIFACT|source /);
    assert.match(runs, /node scripts\/pr-comment\.ts/);
    assert.match(runs, /89504e470d0a1a0a/, 'images are checked to be PNG files');
    assert.match(runs, /offres-pr-preview/);
  });
});

describe('pull request comment', () => {
  const problem: Problem = {
    code: 'schema',
    file: 'content/offers/2026-12-x.md',
    line: 7,
    field: 'deadline',
    message: 'date attendue au format AAAA-MM-JJ — écrivez plutôt : deadline: 2027-01-15',
    found: '« 15/01/2027 »',
    example: 'deadline: 2027-01-15',
  };
  const warning: Problem = {
    code: 'draft',
    severity: 'warning',
    file: 'content/offers/2026-12-x.md',
    line: 12,
    field: 'draft',
    message: 'brouillon (draft: true) : l’offre ne sera pas publiée',
  };

  test('lists every problem and warning with the texts of check, and the previews', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ ...problem, line: i + 1 }));
    const comment = buildComment({
      problems: readReport(JSON.parse(JSON.stringify([...many, warning]))),
      shots: readShots([
        {
          file: 'content/offers/2026-12-x.md',
          slug: '2026-12-x',
          page: '2026-12-x-page.png',
          pdf: '2026-12-x-pdf.png',
        },
      ]),
      imagesUrl: 'https://github.com/o/r/raw/pr-previews/pr-3/abc',
      sha: 'abcdef0123456789',
      built: true,
    });
    assert.ok(comment.startsWith(COMMENT_MARKER));
    assert.match(comment, /14 problèmes à corriger/);
    assert.equal(comment.match(/écrivez plutôt/g)?.length, 14, 'all of them, not 10');
    assert.match(comment, /1 avertissement\*\*/);
    assert.match(comment, /l’offre ne sera pas publiée/);
    assert.ok(comment.includes(escapeMarkdown(formatProblem(problem).split('\n')[0] ?? '')));
    assert.match(
      comment,
      /<img src="https:\/\/github\.com\/o\/r\/raw\/pr-previews\/pr-3\/abc\/2026-12-x-page\.png"/,
    );
    assert.match(comment, /2026-12-x-pdf\.png/);
  });

  test('texts from the pull request cannot inject HTML, links, images or mentions', () => {
    const evil: Problem = {
      ...problem,
      file: 'content/offers/<img src=x onerror=alert(1)>.md',
      message: '![x](https://evil.example/t.png) @everyone [clic](https://evil.example)',
    };
    const comment = buildComment({
      problems: [evil],
      shots: readShots([{ file: 'a', slug: 'a', page: '../../etc/passwd.png', pdf: 'x.svg' }]),
      imagesUrl: 'https://example.org/i',
      sha: 'abc1234',
      built: true,
    });
    assert.doesNotMatch(comment, /<img src=x|!\[x\]\(|\[clic\]\(|@everyone|passwd|x\.svg/);
  });

  test('the CLI builds the comment from the artifact’s files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'offres-pr-'));
    writeFileSync(path.join(dir, 'report.json'), JSON.stringify([warning]));
    writeFileSync(
      path.join(dir, 'shots.json'),
      JSON.stringify([{ file: 'content/offers/a.md', slug: 'a', error: 'page non construite' }]),
    );
    writeFileSync(path.join(dir, 'built.txt'), 'no\n');
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'scripts/pr-comment.ts'),
        '--dir',
        dir,
        '--images-url',
        'https://x',
        '--sha',
        'abc1234',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Aucun problème/);
    assert.match(run.stdout, /Le site n’a pas pu être construit/);
    assert.match(run.stdout, /Aperçu indisponible : page non construite/);
  });

  test('changed files: content only, and which offers', () => {
    assert.equal(isContentOnly(['content/offers/a.md', 'content/organisations/b.yaml']), true);
    assert.equal(isContentOnly(['content/offers/a.md', 'src/x.ts']), false);
    assert.equal(isContentOnly([]), false);
    assert.deepEqual(
      changedOffers(['content/offers/2026-12-a.md', 'content/offers/x/y.md', 'README.md', '']),
      [{ file: 'content/offers/2026-12-a.md', slug: '2026-12-a' }],
    );
  });
});

describe('pull request preview', () => {
  test('a phone-width screenshot of the page and the PDF’s first page', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'offres-preview-'));
    const page = path.join(root, 'dist', 'offres', '2026-12-a');
    mkdirSync(page, { recursive: true });
    writeFileSync(
      path.join(page, 'index.html'),
      '<!doctype html><html lang="fr"><title>A</title><body style="margin:0"><h1>Chargé de mission</h1><div style="height:1500px;background:#036"></div></body></html>',
    );
    writeFileSync(path.join(page, 'fiche.pdf'), tinyPdf());
    writeFileSync(
      path.join(root, 'changed.txt'),
      'content/offers/2026-12-a.md\ncontent/offers/2026-12-b.md\n',
    );
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'scripts/pr-preview.ts'),
        '--changed',
        path.join(root, 'changed.txt'),
        '--dist',
        path.join(root, 'dist'),
        '--out',
        path.join(root, 'out'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    const shots = readShots(JSON.parse(readFileSync(path.join(root, 'out', 'shots.json'), 'utf8')));
    assert.deepEqual(shots, [
      {
        file: 'content/offers/2026-12-a.md',
        slug: '2026-12-a',
        page: '2026-12-a-page.png',
        pdf: '2026-12-a-pdf.png',
      },
      {
        file: 'content/offers/2026-12-b.md',
        slug: '2026-12-b',
        error: 'page non construite (brouillon, ou erreur de construction)',
      },
    ]);
    const png = readFileSync(path.join(root, 'out', 'images', '2026-12-a-page.png'));
    assert.equal(png.readUInt32BE(16), 375, 'phone width');
    assert.ok(png.readUInt32BE(20) > 1500, 'the whole page');
    const pdf = readFileSync(path.join(root, 'out', 'images', '2026-12-a-pdf.png'));
    assert.equal(pdf.subarray(1, 4).toString(), 'PNG');
  });
});

/** A one-page A4 PDF, as small as a valid one gets (the preview only rasterises it). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
