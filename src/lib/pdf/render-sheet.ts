/**
 * Draws an offer sheet with pdfkit as a tagged A4 PDF in French: header, key facts and QR code
 * on page one, the description, how to apply, and a footer with the URL and page numbers on
 * every page. Deterministic: the same sheet gives the same bytes (dates from the sheet, file
 * identifier from a hash of it).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { drawStrong } from './flow.ts';
import { drawBody } from './html-blocks.ts';
import {
  getDefaultSheetFonts,
  openFont,
  shareLayoutCaches,
  type Face,
  type SheetFonts,
} from './fonts.ts';
import { CONTENT_WIDTH, COLORS, MARGIN, type Doc } from './layout.ts';
import { getSheetCreationDate, type OfferSheet } from './offer-sheet.ts';
import { drawFacts, drawHeader } from './page-one.ts';
import { drawApply, drawOnline, drawPageFurniture } from './sections.ts';

export type { SheetFonts } from './fonts.ts';

export interface RenderOptions {
  /** Font files; Source Sans 3 (getDefaultSheetFonts()) when absent. */
  fonts?: SheetFonts | undefined;
}

/**
 * pdfkit copies the document info into the XMP packet as it is, and « & » in a title would make
 * that XML invalid: the packet gets escaped copies, the info dictionary keeps the text.
 */
function escapeXmpInfo(doc: Doc): void {
  const target = doc as unknown as { info: Record<string, unknown>; _addInfo: () => void };
  const addInfo = target._addInfo.bind(target);
  target._addInfo = () => {
    const info = target.info;
    const escape = (value: unknown) =>
      typeof value === 'string' ? value.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`) : value;
    target.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, escape(v)]));
    addInfo();
    target.info = info;
  };
}

function createDocument(sheet: OfferSheet, fonts: SheetFonts): Doc {
  const created = getSheetCreationDate(sheet);
  const faces: Record<Face, string> = {
    regular: fonts.regular,
    semibold: fonts.semibold,
    italic: fonts.italic ?? fonts.regular,
    semiboldItalic: fonts.semiboldItalic ?? fonts.semibold,
  };
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    bufferPages: true,
    // No default font: pdfkit would load Helvetica's metrics for every sheet, which draws only
    // with the faces registered below.
    font: null as unknown as string,
    info: {
      Title: sheet.title,
      Author: sheet.organisation,
      Subject: sheet.subject,
      Keywords: sheet.keywords,
      Creator: `${sheet.siteName} (${sheet.siteHost})`,
      Producer: sheet.siteName,
      CreationDate: created,
      ModDate: created,
    },
  });
  // pdfkit derives the file identifier from the info alone: two sheets with the same title and
  // day would share it. A hash of the whole sheet instead.
  (doc as unknown as { _id: Uint8Array })._id = createHash('md5')
    .update(JSON.stringify(sheet))
    .digest();
  escapeXmpInfo(doc);
  for (const [face, file] of Object.entries(faces))
    doc.registerFont(face, openFont(file) as unknown as PDFKit.Mixins.PDFFontSource);
  shareLayoutCaches(doc);
  return doc;
}

async function toBytes(doc: Doc): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = once(doc, 'end');
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Renders the sheet to PDF bytes. */
export async function renderSheet(
  sheet: OfferSheet,
  options: RenderOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = createDocument(sheet, options.fonts ?? getDefaultSheetFonts());
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawHeader(doc, sheet, root);
  drawFacts(doc, sheet, root);

  const description = doc.struct('Sect');
  root.add(description);
  const column = { x: MARGIN.left, width: CONTENT_WIDTH };
  drawStrong(doc, description, 'H2', 'Description du poste', {
    ...column,
    size: 14,
    color: COLORS.brand,
    paragraphGap: 6,
  });
  drawBody(doc, description, sheet.html, { ...column, base: sheet.url });
  description.end();

  drawApply(doc, sheet, root);
  drawOnline(doc, sheet, root);
  root.end();
  drawPageFurniture(doc, sheet);
  return toBytes(doc);
}
