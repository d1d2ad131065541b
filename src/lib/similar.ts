/**
 * « Offres similaires », computed once per build from the catalog: offers that share the
 * offer's région, a contract type or tags, at most SIMILAR_MAX, never the offer itself.
 *
 * Score: same région 3, a shared contract type 2, each shared tag 1; an offer sharing nothing
 * is never listed. Order, fully deterministic: open offers first, then by score, then open
 * ones newest published first and closed ones most recently closed first, then by slug.
 *
 * A closed offer's page must stay the same in every later build (its cache key hashes its
 * props: src/lib/page-keys.ts), so its list cannot depend on today: it only lists offers that
 * had closed by the time it closed (closing instant at or before its own). Those are closed
 * whatever the build's date, and no later offer can join them except an archive added by hand.
 *
 * Each list of candidates (per région, contract, tag) is read from its start, or, for a closed
 * offer, from its own closing instant, for at most SCAN_LIMIT entries: at 10,000 offers this
 * stays a few million comparisons instead of a hundred million.
 */
import type { Catalog, OfferView } from './catalog.ts';
import { formatContracts } from './format.ts';
import { formatPlace } from './offer-facts.ts';

export const SIMILAR_MAX = 4;
const SCAN_LIMIT = 60;

/** What an offer page shows of a similar offer: small, so its cache key stays cheap. */
export interface SimilarOffer {
  slug: string;
  title: string;
  organisation: string;
  place: string;
  contract: string;
  closed: boolean;
}

function keysOf(offer: OfferView): string[] {
  return [
    ...offer.regions.map((r) => `r:${r.slug}`),
    ...offer.data.contract.map((c) => `c:${c}`),
    ...offer.data.tags.map((t) => `t:${t}`),
  ];
}

/** Scores candidates against one offer. */
function scorer(offer: OfferView): (candidate: OfferView) => number {
  const regions = new Set(offer.regions.map((r) => r.slug));
  const contracts = new Set<string>(offer.data.contract);
  const tags = new Set(offer.data.tags);
  return (b) =>
    (b.regions.some((r) => regions.has(r.slug)) ? 3 : 0) +
    (b.data.contract.some((c) => contracts.has(c)) ? 2 : 0) +
    b.data.tags.filter((t) => tags.has(t)).length;
}

function index(offers: OfferView[]): Map<string, OfferView[]> {
  const byKey = new Map<string, OfferView[]>();
  for (const offer of offers) {
    for (const key of new Set(keysOf(offer))) {
      const list = byKey.get(key) ?? [];
      list.push(offer);
      byKey.set(key, list);
    }
  }
  return byKey;
}

/** First index of a list sorted by closing instant, latest first, that closed at or before `time`. */
function firstClosedBy(list: OfferView[], time: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.closesAt.getTime() > time) low = mid + 1;
    else high = mid;
  }
  return low;
}

function toSimilar(offer: OfferView): SimilarOffer {
  return {
    slug: offer.slug,
    title: offer.data.title,
    organisation: offer.organisation.data.name,
    place: formatPlace(offer),
    contract: formatContracts(offer.data.contract),
    closed: offer.status === 'closed',
  };
}

/** The similar offers of every offer of the catalog, by slug. */
export function getSimilarOffers(
  catalog: Pick<Catalog, 'open' | 'closed' | 'offers'>,
): Map<string, SimilarOffer[]> {
  // catalog.open is newest first, catalog.closed most recently closed first: lists keep that order.
  const open = index(catalog.open);
  const closed = index(catalog.closed);
  const rank = new Map<OfferView, number>();
  for (const offer of [...catalog.open, ...catalog.closed]) rank.set(offer, rank.size);

  const result = new Map<string, SimilarOffer[]>();
  for (const offer of catalog.offers) {
    const candidates = new Set<OfferView>();
    for (const key of keysOf(offer)) {
      const lists =
        offer.status === 'open'
          ? [open.get(key) ?? [], closed.get(key) ?? []].map((list) => ({ list, from: 0 }))
          : [{ list: closed.get(key) ?? [], from: 0 }].map(({ list }) => ({
              list,
              from: firstClosedBy(list, offer.closesAt.getTime()),
            }));
      for (const { list, from } of lists) {
        for (const candidate of list.slice(from, from + SCAN_LIMIT + 1)) {
          if (candidate !== offer) candidates.add(candidate);
        }
      }
    }
    const score = scorer(offer);
    const scored = [...candidates].map((candidate) => ({ candidate, score: score(candidate) }));
    scored.sort(
      (a, b) =>
        Number(a.candidate.status === 'closed') - Number(b.candidate.status === 'closed') ||
        b.score - a.score ||
        rank.get(a.candidate)! - rank.get(b.candidate)!,
    );
    result.set(
      offer.slug,
      scored.slice(0, SIMILAR_MAX).map(({ candidate }) => toSimilar(candidate)),
    );
  }
  return result;
}
