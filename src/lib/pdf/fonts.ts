/**
 * The PDF's typeface: Source Sans 3 (SIL Open Font License), from the npm package
 * @expo-google-fonts/source-sans-3, which ships the full TrueType files (every Latin letter,
 * « » ’ œ € · and the narrow no-break space French uses). Each PDF embeds a subset of it.
 *
 * Each face is parsed, and its common glyph set prepared (writer/font.ts), once per process and
 * on first use: a worker that never draws italics never loads them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { FontProgram } from './writer/font.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

const FONT_PACKAGE = '@expo-google-fonts/source-sans-3';

/**
 * Faces the sheet uses, and their files in the package. Semibold serves for headings and bold
 * text alike.
 */
export const FACES = {
  regular: '400Regular/SourceSans3_400Regular.ttf',
  italic: '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  semibold: '600SemiBold/SourceSans3_600SemiBold.ttf',
  semiboldItalic: '600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf',
} as const;
export type Face = keyof typeof FACES;

/**
 * Characters every sheet is likely to draw with a face: their outlines are compressed once per
 * process and embedded in every PDF using the face (writer/font.ts). A wide core spares the
 * work of compressing glyphs per sheet; each glyph in it that a sheet does not draw costs that
 * sheet some 60 bytes. Body text and labels use regular and semibold; italics are rare and short.
 */
const TEXT_CORE =
  ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' +
  'éèàêôîçùûâëïüöäÿœæÉÈÀÊÔÎÇÙÛÂËÏÜŸŒÆ' +
  '.,:;!?()-/’\'"«»…–—·•€@&%+*#°\u00a0\u202f';
const EMPHASIS_CORE = " abcdefghijklmnopqrstuvwxyzéèàêôîç.,:;!?()-’'«»\u00a0\u202f";
const CORES: Record<Face, string> = {
  regular: TEXT_CORE,
  italic: EMPHASIS_CORE,
  semibold: TEXT_CORE,
  semiboldItalic: EMPHASIS_CORE,
};

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

interface LoadedFaces {
  /** The prepared face (parsed on first call for each face). */
  program(face: Face): FontProgram;
  /** Identifies the font files, for the PDF cache key. */
  version: string;
}

let loaded: LoadedFaces | undefined;

export function getFonts(): LoadedFaces {
  if (loaded) return loaded;
  const dir = findFontPackage();
  const programs = new Map<Face, FontProgram>();
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  loaded = {
    program(face) {
      let program = programs.get(face);
      if (!program) {
        const file = FACES[face];
        const bytes = fs.readFileSync(path.join(dir, file));
        const font = fontkit.create(bytes);
        if (!('layout' in font)) throw new Error(`${file} n'est pas une police simple`);
        program = new FontProgram(bytes, font, CORES[face]);
        programs.set(face, program);
      }
      return program;
    },
    version: `${FONT_PACKAGE}@${pkg.version}`,
  };
  return loaded;
}
