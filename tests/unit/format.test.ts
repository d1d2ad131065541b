import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatContracts,
  formatDate,
  formatSalary,
  formatWorkingTime,
} from '../../src/lib/format.ts';

/** French typography uses (narrow) no-break spaces; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

test('pay in French format', () => {
  assert.equal(
    plain(formatSalary({ min: 1047, currency: 'EUR', period: 'month', basis: 'gross' })),
    '1 047 € brut / mois',
  );
  assert.equal(
    plain(formatSalary({ min: 75200, currency: 'XPF', period: 'month', basis: 'gross' })),
    '75 200 F CFP brut / mois',
  );
  assert.equal(
    plain(formatSalary({ min: 32000, max: 36000, currency: 'EUR', period: 'year', basis: 'gross' })),
    '32 000 à 36 000 € brut / an',
  );
  assert.equal(
    plain(formatSalary({ min: 600, currency: 'EUR', period: 'month', basis: 'stipend', approximate: true })),
    'environ 600 € de gratification / mois',
  );
  assert.equal(plain(formatSalary({ min: 11.88, currency: 'EUR', period: 'hour', basis: 'net' })), '11,88 € net / heure');
});

test('dates in French, with "1er"', () => {
  assert.equal(formatDate('2025-05-01'), '1er mai 2025');
  assert.equal(formatDate('2019-09-06'), '6 septembre 2019');
  assert.equal(formatDate('2023-11-20'), '20 novembre 2023');
});

test('contracts and working time', () => {
  assert.equal(formatContracts(['stage', 'cdd']), 'Stage, CDD');
  assert.equal(plain(formatWorkingTime({ workingTime: 'part-time', hoursPerWeek: 20 }) ?? ''), 'Temps partiel, 20 h par semaine');
  assert.equal(formatWorkingTime({}), undefined);
});
