/** Schema of `content/organisations/<slug>.yaml` (or `.md`, whose body is the description). */
import { z } from 'zod';
import { resolvePlace } from '../lib/geo.ts';
import { EmailSchema, PostalCodeSchema, WebUrlSchema, text } from './common.ts';

export const ORGANISATION_KINDS = [
  'association',
  'mouvement-politique',
  'parti',
  'liste-citoyenne',
  'groupe-elus',
  'collectivite',
  'ong',
  'syndicat',
  'entreprise',
  'autre',
] as const;

export const OrganisationSchema = z
  .strictObject({
    /** Display name, as the organisation writes it. */
    name: text(2, 120, 'nom'),
    /** What kind of organisation it is. */
    kind: z.enum(ORGANISATION_KINDS, {
      error: `type d'organisation attendu parmi : ${ORGANISATION_KINDS.join(', ')}`,
    }),
    /** Official website (https). */
    website: WebUrlSchema.optional(),
    /** Public contact e-mail. */
    email: EmailSchema.optional(),
    /** Seat of the organisation: commune, with its postal code. */
    city: text(1, 100, 'ville').optional(),
    /** Postal code of `city`; it decides which commune is meant. */
    postalCode: PostalCodeSchema.optional(),
    /** ISO 3166 country code when the seat is abroad; default FR. */
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, { error: 'code pays ISO à 2 lettres attendu, par exemple FR ou BE' })
      .optional(),
    /** Short description (a markdown body may be used instead in a `.md` file). */
    description: text(1, 2000, 'description').optional(),
    /** Local logo file next to the organisation file, e.g. ./logos/poitiers-collectif.svg */
    logo: z
      .string()
      .regex(/^\.\/logos\/[a-z0-9-]+\.(?:svg|png|jpe?g|webp)$/, {
        error: 'logo attendu sous la forme ./logos/nom-du-fichier.svg (svg, png, jpg ou webp)',
      })
      .optional(),
  })
  .superRefine((org, ctx) => {
    if (org.city && !org.postalCode && (org.country ?? 'FR').toUpperCase() === 'FR') {
      ctx.addIssue({
        code: 'custom',
        path: ['postalCode'],
        message: 'code postal manquant : indiquez-le avec la ville, par exemple postalCode: "86000"',
      });
      return;
    }
    if (!org.city) return;
    const result = resolvePlace({ city: org.city, postalCode: org.postalCode, country: org.country });
    if (!result.ok) ctx.addIssue({ code: 'custom', path: [result.field], message: result.message });
  });

export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationInput = z.input<typeof OrganisationSchema>;
