/** The end of the sheet (how to apply, the offer's address) and the header and footer of every page. */
import { formatDate } from '../format.ts';
import { drawRuns } from './flow.ts';
import { useFace } from './fonts.ts';
import type { Run } from './html-blocks.ts';
import {
  BODY,
  COLORS,
  CONTENT_WIDTH,
  ensureSpace,
  MARGIN,
  PAGE,
  type Doc,
  type Struct,
} from './layout.ts';
import type { OfferSheet } from './offer-sheet.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export function drawApply(doc: Doc, sheet: OfferSheet, root: Struct): void {
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
  doc
    .rect(MARGIN.left, top, CONTENT_WIDTH, height)
    .lineWidth(1.2)
    .strokeColor(COLORS.link)
    .stroke();
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
    drawRuns(doc, runs, {
      x,
      width,
      size: BODY.size,
      color: COLORS.ink,
      parent: section,
      structType: 'P',
      paragraphGap: 4,
    });
  }
  section.end();
  doc.y = top + height + 12;
}

export function drawOnline(doc: Doc, sheet: OfferSheet, root: Struct): void {
  ensureSpace(doc, 40);
  doc.y += 4;
  drawRuns(
    doc,
    [
      { text: 'Retrouvez cette offre en ligne : ', bold: true },
      { text: sheet.url, href: sheet.url },
    ],
    {
      x: MARGIN.left,
      width: CONTENT_WIDTH,
      size: 9.5,
      color: COLORS.muted,
      parent: root,
      structType: 'P',
    },
  );
}

/** Running header (pages 2+) and footer (every page), drawn once the page count is known. */
export function drawPageFurniture(doc: Doc, sheet: OfferSheet): void {
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
    doc
      .fontSize(7.5)
      .text(sheet.url, MARGIN.left, footerY + 11, {
        width: CONTENT_WIDTH - 80,
        height: 10,
        ellipsis: true,
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
