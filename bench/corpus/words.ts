/** French vocabulary of civic life for generated offers: sectors, jobs, organisations, phrases. */
import type { ORGANISATION_KINDS } from '../../src/schema/organisation.ts';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Sector {
  jobs: readonly string[];
  /** Themes, with their article: « la démocratie locale ». */
  themes: readonly string[];
  tags: readonly string[];
}

export const SECTORS: readonly Sector[] = [
  {
    jobs: [
      'Chargé·e de campagne',
      'Collaborateur·rice de groupe d’élu·es',
      'Assistant·e parlementaire',
      'Chargé·e de mobilisation',
      'Directeur·rice de cabinet',
      'Responsable des relations presse',
    ],
    themes: [
      'les élections municipales',
      'la démocratie participative',
      'le travail parlementaire',
      'la mobilisation des bénévoles',
      'les budgets participatifs',
      'la transparence de la vie publique',
    ],
    tags: [
      'campagne-electorale',
      'municipales',
      'plaidoyer',
      'communication',
      'militantisme',
      'elus',
    ],
  },
  {
    jobs: [
      'Chargé·e de plaidoyer',
      'Juriste en droit des étrangers',
      'Chargé·e de mission égalité',
      'Coordinateur·rice de réseau',
      'Chargé·e de veille législative',
    ],
    themes: [
      'l’accès aux droits',
      'la lutte contre les discriminations',
      'le droit d’asile',
      'l’égalité femmes-hommes',
      'les libertés publiques',
    ],
    tags: ['plaidoyer', 'droits-humains', 'juridique', 'egalite', 'reseau'],
  },
  {
    jobs: [
      'Chargé·e de mission biodiversité',
      'Animateur·rice nature',
      'Conseiller·ère en rénovation énergétique',
      'Chef·fe de projet transition écologique',
      'Technicien·ne rivière',
    ],
    themes: [
      'la biodiversité',
      'le plan climat',
      'la sobriété énergétique',
      'les zones humides',
      'les circuits courts alimentaires',
    ],
    tags: ['environnement', 'climat', 'biodiversite', 'energie', 'education-populaire'],
  },
  {
    jobs: [
      'Travailleur·se social·e',
      'Conseiller·ère en insertion professionnelle',
      'Médiateur·rice social·e',
      'Coordinateur·rice d’accueil de jour',
      'Éducateur·rice spécialisé·e',
    ],
    themes: [
      'l’insertion professionnelle',
      'l’hébergement d’urgence',
      'la lutte contre l’isolement',
      'l’aide alimentaire',
      'la médiation de quartier',
    ],
    tags: ['social', 'insertion', 'solidarite', 'logement', 'jeunesse'],
  },
  {
    jobs: [
      'Médiateur·rice culturel·le',
      'Chargé·e de production',
      'Bibliothécaire',
      'Administrateur·rice de compagnie',
      'Chargé·e des publics',
    ],
    themes: [
      'l’éducation artistique et culturelle',
      'la lecture publique',
      'le spectacle vivant',
      'les résidences d’artistes',
      'le patrimoine',
    ],
    tags: ['culture', 'mediation', 'evenementiel', 'jeunesse', 'patrimoine'],
  },
  {
    jobs: [
      'Développeur·se web',
      'Chef·fe de projet numérique',
      'Conseiller·ère numérique',
      'Administrateur·rice systèmes',
      'Designer de services publics',
    ],
    themes: [
      'l’inclusion numérique',
      'les logiciels libres',
      'l’open data',
      'l’accessibilité des services en ligne',
      'la protection des données personnelles',
    ],
    tags: ['numerique', 'logiciel-libre', 'donnees', 'accessibilite', 'developpement'],
  },
  {
    jobs: [
      'Secrétaire général·e',
      'Responsable administratif·ve et financier·ère',
      'Chargé·e de ressources humaines',
      'Comptable',
      'Chargé·e de recherche de financements',
    ],
    themes: [
      'la vie associative',
      'les subventions publiques',
      'la gestion budgétaire',
      'la gouvernance partagée',
      'les marchés publics',
    ],
    tags: ['administration', 'finances', 'ressources-humaines', 'gestion', 'vie-associative'],
  },
];

/** Organisation names by kind: a prefix, completed by a theme word or a commune. */
export const ORGANISATION_NAMES: Record<OrganisationKind, readonly string[]> = {
  association: ['Association', 'Collectif', 'Maison', 'Réseau', 'Fédération'],
  'mouvement-politique': ['Mouvement', 'Alliance', 'Convergence', 'Élan'],
  parti: ['Fédération départementale', 'Union départementale', 'Comité régional'],
  'liste-citoyenne': ['Liste citoyenne', 'Ensemble pour', 'Vivre', 'Demain'],
  'groupe-elus': [
    'Groupe des élu·es écologistes de',
    'Groupe d’opposition de',
    'Groupe majoritaire de',
  ],
  collectivite: [
    'Ville de',
    'Communauté de communes de',
    'Département',
    'Centre communal d’action sociale de',
  ],
  ong: ['Solidarités', 'Action', 'Terre', 'Horizons'],
  syndicat: ['Union locale', 'Syndicat des salarié·es', 'Union syndicale'],
  entreprise: ['Coopérative', 'Atelier', 'Scop', 'Agence'],
  autre: ['Fondation', 'Fonds de dotation', 'Institut', 'Observatoire'],
};

export const NAME_WORDS = [
  'Citoyenne',
  'Solidaire',
  'en Commun',
  'Demain',
  'Participative',
  'Écologie',
  'Horizons',
  'Territoires',
  'Communs',
  'Jeunesse',
  'Démocratie',
  'Partage',
];

export const ABOUT = [
  'Créée en {year}, la structure rassemble {n} adhérent·es et bénévoles autour {ofTheme}.',
  'Depuis {year}, nous agissons {place} pour {theme}, avec une équipe de {n} personnes.',
  'Née d’un collectif d’habitant·es en {year}, l’organisation porte {theme} {place}.',
];

export const INTROS = [
  'Dans le cadre de son développement, {org} recrute',
  'Pour renforcer son équipe, {org} cherche',
  '{org} ouvre un poste et recherche',
  'À l’approche d’échéances importantes, {org} recrute',
];

export const MISSIONS = [
  'Préparer et animer les réunions avec {theme} comme fil conducteur',
  'Rédiger des notes, des courriers et des comptes rendus',
  'Coordonner les bénévoles et suivre le calendrier des actions',
  'Tenir à jour les outils de suivi et le fichier des contacts',
  'Représenter la structure auprès des partenaires {place}',
  'Participer à la stratégie de communication et aux réseaux sociaux',
  'Organiser des événements publics et des ateliers',
  'Suivre le budget de l’action et rendre compte aux financeurs',
  'Produire des analyses sur {theme}',
  'Accueillir et orienter le public',
];

export const PROFILE = [
  'Intérêt marqué pour {theme}',
  'Aisance rédactionnelle et à l’oral',
  'Sens de l’organisation et de la rigueur',
  'Goût du travail en équipe et de l’autonomie',
  'Connaissance du fonctionnement des collectivités territoriales',
  'Maîtrise des outils bureautiques et collaboratifs',
  'Expérience associative ou militante appréciée',
  'Permis B souhaité',
];

export const CONDITIONS = [
  'Tickets restaurant et prise en charge de 50 % des transports',
  'Forfait mobilités durables',
  'Mutuelle prise en charge à 60 %',
  'Horaires aménageables, quelques soirées et week-ends',
  'Formation à la prise de poste',
  'Ordinateur portable et téléphone fournis',
];

export const START_TEXTS = [
  'dès que possible',
  'au plus tôt',
  'à la rentrée',
  'début de l’année prochaine',
];
export const SALARY_TEXTS = [
  'Selon la grille de la convention collective ÉCLAT',
  'Selon profil et expérience',
  'Rémunération au tarif solidaire',
  'Grille indiciaire de la fonction publique territoriale et régime indemnitaire',
];
export const INSTRUCTIONS = [
  'CV et lettre de motivation',
  'CV et quelques lignes sur vos motivations',
  'Lettre de motivation, CV et deux références',
  'CV, lettre et un exemple de texte rédigé par vous',
];
export const FIRST_NAMES = [
  'Camille',
  'Dominique',
  'Claude',
  'Sacha',
  'Nour',
  'Yanis',
  'Léa',
  'Mathilde',
  'Karim',
  'Aïcha',
  'Hugo',
  'Inès',
  'Maëlle',
  'Joël',
];
export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Nguyen',
  'Haddad',
  'Lefebvre',
  'Moreau',
  'Diallo',
  'Garcia',
  'Le Gall',
  'Rousseau',
  'Wamytan',
  'Payet',
  'Mendy',
];

/** « de » and « à » before a theme with its article: « du plan climat », « aux circuits courts ». */
export function withPreposition(preposition: 'de' | 'à', theme: string): string {
  const [, article = '', rest = theme] = /^(les |le |la |l’)?(.*)$/.exec(theme) ?? [];
  const contracted: Record<string, string> =
    preposition === 'de'
      ? { 'les ': 'des ', 'le ': 'du ', 'la ': 'de la ', 'l’': 'de l’' }
      : { 'les ': 'aux ', 'le ': 'au ', 'la ': 'à la ', 'l’': 'à l’' };
  return `${contracted[article] ?? `${preposition} `}${rest}`;
}

export type Vars = Record<string, string>;

/** The variables of a template's theme: {theme}, {ofTheme} (« du plan climat »). */
export function themed(vars: Vars, theme: string): Vars {
  return { ...vars, theme, ofTheme: withPreposition('de', theme) };
}

/** Replaces {name} in a template by vars[name]. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? key);
}
