/**
 * A YAML mapping read as data only, with js-yaml: the parser Astro reads front matter with, so
 * that what the check accepts the build reads the same way. Its schema is js-yaml's default
 * without the explicit types: null, booleans, numbers, timestamps and merge keys, and no tag at
 * all (`!!binary`, `!!set`, `!!js/function`, even `!!str` are refused). Limits: the text's size,
 * aliases (alias bombs fail fast) and nesting. Dates the build would misread (2025-02-30 turned
 * into 2 March, a time that moves the day) are reported. Problems are in French, with lines.
 */
import yaml, { type LoadOptions } from 'js-yaml';
import type { Problem } from './problem.ts';
import { yamlErrorProblems } from './yaml-errors.ts';
import { fieldName } from './zod-issues.ts';
import { yamlLineOf, type YamlSource } from './yaml-lines.ts';

/** More shared values than this is not an offer: it is a "billion laughs" attempt. */
export const MAX_ALIASES = 20;
/** Deeper than this is not an offer either (the schema's deepest field is 2 levels down);
 * js-yaml counts levels as it reads, so a nesting bomb stops at once. */
export const MAX_DEPTH = 12;
/** A front matter is a few hundred bytes; a file is at most MAX_FILE_BYTES anyway. */
export const MAX_YAML_CHARS = 64 * 1024;

export type YamlResult =
  | {
      ok: true;
      data: Record<string, unknown>;
      lineOf: (path: readonly PropertyKey[]) => number;
      /** Problems that do not prevent reading the rest (dates the build would misread). */
      problems: Problem[];
    }
  | { ok: false; problems: Problem[] };

/** Timestamps as written, when the date they give is not the day written (see misreadDate). */
const misread = new WeakMap<Date, string>();
/** How many timestamps were misread so far: a text that adds none needs no date walk. */
let misreadCount = 0;

/** js-yaml's own types (exported by js-yaml 4, missing from its type definitions). */
const { types } = yaml as unknown as {
  types: Record<'null' | 'bool' | 'int' | 'float' | 'timestamp' | 'merge', yaml.Type>;
};
const timestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: string) => types.timestamp.resolve(text),
  construct: (text: string): Date => {
    const date = types.timestamp.construct(text) as Date;
    if (date.toISOString().slice(0, 10) !== writtenDay(text)) {
      misread.set(date, text);
      misreadCount++;
    }
    return date;
  },
  instanceOf: Date,
});

/** js-yaml's DEFAULT_SCHEMA (what Astro reads with) minus every explicit type. */
const DATA_SCHEMA = new yaml.Schema({
  implicit: [types.null, types.bool, types.int, types.float, timestamp, types.merge],
  explicit: [],
});

/**
 * Parses a YAML mapping safely. `lineBefore` is the number of file lines before the YAML
 * text's first line.
 */
export function parseYamlData(source: string, file: string, lineBefore: number): YamlResult {
  const where = { source, lineBefore };
  const fail = (message: string, extra: Partial<Problem> = {}): YamlResult => ({
    ok: false,
    problems: [{ code: 'yaml-syntax', file, line: lineBefore + 1, message, ...extra }],
  });
  if (source.length > MAX_YAML_CHARS) {
    return fail(`en-tête trop long (${Math.round(source.length / 1024)} Ko)`, {
      expected: `au plus ${MAX_YAML_CHARS / 1024} Ko de champs ; le texte de l'offre va après « --- »`,
    });
  }
  let data: unknown;
  const misreadBefore = misreadCount;
  try {
    data = yaml.load(source, {
      schema: DATA_SCHEMA,
      filename: file,
      maxDepth: MAX_DEPTH,
    } as LoadOptions);
  } catch (error) {
    if (error instanceof yaml.YAMLException && !error.reason.includes('maxDepth')) {
      return { ok: false, problems: yamlErrorProblems(error, where, file) };
    }
    return fail(`valeurs imbriquées sur plus de ${MAX_DEPTH} niveaux`, {
      expected: 'des champs « nom: valeur », imbriqués sur deux ou trois niveaux au plus',
    });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return fail("l'en-tête doit être une suite de champs « nom: valeur »", {
      example: 'title: "Chargé·e de campagne"',
    });
  }
  // Aliases need a `*`, misread dates were counted: most texts need no walk at all.
  const shape =
    source.includes('*') || misreadCount !== misreadBefore
      ? inspect(data as object)
      : { aliases: 0, dates: [] };
  if (shape.aliases > MAX_ALIASES) {
    return {
      ok: false,
      problems: [
        {
          code: 'yaml-aliases',
          file,
          line: lineBefore + 1,
          message: `trop de références YAML (*alias) : ${shape.aliases}, au plus ${MAX_ALIASES}`,
          expected: 'des valeurs écrites en toutes lettres, sans &ancre ni *alias',
        },
      ],
    };
  }
  const lineOf = yamlLineOf(where);
  const problems = shape.dates.map(({ path, written, date }) =>
    misreadDate(file, lineOf(path), fieldName(path), written, date),
  );
  return { ok: true, data: data as Record<string, unknown>, lineOf, problems };
}

interface Shape {
  /** Values reached a second time: anchors used by aliases (or merge keys). */
  aliases: number;
  /** Timestamps whose day is not the one written. */
  dates: { path: PropertyKey[]; written: string; date: Date }[];
}

/** One walk over the data, each object once (a shared value is counted, not walked again). */
function inspect(root: object): Shape {
  const shape: Shape = { aliases: 0, dates: [] };
  const seen = new Set<object>();
  const path: PropertyKey[] = [];
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    if (value instanceof Date) {
      const written = misread.get(value);
      if (written !== undefined) shape.dates.push({ path: [...path], written, date: value });
      return;
    }
    if (seen.has(value)) {
      shape.aliases++;
      return;
    }
    seen.add(value);
    if (shape.aliases > MAX_ALIASES) return;
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, item] of entries) {
      path.push(key);
      walk(item);
      path.pop();
    }
  };
  walk(root);
  return shape;
}

/** The calendar day a timestamp is written with: 2025-2-1T10:00:00Z → 2025-02-01. */
function writtenDay(text: string): string {
  const [, y = '', m = '', d = ''] = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(text) ?? [];
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * js-yaml turns 2025-02-30 into 2 March and 2025-02-21T23:30:00-02:00 into the 22nd (the
 * schema keeps the UTC day) without a word: refuse both rather than publish the wrong day.
 */
function misreadDate(
  file: string,
  line: number,
  field: string,
  written: string,
  date: Date,
): Problem {
  const day = writtenDay(written);
  const withTime = /[Tt\s]/.test(written) && date.toISOString().slice(0, 10) !== day;
  const example = `${field || 'deadline'}: ${withTime ? day : '2025-02-28'}`;
  return {
    code: 'schema',
    file,
    line,
    ...(field ? { field } : {}),
    message: withTime
      ? `la date « ${written} » porte une heure et un fuseau horaire : elle tombe le ${date.toISOString().slice(0, 10)} une fois ramenée en temps universel ; écrivez le jour seul`
      : `la date ${day} n'existe pas dans le calendrier`,
    found: `« ${written} »`,
    expected: withTime
      ? 'une date seule au format AAAA-MM-JJ, sans heure ni fuseau horaire'
      : 'une date réelle au format AAAA-MM-JJ',
    example,
  };
}

export type { YamlSource };
