/**
 * Feeds people follow beyond the site, région and organisation ones: one per contract type
 * and one per région × contract type (« Stage · Hauts-de-France »), only where at least one
 * offer was published; and the directory of every feed that `/abonnement/` lists. Pure: no
 * `astro:*` import.
 */
import type { Catalog, Group, OfferView } from '../catalog.ts';
import { SITE_FEED_NAME, getFeedTitle, type FeedSpec } from '../feeds.ts';
import { CONTRACT_LABELS } from '../format.ts';
import type { Region } from '../geo.ts';
import { CONTRACTS, type Contract } from '../../schema/offer.ts';
import { paths, type EmailAlerts } from '../site.ts';
import { followPaths } from './paths.ts';

/** Offers of one contract type (offers with several contracts count for each), catalog order. */
export interface ContractGroup {
  contract: Contract;
  label: string;
  offers: OfferView[];
  open: OfferView[];
}

function byContract(offers: readonly OfferView[]): ContractGroup[] {
  return CONTRACTS.map((contract) => {
    const list = offers.filter((o) => o.data.contract.includes(contract));
    return {
      contract,
      label: CONTRACT_LABELS[contract],
      offers: list,
      open: list.filter((o) => o.status === 'open'),
    };
  }).filter((group) => group.offers.length > 0);
}

/** Contract types with at least one published offer, in the schema's order. */
export function getContractGroups(catalog: Pick<Catalog, 'offers'>): ContractGroup[] {
  return byContract(catalog.offers);
}

/** For each région with offers, its contract types with at least one offer. */
export function getRegionContractGroups(
  catalog: Pick<Catalog, 'regions'>,
): { region: Region; contracts: ContractGroup[] }[] {
  return catalog.regions.map((group) => ({
    region: group.key,
    contracts: byContract(group.offers),
  }));
}

/** « Stage », « Stage · Hauts-de-France »: what a contract feed covers, in its title. */
export function getContractFeedName(label: string, region?: Region): string {
  return region ? `${label} · ${region.name}` : label;
}

export function getContractFeedSpec(group: ContractGroup, now: Date, region?: Region): FeedSpec {
  return {
    name: getContractFeedName(group.label, region),
    path: region
      ? followPaths.regionContractRss(region.slug, group.contract)
      : followPaths.contractRss(group.contract),
    pagePath: followPaths.contractSearch(group.contract, region?.slug),
    offers: group.offers,
    now,
  };
}

/** One line of `/abonnement/`. */
export interface FeedEntry {
  /** What it covers, e.g. « Corse », « Stage ». */
  name: string;
  /** The feed's path. */
  href: string;
  /** The feed's own title, « Offres — Corse ». */
  title: string;
  open: number;
  total: number;
  /** The e-mail service's subscription address for this feed, when alerts are configured. */
  email?: string | undefined;
}

export interface FeedSection {
  id: string;
  heading: string;
  entries: FeedEntry[];
  /** Sub-lists (région × contract: one per région). */
  subsections?: { heading: string; entries: FeedEntry[] }[];
}

/** The e-mail service's address for one feed (an absolute feed URL), or undefined when off. */
export function getEmailSubscribeUrl(
  alerts: EmailAlerts | undefined,
  feedPath: string,
  site: URL,
): string | undefined {
  return alerts?.subscribeUrl(new URL(feedPath, site).href);
}

function entry(
  name: string,
  href: string,
  group: Pick<Group<unknown>, 'offers' | 'open'>,
  alerts: EmailAlerts | undefined,
  site: URL,
): FeedEntry {
  return {
    name,
    href,
    title: getFeedTitle(name),
    open: group.open.length,
    total: group.offers.length,
    email: getEmailSubscribeUrl(alerts, href, site),
  };
}

/** Every feed of the site, grouped as `/abonnement/` shows them. */
export function getFeedDirectory(
  catalog: Pick<Catalog, 'offers' | 'open' | 'regions' | 'organisations'>,
  alerts: EmailAlerts | undefined,
  site: URL,
): FeedSection[] {
  const contract = (g: ContractGroup, region?: Region) =>
    entry(
      getContractFeedName(g.label, region),
      region
        ? followPaths.regionContractRss(region.slug, g.contract)
        : followPaths.contractRss(g.contract),
      g,
      alerts,
      site,
    );
  const sections: FeedSection[] = [
    {
      id: 'site',
      heading: 'Tout le site',
      entries: [entry(SITE_FEED_NAME, paths.rss(), catalog, alerts, site)],
    },
    {
      id: 'regions',
      heading: 'Par région',
      entries: catalog.regions.map((g) =>
        entry(g.key.name, paths.regionRss(g.key.slug), g, alerts, site),
      ),
    },
    {
      id: 'contrats',
      heading: 'Par type de contrat',
      entries: getContractGroups(catalog).map((g) => contract(g)),
    },
    {
      id: 'regions-contrats',
      heading: 'Par région et type de contrat',
      entries: [],
      subsections: getRegionContractGroups(catalog).map(({ region, contracts }) => ({
        heading: region.name,
        entries: contracts.map((g) => contract(g, region)),
      })),
    },
    {
      id: 'organisations',
      heading: 'Par organisation',
      entries: catalog.organisations.map((g) =>
        entry(g.key.data.name, paths.organisationRss(g.key.slug), g, alerts, site),
      ),
    },
  ];
  return sections;
}

/** Every feed path of the directory, sub-lists included (what the page must link to). */
export function listFeedPaths(sections: readonly FeedSection[]): string[] {
  return sections.flatMap((s) => [
    ...s.entries.map((e) => e.href),
    ...(s.subsections ?? []).flatMap((sub) => sub.entries.map((e) => e.href)),
  ]);
}
