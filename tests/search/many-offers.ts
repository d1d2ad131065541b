/**
 * A site for the search cases that misled visitors (issue: a filter value with no open offer
 * dropped silently, AND within a filter, closed offers ranked first, no pagination): the
 * repository's five closed seeds (one in Lille, Hauts-de-France) and 26 open offers, more than a
 * page of 20, in Paris, Lyon and Ajaccio, as stages, CDD and CDI. Built once per test run.
 */
import assert from 'node:assert/strict';
import { buildSite, writeContentDir } from '../support/fixtures.ts';

const CITIES = [
  { city: 'Paris', postalCode: '75011' },
  { city: 'Lyon', postalCode: '69001' },
  { city: 'Ajaccio', postalCode: '20000' },
];
const CONTRACTS = ['stage', 'cdd', 'cdi'] as const;
export const OPEN_COUNT = 26;

export interface GeneratedOffer {
  slug: string;
  contract: (typeof CONTRACTS)[number];
  city: string;
  deadline: string;
  workingTime: 'full-time' | 'part-time';
}

const pad = (n: number) => String(n).padStart(2, '0');

export const OFFERS: GeneratedOffer[] = Array.from({ length: OPEN_COUNT }, (_, i) => {
  const place = CITIES[i % CITIES.length]!;
  return {
    slug: `2026-02-poitiers-collectif-offre-${pad(i + 1)}`,
    contract: CONTRACTS[i % CONTRACTS.length]!,
    city: place.city,
    // Deadlines shuffled against publication: 2 March to 27 March, in no particular order.
    deadline: `2026-03-${pad(2 + ((i * 7) % OPEN_COUNT))}`,
    workingTime: i % 4 === 0 ? 'part-time' : 'full-time',
  };
});

function offerFile(offer: GeneratedOffer, i: number): string {
  const place = CITIES.find((c) => c.city === offer.city)!;
  return `---
title: "Offre numéro ${i + 1} : ${offer.contract} à ${offer.city}"
organisation: poitiers-collectif
contract: ${offer.contract}
workingTime: ${offer.workingTime}
location:
  city: ${place.city}
  postalCode: "${place.postalCode}"
published: 2026-02-${pad(1 + (i % 27))}
deadline: ${offer.deadline}
apply:
  email: contact@poitiers-collectif.example
tags: [essai]
---
Une mission de la vie civique, numéro ${i + 1}, pour tester la recherche.
`;
}

let built: Promise<string> | undefined;

/** Builds the site (once per process) and returns its output dir. */
export function buildManyOffers(): Promise<string> {
  built ??= (async () => {
    const files = Object.fromEntries(
      OFFERS.map((offer, i) => [`offers/${offer.slug}.md`, offerFile(offer, i)]),
    );
    const dirs = writeContentDir('search-many-offers', files);
    const result = await buildSite({ contentDir: dirs.contentDir, outDir: dirs.outDir });
    assert.ok(result.ok, result.output);
    return dirs.outDir;
  })();
  return built;
}
