/**
 * node scripts/pr-comment.ts --dir <dossier de l'artefact> --images-url <url> --sha <commit> --out <comment.md>
 *
 * Builds the pull request comment from the artifact of the « Vérification » workflow:
 * report.json (npm run check --json), shots.json (the screenshots taken) and built.txt.
 * Run by the trusted workflow (pr-comment.yml) with its own copy of this script: the
 * artifact is read as data. No dependency beyond Node, so the trusted job needs no npm ci.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildComment, readReport, readShots } from './lib/pr-comment.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    'images-url': { type: 'string' },
    sha: { type: 'string' },
    out: { type: 'string' },
  },
});
const dir = values.dir ?? '.';
const readJson = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(dir, name), 'utf8').catch(() => '[]')) as unknown;

const comment = buildComment({
  problems: readReport(await readJson('report.json').catch(() => [])),
  shots: readShots(await readJson('shots.json').catch(() => [])),
  imagesUrl: (values['images-url'] ?? '').replace(/\/+$/, ''),
  sha: /^[0-9a-f]{7,40}$/.test(values.sha ?? '') ? (values.sha ?? '') : 'inconnu',
  built: (await readFile(path.join(dir, 'built.txt'), 'utf8').catch(() => '')).trim() === 'yes',
});
if (values.out) await writeFile(values.out, comment);
else console.log(comment);
