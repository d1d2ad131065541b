/**
 * Every text visitors read on the site's pages, feeds and legal pages, in French: a fork
 * rewords its portal here. Names and addresses come from the configuration (src/lib/site.ts);
 * functions take what varies (counts, names, dates). Editor-facing messages of the content
 * check are not here: they live with the checks.
 */

/** « 3 offres », « 1 offre ». */
const plural = (count: number, one: string, many = `${one}s`) => (count > 1 ? many : one);

export const UI = {
  layout: {
    skipLink: 'Aller au contenu',
  },
  header: {
    nav: 'Navigation principale',
    offers: 'Offres',
    organisations: 'Organisations',
    regions: 'Régions',
    archives: 'Archives',
    searchLabel: 'Rechercher une offre',
    searchButton: 'Rechercher',
  },
  footer: {
    nav: 'Pied de page',
    openOffers: 'Offres ouvertes',
    closedOffers: 'Offres clôturées',
    organisations: 'Organisations',
    regions: 'Régions',
    rss: "S'abonner au flux RSS",
    legalNotice: 'Mentions légales',
    personalData: 'Données personnelles',
    accessibility: 'Accessibilité : partiellement conforme',
    siteMap: 'Plan du site',
    about: (siteName: string) =>
      `${siteName} publie des offres d'emploi, de stage, de mission et de bénévolat de la vie civique. Chaque offre est publiée par l'organisation qui recrute ; candidatez directement auprès d'elle.`,
  },
  home: {
    open: (count: number) => `Offres ouvertes (${count})`,
    allOpen: (count: number) => `Toutes les offres ouvertes (${count})`,
    newest: (count: number) => `Les ${count} plus récentes :`,
    empty:
      "Aucune offre n'est ouverte en ce moment. Les dernières offres clôturées restent consultables ci-dessous et dans les archives.",
    more: (count: number) => {
      const s = plural(count, '');
      return `Voir les ${count} autre${s} offre${s} ouverte${s}`;
    },
    recentlyClosed: 'Récemment clôturées',
    allClosed: (count: number) => `Toutes les offres clôturées (${count})`,
  },
  lists: {
    empty: 'Aucune offre pour le moment.',
    openHeading: (count: number) => `Offres ouvertes (${count})`,
    closedHeading: (count: number) => `Offres clôturées (${count})`,
    noOpen: 'Aucune offre ouverte en ce moment.',
    noPlace: 'Sans lieu précis',
    previous: '← Page précédente',
    next: 'Page suivante →',
    pagination: 'Pagination',
    pageOf: (page: number, last: number) => `Page ${page} sur ${last}`,
  },
  card: {
    partialRemote: 'Télétravail partiel',
    published: (date: string) => `Publiée le ${date}`,
    deadline: (date: string) => `Candidature avant le ${date} inclus`,
    closed: 'Clôturée',
  },
  offer: {
    open: 'Offre ouverte',
    closed: 'Offre clôturée',
    closedNotice: 'Cette offre est clôturée, les candidatures ne sont plus reçues.',
    closedOnDeadline: (date: string) => `La date limite de candidature était le ${date}.`,
    closedWithoutDeadline: (days: number, date: string) =>
      `Sans date limite, elle est restée ouverte ${days} jours après sa publication, jusqu'au ${date}.`,
    keptForMemory: 'Elle reste en ligne pour mémoire, sans les coordonnées de candidature.',
    seeOpen: 'Voir les offres ouvertes',
    essentials: "L'essentiel",
    description: 'Description du poste',
    pdf: 'Télécharger la fiche de poste (PDF)',
    calendar: 'Ajouter la date limite à mon agenda (.ics)',
    online: 'Offre en ligne :',
    allOfOrganisation: (name: string) => `Toutes les offres de ${name}`,
    allOfRegion: (name: string) => `Toutes les offres : ${name}`,
  },
  apply: {
    heading: 'Comment candidater',
    byEmail: 'Par e-mail :',
    online: 'En ligne :',
    emailButton: 'Candidater par e-mail',
    onlineButton: 'Candidater en ligne',
    subject: (title: string, reference?: string) =>
      reference ? `Candidature : ${title} (réf. ${reference})` : `Candidature : ${title}`,
  },
  notFound: {
    title: 'Page introuvable',
    lead: "Cette adresse ne correspond à aucune page. Une offre garde son adresse même après sa clôture : vérifiez le lien, ou retrouvez l'offre autrement.",
    home: 'Les dernières offres',
    open: 'Toutes les offres ouvertes',
    search: 'Rechercher une offre',
    regions: 'Les offres par région',
    organisations: 'Les offres par organisation',
    archives: 'Les offres clôturées',
  },
  feeds: {
    siteFeedName: 'toutes les offres',
    title: (siteName: string, name: string) => `${siteName} — ${name}`,
    description: (count: number, siteName: string, name: string) =>
      `Les ${count} dernières offres publiées sur ${siteName} — ${name}, de la plus récente à la plus ancienne.`,
    closedStatus: 'offre clôturée',
    status: 'Statut',
    seeAndApply: "Voir l'offre et candidater",
    see: "Voir l'offre",
  },
  export: {
    title: (siteName: string) => `${siteName} — offres ouvertes`,
  },
  crumbs: {
    nav: "Fil d'Ariane",
    home: 'Accueil',
    page: (page: number) => `Page ${page}`,
  },
} as const;
