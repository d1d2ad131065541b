/**
 * The deadline of an offer as an iCalendar file (RFC 5545), built with ical-generator: one
 * event covering the last day to apply, from 00:00 to 24:00 in the offer's time zone (TZID with
 * its VTIMEZONE, so Nouméa's last day shows as 14:00–14:00 in a Paris calendar), and two
 * reminders: two days before at 9:00, and on the morning of the last day. Deterministic: UID
 * from the slug and the site, DTSTAMP from the build's now. The library escapes text values and
 * folds lines at 75 octets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalEventTransparency,
  escape,
} from 'ical-generator';
import type { OfferView } from './catalog.ts';
import { formatDate } from './format.ts';
import { getStartOfLocalDay } from './lifecycle.ts';
import { formatPlace, getOfferFacts } from './offer-facts.ts';
import { FEATURES, SITE_NAME, paths } from './site.ts';

const HOUR = 3600;

/** Reminders, in seconds before the start of the last day (negative: after it starts). */
const REMINDERS = [
  // Two days before the last day, at 9:00: 39 hours before it starts.
  { before: 39 * HOUR, text: 'Plus que deux jours pour candidater' },
  // The last day, at 9:00.
  { before: -9 * HOUR, text: 'Dernier jour pour candidater' },
] as const;

/** Offers whose deadline a calendar file is offered for: open offers with a date limit (unless the configuration turns calendars off). */
export function hasDeadlineEvent(offer: OfferView): boolean {
  return FEATURES.calendars && offer.status === 'open' && offer.data.deadline !== undefined;
}

const vtimezones = new Map<string, string | null>();

/** A zone's VTIMEZONE block: the same for every offer there, and slow to make (memoised). */
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
  const timeZone = offer.timeZone;
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
  const day = Temporal.PlainDate.from(deadline);
  const calendar = ical({
    prodId: `//${host}//${SITE_NAME}//FR`,
    // The library writes the calendar's name as it is: escape it as the TEXT it is.
    name: escape(`${SITE_NAME} — date limite : ${offer.data.title}`, false),
    // The calendar gets no zone of its own: the library would then write DTSTAMP and
    // LAST-MODIFIED as local times. The event's zone gets its VTIMEZONE from the generator.
    timezone: { name: null, generator: getVtimezone },
    x: { 'X-WR-TIMEZONE': timeZone },
  });
  const location = formatPlace(offer);
  const event = calendar.createEvent({
    id: `${offer.slug}-date-limite@${host}`,
    sequence: 0,
    stamp: context.now,
    // Calendar days, written as local midnights of the TZID whatever the machine's zone.
    start: day,
    end: day.add({ days: 1 }),
    timezone: timeZone,
    summary: `Date limite de candidature : ${offer.data.title} (${organisation})`,
    // A reminder, not an appointment: the day stays free in the calendar.
    transparency: ICalEventTransparency.TRANSPARENT,
    ...(location ? { location } : {}),
    description,
    url,
    lastModified: getStartOfLocalDay(offer.data.updated ?? offer.data.published, timeZone),
  });
  for (const reminder of REMINDERS) {
    event
      .createAlarm({
        type: ICalAlarmType.display,
        trigger: reminder.before,
        description: `${reminder.text} : ${offer.data.title}`,
      })
      // Not read from the alarm's data by the library: set it on the alarm.
      .relatesTo(ICalAlarmRelatesTo.start);
  }
  return calendar.toString();
}

/**
 * Writes every offer's calendar file into a build's output dir (`outDir`) and returns their
 * paths. A build does this once instead of rendering 700 endpoint routes at 10,000 offers:
 * Astro's bookkeeping for a route (request, response, folders, cache) costs ~1 ms, the file 0.1.
 */
export function writeDeadlineCalendars(
  offers: readonly OfferView[],
  context: IcsContext,
  outDir: string,
): string[] {
  return offers.flatMap((offer) => {
    const text = hasDeadlineEvent(offer) ? getDeadlineIcs(offer, context) : undefined;
    if (text === undefined) return [];
    const file = path.join(outDir, ...paths.offerIcs(offer.slug).split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return [file];
  });
}
