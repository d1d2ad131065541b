/** Schema of `content/offers/<slug>.md` frontmatter: the contract between editors and the site. */
import { z } from 'zod';
import { resolvePlace } from '../lib/geo.ts';
import {
  CalendarDateSchema,
  EmailSchema,
  PostalCodeSchema,
  TagSchema,
  WebUrlSchema,
  text,
  unknownKeysError,
} from './common.ts';

export const CONTRACTS = [
  'cdi',
  'cdd',
  'stage',
  'alternance',
  'service-civique',
  'freelance',
  'benevolat',
  'fonction-publique',
  'autre',
] as const;
export const WORKING_TIMES = ['full-time', 'part-time'] as const;
export const REMOTE_MODES = ['none', 'partial', 'full'] as const;
export const CURRENCIES = ['EUR', 'XPF'] as const;
export const PAY_PERIODS = ['hour', 'day', 'month', 'year', 'total'] as const;
export const PAY_BASES = ['gross', 'net', 'stipend'] as const;

const ContractSchema = z.enum(CONTRACTS, {
  error: `type de contrat attendu parmi : ${CONTRACTS.join(', ')}`,
});

export const LocationSchema = z.strictObject({
  /** Commune name as the post office writes it, e.g. "Le Mont-Dore". */
  city: text(1, 100, 'ville'),
  /** Postal code: it decides the commune, its département and its région. */
  postalCode: PostalCodeSchema.optional(),
  /** ISO 3166 country code; default FR. Any other country is listed under "International". */
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { error: 'code pays ISO à 2 lettres attendu, par exemple FR ou BE' })
    .transform((c) => c.toUpperCase())
    .optional(),
});

export const SalarySchema = z
  .strictObject({
    /** Lowest amount (or the only one). */
    min: z.number({ error: 'montant attendu en chiffres, par exemple 1047' }).positive(),
    /** Highest amount, when a range is given. */
    max: z.number({ error: 'montant attendu en chiffres, par exemple 1200' }).positive().optional(),
    /** EUR, or XPF (franc CFP) in New Caledonia, French Polynesia, Wallis-et-Futuna. */
    currency: z.enum(CURRENCIES, { error: 'devise attendue : EUR ou XPF' }).default('EUR'),
    /** What the amount is paid for. */
    period: z.enum(PAY_PERIODS, { error: `période attendue parmi : ${PAY_PERIODS.join(', ')}` }),
    /** gross (brut), net, or stipend (gratification de stage). */
    basis: z.enum(PAY_BASES, { error: `base attendue parmi : ${PAY_BASES.join(', ')}` }).default('gross'),
    /** true when the offer says "environ". */
    approximate: z.boolean().optional(),
  })
  .refine((s) => s.max === undefined || s.max >= s.min, {
    path: ['max'],
    error: 'le montant maximum doit être supérieur ou égal au minimum',
  });

export const ApplySchema = z
  .strictObject({
    /** Where applications are sent by e-mail. */
    email: EmailSchema.optional(),
    /** Application form or page (https). */
    url: WebUrlSchema.optional(),
    /** What to send and how, e.g. "CV et lettre de motivation". */
    instructions: text(1, 1000, 'instructions de candidature').optional(),
  })
  .refine((a) => a.email !== undefined || a.url !== undefined, {
    error:
      'indiquez au moins un moyen de candidater : apply.email (par exemple contact@exemple.fr) ou apply.url (https://…)',
  });

const OfferFields = {
    /** Job title as the employer writes it (5–140 characters). */
    title: text(5, 140, 'intitulé'),
    /** Slug of the organisation file content/organisations/<slug>.yaml. */
    organisation: z
      .string({ error: "identifiant d'organisation attendu, par exemple poitiers-collectif" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error:
          "identifiant d'organisation attendu : le nom du fichier dans content/organisations/, sans extension, par exemple poitiers-collectif",
      }),
    /** One contract type or a list, e.g. [stage, cdd] for an internship followed by a CDD. */
    contract: z
      .union([ContractSchema, z.array(ContractSchema).min(1)], {
        error: `type de contrat attendu parmi : ${CONTRACTS.join(', ')} (ou une liste, par exemple [stage, cdd])`,
      })
      .transform((c) => (Array.isArray(c) ? c : [c])),
    /** full-time or part-time. */
    workingTime: z.enum(WORKING_TIMES, { error: 'temps de travail attendu : full-time ou part-time' }).optional(),
    /** Weekly hours, 1–48. */
    hoursPerWeek: z
      .number({ error: 'nombre d’heures par semaine attendu, par exemple 20' })
      .min(1, { error: 'au moins 1 heure par semaine' })
      .max(48, { error: 'au plus 48 heures par semaine (durée maximale légale)' })
      .optional(),
    /** Where the job is; required unless remote: full. */
    location: LocationSchema.optional(),
    /** none, partial (télétravail partiel) or full (entièrement à distance). */
    remote: z.enum(REMOTE_MODES, { error: 'télétravail attendu : none, partial ou full' }).default('none'),
    /** Publication date (YYYY-MM-DD). */
    published: CalendarDateSchema,
    /** Date of the last significant change. */
    updated: CalendarDateSchema.optional(),
    /** Last day to apply, inclusive, in the local time of the offer's place. */
    deadline: CalendarDateSchema.optional(),
    /** Start date. */
    start: CalendarDateSchema.optional(),
    /** Start in words when there is no date, e.g. "dès que possible". */
    startText: text(1, 120, 'début').optional(),
    /** End date of a fixed-term mission. */
    end: CalendarDateSchema.optional(),
    /** Duration in months. */
    durationMonths: z.number({ error: 'durée en mois attendue, par exemple 6' }).positive().max(120).optional(),
    /** Duration in words, e.g. "4 à 6 mois". */
    durationText: text(1, 120, 'durée').optional(),
    /** Pay as numbers. */
    salary: SalarySchema.optional(),
    /** Pay in words, e.g. "Rémunération au tarif solidaire"; may complete `salary`. */
    salaryText: text(1, 300, 'rémunération').optional(),
    /** How to apply: at least an e-mail or a URL. */
    apply: ApplySchema,
    /** The employer's own reference. */
    reference: text(1, 80, 'référence').optional(),
    /** Lowercase slugs, e.g. [communication, campagne-electorale]. */
    tags: z.array(TagSchema).max(12, { error: 'au plus 12 étiquettes' }).default([]),
    /** Drafts are never published. */
    draft: z.boolean({ error: 'draft attendu : true ou false' }).default(false),
};

export const OfferSchema = z
  .strictObject(OfferFields, { error: unknownKeysError(Object.keys(OfferFields)) })
  .superRefine((offer, ctx) => {
    if (!offer.location && offer.remote !== 'full') {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message:
          'lieu manquant : indiquez location (city et postalCode), ou remote: full pour un poste entièrement à distance',
      });
    }
    if (offer.start && offer.startText) {
      ctx.addIssue({
        code: 'custom',
        path: ['startText'],
        message: 'indiquez soit start (une date), soit startText (en toutes lettres), pas les deux',
      });
    }
    if (offer.location && typeof offer.location.city === 'string') {
      const place = resolvePlace(offer.location);
      if (!place.ok) {
        ctx.addIssue({ code: 'custom', path: ['location', place.field], message: place.message });
      }
    }
    // After a format error zod still runs this refinement on raw input: compare real dates only.
    const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (!isDate(offer.published)) return;
    if (isDate(offer.deadline) && offer.deadline < offer.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: `la date limite (${offer.deadline}) est antérieure à la date de publication (${offer.published})`,
      });
    }
    if (isDate(offer.updated) && offer.updated < offer.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `la date de mise à jour (${offer.updated}) est antérieure à la date de publication (${offer.published})`,
      });
    }
  });

export type Offer = z.output<typeof OfferSchema>;
export type OfferInput = z.input<typeof OfferSchema>;
export type Contract = (typeof CONTRACTS)[number];
export type Salary = z.output<typeof SalarySchema>;
