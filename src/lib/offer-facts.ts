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

/** « 21 février 2025 » plus, while open, « (plus que 3 jours) ». */
export function formatDeadline(offer: OfferView): string | undefined {
  if (!offer.data.deadline) return undefined;
  const date = formatDate(offer.data.deadline);
  return offer.status === 'open' ? `${date} (${formatDaysLeft(offer.daysLeft)})` : date;
}

export function formatPay(offer: Pick<OfferView, 'data'>): string | undefined {
  const parts = [offer.data.salary && formatSalary(offer.data.salary), offer.data.salaryText].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : undefined;
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
