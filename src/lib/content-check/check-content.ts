/**
 * `checkContent(contentDir)`: every problem of every offer and organisation in one pass,
 * the same for `npm run check` and for the build. Files are checked one by one
 * (check-file.ts), then the checks that need every file (unknown organisations, duplicates).
 * Nothing here imports `astro:*`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Offer, Organisation } from '../../schema/index.ts';
import { getContentDir } from '../content-dir.ts';
import type { Entry, EntryCheck } from './check-entry.ts';
import { checkFile, displayPath, type FileCheck, type FileTask } from './check-file.ts';
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
   * false leaves offer and organisation bodies empty, for callers that only need the data.
   */
  bodies?: boolean;
}

/** Files the build reads: `offers/*.md` and `organisations/*.{yaml,yml,md}`. */
const OFFER_EXTENSIONS = ['.md'];
const ORGANISATION_EXTENSIONS = ['.yaml', '.yml', '.md'];


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
  const checks = checkFiles(tasks, base, { bodies: options.bodies ?? true });
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
    ...checkDuplicates(offers),
  );
  const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
  return {
    problems: sortProblems(problems),
    offers: offers.sort(bySlug),
    organisations: organisations.sort(bySlug),
  };
}

/** checkFile() of every task, in order; `bodies` false empties the bodies kept. */
export function checkFiles(tasks: FileTask[], base: string, { bodies = true } = {}): FileCheck[] {
  return tasks.map((task) => {
    const check = checkFile(task, base);
    if (check.entry && !bodies) check.entry.body = '';
    return check;
  });
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
          `ce fichier est dans un sous-dossier : la ${kind} serait ignorée`,
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
