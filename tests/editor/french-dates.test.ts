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

test('a date without its year takes the context year (a year alone)', () => {
  assert.equal(parseFrenchDate('à pourvoir le 16 septembre.', 2019), '2019-09-16');
  assert.equal(parseFrenchDate('à pourvoir le 16 septembre.'), undefined);
});

test('impossible dates and look-alikes are ignored', () => {
  assert.deepEqual(findFrenchDates('le 31 février 2025, 3134-25-0232/SR, 2 mois, 45/13/2025'), []);
});

test('a date without a year is the next such date after the text’s own date', () => {
  assert.equal(parseFrenchDate('avant le 15 janvier', '2026-12-02'), '2027-01-15');
  assert.equal(parseFrenchDate('avant le 20 décembre', '2026-11-20'), '2026-12-20');
  assert.equal(parseFrenchDate('le 20 novembre', '2026-11-20'), '2026-11-20');
});

test('a weekday with a day and a month picks the year where they match', () => {
  // 29 January is a Friday in 2027, a Thursday in 2026.
  assert.equal(parseFrenchDate('jusqu’au vendredi 29/01', '2026-12-01'), '2027-01-29');
  assert.equal(parseFrenchDate('prise de poste lundi 1er mars', '2026-11-30'), '2027-03-01');
  assert.equal(parseFrenchDate('au 29/01', '2026-12-01'), '2027-01-29');
  assert.equal(parseFrenchDate('le 29/01/2027'), '2027-01-29');
});
