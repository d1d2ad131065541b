/**
 * `/offres/<slug>/date-limite.ics`: the deadline of an open offer, for the applicant's calendar.
 * In a build the files are written straight into the output dir (writeDeadlineCalendars), and
 * the integration checks them; the dev server serves them from this endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuildSlots } from '../../../lib/build-bridge.ts';
import type { OfferView } from '../../../lib/catalog.ts';
import { getDeadlineIcs, hasDeadlineEvent, writeDeadlineCalendars } from '../../../lib/ics.ts';
import { getCatalog } from '../../../lib/offers.ts';
import { DEFAULT_SITE_URL } from '../../../lib/site.ts';

const site = import.meta.env.SITE ?? DEFAULT_SITE_URL;

export const getStaticPaths = (async () => {
  const { open, now } = await getCatalog();
  const slot = getBuildSlots().calendars;
  if (slot) {
    slot.files ??= writeDeadlineCalendars(open, { site, now }, slot.outDir);
    return [];
  }
  return open
    .filter(hasDeadlineEvent)
    .map((offer) => ({ params: { slug: offer.slug }, props: { offer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ offer: OfferView }> = async ({ props }) => {
  const { now } = await getCatalog();
  const ics = getDeadlineIcs(props.offer, { site, now }) ?? '';
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
