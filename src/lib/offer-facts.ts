/** The key facts of an offer as label/value pairs, shared by the offer page, feeds and the PDF. */
import type { OfferView } from './catalog.ts';
import {
  REMOTE_LABELS,
  formatContracts,
  formatDate,
  formatDaysLeft,
  formatDuration,
  formatSalary,
  formatWorkingTime,
} from './format.ts';
import { UI } from './ui-text.ts';
import { DEFAULT_OPEN_DAYS, DEFAULT_TIME_ZONE } from './site.ts';
import { describeZone, offerText } from './ui-text-offers.ts';

export interface Fact {
  key: string;
  label: string;
  value: string;
}

/** « Le Mont-Dore (98809), Nouvelle-Calédonie » or « Paris (75010), Paris, Île-de-France ». */
export function formatPlace(offer: Pick<OfferView, 'place' | 'data'>): string {
  const { place } = offer;
  if (!place) return offer.data.remote === 'full' ? 'À distance' : '';
  if (place.kind === 'abroad') {
    return [place.city, place.postalCode, place.countryName].filter(Boolean).join(', ');
  }
  const parts = [`${place.communeName} (${place.postalCode})`];
  // "Paris (75010), Paris, Île-de-France" and "…, La Réunion, La Réunion" say nothing twice.
  const { departement, region } = place;
  if (departement.name !== place.communeName && departement.name !== region.name) parts.push(departement.name);
  parts.push(region.name);
  return parts.join(', ');
}

/**
 * A last open day, with its time zone when it is not metropolitan France's: « 10 décembre
 * 2026, heure de Nouméa » (the offer closes at the end of that day there).
 */
export function formatLastDay(date: string, offer: Pick<OfferView, 'timeZone'>): string {
  const zone = getZoneName(offer);
  return zone ? `${formatDate(date)}, ${zone}` : formatDate(date);
}

/** « heure de Nouméa » for an offer outside metropolitan France's time zone, else undefined. */
export function getZoneName(offer: Pick<OfferView, 'timeZone'>): string | undefined {
  return offer.timeZone === DEFAULT_TIME_ZONE ? undefined : describeZone(offer.timeZone);
}

/** « 21 février 2025 » plus, while open, « (plus que 3 jours) ». */
export function formatDeadline(offer: OfferView): string | undefined {
  if (!offer.data.deadline) return undefined;
  const date = formatLastDay(offer.data.deadline, offer);
  return offer.status === 'open' ? `${date} (${formatDaysLeft(offer.daysLeft)})` : date;
}

/** An open offer without deadline: « Ouverte jusqu'au 14 janvier 2027 (60 jours après publication) ». */
function formatOpenUntil(offer: OfferView): string | undefined {
  if (offer.data.deadline || offer.status !== 'open') return undefined;
  return offerText.openUntil(formatLastDay(offer.lastOpenDay, offer), DEFAULT_OPEN_DAYS);
}

export function formatPay(offer: Pick<OfferView, 'data'>): string | undefined {
  const parts = [offer.data.salary && formatSalary(offer.data.salary), offer.data.salaryText].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

/** Longest pay text on a card before it is cut at a word. */
const CARD_PAY_LENGTH = 60;

/** Pay on an offer card: the amounts when given, else the words, cut short. */
export function formatCardPay(offer: Pick<OfferView, 'data'>): string | undefined {
  const { salary, salaryText } = offer.data;
  if (salary) return formatSalary(salary);
  if (!salaryText) return undefined;
  if (salaryText.length <= CARD_PAY_LENGTH) return salaryText;
  const cut = salaryText.slice(0, CARD_PAY_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut.slice(0, CARD_PAY_LENGTH)).replace(/[\s,;:.—-]+$/, '')}…`;
}

export function getOfferFacts(offer: OfferView): Fact[] {
  const { data } = offer;
  const label = UI.facts;
  const facts: (Fact | undefined)[] = [
    { key: 'organisation', label: label.organisation, value: offer.organisation.data.name },
    { key: 'place', label: label.place, value: formatPlace(offer) },
    { key: 'contract', label: label.contract(data.contract.length), value: formatContracts(data.contract) },
    fact('workingTime', label.workingTime, formatWorkingTime(data)),
    { key: 'remote', label: label.remote, value: REMOTE_LABELS[data.remote] },
    { key: 'published', label: label.published, value: formatDate(data.published) },
    fact('updated', label.updated, data.updated && formatDate(data.updated)),
    fact('deadline', label.deadline, formatDeadline(offer)),
    fact('openUntil', offerText.openUntilLabel, formatOpenUntil(offer)),
    fact('start', label.start, data.start ? formatDate(data.start) : data.startText),
    fact('end', label.end, data.end && formatDate(data.end)),
    fact('duration', label.duration, formatDuration(data)),
    fact('pay', label.pay, formatPay(offer)),
    fact('reference', label.reference, data.reference),
  ];
  return facts.filter((f): f is Fact => f !== undefined && f.value !== '');
}

function fact(key: string, label: string, value: string | undefined): Fact | undefined {
  return value ? { key, label, value } : undefined;
}

/** mailto: link whose subject names the offer and its reference. */
export function getMailtoHref(offer: OfferView): string | undefined {
  const email = offer.data.apply.email;
  if (!email) return undefined;
  const subject = UI.apply.subject(offer.data.title, offer.data.reference);
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}
