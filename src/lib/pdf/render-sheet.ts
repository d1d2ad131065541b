/**
 * Draws an offer sheet as a tagged A4 PDF with pdfkit: header, key facts and QR code on page
 * one, the description, how to apply, and a footer with the URL and page numbers on every page.
 * Deterministic: the same sheet gives the same bytes (fixed creation date, no random ids).
 */
import PDFDocument from 'pdfkit';
import { drawBlocks, drawRuns } from './flow.ts';
import { registerFaces, startDocument } from './fonts.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { CONTENT_WIDTH, COLORS, internals, MARGIN, type Doc, type DocInternals } from './layout.ts';
import { getSheetCreationDate, type OfferSheet } from './offer-sheet.ts';
import { drawFacts, drawHeader } from './page-one.ts';
import { drawApply, drawOnline, drawPageFurniture } from './sections.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * pdfkit writes Title and Author into the XMP metadata without escaping them, so « Climat &
 * énergie » would produce invalid XML. Escape them for the XMP only (the Info dictionary,
 * written first, keeps the plain text).
 */
function escapeXmpInfo(doc: Doc): void {
  const inner = internals(doc);
  const addInfo = inner._addInfo;
  if (typeof addInfo !== 'function') return;
  inner._addInfo = function (this: DocInternals) {
    const plain = this.info;
    this.info = Object.fromEntries(
      Object.entries(plain).map(([key, value]) => [
        key,
        typeof value === 'string' ? escapeXml(value) : value,
      ]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

/** Renders the sheet to PDF bytes. */
export function renderSheet(sheet: OfferSheet): Promise<Uint8Array<ArrayBuffer>> {
  startDocument();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    // Tagged PDF 1.7 with a language and a displayed title: what screen readers and PDF/UA need.
    pdfVersion: '1.7',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    font: null as unknown as string,
    info: {
      Title: sheet.title,
      Author: sheet.organisation,
      Subject: sheet.subject,
      Keywords: sheet.keywords,
      Creator: `${sheet.siteName} (${sheet.siteHost})`,
      Producer: 'PDFKit',
      CreationDate: getSheetCreationDate(sheet),
    },
  });
  escapeXmpInfo(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFaces(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  drawHeader(doc, sheet, root);
  drawFacts(doc, sheet, root);

  const description = doc.struct('Sect');
  root.add(description);
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
  description.end();

  drawApply(doc, sheet, root);
  drawOnline(doc, sheet, root);
  root.end();

  drawPageFurniture(doc, sheet);
  doc.end();
  return done;
}
