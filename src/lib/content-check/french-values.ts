/**
 * Values an editor writes in French where the schema expects its own words, numbers or
 * dates: « CDI », « temps plein », « partiel », « mois », « brut », « 649,13 », « 15/01/2027 »,
 * « 15 janvier 2027 ». The schema keeps one spelling per value (so that files stay easy to
 * search and to compare); `check` answers with the exact line to paste instead.
 */
import { parseFrenchDate } from '../import/french-dates.ts';
import { slugify } from '../slug.ts';

export interface Correction {
  /** The value to write, as YAML. */
  value: string;
  /** Why, in French, when the value alone does not say it. */
  note?: string;
}

/** French words (slugified) → the schema's value, per field. */
const SYNONYMS: Record<string, Record<string, string>> = {
  contract: {
    'contrat-a-duree-indeterminee': 'cdi',
    'contrat-a-duree-determinee': 'cdd',
    stagiaire: 'stage',
    apprentissage: 'alternance',
    apprenti: 'alternance',
    'contrat-de-professionnalisation': 'alternance',
    'contrat-pro': 'alternance',
    professionnalisation: 'alternance',
    'service-civique': 'service-civique',
    volontariat: 'service-civique',
    benevole: 'benevolat',
    'fonction-publique': 'fonction-publique',
    fonctionnaire: 'fonction-publique',
    titulaire: 'fonction-publique',
    independant: 'freelance',
    'prestation-de-services': 'freelance',
    'auto-entrepreneur': 'freelance',
  },
  workingTime: {
    'temps-plein': 'full-time',
    'temps-complet': 'full-time',
    'plein-temps': 'full-time',
    'temps-partiel': 'part-time',
    partiel: 'part-time',
    'mi-temps': 'part-time',
  },
  remote: {
    non: 'none',
    aucun: 'none',
    'sur-site': 'none',
    presentiel: 'none',
    partiel: 'partial',
    'teletravail-partiel': 'partial',
    hybride: 'partial',
    oui: 'partial',
    total: 'full',
    complet: 'full',
    'teletravail-complet': 'full',
    'a-distance': 'full',
    '100': 'full',
  },
  'salary.period': {
    heure: 'hour',
    horaire: 'hour',
    jour: 'day',
    journalier: 'day',
    mois: 'month',
    mensuel: 'month',
    an: 'year',
    annee: 'year',
    annuel: 'year',
    forfait: 'total',
  },
  'salary.basis': { brut: 'gross', bruts: 'gross', gratification: 'stipend' },
  'salary.currency': {
    euro: 'EUR',
    euros: 'EUR',
    eur: 'EUR',
    cfp: 'XPF',
    'f-cfp': 'XPF',
    'franc-cfp': 'XPF',
    'francs-cfp': 'XPF',
    xpf: 'XPF',
  },
};

const DATE_FIELDS = new Set(['published', 'updated', 'deadline', 'start', 'end']);
const NUMBER_FIELDS = new Set(['hoursPerWeek', 'durationMonths', 'salary.min', 'salary.max']);

/** The value to paste for `field` (a dotted path, list indexes dropped), or undefined. */
export function correctFrenchValue(field: string, value: unknown): Correction | undefined {
  const key = field.replace(/\[\d+\]/g, '');
  if (Array.isArray(value)) {
    const each = value.map((v) => correctFrenchValue(key, v)?.value);
    return each.every(Boolean) ? { value: `[${each.join(', ')}]` } : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const synonyms = SYNONYMS[key];
  if (synonyms) {
    const word = value.trim() === '€' ? 'euro' : slugify(value.replace(/%/g, ''));
    const found =
      synonyms[word] ??
      synonyms[word.replace(/s$/, '')] ??
      Object.values(synonyms).find((allowed) => slugify(allowed) === word);
    return found ? { value: found } : undefined;
  }
  if (DATE_FIELDS.has(key)) {
    const iso = parseFrenchDate(value);
    return iso ? { value: iso, note: 'les dates s’écrivent AAAA-MM-JJ' } : undefined;
  }
  if (NUMBER_FIELDS.has(key)) {
    const number = value.replace(/[\s\u00a0\u202f]|€|euros?|EUR|XPF|h\b|heures?|mois/gi, '');
    if (!/^\d+(?:[.,]\d+)?$/.test(number)) return undefined;
    const comma = number.includes(',');
    return {
      value: number.replace(',', '.'),
      note: comma
        ? 'un nombre s’écrit avec un point décimal, pas une virgule (649.13, pas 649,13), sans unité ni espace'
        : 'un nombre s’écrit en chiffres, sans unité ni espace',
    };
  }
  return undefined;
}
