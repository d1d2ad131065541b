/** Page geometry, palette and the sheet's document (a PDF document with a vertical cursor). */
import { getFonts, type Face } from './fonts.ts';
import { PdfDocument, type DocumentInfo, type StructElement } from './writer/document.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export type Struct = StructElement;

export const COLORS = {
  ink: '#1b1f24',
  muted: '#4a5560',
  line: '#c9d1d9',
  wash: '#f3f5f7',
  brand: '#12395b',
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

/**
 * zlib level of content streams and fonts. Level 6 writes ~8 % fewer bytes than level 1 for
 * ~0.1 ms more per sheet.
 */
const COMPRESSION = 1;

/** A sheet being drawn: an A4 tagged PDF in French, and where the next block goes. */
export class Doc extends PdfDocument {
  /** Top of the next block, in points from the top of the page. */
  y = MARGIN.top;

  constructor(info: DocumentInfo) {
    const fonts = getFonts();
    super({
      width: PAGE.width,
      height: PAGE.height,
      lang: 'fr-FR',
      info,
      fonts: (face) => fonts.program(face as Face),
      compression: COMPRESSION,
    });
  }

  /** Lowest point text may reach on a page. */
  get maxY(): number {
    return PAGE.height - MARGIN.bottom;
  }

  /** Continues on a new page (marked content open stays open across it). */
  continueOnNewPage(): void {
    this.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` fits below the cursor. */
  ensureSpace(height: number): void {
    if (this.y + height > this.maxY) this.continueOnNewPage();
  }
}
