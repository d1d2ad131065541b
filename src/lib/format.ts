/** French formatting of dates, pay and offer facts. */
import type { Contract, Offer, Salary } from '../schema/offer.ts';

const NBSP = '\u00A0';
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Dates already spelt: a site has a few thousand distinct ones and spells each many times. */
const spelt = new Map<string, string>();

/** Escapes text for HTML and XML alike (element content and double-quoted attributes). */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "2025-05-01" → "1er mai 2025"; "2019-09-06" → "6 septembre 2019". */
export function formatDate(date: string): string {
  let formatted = spelt.get(date);
  if (formatted === undefined) {
    formatted = dateFormat.format(new Date(`${date}T00:00:00Z`)).replace(/^1 /, '1er ');
    spelt.set(date, formatted);
  }
  return formatted;
}

/** "1047" → "1 047" with the narrow no-break space French uses between thousands. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export const CURRENCY_SYMBOLS: Record<Salary['currency'], string> = { EUR: '€', XPF: 'F CFP' };
export const BASIS_LABELS: Record<Salary['basis'], string> = {
  gross: 'brut',
  net: 'net',
  stipend: 'de gratification',
};
export const PERIOD_LABELS: Record<Salary['period'], string> = {
  hour: '/ heure',
  day: '/ jour',
  month: '/ mois',
  year: '/ an',
  total: 'au total',
};

/** « 1 047 € brut / mois », « 75 200 F CFP / mois », « environ 600 € de gratification / mois ». */
export function formatSalary(salary: Salary): string {
  const symbol = CURRENCY_SYMBOLS[salary.currency];
  const amount =
    salary.max !== undefined && salary.max !== salary.min
      ? `${formatNumber(salary.min)} à ${formatNumber(salary.max)}`
      : formatNumber(salary.min);
  const prefix = salary.approximate ? 'environ ' : '';
  return `${prefix}${amount}${NBSP}${symbol} ${BASIS_LABELS[salary.basis]} ${PERIOD_LABELS[salary.period]}`;
}

export const CONTRACT_LABELS: Record<Contract, string> = {
  cdi: 'CDI',
  cdd: 'CDD',
  stage: 'Stage',
  alternance: 'Alternance',
  'service-civique': 'Service civique',
  freelance: 'Mission (prestation)',
  benevolat: 'Bénévolat',
  'fonction-publique': 'Fonction publique',
  autre: 'Autre contrat',
};

export function formatContracts(contracts: readonly Contract[]): string {
  return contracts.map((c) => CONTRACT_LABELS[c]).join(', ');
}

export const REMOTE_LABELS: Record<Offer['remote'], string> = {
  none: 'Sur place',
  partial: 'Télétravail partiel',
  full: 'Entièrement à distance',
};

export const WORKING_TIME_LABELS: Record<NonNullable<Offer['workingTime']>, string> = {
  'full-time': 'Temps plein',
  'part-time': 'Temps partiel',
};

/** « Temps partiel, 20 h par semaine ». */
export function formatWorkingTime(
  offer: Pick<Offer, 'workingTime' | 'hoursPerWeek'>,
): string | undefined {
  const time = offer.workingTime && WORKING_TIME_LABELS[offer.workingTime];
  const hours =
    offer.hoursPerWeek !== undefined
      ? `${formatNumber(offer.hoursPerWeek)}${NBSP}h par semaine`
      : undefined;
  if (time && hours) return `${time}, ${hours}`;
  return time ?? hours;
}

/** « 6 mois », « 4 à 6 mois ». */
export function formatDuration(
  offer: Pick<Offer, 'durationMonths' | 'durationText'>,
): string | undefined {
  if (offer.durationText) return offer.durationText;
  if (offer.durationMonths !== undefined) return `${formatNumber(offer.durationMonths)}${NBSP}mois`;
  return undefined;
}

/** « plus que 3 jours », « dernier jour aujourd'hui ». */
export function formatDaysLeft(days: number): string {
  if (days <= 0) return "dernier jour aujourd'hui";
  if (days === 1) return 'jusqu’à demain';
  return `plus que ${days}${NBSP}jours`;
}
