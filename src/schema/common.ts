/** Field schemas shared by offers and organisations. French messages are for editors. */
import { z } from 'zod';

// Every message zod writes itself (types, unknown keys) comes out in French.
z.config(z.locales.fr());

/** Message for an object's unknown keys: most are typos of a known field. */
export function unknownKeysError(known: readonly string[]) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `champ inconnu : ${(issue.keys ?? []).join(', ')} ; champs possibles : ${known.join(', ')}`
      : undefined;
}

/** A calendar date "YYYY-MM-DD". YAML turns unquoted dates into Date objects: normalise them back. */
export const CalendarDateSchema = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z.iso.date({
    error: 'date attendue au format AAAA-MM-JJ, par exemple 2025-02-21',
  }),
);

/** A French postal code, always quoted in YAML so that "01000" keeps its leading zero. */
export const PostalCodeSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value).padStart(5, '0') : value),
  z
    .string({ error: 'code postal attendu entre guillemets, par exemple "86000"' })
    .trim()
    .min(1, { error: 'code postal vide' })
    .superRefine(refuseForbidden('code postal')),
);

/**
 * Characters no published text may hold: they make feeds and XML ill-formed, hide or reorder
 * text (bidi overrides), or are not characters at all. C0 controls but tab and line feed
 * (U+000B comes from Word's line breaks), DEL and C1, bidi embeddings, overrides and isolates,
 * lone surrogates and the non-characters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane).
 */
const NON_CHARACTERS = Array.from(
  { length: 17 },
  (_, plane) => `\\u{${plane.toString(16)}fffe}\\u{${plane.toString(16)}ffff}`,
).join('');
export const FORBIDDEN_CHARACTER = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uD800-\\uDFFF${NON_CHARACTERS}]`,
  'u',
);

/** What is wrong with the first forbidden character of `value`, in French; undefined when clean. */
export function describeForbiddenCharacter(value: string, withPosition = true): string | undefined {
  const match = FORBIDDEN_CHARACTER.exec(value);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind =
    code === 0x0b
      ? 'un saut de ligne de Word (tabulation verticale)'
      : code === 0x1b
        ? 'un caractère d’échappement (ESC)'
        : code < 0xa0
          ? 'un caractère de contrôle invisible'
          : (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
            ? 'un caractère qui inverse le sens du texte'
            : 'un caractère qui n’existe pas (non-caractère ou moitié de paire UTF-16)';
  const where = withPosition ? `, position ${match.index + 1}` : '';
  return `${kind} (${hex}${where}) : retapez le texte sans lui, il casserait les flux RSS et les pages`;
}

/** Nothing but spaces and invisible characters (zero-width spaces, joiners…). */
const BLANK = /^[\p{White_Space}\p{Cf}]*$/u;

/** A string check for every contributed text: no forbidden character (see above). */
function refuseForbidden(what: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = describeForbiddenCharacter(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${what} : ${problem}` });
  };
}

/** zod's email pattern, with accented domains (IDN) too: écologie.fr is a real domain. */
const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}{2,}$/u;

export const EmailSchema = z
  .email({
    pattern: EMAIL_PATTERN,
    error: 'adresse e-mail invalide, par exemple contact@exemple.fr',
  })
  .superRefine(refuseForbidden('adresse e-mail'));

/** Only http(s) links: no javascript:, data: or file: URLs can reach the site. */
export const WebUrlSchema = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error:
      'adresse web invalide : elle doit commencer par https:// (par exemple https://exemple.fr/recrutement)',
  })
  .superRefine(refuseForbidden('adresse web'));

/** Lowercase slug such as "campagne-electorale". */
export const TagSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error:
    'étiquette attendue en minuscules sans accents ni espaces, par exemple campagne-electorale',
});

export function text(min: number, max: number, what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} : champ obligatoire manquant`
          : `${what} : texte attendu`,
    })
    .trim()
    .min(min, { error: `${what} : au moins ${min} caractères` })
    .max(max, { error: `${what} : au plus ${max} caractères` })
    .superRefine((value, ctx) => {
      refuseForbidden(what)(value, ctx);
      if (value !== '' && BLANK.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `${what} : seulement des espaces ou des caractères invisibles ; écrivez un vrai texte`,
        });
    });
}
