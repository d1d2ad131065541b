/**
 * What each frontmatter field expects, with an accepted line of YAML, in French: the
 * "Attendu" and "Exemple" lines of every problem. Allowed values come from the schema's
 * own constants, so this file never disagrees with it.
 */
import {
  CONTRACTS,
  CURRENCIES,
  ORGANISATION_KINDS,
  PAY_BASES,
  PAY_PERIODS,
  REMOTE_MODES,
  WORKING_TIMES,
} from '../../schema/index.ts';

export interface FieldHelp {
  expected: string;
  example: string;
}

const list = (values: readonly string[]) => values.join(', ');
const date = (what: string, example: string): FieldHelp => ({
  expected: `${what}, au format AAAA-MM-JJ`,
  example,
});

export const OFFER_FIELDS: Record<string, FieldHelp> = {
  title: {
    expected: "l'intitulé du poste, de 5 à 140 caractères",
    example: 'title: "Chargé·e de campagne"',
  },
  organisation: {
    expected: "l'identifiant d'un fichier de content/organisations/ (son nom sans extension)",
    example: 'organisation: poitiers-collectif',
  },
  contract: {
    expected: `un type de contrat ou une liste parmi : ${list(CONTRACTS)}`,
    example: 'contract: [stage, cdd]',
  },
  workingTime: {
    expected: `l'une des valeurs : ${list(WORKING_TIMES)}`,
    example: 'workingTime: part-time',
  },
  hoursPerWeek: {
    expected: 'un nombre d’heures par semaine, de 1 à 48',
    example: 'hoursPerWeek: 20',
  },
  location: {
    expected: 'la ville et son code postal (ou remote: full pour un poste entièrement à distance)',
    example: 'location: { city: Poitiers, postalCode: "86000" }',
  },
  'location.city': {
    expected: 'le nom de la commune, tel que La Poste l’écrit',
    example: 'city: "Le Mont-Dore"',
  },
  'location.postalCode': {
    expected: 'le code postal à 5 chiffres, entre guillemets',
    example: 'postalCode: "98809"',
  },
  'location.country': {
    expected: 'un code pays ISO à 2 lettres (FR par défaut)',
    example: 'country: BE',
  },
  remote: { expected: `l'une des valeurs : ${list(REMOTE_MODES)}`, example: 'remote: partial' },
  published: date('la date de publication', 'published: 2025-01-31'),
  updated: date('la date de dernière mise à jour, après la publication', 'updated: 2025-02-03'),
  deadline: date(
    'le dernier jour pour candidater (inclus), après la publication',
    'deadline: 2025-02-21',
  ),
  start: date('la date de prise de poste', 'start: 2025-05-01'),
  startText: {
    expected: 'le début en toutes lettres, si aucune date (120 caractères au plus)',
    example: 'startText: "dès que possible"',
  },
  end: date('la date de fin de mission', 'end: 2020-03-31'),
  durationMonths: { expected: 'une durée en mois (nombre)', example: 'durationMonths: 6' },
  durationText: {
    expected: 'la durée en toutes lettres (120 caractères au plus)',
    example: 'durationText: "4 à 6 mois"',
  },
  salary: {
    expected: 'un montant chiffré avec sa période (ou salaryText en toutes lettres)',
    example: 'salary: { min: 1047, period: month, basis: gross }',
  },
  'salary.min': { expected: 'un montant en chiffres, sans symbole €', example: 'min: 1047' },
  'salary.max': { expected: 'un montant supérieur ou égal à min', example: 'max: 1200' },
  'salary.currency': {
    expected: `l'une des devises : ${list(CURRENCIES)}`,
    example: 'currency: EUR',
  },
  'salary.period': {
    expected: `l'une des périodes : ${list(PAY_PERIODS)}`,
    example: 'period: month',
  },
  'salary.basis': {
    expected: `l'une des bases : ${list(PAY_BASES)} (stipend = gratification de stage)`,
    example: 'basis: gross',
  },
  'salary.approximate': {
    expected: 'true si l’offre dit « environ »',
    example: 'approximate: true',
  },
  salaryText: {
    expected: 'la rémunération en toutes lettres (300 caractères au plus)',
    example: 'salaryText: "Rémunération au tarif solidaire"',
  },
  apply: {
    expected: 'au moins une adresse e-mail ou une adresse web pour candidater',
    example: 'apply: { email: contact@exemple.fr }',
  },
  'apply.email': { expected: 'une adresse e-mail', example: 'email: contact@poitierscollectif.fr' },
  'apply.url': {
    expected: 'une adresse web commençant par https://',
    example: 'url: https://exemple.fr/recrutement',
  },
  'apply.instructions': {
    expected: 'les pièces à envoyer et la marche à suivre',
    example: 'instructions: "CV et lettre de motivation"',
  },
  reference: {
    expected: "la référence de l'employeur (80 caractères au plus)",
    example: 'reference: "3134-25-0232/SR"',
  },
  tags: {
    expected: 'une liste d’étiquettes en minuscules sans accents (12 au plus)',
    example: 'tags: [communication, campagne-electorale]',
  },
  draft: { expected: 'true (brouillon, jamais publié) ou false', example: 'draft: false' },
};

export const ORGANISATION_FIELDS: Record<string, FieldHelp> = {
  name: {
    expected: "le nom de l'organisation, tel qu'elle l'écrit",
    example: 'name: "Poitiers Collectif"',
  },
  kind: { expected: `l'un des types : ${list(ORGANISATION_KINDS)}`, example: 'kind: association' },
  website: {
    expected: 'une adresse web commençant par https://',
    example: 'website: https://poitierscollectif.fr',
  },
  email: {
    expected: 'une adresse e-mail de contact',
    example: 'email: contact@poitierscollectif.fr',
  },
  city: { expected: 'la commune du siège, avec postalCode', example: 'city: Poitiers' },
  postalCode: {
    expected: 'le code postal à 5 chiffres, entre guillemets',
    example: 'postalCode: "86000"',
  },
  country: { expected: 'un code pays ISO à 2 lettres (FR par défaut)', example: 'country: BE' },
  description: {
    expected: 'une courte présentation (2000 caractères au plus)',
    example: 'description: "Liste citoyenne…"',
  },
  logo: {
    expected: 'un fichier du dossier logos/ à côté du fichier',
    example: 'logo: ./logos/poitiers-collectif.svg',
  },
};

/** Help for a zod path such as ["contract", 1] → "contract". */
export function getFieldHelp(
  fields: Record<string, FieldHelp>,
  path: readonly PropertyKey[],
): FieldHelp | undefined {
  const key = path.filter((s) => typeof s === 'string').join('.');
  return fields[key];
}
