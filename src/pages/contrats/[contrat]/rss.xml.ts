import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  getContractFeedSpec,
  getContractGroups,
  type ContractGroup,
} from '../../../lib/alerts/follow-feeds.ts';
import { getFeedOptions } from '../../../lib/feeds.ts';
import { getCatalog } from '../../../lib/offers.ts';
import { requireSite } from '../../../lib/seo.ts';

/** One feed per contract type with at least one published offer: newest first, capped. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return getContractGroups(catalog).map((group) => ({
    params: { contrat: group.contract },
    props: { group },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: ContractGroup }> = async ({ props: { group }, site }) => {
  const { now } = await getCatalog();
  return rss(getFeedOptions(getContractFeedSpec(group, now), requireSite(site)));
};
