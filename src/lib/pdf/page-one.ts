/** Page one of the sheet: running label, status badge, organisation, title, closed notice, key facts and QR code. */
import { useFace, type Face } from './fonts.ts';
import { COLORS, CONTENT_WIDTH, MARGIN, PAGE, QR_MODULE, type Doc, type Struct } from './layout.ts';
import type { OfferSheet } from './offer-sheet.ts';
import { drawQr, getQrMatrix, getQrSide } from './qr.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Small capitals-like label: semibold, spaced, muted. */
function drawLabel(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions = {},
): void {
  useFace(doc, 'semibold');
  doc
    .fontSize(7.5)
    .fillColor(COLORS.muted)
    .text(text.toUpperCase(), x, y, { characterSpacing: 0.6, lineBreak: false, ...options });
}

export function drawHeader(doc: Doc, sheet: OfferSheet, root: Struct): void {
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
  doc
    .roundedRect(MARGIN.left, badgeY, badgeWidth, 15, 7.5)
    .fill(open ? COLORS.openWash : COLORS.closedWash);
  doc.endMarkedContent();
  root.add(
    doc.struct('P', {}, () => {
      doc
        .fillColor(open ? COLORS.open : COLORS.closed)
        .text(badge.toUpperCase(), MARGIN.left + 7, badgeY + 4, {
          characterSpacing: 0.5,
          lineBreak: false,
        });
    }),
  );
  doc.y = badgeY + 24;

  root.add(
    doc.struct('P', {}, () => {
      useFace(doc, 'semibold');
      doc
        .fontSize(12.5)
        .fillColor(COLORS.brand)
        .text(sheet.organisation, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    }),
  );
  doc.y += 3;
  root.add(
    doc.struct('H1', {}, () => {
      useFace(doc, 'semibold');
      doc
        .fontSize(21)
        .fillColor(COLORS.ink)
        .text(sheet.title, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 1 });
    }),
  );
  doc.y += 10;

  if (sheet.closedNotice) {
    const noticeX = MARGIN.left + 14;
    const noticeWidth = CONTENT_WIDTH - 24;
    useFace(doc, 'regular');
    doc.fontSize(10);
    const height =
      14 + 15 + doc.heightOfString(sheet.closedNotice, { width: noticeWidth, lineGap: 1.5 }) + 10;
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
        doc
          .fontSize(11.5)
          .fillColor(COLORS.closed)
          .text('Offre clôturée', noticeX, top + 10, { width: noticeWidth });
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
function drawFactRows(
  doc: Doc,
  sheet: OfferSheet,
  root: Struct,
  top: number,
  width: number,
): number {
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
        doc
          .fillColor(COLORS.muted)
          .text(fact.label, labelX, rowTop + FACT.padding + 1.6, { width: FACT.labelWidth - 12 });
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
export function drawFacts(doc: Doc, sheet: OfferSheet, root: Struct): void {
  const matrix = getQrMatrix(sheet.url);
  const qrSide = getQrSide(matrix, QR_MODULE);
  const qrColumn = Math.max(qrSide, 104);
  const tableWidth = CONTENT_WIDTH - qrColumn - 18;
  const top = doc.y;

  const figure = doc.struct(
    'Figure',
    { alt: `Code QR menant à l'offre en ligne : ${sheet.url}` },
    () => {
      drawQr(
        doc,
        matrix,
        PAGE.width - MARGIN.right - qrColumn + (qrColumn - qrSide) / 2,
        top - 4,
        QR_MODULE,
      );
    },
  );
  root.add(figure);
  useFace(doc, 'regular');
  doc.fontSize(7.5).fillColor(COLORS.muted);
  root.add(
    doc.struct('Caption', {}, () => {
      doc.text(
        'Scannez pour voir\nl’offre en ligne',
        PAGE.width - MARGIN.right - qrColumn,
        top - 4 + qrSide,
        {
          width: qrColumn,
          align: 'center',
          lineGap: 0.5,
        },
      );
    }),
  );
  const qrBottom = doc.y;

  const bottom = drawFactRows(doc, sheet, root, top, tableWidth);
  doc.y = Math.max(bottom, qrBottom) + 16;
}
