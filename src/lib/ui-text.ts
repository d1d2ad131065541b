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
    followAll: 'Tous les flux et alertes',
    publish: 'Publier une offre',
    legalNotice: 'Mentions légales',
    personalData: 'Données personnelles',
    /** RGAA asks every page to state the site's compliance in this form. */
    accessibility: (status: string) => `Accessibilité : ${status}`,
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
  /** Titles of paginated pages: « Offres clôturées — page 2 ». */
  paged: (title: string, page: number) => (page > 1 ? `${title} — page ${page}` : title),
  openOffers: {
    title: 'Offres ouvertes',
    description: 'Toutes les offres ouvertes, de la plus récente à la plus ancienne.',
    count: (count: number) => {
      const s = plural(count, '');
      return count > 0
        ? `${count} offre${s} ouverte${s}, de la plus récente à la plus ancienne. `
        : '';
    },
    browse: 'Pour choisir un lieu, une organisation ou un contrat :',
    search: 'rechercher',
    or: ', ou parcourir',
    byRegion: 'par région',
    and: 'et',
    byOrganisation: 'par organisation',
    empty:
      "Aucune offre n'est ouverte en ce moment. Les offres clôturées restent consultables dans les archives.",
    seeClosed: 'Voir les offres clôturées',
  },
  archives: {
    title: 'Offres clôturées',
    description: 'Les offres dont la date limite de candidature est passée.',
    lead: (count: number) => {
      const s = plural(count, '');
      return `${count} offre${s} clôturée${s}, de la plus récemment clôturée à la plus ancienne. Elles restent en ligne pour mémoire.`;
    },
    empty: 'Aucune offre clôturée pour le moment.',
  },
  regions: {
    title: 'Régions',
    description:
      "Les offres par région, outre-mer compris, plus les offres à distance et à l'international.",
    lead: 'Les régions où des offres ont été publiées, outre-mer compris. Les postes entièrement à distance sont aussi regroupés sous « À distance », les postes hors de France sous « International ».',
    map: 'Voir la carte des offres',
    empty: 'Aucune offre publiée pour le moment.',
    pageTitle: (name: string) => `Offres : ${name}`,
    pageDescription: (name: string, counts: string) =>
      `Offres d'emploi, de stage et de bénévolat — ${name}. ${counts}`,
    subscribe: (name: string) => `S'abonner aux offres : ${name}`,
    openBy: (byCountry: boolean) => `Offres ouvertes par ${byCountry ? 'pays' : 'département'} :`,
  },
  organisations: {
    title: 'Organisations',
    description: 'Toutes les organisations qui publient des offres, avec leurs offres ouvertes.',
    lead: (count: number) =>
      `${count} organisation${plural(count, '')}, par ordre alphabétique. Chaque page d'organisation liste ses offres ouvertes puis ses offres clôturées.`,
    pageDescription: (name: string, counts: string) =>
      `Offres d'emploi, de stage et de bénévolat de ${name}. ${counts}`,
    subscribe: (name: string) => `S'abonner aux offres de ${name}`,
    about: (name: string) => `À propos de ${name}`,
    logo: (name: string) => `Logo de ${name}`,
    kind: 'Type',
    seat: 'Siège',
    website: 'Site web',
    noOffer: 'Aucune offre publiée',
    noOpen: 'Aucune offre ouverte',
    total: (count: string) => `${count} au total`,
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
  /** Labels of an offer's key facts: page, feeds and PDF sheet. */
  facts: {
    organisation: 'Organisation',
    place: 'Lieu',
    contract: (count: number) => (count > 1 ? 'Contrats' : 'Contrat'),
    workingTime: 'Temps de travail',
    remote: 'Télétravail',
    published: 'Publiée le',
    updated: 'Mise à jour le',
    deadline: 'Date limite de candidature',
    start: 'Début',
    end: 'Fin',
    duration: 'Durée',
    pay: 'Rémunération',
    reference: 'Référence',
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
