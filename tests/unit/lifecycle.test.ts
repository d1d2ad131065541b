import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  getBuildNow,
  getClosingInstant,
  getDaysLeft,
  getOfferStatus,
} from '../../src/lib/lifecycle.ts';
import { DEFAULT_OPEN_DAYS } from '../../src/lib/site.ts';

const offer = { published: '2025-01-31', deadline: '2025-02-21' };

test('Nouméa (UTC+11): open until 23:59 on the deadline day, local time', () => {
  // 2025-02-21 23:59 in Nouméa is 12:59 UTC the same day.
  assert.equal(getOfferStatus(offer, 'Pacific/Noumea', new Date('2025-02-21T12:59:00Z')), 'open');
  assert.equal(getOfferStatus(offer, 'Pacific/Noumea', new Date('2025-02-21T13:00:00Z')), 'closed');
  // At the same instant, an offer with the same deadline in Paris is still open all day.
  assert.equal(getOfferStatus(offer, 'Europe/Paris', new Date('2025-02-21T13:00:00Z')), 'open');
  assert.equal(getOfferStatus(offer, 'Europe/Paris', new Date('2025-02-21T22:59:59Z')), 'open');
  assert.equal(getOfferStatus(offer, 'Europe/Paris', new Date('2025-02-21T23:00:00Z')), 'closed');
});

test('Paris summer time: the deadline day ends at 22:00 UTC', () => {
  const summer = { published: '2025-06-01', deadline: '2025-07-14' };
  assert.equal(getClosingInstant(summer, 'Europe/Paris').toISOString(), '2025-07-14T22:00:00.000Z');
  assert.equal(getClosingInstant(summer, 'America/Cayenne').toISOString(), '2025-07-15T03:00:00.000Z');
});

test(`no deadline: open ${DEFAULT_OPEN_DAYS} days after publication, closed the day after`, () => {
  const noDeadline = { published: '2026-01-01' };
  // 2026-01-01 + 60 days = 2026-03-02, the last open day.
  assert.equal(getOfferStatus(noDeadline, 'Europe/Paris', new Date('2026-03-02T12:00:00Z')), 'open');
  assert.equal(getOfferStatus(noDeadline, 'Europe/Paris', new Date('2026-03-03T00:00:00Z')), 'closed');
});

test('days left are counted in the offer local calendar', () => {
  // 2025-02-20 14:00 UTC is already the 21st in Nouméa: last day.
  assert.equal(getDaysLeft('2025-02-21', 'Pacific/Noumea', new Date('2025-02-20T14:00:00Z')), 0);
  assert.equal(getDaysLeft('2025-02-21', 'Europe/Paris', new Date('2025-02-20T14:00:00Z')), 1);
});

test('SOURCE_DATE_EPOCH sets "now"; garbage is refused', () => {
  assert.equal(getBuildNow({ SOURCE_DATE_EPOCH: '1772366400' }).toISOString(), '2026-03-01T12:00:00.000Z');
  assert.throws(() => getBuildNow({ SOURCE_DATE_EPOCH: 'demain' }), /SOURCE_DATE_EPOCH/);
  const before = Date.now();
  assert.ok(getBuildNow({}).getTime() >= before);
});
