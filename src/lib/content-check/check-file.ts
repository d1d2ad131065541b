/** One content file, read and checked: what the content check does for each file. */
import path from 'node:path';
import type { Offer, Organisation } from '../../schema/index.ts';
import { checkOfferText, checkOrganisationText, type EntryCheck } from './check-entry.ts';
import { readContentFileSync } from './read-file.ts';

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
