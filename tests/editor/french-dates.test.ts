/** French dates as offers write them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFrenchDates, parseFrenchDate } from '../../src/lib/import/index.ts';

test('French dates in words and numbers', () => {
  assert.equal(parseFrenchDate('avant le 6 septembre 2019'), '2019-09-06');
  assert.equal(parseFrenchDate('Date limite : Vendredi 21 février 2025'), '2025-02-21');
  assert.equal(parseFrenchDate('au plus tard le 21/02/2025'), '2025-02-21');
  assert.equal(parseFrenchDate('à compter du 1er mai 2025'), '2025-05-01');
  assert.equal(parseFrenchDate('20 novembre 2023'), '2023-11-20');
  assert.equal(parseFrenchDate('le 3 aout 2024'), '2024-08-03');
  assert.equal(parseFrenchDate('2025-02-21'), '2025-02-21');
});

test('a date without its year takes the context year', () => {
  assert.equal(parseFrenchDate('à pourvoir le 16 septembre.', 2019), '2019-09-16');
  assert.equal(parseFrenchDate('à pourvoir le 16 septembre.'), undefined);
});

test('impossible dates and look-alikes are ignored', () => {
  assert.deepEqual(findFrenchDates('le 31 février 2025, 3134-25-0232/SR, 2 mois, 45/13/2025'), []);
});
