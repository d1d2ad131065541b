/** Pure helpers behind the indexes, feeds and structured data. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCountsSentence, formatOfferCount } from '../../src/lib/browse.ts';
import { escapeMarkup } from '../../src/lib/format.ts';
import { getBaseSalary, getEmploymentTypes } from '../../src/lib/job-posting.ts';
import { serializeJsonLd } from '../../src/lib/jsonld.ts';

test('employment types: contract, with full time presumed for salaried contracts', () => {
  assert.deepEqual(getEmploymentTypes({ contract: ['cdi'], workingTime: undefined }), [
    'FULL_TIME',
  ]);
  assert.deepEqual(getEmploymentTypes({ contract: ['cdi'], workingTime: 'part-time' }), [
    'PART_TIME',
  ]);
  assert.deepEqual(getEmploymentTypes({ contract: ['cdd'], workingTime: undefined }), [
    'TEMPORARY',
    'FULL_TIME',
  ]);
  assert.deepEqual(getEmploymentTypes({ contract: ['stage', 'cdd'], workingTime: 'full-time' }), [
    'INTERN',
    'TEMPORARY',
    'FULL_TIME',
  ]);
  assert.deepEqual(getEmploymentTypes({ contract: ['stage'], workingTime: undefined }), ['INTERN']);
  assert.deepEqual(getEmploymentTypes({ contract: ['benevolat'], workingTime: 'part-time' }), [
    'VOLUNTEER',
    'PART_TIME',
  ]);
  assert.deepEqual(getEmploymentTypes({ contract: ['freelance'], workingTime: undefined }), [
    'CONTRACTOR',
  ]);
  assert.deepEqual(getEmploymentTypes({ contract: ['autre'], workingTime: undefined }), ['OTHER']);
});

test('base salary: one value or a range, Google units, nothing for a total amount', () => {
  assert.deepEqual(
    getBaseSalary({ min: 75200, currency: 'XPF', period: 'month', basis: 'gross' }),
    {
      '@type': 'MonetaryAmount',
      currency: 'XPF',
      value: { '@type': 'QuantitativeValue', value: 75200, unitText: 'MONTH' },
    },
  );
  assert.deepEqual(
    getBaseSalary({ min: 12, max: 14, currency: 'EUR', period: 'hour', basis: 'gross' })?.value,
    {
      '@type': 'QuantitativeValue',
      minValue: 12,
      maxValue: 14,
      unitText: 'HOUR',
    },
  );
  assert.equal(
    getBaseSalary({ min: 3000, currency: 'EUR', period: 'total', basis: 'gross' }),
    undefined,
  );
  assert.equal(getBaseSalary(undefined), undefined);
});

test('JSON-LD serialisation cannot close its script element', () => {
  const json = serializeJsonLd({ title: '</script><script>alert(1)</script> <!-- \u2028' });
  assert.ok(!json.includes('<'));
  assert.ok(!json.includes('\u2028'));
  assert.deepEqual(JSON.parse(json), { title: '</script><script>alert(1)</script> <!-- \u2028' });
});

test('markup escaping for feed HTML', () => {
  assert.equal(
    escapeMarkup(`<b>"L'été" & co</b>`),
    '&lt;b&gt;&quot;L&#39;été&quot; &amp; co&lt;/b&gt;',
  );
});

test('French counts', () => {
  assert.equal(formatOfferCount(0, 'ouverte'), 'aucune offre ouverte');
  assert.equal(formatOfferCount(1, 'clôturée'), '1 offre clôturée');
  assert.equal(formatOfferCount(3), '3 offres');
  assert.equal(formatCountsSentence(0, 0), 'Aucune offre publiée pour le moment.');
  assert.equal(formatCountsSentence(0, 1), '1 offre publiée, dont aucune ouverte.');
  assert.equal(formatCountsSentence(2, 5), '5 offres publiées, dont 2 ouvertes.');
});
