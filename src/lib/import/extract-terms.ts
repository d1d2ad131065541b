/** The terms of an offer: contract, working time, duration, pay, remote work, dates, contacts. */
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

export function findContracts(plain: string): Contract[] {
  return CONTRACT_WORDS.map(([contract, re]) => ({ contract, at: plain.search(re) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.contract);
}

export function findHoursPerWeek(plain: string): number | undefined {
  const m =
    /(\d{1,2}(?:[,.]5)?)\s*(?:h|heures)\s*(?:hebdomadaires|par semaine|\/\s*semaine|hebdo)/iu.exec(
      plain,
    );
  return m ? Number((m[1] ?? '').replace(',', '.')) : undefined;
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
  if (counts.length === 1 && !/\d\s*(?:à|-)\s*\d+\s+mois/.test(counts[0]?.input ?? '')) {
    const word = (counts[0]?.[1] ?? '').toLowerCase();
    const months = Number(word) || NUMBERS[word];
    if (months) return { months };
  }
  const text =
    labelled && /mois|semaine|\ban\b|ann[ée]e/i.test(labelled) ? labelled : sentences[0]?.trim();
  return text ? { text: text.slice(0, 120) } : {};
}

export interface PayGuess {
  /** True when the text says per what the amount is paid. */
  periodWritten?: boolean;
  salary?: {
    min: number;
    max?: number;
    period: 'hour' | 'day' | 'month' | 'year' | 'total';
    basis: 'gross' | 'net' | 'stipend';
    approximate?: boolean;
  };
  salaryText?: string;
}

const PAY_LINE =
  /r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]|tarif|brut|\bnet\b|€|euros?\b/i;
const AMOUNT = /(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,\d{1,2})?\s*(?:k\s*)?(?:€|euros?\b|EUR\b)/giu;

export function findPay(lines: string[]): PayGuess {
  const line = lines.find(
    (l) =>
      PAY_LINE.test(l) &&
      /r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]|€|euros?\b/i.test(l),
  );
  if (!line) return {};
  const amounts = [...line.matchAll(AMOUNT)].map(
    (m) =>
      Number((m[1] ?? '').replace(/[ \u00a0.]/g, '')) * (/k\s*(?:€|euro)/i.test(m[0]) ? 1000 : 1),
  );
  // Only the words from the pay keyword on speak about pay (« l'horaire hebdomadaire légal » before it does not).
  const keyword = line.search(/r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]|tarif/i);
  const segment = keyword > 0 ? line.slice(keyword) : line;
  const value = segment.replace(/^[^:]{0,60}:\s*/, '').trim();
  if (amounts.length === 0) return { salaryText: value.slice(0, 300) };
  const [min = 0, second] = amounts;
  const period = /horaire|\/\s*h\b|de l['’]heure|par heure/i.test(segment)
    ? 'hour'
    : /journali|par jour|\/\s*jour|\bTJM\b/i.test(segment)
      ? 'day'
      : /annuel|par an\b|\/\s*an\b/i.test(segment)
        ? 'year'
        : /mensuel|par mois|\/\s*mois/i.test(segment) || (min >= 300 && min < 12000)
          ? 'month'
          : min >= 12000
            ? 'year'
            : 'hour';
  const basis = /gratification|stage/i.test(segment)
    ? 'stipend'
    : /\bnet\b/i.test(segment)
      ? 'net'
      : 'gross';
  const salary: NonNullable<PayGuess['salary']> = { min, period, basis };
  if (second !== undefined && second > min && /(?:à|-|et)\s*\d/.test(line)) salary.max = second;
  if (/environ|approximativement|\benv\./i.test(segment)) salary.approximate = true;
  // What the numbers cannot say (meal vouchers, transport) stays in words.
  const periodWritten =
    /horaire|heure|\/\s*h\b|jour|TJM|annuel|par an\b|\/\s*an\b|mensuel|mois/i.test(segment);
  return /\+|tickets?|titres? restaurant|primes?/i.test(value)
    ? { salary, salaryText: value.slice(0, 300), periodWritten }
    : { salary, periodWritten };
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

export function findDates(lines: string[], contextYear: number | undefined): DateGuesses {
  const after = (line: string, keyword: RegExp) => {
    const m = keyword.exec(line);
    return m ? findFrenchDates(line.slice(m.index), contextYear)[0]?.iso : undefined;
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
    first(/date limite|avant le|au plus tard/i) ??
      first(/jusqu['’]au/i, (l) => /candidat|r[ée]pon|envoy/i.test(l)),
  );
  set(
    'published',
    first(/date de (?:d[ée]p[ôo]t|publication|parution)|publi[ée]e? le|mise en ligne/i) ??
      first(/r[ée]f[ée]rence.*\bdu\b/i),
  );
  set(
    'start',
    first(/[àa] pourvoir|prise de (?:poste|fonctions?)|[àa] compter du|d[ée]but|d[èe]s le/i),
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
