/**
 * Site-wide constants, derived from the configuration (`offres.config.ts`, or the file named by
 * OFFRES_CONFIG: src/config/load.ts), plus the URL builders every internal link goes through.
 */
// The build reads offres.config.ts; browser bundles get the validated result (#config).
import { loadConfig } from '#config';

/** The validated configuration. */
export const CONFIG = loadConfig();


export const SITE_NAME = CONFIG.name;
export const SITE_TAGLINE = CONFIG.tagline;
export const SITE_DESCRIPTION = CONFIG.description;
/** The public URL; OFFRES_SITE overrides it (astro.config.mjs). */
export const DEFAULT_SITE_URL = CONFIG.url;

/** What the site makes: PDF sheets, calendar files, search, the publishing page. */
export const FEATURES = CONFIG.features;

/** An offer with no deadline stays open this many days after `published`. */
export const DEFAULT_OPEN_DAYS = CONFIG.openDays;

/** Default time zone for metropolitan France and offers abroad. */
export const DEFAULT_TIME_ZONE = CONFIG.timeZone;

/** How many recently closed offers the home page shows under the open ones. */
export const HOME_RECENTLY_CLOSED = CONFIG.homeRecentlyClosed;

/** Page size of paginated lists (open offers, archives, indexes). */
export const PAGE_SIZE = CONFIG.pageSize;

/**
 * How many open offers the home page and the first state of `/recherche/` show, newest first:
 * one page of `/offres/`, so that their « more » link continues at its page 2. Listing every
 * open offer there made a phone lay out ~1,000 cards at 10,000 offers.
 */
export const HOME_OPEN_OFFERS = PAGE_SIZE;

/** Page size of the organisations index (short rows, so more per page than offer lists). */
export const ORGANISATIONS_PAGE_SIZE = CONFIG.organisationsPageSize;

/**
 * Most items in one RSS feed (site, région or organisation): the newest published offers.
 * Feed readers only need what is new since their last poll; 10,000 items would weigh ~4 MB.
 */
export const FEED_MAX_ITEMS = CONFIG.feedSize;

/** Social-sharing image (1200×630), drawn at build from the configuration (src/pages/og-image.png.ts). */
export const SOCIAL_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `${SITE_NAME} — ${SITE_TAGLINE}`,
};

/** URL builders: every internal link goes through these. */
export const paths = {
  home: () => '/',
  offer: (slug: string) => `/offres/${slug}/`,
  offerPdf: (slug: string) => `/offres/${slug}/fiche.pdf`,
  offerIcs: (slug: string) => `/offres/${slug}/date-limite.ics`,
  /** Every open offer, newest first, paginated. */
  openOffers: (page = 1) => (page <= 1 ? '/offres/' : `/offres/${page}/`),
  organisations: (page = 1) => (page <= 1 ? '/organisations/' : `/organisations/${page}/`),
  organisation: (slug: string, page = 1) =>
    page <= 1 ? `/organisations/${slug}/` : `/organisations/${slug}/${page}/`,
  organisationRss: (slug: string) => `/organisations/${slug}/rss.xml`,
  /** The organisation's logo, copied from content/organisations/logos/ (ext: svg, png, jpg, webp). */
  organisationLogo: (slug: string, ext: string) => `/organisations/${slug}/logo.${ext}`,
  regions: () => '/regions/',
  region: (slug: string, page = 1) =>
    page <= 1 ? `/regions/${slug}/` : `/regions/${slug}/${page}/`,
  regionRss: (slug: string) => `/regions/${slug}/rss.xml`,
  archives: (page = 1) => (page <= 1 ? '/archives/' : `/archives/${page}/`),
  search: () => '/recherche/',
  rss: () => '/rss.xml',
  /** XSL stylesheet that turns every feed into a readable page in a browser. */
  rssStylesheet: () => '/rss.xsl',
  /** Open offers for partners and aggregators. */
  offersJson: () => '/offres.json',
  sitemapIndex: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  favicon: () => '/favicon.svg',
  socialImage: () => SOCIAL_IMAGE.path,
  /** A face of the configured font, served to browsers as WOFF. */
  font: (face: string) => `/polices/${face}.woff`,
  legalNotice: () => '/mentions-legales/',
  personalData: () => '/donnees-personnelles/',
  accessibility: () => '/accessibilite/',
  siteMap: () => '/plan-du-site/',
  /** The publishing page (FEATURES.publishing) and its data files (communes, organisations). */
  publish: () => '/publier/',
  publishData: (name: 'communes' | 'organisations') => `/publier/${name}.json`,
} as const;

/** An RSS-to-e-mail service that turns any of the site's feeds into e-mail alerts. */
export interface EmailAlerts {
  /** The service's name, shown as the sender of the mail (« Les e-mails sont envoyés par … »). */
  service: string;
  /** The service's subscription address for one feed (absolute feed URL in, absolute URL out). */
  subscribeUrl: (feedUrl: string) => string;
  /** Who the mail comes from, as the service states it (an address or a name). */
  sender: string;
}

/** E-mail alerts for every feed of `/abonnement/` (`emailAlerts` of the configuration), or none. */
export const EMAIL_ALERTS: EmailAlerts | undefined = CONFIG.emailAlerts && {
  service: CONFIG.emailAlerts.service,
  sender: CONFIG.emailAlerts.sender,
  subscribeUrl: (feedUrl) =>
    CONFIG.emailAlerts?.subscribeUrl.replace('{feed}', encodeURIComponent(feedUrl)) ?? feedUrl,
};
