import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import matter from 'gray-matter';
import { OfferSchema, OrganisationSchema, type OfferInput } from '../../src/schema/index.ts';
import { REPO_CONTENT_DIR } from '../support/paths.ts';

const contentDir = REPO_CONTENT_DIR;

function readFrontmatter(file: string): Record<string, unknown> {
  // gray-matter's JS engines would eval `---js` frontmatter: only YAML is accepted.
  const noCode = () => {
    throw new Error('front matter must be YAML');
  };
  const text = readFileSync(file, 'utf8');
  // A .yaml organisation file is all front matter.
  const source = file.endsWith('.md') ? text : `---\n${text}\n---\n`;
  return matter(source, { engines: { js: noCode, javascript: noCode, coffee: noCode } }).data;
}

test('the five seed offers and their organisations pass the schema', () => {
  const offers = readdirSync(path.join(contentDir, 'offers')).filter((f) => f.endsWith('.md'));
  assert.equal(offers.length, 5);
  for (const file of offers) {
    const result = OfferSchema.safeParse(readFrontmatter(path.join(contentDir, 'offers', file)));
    assert.ok(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`);
  }
  for (const file of readdirSync(path.join(contentDir, 'organisations'))) {
    const data = readFrontmatter(path.join(contentDir, 'organisations', file));
    const result = OrganisationSchema.safeParse(data);
    assert.ok(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`);
  }
});

const valid: OfferInput = {
  title: 'Chargé·e de campagne',
  organisation: 'poitiers-collectif',
  contract: 'cdd',
  location: { city: 'Poitiers', postalCode: '86000' },
  published: '2019-08-15',
  apply: { email: 'contact@poitierscollectif.fr' },
};

function issuesOf(input: unknown) {
  const result = OfferSchema.safeParse(input);
  assert.equal(result.success, false, 'should be rejected');
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

test('a minimal offer passes and gets defaults', () => {
  const offer = OfferSchema.parse(valid);
  assert.deepEqual(offer.contract, ['cdd']);
  assert.equal(offer.remote, 'none');
  assert.equal(offer.draft, false);
});

test('broken fields are rejected with French messages on the right path', () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ title: 'Ab' }, 'title', /au moins 5 caractères/],
    [{ contract: 'interim' }, 'contract', /type de contrat attendu/],
    [{ published: '15/08/2019' }, 'published', /AAAA-MM-JJ/],
    [{ location: { city: 'Mont-Dore', postalCode: '98809' } }, 'location.city', /Le Mont-Dore/],
    [{ apply: {} }, 'apply', /au moins un moyen de candidater/],
    [{ apply: { url: 'javascript:alert(1)' } }, 'apply.url', /https:\/\//],
    [{ deadline: '2019-08-01' }, 'deadline', /antérieure à la date de publication/],
    [{ hoursPerWeek: 60 }, 'hoursPerWeek', /48 heures/],
    [{ deadine: '2019-09-06' }, '', /champ inconnu : deadine/],
    [{ location: undefined }, 'location', /lieu manquant/],
  ];
  for (const [patch, field, message] of cases) {
    const issues = issuesOf({ ...valid, ...patch });
    const issue = issues.find((i) => i.path === field);
    assert.ok(issue, `expected an issue on "${field}" for ${JSON.stringify(patch)}, got ${JSON.stringify(issues)}`);
    assert.match(issue.message, message);
  }
});

test('a fully remote offer needs no place', () => {
  const { location: _location, ...rest } = valid;
  assert.ok(OfferSchema.safeParse({ ...rest, remote: 'full' }).success);
});
