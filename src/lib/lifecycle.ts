/**
 * Offer lifecycle. An offer is open until the end of its deadline day in the local time of
 * its place (Nouméa is UTC+11), closed after. Without a deadline it stays open
 * DEFAULT_OPEN_DAYS days after `published`. "Now" is the build time, or SOURCE_DATE_EPOCH.
 */
import { DEFAULT_OPEN_DAYS } from './site.ts';

export type OfferStatus = 'open' | 'closed';

/** The build's "now": SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds. */
export function getBuildNow(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isFinite(seconds)) throw new Error(`SOURCE_DATE_EPOCH invalide : « ${epoch} »`);
    return new Date(seconds * 1000);
  }
  return new Date();
}

/** Adds days to a calendar date "YYYY-MM-DD". */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Formatters made once per time zone: constructing an Intl.DateTimeFormat costs far more than
 * formatting with it (at 10,000 offers, constructing them on every call took most of the
 * catalog's time). Only a handful of zones exist.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function getFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (format === undefined) formats.set(key, (format = make()));
  return format;
}

/** The calendar date of an instant in a time zone, "YYYY-MM-DD". */
export function getLocalDate(instant: Date, timeZone: string): string {
  const format = getFormat(`date ${timeZone}`, () => new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));
  return format.format(instant);
}

/** Offset (ms) of a time zone from UTC at an instant. */
function getZoneOffset(instant: number, timeZone: string): number {
  const format = getFormat(`offset ${timeZone}`, () => new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));
  const parts = format.formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const dayStarts = new Map<string, number>();

/** The instant a local calendar day starts (00:00) in a time zone. */
export function getStartOfLocalDay(date: string, timeZone: string): Date {
  const key = `${date} ${timeZone}`;
  let instant = dayStarts.get(key);
  if (instant === undefined) {
    const naive = Date.parse(`${date}T00:00:00Z`);
    instant = naive - getZoneOffset(naive, timeZone);
    // Second pass: the offset may differ at the corrected instant (DST change that day).
    instant = naive - getZoneOffset(instant, timeZone);
    dayStarts.set(key, instant);
  }
  return new Date(instant);
}

/** Last calendar day an offer accepts applications, inclusive. */
export function getLastOpenDay(offer: { published: string; deadline?: string | undefined }): string {
  return offer.deadline ?? addDays(offer.published, DEFAULT_OPEN_DAYS);
}

/** The instant an offer closes: the end of its last open day, in its time zone. */
export function getClosingInstant(
  offer: { published: string; deadline?: string | undefined },
  timeZone: string,
): Date {
  return getStartOfLocalDay(addDays(getLastOpenDay(offer), 1), timeZone);
}

export function getOfferStatus(
  offer: { published: string; deadline?: string | undefined },
  timeZone: string,
  now: Date,
): OfferStatus {
  return now.getTime() < getClosingInstant(offer, timeZone).getTime() ? 'open' : 'closed';
}

/** Whole days from today (local) to the last open day: 0 means "last day today". */
export function getDaysLeft(lastOpenDay: string, timeZone: string, now: Date): number {
  const today = getLocalDate(now, timeZone);
  return Math.round((Date.parse(`${lastOpenDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
