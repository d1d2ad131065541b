/** One content file, read and checked: what the content check does for each file. */
import path from 'node:path';
import type { Offer, Organisation } from '../../schema/index.ts';
import { checkOfferText, checkOrganisationText, type EntryCheck } from './check-entry.ts';
import type { Problem } from './problem.ts';
import { readContentFileSync } from './read-file.ts';
import { FORBIDDEN_CHARACTER, describeForbiddenCharacter } from '../../schema/common.ts';

export interface FileTask {
  /** Absolute path. */
  path: string;
  kind: 'offer' | 'organisation';
}

export type FileCheck = EntryCheck<Offer> | EntryCheck<Organisation>;

/** Problem paths relative to `base`, with forward slashes. */
export function displayPath(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}

/** displayPath() of `base` and every file of one folder, computing the folder's part once. */
const folderDisplay = new Map<string, string>();
function displayFilePath(base: string, file: string): string {
  const dir = path.dirname(file);
  const key = `${base}\0${dir}`;
  let shown = folderDisplay.get(key);
  if (shown === undefined) {
    shown = displayPath(base, dir);
    folderDisplay.set(key, shown);
  }
  return shown === '' ? path.basename(file) : `${shown}/${path.basename(file)}`;
}

export function checkFile(task: FileTask, base: string): FileCheck {
  const file = displayFilePath(base, task.path);
  const read = readContentFileSync(task.path, file);
  if (!read.ok) return { problems: [read.problem] };
  const check = checkText(task, read, file);
  const body = check.entry?.body;
  if (body) check.problems.push(...bodyProblems(read.text, body, file, task.kind));
  return check;
}

/**
 * The body is published as HTML, in feeds and in PDFs: a control or non-character in it is
 * refused like in any field, with its line, rather than dropped without the editor knowing.
 */
function bodyProblems(text: string, body: string, file: string, kind: FileTask['kind']): Problem[] {
  const problem = describeForbiddenCharacter(body, false);
  if (problem === undefined) return [];
  const at = FORBIDDEN_CHARACTER.exec(body)?.index ?? 0;
  const offset = text.endsWith(body) ? text.length - body.length : Math.max(text.indexOf(body), 0);
  const line = text.slice(0, offset + at).split('\n').length;
  const what = kind === 'offer' ? "le texte de l'offre" : "le texte de l'organisation";
  return [
    {
      code: 'schema',
      file,
      line,
      message: `${what} (après le ---) contient ${problem}`,
      expected:
        'du texte ordinaire : supprimez ce caractère invisible (retapez la ligne au besoin)',
    },
  ];
}

function checkText(
  task: FileTask,
  read: Extract<ReturnType<typeof readContentFileSync>, { ok: true }>,
  file: string,
): FileCheck {
  if (task.kind === 'offer') {
    return checkOfferText(read.text, file, path.basename(task.path, '.md'));
  }
  const ext = path.extname(task.path);
  return checkOrganisationText(
    read.text,
    file,
    path.basename(task.path, ext),
    ext === '.md' ? 'md' : 'yaml',
  );
}
