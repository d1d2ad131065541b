/**
 * One generated offer: front matter in the content model (src/schema/offer.ts) and a markdown
 * body, its place and dates drawn by scenario.ts: most offers closed years of archives
 * back, some open (with or without a deadline), a few drafts. A scenario forces the rare cases
 * so that even a small corpus holds every one of them.
 */
import { addDays } from '../../src/lib/lifecycle.ts';
import { slugify } from '../../src/lib/slug.ts';
import { CONTRACTS, type Contract } from '../../src/schema/offer.ts';
import { makeBody } from './body.ts';
import { cut, type GeneratedOrganisation } from './organisations.ts';
import { makePay } from './pay.ts';
import type { Place } from './places.ts';
import { datesFor, placeFor, type Context, type Scenario } from './scenario.ts';
import { INSTRUCTIONS, SECTORS, START_TEXTS } from './words.ts';
import { flowList, quote } from './yaml.ts';
import { FRENCH_MONTHS } from '../../src/lib/french-months.ts';

const MONTHS: readonly string[] = FRENCH_MONTHS;
const frenchDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

const CONTRACT_WEIGHTS: Record<Contract, number> = {
  cdi: 14,
  cdd: 30,
  stage: 16,
  alternance: 5,
  'service-civique': 8,
  freelance: 6,
  benevolat: 8,
  'fonction-publique': 9,
  autre: 4,
};
const CONTRACT_LISTS: readonly (readonly Contract[])[] = [
  ['stage', 'cdd'],
  ['cdd', 'cdi'],
  ['alternance', 'cdi'],
  ['benevolat', 'service-civique'],
];
const TITLE_PREFIX: Partial<Record<Contract, string>> = {
  stage: 'Stage – ',
  alternance: 'Alternance – ',
  'service-civique': 'Service civique – ',
  benevolat: 'Bénévole – ',
};
const DURATION: Partial<Record<Contract, [number, number]>> = {
  cdd: [3, 18],
  stage: [2, 6],
  alternance: [12, 24],
  'service-civique': [6, 10],
  freelance: [1, 6],
};

export interface GeneratedOffer {
  slug: string;
  text: string;
  draft: boolean;
  contracts: Contract[];
  place: Place | undefined;
  remote: 'none' | 'partial' | 'full';
  published: string;
  deadline: string | undefined;
  xpf: boolean;
}

export function makeOffer(
  ctx: Context,
  org: GeneratedOrganisation,
  scenario: Scenario,
): GeneratedOffer {
  const { random } = ctx;
  const sector = random.chance(0.8) ? org.sector : random.pick(SECTORS);
  const [place, remote] = placeFor(ctx, org, scenario);
  const contracts = [
    ...(scenario.contracts ??
      (random.chance(0.05)
        ? random.pick(CONTRACT_LISTS)
        : [random.weighted(CONTRACTS, (c) => CONTRACT_WEIGHTS[c])])),
  ];
  const main = contracts[0] ?? 'cdd';
  const job = random.pick(sector.jobs);
  const title =
    main === 'service-civique' || main === 'benevolat'
      ? `${TITLE_PREFIX[main]}${random.pick(sector.themes).replace(/^(la |le |les |l’)/, '')}`
      : `${TITLE_PREFIX[main] ?? ''}${job}`;
  let { published, deadline } = datesFor(ctx, scenario);
  while (ctx.posts.has(`${org.slug}|${title}|${published}`)) {
    published = addDays(published, -1);
    if (deadline) deadline = addDays(deadline, -1);
  }
  ctx.posts.add(`${org.slug}|${title}|${published}`);
  const draft = scenario.draft ?? random.chance(0.015);
  const xpf = (place ?? org.home).xpf;
  const pay = makePay(random, main, xpf);

  const fm = [
    '---',
    `title: ${quote(title)}`,
    `organisation: ${org.slug}`,
    `contract: ${contracts.length > 1 ? flowList(contracts) : main}`,
  ];
  const workingTime = random.weighted(
    ['full-time', 'part-time', ''] as const,
    (w) => ({ 'full-time': 5, 'part-time': 2, '': 3 })[w],
  );
  if (workingTime) fm.push(`workingTime: ${workingTime}`);
  if (workingTime === 'part-time') fm.push(`hoursPerWeek: ${random.int(8, 30)}`);
  if (place) {
    fm.push('location:', `  city: ${quote(place.city)}`);
    if (place.postalCode) fm.push(`  postalCode: ${quote(place.postalCode)}`);
    if (place.country) fm.push(`  country: ${place.country}`);
  }
  if (remote !== 'none' || random.chance(0.5)) fm.push(`remote: ${remote}`);
  fm.push(`published: ${published}`);
  if (random.chance(0.1)) {
    const updated = addDays(published, random.int(1, 10));
    if (updated <= ctx.today) fm.push(`updated: ${updated}`);
  }
  if (deadline) fm.push(`deadline: ${deadline}`);
  const start = random.next();
  if (start < 0.5) fm.push(`start: ${addDays(deadline ?? published, random.int(7, 45))}`);
  else if (start < 0.65) fm.push(`startText: ${quote(random.pick(START_TEXTS))}`);
  const duration = DURATION[main];
  if (duration && random.chance(0.8))
    fm.push(`durationMonths: ${random.int(duration[0], duration[1])}`);
  else if (main === 'benevolat' && random.chance(0.4))
    fm.push(`durationText: ${quote('quelques heures par semaine')}`);
  fm.push(...pay.lines);
  const a = random.next();
  const email =
    a < 0.75
      ? `${random.pick(['recrutement', 'contact', 'candidatures', 'rh'])}@${org.domain}`
      : undefined;
  const url =
    a > 0.5
      ? `https://${org.domain}/recrutement/${published.slice(0, 4)}-${random.int(10, 999)}`
      : undefined;
  fm.push('apply:');
  if (email) fm.push(`  email: ${quote(email)}`);
  if (url) fm.push(`  url: ${quote(url)}`);
  if (random.chance(0.4)) fm.push(`  instructions: ${quote(random.pick(INSTRUCTIONS))}`);
  if (random.chance(0.2))
    fm.push(`reference: ${quote(`${published.slice(2, 4)}-${random.int(10, 999)}/RH`)}`);
  const tags = random.sample(sector.tags, random.int(0, 4));
  if (tags.length > 0) fm.push(`tags: ${flowList(tags)}`);
  if (draft) fm.push('draft: true');
  fm.push('---', '');

  const where = !place
    ? 'à distance'
    : place.country
      ? `à ${place.city}`
      : `à ${place.city} (${place.regionName})`;
  const body = makeBody(random, {
    organisation: org.name,
    job,
    sector,
    where,
    year: Number(published.slice(0, 4)),
    website: url,
    email,
    deadline: deadline && frenchDate(deadline),
    pay: pay.label,
  });
  const base = `${published.slice(0, 7)}-${cut(org.slug, 28)}-${cut(slugify(title), 40)}`;
  let slug = base;
  for (let n = 2; ctx.slugs.has(slug); n++) slug = `${base}-${n}`;
  ctx.slugs.add(slug);
  return {
    slug,
    text: fm.join('\n') + body,
    draft,
    contracts,
    place,
    remote,
    published,
    deadline,
    xpf: pay.currency === 'XPF',
  };
}
