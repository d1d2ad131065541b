/**
 * Line breaking from advance widths. Text is cut into segments at break opportunities (after
 * spaces, after a hyphen between letters, after a slash, `\n`); segments are measured and
 * encoded once per face (FontProgram.segment) and lines filled greedily with whole words. Spaces
 * at the end of a line hang in the margin. A word longer than a line (a long URL, an e-mail
 * address) is cut between characters where the line is full.
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

export interface Piece {
  segment: Segment;
  end: number;
}

/** Text in one face and size: a run of a paragraph. */
export interface Span {
  font: DocumentFont;
  size: number;
  /** Extra space after each glyph, in points (letter-spaced labels). */
  charSpacing: number;
  pieces: Piece[];
}

/** A segment placed on a line, `x` points from its start. */
export interface LineItem {
  span: number;
  segment: Segment;
  x: number;
}

export interface Line {
  items: LineItem[];
  /** Width of the drawn glyphs, hanging spaces excluded. */
  width: number;
}

/** Cuts text into segments at break opportunities; each comes from the face's cache when it can. */
export function segmentText(font: DocumentFont, text: string): Piece[] {
  const pieces: Piece[] = [];
  const length = text.length;
  let start = 0;
  let hash = HASH_SEED;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      pieces.push({ segment: font.segmentAt(text, start, i, hash), end: END.newline });
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
      cut = isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1));
    } else if (code === 0x2f) {
      const next = text.charCodeAt(i + 1);
      cut = next > 0x20 && next !== 0x2f;
    } else if (code === 0x200b) {
      cut = true;
    }
    if (!cut) continue;
    pieces.push({ segment: font.segmentAt(text, start, i + 1, hash), end: END.break });
    start = i + 1;
    hash = HASH_SEED;
  }
  if (start < length)
    pieces.push({ segment: font.segmentAt(text, start, length, hash), end: END.glue });
  return pieces;
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
    for (const { segment } of span.pieces) {
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
  let items: LineItem[] = [];
  let x = 0;
  let contentEnd = 0;
  const endLine = (): void => {
    lines.push({ items, width: contentEnd });
    items = [];
    x = 0;
    contentEnd = 0;
  };
  /** The word being gathered: segments glued across runs, placed together. */
  let word: { span: number; segment: Segment }[] = [];
  const place = (): void => {
    let full = 0;
    let content = 0;
    for (const { span, segment } of word) {
      content = full + segmentWidth(spans[span]!, segment);
      full += segmentWidth(spans[span]!, segment, true);
    }
    if (items.length > 0 && x + content > maxWidth + EPSILON) endLine();
    if (items.length === 0 && content > maxWidth + EPSILON) {
      cutWord(
        spans,
        word,
        maxWidth,
        (cut) => {
          for (const part of cut) {
            items.push({ span: part.span, segment: part.segment, x });
            contentEnd = x + segmentWidth(spans[part.span]!, part.segment);
            x += segmentWidth(spans[part.span]!, part.segment, true);
          }
        },
        endLine,
      );
    } else {
      for (const { span, segment } of word) {
        items.push({ span, segment, x });
        x += segmentWidth(spans[span]!, segment, true);
      }
      contentEnd = x - full + content;
    }
    word = [];
  };
  spans.forEach((span, index) => {
    for (const piece of span.pieces) {
      word.push({ span: index, segment: piece.segment });
      if (piece.end === END.glue) continue;
      place();
      if (piece.end === END.newline) endLine();
    }
  });
  if (word.length > 0) place();
  if (items.length > 0 || lines.length === 0) endLine();
  return lines;
}

/**
 * Places a word wider than the line: its glyphs fill lines one after the other (`emit` gets the
 * segments of each line, `endLine` closes every line but the last).
 */
function cutWord(
  spans: readonly Span[],
  word: readonly { span: number; segment: Segment }[],
  maxWidth: number,
  emit: (parts: { span: number; segment: Segment }[]) => void,
  endLine: () => void,
): void {
  let parts: { span: number; segment: Segment }[] = [];
  let width = 0;
  for (const { span: index, segment } of word) {
    const span = spans[index]!;
    const run = span.font.shape(segment.text);
    const scale = span.size / 1000;
    let start = 0;
    for (let i = 0; i < run.cids.length; i++) {
      if (run.cids[i] === NO_GLYPH) continue;
      const w = run.advances[i]! * scale + span.charSpacing;
      if (
        width + w > maxWidth + EPSILON &&
        (width > 0 || parts.length > 0) &&
        run.kinds[i] !== GLYPH.space
      ) {
        if (i > start)
          parts.push({ span: index, segment: span.font.encode(run, start, i, segment.text) });
        emit(parts);
        endLine();
        parts = [];
        width = 0;
        start = i;
      }
      width += w;
    }
    if (start < run.cids.length)
      parts.push({
        span: index,
        segment: span.font.encode(run, start, run.cids.length, segment.text),
      });
  }
  emit(parts);
}

/**
 * Text on one line, cut (between characters, spaces before the cut dropped) and followed by
 * an ellipsis if wider than `maxWidth`.
 */
export function truncate(span: Span, text: string, maxWidth: number): Piece[] {
  const font = span.font;
  const run: GlyphRun = font.shape(text);
  const ellipsis = font.shape('…');
  const scale = span.size / 1000;
  const widthOf = (glyphs: GlyphRun, from: number, to: number): number => {
    let width = 0;
    for (let i = from; i < to; i++)
      if (glyphs.cids[i]! >= 0) width += glyphs.advances[i]! * scale + span.charSpacing;
    return width;
  };
  if (widthOf(run, 0, run.cids.length) <= maxWidth + EPSILON)
    return [{ segment: font.encode(run, 0, run.cids.length, text), end: END.glue }];
  const room = maxWidth - widthOf(ellipsis, 0, ellipsis.cids.length);
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
  return [{ segment: font.encode(cut, 0, cut.cids.length, text), end: END.glue }];
}
