/**
 * Front matter as data only, read by gray-matter with the safe options of safe-matter.ts: the
 * YAML between `---` fences goes through parseYamlData (yaml-data.ts); `---js`/`---coffee`
 * fences, which plain gray-matter would evaluate, and every other fence are refused without
 * running anything.
 *
 * The block must be the one the build finds too (Astro's front matter pattern): blank lines
 * allowed before it, an opening line that is `---` and nothing else, and the first later line
 * starting with `---` or `+++` closes it — so it must be `---` alone. Anything else is refused
 * here, in French, rather than read differently by the build.
 */
import matter from 'gray-matter';
import type { Problem } from './problem.ts';
import { getSafeMatterOptions } from './safe-matter.ts';
import { describeLine } from './yaml-errors.ts';
import { parseYamlData, type YamlResult, type YamlSource } from './yaml-data.ts';

export { MAX_ALIASES, parseYamlData, type YamlResult } from './yaml-data.ts';

export interface Frontmatter {
  data: Record<string, unknown>;
  /** The YAML text gray-matter read, and the file lines before it, to find lines again. */
  yaml: YamlSource;
  body: string;
  /** 1-based line of the first fence. */
  startLine: number;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
  /** 1-based line of the deepest existing key along `path` (the opening fence if none). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Problems that do not prevent reading the rest (impossible dates). */
  problems: Problem[];
}

export type FrontmatterResult =
  { ok: true; frontmatter: Frontmatter } | { ok: false; problems: Problem[] };

const FENCE = /^(?:---|\+\+\+)/;
const PLAIN_FENCE = /^---[ \t]*\r?$/;

/** The line of `text` that starts at `start`, without its `\n`, and where the next one starts. */
function lineFrom(text: string, start: number): { line: string; next: number } {
  const end = text.indexOf('\n', start);
  return end === -1
    ? { line: text.slice(start), next: text.length + 1 }
    : { line: text.slice(start, end), next: end + 1 };
}

export function parseFrontmatter(text: string, file: string): FrontmatterResult {
  // Only the lines up to the closing fence are looked at: the body can be long.
  let open = 0;
  let at = 0;
  let { line: first, next } = lineFrom(text, 0);
  while (first.trim() === '' && next <= text.length) {
    open++;
    at = next;
    ({ line: first, next } = lineFrom(text, at));
  }
  if (/\r(?!$)/.test(first) && (FENCE.test(first) || !text.includes('\n'))) {
    return fail(
      file,
      open + 1,
      'no-frontmatter',
      'fins de ligne « CR » seules (ancien format Mac) : le site ne peut pas lire ce fichier',
      {
        expected:
          'des fins de ligne Unix (LF) ou Windows (CRLF) : réenregistrez le fichier avec un éditeur de texte récent',
      },
    );
  }
  if (!FENCE.test(first)) {
    return fail(
      file,
      open + 1,
      'no-frontmatter',
      "le fichier ne commence pas par un en-tête « --- » : ce n'est pas une offre",
      {
        found: describeLine(first),
        expected:
          "une première ligne « --- », les champs de l'offre, puis une ligne « --- » et le texte de l'offre",
        example:
          '« --- », puis title: "Chargé·e de campagne", organisation: …, puis « --- » et le texte',
      },
    );
  }
  if (!PLAIN_FENCE.test(first)) {
    return fail(
      file,
      open + 1,
      'frontmatter-language',
      /^---\s*ya?ml\s*$/i.test(first)
        ? `en-tête « ${first.trim()} » refusé : la ligne « --- » reste seule, le site ne lit pas ce qui la suit`
        : `en-tête « ${first.trim()} » refusé : seules des données YAML sont acceptées, jamais de code`,
      { found: describeLine(first), expected: 'une ligne « --- » seule', example: '---' },
    );
  }
  let close = open;
  let closing: string | undefined;
  while (closing === undefined && next <= text.length) {
    const read = lineFrom(text, next);
    close++;
    next = read.next;
    if (FENCE.test(read.line)) closing = read.line;
  }
  if (closing === undefined) {
    return fail(
      file,
      open + 1,
      'no-frontmatter',
      "l'en-tête ouvert par « --- » n'est jamais fermé",
      {
        expected: 'une ligne « --- » après le dernier champ, avant le texte de l’offre',
      },
    );
  }
  if (!PLAIN_FENCE.test(closing)) {
    return fail(
      file,
      close + 1,
      'yaml-syntax',
      "cette ligne ferme l'en-tête : elle doit être « --- » seule",
      {
        found: describeLine(closing),
        expected:
          'une ligne « --- » seule entre les champs et le texte ; aucune ligne de champs ne commence par « --- » ou « +++ »',
        example: '---',
      },
    );
  }
  const startLine = open + 1;
  const yaml: YamlSource = { source: '', lineBefore: startLine };
  const read: { result?: YamlResult } = {};
  const options = getSafeMatterOptions((source) => {
    // gray-matter hands over the rest of the opening line (blank, checked above) first.
    yaml.source = source.slice(source.indexOf('\n') + 1);
    read.result = parseYamlData(yaml.source, file, startLine);
    return read.result.ok ? read.result.data : {};
  });
  matter(text.slice(at, next - 1), options);
  // gray-matter skips the engine for a block of comments only: that is an empty mapping.
  const parsed = read.result ?? parseYamlData('', file, startLine);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    frontmatter: {
      data: parsed.data,
      yaml,
      body: text.slice(next),
      startLine,
      bodyStartLine: close + 2,
      lineOf: parsed.lineOf,
      problems: parsed.problems,
    },
  };
}

function fail(
  file: string,
  line: number,
  code: Problem['code'],
  message: string,
  extra: Partial<Problem> = {},
): FrontmatterResult {
  return { ok: false, problems: [{ code, file, line, message, ...extra }] };
}
