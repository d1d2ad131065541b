/** Saved searches and the new-offers count (src/scripts/saved/), on an in-memory localStorage. */
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';

const items = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  },
});
const { countNewOffers, listSavedSearches, recordVisit, removeSavedSearch, saveSearch } =
  await import('../../src/scripts/saved/saved-searches.ts');

beforeEach(() => items.clear());

test('a saved search is kept once, normalised, newest first, without its page number', () => {
  saveSearch(new URLSearchParams('contrat=stage&region=hauts-de-france&page=3'));
  saveSearch(new URLSearchParams('q=communication'));
  saveSearch(new URLSearchParams('region=hauts-de-france&contrat=stage'));
  assert.deepEqual(
    listSavedSearches().map((s) => s.query),
    ['contrat=stage&region=hauts-de-france', 'q=communication'],
  );
  removeSavedSearch('q=communication');
  assert.equal(listSavedSearches().length, 1);
});

test('storage holding something else reads as nothing saved', () => {
  items.set('offres:saved-searches', '{"not":"a list"}');
  assert.deepEqual(listSavedSearches(), []);
  items.set('offres:saved-searches', 'not json');
  assert.deepEqual(listSavedSearches(), []);
});

test('new offers: published after the day of the last visit, matching the région and contract values (OR within one)', () => {
  const offers = [
    { published: '2026-03-02', contracts: ['stage'], regions: [{ slug: 'hauts-de-france' }] },
    { published: '2026-03-02', contracts: ['cdd'], regions: [{ slug: 'corse' }] },
    { published: '2026-03-01', contracts: ['stage'], regions: [{ slug: 'corse' }] },
    { published: '2026-02-20', contracts: ['stage'], regions: [{ slug: 'corse' }] },
  ];
  assert.equal(countNewOffers(offers, '2026-03-01'), 2);
  assert.equal(countNewOffers(offers, '2026-02-28'), 3);
  assert.equal(countNewOffers(offers, '2026-02-28', new URLSearchParams('contrat=stage')), 2);
  assert.equal(
    countNewOffers(
      offers,
      '2026-02-28',
      new URLSearchParams('contrat=stage&contrat=cdd&region=corse'),
    ),
    2,
  );
});

test('the previous visit: none at first, kept across reloads, moved on after an hour away', () => {
  const t0 = new Date('2026-03-01T08:00:00Z');
  assert.equal(recordVisit(t0), undefined);
  assert.equal(recordVisit(new Date('2026-03-01T08:20:00Z')), undefined, 'same visit');
  const later = recordVisit(new Date('2026-03-02T09:00:00Z'));
  assert.equal(later?.toISOString(), '2026-03-01T08:20:00.000Z');
  assert.equal(
    recordVisit(new Date('2026-03-02T09:05:00Z'))?.toISOString(),
    '2026-03-01T08:20:00.000Z',
  );
});
