/** Page one of the sheet: running label, status badge, organisation, title, closed notice, key facts and QR code. */
import QRCode from 'qrcode';
import { drawParagraph, drawStrong } from './flow.ts';
import {
  COLORS,
  CONTENT_WIDTH,
  MARGIN,
  PAGE,
  QR_MODULE,
  artifact,
  group,
  rule,
  tagged,
  type Doc,
  type Struct,
} from './layout.ts';
import type { OfferSheet } from './offer-sheet.ts';

/** Small capitals-like label: semibold, spaced, muted, on one line. */
function drawLabel(doc: Doc, text: string, y: number, align: 'left' | 'right'): void {
  doc.font('semibold').fontSize(7.5).fillColor(COLORS.muted);
  doc.text(text.toUpperCase(), MARGIN.left, y, {
    width: CONTENT_WIDTH,
    height: 10,
    align,
    characterSpacing: 0.6,
  });
}

export function drawHeader(doc: Doc, sheet: OfferSheet, root: Struct): void {
  artifact(
    doc,
    () => {
      drawLabel(doc, `${sheet.siteName} · Fiche de poste`, MARGIN.top, 'left');
      drawLabel(doc, sheet.siteHost, MARGIN.top, 'right');
      rule(doc, MARGIN.left, MARGIN.top + 14, PAGE.width - MARGIN.right, 1.2, COLORS.brand);
    },
    'Pagination',
  );

  // Status badge.
  const open = sheet.status === 'open';
  const badge = (open ? 'Offre ouverte' : 'Offre clôturée').toUpperCase();
  const badgeY = MARGIN.top + 28;
  doc.font('semibold').fontSize(8);
  const badgeWidth = doc.widthOfString(badge, { characterSpacing: 0.5 }) + 14;
  artifact(doc, () => {
    doc.roundedRect(MARGIN.left, badgeY, badgeWidth, 15, 7.5);
    doc.fill(open ? COLORS.openWash : COLORS.closedWash);
  });
  tagged(doc, root, 'P', () => {
    doc
      .font('semibold')
      .fontSize(8)
      .fillColor(open ? COLORS.open : COLORS.closed);
    doc.text(badge, MARGIN.left + 7, badgeY + 4, { width: badgeWidth, characterSpacing: 0.5 });
  });
  doc.y = badgeY + 24;

  const column = { x: MARGIN.left, width: CONTENT_WIDTH };
  drawStrong(doc, root, 'P', sheet.organisation, {
    ...column,
    size: 12.5,
    color: COLORS.brand,
  });
  doc.y += 3;
  drawStrong(doc, root, 'H1', sheet.title, {
    ...column,
    size: 21,
    color: COLORS.ink,
    lineGap: 1,
  });
  doc.y += 10;
  if (sheet.closedNotice) drawClosedNotice(doc, sheet.closedNotice, root);
}

function drawClosedNotice(doc: Doc, notice: string, root: Struct): void {
  const text = { x: MARGIN.left + 14, width: CONTENT_WIDTH - 24, size: 10, lineGap: 1.5 };
  doc.font('regular').fontSize(text.size);
  const height = 14 + 15 + doc.heightOfString(notice, text) + 10;
  const top = doc.y;
  artifact(doc, () => {
    doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(COLORS.closedWash);
    doc.rect(MARGIN.left, top, 5, height).fill(COLORS.closed);
  });
  const box = group(doc, root, 'Div');
  doc.y = top + 10;
  drawStrong(doc, box, 'P', 'Offre clôturée', { ...text, size: 11.5, color: COLORS.closed });
  doc.y = top + 28;
  drawParagraph(doc, box, 'P', [{ text: notice }], { ...text, color: COLORS.ink });
  box.end();
  doc.y = top + height + 14;
}

const FACT = { labelWidth: 118, labelSize: 8.5, valueSize: 10, padding: 5.5 } as const;

/** The key facts as a tagged two-column table (TH label, TD value); returns its bottom. */
function drawFactRows(doc: Doc, sheet: OfferSheet, root: Struct, top: number, width: number) {
  const table = group(doc, root, 'Table');
  const label = { x: MARGIN.left + 6, width: FACT.labelWidth - 12, size: FACT.labelSize };
  const valueX = MARGIN.left + FACT.labelWidth + 7;
  const value = {
    x: valueX,
    width: width - FACT.labelWidth - 13,
    size: FACT.valueSize,
    lineGap: 1,
  };
  let y = top;
  for (const fact of sheet.facts) {
    const emphasis = fact.key === 'deadline';
    const face = emphasis ? 'semibold' : 'regular';
    // One line has no gap below it; several lines are 1 pt apart.
    const box = doc.font(face).fontSize(value.size).currentLineHeight(true);
    const measured = doc.heightOfString(fact.value, value);
    const valueHeight = measured > box + 1.5 ? measured : box;
    const labelHeight = doc.font('semibold').fontSize(label.size).heightOfString(fact.label, label);
    const height = Math.max(valueHeight, labelHeight) + 2 * FACT.padding;
    artifact(doc, () => {
      doc.rect(MARGIN.left, y, FACT.labelWidth, height).fill(COLORS.wash);
      rule(doc, MARGIN.left, y + height, MARGIN.left + width, 0.6, COLORS.line);
    });
    const row = group(doc, table, 'TR');
    // Nudged down so that label and value share a baseline despite their sizes.
    doc.y = y + FACT.padding + 1.6;
    drawStrong(doc, row, 'TH', fact.label, {
      ...label,
      color: COLORS.muted,
      struct: { scope: 'Row' },
    });
    doc.y = y + FACT.padding;
    drawParagraph(doc, row, 'TD', [{ text: fact.value, face }], {
      ...value,
      color: emphasis && sheet.status === 'open' ? COLORS.brand : COLORS.ink,
    });
    row.end();
    y += height;
  }
  table.end();
  return y;
}

/** The QR code's dark modules as filled rectangles, one per horizontal run, on white. */
function drawQr(doc: Doc, modules: QRCode.BitMatrix, x: number, y: number, side: number) {
  doc.rect(x, y, side, side).fill(COLORS.white);
  const { size } = modules;
  const origin = (side - size * QR_MODULE) / 2;
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && modules.get(row, column)) column++;
      doc.rect(
        x + origin + start * QR_MODULE,
        y + origin + row * QR_MODULE,
        (column - start) * QR_MODULE,
        QR_MODULE,
      );
    }
  }
  doc.fill(COLORS.black);
}

/** Key facts as a two-column table, with the QR code (a link to the offer) to the right. */
export function drawFacts(doc: Doc, sheet: OfferSheet, root: Struct): void {
  // A fixed mask pattern spares the encoder trying all eight; any of them scans.
  const { modules } = QRCode.create(sheet.url, { errorCorrectionLevel: 'M', maskPattern: 0 });
  // Four modules of quiet zone on each side.
  const qrSide = (modules.size + 8) * QR_MODULE;
  const qrColumn = Math.max(qrSide, 104);
  const columnX = PAGE.width - MARGIN.right - qrColumn;
  const top = doc.y;
  const qrX = columnX + (qrColumn - qrSide) / 2;
  const qrY = top - 4;
  const figure = group(doc, root, 'Figure', {
    alt: `Code QR menant à l'offre en ligne : ${sheet.url}`,
    bbox: [qrX, qrY, qrX + qrSide, qrY + qrSide],
    placement: 'Block',
  });
  figure.add(() => drawQr(doc, modules, qrX, qrY, qrSide));
  const link = doc.struct('Link', { alt: sheet.url });
  figure.add(link);
  const linkOptions = { structParent: link } as PDFKit.Mixins.AnnotationOption;
  doc.link(qrX, qrY, qrSide, qrSide, sheet.url, linkOptions);
  link.end();
  figure.end();
  tagged(doc, root, 'Caption', () => {
    doc.font('regular').fontSize(7.5).fillColor(COLORS.muted);
    doc.text('Scannez pour voir \nl’offre en ligne', columnX, qrY + qrSide, {
      width: qrColumn,
      align: 'center',
      lineGap: 0.5,
    });
  });
  const qrBottom = doc.y;
  const bottom = drawFactRows(doc, sheet, root, top, CONTENT_WIDTH - qrColumn - 18);
  doc.y = Math.max(bottom, qrBottom) + 16;
}
