import type { APIRoute } from 'astro';
import { getOffersExport } from '../lib/offers-export.ts';
import { getCatalog } from '../lib/offers.ts';
import { requireSite } from '../lib/seo.ts';

/** Open offers for partners and aggregators; the format is documented in src/lib/offers-export.ts. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(getOffersExport(await getCatalog(), requireSite(site)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
