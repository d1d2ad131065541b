/** The terms of an offer: contract, working time, duration, remote work, dates, contacts (pay: extract-pay.ts). */
import type { Contract } from '../../schema/index.ts';
import { findFrenchDates } from './french-dates.ts';
import { findLabelled } from './plain-text.ts';

/** Contract words, in the order the schema lists them; the text's order decides the output. */
const CONTRACT_WORDS: [Contract, RegExp][] = [
  ['cdi', /\bCDI\b|dur[ée]e ind[ée]termin[ée]e/i],
  ['cdd', /\bCDD\b|dur[ée]e d[ée]termin[ée]e/i],
  ['stage', /\bstages?\b|\bstagiaire/i],
  ['alternance', /alternance|apprentissage|contrat de professionnalisation/i],
  ['service-civique', /service civique/i],
  ['freelance', /\bprestations? de services?\b|\bfreelance\b|auto-?entrepreneur|ind[ée]pendant/i],
  [
    'benevolat',
    /\bb[ée]n[ée]volat\b|mission b[ée]n[ée]vole|poste b[ée]n[ée]vole|non r[ée]mun[ée]r[ée]/i,
  ],
  [
    'fonction-publique',
    /corps\s*\/\s*grade|cadre d['’]emplois|\bfonctionnaire|recrutement sur titre|cat[ée]gorie [ABC]\b/i,
  ],
];

/**
 * Words before a contract that say it is not this offer's: « possibilité de CDI », « évolution
 * en CDI », « encadrer les volontaires en service civique », « accueillir des stagiaires ».
 */
const NOT_THIS_OFFER =
  /(?:possibilit[ée]|[ée]volu|d[ée]bouch|p[ée]rennis|transformable|[àa] terme|pouvant|[ée]ventuel|encadr|tutor|accompagn|coordonn|g[ée]rer|suivi|anim|manag|accueill)[^.\n]{0,30}$/iu;

export function findContracts(plain: string): Contract[] {
  const firstOwn = (re: RegExp) => {
    for (const m of plain.matchAll(new RegExp(re.source, `${re.flags}g`))) {
      const before = plain.slice(Math.max(0, m.index - 40), m.index);
      if (!NOT_THIS_OFFER.test(before) || /recrut|cherch/i.test(before)) return m.index;
    }
    return -1;
  };
  return CONTRACT_WORDS.map(([contract, re]) => ({ contract, at: firstOwn(re) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.contract);
}

export function findHoursPerWeek(plain: string): number | undefined {
  const m =
    /(\d{1,2}(?:[,.]5)?)\s*(?:h|heures)\s*(30)?\s*(?:hebdomadaires|par semaine|\/\s*semaine|hebdo)/iu.exec(
      plain,
    );
  // « 17h30 par semaine » is 17.5 hours.
  return m ? Number((m[1] ?? '').replace(',', '.')) + (m[2] ? 0.5 : 0) : undefined;
}

export function findWorkingTime(plain: string): 'full-time' | 'part-time' | undefined {
  if (/temps partiel|mi-temps/i.test(plain)) return 'part-time';
  if (/temps plein|temps complet/i.test(plain)) return 'full-time';
  return undefined;
}

const NUMBERS: Record<string, number> = {
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};

/** « CDD de six mois » → 6; « 4 à 6 mois » or several durations → the sentence, in words. */
export function findDuration(plain: string, lines: string[]): { months?: number; text?: string } {
  const labelled = findLabelled(lines, /dur[ée]e/, 120);
  const sentences = plain
    .split(/(?<=[.!?])\s+|\n/)
    .filter(
      (s) =>
        /\bmois\b/i.test(s) && /contrat|cdd|stage|dur[ée]e|mission|service civique|\d/i.test(s),
    );
  const counts = sentences.flatMap((s) => [
    ...s.matchAll(
      /\b(\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+mois\b/giu,
    ),
  ]);
  const values = new Set(counts.map((c) => (c[1] ?? '').toLowerCase()));
  if (values.size === 1 && !counts.some((c) => /\d\s*(?:à|-)\s*\d+\s+mois/.test(c.input ?? ''))) {
    const word = (counts[0]?.[1] ?? '').toLowerCase();
    const months = Number(word) || NUMBERS[word];
    if (months) return { months };
  }
  const text =
    labelled && /mois|semaine|\ban\b|ann[ée]e/i.test(labelled) ? labelled : sentences[0]?.trim();
  return text ? { text: text.slice(0, 120) } : {};
}

export function findRemote(plain: string): 'partial' | 'full' | undefined {
  const line = plain.split('\n').find((l) => /t[ée]l[ée]travail|[àa] distance|\bremote\b/i.test(l));
  if (!line) return undefined;
  if (/100\s*%|total|int[ée]gral|enti[èe]rement|complet/i.test(line)) return 'full';
  return 'partial';
}

export interface DateGuesses {
  published?: string;
  deadline?: string;
  start?: string;
  startText?: string;
  end?: string;
}

/** `context`: the text's own date ("YYYY-MM-DD"), from which dates without a year are read. */
export function findDates(lines: string[], context: string | number | undefined): DateGuesses {
  const after = (line: string, keyword: RegExp) => {
    const m = keyword.exec(line);
    return m ? findFrenchDates(line.slice(m.index), context)[0]?.iso : undefined;
  };
  const first = (keyword: RegExp, filter: (l: string) => boolean = () => true) =>
    lines
      .filter(filter)
      .map((l) => after(l, keyword))
      .find(Boolean);
  const guesses: DateGuesses = {};
  const set = <K extends keyof DateGuesses>(k: K, v: string | undefined) => {
    if (v) guesses[k] = v;
  };
  set(
    'deadline',
    // « avant le » and « au plus tard » speak of the application only on its own lines
    // (not « entretiens avant le 30 janvier », « prise de poste au plus tard le 1er mars »).
    first(/date limite/i) ??
      first(/avant le|au plus tard|jusqu['’]au/i, (l) =>
        /candidat|r[ée]pon|envo[iy]|adress|postul|\bCV\b|dossier|lettre/i.test(l),
      ),
  );
  set(
    'published',
    first(/date de (?:d[ée]p[ôo]t|publication|parution|diffusion)|publi[ée]e? le|mise en ligne/i) ??
      first(/r[ée]f[ée]rence.*\bdu\b/i),
  );
  set(
    'start',
    first(
      /[àa] pourvoir|prise de (?:poste|fonctions?)|[àa] compter du|[àa] partir du|d[ée]but|d[èe]s le/i,
      // Not the start of the interviews or of the applications.
      (l) => !/entretien|jury|candidat|r[ée]ponse|s[ée]lection/i.test(l),
    ),
  );
  if (!guesses.start && lines.some((l) => /d[èe]s que possible/i.test(l)))
    guesses.startText = 'dès que possible';
  set(
    'end',
    first(/jusqu['’]au/i, (l) => /dur[ée]e|mission|contrat|fin/i.test(l) && !/candidat/i.test(l)),
  );
  return guesses;
}

export function findEmails(plain: string): string[] {
  const seen = new Map<string, string>();
  for (const m of plain.matchAll(
    /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  )) {
    if (!seen.has(m[0].toLowerCase())) seen.set(m[0].toLowerCase(), m[0]);
  }
  return [...seen.values()];
}

export function findUrls(plain: string): string[] {
  const urls = [...plain.matchAll(/\bhttps?:\/\/[^\s<>()\]]+|(?<![@/\w.])www\.[^\s<>()\]]+/gi)]
    .map((m) => m[0].replace(/[.,;:!?»"']+$/, ''))
    .map((u) => (/^www\./i.test(u) ? `https://${u}` : u))
    .filter((u) => !/\.(?:jpe?g|png|gif|webp|svg)$/i.test(u));
  return [...new Set(urls)];
}

/** « CV et lettre de motivation », in any order, is what nearly every offer asks for. */
export function findInstructions(plain: string): string | undefined {
  return /\bCV\b/.test(plain) && /lettre de motivation/i.test(plain)
    ? 'CV et lettre de motivation'
    : undefined;
}
