/**
 * The flowing text of the sheet: styled runs laid out by pdfkit in a column, as one tagged
 * paragraph (or heading, table cell…), links as Link elements with their annotations.
 */
import type { Face } from './fonts.ts';
import { COLORS, group, type Doc, type Struct, type StructOptions } from './layout.ts';

export interface Run {
  text: string;
  face?: Face;
  /** Absolute http(s) or mailto: target. */
  href?: string | undefined;
  strike?: boolean;
}

export interface ParagraphOptions {
  x: number;
  width: number;
  size: number;
  color: string;
  lineGap?: number;
  paragraphGap?: number;
  struct?: StructOptions;
}

/** The glyph coverage of pdfkit's current font (fontkit's font, which pdfkit keeps private). */
function currentFont(doc: Doc): { hasGlyphForCodePoint(codePoint: number): boolean } {
  return (doc as unknown as { _font: { font: ReturnType<typeof currentFont> } })._font.font;
}

/**
 * The text cut where the font's coverage changes: [text, missing from the font][]. A space the
 * font lacks (the narrow no-break space French uses, say) becomes a no-break space.
 */
function coverageSegments(doc: Doc, text: string): [string, boolean][] {
  const font = currentFont(doc);
  const has = (char: string) => font.hasGlyphForCodePoint(char.codePointAt(0)!);
  const segments: [string, boolean][] = [];
  for (let char of text) {
    if (char !== ' ' && /\s/.test(char) && !has(char)) char = has('\u00a0') ? '\u00a0' : ' ';
    const missing = char > ' ' && !has(char);
    const last = segments.at(-1);
    if (last && last[1] === missing) last[0] += char;
    else segments.push([char, missing]);
  }
  return segments;
}

/** Runs cut into lines at their line breaks (<br>). */
function splitLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((text, index) => {
      if (index > 0) lines.push([]);
      if (text !== '') lines.at(-1)!.push({ ...run, text: text.normalize('NFC') });
    });
  }
  return lines;
}

/**
 * Draws runs as one flowing paragraph, tagged `type` under `parent`; a link becomes a Link
 * element owning its text and annotations. Each line of the paragraph (split at line breaks) is
 * one chain of pdfkit `continued` texts. Characters the font lacks draw as its .notdef box inside
 * a span whose ActualText keeps them copyable.
 */
export function drawParagraph(
  doc: Doc,
  parent: Struct,
  type: string,
  runs: readonly Run[],
  options: ParagraphOptions,
): void {
  const lines = splitLines(runs);
  if (lines.every((line) => line.length === 0)) return;
  const { x, width, size, color, lineGap = 0, paragraphGap = 0 } = options;
  const element = group(doc, parent, type, options.struct);
  lines.forEach((line, lineIndex) => {
    const lastLine = lineIndex === lines.length - 1;
    if (line.length === 0) {
      doc.y += doc.font('regular').fontSize(size).currentLineHeight(true) + lineGap;
      if (lastLine) doc.y += paragraphGap;
    }
    let first = true;
    line.forEach((run, index) => {
      const draw = () => {
        doc.font(run.face ?? 'regular').fontSize(size);
        doc.fillColor(run.href ? COLORS.link : color);
        const segments = coverageSegments(doc, run.text);
        segments.forEach(([text, missing], at) => {
          const last = index === line.length - 1 && at === segments.length - 1;
          const textOptions = {
            width,
            lineGap,
            continued: !last,
            paragraphGap: last && lastLine ? paragraphGap : 0,
            link: run.href ?? null,
            underline: run.href !== undefined,
            strike: run.strike === true,
          } as PDFKit.Mixins.TextOptions;
          if (missing) doc.markContent('Span', { actual: text });
          if (first) doc.text(text, x, doc.y, textOptions);
          else doc.text(text, textOptions);
          if (missing) {
            // Closed in the coordinates the glyphs were shown in (pdfkit flips the page's for
            // each text, and restores them after): a reader such as poppler places the text
            // with the transformation in force at the end of the span.
            doc.save().transform(1, 0, 0, -1, 0, doc.page.height);
            doc.endMarkedContent().restore();
          }
          first = false;
        });
      };
      element.add(run.href ? doc.struct('Link', { alt: run.href }, [draw]) : draw);
    });
  });
  element.end();
}

/** One run of semibold text as a paragraph: headings, labels. */
export function drawStrong(
  doc: Doc,
  parent: Struct,
  type: string,
  text: string,
  options: ParagraphOptions,
): void {
  drawParagraph(doc, parent, type, [{ text, face: 'semibold' }], options);
}
