/**
 * The sheet's typeface: any TrueType or OpenType files (SheetFonts), the configuration's font by
 * default (Source Sans 3 unless a fork chose another: SIL Open Font License, every Latin letter,
 * « » ’ œ € and the narrow no-break space French uses). pdfkit embeds a subset of each face a
 * sheet draws with.
 */
import type * as fontkit from 'fontkit';
import { parseFontFile } from '../font-file.ts';
import { CONFIG } from '../site.ts';

/** Font files (paths) of the faces a sheet uses; the italics fall back to the upright faces. */
export interface SheetFonts {
  regular: string;
  semibold: string;
  italic?: string;
  semiboldItalic?: string;
}
export type Face = keyof SheetFonts;

/**
 * The configuration's font files (offres.config.ts: Source Sans 3 unless a fork chose another),
 * the faces of every sheet unless options say otherwise.
 */
export function getDefaultSheetFonts(): Required<SheetFonts> {
  const { regular, semibold, italic, semiboldItalic } = CONFIG.font;
  return { regular, semibold, italic, semiboldItalic };
}

/**
 * A font file parsed by fontkit (src/lib/font-file.ts), for a new sheet. pdfkit takes the
 * parsed font and makes each document its own subset.
 *
 * fontkit caches each glyph with the characters it was first looked up for, and subsetting a
 * sheet looks up the parts of composite glyphs (the A of À) with none: the next sheet would
 * draw « A » without its character, and it would not copy out. So each sheet starts with an
 * empty glyph cache (the sheets of a thread are drawn one after the other: nothing is awaited
 * between a document's first text and its end()).
 */
export function openFont(file: string): fontkit.Font {
  const font = parseFontFile(file);
  (font as unknown as { _glyphs: object })._glyphs = {};
  return font;
}

/** pdfkit's font of a document: the parsed font and the words it has laid out. */
interface EmbeddedFont {
  font?: object;
  layoutCache?: Record<string, unknown>;
}

/**
 * Words laid out per parsed font, shared by the sheets a thread draws. pdfkit lays out (shapes)
 * each word once per document and keeps it in the document's own cache; most words of a sheet
 * were already laid out for an earlier one, and shaping is most of a sheet's cost. A run holds
 * the glyphs (with the characters they were laid out for) and their scaled positions, which
 * pdfkit only reads. Dropped whole past LAYOUT_CACHE_WORDS words to bound the thread's memory.
 */
const layoutCaches = new Map<object, Record<string, unknown>>();
const LAYOUT_CACHE_WORDS = 40_000;
let sheetsSinceSizeCheck = 0;

function sharedLayoutCache(font: object): Record<string, unknown> {
  let cache = layoutCaches.get(font);
  if (!cache) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(font, cache);
  }
  return cache;
}

/**
 * Makes the document's fonts use the thread's shared layout caches: pdfkit creates a document's
 * font when first selected, so each selection points it at the shared cache.
 */
export function shareLayoutCaches(doc: PDFKit.PDFDocument): void {
  if (++sheetsSinceSizeCheck >= 200) {
    sheetsSinceSizeCheck = 0;
    for (const [font, cache] of layoutCaches)
      if (Object.keys(cache).length > LAYOUT_CACHE_WORDS) layoutCaches.delete(font);
  }
  const target = doc as unknown as {
    font: (...args: unknown[]) => PDFKit.PDFDocument;
    _font: EmbeddedFont | null;
  };
  const select = target.font.bind(doc);
  target.font = (...args: unknown[]) => {
    select(...args);
    const current = target._font;
    if (current?.font && current.layoutCache) current.layoutCache = sharedLayoutCache(current.font);
    return doc;
  };
}
