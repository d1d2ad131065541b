/** Offers saved in this browser (localStorage), newest saved first. */
import { STORE_KEYS, readJson, writeJson } from './store.ts';

export interface SavedOffer {
  slug: string;
  title: string;
  organisation: string;
  /** The offer page's path. */
  url: string;
  /** ISO 8601 instant it was saved. */
  savedAt: string;
}

export function listSavedOffers(): SavedOffer[] {
  const list = readJson<unknown>(STORE_KEYS.offers, []);
  return Array.isArray(list)
    ? (list as SavedOffer[]).filter((o) => typeof o?.slug === 'string')
    : [];
}

export function isOfferSaved(slug: string): boolean {
  return listSavedOffers().some((o) => o.slug === slug);
}

export function saveOffer(offer: Omit<SavedOffer, 'savedAt'>, now = new Date()): void {
  const others = listSavedOffers().filter((o) => o.slug !== offer.slug);
  writeJson(STORE_KEYS.offers, [{ ...offer, savedAt: now.toISOString() }, ...others]);
}

export function removeSavedOffer(slug: string): void {
  writeJson(
    STORE_KEYS.offers,
    listSavedOffers().filter((o) => o.slug !== slug),
  );
}
