/**
 * Checks one offer or organisation file on its own: frontmatter, placeholders, the zod
 * schema, and the schema's refinements that zod skips once another field is wrong (place,
 * dates), so that one pass reports every problem of the file.
 *
 * Front matter is read by gray-matter and js-yaml (frontmatter.ts), as the build reads it; line
 * numbers are looked up only for files with a problem.
 */
import type { z } from 'zod';
import {
  OfferSchema,
  OrganisationSchema,
  type Offer,
  type Organisation,
} from '../../schema/index.ts';
import { resolvePlace } from '../geo.ts';
import { SLUG_PATTERN, slugify } from '../slug.ts';
import { OFFER_FIELDS, ORGANISATION_FIELDS, type FieldHelp } from './field-help.ts';
import { parseFrontmatter, parseYamlData } from './frontmatter.ts';
import { isPlaceholder, placeholderProblems } from './placeholder.ts';
import { describeValue, type Problem } from './problem.ts';
import { yamlLineOf, type YamlSource } from './yaml-lines.ts';
import { fieldName, getAt, issuesToProblems } from './zod-issues.ts';

export interface Entry<T> {
  slug: string;
  file: string;
  data: T;
  body: string;
  /** 1-based line of a frontmatter key, for problems found later (duplicates, organisation). */
  lineOf: (path: readonly PropertyKey[]) => number;
}
export interface EntryCheck<T> {
  problems: Problem[];
  /** Present when the file passed the schema (other problems may remain, e.g. placeholders). */
  entry?: Entry<T>;
  /** Raw frontmatter, when it could be read: cross-file checks use it even if the schema failed. */
  raw?: Omit<Entry<Record<string, unknown>>, 'body'>;
  /** The YAML the raw frontmatter was read from, to find a key's line again (yamlLines()). */
  yaml?: YamlSource;
  /** True when the file passed without any problem: its data is what the build reads. */
  plain?: true;
}

export type { YamlSource };

/** `lineOf` for a YAML text, looked up on first use only: most files have no problem. */
export function yamlLines(yaml: YamlSource, _file?: string): Entry<unknown>['lineOf'] {
  return yamlLineOf(yaml);
}

/** Longest slug: keeps URLs and file names readable. */
export const MAX_SLUG_LENGTH = 100;

export function checkOfferText(text: string, file: string, slug: string): EntryCheck<Offer> {
  const fm = parseFrontmatter(text, file);
  if (!fm.ok) return { problems: [...slugProblems(slug, file, '.md'), ...fm.problems] };
  const { data, body, lineOf, startLine, yaml } = fm.frontmatter;
  const result = validate(OfferSchema, data, file, lineOf, OFFER_FIELDS);
  result.problems.unshift(
    ...slugProblems(slug, file, '.md', startLine),
    ...fm.frontmatter.problems,
  );
  if (!result.ok) result.problems.push(...offerRefinements(data, file, lineOf));
  return finish(result, { slug, file, data, lineOf }, body, yaml);
}

export function checkOrganisationText(
  text: string,
  file: string,
  slug: string,
  format: 'yaml' | 'md',
): EntryCheck<Organisation> {
  const parsed =
    format === 'md'
      ? (() => {
          const fm = parseFrontmatter(text, file);
          return fm.ok ? { ok: true as const, ...fm.frontmatter } : fm;
        })()
      : { ...parseYamlData(text, file, 0), body: '', yaml: { source: text, lineBefore: 0 } };
  if (!parsed.ok)
    return { problems: [...slugProblems(slug, file, `.${format}`), ...parsed.problems] };
  const { data, lineOf, body, yaml } = parsed;
  const result = validate(OrganisationSchema, data, file, lineOf, ORGANISATION_FIELDS);
  result.problems.unshift(...slugProblems(slug, file, `.${format}`), ...parsed.problems);
  return finish(result, { slug, file, data, lineOf }, body, yaml);
}

type Validation<T> =
  { ok: true; data: T; problems: Problem[] } | { ok: false; problems: Problem[] };

function validate<S extends z.ZodType>(
  schema: S,
  data: Record<string, unknown>,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  fields: Record<string, FieldHelp>,
): Validation<z.output<S>> {
  const placeholders = placeholderProblems(data, file, lineOf, fields);
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data, problems: placeholders };
  const issues = issuesToProblems(result.error.issues, { file, data, lineOf, fields });
  return { ok: false, problems: [...placeholders, ...issues] };
}

function finish<T>(
  result: Validation<T>,
  raw: NonNullable<EntryCheck<T>['raw']>,
  body: string,
  yaml: YamlSource,
): EntryCheck<T> {
  const problems = dedupe(withoutPlaceholderNoise(result.problems));
  if (!result.ok) return { problems, raw, yaml };
  const entry = { ...raw, data: result.data, body };
  return problems.length === 0
    ? { problems, raw, entry, yaml, plain: true }
    : { problems, raw, entry, yaml };
}

/** A placeholder already says what to do with its field: drop the other complaints about it. */
function withoutPlaceholderNoise(problems: Problem[]): Problem[] {
  const marked = problems.filter((p) => p.code === 'placeholder').map((p) => p.field ?? '');
  const related = (field: string, mark: string) =>
    field === mark ||
    field.startsWith(`${mark}.`) ||
    field.startsWith(`${mark}[`) ||
    mark.startsWith(`${field}.`);
  return problems.filter(
    (p) =>
      p.code === 'placeholder' ||
      (!marked.some((m) => related(p.field ?? '', m)) && !isPlaceholder(p.message)),
  );
}

/** Place and date checks of the schema's superRefine, which zod skips when a field fails. */
function offerRefinements(
  data: Record<string, unknown>,
  file: string,
  lineOf: (p: readonly PropertyKey[]) => number,
): Problem[] {
  const problems: Problem[] = [];
  const location = data['location'];
  const city = getAt(location, ['city']);
  const postalCode = getAt(location, ['postalCode']);
  if (
    typeof city === 'string' &&
    (typeof postalCode === 'string' || typeof postalCode === 'number')
  ) {
    const country = getAt(location, ['country']);
    const place = resolvePlace({
      city,
      postalCode: String(postalCode),
      country: typeof country === 'string' ? country : undefined,
    });
    if (!place.ok) {
      const path = ['location', place.field];
      problems.push({
        code: 'schema',
        file,
        line: lineOf(path),
        field: fieldName(path),
        message: place.message,
        found: describeValue(getAt(data, path)),
      });
    }
  }
  const day = (v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;
  const published = day(data['published']);
  const deadline = day(data['deadline']);
  // Only real dates compare: « 20 décembre 2026 » is reported as a format problem, not as earlier.
  const isDate = (v: string | undefined): v is string =>
    v !== undefined && /^\d{4}-\d\d-\d\d$/.test(v);
  if (isDate(published) && isDate(deadline) && deadline < published) {
    problems.push({
      code: 'schema',
      file,
      line: lineOf(['deadline']),
      field: 'deadline',
      message: `la date limite (${deadline}) est antérieure à la date de publication (${published})`,
      found: deadline,
    });
  }
  return problems;
}

function slugProblems(slug: string, file: string, extension: string, line = 1): Problem[] {
  if (/^[0-9]+$/.test(slug)) {
    // /offres/2/ is the list's second page (and /organisations/2/ too).
    return [
      {
        code: 'file-name',
        file,
        line,
        message: `nom de fichier entièrement numérique : l'adresse de sa page serait celle d'une page de liste (/offres/${slug}/, /organisations/${slug}/)`,
        found: `« ${slug}${extension} »`,
        expected: 'un nom qui contient des lettres : date, organisation et intitulé',
        example: `aaaa-mm-organisation-intitule-${slug}${extension}`,
      },
    ];
  }
  if (SLUG_PATTERN.test(slug) && slug.length <= MAX_SLUG_LENGTH) return [];
  const suggestion = slugify(slug).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return [
    {
      code: 'file-name',
      file,
      line,
      message: 'nom de fichier invalide : il devient l’adresse de la page',
      found: `« ${slug}${extension} »`,
      expected: `des minuscules sans accents, des chiffres et des tirets, ${MAX_SLUG_LENGTH} caractères au plus`,
      example: `${suggestion || 'aaaa-mm-organisation-intitule'}${extension}`,
    },
  ];
}

/** The same message on the same field once only (schema and mirrored refinement may agree). */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field ?? ''}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
