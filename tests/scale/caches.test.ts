/**
 * Caches at scale: after a cold build of the 300-offer corpus (PDFs included), editing one
 * offer and building again draws that offer's PDF only; every other PDF is reused byte for
 * byte, and the edit shows. (Content-keyed caches that key on something else, such as bundle
 * chunk names, would redraw everything and make a rebuild slower than a cold build.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EDIT_SENTENCE, editOffer, pickOfferToEdit } from '../../bench/corpus.ts';
import { buildSite, listDistFiles, readDist, summarizeBuildOutput } from '../support/fixtures.ts';
import { generateCorpus, SCALE_EPOCH, SCALE_ROOT } from './scale-site.ts';

const ROOT = path.join(SCALE_ROOT, 'caches');
const CACHE_DIR = path.join(ROOT, 'cache');

async function build(outDir: string, contentDir: string): Promise<void> {
  const result = await buildSite({
    contentDir,
    outDir,
    cacheDir: CACHE_DIR,
    epoch: SCALE_EPOCH,
    env: { OFFRES_SKIP_PDF: undefined },
  });
  assert.ok(result.ok, `build failed:\n${summarizeBuildOutput(result.output)}`);
}

function cachedPdfCount(): number {
  return fs.readdirSync(CACHE_DIR, { recursive: true }).filter((f) => String(f).endsWith('.pdf'))
    .length;
}

function pdfs(distDir: string): Map<string, Buffer> {
  return new Map(listDistFiles(distDir, '.pdf').map((f) => [f.urlPath, fs.readFileSync(f.file)]));
}

test('a rebuild after editing one offer draws one PDF and reuses the others', async () => {
  fs.rmSync(ROOT, { recursive: true, force: true });
  const contentDir = generateCorpus('caches/corpus');
  const cold = path.join(ROOT, 'cold');
  const warm = path.join(ROOT, 'warm');
  await build(cold, contentDir);
  const before = cachedPdfCount();
  const coldPdfs = pdfs(cold);
  assert.ok(
    before > 250 && coldPdfs.size === before,
    `${before} cached PDFs for ${coldPdfs.size} in dist`,
  );

  const edited = pickOfferToEdit(contentDir);
  const slug = path.basename(edited, '.md');
  editOffer(edited);
  await build(warm, contentDir);

  assert.equal(cachedPdfCount(), before + 1, 'exactly one new PDF drawn');
  assert.ok(readDist(warm, `/offres/${slug}/`).includes(EDIT_SENTENCE), 'the edit shows');
  const warmPdfs = pdfs(warm);
  const changed = [...warmPdfs]
    .filter(([url, bytes]) => !coldPdfs.get(url)?.equals(bytes))
    .map(([url]) => url);
  assert.deepEqual(changed, [`/offres/${slug}/fiche.pdf`]);
});
