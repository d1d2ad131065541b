/**
 * Writes an offer file the way the editors' guide shows it: fields in the schema's order,
 * nested blocks indented by two spaces, lists inline, a comment after each value that an
 * editor must check. Used by `npm run new` and `npm run import`.
 *
 * The `yaml` package does the quoting, with the YAML 1.1 rules: a string that any reader
 * (YAML 1.1 or 1.2) could take for something else — « 1e5 », « 0x1F », « yes », « ~ »,
 * « 012 », « 2026-10-01 » — is quoted, so it reads back as the same string. Only the date
 * fields are written as plain dates.
 */
import { Document, isScalar, isSeq } from 'yaml';
import { OFFER_FIELDS } from '../content-check/field-help.ts';

export type YamlValue = string | number | boolean | YamlValue[] | YamlObject;
export interface YamlObject {
  [key: string]: YamlValue | undefined;
}

/** Keys in the order of the editors' guide (that of field-help, itself the schema's order). */
const ORDER = Object.keys(OFFER_FIELDS);
const DATE_FIELDS = ['published', 'updated', 'deadline', 'start', 'end'];

function sorted(object: YamlObject, prefix: string): YamlObject {
  const rank = (k: string) => {
    const i = ORDER.indexOf(prefix + k);
    return i === -1 ? ORDER.length : i;
  };
  const out: YamlObject = {};
  for (const key of Object.keys(object).sort((a, b) => rank(a) - rank(b))) {
    const value = object[key];
    if (value === undefined) continue;
    out[key] =
      typeof value === 'object' && !Array.isArray(value)
        ? sorted(value, `${prefix}${key}.`)
        : value;
  }
  return out;
}

function toYaml(data: YamlObject, comments: Record<string, string>, prefix: string): string {
  const doc = new Document(sorted(data, prefix), { version: '1.1' });
  const visit = (node: unknown, path: string[]) => {
    if (isSeq(node)) node.flow = true;
    const comment = path.length > 0 ? comments[prefix + path.join('.')] : undefined;
    if (comment && (isScalar(node) || isSeq(node))) node.comment = ` ${comment}`;
  };
  const walk = (value: YamlValue, path: string[]) => {
    visit(doc.getIn(path, true), path);
    if (typeof value === 'object' && !Array.isArray(value))
      for (const [k, v] of Object.entries(value)) if (v !== undefined) walk(v, [...path, k]);
  };
  walk(sorted(data, prefix), []);
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  // Dates of the date fields stay plain: `published: 2026-02-01`, as in the guide.
  const dates = new RegExp(`^(${DATE_FIELDS.join('|')}): "(\\d{4}-\\d\\d-\\d\\d)"`, 'gm');
  return prefix === '' ? text.replace(dates, '$1: $2') : text;
}

/** One value as the files write it (quoted when a reader could take it for something else). */
export function formatScalar(value: string | number | boolean): string {
  return new Document(value, { version: '1.1' }).toString({ lineWidth: 0 }).trimEnd();
}

/** A whole offer file: frontmatter between `---` fences, then the markdown body. */
export function toOfferFile(
  data: YamlObject,
  body: string,
  comments: Record<string, string> = {},
): string {
  return ['---', toYaml(data, comments, '').trimEnd(), '---', '', body.trim(), ''].join('\n');
}

/** An organisation file (plain YAML). */
export function toOrganisationFile(data: YamlObject): string {
  return toYaml(data, {}, 'organisation:');
}
