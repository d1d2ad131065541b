/**
 * Generated organisations: every kind of the schema, seated in every metropolitan région first (then in
 * proportion to population), a few abroad; with and without website, e-mail, address and
 * description. A few post most offers, as on a real portal (Zipf-like weights).
 */
import { ORGANISATION_KINDS } from '../../src/schema/organisation.ts';
import { slugify } from '../../src/lib/slug.ts';
import { foreignPlace, frenchPlace, REGIONS, regionPlace, type Place } from './places.ts';
import type { Random } from './random.ts';
import {
  ABOUT,
  fill,
  NAME_WORDS,
  themed,
  ORGANISATION_NAMES,
  SECTORS,
  type OrganisationKind,
  type Sector,
} from './words.ts';
import { quote } from './yaml.ts';

export interface GeneratedOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  sector: Sector;
  home: Place;
  domain: string;
  weight: number;
  yaml: string;
}

/** A slug cut to `max` characters at a hyphen. */
export function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  const hyphen = head.lastIndexOf('-');
  let out = (hyphen > max / 2 ? head.slice(0, hyphen) : head).replace(/-+$/, '');
  // No dangling « -de », « -la »…
  while (/-(?:au|aux|d|de|des|du|en|et|l|la|le|les|pour|sur)$/.test(out))
    out = out.replace(/-[a-z]+$/, '');
  return out;
}

/** « Ville de » + « Angers » → « Ville d’Angers »; « de Le Mans » → « du Mans ». */
export function ofPlace(prefix: string, city: string): string {
  if (!prefix.endsWith(' de')) return `${prefix} ${city}`;
  const head = prefix.slice(0, -3);
  if (city.startsWith('Le ')) return `${head} du ${city.slice(3)}`;
  if (city.startsWith('Les ')) return `${head} des ${city.slice(4)}`;
  if (/^[AEIOUYÉÈÎH]/i.test(city)) return `${head} d’${city}`;
  return `${prefix} ${city}`;
}

function makeName(random: Random, kind: OrganisationKind, home: Place): string {
  const prefix = random.pick(ORGANISATION_NAMES[kind]);
  if (prefix.endsWith(' de') || kind === 'collectivite') return ofPlace(prefix, home.city);
  return random.chance(0.5)
    ? `${prefix} ${random.pick(NAME_WORDS)}`
    : `${prefix} ${random.pick(NAME_WORDS)} ${home.city}`;
}

function homeOf(random: Random, index: number, kind: OrganisationKind): Place {
  // The first ones are seated in each metropolitan région; overseas offers come from the
  // population weights (with their floor) and the forced scenarios.
  const region = REGIONS.filter((r) => r.zone === 'metro')[index];
  if (region) return regionPlace(random, region);
  if ((kind === 'ong' || kind === 'association') && random.chance(0.08))
    return foreignPlace(random);
  return frenchPlace(random);
}

export function makeOrganisations(random: Random, count: number): GeneratedOrganisation[] {
  const out: GeneratedOrganisation[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const kind = ORGANISATION_KINDS[i % ORGANISATION_KINDS.length] ?? 'association';
    const home = homeOf(random, i, kind);
    let name = makeName(random, kind, home);
    for (let n = 2; names.has(cut(slugify(name), 50)); n++)
      name = `${makeName(random, kind, home)} ${n}`;
    const slug = cut(slugify(name), 50);
    names.add(slug);
    const domain = `${slugify(name).slice(0, 30).replace(/-+$/, '')}.${random.pick(['fr', 'org', 'asso.fr', 'coop', 'eu'])}`;
    const sector = random.pick(SECTORS);
    const lines = [`name: ${quote(name)}`, `kind: ${kind}`];
    if (random.chance(0.8)) lines.push(`website: ${quote(`https://${domain}`)}`);
    if (random.chance(0.7)) lines.push(`email: ${quote(`contact@${domain}`)}`);
    if (home.country) lines.push(`city: ${quote(home.city)}`, `country: ${home.country}`);
    else if (random.chance(0.85))
      lines.push(`city: ${quote(home.city)}`, `postalCode: ${quote(home.postalCode ?? '')}`);
    if (random.chance(0.7)) {
      const vars = {
        year: String(random.int(1946, 2023)),
        n: String(random.int(3, 900)),
        place: `à ${home.city}`,
      };
      const about = fill(random.pick(ABOUT), themed(vars, random.pick(sector.themes)));
      lines.push(`description: ${quote(about)}`);
    }
    out.push({
      slug,
      name,
      kind,
      sector,
      home,
      domain,
      weight: 1 / (i + 1) ** 0.7,
      yaml: `${lines.join('\n')}\n`,
    });
  }
  // Shuffle the weights: the busiest organisations are not only the first few (régions in order).
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = out[i];
    const b = out[j];
    if (a && b) [a.weight, b.weight] = [b.weight, a.weight];
  }
  return out;
}
