/**
 * `/offres/<slug>/fiche.pdf`: the offer's printable « fiche de poste » (skipped with
 * OFFRES_SKIP_PDF=1). In a build the PDF integration writes the sheets itself, on worker
 * threads (see startBuildPdfWrites); the dev server serves them from this endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OfferView } from '../../../lib/catalog.ts';
import { getCatalog } from '../../../lib/offers.ts';
import { getOfferPdf, isPdfEnabled, startBuildPdfWrites } from '../../../lib/pdf/index.ts';
import { DEFAULT_SITE_URL } from '../../../lib/site.ts';

const site = import.meta.env.SITE ?? DEFAULT_SITE_URL;

export const getStaticPaths = (async () => {
  if (!isPdfEnabled()) return [];
  const { offers, now } = await getCatalog();
  if (await startBuildPdfWrites(offers, { site, now })) return [];
  return offers.map((offer) => ({ params: { slug: offer.slug }, props: { offer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ offer: OfferView }> = async ({ props }) => {
  const { now } = await getCatalog();
  const bytes = await getOfferPdf(props.offer, { site, now });
  return new Response(bytes, { headers: { 'Content-Type': 'application/pdf' } });
};
