/**
 * The PDF's typeface: Source Sans 3 (SIL Open Font License), from the npm package
 * @expo-google-fonts/source-sans-3, which ships the full TrueType files (every Latin letter,
 * « » ’ œ € · and the narrow no-break space French uses). Each PDF embeds a subset of it.
 *
 * Fonts are parsed once per process, and the result of OpenType shaping (GSUB/GPOS, the
 * costliest part of PDF generation) is shared between documents, word by word.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

const FONT_PACKAGE = '@expo-google-fonts/source-sans-3';

/**
 * Faces the sheet uses: their names in pdfkit, and their files in the package. Semibold serves
 * for headings and bold text alike: every embedded face costs time on every sheet.
 */
export const FACES = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  italic: '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  semibold: '600SemiBold/SourceSans3_600SemiBold.ttf',
  semiboldItalic: '600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf',
} as const;
export type Face = keyof typeof FACES;

/** Forget shared shaping results after this many documents, to bound memory on huge builds. */
const LAYOUT_CACHE_DOCUMENTS = 5000;

/**
 * The package's folder. The module is bundled by Astro into a temporary chunk, so resolve from
 * the project (the build's working directory) when resolving from the chunk fails.
 */
function findFontPackage(): string {
  const bases = [import.meta.url, path.join(process.cwd(), 'package.json')];
  for (const base of bases) {
    try {
      return path.dirname(createRequire(base).resolve(`${FONT_PACKAGE}/package.json`));
    } catch {
      // Try the next base.
    }
  }
  throw new Error(`Police introuvable : installez ${FONT_PACKAGE} (npm install).`);
}

/**
 * fontkit caches one glyph object per glyph id, with the characters it was first created for;
 * pdfkit maps each glyph back to those characters so that text copies out. Subsetting a
 * document creates the components of composite glyphs (the A inside À) without characters, so
 * with a font shared between documents, a later document would print an A that copies as
 * nothing. Creating every mapped glyph from its character first prevents that.
 */
function claimGlyphsForCharacters(font: fontkit.Font): void {
  for (const codePoint of font.characterSet) {
    // Not the ligature code points (U+FB00 ﬀ…): shaping makes those glyphs from "ff", "fi",
    // and must keep mapping them back to the two letters.
    if (codePoint >= 0xfb00 && codePoint <= 0xfb4f) continue;
    font.glyphForCodePoint(codePoint);
  }
}

interface LoadedFaces {
  fonts: Record<Face, fontkit.Font>;
  /** Identifies the font files, for the PDF cache key. */
  version: string;
}

let loaded: LoadedFaces | undefined;

export function getFonts(): LoadedFaces {
  if (loaded) return loaded;
  const dir = findFontPackage();
  const fonts = {} as Record<Face, fontkit.Font>;
  for (const [face, file] of Object.entries(FACES) as [Face, string][]) {
    const font = fontkit.create(fs.readFileSync(path.join(dir, file)));
    if (!('layout' in font)) throw new Error(`${file} n'est pas une police simple`);
    claimGlyphsForCharacters(font);
    fonts[face] = font;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  loaded = { fonts, version: `${FONT_PACKAGE}@${pkg.version}` };
  return loaded;
}

/** pdfkit's embedded font keeps a per-document word → glyph run cache in this field. */
interface EmbeddedFontInternals {
  layoutCache?: Record<string, unknown>;
}

let sharedLayouts = new Map<Face, Record<string, unknown>>();
let documentsSinceReset = 0;

/** Call once per document: ages the shared shaping cache. */
export function startDocument(): void {
  documentsSinceReset += 1;
  if (documentsSinceReset > LAYOUT_CACHE_DOCUMENTS) {
    sharedLayouts = new Map();
    documentsSinceReset = 0;
  }
}

/**
 * Selects a face and points pdfkit's per-document shaping cache at the process-wide one.
 * pdfkit caches shaped words in `layoutCache` (0.20); a shaped run holds glyph ids and
 * advances only, never document state, so sharing it is safe. If a future pdfkit drops the
 * field, this degrades to per-document caching: slower, still correct.
 */
export function useFace(doc: PDFKit.PDFDocument, face: Face): void {
  doc.font(face);
  const embedded = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!embedded?.layoutCache) return;
  let shared = sharedLayouts.get(face);
  if (!shared) {
    shared = Object.create(null) as Record<string, unknown>;
    sharedLayouts.set(face, shared);
  }
  embedded.layoutCache = shared;
}

/** Registers every face on a new document (nothing is embedded until used). */
export function registerFaces(doc: PDFKit.PDFDocument): void {
  const { fonts } = getFonts();
  for (const face of Object.keys(FACES) as Face[]) {
    // pdfkit accepts a parsed fontkit font: the files are parsed once per process. The family
    // name matters: pdfkit's tables restore the previous font by (source, family), and without a
    // family it would build a new embedded font for every table cell.
    doc.registerFont(face, fonts[face] as unknown as PDFKit.Mixins.PDFFontSource, face);
  }
}
