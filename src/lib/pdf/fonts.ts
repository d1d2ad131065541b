/**
 * The sheet's typeface: any TrueType or OpenType files (SheetFonts), the configuration's font by
 * default (Source Sans 3 unless a fork chose another: SIL Open Font License, every Latin letter,
 * « » ’ œ € and the narrow no-break space French uses). pdfkit embeds a subset of each face a
 * sheet draws with.
 */
import fs from 'node:fs';
import * as fontkit from 'fontkit';
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

const opened = new Map<string, fontkit.Font>();

/**
 * A font file parsed by fontkit, once per process (parsing its tables costs more than drawing a
 * sheet), for a new sheet. pdfkit takes the parsed font and makes each document its own subset.
 *
 * fontkit caches each glyph with the characters it was first looked up for, and subsetting a
 * sheet looks up the parts of composite glyphs (the A of À) with none: the next sheet would
 * draw « A » without its character, and it would not copy out. So each sheet starts with an
 * empty glyph cache (the sheets of a thread are drawn one after the other: nothing is awaited
 * between a document's first text and its end()).
 */
export function openFont(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) {
    const parsed = fontkit.create(fs.readFileSync(file));
    if (!('layout' in parsed))
      throw new Error(`${file} : une police seule est attendue, pas une collection.`);
    font = parsed;
    opened.set(file, font);
  }
  (font as unknown as { _glyphs: object })._glyphs = {};
  return font;
}
