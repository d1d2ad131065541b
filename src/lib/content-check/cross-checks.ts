/** Checks that need every file at once: organisations that exist, duplicate offers. */
import type { Offer, Organisation } from '../../schema/index.ts';
import { slugify } from '../slug.ts';
import type { Entry } from './check-entry.ts';
import { isPlaceholder } from './placeholder.ts';
import { describeValue, type Problem } from './problem.ts';
import { findClosest } from './suggest.ts';

type RawOffer = Omit<Entry<Record<string, unknown>>, 'body'>;

/** Every offer's organisation must be a file of content/organisations/. */
export function checkOrganisationsExist(
  offers: RawOffer[],
  organisations: Entry<Organisation>[],
  knownSlugs: Set<string>,
): Problem[] {
  const names = new Map(organisations.map((o) => [o.data.name, o.slug]));
  const available = [...knownSlugs].sort();
  const problems: Problem[] = [];
  for (const offer of offers) {
    const value = offer.data['organisation'];
    if (typeof value !== 'string' || knownSlugs.has(value) || isPlaceholder(value)) continue;
    const closest =
      findClosest(value, available) ?? names.get(findClosest(value, [...names.keys()]) ?? '');
    problems.push({
      code: 'unknown-organisation',
      file: offer.file,
      line: offer.lineOf(['organisation']),
      field: 'organisation',
      message: closest
        ? `l'organisation « ${value} » n'existe pas : vouliez-vous dire « ${closest} » ?`
        : `l'organisation « ${value} » n'existe pas dans content/organisations/`,
      found: describeValue(value),
      expected: `l'identifiant d'une organisation existante (${listSome(available)}), ou créez content/organisations/${slugify(value) || 'nom'}.yaml (npm run new le fait pour vous)`,
      example: `organisation: ${closest ?? available[0] ?? 'poitiers-collectif'}`,
    });
  }
  return problems;
}

/** Placeholders on `organisation` get the list of organisations to choose from. */
export function listOrganisationsIn(problems: Problem[], knownSlugs: Set<string>): void {
  for (const p of problems) {
    if (p.code === 'placeholder' && p.field === 'organisation') {
      p.expected = `l'identifiant d'une organisation existante (${listSome([...knownSlugs].sort())}), ou une nouvelle créée avec npm run new`;
    }
  }
}

/**
 * Same organisation, same title, same publication date: one offer was added twice. The
 * problem is reported on the copy a pull request adds — a file git's HEAD does not hold
 * (`isNew`), else the most recently updated, else the later file name — not on the original.
 */
export function checkDuplicates(
  offers: Entry<Offer>[],
  isNew: (file: string) => boolean = () => false,
): Problem[] {
  const groups = new Map<string, Entry<Offer>[]>();
  for (const offer of offers) {
    const key = [offer.data.organisation, slugify(offer.data.title), offer.data.published].join(
      '|',
    );
    groups.set(key, [...(groups.get(key) ?? []), offer]);
  }
  const problems: Problem[] = [];
  const age = (o: Entry<Offer>) => o.data.updated ?? o.data.published;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [original, ...copies] = group.sort(
      (a, b) =>
        Number(isNew(a.file)) - Number(isNew(b.file)) ||
        age(a).localeCompare(age(b)) ||
        a.file.localeCompare(b.file),
    );
    for (const offer of copies) {
      problems.push({
        code: 'duplicate',
        file: offer.file,
        line: offer.lineOf(['title']),
        field: 'title',
        message: `doublon de ${original?.file ?? ''} : même organisation, même intitulé, même date de publication`,
        found: describeValue(offer.data.title),
        expected:
          'une seule offre par poste : supprimez ce fichier, ou changez published si c’est une nouvelle publication',
      });
    }
  }
  return problems;
}

function listSome(values: string[], max = 8): string {
  if (values.length === 0) return 'aucune pour le moment';
  return values.length <= max
    ? values.join(', ')
    : `${values.slice(0, max).join(', ')}… ${values.length} en tout`;
}
