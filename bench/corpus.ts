// Benchmark corpora from ../shared/bench/gen-offers.mjs, generated once per (N, seed, generator
// version) into the scratch dir — never into the project's content/ — and reused afterwards.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/content-check/index.ts';

export const GENERATOR = path.resolve(import.meta.dirname, '../../shared/bench/gen-offers.mjs');

/**
 * SOURCE_DATE_EPOCH for generated corpora: the generator's reference date, 2026-11-15 12:00 UTC,
 * so that a few offers are open and most closed, like a portal with years of archives.
 */
export const REFERENCE_EPOCH = 1_794_744_000;

export interface Corpus {
  n: number;
  seed: number;
  root: string;
  /** OFFRES_CONTENT_DIR: holds offers/ and organisations/. */
  contentDir: string;
  /** The generator's JSON summary (offers, drafts, open, organisations, totalMB…). */
  summary: Record<string, unknown>;
}

function generatorHash(): string {
  return crypto.createHash('sha256').update(fs.readFileSync(GENERATOR)).digest('hex').slice(0, 16);
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
  const out = execFileSync(process.execPath, [GENERATOR, root, String(n), '--seed', String(seed)], {
    encoding: 'utf8',
  });
  const summary = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  const dropped = await dropDuplicates(contentDir);
  if (dropped > 0) summary['offers'] = Number(summary['offers']) - dropped;
  summary['droppedDuplicates'] = dropped;
  fs.writeFileSync(stampFile, JSON.stringify({ key, summary }));
  return { n, seed, root, contentDir, summary };
}

/**
 * Deletes the offers the editors' checker rejects as duplicates (same organisation, title and
 * publication date: the generator writes a few at 50,000 offers, and the build would stop on
 * them). Returns how many.
 */
async function dropDuplicates(contentDir: string): Promise<number> {
  const { problems } = await checkContent(contentDir, { relativeTo: contentDir });
  const duplicates = problems.filter((p) => p.code === 'duplicate');
  for (const p of duplicates) fs.rmSync(path.join(contentDir, p.file));
  return duplicates.length;
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

/** What editOffer() appends to an offer's body. */
export const EDIT_SENTENCE = 'Phrase ajoutée par le banc de mesure.';

/** Appends EDIT_SENTENCE to an offer's body; returns a function that restores the file. */
export function editOffer(file: string): () => void {
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, `${original.toString('utf8').trimEnd()}\n\n${EDIT_SENTENCE}\n`);
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
