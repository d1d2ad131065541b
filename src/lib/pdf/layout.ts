/** Page geometry, palette and small pdfkit helpers shared by the sheet's drawing modules. */
/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

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
} as const;

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 54, bottom: 70, left: 56, right: 56 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BODY = { size: 10.5, lineGap: 2.2, paragraphGap: 6 };
export const QR_MODULE = 2.1;
export const LIST_INDENT = 16;

/** pdfkit members that its type definitions omit. */
export interface DocInternals {
  continueOnNewPage(): void;
  /** Set (to the XMP writer) by pdfkit 0.20; patched below to escape XML. */
  _addInfo?: () => void;
  info: Record<string, unknown>;
}

export function internals(doc: Doc): DocInternals {
  return doc as unknown as DocInternals;
}

/** Starts a new page (keeping tagged content open across it) unless `height` fits. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) internals(doc).continueOnNewPage();
}
