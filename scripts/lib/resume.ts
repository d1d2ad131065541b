/** The answers of `npm run new`, kept when nothing could be written, and read back by --resume. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Answers } from './answers.ts';

/** Where answers are kept by default: .cache/ beside the content folder (not committed). */
export const RESUME_FILE = '.cache/nouvelle-offre.json';

/** On any failure, what was typed is kept, and the editor is told where and how to resume. */
export async function keepAnswers(answers: Answers, file: string): Promise<void> {
  if (Object.keys(answers.given).length === 0) return;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(answers.given, null, 2)}\n`);
    console.error(
      `Vos réponses sont gardées dans ${path.relative(process.cwd(), file)} : corrigez ce qui est signalé, puis reprenez avec npm run new -- --resume${file.endsWith(RESUME_FILE) ? '' : ` --resume-file ${file}`} (les options données en plus l'emportent).`,
    );
  } catch (error) {
    console.error(
      `Vos réponses n'ont pas pu être gardées (${(error as Error).message}) ; les voici :\n${JSON.stringify(answers.given, null, 2)}`,
    );
  }
}

/** The kept answers of `file`, for the flags named in `flags` only. */
export async function readResume(
  file: string,
  flags: readonly string[],
): Promise<Record<string, string | string[]>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
    const known = new Set(flags);
    const kept: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>))
      if (
        known.has(k) &&
        (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
      )
        kept[k] = v;
    return kept;
  } catch {
    console.error(`Aucune réponse gardée à reprendre dans ${path.relative(process.cwd(), file)}.`);
    return {};
  }
}
