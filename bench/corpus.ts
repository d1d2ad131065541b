// Benchmark corpora from ../shared/bench/gen-offers.mjs, generated once per (N, seed, generator
// version) into the scratch dir — never into the project's content/ — and reused afterwards.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const GENERATOR = path.resolve(import.meta.dirname, '../../shared/bench/gen-offers.mjs');

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

export function ensureCorpus(scratch: string, n: number, seed: number): Corpus {
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
  fs.writeFileSync(stampFile, JSON.stringify({ key, summary }));
  return { n, seed, root, contentDir, summary };
}

/** The offer the rebuild benchmark edits: the middle file in name order (a non-draft). */
export function pickOfferToEdit(corpus: Corpus): string {
  const dir = path.join(corpus.contentDir, 'offers');
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

/** Appends a sentence to an offer's body; returns a function that restores the file. */
export function editOffer(file: string): () => void {
  const original = fs.readFileSync(file);
  fs.writeFileSync(
    file,
    `${original.toString('utf8').trimEnd()}\n\nMise à jour : une phrase ajoutée par le banc d'essai.\n`,
  );
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
