import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePlace } from '../../src/lib/geo.ts';

function resolveFrance(city: string, postalCode: string) {
  const result = resolvePlace({ city, postalCode });
  assert.ok(result.ok, `${city} ${postalCode} should resolve: ${result.ok ? '' : result.message}`);
  assert.equal(result.place.kind, 'france');
  if (result.place.kind !== 'france') throw new Error('unreachable');
  return result.place;
}

test('98809 Le Mont-Dore is in Nouvelle-Calédonie, Pacific/Noumea', () => {
  const place = resolveFrance('Le Mont-Dore', '98809');
  assert.equal(place.communeCode, '98817');
  assert.equal(place.region.name, 'Nouvelle-Calédonie');
  assert.equal(place.region.slug, 'nouvelle-caledonie');
  assert.equal(place.timeZone, 'Pacific/Noumea');
});

test('"Mont-Dore" with 98809 is an error naming the candidate', () => {
  const result = resolvePlace({ city: 'Mont-Dore', postalCode: '98809' });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.field, 'city');
  assert.deepEqual(result.candidates, ['Le Mont-Dore']);
  assert.match(result.message, /Le Mont-Dore/);
});

test('Mont-Dore 63240 is in Puy-de-Dôme, Auvergne-Rhône-Alpes', () => {
  const place = resolveFrance('Mont-Dore', '63240');
  assert.equal(place.departement.name, 'Puy-de-Dôme');
  assert.equal(place.region.slug, 'auvergne-rhone-alpes');
});

test('Saint-Denis: 97400 is La Réunion, 93200 is Île-de-France', () => {
  const reunion = resolveFrance('Saint-Denis', '97400');
  assert.equal(reunion.region.name, 'La Réunion');
  assert.equal(reunion.departement.code, '974');
  assert.equal(reunion.timeZone, 'Indian/Reunion');
  const seineSaintDenis = resolveFrance('Saint-Denis', '93200');
  assert.equal(seineSaintDenis.region.slug, 'ile-de-france');
  assert.equal(seineSaintDenis.departement.name, 'Seine-Saint-Denis');
});

test('Paris 75011 and Ajaccio 20000 (Corse)', () => {
  const paris = resolveFrance('Paris', '75011');
  assert.equal(paris.communeName, 'Paris');
  assert.equal(paris.region.slug, 'ile-de-france');
  const arrondissement = resolveFrance('Paris 11e Arrondissement', '75011');
  assert.equal(arrondissement.communeCode, '75056');
  const ajaccio = resolveFrance('Ajaccio', '20000');
  assert.equal(ajaccio.departement.code, '2A');
  assert.equal(ajaccio.region.slug, 'corse');
});

test('spelling variants of the same commune match; a wrong postal code does not', () => {
  assert.equal(resolveFrance('Ivry sur Seine', '94200').communeName, 'Ivry-sur-Seine');
  assert.equal(resolveFrance('ST-DENIS', '93200').communeName, 'Saint-Denis');
  const wrong = resolvePlace({ city: 'Poitiers', postalCode: '99999' });
  assert.equal(wrong.ok, false);
  const malformed = resolvePlace({ city: 'Poitiers', postalCode: '860' });
  assert.ok(!malformed.ok && malformed.field === 'postalCode');
});

test('a country other than FR is International; Polynesia has its own zone', () => {
  const abroad = resolvePlace({ city: 'Bruxelles', postalCode: '1000', country: 'BE' });
  assert.ok(abroad.ok);
  assert.equal(abroad.place.region.slug, 'international');
  assert.equal(abroad.ok && abroad.place.kind === 'abroad' && abroad.place.countryName, 'Belgique');
  const papeete = resolveFrance('Papeete', '98714');
  assert.equal(papeete.region.name, 'Polynésie française');
  assert.equal(papeete.timeZone, 'Pacific/Tahiti');
});
