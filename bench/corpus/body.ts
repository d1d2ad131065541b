/**
 * Markdown bodies in French, of varied length: a short notice of one paragraph up to a long
 * job description with headings, lists, links and emphasis, as employers write them.
 */
import type { Random } from './random.ts';
import {
  ABOUT,
  CONDITIONS,
  FIRST_NAMES,
  fill,
  INTROS,
  LAST_NAMES,
  MISSIONS,
  PROFILE,
  themed,
  withPreposition,
  type Sector,
  type Vars,
} from './words.ts';

export interface BodyFacts {
  organisation: string;
  job: string;
  sector: Sector;
  /** « à Lyon », « à distance »… */
  where: string;
  year: number;
  website?: string | undefined;
  email?: string | undefined;
  deadline?: string | undefined;
  pay?: string | undefined;
}

function bullets(random: Random, lines: readonly string[], count: number, vars: Vars): string {
  return random
    .sample(lines, count)
    .map((line) => `- ${fill(line, themed(vars, random.pick(vars['themes']?.split('|') ?? [])))}.`)
    .join('\n');
}

const SENTENCES: readonly ((theme: string, where: string) => string)[] = [
  (t, w) => `Le poste est au cœur ${withPreposition('de', t)} ${w}.`,
  (t) => `Vous travaillerez en lien étroit avec la direction et les bénévoles sur ${t}.`,
  (t) =>
    `L’équipe attache une grande importance ${withPreposition('à', t)} et à la qualité du dialogue avec les habitant·es.`,
  (t) =>
    `Les priorités de l’année portent sur ${t}, avec des objectifs partagés et évalués collectivement.`,
  (t) =>
    `Une attention particulière sera portée ${withPreposition('à', t)}, en cohérence avec le projet de la structure.`,
  (t, w) => `Les partenaires ${w} attendent beaucoup du travail engagé sur ${t} depuis deux ans.`,
  (t) =>
    `Vous contribuerez à faire connaître l’action ${withPreposition('de', t)} auprès du grand public et des médias.`,
  () => `Le temps de travail s’organise sur cinq jours, avec des réunions d’équipe chaque semaine.`,
  (t) =>
    `Un comité de pilotage réunit chaque trimestre les financeurs et les élu·es concerné·es par ${t}.`,
  () =>
    `La structure applique une politique salariale transparente et favorise la formation continue.`,
];

function paragraph(random: Random, facts: BodyFacts, sentences: number): string {
  return random
    .sample(SENTENCES, sentences)
    .map((sentence) => sentence(random.pick(facts.sector.themes), facts.where))
    .join(' ');
}

function contactLine(random: Random, facts: BodyFacts): string {
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const channels: string[] = [];
  if (facts.website) channels.push(`le [formulaire en ligne](${facts.website})`);
  if (facts.email) channels.push(`un courriel à [${facts.email}](mailto:${facts.email})`);
  const until = facts.deadline ? ` avant le ${facts.deadline}` : '';
  return `Candidatures par ${channels.join(' ou ')}${until}. Pour toute question, contactez ${name}.`;
}

export function makeBody(random: Random, facts: BodyFacts): string {
  const vars: Vars = {
    org: facts.organisation,
    place: facts.where,
    year: String(facts.year - random.int(1, 40)),
    n: String(random.int(3, 400)),
    themes: facts.sector.themes.join('|'),
  };
  Object.assign(vars, themed(vars, random.pick(facts.sector.themes)));
  const intro = `${fill(random.pick(INTROS), vars)} un·e **${facts.job.toLowerCase()}** ${facts.where}.`;
  const size = random.weighted(
    ['short', 'medium', 'long'] as const,
    (s) => ({ short: 1, medium: 3, long: 4 })[s],
  );
  if (size === 'short')
    return `${intro} ${paragraph(random, facts, 2)}\n\n${contactLine(random, facts)}\n`;

  const parts = [
    `${intro} ${paragraph(random, facts, random.int(2, 4))}`,
    paragraph(random, facts, random.int(3, 6)),
  ];
  if (size === 'long') {
    parts.push(
      `## Le contexte\n\n${paragraph(random, facts, random.int(4, 7))}\n\n${paragraph(random, facts, random.int(3, 6))}`,
    );
    parts.push(`> ${fill(random.pick(ABOUT), vars)}`);
  }
  parts.push(`## Vos missions\n\n${bullets(random, MISSIONS, random.int(3, 6), vars)}`);
  if (size === 'long') {
    parts.push(`### Au quotidien\n\n${paragraph(random, facts, random.int(3, 6))}`);
    const steps = [
      'Accueil et présentation de l’équipe',
      'Prise en main des dossiers en cours',
      'Premier bilan après trois mois',
    ];
    parts.push(`### Les premières semaines\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`);
  }
  parts.push(`## Profil recherché\n\n${bullets(random, PROFILE, random.int(3, 5), vars)}`);
  const conditions = [bullets(random, CONDITIONS, random.int(1, 3), vars)];
  if (facts.pay) conditions.push(`- Rémunération : *${facts.pay}*.`);
  parts.push(`## Conditions\n\n${conditions.join('\n')}`);
  parts.push(`## À propos de ${facts.organisation}\n\n${fill(random.pick(ABOUT), vars)}`);
  parts.push(`## Pour postuler\n\n${contactLine(random, facts)}`);
  return `${parts.join('\n\n')}\n`;
}
