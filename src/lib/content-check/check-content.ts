/**
 * `checkContent(contentDir)`: every problem of every offer and organisation in one pass,
 * the same for `npm run check` and for the build. Files are checked one by one
 * (check-file.ts), then the checks that need every file (unknown organisations, duplicates).
 * Nothing here imports `astro:*`.
 */
import path from 'node:path';
import type { Offer, Organisation } from '../../schema/index.ts';
import { getContentDir } from '../content-dir.ts';
import type { Entry, EntryCheck } from './check-entry.ts';
import { checkFile, displayPath, type FileCheck, type FileTask } from './check-file.ts';
import { checkLogos } from './check-logos.ts';
import { gitNewFiles } from './collect-warnings.ts';
import { listContentFiles } from './content-files.ts';
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


export async function checkContent(
  contentDir = getContentDir(),
  options: CheckOptions = {},
): Promise<ContentCheck> {
  const base = options.relativeTo ?? process.cwd();
  const display = (file: string) => displayPath(base, file);
  const problems: Problem[] = [];

  const listed = await listContentFiles(contentDir, display);
  problems.push(...listed.problems);
  const { offers: offerFiles, organisations: organisationFiles } = listed;

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
    ...checkDuplicates(offers, gitNewFiles(base)),
    ...(await checkLogos(organisations, contentDir, display)),
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
