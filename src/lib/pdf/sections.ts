/** The end of the sheet (how to apply, the offer's address) and the header and footer of every page. */
import { formatDate } from '../format.ts';
import { drawRuns, drawText, measureText, type TextRun } from './flow.ts';
import type { Run } from './html-blocks.ts';
import { BODY, COLORS, CONTENT_WIDTH, MARGIN, PAGE, type Doc, type Struct } from './layout.ts';
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

  const runsOf = (line: (typeof lines)[number]): Run[] => {
    const runs: Run[] = [];
    if (line.label) runs.push({ text: line.label, bold: true });
    runs.push(line.href ? { text: line.text, href: line.href } : { text: line.text });
    return runs;
  };
  const measure = (line: (typeof lines)[number]): number =>
    measureText(
      doc,
      runsOf(line).map((run): TextRun => ({
        text: run.text,
        face: run.bold ? 'semibold' : 'regular',
      })),
      { x, width, size: BODY.size, color: COLORS.ink, lineGap: BODY.lineGap },
    ) + 4;
  const height = 12 + 20 + lines.reduce((sum, line) => sum + measure(line), 0) + 8;
  doc.y += 8;
  doc.ensureSpace(height);
  const top = doc.y;
  doc.beginArtifact('Layout');
  doc.strokeRect(MARGIN.left, top, CONTENT_WIDTH, height, 1.2, COLORS.link);
  doc.endMarked();

  const section = doc.struct('Sect', root);
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
    drawRuns(doc, runsOf(line), {
      x,
      width,
      size: BODY.size,
      color: COLORS.ink,
      parent: section,
      structType: 'P',
      paragraphGap: 4,
    });
  }
  doc.y = top + height + 12;
}

export function drawOnline(doc: Doc, sheet: OfferSheet, root: Struct): void {
  doc.ensureSpace(40);
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

/** Days in words (a build dates its sheets from a few hundred days). */
const dayNames = new Map<string, string>();

/** A day in words, memoised. */
function generationDay(day: string): string {
  let text = dayNames.get(day);
  if (text === undefined) {
    if (dayNames.size >= 10_000) dayNames.clear();
    text = formatDate(day);
    dayNames.set(day, text);
  }
  return text;
}

/** Running header (pages 2+) and footer (every page), drawn once the page count is known. */
export function drawPageFurniture(doc: Doc, sheet: OfferSheet): void {
  const count = doc.pageCount;
  const generated =
    sheet.status === 'closed'
      ? `Offre clôturée le ${generationDay(sheet.generatedOn)}`
      : `Fiche générée le ${generationDay(sheet.generatedOn)}`;
  const line = { x: MARGIN.left, width: CONTENT_WIDTH, color: COLORS.muted, flow: false } as const;
  for (let index = 0; index < count; index++) {
    doc.switchToPage(index);
    doc.beginArtifact('Pagination');
    if (index > 0) {
      doc.y = MARGIN.top - 22;
      drawText(doc, `${sheet.title} — ${sheet.organisation}`, { ...line, size: 8, ellipsis: true });
      doc.strokeLine(
        MARGIN.left,
        MARGIN.top - 10,
        PAGE.width - MARGIN.right,
        MARGIN.top - 10,
        0.5,
        COLORS.line,
      );
    }
    const footerY = PAGE.height - MARGIN.bottom + 22;
    doc.strokeLine(
      MARGIN.left,
      footerY - 8,
      PAGE.width - MARGIN.right,
      footerY - 8,
      0.5,
      COLORS.line,
    );
    doc.y = footerY;
    drawText(doc, `${sheet.siteName} — ${generated}`, { ...line, size: 8, ellipsis: true });
    doc.y = footerY;
    drawText(doc, `Page ${index + 1} sur ${count}`, {
      ...line,
      size: 8,
      face: 'semibold',
      align: 'right',
    });
    doc.y = footerY + 11;
    drawText(doc, sheet.url, { ...line, width: CONTENT_WIDTH - 80, size: 7.5, ellipsis: true });
    doc.endMarked();
  }
}
