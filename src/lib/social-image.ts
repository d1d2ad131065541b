/**
 * An open offer's social image (1200×630 PNG, `og:image`): title, organisation, place, deadline,
 * site name, in the configuration's font and colour. One SVG whose texts are glyph outlines laid
 * out by fontkit (src/lib/brand/text-path.ts, as for the site's image), rendered by sharp: no
 * markup is made of the texts, and the image never depends on the fonts installed on the build
 * machine. Long titles are wrapped, shrunk, then cut.
 */
import sharp from 'sharp';
import type { OfferView } from './catalog.ts';
import { measureText, textToPath, wrapText } from './brand/text-path.ts';
import { parseFontFile } from './font-file.ts';
import { formatDate } from './format.ts';
import { formatPlace, getZoneName } from './offer-facts.ts';
import { CONFIG, SITE_NAME } from './site.ts';
import { offerText } from './ui-text-offers.ts';

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Everything the image shows: the endpoint's props, so its cache key follows them. */
export interface SocialImageContent {
  title: string;
  organisation: string;
  place: string;
  /** « Candidature avant le 15 mars 2026 inclus ». */
  status: string;
  siteName: string;
}

/** An open offer's image (closed offers share the site's: src/pages/offres/[slug]/image.png.ts). */
export function getSocialImageContent(offer: OfferView): SocialImageContent {
  return {
    title: offer.data.title,
    organisation: offer.organisation.data.name,
    place: formatPlace(offer),
    status: offerText.socialDeadline(formatDate(offer.lastOpenDay), getZoneName(offer)),
    siteName: SITE_NAME,
  };
}

const INK = '#1b1f24';
const MUTED = '#4a5560';
const MARGIN = 80;
const TEXT_WIDTH = SOCIAL_IMAGE_SIZE.width - 2 * MARGIN;
const TITLE_MAX_CHARS = 120;
const TITLE_BOX = { top: 130, height: 250 };
const LINE_HEIGHT = 1.2;

/** Cuts a text at a word before `max` characters, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface TextOptions {
  text: string;
  /** Largest size in pixels; a single line shrinks until it fits the width. */
  size: number;
  colour: string;
  /** Top of the text's box. */
  top: number;
  semibold?: boolean;
}

function fontOf(semibold: boolean) {
  return parseFontFile(semibold ? CONFIG.font.semibold : CONFIG.font.regular);
}

/** Baseline of a line whose box starts at `top`. */
function baseline(font: ReturnType<typeof parseFontFile>, size: number, top: number): number {
  return top + (font.ascent / font.unitsPerEm) * size;
}

/** One line of text as an SVG path, shrunk to the width if it is wider. */
function line({ text, size, colour, top, semibold = false }: TextOptions): string {
  const font = fontOf(semibold);
  const fitted = Math.min(size, (size * TEXT_WIDTH) / Math.max(1, measureText(font, text, size)));
  const d = textToPath(font, text, fitted, MARGIN, baseline(font, fitted, top));
  return `<path fill="${colour}" d="${d}"/>`;
}

/** The title at the largest size whose lines fit its box; cut with « … » at the smallest. */
function title(text: string): string {
  const font = fontOf(true);
  const sizes = [64, 56, 48];
  for (const [index, size] of sizes.entries()) {
    const step = size * LINE_HEIGHT;
    const room = Math.floor(TITLE_BOX.height / step);
    const all = wrapText(font, shorten(text, TITLE_MAX_CHARS), size, TEXT_WIDTH, Infinity);
    if (all.length > room && index < sizes.length - 1) continue;
    const lines = wrapText(font, shorten(text, TITLE_MAX_CHARS), size, TEXT_WIDTH, room);
    const d = lines
      .map((row, k) =>
        textToPath(font, row, size, MARGIN, baseline(font, size, TITLE_BOX.top + k * step)),
      )
      .join('');
    return `<path fill="${CONFIG.colors.primary}" d="${d}"/>`;
  }
  return '';
}

/**
 * The image as SVG: the texts are paths of the configured font, in the configured colour, so it
 * looks the same on every build machine.
 */
export function getSocialImageSvgOf(content: SocialImageContent): string {
  const { width, height } = SOCIAL_IMAGE_SIZE;
  const brand = CONFIG.colors.primary;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="24" fill="${brand}"/>`,
    `<rect y="${height - 110}" width="${width}" height="110" fill="#f3f5f7"/>`,
    line({ text: content.siteName, size: 36, colour: brand, top: 56, semibold: true }),
    title(content.title),
    line({
      text: shorten(content.organisation, 48),
      size: 40,
      colour: INK,
      top: 400,
      semibold: true,
    }),
    line({ text: shorten(content.place, 60), size: 34, colour: MUTED, top: 455 }),
    line({ text: content.status, size: 36, colour: INK, top: height - 78, semibold: true }),
    '</svg>',
  ].join('');
}

export async function renderSocialImage(
  content: SocialImageContent,
): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(getSocialImageSvgOf(content)))
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

/** Where an offer's social image is written (src/pages/offres/[slug]/image.png.ts). */
export function getOfferImagePath(slug: string): string {
  return `/offres/${slug}/image.png`;
}
