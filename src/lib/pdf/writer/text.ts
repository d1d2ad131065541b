/**
 * Line breaking from advance widths. Text is cut into segments at break opportunities (after
 * spaces, after a hyphen before a letter, after a slash not followed by a digit, `\n`);
 * segments are measured and encoded once per face (FontProgram.segmentAt) and lines filled
 * greedily with whole words. Spaces at the end of a line hang in the margin. A word longer than
 * a line (a long URL, an e-mail address) is cut between characters where the line is full.
 */
import {
  GLYPH,
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

/** A line: its segments (and the span of each), each `x` points from the line's start. */
export interface Line {
  spans: number[];
  segments: Segment[];
  xs: number[];
  /** Width of the drawn glyphs, hanging spaces excluded. */
  width: number;
}

/**
 * Cuts text into segments at break opportunities, appended to the span's; each comes from the
 * face's cache when it can.
 */
export function segmentText(span: Span, text: string): void {
  const { font, segments, ends } = span;
  const length = text.length;
  let start = 0;
  let hash = HASH_SEED;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      segments.push(font.segmentAt(text, start, i, hash));
      ends.push(END.newline);
      start = i + 1;
      hash = HASH_SEED;
      continue;
    }
    hash = Math.imul(hash ^ code, HASH_PRIME);
    let cut = false;
    if (code === 0x20 || code === 0x09) {
      const next = text.charCodeAt(i + 1);
      cut = next !== 0x20 && next !== 0x09;
    } else if (code === 0x2d || code === 0x2010) {
      // Saint-Denis, 02-ville; not 2019-2020 or covid-19 (numbers stay whole, as UAX #14 asks).
      const next = text.charCodeAt(i + 1);
      cut = isWordCode(text.charCodeAt(i - 1)) && isWordCode(next) && !isDigit(next);
    } else if (code === 0x2f) {
      // URLs and et/ou; not 12/03/2025.
      const next = text.charCodeAt(i + 1);
      cut = next > 0x20 && next !== 0x2f && !isDigit(next);
    } else if (code === 0x200b) {
      cut = true;
    }
    if (!cut) continue;
    segments.push(font.segmentAt(text, start, i + 1, hash));
    ends.push(END.break);
    start = i + 1;
    hash = HASH_SEED;
  }
  if (start < length) {
    segments.push(font.segmentAt(text, start, length, hash));
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

/** Breaks spans into lines at most `maxWidth` points wide. */
export function breakLines(spans: readonly Span[], maxWidth: number): Line[] {
  const lines: Line[] = [];
  let line: Line = { spans: [], segments: [], xs: [], width: 0 };
  let x = 0;
  const endLine = (): void => {
    lines.push(line);
    line = { spans: [], segments: [], xs: [], width: 0 };
    x = 0;
  };
  const add = (span: number, segment: Segment): void => {
    line.spans.push(span);
    line.segments.push(segment);
    line.xs.push(x);
    line.width = x + segmentWidth(spans[span]!, segment);
    x += segmentWidth(spans[span]!, segment, true);
  };
  // The word being gathered: segments glued across runs, from (wordSpan, wordIndex) on.
  let wordSpan = -1;
  let wordIndex = 0;
  let wordFull = 0;
  let wordContent = 0;
  const place = (lastSpan: number, lastIndex: number): void => {
    if (line.segments.length > 0 && x + wordContent > maxWidth + EPSILON) endLine();
    if (line.segments.length === 0 && wordContent > maxWidth + EPSILON) {
      cutWord(spans, wordSpan, wordIndex, lastSpan, lastIndex, maxWidth, add, endLine);
    } else {
      for (let s = wordSpan; s <= lastSpan; s++) {
        const segments = spans[s]!.segments;
        const to = s === lastSpan ? lastIndex : segments.length - 1;
        for (let i = s === wordSpan ? wordIndex : 0; i <= to; i++) add(s, segments[i]!);
      }
    }
    wordSpan = -1;
  };
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
      place(s, i);
      if (end === END.newline) endLine();
    }
  }
  if (wordSpan >= 0) place(lastSpan, lastIndex);
  if (line.segments.length > 0 || lines.length === 0) endLine();
  return lines;
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
  add: (span: number, segment: Segment) => void,
  endLine: () => void,
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
          if (i > start) add(s, span.font.encode(run, start, i, segment.text));
          endLine();
          placed = false;
          width = 0;
          start = i;
        }
        width += w;
      }
      if (start < run.cids.length) {
        add(s, span.font.encode(run, start, run.cids.length, segment.text));
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
