/**
 * The site's pictures, drawn from the configuration: the favicon (SVG) and the social-sharing
 * image (an SVG rendered to PNG by sharp). Nothing of the default brand is baked in a file.
 */
import sharp from 'sharp';
import { CONFIG, SITE_NAME, SITE_TAGLINE, SOCIAL_IMAGE } from '../site.ts';
import { parseFontFile } from '../font-file.ts';
import { measureText, textToPath, wrapText } from './text-path.ts';

const { colors, font: fontFiles } = CONFIG;

/** The favicon: the name's first letter on the primary colour. */
export function getFaviconSvg(): string {
  const font = parseFontFile(fontFiles.semibold);
  const letter = [...SITE_NAME.trim()][0]?.toUpperCase() ?? '';
  const size = 22;
  const x = 16 - measureText(font, letter, size) / 2;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<rect width="32" height="32" rx="6" fill="${colors.primary}"/>` +
    `<path fill="${colors.primaryInk}" d="${textToPath(font, letter, size, x, 24)}"/></svg>`
  );
}

/** The social image's SVG: name and tagline on the primary colour, 1200×630. */
export function getSocialImageSvg(): string {
  const { width, height } = SOCIAL_IMAGE;
  const bold = parseFontFile(fontFiles.semibold);
  const regular = parseFontFile(fontFiles.regular);
  const margin = 90;
  const room = width - 2 * margin;
  // The name as large as fits on one line, between 60 and 150 px.
  const nameSize = Math.max(60, Math.min(150, (150 * room) / measureText(bold, SITE_NAME, 150)));
  const taglineLines = wrapText(regular, SITE_TAGLINE, 52, room, 3);
  const nameY = 300;
  const tagline = taglineLines
    .map((line, index) => textToPath(regular, line, 52, margin, nameY + 100 + index * 66))
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${colors.primary}"/>` +
    `<rect x="${margin}" y="${nameY - nameSize - 40}" width="120" height="12" fill="${colors.primaryInk}"/>` +
    `<path fill="${colors.primaryInk}" d="${textToPath(bold, SITE_NAME, nameSize, margin, nameY)}"/>` +
    `<path fill="${colors.primaryInk}" fill-opacity="0.92" d="${tagline}"/></svg>`
  );
}

export async function getSocialImagePng(): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(getSocialImageSvg())).png({ compressionLevel: 9 }).toBuffer();
  const bytes = new Uint8Array(png.length);
  bytes.set(png);
  return bytes;
}
