/**
 * The flowing text of the sheet: styled runs laid out in lines (drawText), paragraphs, headings
 * and lists from the offer's body, each tagged (P, H2…, L/LI/Lbl/LBody, Link) for screen readers.
 */
import type { Face } from './fonts.ts';
import type { Block, Run } from './html-blocks.ts';
import { BODY, COLORS, LIST_INDENT, type Doc, type Struct } from './layout.ts';
import {
  breakLines,
  segmentText,
  segmentWidth,
  spansWidth,
  truncate,
  type Lines,
  type Span,
} from './writer/text.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** A link's target and its Link element, created when its text is first drawn. */
export interface LinkTarget {
  href: string;
  parent: Struct;
  element?: Struct;
}

export interface TextRun {
  text: string;
  face?: Face;
  color?: string;
  link?: LinkTarget | undefined;
  underline?: boolean;
  strike?: boolean;
}

export interface TextOptions {
  x: number;
  /** Column width; text wraps to it (and aligns in it). */
  width: number;
  size: number;
  color: string;
  face?: Face;
  /** Space added between lines. */
  lineGap?: number;
  /** Space added after the last line. */
  paragraphGap?: number;
  align?: 'left' | 'right' | 'center';
  charSpacing?: number;
  /** Element owning the text (links own theirs); none draws inside the open artifact. */
  owner?: Struct;
  /** Start a new page when a line would cross the bottom margin (default true). */
  flow?: boolean;
  /** One line of one run, cut with an ellipsis if too long. */
  ellipsis?: boolean;
}

/** Height of one line of text without gap: the face's ascender to descender. */
export function lineBoxHeight(doc: Doc, size: number): number {
  const program = doc.font('regular').program;
  return ((program.ascender - program.descender + program.lineGap) * size) / 1000;
}

/** Line height in body paragraphs: the line box plus the body's line gap. */
export function lineHeight(doc: Doc, size: number): number {
  return lineBoxHeight(doc, size) + BODY.lineGap;
}

function toSpans(doc: Doc, runs: readonly TextRun[], options: TextOptions): Span[] {
  // Options read once: callers pass objects of many shapes, each read a slow generic lookup.
  const { face = 'regular', size, charSpacing = 0, ellipsis, width } = options;
  return runs.map((run, index) => {
    const span: Span = {
      font: doc.font(run.face ?? face),
      size,
      charSpacing,
      segments: [],
      ends: [],
    };
    if (ellipsis && index === 0) truncate(span, run.text, width);
    else segmentText(span, run.text);
    return span;
  });
}

interface Layout {
  runs: readonly TextRun[];
  spans: Span[];
  lines: Lines;
}

function layout(doc: Doc, input: string | readonly TextRun[], options: TextOptions): Layout {
  const runs = typeof input === 'string' ? [{ text: input }] : input;
  const spans = toSpans(doc, runs, options);
  return { runs, spans, lines: breakLines(spans, options.ellipsis ? Infinity : options.width) };
}

/** A layout measured, with what it depends on. */
interface Measured {
  doc: Doc;
  input: string | readonly TextRun[];
  face: Face | undefined;
  size: number;
  width: number;
  charSpacing: number | undefined;
  ellipsis: boolean | undefined;
  layout: Layout;
}

/**
 * The last layouts measured: a sheet often measures a text (to size the box around it) and
 * then draws it, which takes the layout from here instead of laying the text out again.
 */
const measured: Measured[] = [];

function measuredLayout(
  doc: Doc,
  input: string | readonly TextRun[],
  options: TextOptions,
): Layout | undefined {
  for (let i = measured.length - 1; i >= 0; i--) {
    const entry = measured[i]!;
    if (
      entry.doc === doc &&
      entry.input === input &&
      entry.face === options.face &&
      entry.size === options.size &&
      entry.width === options.width &&
      entry.charSpacing === options.charSpacing &&
      entry.ellipsis === options.ellipsis
    ) {
      measured.splice(i, 1);
      return entry.layout;
    }
  }
  return undefined;
}

/** Height the text takes when drawn with these options (page breaks aside). */
export function measureText(
  doc: Doc,
  input: string | readonly TextRun[],
  options: TextOptions,
): number {
  const lines = layoutToMeasure(doc, input, options).lines;
  return (
    lines.starts.length * (lineBoxHeight(doc, options.size) + (options.lineGap ?? 0)) +
    (options.paragraphGap ?? 0)
  );
}

/** Lays a text out for measureText(), and keeps the layout for drawText(). */
function layoutToMeasure(
  doc: Doc,
  input: string | readonly TextRun[],
  options: TextOptions,
): Layout {
  const result = layout(doc, input, options);
  // Only the sheet being drawn's (and not many: its text is drawn right after).
  if (measured.length > 0 && measured[0]!.doc !== doc) measured.length = 0;
  if (measured.length >= 4) measured.shift();
  measured.push({
    doc,
    input,
    face: options.face,
    size: options.size,
    width: options.width,
    charSpacing: options.charSpacing,
    ellipsis: options.ellipsis,
    layout: result,
  });
  return result;
}

/** Width of a text on one line. */
export function textWidth(
  doc: Doc,
  text: string,
  face: Face,
  size: number,
  charSpacing = 0,
): number {
  const span: Span = { font: doc.font(face), size, charSpacing, segments: [], ends: [] };
  segmentText(span, text);
  return spansWidth([span]);
}

/**
 * Draws text at the cursor, line by line, moving the cursor down; flows onto new pages at the
 * bottom margin. Link runs get their Link element, an annotation per line, and an underline.
 */
export function drawText(doc: Doc, input: string | readonly TextRun[], options: TextOptions): void {
  const { runs, spans, lines } = measuredLayout(doc, input, options) ?? layout(doc, input, options);
  // Options are read once: callers pass objects of many shapes.
  const { x, width, size, align, owner: ownerOption, color } = options;
  const box = lineBoxHeight(doc, size);
  const step = box + (options.lineGap ?? 0);
  const flow = options.flow !== false;
  if (flow && doc.y + box > doc.maxY) doc.continueOnNewPage();
  const { spans: lineSpans, segments: lineSegments, xs, starts, widths } = lines;
  const count = starts.length;
  for (let index = 0; index < count; index++) {
    const lineWidth = widths[index]!;
    const lineEnd = index + 1 < count ? starts[index + 1]! : lineSegments.length;
    const top = doc.y;
    const offset =
      align === 'right' ? width - lineWidth : align === 'center' ? (width - lineWidth) / 2 : 0;
    let link: LinkTarget | undefined;
    let linkFrom = 0;
    let linkTo = 0;
    let i = starts[index]!;
    while (i < lineEnd) {
      // A piece: consecutive segments of one run, drawn as one text object.
      const spanIndex = lineSpans[i]!;
      const first = i;
      while (i < lineEnd && lineSpans[i] === spanIndex) i++;
      const last = i - 1;
      const run = runs[spanIndex]!;
      const span = spans[spanIndex]!;
      const target = run.link;
      const owner = target
        ? (target.element ??= doc.struct('Link', target.parent, { alt: target.href }))
        : ownerOption;
      if (owner) doc.beginTagged(owner);
      const colour = run.color ?? color;
      const left = x + offset + xs[first]!;
      const right = x + offset + xs[last]! + segmentWidth(span, lineSegments[last]!);
      const advance = xs[last]! + segmentWidth(span, lineSegments[last]!, true) - xs[first]!;
      doc.showText(
        span.font,
        size,
        colour,
        left,
        top,
        lineSegments,
        first,
        i,
        advance,
        span.charSpacing,
      );
      if (run.underline || run.strike) {
        const thickness = size < 10 ? 0.5 : Math.floor(size / 10);
        const y = run.underline ? top + box - thickness : top + box / 2;
        doc.strokeLine(left, y, right, y, thickness, colour);
      }
      if (link && link !== target) {
        doc.link(linkFrom, top, linkTo - linkFrom, box, link.href, link.element!);
        link = undefined;
      }
      if (target) {
        if (!link) {
          link = target;
          linkFrom = left;
        }
        linkTo = right;
      }
    }
    if (link) doc.link(linkFrom, top, linkTo - linkFrom, box, link.href, link.element!);
    doc.y += step;
    if (flow && index < count - 1 && doc.y + box > doc.maxY) doc.continueOnNewPage();
  }
  doc.y += options.paragraphGap ?? 0;
}

function faceOf(run: Run): Face {
  if (run.bold) return run.italic ? 'semiboldItalic' : 'semibold';
  return run.italic ? 'italic' : 'regular';
}

export interface RunsOptions {
  x: number;
  width: number;
  size: number;
  color: string;
  /** Face of plain runs (headings draw every run in semibold). */
  base?: Face;
  parent: Struct;
  structType: string;
  paragraphGap?: number;
}

/**
 * Draws inline runs as one flowing paragraph, tagged as `structType`; links become Link
 * elements that own their text and annotations, as PDF/UA asks.
 */
export function drawRuns(doc: Doc, runs: readonly Run[], options: RunsOptions): void {
  const { x, width, size, color, base = 'regular', parent, structType } = options;
  const element = doc.struct(structType, parent);
  let target: LinkTarget | undefined;
  const textRuns = runs.map((run): TextRun => {
    if (!run.href) target = undefined;
    else if (target?.href !== run.href) target = { href: run.href, parent: element };
    return {
      text: run.text,
      face: base === 'regular' ? faceOf(run) : run.italic ? 'semiboldItalic' : base,
      color: run.href ? COLORS.link : color,
      link: target,
      underline: run.href !== undefined,
      strike: run.strike === true,
    };
  });
  drawText(doc, textRuns, {
    x,
    width,
    size,
    color,
    lineGap: BODY.lineGap,
    paragraphGap: options.paragraphGap ?? 0,
    owner: element,
  });
  doc.endMarked();
}

export function drawBlocks(
  doc: Doc,
  blocks: readonly Block[],
  parent: Struct,
  x: number,
  width: number,
): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const size = block.level <= 2 ? 13 : block.level === 3 ? 11.5 : 10.5;
        // Keep a heading with at least three lines of what follows.
        doc.ensureSpace(lineHeight(doc, size) * 1.6 + lineHeight(doc, BODY.size) * 3);
        doc.y += block.level <= 2 ? 8 : 4;
        drawRuns(doc, block.runs, {
          x,
          width,
          size,
          color: COLORS.brand,
          base: 'semibold',
          parent,
          // The sheet's title is the H1; body headings start one level below.
          structType: `H${Math.min(Math.max(block.level, 2), 6)}`,
          paragraphGap: 4,
        });
        break;
      }
      case 'paragraph':
        doc.ensureSpace(lineHeight(doc, BODY.size) * 2);
        drawRuns(doc, block.runs, {
          x,
          width,
          size: BODY.size,
          color: COLORS.ink,
          parent,
          structType: 'P',
          paragraphGap: BODY.paragraphGap,
        });
        break;
      case 'list':
        drawList(doc, block, parent, x, width);
        break;
      case 'quote': {
        const quote = doc.struct('BlockQuote', parent);
        drawBlocks(doc, block.blocks, quote, x + 14, width - 14);
        break;
      }
      case 'code':
        drawRuns(doc, [{ text: block.text }], {
          x: x + 10,
          width: width - 10,
          size: BODY.size - 1,
          color: COLORS.muted,
          parent,
          structType: 'Code',
          paragraphGap: BODY.paragraphGap,
        });
        break;
      case 'rule': {
        doc.ensureSpace(16);
        doc.beginArtifact('Layout');
        doc.strokeLine(x, doc.y + 6, x + width, doc.y + 6, 0.5, COLORS.line);
        doc.endMarked();
        doc.y += 14;
        break;
      }
    }
  }
}

function drawList(
  doc: Doc,
  list: Extract<Block, { kind: 'list' }>,
  parent: Struct,
  x: number,
  width: number,
): void {
  const element = doc.struct('L', parent, {
    attributes: `<< /O /List /ListNumbering /${list.ordered ? 'Decimal' : 'Disc'} >>`,
  });
  const labelWidth = list.ordered ? 18 : 10;
  const bodyX = x + LIST_INDENT + labelWidth - 10;
  list.items.forEach((blocks, index) => {
    const item = doc.struct('LI', element);
    // As much room as the paragraph after the label asks: a bullet never ends a page alone.
    doc.ensureSpace(lineHeight(doc, BODY.size) * 2);
    const y = doc.y;
    drawText(doc, list.ordered ? `${list.start + index}.` : '•', {
      x: x + 4,
      width: labelWidth + 6,
      size: BODY.size,
      color: list.ordered ? COLORS.ink : COLORS.brand,
      owner: doc.struct('Lbl', item),
      flow: false,
    });
    doc.endMarked();
    doc.y = y;
    const body = doc.struct('LBody', item);
    // Tight list items hold paragraphs without the gap between them.
    drawBlocks(doc, blocks, body, bodyX, x + width - bodyX);
    doc.y -= BODY.paragraphGap - 2.5;
  });
  doc.y += BODY.paragraphGap - 2.5;
}
