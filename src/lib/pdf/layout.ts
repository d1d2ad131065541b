/** Page geometry, palette, and the few drawing helpers every part of the sheet uses. */

import { CONFIG } from '../site.ts';
export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

/** Structure element options pdfkit 0.20 reads and @types/pdfkit does not list yet. */
export interface StructOptions extends PDFKit.Mixins.StructureElementOptions {
  /** Left, top, right, bottom, from the top of the page. */
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
  scope?: 'Row' | 'Column' | 'Both';
}

export const COLORS = {
  ink: '#1b1f24',
  muted: '#4a5560',
  line: '#c9d1d9',
  wash: '#f3f5f7',
  /** The site's brand colour (offres.config.ts). */
  brand: CONFIG.colors.primary,
  link: '#0b57a4',
  open: '#1d6b3a',
  openWash: '#e7f4ec',
  closed: '#8a1c1c',
  closedWash: '#fbeaea',
  white: '#ffffff',
  black: '#000000',
} as const;

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 54, bottom: 70, left: 56, right: 56 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BODY = { size: 10.5, lineGap: 2.2, paragraphGap: 6 };
export const QR_MODULE = 2.1;
export const LIST_INDENT = 16;

/** Lowest point text may reach on a page. */
export const MAX_Y = PAGE.height - MARGIN.bottom;

/** Starts a new page unless `height` fits below the cursor. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > MAX_Y) doc.addPage();
}

/** Height of a line of body text at `size`, gap included. */
export function lineHeight(doc: Doc, size: number): number {
  return doc.font('regular').fontSize(size).currentLineHeight(true) + BODY.lineGap;
}

/** A structure element whose content is what `draw` draws, added under `parent`. */
export function tagged(
  doc: Doc,
  parent: Struct,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): Struct {
  const element = doc.struct(type, options, [draw]);
  parent.add(element);
  return element;
}

/** A structure element that will hold others, added under `parent` (end() it when done). */
export function group(doc: Doc, parent: Struct, type: string, options: StructOptions = {}): Struct {
  const element = doc.struct(type, options);
  parent.add(element);
  return element;
}

/** Sets attributes (/A) pdfkit has no option for, such as a list's numbering. */
export function setAttributes(element: Struct, attributes: Record<string, string>): void {
  (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data['A'] =
    attributes;
}

/** Decoration (backgrounds, rules, page furniture): drawn outside the structure tree. */
export function artifact(
  doc: Doc,
  draw: () => void,
  type: 'Layout' | 'Pagination' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

export function rule(doc: Doc, x1: number, y: number, x2: number, width: number, color: string) {
  doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke();
}
