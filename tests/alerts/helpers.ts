/** Expectations shared by the follow-feature tests, derived from the same pure modules the site uses. */
import type { Catalog } from '../../src/lib/catalog.ts';
import { getContractGroups, getRegionContractGroups } from '../../src/lib/alerts/follow-feeds.ts';
import { followPaths } from '../../src/lib/alerts/paths.ts';

/** Paths of every contract and région × contract feed the catalog calls for. */
export function listFollowFeedPaths(catalog: Catalog): string[] {
  return [
    ...getContractGroups(catalog).map((g) => followPaths.contractRss(g.contract)),
    ...getRegionContractGroups(catalog).flatMap(({ region, contracts }) =>
      contracts.map((g) => followPaths.regionContractRss(region.slug, g.contract)),
    ),
  ];
}
