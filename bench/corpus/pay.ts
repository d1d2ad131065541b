/**
 * Pay for a generated offer, by contract: a salary as numbers (EUR, or XPF where the franc CFP
 * is the currency), or pay in words, or nothing. Amounts are of the right order for French
 * civic-life jobs; XPF amounts are EUR × 119.33 rounded, as employers there write them.
 */
import type { Contract } from '../../src/schema/offer.ts';
import type { Random } from './random.ts';
import { SALARY_TEXTS } from './words.ts';
import { quote } from './yaml.ts';

export interface Pay {
  /** Front-matter lines (salary: … or salaryText: …), empty when the offer names no pay. */
  lines: string[];
  /** The pay as the body states it, when stated. */
  label?: string;
  currency?: 'EUR' | 'XPF';
}

const XPF_PER_EUR = 119.33;
const PERIOD_LABEL = {
  hour: 'heure',
  day: 'jour',
  month: 'mois',
  year: 'an',
  total: 'mission',
} as const;
const BASIS_LABEL = { gross: 'brut', net: 'net', stipend: 'gratification' } as const;

type Period = keyof typeof PERIOD_LABEL;
type Basis = keyof typeof BASIS_LABEL;

function amounts(
  random: Random,
  contract: Contract,
): [number, number | undefined, Period, Basis] | undefined {
  switch (contract) {
    case 'stage':
      return [random.pick([660, 690, 720, 800]), undefined, 'month', 'stipend'];
    case 'service-civique':
      return [random.pick([620, 649, 655]), undefined, 'month', 'net'];
    case 'freelance':
      return random.chance(0.6)
        ? [random.int(25, 60) * 10, undefined, 'day', 'gross']
        : [random.int(2, 24) * 500, undefined, 'total', 'gross'];
    case 'benevolat':
      return undefined;
    default: {
      const monthly = random.int(18, 38) * 100;
      if (random.chance(0.2))
        return [monthly * 12, monthly * 12 + random.int(2, 8) * 1000, 'year', 'gross'];
      return [
        monthly,
        random.chance(0.4) ? monthly + random.int(2, 8) * 100 : undefined,
        'month',
        random.chance(0.8) ? 'gross' : 'net',
      ];
    }
  }
}

const format = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

export function makePay(random: Random, contract: Contract, xpf: boolean): Pay {
  const r = random.next();
  if (contract === 'benevolat')
    return r < 0.5
      ? { lines: [`salaryText: ${quote('Mission bénévole, frais de déplacement remboursés')}`] }
      : { lines: [] };
  if (r < 0.15) return { lines: [] };
  if (r < 0.3 || contract === 'fonction-publique') {
    const text = random.pick(SALARY_TEXTS);
    return { lines: [`salaryText: ${quote(text)}`], label: text };
  }
  const drawn = amounts(random, contract);
  if (!drawn) return { lines: [] };
  const rate = xpf ? XPF_PER_EUR : 1;
  const round = (n: number) => (xpf ? Math.round((n * rate) / 1000) * 1000 : n);
  const [min, max, period, basis] = [
    round(drawn[0]),
    drawn[1] === undefined ? undefined : round(drawn[1]),
    drawn[2],
    drawn[3],
  ];
  const currency = xpf ? 'XPF' : 'EUR';
  const lines = ['salary:', `  min: ${min}`];
  if (max !== undefined) lines.push(`  max: ${max}`);
  if (xpf || random.chance(0.6)) lines.push(`  currency: ${currency}`);
  lines.push(`  period: ${period}`, `  basis: ${basis}`);
  const symbol = xpf ? 'F CFP' : '€';
  const amount =
    max === undefined ? `${format(min)} ${symbol}` : `de ${format(min)} à ${format(max)} ${symbol}`;
  return { lines, label: `${amount} ${BASIS_LABEL[basis]} par ${PERIOD_LABEL[period]}`, currency };
}
