/**
 * The deadline of an offer as an iCalendar file (RFC 5545), made with ical-generator: one
 * event covering the last day to apply, from 00:00 to 24:00 in the offer's time zone (TZID
 * with its VTIMEZONE, so Nouméa's last day shows as 14:00–14:00 in a Paris calendar), and
 * two reminders: two days before at 9:00, and on the morning of the last day.
 * Deterministic: UID from the slug and the site, DTSTAMP from the build's now.
 */
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import type { OfferView } from './catalog.ts';
import { formatDate } from './format.ts';
import { addDays } from './lifecycle.ts';
import { formatPlace, getOfferFacts } from './offer-facts.ts';
import { SITE_NAME, paths } from './site.ts';

/** Reminders, in seconds before the start of the last day (negative: after it). */
const REMINDERS = [
  // Two days before the last day, at 9:00.
  { before: (2 * 24 - 9) * 3600, text: 'Plus que deux jours pour candidater' },
  // The last day, at 9:00.
  { before: -9 * 3600, text: 'Dernier jour pour candidater' },
] as const;

/** Offers whose deadline a calendar file is offered for: open offers with a date limit. */
export function hasDeadlineEvent(offer: OfferView): boolean {
  return offer.status === 'open' && offer.data.deadline !== undefined;
}

function startOfDay(date: string, timeZone: string): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, timeZone);
}

const vtimezones = new Map<string, string | null>();

/** The VTIMEZONE block of a zone: the same for every offer there, and slow to make (memoised). */
function getVtimezone(timeZone: string): string | null {
  let block = vtimezones.get(timeZone);
  if (block === undefined) {
    block = getVtimezoneComponent(timeZone) ?? null;
    vtimezones.set(timeZone, block);
  }
  return block;
}

export interface IcsContext {
  /** The site's absolute base URL. */
  site: string | URL;
  /** The build's now: DTSTAMP. */
  now: Date;
}

/** The .ics text for an offer's deadline, or undefined when it has none. */
export function getDeadlineIcs(offer: OfferView, context: IcsContext): string | undefined {
  const { deadline } = offer.data;
  if (!deadline) return undefined;
  const url = new URL(paths.offer(offer.slug), context.site).href;
  const host = new URL(context.site).host;
  const organisation = offer.organisation.data.name;
  const facts = getOfferFacts(offer)
    .filter((fact) => fact.key !== 'deadline')
    .map((fact) => `${fact.label} : ${fact.value}`);
  const apply = offer.data.apply;
  const description = [
    `Dernier jour pour candidater à l'offre « ${offer.data.title} » (${organisation}) : le ${formatDate(deadline)} inclus.`,
    '',
    ...facts,
    '',
    ...(apply.instructions ? [apply.instructions] : []),
    ...(apply.email ? [`Candidature par e-mail : ${apply.email}`] : []),
    ...(apply.url ? [`Candidature en ligne : ${apply.url}`] : []),
    `L'offre en ligne : ${url}`,
  ].join('\n');

  const calendar = ical({
    prodId: { company: host, product: SITE_NAME, language: 'FR' },
    name: `${SITE_NAME} — date limite : ${offer.data.title}`,
    timezone: { name: offer.timeZone, generator: getVtimezone },
  });
  const lastModified = startOfDay(offer.data.updated ?? offer.data.published, offer.timeZone);
  const event = calendar.createEvent({
    id: `${offer.slug}-date-limite@${host}`,
    stamp: context.now,
    lastModified,
    start: startOfDay(deadline, offer.timeZone),
    end: startOfDay(addDays(deadline, 1), offer.timeZone),
    timezone: offer.timeZone,
    summary: `Date limite de candidature : ${offer.data.title} (${organisation})`,
    description,
    location: formatPlace(offer) || null,
    url,
    // A reminder, not an appointment: the day stays free in the calendar.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  for (const reminder of REMINDERS) {
    event
      .createAlarm({
        type: ICalAlarmType.display,
        description: `${reminder.text} : ${offer.data.title}`,
        trigger: reminder.before,
      })
      // Relative to the start of the last day, in both directions (ical-generator relates a
      // reminder after the start to the end unless told).
      .relatesTo(ICalAlarmRelatesTo.start);
  }
  // With a calendar time zone, ical-generator writes DTSTAMP and LAST-MODIFIED as local times
  // read from the build machine's clock zone; RFC 5545 wants them in UTC. Write them so.
  return calendar
    .toString()
    .replace(/^DTSTAMP:.*$/m, `DTSTAMP:${toUtcStamp(context.now)}`)
    .replace(/^LAST-MODIFIED:.*$/m, `LAST-MODIFIED:${toUtcStamp(lastModified)}`);
}

/** 2026-03-01T12:00:00Z → 20260301T120000Z */
function toUtcStamp(date: Date): string {
  return `${new Date(date.getTime()).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
