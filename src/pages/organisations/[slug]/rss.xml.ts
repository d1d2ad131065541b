import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Group, OrganisationView } from '../../../lib/catalog.ts';
import { getFeedOptions } from '../../../lib/feeds.ts';
import { getCatalog } from '../../../lib/offers.ts';
import { requireSite } from '../../../lib/seo.ts';
import { paths } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { organisations } = await getCatalog();
  return organisations.map((group) => ({ params: { slug: group.key.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: Group<OrganisationView> }> = async ({
  props: { group },
  site,
}) => {
  const { now } = await getCatalog();
  const { key: organisation, offers } = group;
  return rss(
    getFeedOptions(
      {
        name: organisation.data.name,
        path: paths.organisationRss(organisation.slug),
        pagePath: paths.organisation(organisation.slug),
        offers,
        now,
      },
      requireSite(site),
    ),
  );
};
