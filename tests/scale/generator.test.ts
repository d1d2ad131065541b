/**
 * The corpus generator behind the scale tests and the benchmarks: what it writes passes the
 * editors' checker, is the same for the same seed, and holds every case the site must handle
 * (drafts, open and closed offers, overseas and abroad, fully remote, XPF pay, lists of
 * contracts, every organisation kind), counted by the site's own catalog.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateCorpus, REFERENCE_EPOCH } from '../../bench/corpus/generate.ts';
import type { CorpusSummary } from '../../bench/corpus/summary.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { resolvePlace } from '../../src/lib/geo.ts';
import { checkContent, type ContentCheck } from '../../src/lib/content-check/index.ts';
import { CONTRACTS, type Offer } from '../../src/schema/offer.ts';
import { ORGANISATION_KINDS } from '../../src/schema/organisation.ts';

const COUNT = 300;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-corpus-'));
let summary: CorpusSummary;
let checked: ContentCheck;

function placeOf(offer: { data: Offer }) {
  const resolved = offer.data.location ? resolvePlace(offer.data.location) : undefined;
  return resolved?.ok ? resolved.place : undefined;
}

function digest(root: string): string {
  const hash = crypto.createHash('sha256');
  const dir = path.join(root, 'content');
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

before(async () => {
  summary = generateCorpus(path.join(tmp, 'a'), { count: COUNT });
  checked = await checkContent(path.join(tmp, 'a', 'content'));
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('every generated file passes the content check', () => {
  assert.deepEqual(checked.problems, []);
  assert.equal(checked.offers.length, COUNT);
  assert.equal(checked.organisations.length, summary.organisations);
});

test('the same seed writes the same bytes; another seed, another corpus', () => {
  generateCorpus(path.join(tmp, 'b'), { count: COUNT });
  generateCorpus(path.join(tmp, 'c'), { count: COUNT, seed: 7 });
  assert.equal(digest(path.join(tmp, 'b')), digest(path.join(tmp, 'a')));
  assert.notEqual(digest(path.join(tmp, 'c')), digest(path.join(tmp, 'a')));
});

test('an existing corpus is replaced only when asked', () => {
  const root = path.join(tmp, 'a');
  assert.throws(() => generateCorpus(root, { count: 5 }), /not empty/);
  assert.equal(checked.offers.length, fs.readdirSync(path.join(root, 'content', 'offers')).length);
});

test('drafts, open and closed offers: the summary agrees with the site’s catalog', () => {
  const published = checked.offers.filter((o) => !o.data.draft);
  const catalog = buildCatalog(
    published.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    checked.organisations.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    new Date(REFERENCE_EPOCH * 1000),
  );
  assert.ok(summary.drafts > 0);
  assert.equal(COUNT - published.length, summary.drafts);
  assert.equal(catalog.open.length, summary.open);
  assert.equal(catalog.closed.length, summary.closed);
  assert.ok(summary.open > 0 && summary.closed > summary.open, JSON.stringify(summary));
  assert.ok(
    catalog.open.some((o) => o.data.deadline === undefined),
    'an open offer without deadline',
  );
});

test('"now" moves which offers are open', async () => {
  const later = REFERENCE_EPOCH + 365 * 86_400;
  const moved = generateCorpus(path.join(tmp, 'later'), { count: COUNT, epoch: later });
  assert.ok(moved.open > 0);
  const { offers } = await checkContent(path.join(tmp, 'later', 'content'));
  const newest =
    offers
      .map((o) => o.data.published)
      .sort()
      .at(-1) ?? '';
  assert.equal(newest <= new Date(later * 1000).toISOString().slice(0, 10), true);
  assert.ok(newest > new Date(REFERENCE_EPOCH * 1000).toISOString().slice(0, 10));
});

test('places: metropolitan, overseas régions and collectivities, abroad, fully remote', () => {
  for (const kind of ['metro', 'drom', 'com', 'abroad', 'remote'])
    assert.ok((summary.places[kind] ?? 0) > 0, `${kind}: ${JSON.stringify(summary.places)}`);
  const countries = new Set(checked.offers.map((o) => o.data.location?.country ?? 'FR'));
  assert.ok(countries.size > 1, [...countries].join(', '));
  const regions = new Set(checked.offers.map((o) => placeOf(o)?.region.name));
  for (const name of ['Nouvelle-Calédonie', 'La Réunion', 'Guyane', 'Île-de-France'])
    assert.ok(regions.has(name), `${name} missing: ${[...regions].join(', ')}`);
});

test('pay in XPF only where the franc CFP is the currency, and somewhere', () => {
  const xpf = checked.offers.filter((o) => o.data.salary?.currency === 'XPF');
  assert.ok(xpf.length > 0);
  for (const offer of xpf) {
    const place = placeOf(offer);
    const code = place?.kind === 'france' ? place.departement.code : undefined;
    if (offer.data.location) assert.ok(['986', '987', '988'].includes(code ?? ''), offer.slug);
  }
});

test('every contract, lists of contracts, every organisation kind', () => {
  for (const contract of CONTRACTS) assert.ok((summary.contracts[contract] ?? 0) > 0, contract);
  assert.ok(checked.offers.some((o) => o.data.contract.length > 1));
  const kinds = new Set(checked.organisations.map((o) => o.data.kind));
  assert.deepEqual([...kinds].sort(), [...ORGANISATION_KINDS].sort());
});

test('bodies vary in length and use headings, lists, links and emphasis', () => {
  const sizes = checked.offers.map((o) => o.body.length).sort((a, b) => a - b);
  assert.ok((sizes.at(-1) ?? 0) > 3 * (sizes[0] ?? 0), `${sizes[0]}…${sizes.at(-1)}`);
  const all = checked.offers.map((o) => o.body).join('\n');
  for (const pattern of [
    /^## /m,
    /^### /m,
    /^- /m,
    /^1\. /m,
    /\]\(https:\/\//,
    /\]\(mailto:/,
    /\*\*/,
    /^> /m,
  ])
    assert.match(all, pattern);
});
