/**
 * `checkContent` on one fixture file per error class: each problem names the file, the
 * line of the offending key and the field, in French, and nothing valid is reported.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { checkContent, formatProblem, type Problem } from '../../src/lib/content-check/index.ts';
import { INVALID, REPO, VALID } from './helpers.ts';

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
