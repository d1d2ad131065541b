import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Group } from '../../../lib/catalog.ts';
import { getFeedOptions } from '../../../lib/feeds.ts';
import type { Region } from '../../../lib/geo.ts';
import { getCatalog } from '../../../lib/offers.ts';
import { requireSite } from '../../../lib/seo.ts';
import { paths } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { regions } = await getCatalog();
  return regions.map((group) => ({ params: { slug: group.key.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: Group<Region> }> = async ({ props: { group }, site }) => {
  const { now } = await getCatalog();
  const { key: region, offers } = group;
  return rss(
    getFeedOptions(
      {
        name: region.name,
        path: paths.regionRss(region.slug),
        pagePath: paths.region(region.slug),
        offers,
        now,
      },
      requireSite(site),
    ),
  );
};
