/**
 * `npm run import` on the five raw offers of the brief: each draft carries the facts the
 * text gives (title, employer, e-mail, deadline, contract), and `check` flags only the
 * placeholders left for the editor.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkContent, PLACEHOLDER } from '../../src/lib/content-check/index.ts';
import { buildDraft, listOrganisations, type YamlObject } from '../../src/lib/import/index.ts';
import { REPO, SEEDS, VALID, makeContentDir, runScript, seedsAvailable } from './helpers.ts';

interface Expected {
  title: string;
  organisation: string;
  contract: string | string[];
  email?: string;
  url?: string;
  deadline?: string;
  published?: string;
  city?: string;
  postalCode?: string;
}

const EXPECTED: Record<string, Expected> = {
  '000': {
    title: 'Chargé.e de campagne',
    organisation: 'poitiers-collectif',
    contract: 'cdd',
    email: 'contact@poitierscollectif.fr',
    deadline: '2019-09-06',
    published: '2019-08-15',
    city: 'Poitiers',
    postalCode: '86000',
  },
  '001': {
    title: 'Coordinateur.trice des actions militantes',
    organisation: 'a-nous-la-democratie',
    contract: ['stage', 'cdd'],
    email: 'anouslademocratie@gmail.com',
    city: 'Paris',
    postalCode: '75010',
  },
  '002': {
    title: 'Assistant(e) de communication',
    organisation: 'ville-du-mont-dore',
    contract: 'fonction-publique',
    url: 'https://www.montdore.nc',
    deadline: '2025-02-21',
    published: '2025-01-31',
    city: 'Le Mont-Dore',
    postalCode: '98809',
  },
  '003': {
    title: 'Chargé de plaidoyer élections municipales',
    organisation: 'collectif-3r',
    contract: 'freelance',
    email: 'collectif3R@gmail.com',
    city: 'Ivry-sur-Seine',
    postalCode: '94200',
  },
  '004': {
    title: 'Chargé·e de mission auprès du groupe écologiste au Département du Nord',
    organisation: 'groupe-ecologiste-departement-du-nord',
    contract: 'stage',
    email: 'stephanie.bocquet@lenord.fr',
    deadline: '2023-11-20',
  },
};

const skip = seedsAvailable
  ? false
  : `seeds introuvables dans ${SEEDS} : tests d'import des cinq offres ignorés`;

describe('import of the five seeds', { skip }, () => {
  const seedFile = (prefix: string) =>
    path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix)) ?? `${prefix}-missing`);

  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    test(`seed ${prefix}: ${expected.title}`, async () => {
      const file = seedFile(prefix);
      const draft = buildDraft(readFileSync(file, 'utf8'), file, {
        organisations: await listOrganisations(VALID),
        today: '2025-06-01',
      });
      const { data } = draft;
      const apply = data['apply'] as YamlObject;
      const location = data['location'] as YamlObject | undefined;
      assert.equal(data['title'], expected.title);
      assert.equal(data['organisation'], expected.organisation);
      assert.deepEqual(data['contract'], expected.contract);
      assert.equal(apply['email'], expected.email);
      if (expected.url) assert.equal(apply['url'], expected.url);
      assert.equal(data['deadline'], expected.deadline);
      if (expected.published) assert.equal(data['published'], expected.published);
      assert.equal(location?.['city'], expected.city ?? PLACEHOLDER);
      assert.equal(location?.['postalCode'], expected.postalCode ?? PLACEHOLDER);
      assert.equal(data['draft'], true);
      assert.ok(draft.body.length > 500, 'the whole text is kept as the body');
      assert.doesNotMatch(
        draft.body,
        /!\[Image\]\(\/images\//,
        'images with missing files are dropped',
      );
    });
  }

  test('the CLI writes drafts that check flags only where something is left to fill', async () => {
    const contentDir = makeContentDir();
    for (const prefix of Object.keys(EXPECTED)) {
      const run = runScript('import.ts', [seedFile(prefix), '--content-dir', contentDir]);
      assert.equal(run.status, 0, run.output);
      assert.match(run.stdout, /Brouillon écrit : .*\.md/);
      assert.match(run.stdout, /Repéré dans le texte :\n {2}✓ title : /);
    }
    const { problems, offers } = await checkContent(contentDir, { relativeTo: REPO });
    assert.deepEqual(
      problems.filter((p) => p.code !== 'placeholder'),
      [],
    );
    assert.equal(offers.length + new Set(problems.map((p) => p.file)).size, 5);
  });

  test('seed 003 ends up with one field to fill: the publication date', async () => {
    const contentDir = makeContentDir();
    const run = runScript('import.ts', [seedFile('003'), '--content-dir', contentDir]);
    assert.match(run.stdout, /À compléter .*\n {2}• published/);
    const { problems } = await checkContent(contentDir);
    assert.deepEqual(
      problems.map((p) => [p.code, p.field, p.line]),
      [['placeholder', 'published', 9]],
    );
  });
});

describe('import of any text', () => {
  test('unknown facts become placeholders that check reports', async () => {
    const contentDir = makeContentDir();
    const raw = path.join(contentDir, 'raw.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(raw, 'Quelques mots sans offre dedans.\n');
    const run = runScript('import.ts', [raw, '--content-dir', contentDir]);
    assert.equal(run.status, 0, run.output);
    const { problems } = await checkContent(contentDir);
    const fields = problems.map((p) => p.field);
    for (const field of [
      'title',
      'organisation',
      'contract',
      'location.city',
      'location.postalCode',
      'apply.email',
    ]) {
      assert.ok(fields.includes(field), `${field} should be flagged: ${fields.join(', ')}`);
    }
  });

  test('an existing file is never overwritten without --force', () => {
    const contentDir = makeContentDir();
    const out = path.join(contentDir, 'offers', 'x.md');
    const raw = path.join(
      REPO,
      'tests/fixtures/editor/valid/offers/2019-08-poitiers-collectif-charge-de-campagne.md',
    );
    assert.equal(
      runScript('import.ts', [raw, '--out', out, '--content-dir', contentDir]).status,
      0,
    );
    const again = runScript('import.ts', [raw, '--out', out, '--content-dir', contentDir]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /existe déjà/);
  });
});
