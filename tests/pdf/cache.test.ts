/**
 * The build's sheets (writeOfferPdfs): drawn once, then copied from the cache; a cache entry is
 * used only when its checksum vouches for it, and `dist/` gets copies, never links into it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { writeOfferPdfs } from '../../src/lib/pdf/index.ts';
import { makeOffer, NOW, pdftotext, SITE } from './helpers.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-pdf-cache-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const offers = [
  makeOffer('2025-01-climat-a', { title: 'Chargé·e de plaidoyer climat' }, '<p>Texte A.</p>'),
  makeOffer('2025-01-climat-b', { title: 'Coordinateur·rice bénévoles' }, '<p>Texte B.</p>'),
];
const cacheDir = path.join(root, 'cache');
let run = 0;

async function build(workers: number) {
  const outDir = path.join(root, `dist-${(run += 1)}`);
  const stats = await writeOfferPdfs(offers, { site: SITE, now: NOW, outDir, cacheDir, workers });
  const files = offers.map((o) => path.join(outDir, 'offres', o.slug, 'fiche.pdf'));
  return { stats, files, bytes: files.map((f) => fs.readFileSync(f)) };
}

function cacheFiles(): string[] {
  return fs
    .readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => path.join(cacheDir, name));
}

test('sheets are drawn once on the worker pool, then copied from the cache', async () => {
  const first = await build(2);
  assert.deepEqual(first.stats, { drawn: 2, cached: 0 });
  assert.match(pdftotext(first.files[0] ?? ''), /Chargé·e de plaidoyer climat/);
  const second = await build(0);
  assert.deepEqual(second.stats, { drawn: 0, cached: 2 });
  assert.deepEqual(second.bytes, first.bytes);
  const cached = new Set(cacheFiles().map((file) => fs.statSync(file).ino));
  for (const file of second.files) {
    const stat = fs.statSync(file);
    assert.equal(stat.nlink, 1, `${file} shares storage`);
    assert.ok(!cached.has(stat.ino), `${file} is the cache's file`);
  }
});

test('a truncated or swapped cache entry is drawn again, never published', async () => {
  const good = await build(0);
  const [a, b] = cacheFiles();
  assert.ok(a && b);
  // Truncated: half a PDF.
  fs.writeFileSync(a, fs.readFileSync(a).subarray(0, 100));
  const afterTruncation = await build(0);
  assert.deepEqual(afterTruncation.stats, { drawn: 1, cached: 1 });
  assert.deepEqual(afterTruncation.bytes, good.bytes);
  // Swapped: each entry holds the other's bytes and checksum.
  const [pdfA, pdfB] = [fs.readFileSync(a), fs.readFileSync(b)];
  const [sumA, sumB] = [fs.readFileSync(`${a}.sha256`), fs.readFileSync(`${b}.sha256`)];
  fs.writeFileSync(a, pdfB);
  fs.writeFileSync(`${a}.sha256`, sumB);
  fs.writeFileSync(b, pdfA);
  fs.writeFileSync(`${b}.sha256`, sumA);
  const afterSwap = await build(0);
  assert.deepEqual(afterSwap.stats, { drawn: 2, cached: 0 });
  assert.deepEqual(afterSwap.bytes, good.bytes);
  // A link in place of an entry is not followed.
  fs.rmSync(a);
  fs.symlinkSync('/etc/hostname', a);
  const afterLink = await build(0);
  assert.deepEqual(afterLink.stats, { drawn: 1, cached: 1 });
  assert.deepEqual(afterLink.bytes, good.bytes);
});
