/**
 * `checkContent(contentDir)`: every problem of every offer and organisation in one pass,
 * the same for `npm run check` and for the build. Files are read with bounded concurrency;
 * nothing here imports `astro:*`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Offer, Organisation } from '../../schema/index.ts';
import { getContentDir } from '../content-dir.ts';
import {
  checkOfferText,
  checkOrganisationText,
  type Entry,
  type EntryCheck,
} from './check-entry.ts';
import { checkDuplicates, checkOrganisationsExist, listOrganisationsIn } from './cross-checks.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readContentFile } from './read-file.ts';

export interface ContentCheck {
  problems: Problem[];
  /** Offers that passed the schema (drafts included), sorted by slug. */
  offers: Entry<Offer>[];
  organisations: Entry<Organisation>[];
}

export interface CheckOptions {
  /** Directory that problem file paths are relative to (default: the working directory). */
  relativeTo?: string;
}

/** Files the build reads: `offers/*.md` and `organisations/*.{yaml,yml,md}`. */
const OFFER_EXTENSIONS = ['.md'];
const ORGANISATION_EXTENSIONS = ['.yaml', '.yml', '.md'];

export async function checkContent(
  contentDir = getContentDir(),
  options: CheckOptions = {},
): Promise<ContentCheck> {
  const base = options.relativeTo ?? process.cwd();
  const display = (file: string) => path.relative(base, file).split(path.sep).join('/');
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

  const organisationChecks = await mapLimit(organisationFiles, async (file) => {
    const read = await readContentFile(file, display(file));
    if (!read.ok) return { problems: [read.problem] } satisfies EntryCheck<Organisation>;
    const ext = path.extname(file);
    return checkOrganisationText(
      read.text,
      display(file),
      path.basename(file, ext),
      ext === '.md' ? 'md' : 'yaml',
    );
  });
  const offerChecks = await mapLimit(offerFiles, async (file) => {
    const read = await readContentFile(file, display(file));
    if (!read.ok) return { problems: [read.problem] } satisfies EntryCheck<Offer>;
    return checkOfferText(read.text, display(file), path.basename(file, '.md'));
  });

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

/** Promise.all with at most `limit` tasks in flight (file handles are a finite resource). */
async function mapLimit<T, R>(items: T[], fn: (item: T) => Promise<R>, limit = 64): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
