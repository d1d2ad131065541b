import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  getContractFeedSpec,
  getRegionContractGroups,
  type ContractGroup,
} from '../../../../lib/alerts/follow-feeds.ts';
import { getFeedOptions } from '../../../../lib/feeds.ts';
import type { Region } from '../../../../lib/geo.ts';
import { getCatalog } from '../../../../lib/offers.ts';
import { requireSite } from '../../../../lib/seo.ts';

/** One feed per région × contract type with at least one published offer (« Stage · Corse »). */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return getRegionContractGroups(catalog).flatMap(({ region, contracts }) =>
    contracts.map((group) => ({
      params: { slug: region.slug, contrat: group.contract },
      props: { group, region },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: ContractGroup; region: Region }> = async ({
  props: { group, region },
  site,
}) => {
  const { now } = await getCatalog();
  return rss(getFeedOptions(getContractFeedSpec(group, now, region), requireSite(site)));
};
