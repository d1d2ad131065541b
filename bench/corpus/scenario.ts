/**
 * Where and when a generated offer is: its place (a commune of the official data, abroad, or
 * fully remote) and its dates relative to the corpus's "now". A scenario forces the rare cases
 * on the first offers, so that even a small corpus holds every one of them.
 */
import { addDays } from '../../src/lib/lifecycle.ts';
import type { Contract, REMOTE_MODES } from '../../src/schema/offer.ts';
import type { GeneratedOrganisation } from './organisations.ts';
import { foreignPlace, frenchPlace, REGIONS, regionPlace, type Place } from './places.ts';
import type { Random } from './random.ts';

export type Remote = (typeof REMOTE_MODES)[number];

export interface Scenario {
  draft?: boolean;
  /** 'abroad', 'remote' (fully remote, no place) or a région code ('988'…). */
  place?: string;
  contracts?: readonly Contract[];
  open?: 'deadline' | 'no-deadline';
}

/** The rare cases, forced on the first offers of every corpus. */
export const SCENARIOS: readonly Scenario[] = [
  { draft: true },
  { place: 'abroad' },
  { place: 'remote', open: 'deadline' },
  { place: '988', open: 'deadline' },
  { place: '04' },
  { place: '03', open: 'no-deadline' },
  { place: '987' },
  { contracts: ['stage', 'cdd'], open: 'deadline' },
  { contracts: ['alternance', 'cdi'] },
  { open: 'no-deadline' },
];

export interface Context {
  random: Random;
  today: string;
  /** Keys organisation|title|published already used: the checker rejects duplicates. */
  posts: Set<string>;
  slugs: Set<string>;
}

export function newContext(random: Random, today: string): Context {
  return { random, today, posts: new Set(), slugs: new Set() };
}

export function placeFor(
  ctx: Context,
  org: GeneratedOrganisation,
  scenario: Scenario,
): [Place | undefined, Remote] {
  const { random } = ctx;
  const region = REGIONS.find((r) => r.code === scenario.place);
  if (region) return [regionPlace(random, region), 'none'];
  if (scenario.place === 'remote') return [undefined, 'full'];
  if (scenario.place === 'abroad' || random.chance(0.03))
    return [foreignPlace(random), random.chance(0.2) ? 'partial' : 'none'];
  const remote = random.weighted(
    ['none', 'partial', 'full'] as const,
    (m) => ({ none: 75, partial: 20, full: 5 })[m],
  );
  if (remote === 'full' && random.chance(0.5)) return [undefined, 'full'];
  if (!org.home.country && random.chance(0.8))
    return [random.chance(0.6) ? org.home : sameRegion(ctx, org), remote];
  return [frenchPlace(random), remote];
}

function sameRegion(ctx: Context, org: GeneratedOrganisation): Place {
  const region = REGIONS.find((r) => r.name === org.home.regionName);
  return region ? regionPlace(ctx.random, region) : frenchPlace(ctx.random);
}

export function datesFor(
  ctx: Context,
  scenario: Scenario,
): { published: string; deadline: string | undefined } {
  const { random, today } = ctx;
  if (scenario.open === 'deadline')
    return {
      published: addDays(today, -random.int(0, 20)),
      deadline: addDays(today, random.int(5, 40)),
    };
  if (scenario.open === 'no-deadline')
    return { published: addDays(today, -random.int(0, 40)), deadline: undefined };
  const published = random.chance(0.12)
    ? addDays(today, -random.int(0, 75))
    : addDays(today, -random.int(0, 6 * 365));
  return {
    published,
    deadline: random.chance(0.8) ? addDays(published, random.int(10, 75)) : undefined,
  };
}
