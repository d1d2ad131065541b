/**
 * A font file parsed by fontkit, once per thread (parsing its tables costs more than drawing a
 * sheet or an image): the PDF sheets (src/lib/pdf/fonts.ts) and the pictures drawn as outlines
 * (src/lib/brand/text-path.ts) share it.
 */
import fs from 'node:fs';
import * as fontkit from 'fontkit';

const parsed = new Map<string, fontkit.Font>();

export function parseFontFile(file: string): fontkit.Font {
  let font = parsed.get(file);
  if (!font) {
    const opened = fontkit.create(fs.readFileSync(file));
    if (!('layout' in opened))
      throw new Error(`${file} : une police seule est attendue, pas une collection.`);
    font = opened;
    parsed.set(file, font);
  }
  return font;
}
