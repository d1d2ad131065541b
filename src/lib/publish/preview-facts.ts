/**
 * What the publishing page's preview shows of an offer: the offer page's badge, title,
 * organisation and facts list, with the same labels and wording (src/lib/offer-facts.ts).
 */
import type { OfferView } from '../catalog.ts';
import { resolvePlace } from '../geo.ts';
import { getOfferFacts, type Fact } from '../offer-facts.ts';
import type { Offer } from '../../schema/index.ts';
import { UI } from '../ui-text.ts';

export interface Preview {
  badge: string;
  title: string;
  organisationName: string;
  /** Present when the file has no problem (the facts need the offer as the schema reads it). */
  facts?: Fact[];
  body: string;
}

const DAY = 86_400_000;

export function previewFacts(offer: Offer, organisationName: string, today: string): Fact[] {
  const place = offer.location ? resolvePlace(offer.location) : undefined;
  const daysLeft = offer.deadline
    ? Math.round((Date.parse(offer.deadline) - Date.parse(today)) / DAY)
    : 0;
  const view = {
    data: offer,
    organisation: { data: { name: organisationName } },
    place: place?.ok ? place.place : undefined,
    status: 'open',
    daysLeft,
  } as unknown as OfferView;
  // As on the offer page (OfferFacts.astro): the organisation is under the title, not a fact.
  return getOfferFacts(view).filter((f) => f.key !== 'organisation');
}

export const PREVIEW_BADGE = UI.offer.open;
