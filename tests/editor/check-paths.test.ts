/**
 * What the content check reports for one file (problems, lines, data), with or without bodies.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { FileCheck } from '../../src/lib/content-check/check-file.ts';
import {
  checkContent,
  checkOfferText,
  checkOrganisationText,
  type ContentCheck,
  type Entry,
} from '../../src/lib/content-check/index.ts';
import { FIXTURES, INVALID, REPO, VALID, makeContentDir } from './helpers.ts';

/** Every key path of a value, for comparing `lineOf` everywhere. */
function keyPaths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => keyPaths(v, [...prefix, k]))];
}

const EXTRA_PATHS: PropertyKey[][] = [['title'], ['organisation'], ['location', 'city'], ['nope']];

function lines(entry: Pick<Entry<unknown>, 'data' | 'lineOf'>): [string, number][] {
  return [...keyPaths(entry.data), ...EXTRA_PATHS].map((p) => [p.join('.'), entry.lineOf(p)]);
}

/** An EntryCheck as data: functions replaced by the lines they give. */
function comparable(check: FileCheck) {
  return {
    problems: check.problems,
    raw: check.raw && { ...check.raw, lineOf: lines(check.raw) },
    entry: check.entry && { ...check.entry, lineOf: lines(check.entry) },
    yaml: check.yaml,
  };
}

function comparableContent(content: ContentCheck) {
  const entry = (e: Entry<unknown>) => ({ ...e, lineOf: lines(e) });
  return {
    problems: content.problems,
    offers: content.offers.map(entry),
    organisations: content.organisations.map(entry),
  };
}

function assertSamePaths(text: string, file: string, kind: 'offer' | 'yaml' | 'md'): FileCheck {
  const slug = path.basename(file).replace(/\.[^.]+$/, '');
  const check = () =>
    kind === 'offer'
      ? checkOfferText(text, file, slug)
      : checkOrganisationText(text, file, slug, kind);
  const first = check();
  // Lines are looked up lazily: asking twice, in another order, gives the same.
  assert.deepStrictEqual(comparable(check()), comparable(first), `${file}:\n${text}`);
  return first;
}

const OFFER = `---
title: "Chargé·e de campagne"
organisation: poitiers-collectif
contract: [stage, cdd]
location:
  city: Poitiers
  postalCode: "86000"
published: 2025-01-10
deadline: 2025-02-21
salary:
  min: 1047
  period: month
apply:
  email: contact@poitierscollectif.fr
  url: https://poitierscollectif.fr/recrutement
tags: [campagne-electorale, communication]
---
Le texte de l'offre.
`;

describe('what the check reports for one file', () => {
  test('every fixture file', () => {
    let fast = 0;
    const dirs = [
      VALID,
      INVALID,
      path.join(REPO, 'content'),
      path.join(FIXTURES, '..', 'default', 'content'),
    ];
    for (const dir of dirs) {
      for (const kind of ['offers', 'organisations'] as const) {
        let files: string[];
        try {
          files = readdirSync(path.join(dir, kind));
        } catch {
          continue;
        }
        for (const name of files) {
          const ext = path.extname(name);
          if (!['.md', '.yaml', '.yml'].includes(ext)) continue;
          const text = readFileSync(path.join(dir, kind, name), 'utf8').replace(/\r\n?/g, '\n');
          const type = kind === 'offers' ? 'offer' : ext === '.md' ? 'md' : 'yaml';
          if (assertSamePaths(text, `${kind}/${name}`, type).plain) fast++;
        }
      }
    }
    assert.ok(fast >= 8, `only ${fast} fixture files passed`);
  });

  const cases: [string, string, (check: FileCheck) => void][] = [
    [
      'a duplicate key is reported on its second line',
      OFFER.replace('contract: [stage, cdd]', 'contract: cdi\ncontract: cdd'),
      (c) => {
        assert.deepEqual(
          c.problems.map((p) => [p.code, p.line, p.message]),
          [['yaml-syntax', 5, 'syntaxe YAML invalide : ce champ apparaît deux fois']],
        );
      },
    ],
    [
      'a nested duplicate key too',
      OFFER.replace('  city: Poitiers', '  city: Poitiers\n  city: Lyon'),
      (c) =>
        assert.deepEqual(
          c.problems.map((p) => [p.code, p.line]),
          [['yaml-syntax', 7]],
        ),
    ],
    [
      'an impossible date is refused, not moved to March',
      OFFER.replace('published: 2025-01-10', 'published: 2025-02-30').replace(
        '2025-02-21',
        '2025-03-21',
      ),
      (c) => {
        assert.equal(c.plain, undefined, 'not passed');
        assert.deepEqual(
          c.problems.map((p) => [p.field, p.line, p.message]),
          [['published', 8, "la date 2025-02-30 n'existe pas dans le calendrier"]],
        );
      },
    ],
    [
      'an impossible date in quotes is the schema’s to refuse',
      OFFER.replace('published: 2025-01-10', 'published: "2025-02-30"').replace(
        '2025-02-21',
        '2025-03-21',
      ),
      (c) =>
        assert.deepEqual(
          c.problems.map((p) => [p.field, p.line]),
          [['published', 8]],
        ),
    ],
    [
      'a date and a quoted date give the same day',
      OFFER.replace('published: 2025-01-10', 'published: "2025-01-10"'),
      (c) => assert.equal(c.entry?.data['published' as never], '2025-01-10'),
    ],
    [
      'a timestamp whose UTC day is not the day written is refused',
      OFFER.replace('deadline: 2025-02-21', 'deadline: 2025-02-21T23:30:00-02:00'),
      (c) => {
        assert.equal(c.plain, undefined, 'not passed');
        assert.deepEqual(
          c.problems.map((p) => [p.field, p.line, p.message, p.example]),
          [
            [
              'deadline',
              9,
              'la date « 2025-02-21T23:30:00-02:00 » porte une heure et un fuseau horaire : elle tombe le 2025-02-22 une fois ramenée en temps universel ; écrivez le jour seul',
              'deadline: 2025-02-21',
            ],
          ],
        );
      },
    ],
    [
      'a tag is refused',
      OFFER.replace('published: 2025-01-10', 'published: !!str 2025-01-10'),
      (c) =>
        assert.deepEqual(
          c.problems.map((p) => [p.code, p.line]),
          [['yaml-tag', 8]],
        ),
    ],
    [
      'a few aliases are fine',
      OFFER.replace('contract: [stage, cdd]', 'contract: &c [stage, cdd]').replace(
        'tags: [campagne-electorale, communication]',
        'tags: [campagne-electorale, communication]\nreference: *c',
      ),
      (c) => {
        assert.equal(c.plain, undefined);
        assert.deepEqual(
          c.problems.map((p) => p.field),
          ['reference'],
        );
      },
    ],
    [
      'a placeholder is reported with its line',
      OFFER.replace('  postalCode: "86000"', '  postalCode: "A-COMPLETER" # code postal ?'),
      (c) =>
        assert.deepEqual(
          c.problems.map((p) => [p.code, p.line]),
          [['placeholder', 7]],
        ),
    ],
    [
      'a valid offer passes, its lines found when asked',
      OFFER,
      (c) => {
        assert.equal(c.plain, true);
        assert.deepEqual(c.problems, []);
        assert.equal(c.entry?.body, "Le texte de l'offre.\n");
        assert.equal(c.entry?.lineOf(['location', 'postalCode']), 7);
      },
    ],
    [
      'an empty body after the closing fence',
      OFFER.slice(0, OFFER.indexOf('---\nLe texte') + 3),
      (c) => assert.equal(c.entry?.body, ''),
    ],
    [
      'a fence with trailing spaces is fine',
      OFFER.replace('---\nLe texte', '---  \nLe texte'),
      (c) => {
        assert.equal(c.plain, true);
        assert.deepEqual(c.problems, []);
      },
    ],
  ];
  for (const [name, text, check] of cases) {
    test(name, () => check(assertSamePaths(text, 'offers/2025-01-x.md', 'offer')));
  }
});

/** A content dir with the invalid fixtures, plus `copies` valid offers. */
function makeMixedContent(copies: number): string {
  const dir = makeContentDir();
  mkdirSync(path.join(dir, 'offers'));
  for (const name of readdirSync(path.join(INVALID, 'offers')))
    writeFileSync(path.join(dir, 'offers', name), readFileSync(path.join(INVALID, 'offers', name)));
  for (let i = 0; i < copies; i++) {
    const text = OFFER.replace('Chargé·e de campagne', `Chargé·e de campagne ${i}`);
    writeFileSync(path.join(dir, 'offers', `2025-01-copie-${String(i).padStart(4, '0')}.md`), text);
  }
  return dir;
}

describe('bodies', () => {
  test('without bodies, entries are the same but for their body', async () => {
    const dir = makeMixedContent(5);
    const full = await checkContent(dir);
    const light = await checkContent(dir, { bodies: false });
    assert.ok(full.offers.some((e) => e.body !== ''));
    assert.ok(light.offers.every((e) => e.body === ''));
    const noBody = (c: ContentCheck) =>
      comparableContent({ ...c, offers: c.offers.map((e) => ({ ...e, body: '' })) });
    assert.deepStrictEqual(comparableContent(light), noBody(full));
  });
});
