/**
 * Draws an offer sheet as a tagged A4 PDF: header, key facts and QR code on page one, the
 * description, how to apply, and a footer with the URL and page numbers on every page.
 * Deterministic: the same sheet gives the same bytes (creation date from the sheet, file
 * identifier from a hash of the content).
 *
 * The PDF is written by the small writer in ./writer (fonts prepared once per process, text
 * laid out from advance widths): about 1 ms of CPU for a three-page sheet.
 */
import { drawBlocks, drawRuns } from './flow.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { CONTENT_WIDTH, COLORS, Doc, MARGIN } from './layout.ts';
import { getSheetCreationDate, type OfferSheet } from './offer-sheet.ts';
import { drawFacts, drawHeader } from './page-one.ts';
import { drawApply, drawOnline, drawPageFurniture } from './sections.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Renders the sheet to PDF bytes (synchronously; a promise for the callers' sake). */
export function renderSheet(sheet: OfferSheet): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return Promise.resolve(renderSheetSync(sheet));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export function renderSheetSync(sheet: OfferSheet): Uint8Array<ArrayBuffer> {
  const doc = new Doc({
    title: sheet.title,
    author: sheet.organisation,
    subject: sheet.subject,
    keywords: sheet.keywords,
    creator: `${sheet.siteName} (${sheet.siteHost})`,
    producer: sheet.siteName,
    creationDate: getSheetCreationDate(sheet),
  });
  const root = doc.root;
  drawHeader(doc, sheet, root);
  drawFacts(doc, sheet, root);

  const description = doc.struct('Sect', root);
  drawRuns(doc, [{ text: 'Description du poste' }], {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    size: 14,
    color: COLORS.brand,
    base: 'semibold',
    parent: description,
    structType: 'H2',
    paragraphGap: 6,
  });
  drawBlocks(doc, htmlToBlocks(sheet.html, sheet.url), description, MARGIN.left, CONTENT_WIDTH);

  drawApply(doc, sheet, root);
  drawOnline(doc, sheet, root);
  drawPageFurniture(doc, sheet);
  return doc.finish();
}
