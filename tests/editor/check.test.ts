/**
 * `checkContent` on one fixture file per error class: each problem names the file, the
 * line of the offending key and the field, in French, and nothing valid is reported.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { collectWarnings } from '../../src/lib/content-check/collect-warnings.ts';
import {
  checkContent,
  formatAnnotation,
  formatProblem,
  type Problem,
} from '../../src/lib/content-check/index.ts';
import { offerWarnings, SCAFFOLD_BODY } from '../../src/lib/content-check/warnings.ts';
import { INVALID, REPO, VALID, makeContentDir, runScript } from './helpers.ts';

let problems: Problem[];
before(async () => {
  ({ problems } = await checkContent(INVALID, { relativeTo: REPO }));
});

const file = (name: string) => `tests/fixtures/editor/invalid/${name}`;
function find(name: string, field?: string): Problem {
  const found = problems.find(
    (p) => p.file === file(name) && (field === undefined || p.field === field),
  );
  assert.ok(
    found,
    `aucun problème pour ${name} ${field ?? ''} parmi :\n${problems.map(formatProblem).join('\n')}`,
  );
  return found;
}

/** The formatted text starts with "file:line — champ « field »" and says something in French. */
function assertNamed(p: Problem, line: number, field: string | undefined, words: RegExp): void {
  assert.equal(p.line, line, formatProblem(p));
  const text = formatProblem(p);
  assert.ok(text.startsWith(`${p.file}:${line}`), text);
  if (field) assert.match(text, new RegExp(`champ « ${field.replace(/[.[\]]/g, '\\$&')} »`));
  assert.match(text, new RegExp(words.source, `${words.flags.replace('i', '')}i`));
}

describe('npm run check: one problem per error class', () => {
  test('valid content has no problem (BOM and CRLF are fine)', async () => {
    const result = await checkContent(VALID, { relativeTo: REPO });
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.equal(result.offers.length, 1);
    assert.ok(!problems.some((p) => p.file.endsWith('bom-crlf-valide.md')), 'BOM + CRLF must pass');
  });

  const cases: [string, string | undefined, number, Problem['code'], RegExp][] = [
    [
      'offers/2025-01-mauvais-code-postal.md',
      'location.city',
      6,
      'schema',
      /ne correspond pas au code postal 98809.*Le Mont-Dore/,
    ],
    [
      'offers/2025-01-organisation-inconnue.md',
      'organisation',
      3,
      'unknown-organisation',
      /vouliez-vous dire « poitiers-collectif »/,
    ],
    ['offers/2025-01-champs-invalides.md', 'contract', 4, 'schema', /type de contrat attendu/i],
    [
      'offers/2025-01-champs-invalides.md',
      'tittle',
      5,
      'schema',
      /champ inconnu « tittle » : vouliez-vous dire « title »/i,
    ],
    ['offers/2025-01-champs-invalides.md', 'published', 7, 'schema', /2025-02-30 n'existe pas/],
    ['offers/2025-01-champs-invalides.md', 'hoursPerWeek', 8, 'schema', /au plus 48 heures/i],
    ['offers/2025-01-champs-invalides.md', 'apply', 9, 'schema', /moyen de candidater/i],
    [
      'offers/2025-01-date-limite-avant-publication.md',
      'deadline',
      7,
      'schema',
      /antérieure à la date de publication/,
    ],
    ['offers/2025-01-sans-candidature.md', 'apply', 2, 'schema', /champ obligatoire manquant/i],
    ['offers/2025-01-trop-long.md', 'reference', 7, 'schema', /au plus 80 caractères/],
    [
      'offers/2025-01-a-completer.md',
      'organisation',
      3,
      'placeholder',
      /à compléter.*poitiers-collectif/s,
    ],
    ['offers/2025-01-a-completer.md', 'location.postalCode', 7, 'placeholder', /à compléter/i],
    ['offers/2025-01-a-completer.md', 'apply.email', 10, 'placeholder', /à compléter/i],
    ['offers/2025-01-doublon-b.md', 'title', 2, 'duplicate', /doublon de .*doublon-a\.md/],
    [
      'offers/Offre Été 2025.md',
      undefined,
      1,
      'file-name',
      /nom de fichier invalide.*offre-ete-2025\.md/s,
    ],
    ['offers/2025-01-pas-utf8.md', undefined, 2, 'not-utf8', /pas encodé en UTF-8/],
    ['offers/offre-copiee.txt', undefined, 1, 'not-an-offer', /n'est pas une offre/],
    [
      'offers/2025-01-sans-entete.md',
      undefined,
      1,
      'no-frontmatter',
      /ne commence pas par un en-tête/,
    ],
    ['offers/2025-01-code-js.md', undefined, 1, 'frontmatter-language', /---js.*refusé/],
    ['offers/2025-01-etiquette-yaml.md', undefined, 2, 'yaml-tag', /!!js\/function.*refusée/],
    ['offers/2025-01-bombe-alias.md', undefined, 2, 'yaml-aliases', /trop de références/i],
    ['offers/2025-01-trop-gros.md', undefined, 1, 'file-too-large', /trop gros/],
    ['organisations/orga-invalide.yaml', 'kind', 2, 'schema', /type d'organisation attendu/i],
  ];
  for (const [name, field, line, code, words] of cases) {
    test(`${path.basename(name)}${field ? ` — ${field}` : ''}: ${code}`, () => {
      const p = find(name, field);
      assert.equal(p.code, code);
      assertNamed(p, line, field, words);
    });
  }

  test('a placeholder hides the schema noise on its own field', () => {
    const fields = problems
      .filter((p) => p.file === file('offers/2025-01-a-completer.md'))
      .map((p) => p.field);
    assert.deepEqual(fields, [
      'organisation',
      'location.city',
      'location.postalCode',
      'apply.email',
    ]);
  });

  test('every problem shows what was found, what is expected or an example', () => {
    for (const p of problems) assert.ok(p.found ?? p.expected ?? p.example, formatProblem(p));
  });
});

/** A content folder with the valid organisations and the given offers. */
function contentWith(offers: Record<string, string>): string {
  const dir = makeContentDir();
  mkdirSync(path.join(dir, 'offers'));
  for (const [name, text] of Object.entries(offers))
    writeFileSync(path.join(dir, 'offers', name), text);
  return dir;
}

const offer = (fields: string, body = 'Le texte de l’offre.') =>
  `---\ntitle: "Chargé de mission"\norganisation: collectif-3r\ncontract: cdd\nremote: full\n${fields}\napply:\n  email: contact@exemple.fr\n---\n${body}\n`;

describe('npm run check: known bugs and French values', () => {
  test('a deadline in French words is a format problem, not « antérieure »', async () => {
    for (const deadline of ['20 décembre 2026', '15/01/2027']) {
      const dir = contentWith({
        '2026-12-x.md': offer(`published: 2026-12-01\ndeadline: ${deadline}`),
      });
      const { problems } = await checkContent(dir);
      assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
      assert.doesNotMatch(problems[0]?.message ?? '', /antérieure/);
      const iso = deadline.startsWith('20') ? '2026-12-20' : '2027-01-15';
      assert.equal(problems[0]?.example, `deadline: ${iso}`);
    }
  });

  test('French words get the exact value to paste', async () => {
    const dir = contentWith({
      '2026-12-x.md': offer(
        'workingTime: temps plein\npublished: 2026-12-01\nsalary:\n  min: "649,13"\n  period: mois\n  basis: brut',
      ).replace('contract: cdd', 'contract: CDI'),
    });
    const { problems } = await checkContent(dir);
    const example = (field: string) => problems.find((p) => p.field === field)?.example;
    assert.equal(example('contract'), 'contract: cdi');
    assert.equal(example('workingTime'), 'workingTime: full-time');
    assert.equal(example('salary.period'), 'period: month');
    assert.equal(example('salary.basis'), 'basis: gross');
    assert.equal(example('salary.min'), 'min: 649.13');
    assert.match(problems.find((p) => p.field === 'salary.min')?.expected ?? '', /virgule/);
  });

  test('a duplicate is reported on the copy, not on the original', async () => {
    const dir = contentWith({
      '2026-12-a-nouvelle.md': offer('published: 2026-12-01\nupdated: 2026-12-03'),
      '2026-12-b-ancienne.md': offer('published: 2026-12-01'),
    });
    const { problems } = await checkContent(dir, { relativeTo: dir });
    assert.deepEqual(
      problems.map((p) => [p.code, p.file]),
      [['duplicate', 'offers/2026-12-a-nouvelle.md']],
    );
  });

  test('l’offre, never « la offre »', async () => {
    const dir = contentWith({});
    mkdirSync(path.join(dir, 'offers', 'sous-dossier'));
    writeFileSync(path.join(dir, 'offers', 'sous-dossier', 'x.md'), offer('published: 2026-12-01'));
    const { problems } = await checkContent(dir);
    assert.match(problems[0]?.message ?? '', /l’offre serait ignorée/);
    assert.doesNotMatch(problems.map(formatProblem).join('\n'), /\bla offre|\bla organisation/);
  });
});

describe('npm run check: warnings', () => {
  test('draft, closed on arrival, scaffold text, code block, mobile number', async () => {
    const body = `${SCAFFOLD_BODY}\n\nContact : Mme Durand, 06 12 34 56 78.\n\n    Un paragraphe collé de Word.\n`;
    const dir = contentWith({
      '2026-01-x.md': offer('published: 2026-01-01\ndeadline: 2026-01-15\ndraft: true', body),
    });
    const result = await checkContent(dir, { relativeTo: dir });
    assert.deepEqual(result.problems, [], 'warnings are not problems');
    const warnings = await collectWarnings(result.offers, dir, '2026-12-06', () => true);
    assert.deepEqual(
      warnings.map((w) => [w.code, w.line]),
      [
        ['closed-on-arrival', 7],
        ['draft', 8],
        ['scaffold-text', 12],
        ['personal-phone', 26],
        ['code-block', 28],
      ],
    );
    assert.match(formatProblem(warnings[1] as Problem), /l’offre ne sera pas publiée/);
    assert.match(
      formatAnnotation(warnings[0] as Problem),
      /^::warning file=offers\/2026-01-x\.md,line=7/,
    );
    // A file already in git's HEAD is not « closed on arrival ».
    const old = await collectWarnings(result.offers, dir, '2026-12-06', () => false);
    assert.ok(!old.some((w) => w.code === 'closed-on-arrival'));
  });

  test('the CLI prints warnings and still passes', () => {
    const dir = contentWith({ '2026-01-x.md': offer('published: 2026-01-01\ndraft: true') });
    const run = runScript('check.ts', [dir], { CI: 'true' });
    assert.equal(run.status, 0, run.output);
    assert.match(run.stdout, /Avertissements :/);
    assert.match(run.stdout, /^::warning .*title=Champ « draft »::/m);
    const json = runScript('check.ts', [dir, '--json']);
    const report = JSON.parse(json.stdout) as Problem[];
    assert.deepEqual(
      report.map((p) => [p.code, p.severity]),
      [['draft', 'warning']],
    );
  });

  test('imported lists and indented list items are not code blocks', () => {
    const text = offer(
      'published: 2026-01-01',
      '- un\n    suite de l’item\n- deux\n  - sous-item\n',
    );
    const data = { draft: false } as never;
    const warnings = offerWarnings({ file: 'x.md', data, lineOf: () => 1 }, text, {
      today: '2026-01-01',
      isNew: () => true,
    });
    assert.deepEqual(warnings, []);
  });
});
