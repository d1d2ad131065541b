/**
 * The mark `npm run import` leaves on every value it could not find. `check` reports each
 * one on its line, so a draft cannot be merged while something is still to fill in.
 */
import type { Problem } from './problem.ts';
import { getFieldHelp, type FieldHelp } from './field-help.ts';
import { fieldName } from './zod-issues.ts';

export const PLACEHOLDER = 'A-COMPLETER';

const MARK = /\bA[-\s_]?COMPL[EÉ]TER\b/i;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && MARK.test(value);
}

/** Whether any string value still holds the placeholder (findPlaceholders() without the paths). */
export function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return MARK.test(value);
  if (Array.isArray(value)) return value.some(hasPlaceholder);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const key in value) {
      if (Object.hasOwn(value, key) && hasPlaceholder((value as Record<string, unknown>)[key]))
        return true;
    }
  }
  return false;
}

/** Paths of every string value that still holds the placeholder. */
export function findPlaceholders(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (isPlaceholder(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}

export function placeholderProblems(
  data: Record<string, unknown>,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  fields: Record<string, FieldHelp>,
): Problem[] {
  return findPlaceholders(data).map((path) => {
    const help = getFieldHelp(fields, path);
    const problem: Problem = {
      code: 'placeholder',
      file,
      line: lineOf(path),
      field: fieldName(path),
      message: `valeur à compléter : « ${PLACEHOLDER} » est encore là`,
    };
    if (help) Object.assign(problem, { expected: help.expected, example: help.example });
    return problem;
  });
}
