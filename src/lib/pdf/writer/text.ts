/**
 * Line breaking from advance widths. Text is cut into segments at break opportunities (after
 * spaces, after a hyphen before a letter, after a slash not followed by a digit, `\n`);
 * segments are measured and encoded once per face (FontProgram.segmentAt) and lines filled
 * greedily with whole words. Spaces at the end of a line hang in the margin. A word longer than
 * a line (a long URL, an e-mail address) is cut between characters where the line is full.
 */
import {
  codeUnits,
  GLYPH,
  HASH_MASK,
  HASH_PRIME,
  HASH_SEED,
  isWordCode,
  NO_GLYPH,
  type DocumentFont,
  type GlyphRun,
  type Segment,
} from './font.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** What follows a segment. */
export const END = {
  /** Nothing: the segment continues into the next run (a word half in bold). */
  glue: 0,
  /** A break opportunity. */
  break: 1,
  /** A forced line break. */
  newline: 2,
} as const;

/** Text in one face and size: a run of a paragraph, cut into segments. */
export interface Span {
  font: DocumentFont;
  size: number;
  /** Extra space after each glyph, in points (letter-spaced labels). */
  charSpacing: number;
  segments: Segment[];
  /** END kind of each segment. */
  ends: number[];
}

/**
 * Spans broken into lines: the segments placed, in reading order, as parallel arrays (the span
 * of each, the segment, its x in points from its line's start). Line i holds items
 * `starts[i]`… up to the next line's start (the last line, up to the end); `widths[i]` is the
 * width of its drawn glyphs, hanging spaces excluded. One set of arrays for all the lines,
 * not three for each.
 */
export interface Lines {
  spans: number[];
  segments: Segment[];
  xs: number[];
  starts: number[];
  widths: number[];
}

/**
 * Cuts text into segments at break opportunities, appended to the span's; each comes from the
 * face's cache when it can.
 */
export function segmentText(span: Span, text: string): void {
  const { font, segments, ends } = span;
  const units = codeUnits(text);
  const length = text.length;
  let start = 0;
  let hash = HASH_SEED;
  for (let i = 0; i < length; i++) {
    const code = units[i]!;
    if (code === 0x0a) {
      segments.push(font.segmentAt(text, units, start, i, hash));
      ends.push(END.newline);
      start = i + 1;
      hash = HASH_SEED;
      continue;
    }
    hash = Math.imul(hash ^ code, HASH_PRIME) & HASH_MASK;
    let cut = false;
    // The next character, or -1 at the end.
    const next = i + 1 < length ? units[i + 1]! : -1;
    if (code === 0x20 || code === 0x09) {
      cut = next !== 0x20 && next !== 0x09;
    } else if (code === 0x2d || code === 0x2010) {
      // Saint-Denis, 02-ville; not 2019-2020 or covid-19 (numbers stay whole, as UAX #14 asks).
      cut = i > 0 && isWordCode(units[i - 1]!) && isWordCode(next) && !isDigit(next);
    } else if (code === 0x2f) {
      // URLs and et/ou; not 12/03/2025.
      cut = next > 0x20 && next !== 0x2f && !isDigit(next);
    } else if (code === 0x200b) {
      cut = true;
    }
    if (!cut) continue;
    segments.push(font.segmentAt(text, units, start, i + 1, hash));
    ends.push(END.break);
    start = i + 1;
    hash = HASH_SEED;
  }
  if (start < length) {
    segments.push(font.segmentAt(text, units, start, length, hash));
    ends.push(END.glue);
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Width in points of a segment in a span, without or with its trailing spaces. */
export function segmentWidth(span: Span, segment: Segment, full = false): number {
  return full
    ? (segment.fullWidth * span.size) / 1000 + segment.fullGlyphs * span.charSpacing
    : (segment.width * span.size) / 1000 + segment.glyphs * span.charSpacing;
}

/** Width of spans drawn on one line. */
export function spansWidth(spans: readonly Span[]): number {
  let width = 0;
  let trailing = 0;
  for (const span of spans) {
    for (const segment of span.segments) {
      const full = segmentWidth(span, segment, true);
      trailing = full - segmentWidth(span, segment);
      width += full;
    }
  }
  return width - trailing;
}

/** Slack for rounding: a line exactly as wide as the column fits. */
const EPSILON = 1e-6;

/**
 * Fills lines with segments. Its positions are fields, not variables shared with closures:
 * a closure's variable holding a fraction is a new heap number at every store.
 */
class LineFiller {
  readonly lines: Lines = { spans: [], segments: [], xs: [], starts: [], widths: [] };
  private readonly spans: readonly Span[];
  private readonly maxWidth: number;
  /** The line being filled: its first item, its width so far, where the next segment goes. */
  private lineStart = 0;
  private lineWidth = 0;
  private x = 0;

  constructor(spans: readonly Span[], maxWidth: number) {
    this.spans = spans;
    this.maxWidth = maxWidth;
  }

  get lineEmpty(): boolean {
    return this.lines.segments.length === this.lineStart;
  }

  endLine(): void {
    const lines = this.lines;
    lines.starts.push(this.lineStart);
    lines.widths.push(this.lineWidth);
    this.lineStart = lines.segments.length;
    this.lineWidth = 0;
    this.x = 0;
  }

  add(span: number, segment: Segment): void {
    const lines = this.lines;
    const x = this.x;
    lines.spans.push(span);
    lines.segments.push(segment);
    lines.xs.push(x);
    this.lineWidth = x + segmentWidth(this.spans[span]!, segment);
    this.x = x + segmentWidth(this.spans[span]!, segment, true);
  }

  /**
   * Places a word, segments (firstSpan, firstIndex) to (lastSpan, lastIndex), `width` wide
   * without its trailing spaces: on this line if it fits, else on the next, cut if wider than
   * a line.
   */
  place(
    firstSpan: number,
    firstIndex: number,
    lastSpan: number,
    lastIndex: number,
    width: number,
  ): void {
    const maxWidth = this.maxWidth;
    if (!this.lineEmpty && this.x + width > maxWidth + EPSILON) this.endLine();
    if (this.lineEmpty && width > maxWidth + EPSILON) {
      cutWord(this.spans, firstSpan, firstIndex, lastSpan, lastIndex, maxWidth, this);
      return;
    }
    for (let s = firstSpan; s <= lastSpan; s++) {
      const segments = this.spans[s]!.segments;
      const to = s === lastSpan ? lastIndex : segments.length - 1;
      for (let i = s === firstSpan ? firstIndex : 0; i <= to; i++) this.add(s, segments[i]!);
    }
  }
}

/** Breaks spans into lines at most `maxWidth` points wide. */
export function breakLines(spans: readonly Span[], maxWidth: number): Lines {
  const filler = new LineFiller(spans, maxWidth);
  // The word being gathered: segments glued across runs, from (wordSpan, wordIndex) on.
  let wordSpan = -1;
  let wordIndex = 0;
  let wordFull = 0;
  let wordContent = 0;
  let lastSpan = -1;
  let lastIndex = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const { segments, ends } = span;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (wordSpan < 0) {
        wordSpan = s;
        wordIndex = i;
        wordFull = 0;
      }
      wordContent = wordFull + segmentWidth(span, segment);
      wordFull += segmentWidth(span, segment, true);
      lastSpan = s;
      lastIndex = i;
      const end = ends[i]!;
      if (end === END.glue) continue;
      filler.place(wordSpan, wordIndex, s, i, wordContent);
      wordSpan = -1;
      if (end === END.newline) filler.endLine();
    }
  }
  if (wordSpan >= 0) filler.place(wordSpan, wordIndex, lastSpan, lastIndex, wordContent);
  if (!filler.lineEmpty || filler.lines.starts.length === 0) filler.endLine();
  return filler.lines;
}

/**
 * Places a word wider than the line (segments from (firstSpan, firstIndex) to (lastSpan,
 * lastIndex)): its glyphs fill lines one after the other.
 */
function cutWord(
  spans: readonly Span[],
  firstSpan: number,
  firstIndex: number,
  lastSpan: number,
  lastIndex: number,
  maxWidth: number,
  filler: LineFiller,
): void {
  let width = 0;
  let placed = false;
  for (let s = firstSpan; s <= lastSpan; s++) {
    const span = spans[s]!;
    const to = s === lastSpan ? lastIndex : span.segments.length - 1;
    for (let index = s === firstSpan ? firstIndex : 0; index <= to; index++) {
      const segment = span.segments[index]!;
      const run = span.font.shape(segment.text);
      const scale = span.size / 1000;
      let start = 0;
      for (let i = 0; i < run.cids.length; i++) {
        if (run.cids[i] === NO_GLYPH) continue;
        const w = run.advances[i]! * scale + span.charSpacing;
        if (
          width + w > maxWidth + EPSILON &&
          (width > 0 || placed) &&
          run.kinds[i] !== GLYPH.space
        ) {
          if (i > start) filler.add(s, span.font.encode(run, start, i, segment.text));
          filler.endLine();
          placed = false;
          width = 0;
          start = i;
        }
        width += w;
      }
      if (start < run.cids.length) {
        filler.add(s, span.font.encode(run, start, run.cids.length, segment.text));
        placed = true;
      }
    }
  }
}

/**
 * Text on one line, cut (between characters, spaces before the cut dropped) and followed by
 * an ellipsis if wider than `maxWidth`: fills the span's segments.
 */
export function truncate(span: Span, text: string, maxWidth: number): void {
  segmentText(span, text);
  if (spansWidth([span]) <= maxWidth + EPSILON) return;
  const font = span.font;
  const run: GlyphRun = font.shape(text);
  const ellipsis = font.shape('…');
  const scale = span.size / 1000;
  let room = maxWidth;
  for (let i = 0; i < ellipsis.cids.length; i++)
    if (ellipsis.cids[i]! >= 0) room -= ellipsis.advances[i]! * scale + span.charSpacing;
  let width = 0;
  let keep = 0;
  while (keep < run.cids.length) {
    const w = run.cids[keep]! < 0 ? 0 : run.advances[keep]! * scale + span.charSpacing;
    if (width + w > room + EPSILON) break;
    width += w;
    keep++;
  }
  while (keep > 0 && (run.kinds[keep - 1] === GLYPH.space || run.cids[keep - 1]! < 0)) keep--;
  const cut: GlyphRun = {
    cids: [...run.cids.slice(0, keep), ...ellipsis.cids],
    advances: [...run.advances.slice(0, keep), ...ellipsis.advances],
    kinds: [...run.kinds.slice(0, keep), ...ellipsis.kinds],
  };
  // The last glyph kept no longer kerns with the one that followed it.
  if (keep > 0) cut.advances[keep - 1] = font.widthOf(cut.cids[keep - 1]!);
  span.segments = [font.encode(cut, 0, cut.cids.length, text)];
  span.ends = [END.glue];
}
