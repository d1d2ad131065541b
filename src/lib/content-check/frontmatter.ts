/**
 * Frontmatter as data only: the YAML between `---` fences goes through parseYamlData
 * (yaml-data.ts). `---js` / `---coffee` fences, which gray-matter would evaluate, and TOML
 * `+++` fences are refused without running anything.
 */
import type { Problem } from './problem.ts';
import { describeLine, parseYamlData } from './yaml-data.ts';

export { MAX_ALIASES, parseYamlData, type YamlResult } from './yaml-data.ts';

export interface Frontmatter {
  data: Record<string, unknown>;
  /** The YAML text between the fences. */
  source: string;
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

const OPENING = /^(---|\+\+\+)[ \t]*([A-Za-z]*)[ \t]*$/;

export function parseFrontmatter(text: string, file: string): FrontmatterResult {
  const lines = text.split('\n');
  let open = 0;
  while (open < lines.length && lines[open]?.trim() === '') open++;
  const fence = OPENING.exec(lines[open] ?? '');
  if (!fence) {
    return fail(
      file,
      open + 1,
      'no-frontmatter',
      "le fichier ne commence pas par un en-tête « --- » : ce n'est pas une offre",
      {
        found: describeLine(lines[open]),
        expected:
          "une première ligne « --- », les champs de l'offre, puis une ligne « --- » et le texte de l'offre",
        example:
          '« --- », puis title: "Chargé·e de campagne", organisation: …, puis « --- » et le texte',
      },
    );
  }
  const language = (fence[2] ?? '').toLowerCase();
  if (fence[1] === '+++' || (language !== '' && language !== 'yaml' && language !== 'yml')) {
    return fail(
      file,
      open + 1,
      'frontmatter-language',
      `en-tête « ${fence[0].trim()} » refusé : seules des données YAML sont acceptées, jamais de code`,
      {
        expected: 'une ligne « --- » seule',
        example: '---',
      },
    );
  }
  const close = lines.findIndex((l, i) => i > open && /^---[ \t]*$/.test(l));
  if (close === -1) {
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
  const startLine = open + 1;
  const source = lines.slice(open + 1, close).join('\n');
  const parsed = parseYamlData(source, file, startLine);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    frontmatter: {
      data: parsed.data,
      source,
      body: lines.slice(close + 1).join('\n'),
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
