/** The organisation step of `npm run new`: pick an existing one, or describe a new one. */
import { resolvePlace } from '../../src/lib/geo.ts';
import { ORGANISATION_KINDS, OrganisationSchema } from '../../src/schema/index.ts';
import type { KnownOrganisation } from '../../src/lib/import/index.ts';
import type { YamlObject } from '../../src/lib/import/offer-yaml.ts';
import { slugify } from '../../src/lib/slug.ts';
import { Answers, checkWith } from './answers.ts';

export interface OrganisationChoice {
  slug: string;
  /** Present when the organisation must be created. */
  create?: YamlObject;
}

const field = OrganisationSchema.shape;

export async function chooseOrganisation(
  answers: Answers,
  known: KnownOrganisation[],
): Promise<OrganisationChoice | undefined> {
  const { flags, prompter } = answers;
  const wanted = typeof flags['organisation'] === 'string' ? flags['organisation'] : undefined;
  const existing = known.find((o) => o.slug === wanted);
  if (existing) return { slug: existing.slug };
  const describesNew =
    wanted !== undefined ||
    typeof flags['organisation-name'] === 'string' ||
    flags['organisation-only'] === true;
  if (!describesNew && prompter && known.length > 0) {
    const i = await prompter.choose(
      'Organisation qui recrute :',
      known.map((o) => `${o.name} (${o.slug})`),
      { allowOther: 'une nouvelle organisation' },
    );
    if (i >= 0) return { slug: answers.record('organisation', known[i]?.slug ?? '') };
  }
  if (!describesNew && !prompter) {
    answers.missing.push(
      `--organisation (une de : ${known.map((o) => o.slug).join(', ') || 'aucune pour le moment'}) ou --organisation-name`,
    );
    return undefined;
  }
  return describeOrganisation(answers, wanted);
}

async function describeOrganisation(
  answers: Answers,
  wanted: string | undefined,
): Promise<OrganisationChoice> {
  const name = await answers.get('organisation-name', 'Nom de la nouvelle organisation', {
    check: checkWith(field.name),
  });
  let kind =
    typeof answers.flags['organisation-kind'] === 'string'
      ? answers.flags['organisation-kind']
      : undefined;
  if (kind === undefined && answers.prompter) {
    kind =
      ORGANISATION_KINDS[
        await answers.prompter.choose("Type d'organisation :", [...ORGANISATION_KINDS])
      ];
  }
  if (kind !== undefined) answers.record('organisation-kind', kind);
  if (kind === undefined)
    answers.missing.push(`--organisation-kind (${ORGANISATION_KINDS.join(', ')})`);
  else if (!field.kind.safeParse(kind).success)
    answers.errors.push(
      `--organisation-kind « ${kind} » : attendu parmi ${ORGANISATION_KINDS.join(', ')}`,
    );
  const optional = { optional: true };
  const website = await answers.get('organisation-website', 'Site web (https://…)', {
    ...optional,
    check: checkWith(field.website),
  });
  const email = await answers.get('organisation-email', 'E-mail de contact', {
    ...optional,
    check: checkWith(field.email),
  });
  const city = await answers.get('organisation-city', 'Ville du siège', optional);
  // The postal code is checked as it is typed: it must exist and serve the city given.
  const postalCode = city
    ? await answers.get('organisation-postal-code', 'Code postal du siège', {
        check: (a) => {
          const place = resolvePlace({ city, postalCode: a });
          return place.ok ? undefined : place.message;
        },
      })
    : '';
  const data: YamlObject = { name, kind: kind ?? '' };
  for (const [key, value] of Object.entries({ website, email, city, postalCode }))
    if (value) data[key] = value;
  return { slug: wanted ?? slugify(name), create: data };
}
