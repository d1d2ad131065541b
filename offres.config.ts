/**
 * The portal's configuration: name, publisher, colours, font and switches. A fork edits this
 * file (every field is described in src/config/schema.ts); the build checks it and stops with a
 * message naming the field to fix. The public URL can also come from the OFFRES_SITE variable.
 */
import { defineConfig } from './src/config/schema.ts';

export default defineConfig({
  name: 'Offres',
  tagline: 'Emplois, stages, missions et bénévolat de la vie civique',
  description:
    "Offres d'emploi, de stage, de mission et de bénévolat dans la vie civique : équipes de campagne, collectivités, associations de plaidoyer, groupes d'élus.",
  homeHeading: 'Offres de la vie civique',
  url: 'https://offres.example.org',
  publisher: {
    name: 'Association Offres (exemple)',
    address: '1 place de la République, 75003 Paris',
    director: 'Camille Martin, présidente',
  },
  host: {
    name: 'GitHub Inc.',
    address: '88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, États-Unis',
    phone: '+1 877 448 4820',
  },
  contactEmail: 'contact@offres.example.org',
  repository: { url: 'https://github.com/exemple/offres', branch: 'main' },
  // E-mail alerts through an RSS-to-e-mail service ({feed}: the feed's address), e.g.
  // emailAlerts: { service: 'Exemple', sender: 'alertes@exemple.org',
  //   subscribeUrl: 'https://exemple.org/abonner?flux={feed}' },
  colors: { primary: '#12395b', primaryInk: '#ffffff', link: '#0b57a4' },
  timeZone: 'Europe/Paris',
  pageSize: 20,
  organisationsPageSize: 50,
  feedSize: 50,
  homeRecentlyClosed: 10,
  openDays: 60,
  accessibility: { status: 'partiellement conforme', date: '2026-12-01' },
  features: { pdf: true, calendars: true, search: true, publishing: true },
});
