/**
 * `npm run import` on raw offers as editors receive them (forwarded e-mails, PDF and Word
 * dumps, a Facebook post): no fact is filled with a wrong value, at least 90 % are filled,
 * the body is cleaned, and `check` flags what is left for the editor.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkContent, parseFrontmatter, PLACEHOLDER } from '../../src/lib/content-check/index.ts';
import {
  buildDraft,
  listOrganisations,
  nodeGazetteer,
  toOfferFile,
  type YamlObject,
} from '../../src/lib/import/index.ts';
import { findPay } from '../../src/lib/import/extract-pay.ts';
import { REPO, makeContentDir, runScript } from './helpers.ts';

/** Raw offers written for these tests, each with the facts it states (tests/fixtures/import/). */
const RAW = path.join(REPO, 'tests/fixtures/import');
const TODAY = '2026-12-06';
const rawOffers = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort();

type Facts = Record<string, unknown> & { bodyIncludes?: string[]; bodyExcludes?: string[] };

/** A fact of the draft: a dotted path of its data, or `employer` for a new organisation's name. */
function factOf(draft: ReturnType<typeof buildDraft>, key: string): unknown {
  if (key === 'employer') return draft.newEmployer?.name;
  let value: unknown = draft.data;
  for (const part of key.split('.')) value = (value as YamlObject | undefined)?.[part];
  return value === PLACEHOLDER ? undefined : value;
}

describe('import of raw offers never seen by the heuristics', async () => {
  const organisations = await listOrganisations(RAW);
  const options = { organisations, today: TODAY, gazetteer: nodeGazetteer };
  let stated = 0;
  let right = 0;

  for (const name of rawOffers) {
    test(name, () => {
      const file = path.join(RAW, name);
      const expected = JSON.parse(
        readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'),
      ) as Facts;
      const draft = buildDraft(readFileSync(file, 'utf8'), file, options);
      const { bodyIncludes = [], bodyExcludes = [], ...facts } = expected;
      const wrong: string[] = [];
      for (const [key, value] of Object.entries(facts)) {
        stated += 1;
        const found = factOf(draft, key);
        if (found === undefined) continue; // left to fill: not wrong
        if (JSON.stringify(found) === JSON.stringify(value)) right += 1;
        else wrong.push(`${key}: ${JSON.stringify(found)} instead of ${JSON.stringify(value)}`);
      }
      assert.deepEqual(wrong, [], 'no fact is filled with a wrong value');
      for (const text of bodyIncludes)
        assert.ok(draft.body.includes(text), `body keeps « ${text} »`);
      for (const text of bodyExcludes)
        assert.ok(!draft.body.includes(text), `body drops « ${JSON.stringify(text)} »`);
      // Never an indented code block: a line indented by 4 spaces or a tab that is not a nested item.
      assert.doesNotMatch(draft.body, /^(?: {4}|\t)(?! *- )/m);
      assert.equal(draft.data['draft'], true);
    });
  }

  test('at least 90 % of the stated facts are filled', () => {
    assert.ok(stated > 80, `${stated} facts stated`);
    assert.ok(right / stated >= 0.9, `${right} of ${stated} facts right`);
    console.log(`import: ${right} of ${stated} stated facts filled right, none wrong`);
  });

  test('every draft reads back with the same values', () => {
    for (const name of rawOffers) {
      const file = path.join(RAW, name);
      const draft = buildDraft(readFileSync(file, 'utf8'), file, options);
      const written = toOfferFile(draft.data, draft.body, draft.comments);
      const parsed = parseFrontmatter(written, name);
      assert.ok(parsed.ok, name);
      const data = parsed.frontmatter.data;
      const expected = JSON.parse(JSON.stringify(draft.data)) as Record<string, unknown>;
      assert.deepEqual(normalise(data), expected, name);
    }
  });

  test('the CLI marks facts ✓ and guesses ?, and check flags what is left', async () => {
    const contentDir = makeContentDir();
    const run = runScript('import.ts', [
      path.join(RAW, 'facebook-velo-lyon.txt'),
      '--content-dir',
      contentDir,
    ]);
    assert.equal(run.status, 0, run.output);
    assert.match(run.stdout, /Brouillon écrit : .*2026-11-.*\.md/);
    assert.match(run.stdout, /✓ apply\.email : contact@collectifvelolyon\.fr/);
    assert.match(run.stdout, /\? organisation : nouvelle organisation « Collectif Vélo Lyon »/);
    const { problems } = await checkContent(contentDir, { relativeTo: REPO });
    assert.ok(problems.some((p) => p.code === 'placeholder' && p.field === 'organisation'));
  });
});

/** Dates read back as Date objects by some YAML readers: compare them as the draft wrote them. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

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

describe('offer files written through the yaml package', () => {
  const TRICKY = [
    '1e5',
    '0x1F',
    'yes',
    'no',
    'on',
    'off',
    'Y',
    '~',
    'null',
    '012',
    '2026-10-01',
    '@équipe',
    '*ref',
    'a: b',
    '# dièse',
    'avant # après',
    '"guillemets"',
    "l'apostrophe",
    'deux\nlignes',
    '- tiret',
    '[crochets]',
    '!important',
    '%25',
    ' espace',
  ];

  test('tricky strings read back as the same strings, with every reader', async () => {
    const { parse } = await import('yaml');
    const matter = (await import('gray-matter')).default;
    for (const reference of TRICKY) {
      const text = toOfferFile(
        { title: 'Chargé de mission', reference, tags: [reference] },
        'Texte',
      );
      const fm = parseFrontmatter(text, 'x.md');
      assert.ok(fm.ok, text);
      assert.equal(fm.frontmatter.data['reference'], reference, text);
      const yaml = text.split('---\n')[1] ?? '';
      const read = (version: '1.1' | '1.2') =>
        parse(yaml, { version }) as { reference: unknown; tags: unknown };
      assert.equal(read('1.1').reference, reference, text);
      assert.equal(read('1.2').reference, reference, text);
      assert.deepEqual(read('1.2').tags, [reference], text);
      assert.equal(matter(text).data['reference'], reference, text);
    }
  });

  test('dates stay plain dates and postal codes keep their zero', () => {
    const text = toOfferFile(
      { published: '2026-10-01', location: { city: 'Bourg-en-Bresse', postalCode: '01000' } },
      'Texte',
      { 'location.city': 'à vérifier : Bourg ?' },
    );
    assert.match(text, /^published: 2026-10-01$/m);
    assert.match(text, /^ {2}postalCode: "01000"$/m);
    assert.match(text, /^ {2}city: Bourg-en-Bresse # à vérifier : Bourg \?$/m);
  });
});

describe('pay as offers write it', () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      'Salaire : 30-35 k€ bruts annuels',
      { min: 30000, max: 35000, period: 'year', basis: 'gross' },
    ],
    ['Gratification : 649,13 € par mois', { min: 649.13, period: 'month', basis: 'stipend' }],
    ['Gratification légale (4,35 €/h)', { min: 4.35, period: 'hour', basis: 'stipend' }],
    [
      'Salaire : entre 1 900 et 2 200 € net par mois',
      { min: 1900, max: 2200, period: 'month', basis: 'net' },
    ],
    [
      'Rémunération : 350 000 XPF brut mensuel',
      { min: 350000, period: 'month', basis: 'gross', currency: 'XPF' },
    ],
  ];
  for (const [line, salary] of cases)
    test(line, () => assert.deepEqual(findPay([line]).salary, salary));
});
