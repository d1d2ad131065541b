/** `/offres/<slug>/date-limite.ics`: the deadline of an open offer, for the applicant's calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OfferView } from '../../../lib/catalog.ts';
import { getDeadlineIcs, hasDeadlineEvent } from '../../../lib/ics.ts';
import { getCatalog } from '../../../lib/offers.ts';
import { DEFAULT_SITE_URL } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { open } = await getCatalog();
  return open
    .filter(hasDeadlineEvent)
    .map((offer) => ({ params: { slug: offer.slug }, props: { offer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ offer: OfferView }> = async ({ props, site }) => {
  const { now } = await getCatalog();
  const ics = getDeadlineIcs(props.offer, { site: site ?? DEFAULT_SITE_URL, now }) ?? '';
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
