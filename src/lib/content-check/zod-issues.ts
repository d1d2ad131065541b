/**
 * Turns zod issues into problems an editor can act on: the schema's French message, the
 * line of the offending key, what was found, what is expected and an example.
 */
import type { z } from 'zod';
import { getFieldHelp, type FieldHelp } from './field-help.ts';
import { correctFrenchValue } from './french-values.ts';
import { describeValue, type Problem } from './problem.ts';
import { findClosest } from './suggest.ts';

export interface IssueContext {
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
  fields: Record<string, FieldHelp>;
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  ctx: IssueContext,
): Problem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => unknownKeyProblem([...issue.path, key], ctx))
      : [issueProblem(issue, ctx)],
  );
}

function issueProblem(issue: z.core.$ZodIssue, ctx: IssueContext): Problem {
  const value = getAt(ctx.data, issue.path);
  const help = getFieldHelp(ctx.fields, issue.path);
  const missing =
    value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
  const problem: Problem = {
    code: 'schema',
    file: ctx.file,
    line: ctx.lineOf(issue.path),
    field: fieldName(issue.path),
    message: missing ? 'champ obligatoire manquant' : issue.message,
    found: describeValue(value),
  };
  const expected = help?.expected ?? expectedFromIssue(issue);
  if (expected) problem.expected = expected;
  if (help) problem.example = help.example;
  // « CDI », « temps plein », « 649,13 », « 15/01/2027 »: the exact line to paste instead.
  const correction = missing ? undefined : correctFrenchValue(problem.field ?? '', value);
  if (correction) {
    const line = `${String(issue.path.filter((s) => typeof s === 'string').at(-1))}: ${correction.value}`;
    problem.message = `${problem.message} — écrivez plutôt : ${line}`;
    problem.example = line;
    if (correction.note) problem.expected = `${problem.expected ?? ''} (${correction.note})`.trim();
  }
  return problem;
}

function unknownKeyProblem(path: PropertyKey[], ctx: IssueContext): Problem {
  const key = String(path.at(-1));
  const parent = path
    .slice(0, -1)
    .filter((s) => typeof s === 'string')
    .join('.');
  const siblings = Object.keys(ctx.fields)
    .filter((f) => (parent ? f.startsWith(`${parent}.`) : !f.includes('.')))
    .map((f) => f.slice(parent ? parent.length + 1 : 0));
  const closest = findClosest(key, siblings);
  const problem: Problem = {
    code: 'schema',
    file: ctx.file,
    line: ctx.lineOf(path),
    field: fieldName(path),
    message: closest
      ? `champ inconnu « ${key} » : vouliez-vous dire « ${closest} » ?`
      : `champ inconnu « ${key} »`,
    found: describeValue(getAt(ctx.data, path)),
    expected: `l'un des champs : ${siblings.join(', ')}`,
  };
  const help = closest ? ctx.fields[parent ? `${parent}.${closest}` : closest] : undefined;
  if (help) problem.example = help.example;
  return problem;
}

/** A French "expected" for issues whose field has no help entry. */
function expectedFromIssue(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      return `l'une des valeurs : ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `au moins ${String(issue.minimum)} caractères`
        : `au moins ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `au plus ${String(issue.maximum)} caractères`
        : `au plus ${String(issue.maximum)}`;
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    default:
      return undefined;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'des champs imbriqués',
};

export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : String(s)))
    .join('.')
    .replace(/\.\[/g, '[');
}

export function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
