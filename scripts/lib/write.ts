/** Writing a new content file, then showing what `npm run check` says about it. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkContent,
  checkOfferText,
  formatProblem,
  type Problem,
} from '../../src/lib/content-check/index.ts';

/** Writes without overwriting (unless `force`); returns false and explains when the file exists. */
export async function writeNewFile(file: string, text: string, force = false): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(
      `Le fichier ${path.relative(process.cwd(), file)} existe déjà : choisissez un autre nom (--out) ou ajoutez --force pour l'écraser.`,
    );
    process.exitCode = 1;
    return false;
  }
}

/**
 * Problems of one offer file: the whole content check when the file sits in the content
 * folder (organisations, duplicates), the file alone otherwise.
 */
export async function checkWrittenOffer(file: string, contentDir: string): Promise<Problem[]> {
  const absolute = path.resolve(file);
  if (path.dirname(absolute) === path.resolve(contentDir, 'offers')) {
    const { problems } = await checkContent(contentDir);
    return problems.filter((p) => path.resolve(p.file) === absolute);
  }
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(absolute, 'utf8');
  return checkOfferText(
    text,
    path.relative(process.cwd(), absolute),
    path.basename(absolute, '.md'),
  ).problems;
}

export function printProblems(problems: Problem[]): void {
  if (problems.length === 0) console.log('npm run check : aucun problème.');
  else
    console.log(
      `npm run check signale ${problems.length} point(s) :\n\n${problems.map(formatProblem).join('\n')}`,
    );
}
