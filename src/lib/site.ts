/** Site-wide constants: one place for names, paths and tunables. */

export const SITE_NAME = 'Offres';
export const SITE_TAGLINE = "Emplois, stages, missions et bénévolat de la vie civique";
export const SITE_DESCRIPTION =
  "Offres d'emploi, de stage, de mission et de bénévolat dans la vie civique : équipes de campagne, collectivités, associations de plaidoyer, groupes d'élus.";
export const DEFAULT_SITE_URL = 'https://offres.example.org';

/** An offer with no deadline stays open this many days after `published`. */
export const DEFAULT_OPEN_DAYS = 60;

/** Default time zone for metropolitan France and offers abroad. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** How many recently closed offers the home page shows under the open ones. */
export const HOME_RECENTLY_CLOSED = 10;

/** Page size of paginated lists (archives, indexes). */
export const PAGE_SIZE = 20;

/** URL builders: every internal link goes through these. */
export const paths = {
  home: () => '/',
  offer: (slug: string) => `/offres/${slug}/`,
  offerPdf: (slug: string) => `/offres/${slug}/fiche.pdf`,
  offerIcs: (slug: string) => `/offres/${slug}/${slug}.ics`,
  organisations: () => '/organisations/',
  organisation: (slug: string) => `/organisations/${slug}/`,
  regions: () => '/regions/',
  region: (slug: string) => `/regions/${slug}/`,
  archives: (page = 1) => (page <= 1 ? '/archives/' : `/archives/${page}/`),
  search: () => '/recherche/',
  rss: () => '/rss.xml',
} as const;
