/** The end of the sheet (how to apply, the offer's address) and the header and footer of every page. */
import { drawParagraph, drawStrong, type Run } from './flow.ts';
import {
  BODY,
  COLORS,
  CONTENT_WIDTH,
  MARGIN,
  PAGE,
  artifact,
  ensureSpace,
  group,
  rule,
  type Doc,
  type Struct,
} from './layout.ts';
import type { OfferSheet } from './offer-sheet.ts';

function labelled(label: string, text: string, href?: string): Run[] {
  return [
    { text: label, face: 'semibold' },
    { text, href },
  ];
}

export function drawApply(doc: Doc, sheet: OfferSheet, root: Struct): void {
  const apply = sheet.apply;
  if (!apply) return;
  const lines: Run[][] = [];
  if (apply.instructions) lines.push([{ text: apply.instructions }]);
  if (apply.email) {
    lines.push(labelled('Par e-mail : ', apply.email, `mailto:${apply.email}`));
    if (apply.emailSubject) lines.push(labelled('Objet du message : ', apply.emailSubject));
  }
  if (apply.url) lines.push(labelled('En ligne : ', apply.url, apply.url));
  if (apply.deadline) lines.push(labelled('Date limite : ', apply.deadline));

  const text = {
    x: MARGIN.left + 16,
    width: CONTENT_WIDTH - 28,
    size: BODY.size,
    lineGap: BODY.lineGap,
  };
  // Measured in semibold, the wider face: the box is never taller than this.
  doc.font('semibold').fontSize(text.size);
  const height = lines.reduce(
    (sum, runs) => sum + doc.heightOfString(runs.map((run) => run.text).join(''), text) + 4,
    12 + 20 + 8,
  );
  doc.y += 8;
  ensureSpace(doc, height);
  const top = doc.y;
  const page = doc.bufferedPageRange().count;

  const section = group(doc, root, 'Sect');
  doc.y = top + 12;
  const heading = { ...text, size: 13, color: COLORS.brand, paragraphGap: 6 };
  drawStrong(doc, section, 'H2', 'Comment candidater', heading);
  for (const runs of lines)
    drawParagraph(doc, section, 'P', runs, { ...text, color: COLORS.ink, paragraphGap: 4 });
  section.end();
  const bottom = doc.y + 8;
  if (doc.bufferedPageRange().count === page) {
    artifact(doc, () => {
      doc.rect(MARGIN.left, top, CONTENT_WIDTH, bottom - top);
      doc.lineWidth(1.2).strokeColor(COLORS.link).stroke();
    });
  }
  doc.y = bottom + 12;
}

export function drawOnline(doc: Doc, sheet: OfferSheet, root: Struct): void {
  ensureSpace(doc, 40);
  doc.y += 4;
  drawParagraph(
    doc,
    root,
    'P',
    labelled('Retrouvez cette offre en ligne : ', sheet.url, sheet.url),
    {
      x: MARGIN.left,
      width: CONTENT_WIDTH,
      size: 9.5,
      color: COLORS.muted,
    },
  );
}

/** One line of page furniture, cut with an ellipsis if too long. */
function furnitureLine(doc: Doc, text: string, y: number, width: number, align?: 'right') {
  doc.text(text, MARGIN.left, y, { width, height: 10, ellipsis: true, align });
}

/** Running header (pages 2+) and footer (every page), drawn once the page count is known. */
export function drawPageFurniture(doc: Doc, sheet: OfferSheet): void {
  const { start, count } = doc.bufferedPageRange();
  const right = PAGE.width - MARGIN.right;
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    artifact(
      doc,
      () => {
        doc.font('regular').fontSize(8).fillColor(COLORS.muted);
        if (index > 0) {
          const title = `${sheet.title} — ${sheet.organisation}`;
          furnitureLine(doc, title, MARGIN.top - 22, CONTENT_WIDTH);
          rule(doc, MARGIN.left, MARGIN.top - 10, right, 0.5, COLORS.line);
        }
        const footerY = PAGE.height - MARGIN.bottom + 22;
        rule(doc, MARGIN.left, footerY - 8, right, 0.5, COLORS.line);
        doc.font('regular').fontSize(8).fillColor(COLORS.muted);
        furnitureLine(doc, `${sheet.siteName} — ${sheet.dateLine}`, footerY, CONTENT_WIDTH - 80);
        doc.font('semibold');
        furnitureLine(doc, `Page ${index + 1} sur ${count}`, footerY, CONTENT_WIDTH, 'right');
        doc.font('regular').fontSize(7.5);
        furnitureLine(doc, sheet.url, footerY + 11, CONTENT_WIDTH - 80);
      },
      'Pagination',
    );
  }
}
