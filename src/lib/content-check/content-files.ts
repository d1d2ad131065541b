/**
 * Which files are content: the one list the content check reads, and the one the loaders must
 * read too (`listContentFiles()`), so that a file the check never saw can never be published.
 *
 * Content arrives by pull request: nothing here follows a symbolic link (a link to
 * `.git/config` would otherwise be published), and every name the build could not publish
 * (dot-files, folders named like files, numbers only, two files for one slug) is reported.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Dirent } from 'node:fs';
import type { Problem } from './problem.ts';

export const OFFER_EXTENSIONS: readonly string[] = ['.md'];
export const ORGANISATION_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.md'];
/** The only sub-folder of a content folder: organisation logos. */
export const LOGOS_DIR = 'logos';

export interface ContentFiles {
  /** Absolute paths of `offers/*.md`, sorted. */
  offers: string[];
  /** Absolute paths of `organisations/*.{yaml,yml,md}`, sorted, one per slug. */
  organisations: string[];
  problems: Problem[];
}

type Display = (file: string) => string;

/** The content files of `contentDir`, and a problem for every file or folder the site cannot read. */
export async function listContentFiles(
  contentDir: string,
  display: Display = (file) => file,
): Promise<ContentFiles> {
  const problems: Problem[] = [];
  const [offers, organisations] = await Promise.all([
    listFolder(path.join(contentDir, 'offers'), OFFER_EXTENSIONS, 'offre', display, problems),
    listFolder(
      path.join(contentDir, 'organisations'),
      ORGANISATION_EXTENSIONS,
      'organisation',
      display,
      problems,
      LOGOS_DIR,
    ),
  ]);
  return {
    offers: dropSameSlug(offers, display, problems),
    organisations: dropSameSlug(organisations, display, problems),
    problems,
  };
}

function problem(file: string, code: Problem['code'], message: string, expected: string): Problem {
  return { code, file, line: 1, message, expected };
}

const LINK_EXPECTED =
  'un vrai fichier ou dossier à cet endroit (copiez le contenu à la place du lien symbolique)';

/** Whether `target` is a folder, never following a link: a symbolic link is reported. */
async function isRealDir(target: string, display: Display, problems: Problem[]): Promise<boolean> {
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info?.isSymbolicLink()) {
    problems.push(
      problem(
        display(target),
        'symlink',
        'ce dossier est un lien symbolique : le site ne suit jamais les liens',
        LINK_EXPECTED,
      ),
    );
    return false;
  }
  return info?.isDirectory() ?? false;
}

async function listFolder(
  dir: string,
  extensions: readonly string[],
  kind: 'offre' | 'organisation',
  display: Display,
  problems: Problem[],
  subdir?: string,
): Promise<string[]> {
  if (!(await isRealDir(dir, display, problems))) return [];
  if (subdir) await isRealDir(path.join(dir, subdir), display, problems);
  // Recursive listing does not descend into linked folders: the link itself is reported.
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: string[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    const sub = path.relative(dir, entry.parentPath);
    const inSubdir = subdir !== undefined && (sub === subdir || sub.startsWith(subdir + path.sep));
    const report = (message: string, expected: string, code: Problem['code'] = 'not-an-offer') =>
      problems.push(problem(display(file), code, message, expected));
    const isSubdir = sub === '' && entry.name === subdir;
    if (entry.isSymbolicLink()) {
      // A linked logos/ folder is reported by isRealDir().
      if (!isSubdir)
        report(
          'ce fichier est un lien symbolique : le site ne suit jamais les liens',
          LINK_EXPECTED,
          'symlink',
        );
      continue;
    }
    if (inSubdir || isSubdir) continue;
    if (sub !== '') {
      if (entry.isFile())
        report(
          `ce fichier est dans un sous-dossier : l’${kind} serait ignorée`,
          `directement dans ${display(dir)}/`,
        );
      continue;
    }
    if (entry.isDirectory()) {
      if (extensions.includes(path.extname(entry.name)))
        report(
          `« ${entry.name} » est un dossier, pas un fichier : l'${kind} ne peut pas être lue`,
          `un fichier ${entry.name} (supprimez le dossier ou renommez-le)`,
        );
      continue;
    }
    const bad = nameProblem(entry, extensions, kind);
    if (bad) report(bad.message, bad.expected, bad.code);
    else if (entry.isFile()) files.push(file);
  }
  return files.sort();
}

/** Why a top-level file of a content folder is not content, or undefined when it is. */
function nameProblem(
  entry: Dirent,
  extensions: readonly string[],
  kind: 'offre' | 'organisation',
): { message: string; expected: string; code: Problem['code'] } | undefined {
  const ext = path.extname(entry.name);
  if (entry.name.startsWith('.')) {
    // .gitkeep, .DS_Store… are no content; a hidden offer would be an offer no one reviewed.
    if (!extensions.some((e) => entry.name.endsWith(e))) return undefined;
    return {
      code: 'file-name',
      message: `ce fichier est caché (son nom commence par un point) : l'${kind} ne serait pas publiée comme les autres`,
      expected: `un nom sans point au début, par exemple ${entry.name.replace(/^\.+/, '') || `nom${ext}`}`,
    };
  }
  if (!entry.isFile()) {
    return {
      code: 'not-an-offer',
      message: `ce n'est pas un fichier ordinaire : l'${kind} ne peut pas être lue`,
      expected: `un fichier ${extensions.join(' ou ')}`,
    };
  }
  if (!extensions.includes(ext)) {
    return {
      code: 'not-an-offer',
      message: `ce fichier n'est pas une ${kind} : son extension « ${ext || '(aucune)'} » n'est pas lue par le site`,
      expected: `un fichier ${extensions.join(' ou ')}`,
    };
  }
  if (/^\d+$/.test(path.basename(entry.name, ext))) {
    return {
      code: 'file-name',
      message: `nom de fichier entièrement numérique : l’adresse de sa page serait celle d’une page de liste (/${kind === 'offre' ? 'offres' : 'organisations'}/${path.basename(entry.name, ext)}/)`,
      expected:
        kind === 'offre'
          ? `un nom avec des lettres, par exemple 2026-10-organisation-intitule${ext}`
          : `le nom de l’organisation en minuscules, par exemple collectif-42${ext}`,
    };
  }
  return undefined;
}

/** One file per slug: `x.yml` beside `x.yaml` would let the second one impersonate the first. */
function dropSameSlug(files: string[], display: Display, problems: Problem[]): string[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = path.basename(file, path.extname(file));
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  const kept: string[] = [];
  for (const [slug, same] of bySlug) {
    // The first is still checked, so that offers naming this slug are not also reported.
    kept.push(same[0] as string);
    if (same.length === 1) continue;
    const names = same.map(display);
    for (const file of same) {
      problems.push({
        code: 'duplicate',
        file: display(file),
        line: 1,
        message: `plusieurs fichiers pour l'identifiant « ${slug} » : ${names.join(', ')}`,
        expected: `un seul fichier ${slug}.* : gardez le bon et supprimez les autres`,
      });
    }
  }
  return kept.sort();
}
