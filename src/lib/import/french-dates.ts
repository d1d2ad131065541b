/**
 * French dates as offers write them: « 6 septembre 2019 », « Vendredi 21 février 2025 »,
 * « 1er mai 2025 », « 21/02/2025 », « 2025-02-21 », and « 16 septembre » with the year
 * taken from the context.
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

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+';
const MONTH_NAMES =
  'janvier|janv|f[ée]vrier|f[ée]vr|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[ûu]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c';
const WRITTEN = new RegExp(
  `(?:${WEEKDAY})?\\b(\\d{1,2})(?:er|e)?\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])`,
  'giu',
);
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
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

/** Every date in `text`, in order. `contextYear` completes dates written without a year. */
export function findFrenchDates(text: string, contextYear?: number): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const month = MONTHS[stripAccents(m[2] ?? '').toLowerCase()];
    const year = m[3] ? Number(m[3]) : contextYear;
    const iso = month && year ? toIso(year, month, Number(m[1])) : undefined;
    if (iso) found.push({ iso, index: m.index, raw: m[0], hasYear: Boolean(m[3]) });
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
export function parseFrenchDate(text: string, contextYear?: number): string | undefined {
  return findFrenchDates(text, contextYear)[0]?.iso;
}

/** The year most often written in full in the text (to complete « le 16 septembre »). */
export function guessContextYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b(19[89]\d|20\d\d)\b/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
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
