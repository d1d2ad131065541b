/**
 * `/offres/<slug>/date-limite.ics` under `npm run dev` (injected by src/integrations/offres.ts):
 * a build writes the same files from the catalog instead (src/lib/outputs/calendars.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OfferView } from '../lib/catalog.ts';
import { getDeadlineIcs, hasDeadlineEvent } from '../lib/ics.ts';
import { getCatalog } from '../lib/offers.ts';
import { DEFAULT_SITE_URL } from '../lib/site.ts';

const site = import.meta.env.SITE ?? DEFAULT_SITE_URL;

export const getStaticPaths = (async () => {
  const { open } = await getCatalog();
  return open
    .filter(hasDeadlineEvent)
    .map((offer) => ({ params: { slug: offer.slug }, props: { offer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ offer: OfferView }> = async ({ props }) => {
  const { now } = await getCatalog();
  const ics = getDeadlineIcs(props.offer, { site, now }) ?? '';
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
