/** What a generated corpus holds, counted with the site's own place and lifecycle rules. */
import { resolvePlace } from '../../src/lib/geo.ts';
import { getOfferStatus } from '../../src/lib/lifecycle.ts';
import { DEFAULT_TIME_ZONE } from '../../src/lib/site.ts';
import type { GeneratedOffer } from './offers.ts';

export interface CorpusSummary {
  seed: number;
  now: string;
  offers: number;
  organisations: number;
  drafts: number;
  open: number;
  closed: number;
  noDeadline: number;
  xpf: number;
  /** metro, drom (overseas régions), com (overseas collectivities), abroad, remote (no place). */
  places: Record<string, number>;
  /** Offers per contract (an offer with a list counts once for each), and how many have a list. */
  contracts: Record<string, number>;
  contractLists: number;
  totalMB: number;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function summarize(
  offers: readonly GeneratedOffer[],
  organisations: number,
  { seed, now }: { seed: number; now: Date },
): CorpusSummary {
  const summary: CorpusSummary = {
    seed,
    now: now.toISOString(),
    offers: offers.length,
    organisations,
    drafts: 0,
    open: 0,
    closed: 0,
    noDeadline: 0,
    xpf: 0,
    places: {},
    contracts: {},
    contractLists: 0,
    totalMB: 0,
  };
  let bytes = 0;
  for (const offer of offers) {
    bytes += Buffer.byteLength(offer.text);
    if (!offer.deadline) summary.noDeadline++;
    if (offer.xpf) summary.xpf++;
    if (offer.contracts.length > 1) summary.contractLists++;
    for (const contract of offer.contracts) increment(summary.contracts, contract);
    const resolved = offer.place ? resolvePlace(offer.place) : undefined;
    const place = resolved?.ok ? resolved.place : undefined;
    increment(summary.places, !place ? 'remote' : place.kind === 'abroad' ? 'abroad' : place.zone);
    if (offer.draft) summary.drafts++;
    else if (getOfferStatus(offer, place?.timeZone ?? DEFAULT_TIME_ZONE, now) === 'open')
      summary.open++;
    else summary.closed++;
  }
  summary.totalMB = Number((bytes / 1_048_576).toFixed(1));
  return summary;
}
