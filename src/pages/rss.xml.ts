import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_FEED_NAME, getFeedOptions } from '../lib/feeds.ts';
import { getCatalog } from '../lib/offers.ts';
import { requireSite } from '../lib/seo.ts';
import { paths } from '../lib/site.ts';

/** The site feed: every published offer, newest first, capped at FEED_MAX_ITEMS. */
export const GET: APIRoute = async ({ site }) => {
  const { offers, now } = await getCatalog();
  return rss(
    getFeedOptions(
      { name: SITE_FEED_NAME, path: paths.rss(), pagePath: paths.home(), offers, now },
      requireSite(site),
    ),
  );
};
