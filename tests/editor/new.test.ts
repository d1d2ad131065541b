/** `npm run new` without questions: flags in, a valid offer (and organisation) out. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { makeContentDir, runScript } from './helpers.ts';

/** No questions, into `contentDir`, for the organisation collectif-3r of the fixtures. */
const forCollectif3r = (contentDir: string) => [
  '--yes',
  '--content-dir',
  contentDir,
  '--organisation',
  'collectif-3r',
];

describe('scripts/new.ts --yes', () => {
  test('writes an offer that passes check', async () => {
    const contentDir = makeContentDir();
    const run = runScript('new.ts', [
      '--yes',
      '--content-dir',
      contentDir,
      '--title',
      'Assistant(e) de communication',
      '--organisation',
      'ville-du-mont-dore',
      '--contract',
      'fonction-publique',
      '--city',
      'Le Mont-Dore',
      '--postal-code',
      '98809',
      '--published',
      '2025-01-31',
      '--deadline',
      '2025-02-21',
      '--start',
      '2025-05-01',
      '--salary-min',
      '250000',
      '--salary-currency',
      'XPF',
      '--url',
      'https://www.montdore.nc',
      '--instructions',
      'CV et lettre de motivation',
      '--tags',
      'communication,collectivite',
    ]);
    assert.equal(run.status, 0, run.output);
    const files = readdirSync(path.join(contentDir, 'offers'));
    assert.deepEqual(files, ['2025-01-ville-du-mont-dore-assistant-e-de-communication.md']);
    const { problems, offers } = await checkContent(contentDir);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(offers[0]?.data.salary?.currency, 'XPF');
    assert.deepEqual(offers[0]?.data.contract, ['fonction-publique']);
  });

  test('creates the organisation when it is new', async () => {
    const contentDir = makeContentDir();
    const run = runScript('new.ts', [
      '--yes',
      '--content-dir',
      contentDir,
      '--organisation-name',
      'Les Amis du Vélo',
      '--organisation-kind',
      'association',
      '--organisation-website',
      'https://amis-du-velo.fr',
      '--title',
      'Chargé·e de mission vélo',
      '--contract',
      'stage',
      '--contract',
      'cdd',
      '--remote',
      'full',
      '--published',
      '2025-03-01',
      '--email',
      'jobs@amis-du-velo.fr',
    ]);
    assert.equal(run.status, 0, run.output);
    assert.match(
      readFileSync(path.join(contentDir, 'organisations', 'les-amis-du-velo.yaml'), 'utf8'),
      /^name: Les Amis du Vélo\nkind: association\n/,
    );
    const { problems, offers } = await checkContent(contentDir);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.deepEqual(
      offers.map((o) => [o.data.organisation, o.data.contract, o.data.remote]),
      [['les-amis-du-velo', ['stage', 'cdd'], 'full']],
    );
  });

  test('lists every missing or invalid option at once, in French, and writes nothing', () => {
    const contentDir = makeContentDir();
    const run = runScript('new.ts', [
      '--yes',
      '--content-dir',
      contentDir,
      '--title',
      'X',
      '--contract',
      'cdx',
      '--city',
      'Mont-Dore',
      '--postal-code',
      '98809',
    ]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--title "X" : intitulé : au moins 5 caractères/);
    assert.match(run.stderr, /--contract "cdx" : type de contrat attendu/);
    assert.match(run.stderr, /--city "Mont-Dore" : .*communes possibles : Le Mont-Dore/);
    assert.match(run.stderr, /options obligatoires manquantes : --organisation .*--email ou --url/);
    assert.throws(() => readdirSync(path.join(contentDir, 'offers')));
  });

  test('French answers are taken in the schema’s words', async () => {
    const contentDir = makeContentDir();
    const run = runScript('new.ts', [
      ...forCollectif3r(contentDir),
      '--title',
      'Chargé·e de plaidoyer',
      '--contract',
      'CDD',
      '--working-time',
      'temps plein',
      '--remote',
      'télétravail complet',
      '--published',
      '01/12/2026',
      '--deadline',
      '15 janvier 2027',
      '--salary-min',
      '2 100,50',
      '--salary-period',
      'mois',
      '--salary-basis',
      'brut',
      '--email',
      'a@b.fr',
    ]);
    assert.equal(run.status, 0, run.output);
    const { problems, offers } = await checkContent(contentDir);
    assert.deepEqual(problems.map(formatProblem), []);
    const data = offers[0]?.data;
    assert.deepEqual(
      [data?.contract, data?.workingTime, data?.remote, data?.published, data?.deadline],
      [['cdd'], 'full-time', 'full', '2026-12-01', '2027-01-15'],
    );
    assert.deepEqual(data?.salary, {
      min: 2100.5,
      period: 'month',
      basis: 'gross',
      currency: 'EUR',
    });
  });

  test('checks the organisation’s postal code, keeps the answers and resumes from them', async () => {
    const contentDir = makeContentDir();
    const resume = path.join(contentDir, 'reprise.json');
    const base = ['--yes', '--content-dir', contentDir, '--resume-file', resume];
    const first = runScript('new.ts', [
      ...base,
      '--organisation-name',
      'Vélo Solidaire',
      '--organisation-kind',
      'association',
      '--organisation-city',
      'Rennes',
      '--organisation-postal-code',
      '35999',
      '--title',
      'Chargé·e de mission vélo',
      '--contract',
      'cdd',
      '--remote',
      'full',
      '--published',
      '2026-12-01',
      '--email',
      'jobs@velo-solidaire.fr',
    ]);
    assert.equal(first.status, 1, first.output);
    assert.match(
      first.stderr,
      /--organisation-postal-code "35999" : aucune commune n'a le code postal 35999/,
    );
    assert.match(first.stderr, /Vos réponses sont gardées dans .*reprise\.json.*--resume/);
    const kept = JSON.parse(readFileSync(resume, 'utf8')) as Record<string, string>;
    assert.equal(kept['title'], 'Chargé·e de mission vélo');

    const second = runScript('new.ts', [
      ...base,
      '--resume',
      '--organisation-postal-code',
      '35000',
    ]);
    assert.equal(second.status, 0, second.output);
    const { problems, offers } = await checkContent(contentDir);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(offers[0]?.data.title, 'Chargé·e de mission vélo');
  });

  test('refuses a deadline before publication', () => {
    const contentDir = makeContentDir();
    const run = runScript('new.ts', [
      ...forCollectif3r(contentDir),
      '--title',
      'Chargé de plaidoyer',
      '--contract',
      'freelance',
      '--remote',
      'full',
      '--published',
      '2025-03-01',
      '--deadline',
      '2025-02-01',
      '--email',
      'a@b.fr',
    ]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /antérieure à la date de publication/);
  });
});
