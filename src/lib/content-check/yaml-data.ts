/**
 * A YAML mapping read as data only, with the `yaml` package: JSON-like core schema plus
 * timestamps (as js-yaml does for Astro), no explicit tags (`!!js/…`, `!!binary`, `!!set` are
 * refused), few aliases (alias bombs fail fast), impossible dates refused, and every key keeps
 * its line number so that problems point at the right line.
 */
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Node,
  type Scalar,
} from 'yaml';
import type { Problem } from './problem.ts';

/** More aliases than this is not an offer: it is a "billion laughs" attempt. */
export const MAX_ALIASES = 20;

export type YamlResult =
  | {
      ok: true;
      data: Record<string, unknown>;
      lineOf: (path: readonly PropertyKey[]) => number;
      problems: Problem[];
    }
  | { ok: false; problems: Problem[] };

/**
 * Parses a YAML mapping safely. `lineBefore` is the number of file lines before the YAML
 * text (the opening fence for a frontmatter, 0 for a .yaml file).
 */
export function parseYamlData(source: string, file: string, lineBefore: number): YamlResult {
  const counter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: counter,
    schema: 'core',
    customTags: ['timestamp'],
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => counter.linePos(offset).line + lineBefore;
  const problems: Problem[] = doc.errors.map((e) =>
    yamlSyntaxProblem(file, lineAt(e.pos[0]), e.code, source, e.pos[0]),
  );
  const soft: Problem[] = [];
  let aliases = 0;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) aliases++;
    else if (isScalar(node) && node.value instanceof Date) {
      const problem = impossibleDate(node, source, file, lineAt);
      const parent = path.at(-1);
      if (problem && isPair(parent) && isScalar(parent.key)) {
        problem.field = String(parent.key.value);
        problem.example = `${problem.field}: 2025-02-28`;
      }
      if (problem) soft.push(problem);
    } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) {
      problems.push({
        code: 'yaml-tag',
        file,
        line: lineAt(node.range?.[0] ?? 0),
        message: `étiquette YAML « ${node.tag.replace('tag:yaml.org,2002:', '!!')} » refusée : l'en-tête ne contient que des données`,
        expected: 'une valeur simple : texte, nombre, date, liste ou champs imbriqués',
      });
    }
    return undefined;
  });
  if (aliases > MAX_ALIASES) {
    problems.push({
      code: 'yaml-aliases',
      file,
      line: lineBefore + 1,
      message: `trop de références YAML (*alias) : ${aliases}, au plus ${MAX_ALIASES}`,
      expected: 'des valeurs écrites en toutes lettres, sans &ancre ni *alias',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return {
      ok: false,
      problems: [
        {
          code: 'yaml-aliases',
          file,
          line: lineBefore + 1,
          message: 'références YAML (*alias) trop nombreuses ou imbriquées',
        },
      ],
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        {
          code: 'yaml-syntax',
          file,
          line: lineBefore + 1,
          message: "l'en-tête doit être une suite de champs « nom: valeur »",
          example: 'title: "Chargé·e de campagne"',
        },
      ],
    };
  }
  return {
    ok: true,
    data: data as Record<string, unknown>,
    lineOf: (path) => lineOfPath(doc.contents, path, lineAt, lineBefore + 1),
    problems: soft,
  };
}

function lineOfPath(
  root: unknown,
  path: readonly PropertyKey[],
  lineAt: (o: number) => number,
  fallback: number,
): number {
  let node = root;
  let line = fallback;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const range = (pair.key as Node).range;
      if (range) line = lineAt(range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'ce champ apparaît deux fois',
  TAB_AS_INDENT: "tabulation dans l'indentation : utilisez des espaces",
  BAD_INDENT: 'indentation incorrecte : alignez les champs imbriqués avec deux espaces',
  MISSING_CHAR: 'guillemet ou crochet non fermé',
  BLOCK_AS_IMPLICIT_KEY: 'deux-points « : » inattendu : mettez la valeur entre guillemets',
  MULTILINE_IMPLICIT_KEY: 'deux-points « : » inattendu : mettez la valeur entre guillemets',
  UNEXPECTED_TOKEN: 'caractère inattendu : mettez la valeur entre guillemets',
};

function yamlSyntaxProblem(
  file: string,
  line: number,
  code: string,
  source: string,
  offset: number,
): Problem {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  return {
    code: 'yaml-syntax',
    file,
    line,
    message: `syntaxe YAML invalide : ${YAML_ERRORS[code] ?? 'la ligne ne peut pas être lue'}`,
    found: describeLine(source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd)),
    expected:
      'un champ par ligne, « nom: valeur », les valeurs contenant « : » ou « # » entre guillemets',
    example: 'title: "Appel à candidatures : chargé·e de mission"',
  };
}

/**
 * YAML (like js-yaml for Astro) turns 2025-02-30 into 2 March without a word: refuse dates
 * that do not exist rather than publish the wrong one.
 */
function impossibleDate(
  node: Scalar,
  source: string,
  file: string,
  lineAt: (o: number) => number,
): Problem | undefined {
  const [start = 0, end = 0] = node.range ?? [];
  const written = source
    .slice(start, end)
    .trim()
    .replace(/^["']|["']$/g, '');
  const day = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(written);
  if (!day || !(node.value instanceof Date)) return undefined;
  const [, y, m, d] = day;
  const iso = node.value.toISOString().slice(0, 10);
  if (iso === `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`) return undefined;
  // A time and a time zone moved the day (UTC): the day written exists, say what is wrong.
  const asWritten = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const timed =
    written.length > 10 &&
    asWritten.getUTCDate() === Number(d) &&
    asWritten.getUTCMonth() === Number(m) - 1;
  return {
    code: 'schema',
    file,
    line: lineAt(start),
    message: timed
      ? `la date ${written} porte une heure et un fuseau horaire : le site ne garde que le jour, ici le ${iso} en temps universel`
      : `la date ${written.slice(0, 10)} n'existe pas dans le calendrier`,
    found: `« ${written} »`,
    expected: timed
      ? `le jour seul, au format AAAA-MM-JJ (${written.slice(0, 10)}), sans heure ni fuseau`
      : 'une date réelle au format AAAA-MM-JJ',
    example: timed ? `deadline: ${written.slice(0, 10)}` : 'deadline: 2025-02-28',
  };
}

export function describeLine(line: string | undefined): string {
  return line === undefined || line.trim() === ''
    ? '(ligne vide)'
    : `« ${line.trim().slice(0, 80)} »`;
}
