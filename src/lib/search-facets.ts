/**
 * The search filters a job seeker expects beyond place, employer and contract, derived from the
 * offer schema: working time, whether pay is given, a monthly pay band, start, duration, tags.
 * Each function returns the offer's values for one filter (none when the offer says nothing).
 * Values are French labels, shown as they are on /recherche/; the fixed lists give their order.
 */
import type { Offer, Salary } from '../schema/offer.ts';

export const WORKING_TIME_VALUES = ['Temps plein', 'Temps partiel'] as const;
export const PAY_GIVEN_VALUES = ['Indiquée', 'Non indiquée'] as const;
export const PAY_BAND_VALUES = [
  'Moins de 1 000 € par mois',
  '1 000 à 1 999 € par mois',
  '2 000 à 2 999 € par mois',
  '3 000 € par mois ou plus',
] as const;
export const DURATION_VALUES = [
  '3 mois ou moins',
  '4 à 6 mois',
  '7 à 12 mois',
  'Plus d’un an',
] as const;
/** The start value of offers that start at once, listed before the months. */
export const START_ASAP = 'Dès que possible';

type Data = Pick<
  Offer,
  | 'workingTime'
  | 'salary'
  | 'salaryText'
  | 'start'
  | 'startText'
  | 'published'
  | 'durationMonths'
  | 'end'
  | 'tags'
>;

export function getWorkingTime(data: Data): string[] {
  if (data.workingTime === 'full-time') return [WORKING_TIME_VALUES[0]];
  if (data.workingTime === 'part-time') return [WORKING_TIME_VALUES[1]];
  return [];
}

export function getPayGiven(data: Data): string[] {
  return [data.salary || data.salaryText ? PAY_GIVEN_VALUES[0] : PAY_GIVEN_VALUES[1]];
}

/** Francs CFP per euro: the parity is fixed. */
const XPF_PER_EUR = 119.33;
/** Paid hours and days in a month of full-time work (35 h a week). */
const MONTHLY: Record<Salary['period'], number | undefined> = {
  hour: 151.67,
  day: 21.67,
  month: 1,
  year: 1 / 12,
  total: undefined,
};

/**
 * The lowest amount offered, as euros per month: hourly and daily pay for a full month, yearly
 * pay over twelve, a total over the duration when known. Gross, net and stipends are not told
 * apart: the band is a guide, the offer gives the exact terms.
 */
export function getMonthlyPay(data: Data): number | undefined {
  const salary = data.salary;
  if (!salary) return undefined;
  const factor =
    salary.period === 'total'
      ? data.durationMonths !== undefined
        ? 1 / data.durationMonths
        : undefined
      : MONTHLY[salary.period];
  if (factor === undefined) return undefined;
  const euros = salary.currency === 'XPF' ? salary.min / XPF_PER_EUR : salary.min;
  return euros * factor;
}

export function getPayBand(data: Data): string[] {
  const monthly = getMonthlyPay(data);
  if (monthly === undefined) return [];
  const band = monthly < 1000 ? 0 : monthly < 2000 ? 1 : monthly < 3000 ? 2 : 3;
  return [PAY_BAND_VALUES[band]];
}

const MONTHS = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** « Dès que possible », or the month of the start date (« avril 2026 »). */
export function getStart(data: Data): string[] {
  if (data.start) {
    if (data.start <= data.published) return [START_ASAP];
    return [MONTHS.format(new Date(`${data.start}T00:00:00Z`))];
  }
  if (data.startText && /d[eè]s que possible|imm[ée]diat|au plus t[oô]t/i.test(data.startText))
    return [START_ASAP];
  return [];
}

function monthsBetween(start: string, end: string): number {
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  return days / 30.44;
}

export function getDuration(data: Data): string[] {
  // An offer that starts as soon as possible runs from its publication.
  const start = data.start ?? (getStart(data)[0] === START_ASAP ? data.published : undefined);
  const months =
    data.durationMonths ?? (start && data.end ? monthsBetween(start, data.end) : undefined);
  if (months === undefined || months <= 0) return [];
  const band = months <= 3 ? 0 : months <= 6 ? 1 : months <= 12 ? 2 : 3;
  return [DURATION_VALUES[band]];
}

export function getTags(data: Data): string[] {
  return [...data.tags];
}
