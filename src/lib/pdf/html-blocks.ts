/**
 * The offer's body on the sheet: its sanitised HTML, parsed by node-html-parser, drawn as tagged
 * paragraphs, headings, lists, quotes, code and table rows. Unknown tags keep their text and
 * lose their meaning, the safe way to fail on paper.
 */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { drawParagraph, type Run } from './flow.ts';
import type { Face } from './fonts.ts';
import {
  BODY,
  COLORS,
  LIST_INDENT,
  artifact,
  ensureSpace,
  group,
  lineHeight,
  rule,
  setAttributes,
  tagged,
  type Doc,
  type Struct,
} from './layout.ts';

interface Style {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  href?: string | undefined;
}

interface Box {
  x: number;
  width: number;
  /** The offer's URL, which relative links resolve against. */
  base: string;
}

/** Links printable on paper: absolute web or mail addresses. */
function resolveHref(href: string | undefined, base: string): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function tagOf(node: Node): string | undefined {
  return node instanceof HTMLElement ? node.rawTagName?.toLowerCase() : undefined;
}

const STYLE_TAGS: Record<string, Style> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italic: true },
  i: { italic: true },
  del: { strike: true },
  s: { strike: true },
};

function collectRuns(nodes: readonly Node[], style: Style, box: Box, runs: Run[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'br') {
      runs.push({ text: '\n' });
    } else if (tag !== undefined) {
      const href =
        tag === 'a' ? resolveHref((node as HTMLElement).getAttribute('href'), box.base) : undefined;
      const next = { ...style, ...STYLE_TAGS[tag], ...(tag === 'a' ? { href } : {}) };
      collectRuns(node.childNodes, next, box, runs);
    } else if (node.nodeType === NodeType.TEXT_NODE) {
      const face: Face = style.italic
        ? `${style.bold ? 'semiboldI' : 'i'}talic`
        : `${style.bold ? 'semibold' : 'regular'}`;
      const run: Run = { text: node.text.replace(/[ \t\n\r\f]+/g, ' '), face, href: style.href };
      if (style.strike) run.strike = true;
      runs.push(run);
    }
  }
}

/** Inline content as runs, white space collapsed and trimmed around line breaks as a browser does. */
function runsOf(nodes: readonly Node[], box: Box, style: Style = {}): Run[] {
  const runs: Run[] = [];
  collectRuns(nodes, style, box, runs);
  let lineStart = true;
  for (const [index, run] of runs.entries()) {
    if (run.text === '\n') {
      lineStart = true;
      continue;
    }
    if (lineStart) run.text = run.text.trimStart();
    const next = runs[index + 1];
    if (!next || next.text === '\n') run.text = run.text.replace(/ +$/, '');
    if (run.text !== '') lineStart = false;
  }
  while (runs.at(-1)?.text === '\n' || runs.at(-1)?.text === '') runs.pop();
  return runs;
}

/** Body text options in a column. */
function bodyText(box: Box, paragraphGap: number = BODY.paragraphGap) {
  return { ...box, size: BODY.size, color: COLORS.ink, lineGap: BODY.lineGap, paragraphGap };
}

function drawBodyParagraph(doc: Doc, parent: Struct, nodes: readonly Node[], box: Box): void {
  const runs = runsOf(nodes, box);
  if (runs.length === 0) return;
  ensureSpace(doc, lineHeight(doc, BODY.size) * 2);
  drawParagraph(doc, parent, 'P', runs, bodyText(box));
}

function drawHeading(doc: Doc, parent: Struct, node: HTMLElement, level: number, box: Box): void {
  const runs = runsOf(node.childNodes, box, { bold: true });
  if (runs.length === 0) return;
  const size = level <= 2 ? 13 : level === 3 ? 11.5 : 10.5;
  // Keep a heading with at least three lines of what follows.
  ensureSpace(doc, lineHeight(doc, size) * 1.6 + lineHeight(doc, BODY.size) * 3);
  doc.y += level <= 2 ? 8 : 4;
  // The sheet's title is the H1; body headings start one level below.
  const heading = { ...bodyText(box, 4), size, color: COLORS.brand };
  drawParagraph(doc, parent, `H${Math.min(Math.max(level, 2), 6)}`, runs, heading);
}

function drawList(doc: Doc, parent: Struct, node: HTMLElement, box: Box): void {
  const ordered = tagOf(node) === 'ol';
  const start = Number.parseInt(node.getAttribute('start') ?? '1', 10);
  const list = group(doc, parent, 'L');
  setAttributes(list, { O: 'List', ListNumbering: ordered ? 'Decimal' : 'Disc' });
  const labelWidth = ordered ? 18 : 10;
  const bodyX = box.x + LIST_INDENT + labelWidth - 10;
  const items = node.childNodes.filter((child) => tagOf(child) === 'li');
  items.forEach((item, index) => {
    const element = group(doc, list, 'LI');
    // As much room as the paragraph after the label asks: a bullet never ends a page alone.
    ensureSpace(doc, lineHeight(doc, BODY.size) * 2);
    const y = doc.y;
    const label = ordered ? `${(Number.isFinite(start) ? start : 1) + index}.` : '•';
    tagged(doc, element, 'Lbl', () => {
      doc
        .font('regular')
        .fontSize(BODY.size)
        .fillColor(ordered ? COLORS.ink : COLORS.brand);
      doc.text(label, box.x + 4, y, { width: labelWidth + 6, height: BODY.size * 2 });
    });
    doc.y = y;
    const body = group(doc, element, 'LBody');
    drawBlocks(doc, body, item.childNodes, { ...box, x: bodyX, width: box.x + box.width - bodyX });
    body.end();
    element.end();
    // Tight list items hold paragraphs without the gap between them.
    doc.y -= BODY.paragraphGap - 2.5;
  });
  list.end();
  doc.y += BODY.paragraphGap - 2.5;
}

const BLOCK_TAGS = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol blockquote pre hr table thead tbody tr div section figure'.split(' '),
);

function drawBlock(doc: Doc, parent: Struct, node: HTMLElement, tag: string, box: Box): void {
  if (/^h[1-6]$/.test(tag)) return drawHeading(doc, parent, node, Number(tag[1]), box);
  switch (tag) {
    case 'p':
      return drawBodyParagraph(doc, parent, node.childNodes, box);
    case 'ul':
    case 'ol':
      return drawList(doc, parent, node, box);
    case 'blockquote': {
      const quote = group(doc, parent, 'BlockQuote');
      drawBlocks(doc, quote, node.childNodes, { ...box, x: box.x + 14, width: box.width - 14 });
      return quote.end();
    }
    case 'pre':
      return drawParagraph(doc, parent, 'Code', [{ text: node.text.replace(/\n$/, '') }], {
        ...bodyText({ ...box, x: box.x + 10, width: box.width - 10 }),
        size: BODY.size - 1,
        color: COLORS.muted,
      });
    case 'hr':
      ensureSpace(doc, 16);
      artifact(doc, () => rule(doc, box.x, doc.y + 6, box.x + box.width, 0.5, COLORS.line));
      doc.y += 14;
      return;
    case 'tr': {
      // A table row reads as a line of its cells, headers in bold.
      const cells = node.childNodes.filter((cell) => ['th', 'td'].includes(tagOf(cell) ?? ''));
      const runs = cells.flatMap((cell, index) => [
        ...(index > 0 ? [{ text: ' · ' }] : []),
        ...runsOf(cell.childNodes, box, { bold: tagOf(cell) === 'th' }),
      ]);
      return drawParagraph(doc, parent, 'P', runs, bodyText(box, 3));
    }
    default:
      return drawBlocks(doc, parent, node.childNodes, box);
  }
}

/** Block-level nodes drawn in turn; loose inline content between them makes a paragraph. */
function drawBlocks(doc: Doc, parent: Struct, nodes: readonly Node[], box: Box): void {
  let loose: Node[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || !BLOCK_TAGS.has(tag)) {
      loose.push(node);
      continue;
    }
    drawBodyParagraph(doc, parent, loose, box);
    loose = [];
    drawBlock(doc, parent, node as HTMLElement, tag, box);
  }
  drawBodyParagraph(doc, parent, loose, box);
}

/** Draws the offer's body (sanitised HTML) under `parent`, in a column at `x`. */
export function drawBody(doc: Doc, parent: Struct, html: string, box: Box): void {
  // `pre` parsed as elements, not raw text (the parser's default).
  drawBlocks(doc, parent, parse(html, { blockTextElements: {} }).childNodes, box);
}
