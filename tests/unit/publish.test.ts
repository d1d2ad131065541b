// The publishing page's pure parts: the compact communes file gives the same places as the
// official package, the form's values make the file the check reads, and a text too long for
// an address gets no GitHub link (the page then offers copy and download).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkOfferText } from '../../src/lib/content-check/check-entry.ts';
import { compactGeoTables, expandGeoTables } from '../../src/lib/geo-data/compact.ts';
import { loadGeoTables } from '../../src/lib/geo-data/node.ts';
import type { GeoTables } from '../../src/lib/geo.ts';
import { toOfferFile } from '../../src/lib/import/offer-yaml.ts';
import { toFormValues, toOfferData } from '../../src/lib/publish/form-values.ts';
import { MAX_URL_LENGTH, newFileUrl } from '../../src/lib/publish/proposal.ts';

/** Postal code → "name (département, région, zone)" of every commune and arrondissement using it. */
function places(tables: GeoTables): Map<string, string[]> {
  const deps = new Map(tables.departements.map((d) => [d.code, d]));
  const byCode = new Map<string, string[]>();
  for (const c of tables.communes) {
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    const dep = deps.get(c.departement ?? '');
    const where = `${c.nom} (${c.departement}, ${c.region ?? dep?.region}, ${c.zone ?? dep?.zone}, ${c.commune ?? ''})`;
    for (const cp of c.codesPostaux ?? []) byCode.set(cp, [...(byCode.get(cp) ?? []), where]);
  }
  return byCode;
}

test('the compact communes file keeps every postal code, commune, département, région and zone', () => {
  const full = loadGeoTables();
  const compact = compactGeoTables(full);
  const expanded = expandGeoTables(JSON.parse(JSON.stringify(compact)) as typeof compact);
  assert.deepEqual(places(expanded), places(full));
  assert.ok(places(full).size > 6000);
  assert.deepEqual(
    expanded.regions,
    full.regions.map(({ code, nom, zone }) => ({ code, nom, zone })),
  );
  assert.ok(JSON.stringify(compact).length < JSON.stringify(full.communes).length / 3);
});

test('form values written back as an offer file pass the check', () => {
  const values = toFormValues({
    title: 'Chargé·e de mission jeunesse',
    organisation: 'poitiers-collectif',
    contract: 'cdd',
    location: { city: 'Poitiers', postalCode: '86000' },
    published: '2026-12-01',
    salary: { min: 1900, period: 'month', basis: 'gross' },
    apply: { email: 'recrutement@exemple.fr' },
    tags: ['jeunesse', 'education'],
    draft: true,
  });
  assert.deepEqual(values['contract'], ['cdd']);
  assert.equal(values['salary.min'], '1900');
  assert.equal(values['tags'], 'jeunesse, education');
  const data = toOfferData({ ...values, 'salary.currency': 'EUR', 'salary.approximate': false });
  assert.equal(data['draft'], undefined);
  const text = toOfferFile(data, 'Le texte.');
  assert.match(text, /^ {2}min: 1900$/m);
  assert.doesNotMatch(text, /currency|approximate/);
  assert.deepEqual(checkOfferText(text, 'x.md', 'x').problems, []);
  // « 35,5 » is written as typed, for the check to explain the decimal comma.
  assert.equal(toOfferData({ hoursPerWeek: '35,5' })['hoursPerWeek'], '35,5');
});

test('GitHub’s new-file address, and none when the text is too long for one', () => {
  const repository = { url: 'https://github.com/exemple/offres/', branch: 'main' };
  const url = new URL(newFileUrl(repository, 'content/offers/a.md', 'title: "A & B"\n') ?? '');
  assert.equal(url.pathname, '/exemple/offres/new/main');
  assert.equal(url.searchParams.get('filename'), 'content/offers/a.md');
  assert.equal(url.searchParams.get('value'), 'title: "A & B"\n');
  assert.equal(
    newFileUrl(repository, 'content/offers/a.md', 'é'.repeat(MAX_URL_LENGTH / 6)),
    undefined,
  );
});
