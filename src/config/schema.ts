/**
 * The portal's configuration (`offres.config.ts`): what a fork changes to make the site its
 * own. Every message is written for the person editing the file, in French. Pure: no
 * `astro:*` import, so the build, the scripts and the tests all read it the same way.
 */
import { z } from 'zod';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Zod's error option: a missing field says so, a wrong one says what to write. */
function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `champ obligatoire manquant : ${what}` : what;
}

function text(example: string) {
  return z
    .string({ error: expected(`écrivez un texte, par exemple « ${example} »`) })
    .trim()
    .min(1, { error: `ce texte ne peut pas être vide, par exemple « ${example} »` });
}

/** A group of fields; unknown names are errors (a typo would otherwise be silently ignored). */
function section<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, { error: expected(`écrivez un groupe { … } : ${what}`) });
}

function color(example: string) {
  return z.string({ error: expected(`une couleur, par exemple « ${example} »`) }).regex(HEX, {
    error: `écrivez une couleur CSS en hexadécimal, par exemple « ${example} »`,
  });
}

function count(min: number, max: number, example: number) {
  return z
    .number({ error: `écrivez un nombre entier, par exemple ${example}` })
    .int({ error: `écrivez un nombre entier, par exemple ${example}` })
    .min(min, { error: `au moins ${min}, par exemple ${example}` })
    .max(max, { error: `au plus ${max}, par exemple ${example}` });
}

const url = (example: string) =>
  z.url({
    protocol: /^https?$/,
    error: expected(`écrivez une adresse web complète, par exemple « ${example} »`),
  });

const email = z.email({
  error: expected('écrivez une adresse e-mail, par exemple « contact@exemple.fr »'),
});

/** A font file: a path from the project's root, or a file of an installed npm package. */
const fontFile = z.string().regex(/\.(?:ttf|otf)$/i, {
  error: 'donnez un fichier de police TrueType ou OpenType (.ttf ou .otf)',
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const DEFAULT_FONT = '@expo-google-fonts/source-sans-3';

export const ConfigSchema = z.strictObject({
  /** The site's name: header, titles, feeds, PDFs, social image. */
  name: text('Offres').max(40, { error: '40 caractères au plus' }),
  /** One line under the name in the header. */
  tagline: text('Emplois, stages et bénévolat de la vie civique'),
  /** What the site publishes: home page lead, meta description, feeds. */
  description: text("Offres d'emploi et de bénévolat de la vie civique."),
  /** The home page's main heading. */
  homeHeading: text('Offres de la vie civique'),
  /** Public address of the site; the OFFRES_SITE variable overrides it for a deploy. */
  url: url('https://offres.exemple.fr'),
  /** Who publishes the site (mentions légales, feeds, JSON-LD). */
  publisher: section(
    {
      name: text('Association Exemple'),
      /** Postal address of the publisher. */
      address: text('1 rue de la République, 75001 Paris'),
      /** « Directeur ou directrice de la publication » (LCEN art. 6). */
      director: text('Camille Martin, présidente'),
      /** Legal identity when there is one: SIREN, RNA number… */
      identifier: z.string().trim().optional(),
    },
    'nom, adresse et directeur de la publication',
  ),
  /** The host of the site (LCEN art. 6). */
  host: section(
    {
      name: text('GitHub Inc.'),
      address: text('88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, États-Unis'),
      phone: text('+1 877 448 4820'),
    },
    'nom, adresse et téléphone de l’hébergeur',
  ),
  /** Where visitors write: removal of an offer or a contact, accessibility, personal data. */
  contactEmail: email,
  /** The source repository: « proposer une correction » links and the publishing page. */
  repository: section(
    {
      url: url('https://github.com/exemple/offres'),
      branch: text('main'),
    },
    'adresse et branche du dépôt',
  ),
  /**
   * E-mail alerts through an RSS-to-e-mail service: each feed of `/abonnement/` gets a
   * « Recevoir par e-mail » link, `{feed}` in `subscribeUrl` standing for the feed's address.
   * Absent: no e-mail alert is offered.
   */
  emailAlerts: section(
    {
      service: text('Exemple Alertes'),
      sender: text('alertes@exemple.org'),
      subscribeUrl: url('https://exemple.org/abonner?flux={feed}').refine(
        (value) => value.includes('{feed}'),
        { error: 'l’adresse doit contenir {feed}, remplacé par l’adresse du flux' },
      ),
    },
    'service, sender et subscribeUrl',
  ).optional(),
  /** Colours of the header, headings, links and buttons. Keep a contrast of 4.5:1 on white. */
  colors: section(
    {
      primary: color('#12395b'),
      /** Text on the primary colour. */
      primaryInk: color('#ffffff').default('#ffffff'),
      link: color('#0b57a4').default('#0b57a4'),
    },
    'au moins primary',
  ),
  /** A logo shown beside the name in the header: a file in public/, e.g. « /logo.svg ». */
  logo: z
    .string()
    .regex(/^\/[\w./-]+\.(?:svg|png|jpe?g|webp)$/i, {
      error: 'un fichier de public/ écrit depuis la racine du site, par exemple « /logo.svg »',
    })
    .optional(),
  /** The typeface of pages and PDF sheets: four TTF or OTF files. */
  font: section(
    {
      /** The family name pages give it in CSS. */
      family: text('Source Sans 3'),
      regular: fontFile,
      italic: fontFile,
      semibold: fontFile,
      semiboldItalic: fontFile,
      /**
       * true: pages load the font too (~150 KB a face, as WOFF). Off unless asked: a phone's
       * first page would weigh several times more, and its first search too.
       */
      pages: z.boolean({ error: 'écrivez true ou false' }).default(false),
    },
    'family, regular, italic, semibold, semiboldItalic',
  ).default({
    family: 'Source Sans 3',
    regular: `${DEFAULT_FONT}/400Regular/SourceSans3_400Regular.ttf`,
    italic: `${DEFAULT_FONT}/400Regular_Italic/SourceSans3_400Regular_Italic.ttf`,
    semibold: `${DEFAULT_FONT}/600SemiBold/SourceSans3_600SemiBold.ttf`,
    semiboldItalic: `${DEFAULT_FONT}/600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf`,
    pages: false,
  }),
  /** Time zone of metropolitan dates (offers abroad too); places overseas have their own. */
  timeZone: z
    .string()
    .refine(isTimeZone, { error: 'un fuseau horaire IANA, par exemple « Europe/Paris »' })
    .default('Europe/Paris'),
  /** Offers per page in lists. */
  pageSize: count(5, 200, 20).default(20),
  /** Rows per page of the organisations index. */
  organisationsPageSize: count(5, 500, 50).default(50),
  /** Items in each RSS feed. */
  feedSize: count(1, 500, 50).default(50),
  /** Recently closed offers shown on the home page. */
  homeRecentlyClosed: count(0, 100, 10).default(10),
  /** Days an offer without a deadline stays open after its publication. */
  openDays: count(1, 365, 60).default(60),
  /** The accessibility statement (/accessibilite/): RGAA compliance and the day it was assessed. */
  accessibility: section(
    {
      /** « partiellement conforme » until an RGAA audit says otherwise. */
      status: z
        .enum(['non conforme', 'partiellement conforme', 'totalement conforme'], {
          error: '« non conforme », « partiellement conforme » ou « totalement conforme »',
        })
        .default('partiellement conforme'),
      /** The day the statement was written or last reviewed. */
      date: z.iso.date({ error: 'une date AAAA-MM-JJ, par exemple « 2026-12-01 »' }),
      /** Percentage of RGAA criteria met, when an audit measured it. */
      auditRate: z.number().min(0).max(100).optional(),
    },
    'status, date (AAAA-MM-JJ)',
  ),
  /** What the site makes: PDF sheets, calendar files, search, the publishing page. */
  features: section(
    {
      pdf: z.boolean({ error: 'écrivez true ou false' }).default(true),
      calendars: z.boolean({ error: 'écrivez true ou false' }).default(true),
      search: z.boolean({ error: 'écrivez true ou false' }).default(true),
      publishing: z.boolean({ error: 'écrivez true ou false' }).default(true),
    },
    'pdf, calendars, search, publishing',
  ).default({ pdf: true, calendars: true, search: true, publishing: true }),
});

/** What `offres.config.ts` exports (defaults left out). */
export type OffresConfigInput = z.input<typeof ConfigSchema>;
/** The validated configuration, defaults filled in. */
export type OffresConfig = z.output<typeof ConfigSchema>;

/** Types the configuration file's object; it is validated when the site loads it. */
export function defineConfig(config: OffresConfigInput): OffresConfigInput {
  return config;
}
