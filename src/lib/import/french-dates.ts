/**
 * French dates as offers write them: « 6 septembre 2019 », « Vendredi 21 février 2025 »,
 * « 1er mai 2025 », « 21/02/2025 », « 2025-02-21 », and dates without a year
 * (« 16 septembre », « vendredi 29/01 »): the next such date on or after the text's own date,
 * or, with a weekday, the year where that day is that weekday.
 */

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAY = `(?:(${WEEKDAYS.join('|')})\\.?\\s+)`;
const MONTH_NAMES =
  'janvier|janv|f[ée]vrier|f[ée]vr|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[ûu]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c';
const WRITTEN = new RegExp(
  `${WEEKDAY}?\\b(\\d{1,2})(?:er|e)?\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])`,
  'giu',
);
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
/** « vendredi 29/01 », « le 29/01 », « au 29/01 »: a day and a month, no year. */
const DAY_MONTH = new RegExp(
  `(?:${WEEKDAY}|\\b(?:le|au|du)\\s+)(\\d{1,2})/(\\d{1,2})\\b(?![/.]\\d)`,
  'giu',
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** Offset of the match in the text. */
  index: number;
  raw: string;
  /** False when the year was guessed from the context. */
  hasYear: boolean;
}

/**
 * Every date in `text`, in order. `context` completes dates written without a year: a year
 * (that year), or a "YYYY-MM-DD" date (the next such date on or after it).
 */
export function findFrenchDates(text: string, context?: number | string): FoundDate[] {
  const found: FoundDate[] = [];
  const complete = (weekday: string | undefined, month: number, day: number) =>
    completeYear(context, month, day, weekday);
  for (const m of text.matchAll(WRITTEN)) {
    const month = MONTHS[stripAccents(m[3] ?? '').toLowerCase()];
    const day = Number(m[2]);
    const iso = !month
      ? undefined
      : m[4]
        ? toIso(Number(m[4]), month, day)
        : complete(m[1], month, day);
    if (iso) found.push({ iso, index: m.index, raw: m[0], hasYear: Boolean(m[4]) });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const iso = complete(m[1], Number(m[3]), Number(m[2]));
    if (iso) found.push({ iso, index: m.index, raw: m[0], hasYear: false });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const iso = toIso(year, Number(m[2]), Number(m[1]));
    if (iso) found.push({ iso, index: m.index, raw: m[0], hasYear: true });
  }
  for (const m of text.matchAll(ISO)) {
    const iso = toIso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, index: m.index, raw: m[0], hasYear: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in `text`, or undefined. */
export function parseFrenchDate(text: string, context?: number | string): string | undefined {
  return findFrenchDates(text, context)[0]?.iso;
}

/**
 * The year of a day and month written without one. With a weekday, the year (from the
 * context's year on) where that day is that weekday; otherwise the first such date on or
 * after the context date; with a bare year, that year.
 */
function completeYear(
  context: number | string | undefined,
  month: number,
  day: number,
  weekday: string | undefined,
): string | undefined {
  if (context === undefined) return undefined;
  const from = typeof context === 'number' ? `${context}-01-01` : context;
  const year = Number(from.slice(0, 4));
  if (typeof context === 'number' && !weekday) return toIso(year, month, day);
  const wanted = weekday ? WEEKDAYS.indexOf(weekday.toLowerCase()) : -1;
  for (const y of [year, year + 1, year + 2, year + 3]) {
    const iso = toIso(y, month, day);
    if (!iso) continue;
    if (wanted >= 0 ? new Date(`${iso}T12:00:00Z`).getUTCDay() === wanted : iso >= from) return iso;
  }
  return undefined;
}

function toIso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100)
    return undefined;
  return date.toISOString().slice(0, 10);
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}
