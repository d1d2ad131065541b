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
    .min(1, { error: 'code postal vide' }),
);

export const EmailSchema = z.email({
  error: 'adresse e-mail invalide, par exemple contact@exemple.fr',
});

/** Only http(s) links: no javascript:, data: or file: URLs can reach the site. */
export const WebUrlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'adresse web invalide : elle doit commencer par https:// (par exemple https://exemple.fr/recrutement)',
});

/** Lowercase slug such as "campagne-electorale". */
export const TagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'étiquette attendue en minuscules sans accents ni espaces, par exemple campagne-electorale',
  });

export function text(min: number, max: number, what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} : champ obligatoire manquant` : `${what} : texte attendu`,
    })
    .trim()
    .min(min, { error: `${what} : au moins ${min} caractères` })
    .max(max, { error: `${what} : au plus ${max} caractères` });
}
