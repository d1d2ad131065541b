/**
 * `checkContent(contentDir)`: every problem of every offer and organisation in one pass,
 * the same for `npm run check` and for the build. Files are checked one by one (check-file.ts)
 * on the main thread and, for large content, on worker threads too; the checks that need
 * every file (unknown organisations, duplicates) then run on the main thread. Results do not
 * depend on how the files were shared out. Nothing here imports `astro:*`.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Offer, Organisation } from '../../schema/index.ts';
import { getContentDir } from '../content-dir.ts';
import type { Entry, EntryCheck } from './check-entry.ts';
import { checkFile, displayPath, fromSent, type FileCheck, type FileTask } from './check-file.ts';
import type { CheckWorkerData, CheckWorkerMessage } from './check-worker.ts';
import { gitNewFiles } from './collect-warnings.ts';
import { checkDuplicates, checkOrganisationsExist, listOrganisationsIn } from './cross-checks.ts';
import { sortProblems, type Problem } from './problem.ts';

export interface ContentCheck {
  problems: Problem[];
  /** Offers that passed the schema (drafts included), sorted by slug. */
  offers: Entry<Offer>[];
  organisations: Entry<Organisation>[];
}

export interface CheckOptions {
  /** Directory that problem file paths are relative to (default: the working directory). */
  relativeTo?: string;
  /**
   * Worker threads sharing the files with the main thread. Default: one per other core, at
   * most 3, when there are at least MIN_FILES_FOR_WORKERS files; 0 checks on the main thread.
   */
  workers?: number;
  /**
   * false leaves offer and organisation bodies empty: the build and `npm run check` only need
   * the data, and workers then do not copy tens of MB of text to the main thread.
   */
  bodies?: boolean;
}

/** Files the build reads: `offers/*.md` and `organisations/*.{yaml,yml,md}`. */
const OFFER_EXTENSIONS = ['.md'];
const ORGANISATION_EXTENSIONS = ['.yaml', '.yml', '.md'];

/**
 * Below this, a worker costs more than it saves: starting one (zod, the schema, the official
 * geography) takes ~0.7 s, in which the main thread alone checks ~3,500 files.
 */
export const MIN_FILES_FOR_WORKERS = 4000;
/** Files a thread claims at once. */
const CHUNK = 50;

export async function checkContent(
  contentDir = getContentDir(),
  options: CheckOptions = {},
): Promise<ContentCheck> {
  const base = options.relativeTo ?? process.cwd();
  const display = (file: string) => displayPath(base, file);
  const problems: Problem[] = [];

  const [offerFiles, organisationFiles] = await Promise.all([
    listFiles(path.join(contentDir, 'offers'), OFFER_EXTENSIONS, 'offre', display, problems),
    listFiles(
      path.join(contentDir, 'organisations'),
      ORGANISATION_EXTENSIONS,
      'organisation',
      display,
      problems,
      ['logos'],
    ),
  ]);

  const tasks: FileTask[] = [
    ...organisationFiles.map((file) => ({ path: file, kind: 'organisation' as const })),
    ...offerFiles.map((file) => ({ path: file, kind: 'offer' as const })),
  ];
  const workers =
    options.workers ??
    (tasks.length >= MIN_FILES_FOR_WORKERS ? Math.min(os.availableParallelism() - 1, 3) : 0);
  const checks = await checkFiles(tasks, base, { workers, bodies: options.bodies ?? true });
  const split = organisationFiles.length;
  const organisationChecks = checks.slice(0, split) as EntryCheck<Organisation>[];
  const offerChecks = checks.slice(split) as EntryCheck<Offer>[];

  const organisations = organisationChecks.flatMap((c) => (c.entry ? [c.entry] : []));
  const offers = offerChecks.flatMap((c) => (c.entry ? [c.entry] : []));
  // An organisation file with errors still exists: do not also call its offers "unknown".
  const knownSlugs = new Set(organisationFiles.map((f) => path.basename(f, path.extname(f))));
  problems.push(
    ...organisationChecks.flatMap((c) => c.problems),
    ...offerChecks.flatMap((c) => c.problems),
  );
  listOrganisationsIn(problems, knownSlugs);
  problems.push(
    ...checkOrganisationsExist(
      offerChecks.flatMap((c) => (c.raw ? [c.raw] : [])),
      organisations,
      knownSlugs,
    ),
    ...checkDuplicates(offers, gitNewFiles(base)),
  );
  const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
  return {
    problems: sortProblems(problems),
    offers: offers.sort(bySlug),
    organisations: organisations.sort(bySlug),
  };
}

/**
 * checkFile() of every task, in order. The main thread and `workers` workers claim chunks
 * from a shared counter until none is left: a worker still starting when the main thread has
 * done everything is stopped unused. A chunk a worker could not check, or never sent back, is
 * checked on the main thread, so that any error is the one the main thread alone would throw.
 * `mainThread: false` leaves the chunks to the workers (tests compare both ways).
 */
export async function checkFiles(
  tasks: FileTask[],
  base: string,
  { workers: workerCount = 0, bodies = true, mainThread = true } = {},
): Promise<FileCheck[]> {
  const results = new Array<FileCheck | undefined>(tasks.length);
  let missing = tasks.length;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const checkChunk = (start: number) => {
    const end = Math.min(start + CHUNK, tasks.length);
    for (let i = start; i < end; i++) {
      if (results[i] === undefined) missing -= 1;
      const check = checkFile(tasks[i] as FileTask, base);
      if (check.entry && !bodies) check.entry.body = '';
      results[i] = check;
    }
  };

  let running = 0;
  let wake = () => {};
  const workers: Worker[] = [];
  for (let i = 0; i < workerCount; i++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
        name: 'offres-check',
        workerData: {
          offresContentCheck: true,
          tasks,
          base,
          next,
          chunk: CHUNK,
          bodies,
        } satisfies CheckWorkerData,
      });
    } catch {
      break; // No worker here (e.g. this module was bundled): the main thread does it all.
    }
    running += 1;
    worker.on('message', (message: CheckWorkerMessage) => {
      if ('results' in message) {
        message.results.forEach((sent, i) => {
          if (results[message.start + i] === undefined) missing -= 1;
          results[message.start + i] = fromSent(sent);
        });
      }
      wake();
    });
    // A worker that fails to start or dies leaves its chunks to the main thread.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      running -= 1;
      wake();
    });
    workers.push(worker);
  }

  try {
    while (mainThread || running === 0) {
      const start = Atomics.add(next, 0, CHUNK);
      if (start >= tasks.length) break;
      checkChunk(start);
      // Let the workers' results in as they come.
      if (running > 0) await nextTurn();
    }
    if (missing > 0 && running > 0) {
      await new Promise<void>((resolve) => {
        wake = () => {
          if (missing === 0 || running === 0) resolve();
        };
        wake();
      });
    }
    for (let i = 0; i < tasks.length && missing > 0; i += CHUNK) {
      if (results.slice(i, i + CHUNK).includes(undefined)) checkChunk(i);
    }
    return results as FileCheck[];
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Content files of a folder; anything else in it is reported, since the build would ignore it. */
async function listFiles(
  dir: string,
  extensions: string[],
  kind: 'offre' | 'organisation',
  display: (file: string) => string,
  problems: Problem[],
  allowedSubdirs: string[] = [],
): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const sub = path.relative(dir, entry.parentPath);
    if (sub !== '') {
      if (allowedSubdirs.includes(sub.split(path.sep)[0] ?? '')) continue;
      problems.push(
        notContent(
          display(file),
          `ce fichier est dans un sous-dossier : l’${kind} serait ignorée`,
          `directement dans ${display(dir)}/`,
        ),
      );
    } else if (!extensions.includes(path.extname(entry.name))) {
      problems.push(
        notContent(
          display(file),
          `ce fichier n'est pas une ${kind} : son extension « ${path.extname(entry.name) || '(aucune)'} » n'est pas lue par le site`,
          `un fichier ${extensions.join(' ou ')}`,
        ),
      );
    } else files.push(file);
  }
  return files.sort();
}

function notContent(file: string, message: string, expected: string): Problem {
  return { code: 'not-an-offer', file, line: 1, message, expected };
}
