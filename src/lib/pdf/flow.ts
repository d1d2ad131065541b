/**
 * The flowing text of the sheet: paragraphs of styled runs, headings and lists from the offer's
 * body, each tagged (P, H2…, L/LI/Lbl/LBody, Link) for screen readers.
 */
import { useFace, type Face } from './fonts.ts';
import type { Block, Run } from './html-blocks.ts';
import { BODY, COLORS, ensureSpace, LIST_INDENT, type Doc, type Struct } from './layout.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

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
 * elements that own their annotation, as PDF/UA asks.
 */
export function drawRuns(doc: Doc, runs: readonly Run[], options: RunsOptions): void {
  const { x, width, size, color, base = 'regular', parent, structType } = options;
  const element = doc.struct(structType);
  parent.add(element);
  // Group consecutive runs that share a link target: each group is one tagged child.
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.href === run.href) last.push(run);
    else groups.push([run]);
  }
  let first = true;
  groups.forEach((group, groupIndex) => {
    const draw = (): void => {
      group.forEach((run, runIndex) => {
        const last = groupIndex === groups.length - 1 && runIndex === group.length - 1;
        useFace(doc, base === 'regular' ? faceOf(run) : run.italic ? 'semiboldItalic' : base);
        doc.fontSize(size).fillColor(run.href ? COLORS.link : color);
        const textOptions: PDFKit.Mixins.TextOptions = {
          continued: !last,
          lineGap: BODY.lineGap,
          link: run.href ?? null,
          underline: run.href !== undefined,
          strike: run.strike === true,
          paragraphGap: options.paragraphGap ?? 0,
        };
        if (first) {
          doc.text(run.text, x, doc.y, { ...textOptions, width });
          first = false;
        } else {
          doc.text(run.text, textOptions);
        }
      });
    };
    const href = group[0]!.href;
    if (href) element.add(doc.struct('Link', { alt: href }, draw));
    else element.add(draw);
  });
  element.end();
  doc.fillColor(COLORS.ink);
}

export function lineHeight(doc: Doc, face: Face, size: number): number {
  useFace(doc, face);
  doc.fontSize(size);
  return doc.currentLineHeight(true) + BODY.lineGap;
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
        ensureSpace(
          doc,
          lineHeight(doc, 'semibold', size) * 1.6 + lineHeight(doc, 'regular', BODY.size) * 3,
        );
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
        ensureSpace(doc, lineHeight(doc, 'regular', BODY.size) * 2);
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
        const quote = doc.struct('BlockQuote');
        parent.add(quote);
        drawBlocks(doc, block.blocks, quote, x + 14, width - 14);
        quote.end();
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
        ensureSpace(doc, 16);
        doc.markContent('Artifact', { type: 'Layout' });
        doc
          .moveTo(x, doc.y + 6)
          .lineTo(x + width, doc.y + 6)
          .lineWidth(0.5)
          .strokeColor(COLORS.line)
          .stroke();
        doc.endMarkedContent();
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
  const element = doc.struct('L');
  parent.add(element);
  const labelWidth = list.ordered ? 18 : 10;
  const bodyX = x + LIST_INDENT + labelWidth - 10;
  list.items.forEach((blocks, index) => {
    const item = doc.struct('LI');
    element.add(item);
    ensureSpace(doc, lineHeight(doc, 'regular', BODY.size) * 1.5);
    const label = list.ordered ? `${list.start + index}.` : '•';
    const y = doc.y;
    item.add(
      doc.struct('Lbl', {}, () => {
        useFace(doc, 'regular');
        doc.fontSize(BODY.size).fillColor(list.ordered ? COLORS.ink : COLORS.brand);
        doc.text(label, x + 4, y, { width: labelWidth + 6, lineBreak: false });
        doc.fillColor(COLORS.ink);
      }),
    );
    doc.y = y;
    const body = doc.struct('LBody');
    item.add(body);
    // Tight list items hold paragraphs without the gap between them.
    drawBlocks(doc, blocks, body, bodyX, x + width - bodyX);
    body.end();
    item.end();
    doc.y -= BODY.paragraphGap - 2.5;
  });
  element.end();
  doc.y += BODY.paragraphGap - 2.5;
}
