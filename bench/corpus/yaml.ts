/**
 * YAML scalars for generated files. Strings are written double-quoted with JSON escapes
 * (valid YAML), so that no value can turn into a number, a date or a boolean by accident.
 */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** A flow list of plain slugs or words: [stage, cdd]. */
export function flowList(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}
