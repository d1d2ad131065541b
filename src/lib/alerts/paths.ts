/**
 * URL builders of the follow, map, saved-offers and embed pages. They join `paths` in
 * src/lib/site.ts when the site configuration lands; until then they live beside their users.
 */
import type { Contract } from '../../schema/offer.ts';
import { paths } from '../site.ts';

export const followPaths = {
  /** Every feed, grouped, with e-mail alerts when configured. */
  subscribe: () => '/abonnement/',
  contractRss: (contract: Contract) => `/contrats/${contract}/rss.xml`,
  regionContractRss: (region: string, contract: Contract) =>
    `/regions/${region}/${contract}/rss.xml`,
  /** The search page filtered the same way: what a contract feed's channel link points at. */
  contractSearch: (contract: Contract, region?: string) =>
    `${paths.search()}?${new URLSearchParams(region ? { region, contrat: contract } : { contrat: contract })}`,
  saved: () => '/sauvegardes/',
  map: () => '/carte/',
  embedHelp: () => '/integrer/',
  embedOrganisation: (slug: string) => `/integrer/organisations/${slug}/`,
  embedRegion: (slug: string) => `/integrer/regions/${slug}/`,
} as const;
