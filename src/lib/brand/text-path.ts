/**
 * Text drawn as SVG paths with the configured font (fontkit lays it out): the social image and
 * the favicon look the same on every machine, whatever fonts the build host has installed.
 */
import type * as fontkit from 'fontkit';

/** Width of `text` at `size` pixels. */
export function measureText(font: fontkit.Font, text: string, size: number): number {
  const run = font.layout(text);
  return (run.advanceWidth * size) / font.unitsPerEm;
}

/** SVG path data of `text` at `size` pixels, its baseline starting at (x, y). */
export function textToPath(
  font: fontkit.Font,
  text: string,
  size: number,
  x: number,
  y: number,
): string {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  let cursor = x;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    if (!position) return;
    parts.push(
      glyph.path
        .scale(scale, -scale)
        .translate(cursor + position.xOffset * scale, y - position.yOffset * scale)
        .toSVG(),
    );
    cursor += position.xAdvance * scale;
  });
  return parts.join('');
}

/** Words of `text` in lines no wider than `width`, at most `maxLines` (the last one cut with …). */
export function wrapText(
  font: fontkit.Font,
  text: string,
  size: number,
  width: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(font, candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
  return kept;
}
