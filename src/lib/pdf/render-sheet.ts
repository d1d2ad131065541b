/**
 * Draws an offer sheet as a tagged A4 PDF with pdfkit: header, key facts and QR code on page
 * one, the description, how to apply, and a footer with the URL and page numbers on every page.
 * Deterministic: the same sheet gives the same bytes (fixed creation date, no random ids).
 */
import PDFDocument from 'pdfkit';
import { formatDate } from '../format.ts';
import { registerFaces, startDocument, useFace, type Face } from './fonts.ts';
import { htmlToBlocks, type Block, type Run } from './html-blocks.ts';
import { getSheetCreationDate, type OfferSheet } from './offer-sheet.ts';
import { drawQr, getQrMatrix, getQrSide } from './qr.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const COLORS = {
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

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 54, bottom: 70, left: 56, right: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = { size: 10.5, lineGap: 2.2, paragraphGap: 6 };
const QR_MODULE = 2.1;
const LIST_INDENT = 16;

/** pdfkit members that its type definitions omit. */
interface DocInternals {
  continueOnNewPage(): void;
  /** Set (to the XMP writer) by pdfkit 0.20; patched below to escape XML. */
  _addInfo?: () => void;
  info: Record<string, unknown>;
}

function internals(doc: Doc): DocInternals {
  return doc as unknown as DocInternals;
}

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
      Object.entries(plain).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) internals(doc).continueOnNewPage();
}

function faceOf(run: Run): Face {
  if (run.bold) return run.italic ? 'semiboldItalic' : 'semibold';
  return run.italic ? 'italic' : 'regular';
}

interface RunsOptions {
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
function drawRuns(doc: Doc, runs: readonly Run[], options: RunsOptions): void {
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

function lineHeight(doc: Doc, face: Face, size: number): number {
  useFace(doc, face);
  doc.fontSize(size);
  return doc.currentLineHeight(true) + BODY.lineGap;
}

function drawBlocks(doc: Doc, blocks: readonly Block[], parent: Struct, x: number, width: number): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const size = block.level <= 2 ? 13 : block.level === 3 ? 11.5 : 10.5;
        // Keep a heading with at least three lines of what follows.
        ensureSpace(doc, lineHeight(doc, 'semibold', size) * 1.6 + lineHeight(doc, 'regular', BODY.size) * 3);
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

function drawList(doc: Doc, list: Extract<Block, { kind: 'list' }>, parent: Struct, x: number, width: number): void {
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

/** Small capitals-like label: semibold, spaced, muted. */
function drawLabel(doc: Doc, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  useFace(doc, 'semibold');
  doc
    .fontSize(7.5)
    .fillColor(COLORS.muted)
    .text(text.toUpperCase(), x, y, { characterSpacing: 0.6, lineBreak: false, ...options });
}

function drawHeader(doc: Doc, sheet: OfferSheet, root: Struct): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  drawLabel(doc, `${sheet.siteName} · Fiche de poste`, MARGIN.left, MARGIN.top);
  drawLabel(doc, sheet.siteHost, MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH, align: 'right' });
  doc
    .moveTo(MARGIN.left, MARGIN.top + 14)
    .lineTo(PAGE.width - MARGIN.right, MARGIN.top + 14)
    .lineWidth(1.2)
    .strokeColor(COLORS.brand)
    .stroke();
  doc.endMarkedContent();
  doc.y = MARGIN.top + 28;

  // Status badge.
  const open = sheet.status === 'open';
  const badge = open ? 'Offre ouverte' : 'Offre clôturée';
  useFace(doc, 'semibold');
  doc.fontSize(8);
  const badgeWidth = doc.widthOfString(badge.toUpperCase(), { characterSpacing: 0.5 }) + 14;
  const badgeY = doc.y;
  doc.markContent('Artifact', { type: 'Layout' });
  doc.roundedRect(MARGIN.left, badgeY, badgeWidth, 15, 7.5).fill(open ? COLORS.openWash : COLORS.closedWash);
  doc.endMarkedContent();
  root.add(
    doc.struct('P', {}, () => {
      doc
        .fillColor(open ? COLORS.open : COLORS.closed)
        .text(badge.toUpperCase(), MARGIN.left + 7, badgeY + 4, { characterSpacing: 0.5, lineBreak: false });
    }),
  );
  doc.y = badgeY + 24;

  root.add(
    doc.struct('P', {}, () => {
      useFace(doc, 'semibold');
      doc.fontSize(12.5).fillColor(COLORS.brand).text(sheet.organisation, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    }),
  );
  doc.y += 3;
  root.add(
    doc.struct('H1', {}, () => {
      useFace(doc, 'semibold');
      doc.fontSize(21).fillColor(COLORS.ink).text(sheet.title, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 1 });
    }),
  );
  doc.y += 10;

  if (sheet.closedNotice) {
    const noticeX = MARGIN.left + 14;
    const noticeWidth = CONTENT_WIDTH - 24;
    useFace(doc, 'regular');
    doc.fontSize(10);
    const height = 14 + 15 + doc.heightOfString(sheet.closedNotice, { width: noticeWidth, lineGap: 1.5 }) + 10;
    const top = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(COLORS.closedWash);
    doc.rect(MARGIN.left, top, 5, height).fill(COLORS.closed);
    doc.endMarkedContent();
    const notice = doc.struct('Div');
    root.add(notice);
    notice.add(
      doc.struct('P', {}, () => {
        useFace(doc, 'semibold');
        doc.fontSize(11.5).fillColor(COLORS.closed).text('Offre clôturée', noticeX, top + 10, { width: noticeWidth });
      }),
    );
    notice.add(
      doc.struct('P', {}, () => {
        useFace(doc, 'regular');
        doc
          .fontSize(10)
          .fillColor(COLORS.ink)
          .text(sheet.closedNotice ?? '', noticeX, top + 28, { width: noticeWidth, lineGap: 1.5 });
      }),
    );
    notice.end();
    doc.y = top + height + 14;
  }
}

const FACT = { labelWidth: 118, labelSize: 8.5, valueSize: 10, padding: 5.5 } as const;

/**
 * The key facts as a tagged two-column table (TH label, TD value). Drawn by hand rather than
 * with pdfkit's doc.table(), which costs several milliseconds per sheet in font switching.
 */
function drawFactRows(doc: Doc, sheet: OfferSheet, root: Struct, top: number, width: number): number {
  const table = doc.struct('Table');
  root.add(table);
  const labelX = MARGIN.left + 6;
  const valueX = MARGIN.left + FACT.labelWidth + 7;
  const valueWidth = width - FACT.labelWidth - 13;
  let y = top;
  for (const fact of sheet.facts) {
    const emphasis = fact.key === 'deadline';
    const valueFace: Face = emphasis ? 'semibold' : 'regular';
    useFace(doc, valueFace);
    doc.fontSize(FACT.valueSize);
    const oneLine = doc.widthOfString(fact.value) <= valueWidth;
    const valueHeight = oneLine
      ? doc.currentLineHeight(true)
      : doc.heightOfString(fact.value, { width: valueWidth, lineGap: 1 });
    useFace(doc, 'semibold');
    doc.fontSize(FACT.labelSize);
    const labelHeight = doc.heightOfString(fact.label, { width: FACT.labelWidth - 12 });
    const height = Math.max(valueHeight, labelHeight) + 2 * FACT.padding;

    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(MARGIN.left, y, FACT.labelWidth, height).fill(COLORS.wash);
    doc
      .moveTo(MARGIN.left, y + height)
      .lineTo(MARGIN.left + width, y + height)
      .lineWidth(0.6)
      .strokeColor(COLORS.line)
      .stroke();
    doc.endMarkedContent();

    const row = doc.struct('TR');
    table.add(row);
    const rowTop = y;
    row.add(
      doc.struct('TH', {}, () => {
        // Nudged down so that label and value share a baseline despite their sizes.
        doc.fillColor(COLORS.muted).text(fact.label, labelX, rowTop + FACT.padding + 1.6, { width: FACT.labelWidth - 12 });
      }),
    );
    row.add(
      doc.struct('TD', {}, () => {
        useFace(doc, valueFace);
        doc
          .fontSize(FACT.valueSize)
          .fillColor(emphasis && sheet.status === 'open' ? COLORS.brand : COLORS.ink)
          .text(fact.value, valueX, rowTop + FACT.padding, { width: valueWidth, lineGap: 1 });
      }),
    );
    row.end();
    y += height;
  }
  table.end();
  doc.fillColor(COLORS.ink);
  return y;
}

/** Key facts as a two-column table, with the QR code to the right. */
function drawFacts(doc: Doc, sheet: OfferSheet, root: Struct): void {
  const matrix = getQrMatrix(sheet.url);
  const qrSide = getQrSide(matrix, QR_MODULE);
  const qrColumn = Math.max(qrSide, 104);
  const tableWidth = CONTENT_WIDTH - qrColumn - 18;
  const top = doc.y;

  const figure = doc.struct('Figure', { alt: `Code QR menant à l'offre en ligne : ${sheet.url}` }, () => {
    drawQr(doc, matrix, PAGE.width - MARGIN.right - qrColumn + (qrColumn - qrSide) / 2, top - 4, QR_MODULE);
  });
  root.add(figure);
  useFace(doc, 'regular');
  doc.fontSize(7.5).fillColor(COLORS.muted);
  root.add(
    doc.struct('Caption', {}, () => {
      doc.text('Scannez pour voir\nl’offre en ligne', PAGE.width - MARGIN.right - qrColumn, top - 4 + qrSide, {
        width: qrColumn,
        align: 'center',
        lineGap: 0.5,
      });
    }),
  );
  const qrBottom = doc.y;

  const bottom = drawFactRows(doc, sheet, root, top, tableWidth);
  doc.y = Math.max(bottom, qrBottom) + 16;
}

function drawApply(doc: Doc, sheet: OfferSheet, root: Struct): void {
  const apply = sheet.apply;
  if (!apply) return;
  const x = MARGIN.left + 16;
  const width = CONTENT_WIDTH - 28;
  const lines: { label?: string; text: string; href?: string }[] = [];
  if (apply.instructions) lines.push({ text: apply.instructions });
  if (apply.email) {
    lines.push({ label: 'Par e-mail : ', text: apply.email, href: `mailto:${apply.email}` });
    if (apply.emailSubject) lines.push({ label: 'Objet du message : ', text: apply.emailSubject });
  }
  if (apply.url) lines.push({ label: 'En ligne : ', text: apply.url, href: apply.url });
  if (apply.deadline) lines.push({ label: 'Date limite : ', text: apply.deadline });

  useFace(doc, 'regular');
  doc.fontSize(BODY.size);
  const measure = (line: (typeof lines)[number]): number =>
    doc.heightOfString(`${line.label ?? ''}${line.text}`, { width, lineGap: BODY.lineGap }) + 4;
  const height = 12 + 20 + lines.reduce((sum, line) => sum + measure(line), 0) + 8;
  doc.y += 8;
  ensureSpace(doc, height);
  const top = doc.y;
  doc.markContent('Artifact', { type: 'Layout' });
  doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).lineWidth(1.2).strokeColor(COLORS.link).stroke();
  doc.endMarkedContent();

  const section = doc.struct('Sect');
  root.add(section);
  doc.y = top + 12;
  drawRuns(doc, [{ text: 'Comment candidater' }], {
    x,
    width,
    size: 13,
    color: COLORS.brand,
    base: 'semibold',
    parent: section,
    structType: 'H2',
    paragraphGap: 6,
  });
  for (const line of lines) {
    const runs: Run[] = [];
    if (line.label) runs.push({ text: line.label, bold: true });
    runs.push(line.href ? { text: line.text, href: line.href } : { text: line.text });
    drawRuns(doc, runs, { x, width, size: BODY.size, color: COLORS.ink, parent: section, structType: 'P', paragraphGap: 4 });
  }
  section.end();
  doc.y = top + height + 12;
}

function drawOnline(doc: Doc, sheet: OfferSheet, root: Struct): void {
  ensureSpace(doc, 40);
  doc.y += 4;
  drawRuns(
    doc,
    [
      { text: 'Retrouvez cette offre en ligne : ', bold: true },
      { text: sheet.url, href: sheet.url },
    ],
    { x: MARGIN.left, width: CONTENT_WIDTH, size: 9.5, color: COLORS.muted, parent: root, structType: 'P' },
  );
}

/** Running header (pages 2+) and footer (every page), drawn once the page count is known. */
function drawPageFurniture(doc: Doc, sheet: OfferSheet): void {
  const range = doc.bufferedPageRange();
  const generated = `Fiche générée le ${formatDate(sheet.generatedOn)}`;
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    // Writing in the margins must not trigger pdfkit's automatic page break.
    const { bottom } = doc.page.margins;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    if (index > 0) {
      useFace(doc, 'regular');
      doc
        .fontSize(8)
        .fillColor(COLORS.muted)
        .text(`${sheet.title} — ${sheet.organisation}`, MARGIN.left, MARGIN.top - 22, {
          width: CONTENT_WIDTH,
          height: 10,
          ellipsis: true,
          lineBreak: false,
        });
      doc
        .moveTo(MARGIN.left, MARGIN.top - 10)
        .lineTo(PAGE.width - MARGIN.right, MARGIN.top - 10)
        .lineWidth(0.5)
        .strokeColor(COLORS.line)
        .stroke();
    }
    const footerY = PAGE.height - bottom + 22;
    doc
      .moveTo(MARGIN.left, footerY - 8)
      .lineTo(PAGE.width - MARGIN.right, footerY - 8)
      .lineWidth(0.5)
      .strokeColor(COLORS.line)
      .stroke();
    useFace(doc, 'regular');
    doc.fontSize(8).fillColor(COLORS.muted);
    doc.text(`${sheet.siteName} — ${generated}`, MARGIN.left, footerY, { lineBreak: false });
    useFace(doc, 'semibold');
    doc.text(`Page ${index + 1} sur ${range.count}`, MARGIN.left, footerY, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    useFace(doc, 'regular');
    doc.fontSize(7.5).text(sheet.url, MARGIN.left, footerY + 11, { width: CONTENT_WIDTH - 80, height: 10, ellipsis: true, lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
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
