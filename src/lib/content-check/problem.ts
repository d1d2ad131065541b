/**
 * One content problem (or warning), and the two ways it is shown: a French paragraph for
 * people (terminal, build error) and a GitHub Actions annotation (::error or ::warning on
 * the offending line).
 */

/** Stable identifiers of each kind of problem, for tests and tooling. */
export type ProblemCode =
  | 'not-an-offer'
  | 'symlink'
  | 'logo'
  | 'file-too-large'
  | 'not-utf8'
  | 'no-frontmatter'
  | 'frontmatter-language'
  | 'yaml-syntax'
  | 'yaml-tag'
  | 'yaml-aliases'
  | 'file-name'
  | 'schema'
  | 'placeholder'
  | 'unknown-organisation'
  | 'duplicate'
  | WarningCode;

/** Warnings (warnings.ts): printed and annotated, never failing the check. */
export type WarningCode =
  | 'draft'
  | 'closed-on-arrival'
  | 'scaffold-text'
  | 'code-block'
  | 'personal-phone';

export interface Problem {
  code: ProblemCode;
  /** Path of the file, as given to the checker (relative to the working directory when possible). */
  file: string;
  /** 1-based line of the offending key (or of the file's first line when there is none). */
  line: number;
  /** Dotted path of the field, e.g. "location.postalCode"; absent for whole-file problems. */
  field?: string;
  /** What is wrong, in French, as one sentence. */
  message: string;
  /** What the file contains, shortened. */
  found?: string;
  /** What is expected instead. */
  expected?: string;
  /** A line of YAML that would be accepted. */
  example?: string;
  /** Absent for problems; 'warning' for what is printed without failing the check. */
  severity?: 'warning';
}

/** French, multi-line, for terminals and build logs. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}${p.field ? ` — champ « ${p.field} »` : ''}`;
  const lines = [`${where}`, `  ${capitalise(p.message)}`];
  if (p.found !== undefined) lines.push(`  Trouvé : ${p.found}`);
  if (p.expected !== undefined) lines.push(`  Attendu : ${p.expected}`);
  if (p.example !== undefined) lines.push(`  Exemple : ${p.example}`);
  return lines.join('\n');
}

/** `::error file=…,line=…,title=…::…` for GitHub Actions (shown on the pull request's diff). */
export function formatAnnotation(p: Problem): string {
  const title = p.field ? `Champ « ${p.field} »` : 'Fichier';
  const body = formatProblem(p)
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .join('\n');
  const props = `file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(title)}`;
  return `::${p.severity === 'warning' ? 'warning' : 'error'} ${props}::${escapeData(body)}`;
}

/** Sorted by file then line, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** One-paragraph summary: "3 problèmes dans 2 fichiers". */
export function summarise(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  if (problems.length === 0) return 'Aucun problème : le contenu est valide.';
  const s = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return `${s(problems.length, 'problème')} dans ${s(files, 'fichier')}.`;
}

/** "2 avertissements" (or nothing when there is none). */
export function summariseWarnings(warnings: Problem[]): string {
  const n = warnings.length;
  if (n === 0) return '';
  return `${n} avertissement${n > 1 ? 's' : ''} (la vérification passe, mais relisez ${n > 1 ? 'ces points' : 'ce point'}).`;
}

/** Shortens a value for display: strings quoted, objects as compact JSON. */
export function describeValue(value: unknown, max = 80): string {
  if (value === undefined) return '(rien)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text =
    typeof value === 'string'
      ? `« ${value} »`
      : typeof value === 'number'
        ? `${value} (un nombre)`
        : (JSON.stringify(value) ?? typeof value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Workflow command escaping, as in @actions/core.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
