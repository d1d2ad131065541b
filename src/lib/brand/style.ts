/**
 * The CSS the configuration decides, written into every page's head: brand colours as custom
 * properties (src/styles/global.css uses them) and the configured font's faces.
 */
import { CONFIG, paths } from '../site.ts';

/** Faces served to browsers, with their CSS weight and style. */
export const WEB_FACES = [
  { face: 'regular', weight: 400, style: 'normal' },
  { face: 'italic', weight: 400, style: 'italic' },
  { face: 'semibold', weight: 600, style: 'normal' },
  { face: 'semiboldItalic', weight: 600, style: 'italic' },
] as const;
export type WebFace = (typeof WEB_FACES)[number]['face'];

function cssString(value: string): string {
  return `'${value.replace(/[\\'<>]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}'`;
}

export function getBrandCss(): string {
  const { colors, font } = CONFIG;
  const faces = font.pages
    ? WEB_FACES.map(({ face, weight, style }) => {
        // Headings at 700 and more use the semibold file rather than a synthesised bold.
        const weights = weight === 600 ? '600 900' : '100 500';
        return `@font-face{font-family:${cssString(font.family)};src:url(${paths.font(face)}) format('woff');font-weight:${weights};font-style:${style};font-display:optional}`;
      }).join('')
    : '';
  const family = font.pages ? `--font:${cssString(font.family)};` : '';
  return `${faces}:root{--brand:${colors.primary};--brand-ink:${colors.primaryInk};--link:${colors.link};${family}}`;
}
