/**
 * The publishing page's work, off the page's main thread (src/scripts/publier/worker.ts): the
 * importer fills the form, and each change of the form becomes the offer file (and the new
 * organisation's), checked by the content check itself, with its preview and GitHub links.
 */
import { checkOfferText, checkOrganisationText } from '../content-check/check-entry.ts';
import type { Problem } from '../content-check/problem.ts';
import { geoGazetteer, getCommunesForPostalCode } from '../geo.ts';
import { buildDraft, offerSlug } from '../import/draft.ts';
import type { KnownOrganisation } from '../import/match-organisation.ts';
import { toOfferFile, toOrganisationFile, type YamlObject } from '../import/offer-yaml.ts';
import { slugify } from '../slug.ts';
import { toFormValues, toOfferData, type FormValues } from './form-values.ts';
import { PREVIEW_BADGE, previewFacts, type Preview } from './preview-facts.ts';
import { newFileUrl, type Repository } from './proposal.ts';

export interface Context {
  organisations: KnownOrganisation[];
  repository: Repository;
  /** "YYYY-MM-DD" in the editor's time zone. */
  today: string;
}

export interface Imported {
  values: FormValues;
  newEmployer?: { name: string; website?: string };
  found: string[];
  guesses: string[];
  missing: string[];
}

export interface NewOrganisation {
  name: string;
  kind: string;
  website: string;
}

export interface ProposedFile {
  file: string;
  text: string;
  /** GitHub's editor with the file written; absent while there are problems or when too long. */
  url?: string;
}

export interface Checked {
  offer: ProposedFile;
  organisation?: ProposedFile;
  /** The check's problems, by file: '' for the offer, 'org-' for the new organisation. */
  groups: { prefix: string; problems: Problem[] }[];
  ok: boolean;
  tooLong: boolean;
  preview: Preview;
  /** Communes of the typed postal code. */
  communes: string[];
}

export function importRaw(raw: string, context: Context): Imported {
  const draft = buildDraft(raw, 'offre.txt', {
    organisations: context.organisations,
    today: context.today,
    gazetteer: geoGazetteer,
  });
  const { newEmployer, found, guesses, missing } = draft;
  return {
    values: { ...toFormValues(draft.data), body: draft.body },
    ...(newEmployer
      ? {
          newEmployer: {
            name: newEmployer.name,
            ...(newEmployer.website ? { website: newEmployer.website } : {}),
          },
        }
      : {}),
    found,
    guesses,
    missing,
  };
}

export function checkForm(
  values: FormValues,
  created: NewOrganisation | undefined,
  context: Context,
): Checked {
  const text = (key: string) => String(values[key] ?? '').trim();
  const orgSlug = created ? slugify(created.name) || 'organisation' : text('organisation');
  const all: FormValues = { ...values, organisation: orgSlug };
  const slug = offerSlug(
    text('published') || context.today,
    orgSlug || 'organisation',
    text('title') || 'offre',
  );
  const offer: ProposedFile = {
    file: `content/offers/${slug}.md`,
    text: toOfferFile(toOfferData(all), String(values['body'] ?? '')),
  };
  const offerCheck = checkOfferText(offer.text, offer.file, slug);
  const groups = [{ prefix: '', problems: offerCheck.problems }];
  let organisation: ProposedFile | undefined;
  if (created) {
    const data: YamlObject = {};
    for (const key of ['name', 'kind', 'website'] as const)
      if (created[key].trim() !== '') data[key] = created[key].trim();
    organisation = {
      file: `content/organisations/${orgSlug}.yaml`,
      text: toOrganisationFile(data),
    };
    const check = checkOrganisationText(organisation.text, organisation.file, orgSlug, 'yaml');
    groups.push({ prefix: 'org-', problems: check.problems });
  }
  const ok = groups.every((g) => g.problems.length === 0);
  const organisationName =
    created?.name ?? context.organisations.find((o) => o.slug === orgSlug)?.name ?? '';
  for (const file of ok ? [offer, organisation] : []) {
    const url = file && newFileUrl(context.repository, file.file, file.text);
    if (file && url) file.url = url;
  }
  const entry = ok ? offerCheck.entry : undefined;
  return {
    offer,
    ...(organisation ? { organisation } : {}),
    groups,
    ok,
    tooLong: ok && (!offer.url || (organisation !== undefined && !organisation.url)),
    preview: {
      badge: PREVIEW_BADGE,
      title: text('title'),
      organisationName,
      ...(entry ? { facts: previewFacts(entry.data, organisationName, context.today) } : {}),
      body: String(values['body'] ?? ''),
    },
    communes: /^\d{5}$/.test(text('location.postalCode'))
      ? getCommunesForPostalCode(text('location.postalCode'))
      : [],
  };
}
