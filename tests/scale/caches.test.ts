/**
 * Caches at scale: after a cold build of the 300-offer corpus (PDFs included), editing one
 * offer and building again draws that offer's PDF only and renders that offer's page only
 * (Astro's incremental build copies the others); every other PDF and offer page is reused byte
 * for byte, the edit shows, and the search index holds every offer with the edit. (Content-keyed
 * caches that key on something else, such as bundle chunk names, would redo everything and make
 * a rebuild slower than a cold build.) Undoing the edit gives back the cold build's search index
 * byte for byte; so does a build at another address, where Astro renders every page again.
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

async function build(outDir: string, contentDir: string, site?: string): Promise<string> {
  const result = await buildSite({
    contentDir,
    outDir,
    ...(site === undefined ? {} : { site }),
    cacheDir: CACHE_DIR,
    epoch: SCALE_EPOCH,
    env: { OFFRES_SKIP_PDF: undefined },
  });
  assert.ok(result.ok, `build failed:\n${summarizeBuildOutput(result.output)}`);
  return result.output;
}

/**
 * Offer pages Astro copied from the previous build, per its log. (The two routes it renders at
 * once interleave their lines, so a rendered page's time may print far from its path; a copied
 * page's note always follows its path.)
 */
function copiedOfferPages(output: string): string[] {
  // Slugs have letters; /offres/2/ and so on are pages of the list of open offers.
  return [
    ...output.matchAll(
      /[├└]─ \/offres\/([^/\s]*[a-z][^/\s]*)\/index\.html \((?:cached|restored)\)/g,
    ),
  ].map((m) => m[1]!);
}

function offerPages(distDir: string): Map<string, Buffer> {
  return new Map(
    listDistFiles(distDir, '.html')
      .filter((f) => /^\/offres\/[^/]*[a-z][^/]*\/$/.test(f.urlPath))
      .map((f) => [f.urlPath, fs.readFileSync(f.file)]),
  );
}

function cachedPdfCount(): number {
  return fs.readdirSync(CACHE_DIR, { recursive: true }).filter((f) => String(f).endsWith('.pdf'))
    .length;
}

function pdfs(distDir: string): Map<string, Buffer> {
  return new Map(listDistFiles(distDir, '.pdf').map((f) => [f.urlPath, fs.readFileSync(f.file)]));
}

test('a rebuild after editing one offer draws one PDF and renders one offer page', async () => {
  fs.rmSync(ROOT, { recursive: true, force: true });
  const contentDir = generateCorpus('caches/corpus');
  const cold = path.join(ROOT, 'cold');
  const warm = path.join(ROOT, 'warm');
  const coldOutput = await build(cold, contentDir);
  const before = cachedPdfCount();
  const coldPdfs = pdfs(cold);
  assert.ok(
    before > 250 && coldPdfs.size === before,
    `${before} cached PDFs for ${coldPdfs.size} in dist`,
  );

  const edited = pickOfferToEdit(contentDir);
  const slug = path.basename(edited, '.md');
  const undo = editOffer(edited);
  const warmOutput = await build(warm, contentDir);

  assert.equal(cachedPdfCount(), before + 1, 'exactly one new PDF drawn');
  assert.ok(readDist(warm, `/offres/${slug}/`).includes(EDIT_SENTENCE), 'the edit shows');
  const warmPdfs = pdfs(warm);
  const changed = [...warmPdfs]
    .filter(([url, bytes]) => !coldPdfs.get(url)?.equals(bytes))
    .map(([url]) => url);
  assert.deepEqual(changed, [`/offres/${slug}/fiche.pdf`]);

  // Offer pages: all rendered cold; warm, the edited one only, the others copied unchanged.
  const coldPages = offerPages(cold);
  assert.ok(coldPages.size > 250, `${coldPages.size} offer pages`);
  assert.deepEqual(copiedOfferPages(coldOutput), []);
  const copied = copiedOfferPages(warmOutput);
  assert.equal(copied.length, coldPages.size - 1);
  assert.ok(!copied.includes(slug), 'the edited offer is rendered again');
  const warmPages = offerPages(warm);
  const changedPages = [...warmPages]
    .filter(([url, bytes]) => !coldPages.get(url)?.equals(bytes))
    .map(([url]) => url);
  assert.deepEqual(changedPages, [`/offres/${slug}/`]);
  // The search index holds every offer, copied pages included: its records come from the data.
  assert.match(warmOutput, new RegExp(`${coldPages.size} offres indexées pour la recherche : `));

  // Undoing the edit gives back the cold build's search bundles byte for byte, although Astro
  // now renders one offer page and copies the others.
  undo();
  const undone = path.join(ROOT, 'undone');
  await build(undone, contentDir);
  const bundle = (distDir: string) =>
    new Map(
      listDistFiles(distDir)
        .filter((f) => f.relPath.startsWith('pagefind/'))
        .map((f) => [f.relPath, fs.readFileSync(f.file)]),
    );
  const coldBundle = bundle(cold);
  const undoneBundle = bundle(undone);
  assert.ok(coldBundle.size > 50, `${coldBundle.size} search files`);
  assert.deepEqual([...undoneBundle.keys()], [...coldBundle.keys()]);
  for (const [file, bytes] of undoneBundle)
    assert.ok(coldBundle.get(file)?.equals(bytes), `${file} differs from the cold build's`);

  // Another address for the site changes Astro's config: it renders every page again, and the
  // index holds the same text as the cold build's.
  const moved = path.join(ROOT, 'moved');
  const movedOutput = await build(moved, contentDir, 'https://autre-adresse.example.org');
  assert.deepEqual(copiedOfferPages(movedOutput), []);
  const movedBundle = bundle(moved);
  assert.deepEqual([...movedBundle.keys()], [...coldBundle.keys()]);
  for (const [file, bytes] of movedBundle)
    assert.ok(coldBundle.get(file)?.equals(bytes), `${file} differs from the cold build's`);
});
