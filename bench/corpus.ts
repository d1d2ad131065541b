// Benchmark corpora from the project's generator (bench/corpus/generate.ts), generated once per
// (N, seed, generator version) into the scratch dir — never into the project's content/ — and
// reused afterwards.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/content-check/index.ts';
import { generateCorpus, REFERENCE_EPOCH } from './corpus/generate.ts';

/** SOURCE_DATE_EPOCH for generated corpora: the generator's "now", 2026-11-15 12:00 UTC. */
export { REFERENCE_EPOCH };

const GENERATOR_DIR = path.join(import.meta.dirname, 'corpus');

export interface Corpus {
  n: number;
  seed: number;
  root: string;
  /** OFFRES_CONTENT_DIR: holds offers/ and organisations/. */
  contentDir: string;
  /** The generator's summary (offers, drafts, open, organisations, totalMB…). */
  summary: Record<string, unknown>;
}

/** Hash of the generator's sources: a corpus made by an older generator is made again. */
function generatorHash(): string {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(GENERATOR_DIR).sort())
    hash.update(name).update(fs.readFileSync(path.join(GENERATOR_DIR, name)));
  return hash.digest('hex').slice(0, 16);
}

export async function ensureCorpus(scratch: string, n: number, seed: number): Promise<Corpus> {
  const root = path.join(scratch, `corpus-${n}-${seed}`);
  const stampFile = path.join(root, 'stamp.json');
  const contentDir = path.join(root, 'content');
  const key = `${n}:${seed}:${generatorHash()}`;
  if (fs.existsSync(stampFile)) {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as {
      key: string;
      summary: Record<string, unknown>;
    };
    if (stamp.key === key) return { n, seed, root, contentDir, summary: stamp.summary };
  }
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  const summary = { ...generateCorpus(root, { count: n, seed, epoch: REFERENCE_EPOCH }) };
  await assertValid(contentDir);
  fs.writeFileSync(stampFile, JSON.stringify({ key, summary }));
  return { n, seed, root, contentDir, summary };
}

/** A benchmark of content the build would refuse measures nothing: stop on any problem. */
async function assertValid(contentDir: string): Promise<void> {
  const { problems } = await checkContent(contentDir, { relativeTo: contentDir });
  if (problems.length > 0)
    throw new Error(
      `The generated corpus has ${problems.length} problems, e.g. ${JSON.stringify(problems[0])}`,
    );
}

/** The offer a rebuild edits: the middle file of `<contentDir>/offers` in name order, not a draft. */
export function pickOfferToEdit(contentDir: string): string {
  const dir = path.join(contentDir, 'offers');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let i = Math.floor(files.length / 2); i < files.length; i++) {
    const file = path.join(dir, files[i] ?? '');
    if (!/^draft: true$/m.test(fs.readFileSync(file, 'utf8'))) return file;
  }
  throw new Error(`No publishable offer in ${dir}`);
}

/** What editOffer() puts at the start of an offer's body. */
export const EDIT_SENTENCE = 'Phrase ajoutée par le banc de mesure.';

/**
 * Puts EDIT_SENTENCE first in an offer's body (the end may be how to apply, which a closed
 * offer no longer shows); returns a function that restores the file.
 */
export function editOffer(file: string): () => void {
  const original = fs.readFileSync(file);
  const text = original.toString('utf8');
  const bodyStart = text.indexOf('\n---', 3) + '\n---\n'.length;
  fs.writeFileSync(file, `${text.slice(0, bodyStart)}${EDIT_SENTENCE}\n\n${text.slice(bodyStart)}`);
  return () => fs.writeFileSync(file, original);
}

/** Offers whose markdown contains `term` (case-insensitive), to tell a common term from a rare one. */
export function countOffersWith(corpus: Corpus, term: string): number {
  const dir = path.join(corpus.contentDir, 'offers');
  const needle = term.toLowerCase();
  let count = 0;
  for (const name of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8').toLowerCase();
    if (!/^draft: true$/m.test(text) && text.includes(needle)) count++;
  }
  return count;
}

/** New offers in the « next night » rebuild: about what a busy portal receives in a day. */
export const NIGHTLY_ARRIVALS = 50;

/**
 * Adds `count` offers published the day after REFERENCE_EPOCH, open for 30 days: copies of
 * offers spread over the corpus, with the new dates. Returns a function that removes them.
 */
export function addArrivals(
  contentDir: string,
  count: number,
): { count: number; remove: () => void } {
  const dir = path.join(contentDir, 'offers');
  const day = new Date((REFERENCE_EPOCH + 86_400) * 1000).toISOString().slice(0, 10);
  const deadline = new Date((REFERENCE_EPOCH + 31 * 86_400) * 1000).toISOString().slice(0, 10);
  const sources = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .filter((name) => !/^draft: true$/m.test(fs.readFileSync(path.join(dir, name), 'utf8')));
  const written: string[] = [];
  for (let i = 0; i < count && sources.length > 0; i++) {
    const name = sources[Math.floor((i * sources.length) / count)] ?? '';
    const text = fs
      .readFileSync(path.join(dir, name), 'utf8')
      .replace(/^published: .*$/m, `published: ${day}`)
      // Two sources of one organisation may share a title: the copies must not be duplicates.
      .replace(/^title: "(.*)"$/m, `title: "$1 (${i + 1})"`)
      .replace(/^updated: .*\n/m, '')
      .replace(/^deadline: .*$/m, `deadline: ${deadline}`);
    const file = path.join(
      dir,
      `${day.slice(0, 7)}-arrivee-${String(i).padStart(3, '0')}-${name.slice(8)}`,
    );
    fs.writeFileSync(file, text);
    written.push(file);
  }
  return {
    count: written.length,
    remove: () => {
      for (const file of written) fs.rmSync(file, { force: true });
    },
  };
}
