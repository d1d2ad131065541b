/**
 * Writes an offer file the way the editors' guide shows it: fields in the schema's order,
 * nested blocks indented by two spaces, lists inline, a comment after each value that an
 * editor must check. Used by `npm run new` and `npm run import`.
 */
import { OFFER_FIELDS } from '../content-check/field-help.ts';

export type YamlValue = string | number | boolean | YamlValue[] | YamlObject;
export interface YamlObject {
  [key: string]: YamlValue | undefined;
}

/** Keys in the order of the editors' guide (that of field-help, itself the schema's order). */
const ORDER = Object.keys(OFFER_FIELDS);

const PLAIN = /^[\p{L}0-9][\p{L}0-9._@/+:·-]*$/u;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

export function formatScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plainSafe =
    PLAIN.test(value) &&
    !RESERVED.test(value) &&
    !/^[\d.+-]+$/.test(value) &&
    !value.includes(': ');
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return isDate || plainSafe ? value : JSON.stringify(value);
}

function formatInline(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(formatInline).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${formatInline(v as YamlValue)}`)
      .join(', ')} }`;
  return formatScalar(value);
}

function sortKeys(keys: string[], prefix: string): string[] {
  const rank = (k: string) => {
    const i = ORDER.indexOf(prefix + k);
    return i === -1 ? ORDER.length : i;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

function writeObject(
  object: YamlObject,
  comments: Record<string, string>,
  prefix: string,
  indent: string,
): string[] {
  const lines: string[] = [];
  for (const key of sortKeys(Object.keys(object), prefix)) {
    const value = object[key];
    if (value === undefined) continue;
    const comment = comments[prefix + key] ? `  # ${comments[prefix + key]}` : '';
    if (typeof value === 'object' && !Array.isArray(value)) {
      lines.push(
        `${indent}${key}:${comment}`,
        ...writeObject(value, comments, `${prefix}${key}.`, `${indent}  `),
      );
    } else {
      lines.push(`${indent}${key}: ${formatInline(value)}${comment}`);
    }
  }
  return lines;
}

/** A whole offer file: frontmatter between `---` fences, then the markdown body. */
export function toOfferFile(
  data: YamlObject,
  body: string,
  comments: Record<string, string> = {},
): string {
  return ['---', ...writeObject(data, comments, '', ''), '---', '', body.trim(), ''].join('\n');
}

/** An organisation file (plain YAML). */
export function toOrganisationFile(data: YamlObject): string {
  return `${writeObject(data, {}, 'organisation:', '').join('\n')}\n`;
}
