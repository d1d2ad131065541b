/** Which existing organisation file an employer's name refers to, if any. */
import { slugify } from '../slug.ts';

export interface KnownOrganisation {
  slug: string;
  name: string;
}

const STOP_WORDS = new Set([
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'et',
  'au',
  'aux',
  'a',
  's',
  'pour',
]);

const tokens = (text: string) =>
  new Set(
    slugify(text)
      .split('-')
      .filter((t) => t && !STOP_WORDS.has(t)),
  );

/**
 * Exact slug or name first; otherwise the organisation sharing at least half of the
 * employer's significant words (« groupe écologiste … Génération.s » → the group's file).
 */
export function matchOrganisation(
  employer: string,
  organisations: KnownOrganisation[],
): KnownOrganisation | undefined {
  const wanted = slugify(employer);
  const exact = organisations.find((o) => o.slug === wanted || slugify(o.name) === wanted);
  if (exact) return exact;
  const words = tokens(employer);
  let best: { org: KnownOrganisation; score: number } | undefined;
  for (const org of organisations) {
    const theirs = new Set([...tokens(org.name), ...tokens(org.slug)]);
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const score = words.size > 0 ? shared / words.size : 0;
    if (shared >= 2 && score >= 0.5 && (!best || score > best.score)) best = { org, score };
  }
  return best?.org;
}
