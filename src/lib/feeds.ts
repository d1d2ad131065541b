/**
 * RSS feeds (site, région, organisation) from the catalog, for `@astrojs/rss`. One item per
 * offer, newest published first, at most FEED_MAX_ITEMS: an offer stays in its feeds after it
 * closes until newer ones push it out. Pure: no `astro:*` import.
 *
 * Escaping: `@astrojs/rss` escapes title, description, content and categories as XML text,
 * but inserts `customData` raw. Readers parse `description` and `content` as HTML: the HTML we
 * build for them escapes contributed text itself. Titles and categories are plain text.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { OfferView } from './catalog.ts';
import {
  CONTRACT_LABELS,
  REMOTE_LABELS,
  escapeMarkup,
  formatContracts,
  formatDate,
} from './format.ts';
import { formatPay, formatPlace } from './offer-facts.ts';
import { CONFIG, FEED_MAX_ITEMS, SITE_NAME, paths } from './site.ts';
import { UI } from './ui-text.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** What the site feed covers, in its title. */
export const SITE_FEED_NAME = UI.feeds.siteFeedName;

/** « Le Mont-Dore », « Bruxelles », or « À distance » for a fully remote offer with no place. */
function getTown(offer: OfferView): string {
  const { place } = offer;
  if (!place) return 'À distance';
  return place.kind === 'france' ? place.communeName : place.city;
}

/** « Intitulé — Organisation (Ville) » */
export function getFeedItemTitle(offer: OfferView): string {
  return `${offer.data.title} — ${offer.organisation.data.name} (${getTown(offer)})`;
}

/** The key facts a subscriber decides on, as label/value pairs. Absolute dates only: a feed is read later. */
export function getFeedFacts(offer: OfferView): { label: string; value: string }[] {
  const { data } = offer;
  const place = formatPlace(offer);
  const facts = [
    {
      label: UI.facts.contract(data.contract.length),
      value: formatContracts(data.contract),
    },
    {
      label: UI.facts.place,
      value:
        data.remote === 'none' || !offer.place
          ? place
          : `${place} (${REMOTE_LABELS[data.remote].toLowerCase()})`,
    },
    {
      label: UI.facts.deadline,
      value: data.deadline ? `${formatDate(data.deadline)} inclus` : '',
    },
    { label: UI.facts.pay, value: formatPay(offer) ?? '' },
  ];
  if (offer.status === 'closed') facts.unshift({ label: UI.feeds.status, value: UI.feeds.closedStatus });
  return facts.filter((f) => f.value !== '');
}

/** Plain-text summary: « Contrat : CDD · Lieu : … · Date limite de candidature : … ». */
export function getFeedItemDescription(offer: OfferView): string {
  return getFeedFacts(offer)
    .map((f) => `${f.label} : ${f.value}`)
    .join(' · ');
}

/**
 * getFeedItemDescription() as HTML: RSS readers (and JobPosting consumers) read a description
 * as HTML, so editor text in it (a salaryText with markup…) must be escaped to stay text. Text
 * content needs only `&`, `<` and `>` escaped: apostrophes stay as typed, since the feed's XSL
 * view shows this field as it is written.
 */
export function getFeedItemDescriptionHtml(offer: OfferView): string {
  return getFeedItemDescription(offer)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Full HTML for readers that show it: the facts, the (sanitised) description, a link to apply. */
function getFeedItemContent(offer: OfferView, site: URL): string {
  const facts = getFeedFacts(offer)
    .map((f) => `<li><strong>${escapeMarkup(f.label)} :</strong> ${escapeMarkup(f.value)}</li>`)
    .join('');
  const url = new URL(offer.url, site).href;
  const call = offer.status === 'open' ? UI.feeds.seeAndApply : UI.feeds.see;
  return `<ul>${facts}</ul>${offer.html}<p><a href="${escapeMarkup(url)}">${call}</a></p>`;
}

/** Contract labels, régions (« À distance » included) and tags. */
export function getFeedItemCategories(offer: OfferView): string[] {
  const categories = [
    ...offer.data.contract.map((c) => CONTRACT_LABELS[c]),
    ...offer.regions.map((r) => r.name),
    ...offer.data.tags,
  ];
  return [...new Set(categories)];
}

export function getFeedItem(offer: OfferView, site: URL): RSSFeedItem {
  return {
    title: getFeedItemTitle(offer),
    // Absolute; @astrojs/rss also uses it as the item's permalink guid, stable as the URL is.
    link: new URL(offer.url, site).href,
    // A date without a time: noon UTC is the same calendar day from UTC−12 to UTC+11 (Nouméa).
    pubDate: new Date(`${offer.data.published}T12:00:00Z`),
    description: getFeedItemDescriptionHtml(offer),
    content: getFeedItemContent(offer, site),
    categories: getFeedItemCategories(offer),
  };
}

export interface FeedSpec {
  /** What the feed covers: « toutes les offres », a région or an organisation name. */
  name: string;
  /** The feed's own path, e.g. paths.regionRss('corse'). */
  path: string;
  /** The HTML page the feed mirrors, e.g. paths.region('corse'). */
  pagePath: string;
  /** The group's offers, newest published first (the catalog's order). */
  offers: readonly OfferView[];
  /** The build's "now", for lastBuildDate. */
  now: Date;
}

export function getFeedTitle(name: string): string {
  return UI.feeds.title(SITE_NAME, name);
}

/** Options for `rss()`: capped items, French channel, self link and the XSL stylesheet. */
export function getFeedOptions(spec: FeedSpec, site: URL): RSSOptions {
  const self = new URL(spec.path, site).href;
  return {
    title: getFeedTitle(spec.name),
    description: UI.feeds.description(FEED_MAX_ITEMS, SITE_NAME, spec.name),
    // The channel <link> points at the page this feed mirrors.
    site: new URL(spec.pagePath, site).href,
    items: spec.offers.slice(0, FEED_MAX_ITEMS).map((offer) => getFeedItem(offer, site)),
    xmlns: { atom: ATOM_NS },
    stylesheet: paths.rssStylesheet(),
    customData: [
      '<language>fr-FR</language>',
      `<copyright>${escapeMarkup(CONFIG.publisher.name)}</copyright>`,
      `<lastBuildDate>${spec.now.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    trailingSlash: true,
  };
}
