/**
 * The pull request comment, in French: every problem and warning `npm run check` reports
 * (the same texts, all of them), then for each added or changed offer its page at phone
 * width and the first page of its PDF. Built from data only — the check's JSON report and
 * the list of screenshots that the untrusted job uploaded — so every text from the pull
 * request is escaped, and only image names of a fixed shape are linked.
 */
import { formatProblem, type Problem } from '../../src/lib/content-check/problem.ts';

/** Hidden marker: the comment to update at each push is the one that holds it. */
export const COMMENT_MARKER = '<!-- offres-pr-preview -->';

export interface Shot {
  /** Offer file, e.g. content/offers/2026-12-x.md */
  file: string;
  slug: string;
  /** Image file names (in the images folder), when taken. */
  page?: string;
  pdf?: string;
  /** Why a screenshot is missing (e.g. the build failed). */
  error?: string;
}

export interface CommentInput {
  problems: Problem[];
  shots: Shot[];
  /** URL of the folder holding the images, without trailing slash. */
  imagesUrl: string;
  /** The commit shown. */
  sha: string;
  /** Whether the site was built (false when the check or the build failed). */
  built: boolean;
}

const IMAGE_NAME = /^[a-z0-9][a-z0-9-]{0,150}\.png$/;
/** At most this many characters: GitHub refuses comments over 65,536. */
const MAX_LENGTH = 60_000;

export function isSafeImageName(name: unknown): name is string {
  return typeof name === 'string' && IMAGE_NAME.test(name);
}

/** Text from the pull request, shown as text: no HTML, links, images, mentions or tables. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/([\\`*_[\]()!|#~])/g, '\\$1');
}

export function buildComment(input: CommentInput): string {
  const errors = input.problems.filter((p) => p.severity !== 'warning');
  const warnings = input.problems.filter((p) => p.severity === 'warning');
  const lines = [
    COMMENT_MARKER,
    `## Vérification de l’offre (commit ${input.sha.slice(0, 7)})`,
    '',
  ];
  lines.push(
    errors.length === 0
      ? '✅ **Aucun problème** : le contenu est valide.'
      : `❌ **${plural(errors.length, 'problème')} à corriger** avant la publication :`,
  );
  lines.push(...errors.map(asItem), '');
  if (warnings.length > 0)
    lines.push(
      `⚠️ **${plural(warnings.length, 'avertissement')}** (la vérification passe, mais relisez) :`,
      ...warnings.map(asItem),
      '',
    );
  lines.push(...previews(input));
  lines.push(
    '',
    '<sub>Ce commentaire est mis à jour à chaque nouvelle version de la demande. Les mêmes messages s’affichent avec `npm run check`.</sub>',
  );
  const text = lines.join('\n');
  return text.length <= MAX_LENGTH
    ? text
    : `${text.slice(0, MAX_LENGTH)}\n\n… (liste coupée : voir le journal de la vérification)`;
}

function previews(input: CommentInput): string[] {
  if (input.shots.length === 0) return [];
  const out = ['### Aperçu des offres ajoutées ou modifiées', ''];
  if (!input.built)
    out.push(
      'Le site n’a pas pu être construit : corrigez les problèmes ci-dessus pour voir l’aperçu.',
      '',
    );
  for (const shot of input.shots) {
    out.push(`#### ${escapeMarkdown(shot.file)}`, '');
    const image = (name: string | undefined, alt: string) =>
      isSafeImageName(name)
        ? `<img src="${input.imagesUrl}/${name}" alt="${alt}" width="300">`
        : '';
    const page = image(shot.page, 'Page de l’offre sur un téléphone');
    const pdf = image(shot.pdf, 'Première page de la fiche PDF');
    if (page || pdf)
      out.push(
        '| Page (téléphone) | Fiche PDF, page 1 |',
        '| --- | --- |',
        `| ${page} | ${pdf} |`,
        '',
      );
    if (shot.error) out.push(`Aperçu indisponible : ${escapeMarkdown(shot.error)}`, '');
  }
  return out;
}

/** One problem as a list item: the `check` paragraph, its lines joined. */
function asItem(problem: Problem): string {
  const [where = '', ...rest] = formatProblem(problem).split('\n');
  return `- **${escapeMarkdown(where)}** — ${rest.map((l) => escapeMarkdown(l.trim())).join(' · ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}

/** Problems read from the check's JSON report, keeping only well-formed entries. */
export function readReport(json: unknown): Problem[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((p: unknown) => {
    if (p === null || typeof p !== 'object') return [];
    const r = p as Record<string, unknown>;
    if (typeof r['file'] !== 'string' || typeof r['message'] !== 'string') return [];
    const problem: Problem = {
      code: String(r['code']) as Problem['code'],
      file: r['file'],
      line: typeof r['line'] === 'number' ? r['line'] : 1,
      message: r['message'],
    };
    for (const key of ['field', 'found', 'expected', 'example'] as const)
      if (typeof r[key] === 'string') problem[key] = r[key];
    if (r['severity'] === 'warning') problem.severity = 'warning';
    return [problem];
  });
}

/** Screenshots read from the uploaded list, keeping only well-formed entries. */
export function readShots(json: unknown): Shot[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((s: unknown) => {
    if (s === null || typeof s !== 'object') return [];
    const r = s as Record<string, unknown>;
    if (typeof r['file'] !== 'string' || typeof r['slug'] !== 'string') return [];
    const shot: Shot = { file: r['file'], slug: r['slug'] };
    if (isSafeImageName(r['page'])) shot.page = r['page'];
    if (isSafeImageName(r['pdf'])) shot.pdf = r['pdf'];
    if (typeof r['error'] === 'string') shot.error = r['error'].slice(0, 300);
    return [shot];
  });
}
