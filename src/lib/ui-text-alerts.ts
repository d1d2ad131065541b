/**
 * Visible French text of the follow features: feeds page, e-mail alerts, saved offers and
 * searches, map, embeddable lists. One module, to be folded into the site's UI-text module.
 */
import { SITE_NAME } from './site.ts';

export const SUBSCRIBE_TEXT = {
  title: "S'abonner aux offres",
  description:
    'Suivez les nouvelles offres par région, par type de contrat ou par organisation, dans un lecteur de flux ou par e-mail.',
  footerLink: "S'abonner aux offres",
  whatHeading: "Qu'est-ce qu'un flux ?",
  what: `Un flux (RSS) est une adresse qui liste les dernières offres publiées. Un lecteur de flux la consulte pour vous et vous montre chaque nouvelle offre dès sa publication, sans compte sur ${SITE_NAME} et sans que nous sachions qui s'abonne.`,
  howHeading: "Comment s'abonner",
  how: [
    'Choisissez ci-dessous ce que vous voulez suivre et copiez l’adresse du flux (clic droit sur le lien, puis « Copier l’adresse du lien »).',
    'Dans votre lecteur de flux, choisissez « Ajouter un flux » ou « S’abonner », puis collez l’adresse.',
    'Les nouvelles offres apparaîtront dans votre lecteur. Pour arrêter, supprimez le flux du lecteur.',
  ],
  readers:
    'Des lecteurs gratuits existent pour ordinateur et téléphone, par exemple NetNewsWire, Feeder, Thunderbird, Inoreader ou Feedly ; utilisez celui que vous préférez.',
  feedLink: 'Adresse du flux',
  elsewhere: 'Aussi :',
  elsewhereLinks: {
    saved: 'vos offres sauvegardées',
    map: 'la carte des offres',
    embed: 'intégrer une liste d’offres sur votre site',
  },
  emailLink: 'Recevoir par e-mail',
  emailSender: (service: string, sender: string) =>
    `Les alertes par e-mail sont envoyées par le service ${service} (${sender}), pas par ${SITE_NAME} : vous vous inscrivez chez lui et pouvez vous désinscrire depuis chaque e-mail.`,
} as const;

export const MAP_TEXT = {
  title: 'Carte des offres',
  description: 'Les offres ouvertes par région et par département, outre-mer compris.',
  lead: 'Chaque région mène à ses offres. Les mêmes chiffres sont dans les tableaux sous la carte.',
  mapLabel: 'Carte des régions de France avec le nombre d’offres ouvertes',
  overseas: 'Outre-mer',
  regionsTable: 'Offres ouvertes par région',
  departementsTable: 'Offres ouvertes par département',
  region: 'Région',
  departement: 'Département',
  open: 'Offres ouvertes',
  credit: 'Contours des départements : svg-maps (Victor Cazanave), licence CC BY 4.0.',
} as const;

export const EMBED_TEXT = {
  title: 'Intégrer les offres sur votre site',
  description:
    'Affichez les offres ouvertes d’une organisation ou d’une région sur votre site, avec un simple cadre (iframe).',
  lead: 'Copiez le code ci-dessous dans une page de votre site : la liste se met à jour à chaque publication, sans script ni traceur.',
  organisations: 'Par organisation',
  regions: 'Par région',
  preview: 'Aperçu',
  more: (site: string) => `Toutes les offres sur ${site}`,
  none: 'Aucune offre ouverte en ce moment.',
} as const;
