/**
 * The warnings of every checked offer (warnings.ts), and which files a pull request adds:
 * those that git's HEAD does not hold. Used by `npm run check`; git is asked only when a
 * check needs to know, once.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Offer } from '../../schema/index.ts';
import type { Entry } from './check-entry.ts';
import { sortProblems, type Problem } from './problem.ts';
import { offerWarnings } from './warnings.ts';

/**
 * `isNew(file)` for files shown relative to `base`: true when git's HEAD does not hold the
 * file, or when there is no git repository or commit to compare with.
 */
export function gitNewFiles(base: string): (file: string) => boolean {
  let tracked: Set<string> | undefined;
  return (file) => {
    tracked ??= listHead(base);
    return !tracked.has(path.resolve(base, file));
  };
}

function listHead(base: string): Set<string> {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', base, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      });
    const root = git('rev-parse', '--show-toplevel').trim();
    const names = git('ls-tree', '-r', '-z', '--name-only', '--full-tree', 'HEAD').split('\0');
    return new Set(names.filter(Boolean).map((name) => path.resolve(root, name)));
  } catch {
    return new Set();
  }
}

export async function collectWarnings(
  offers: Entry<Offer>[],
  base: string,
  today: string,
  isNew: (file: string) => boolean = gitNewFiles(base),
): Promise<Problem[]> {
  const warnings: Problem[] = [];
  for (const offer of offers) {
    const text = await readFile(path.resolve(base, offer.file), 'utf8').catch(() => '');
    warnings.push(...offerWarnings(offer, text, { today, isNew }));
  }
  return sortProblems(warnings);
}
