/**
 * The sheet's typeface: any TrueType or OpenType files (SheetFonts), Source Sans 3 by default
 * (SIL Open Font License, from the npm package @expo-google-fonts/source-sans-3: every Latin
 * letter, « » ’ œ € and the narrow no-break space French uses). pdfkit embeds a subset of each
 * face a sheet draws with.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';


/** Font files (paths) of the faces a sheet uses; the italics fall back to the upright faces. */
export interface SheetFonts {
  regular: string;
  semibold: string;
  italic?: string;
  semiboldItalic?: string;
}
export type Face = keyof SheetFonts;

const FONT_PACKAGE = '@expo-google-fonts/source-sans-3';
const DEFAULT_FILES: Required<SheetFonts> = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  semibold: '600SemiBold/SourceSans3_600SemiBold.ttf',
  italic: '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  semiboldItalic: '600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf',
};

/**
 * The package's folder. The module is bundled by Astro into a temporary chunk, so resolve from
 * the project (the build's working directory) when resolving from the chunk fails.
 */
function findFontPackage(): string {
  for (const base of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      return path.dirname(createRequire(base).resolve(`${FONT_PACKAGE}/package.json`));
    } catch {
      // Try the next base.
    }
  }
  throw new Error(`Police introuvable : installez ${FONT_PACKAGE} (npm install).`);
}

let defaults: { fonts: Required<SheetFonts>; version: string } | undefined;

function loadDefaults(): NonNullable<typeof defaults> {
  if (defaults) return defaults;
  const dir = findFontPackage();
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const entries = Object.entries(DEFAULT_FILES).map(([face, file]) => [face, path.join(dir, file)]);
  defaults = {
    fonts: Object.fromEntries(entries) as Required<SheetFonts>,
    version: `${FONT_PACKAGE}@${pkg.version}`,
  };
  return defaults;
}

/** Source Sans 3's files, the faces of every sheet unless options say otherwise. */
export function getDefaultSheetFonts(): Required<SheetFonts> {
  return loadDefaults().fonts;
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
