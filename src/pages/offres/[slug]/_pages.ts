import type { Catalog, OfferView } from '../../../lib/catalog.ts';
import { getPageKey } from '../../../lib/page-keys.ts';
import { getSimilarOffers, type SimilarOffer } from '../../../lib/similar.ts';

// A type, not an interface: Astro's page props need an index signature.
export type OfferPageProps = {
  offer: OfferView;
  /** Props, not computed by the page, so that the page's key follows them. */
  similar: SimilarOffer[];
};

/**
 * Each offer page's props and cache key: unchanged offers are copied from the previous build
 * (experimental.incrementalBuild); a closed offer's props stay the same in every later build.
 */
export function getOfferPages(
  catalog: Catalog,
): { offer: OfferView; props: OfferPageProps; cacheKey: string }[] {
  const similar = getSimilarOffers(catalog);
  return catalog.offers.map((offer) => {
    const props = { offer, similar: similar.get(offer.slug) ?? [] };
    return { offer, props, cacheKey: getPageKey(props) };
  });
}
