/** Page one of the sheet: running label, status badge, organisation, title, closed notice, key facts and QR code. */
import { drawText, lineBoxHeight, measureText, textWidth } from './flow.ts';
import type { Face } from './fonts.ts';
import { COLORS, CONTENT_WIDTH, MARGIN, PAGE, QR_MODULE, type Doc, type Struct } from './layout.ts';
import type { OfferSheet } from './offer-sheet.ts';
import { drawQr, getQrMatrix, getQrSide } from './qr.ts';
import { num } from './writer/syntax.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Small capitals-like label: semibold, spaced, muted, on one line. */
function drawLabel(doc: Doc, text: string, y: number, align: 'left' | 'right'): void {
  doc.y = y;
  drawText(doc, text.toUpperCase(), {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    size: 7.5,
    color: COLORS.muted,
    face: 'semibold',
    charSpacing: 0.6,
    align,
    flow: false,
  });
}

export function drawHeader(doc: Doc, sheet: OfferSheet, root: Struct): void {
  doc.beginArtifact('Pagination');
  drawLabel(doc, `${sheet.siteName} · Fiche de poste`, MARGIN.top, 'left');
  drawLabel(doc, sheet.siteHost, MARGIN.top, 'right');
  doc.strokeLine(
    MARGIN.left,
    MARGIN.top + 14,
    PAGE.width - MARGIN.right,
    MARGIN.top + 14,
    1.2,
    COLORS.brand,
  );
  doc.endMarked();
  doc.y = MARGIN.top + 28;

  // Status badge.
  const open = sheet.status === 'open';
  const badge = (open ? 'Offre ouverte' : 'Offre clôturée').toUpperCase();
  const badgeWidth = textWidth(doc, badge, 'semibold', 8, 0.5) - 0.5 + 14;
  const badgeY = doc.y;
  doc.beginArtifact('Layout');
  doc.fillRoundedRect(
    MARGIN.left,
    badgeY,
    badgeWidth,
    15,
    7.5,
    open ? COLORS.openWash : COLORS.closedWash,
  );
  doc.endMarked();
  doc.y = badgeY + 4;
  drawText(doc, badge, {
    x: MARGIN.left + 7,
    width: badgeWidth,
    size: 8,
    color: open ? COLORS.open : COLORS.closed,
    face: 'semibold',
    charSpacing: 0.5,
    owner: doc.struct('P', root),
    flow: false,
  });
  doc.y = badgeY + 24;

  drawText(doc, sheet.organisation, {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    size: 12.5,
    color: COLORS.brand,
    face: 'semibold',
    owner: doc.struct('P', root),
  });
  doc.y += 3;
  drawText(doc, sheet.title, {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    size: 21,
    color: COLORS.ink,
    face: 'semibold',
    lineGap: 1,
    owner: doc.struct('H1', root),
  });
  doc.endMarked();
  doc.y += 10;

  if (sheet.closedNotice) {
    const noticeX = MARGIN.left + 14;
    const noticeWidth = CONTENT_WIDTH - 24;
    const notice = { x: noticeX, width: noticeWidth, size: 10, color: COLORS.ink, lineGap: 1.5 };
    const height = 14 + 15 + measureText(doc, sheet.closedNotice, notice) + 10;
    const top = doc.y;
    doc.beginArtifact('Layout');
    doc.fillRect(MARGIN.left, top, CONTENT_WIDTH, height, COLORS.closedWash);
    doc.fillRect(MARGIN.left, top, 5, height, COLORS.closed);
    doc.endMarked();
    const box = doc.struct('Div', root);
    doc.y = top + 10;
    drawText(doc, 'Offre clôturée', {
      x: noticeX,
      width: noticeWidth,
      size: 11.5,
      color: COLORS.closed,
      face: 'semibold',
      owner: doc.struct('P', box),
    });
    doc.y = top + 28;
    drawText(doc, sheet.closedNotice, { ...notice, owner: doc.struct('P', box) });
    doc.endMarked();
    doc.y = top + height + 14;
  }
}

const FACT = { labelWidth: 118, labelSize: 8.5, valueSize: 10, padding: 5.5 } as const;

/** The key facts as a tagged two-column table (TH label, TD value); returns its bottom. */
function drawFactRows(
  doc: Doc,
  sheet: OfferSheet,
  root: Struct,
  top: number,
  width: number,
): number {
  const table = doc.struct('Table', root);
  const labelX = MARGIN.left + 6;
  const valueX = MARGIN.left + FACT.labelWidth + 7;
  const valueWidth = width - FACT.labelWidth - 13;
  let y = top;
  for (const fact of sheet.facts) {
    const emphasis = fact.key === 'deadline';
    const valueFace: Face = emphasis ? 'semibold' : 'regular';
    const value = {
      x: valueX,
      width: valueWidth,
      size: FACT.valueSize,
      face: valueFace,
      color: emphasis && sheet.status === 'open' ? COLORS.brand : COLORS.ink,
      flow: false,
    };
    const label = {
      x: labelX,
      width: FACT.labelWidth - 12,
      size: FACT.labelSize,
      face: 'semibold' as const,
      color: COLORS.muted,
      flow: false,
    };
    // One line has no gap below it; several lines are 1 pt apart.
    const box = lineBoxHeight(doc, FACT.valueSize);
    const measured = measureText(doc, fact.value, { ...value, lineGap: 1 });
    const valueHeight = measured > box + 1.5 ? measured : box;
    const height = Math.max(valueHeight, measureText(doc, fact.label, label)) + 2 * FACT.padding;

    doc.beginArtifact('Layout');
    doc.fillRect(MARGIN.left, y, FACT.labelWidth, height, COLORS.wash);
    doc.strokeLine(MARGIN.left, y + height, MARGIN.left + width, y + height, 0.6, COLORS.line);
    doc.endMarked();

    const row = doc.struct('TR', table);
    // Nudged down so that label and value share a baseline despite their sizes.
    doc.y = y + FACT.padding + 1.6;
    drawText(doc, fact.label, {
      ...label,
      owner: doc.struct('TH', row, { attributes: '<< /O /Table /Scope /Row >>' }),
    });
    doc.y = y + FACT.padding;
    drawText(doc, fact.value, { ...value, lineGap: 1, owner: doc.struct('TD', row) });
    doc.endMarked();
    y += height;
  }
  return y;
}

/** Key facts as a two-column table, with the QR code to the right. */
export function drawFacts(doc: Doc, sheet: OfferSheet, root: Struct): void {
  const matrix = getQrMatrix(sheet.url);
  const qrSide = getQrSide(matrix, QR_MODULE);
  const qrColumn = Math.max(qrSide, 104);
  const tableWidth = CONTENT_WIDTH - qrColumn - 18;
  const top = doc.y;

  const qrX = PAGE.width - MARGIN.right - qrColumn + (qrColumn - qrSide) / 2;
  const qrY = top - 4;
  const bbox = [qrX, PAGE.height - qrY - qrSide, qrX + qrSide, PAGE.height - qrY]
    .map(num)
    .join(' ');
  const figure = doc.struct('Figure', root, {
    alt: `Code QR menant à l'offre en ligne : ${sheet.url}`,
    attributes: `<< /O /Layout /Placement /Block /BBox [${bbox}] >>`,
  });
  doc.beginTagged(figure);
  drawQr(doc, matrix, qrX, qrY, QR_MODULE);
  doc.endMarked();
  doc.y = top - 4 + qrSide;
  drawText(doc, 'Scannez pour voir \nl’offre en ligne', {
    x: PAGE.width - MARGIN.right - qrColumn,
    width: qrColumn,
    size: 7.5,
    color: COLORS.muted,
    align: 'center',
    lineGap: 0.5,
    owner: doc.struct('Caption', root),
    flow: false,
  });
  doc.endMarked();
  const qrBottom = doc.y;

  const bottom = drawFactRows(doc, sheet, root, top, tableWidth);
  doc.y = Math.max(bottom, qrBottom) + 16;
}
