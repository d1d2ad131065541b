/**
 * `/offres/<slug>/fiche.pdf` under `npm run dev` (injected by src/integrations/offres.ts): a
 * build writes every sheet from the catalog instead, on a worker pool.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OfferView } from '../lib/catalog.ts';
import { getCatalog } from '../lib/offers.ts';
import { getOfferPdf } from '../lib/pdf/index.ts';
import { DEFAULT_SITE_URL } from '../lib/site.ts';

const site = import.meta.env.SITE ?? DEFAULT_SITE_URL;

export const getStaticPaths = (async () => {
  const { offers } = await getCatalog();
  return offers.map((offer) => ({ params: { slug: offer.slug }, props: { offer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ offer: OfferView }> = async ({ props }) => {
  const { now } = await getCatalog();
  const bytes = await getOfferPdf(props.offer, { site, now });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
