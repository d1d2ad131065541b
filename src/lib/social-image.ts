/**
 * An open offer's social image (1200×630 PNG, `og:image`): title, organisation, place, deadline,
 * site name. The frame is an SVG template (shapes only); each text is laid
 * out by sharp's text input (Pango) with the sheet's Source Sans 3 files, so the image never
 * depends on the fonts installed on the build machine. Texts are XML-escaped (Pango markup),
 * long titles wrapped, shrunk, then cut.
 */
import sharp from 'sharp';
import type { OfferView } from './catalog.ts';
import { escapeMarkup, formatDate } from './format.ts';
import { formatPlace, getZoneName } from './offer-facts.ts';
import { getDefaultSheetFonts } from './pdf/fonts.ts';
import { SITE_NAME } from './site.ts';
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

const BRAND = '#12395b';
const INK = '#1b1f24';
const MUTED = '#4a5560';
const MARGIN = 80;
const TEXT_WIDTH = SOCIAL_IMAGE_SIZE.width - 2 * MARGIN;
const TITLE_MAX_CHARS = 120;
const TITLE_BOX = { top: 130, height: 250 };

/** Cuts a text at a word before `max` characters, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface TextOptions {
  text: string;
  size: number;
  colour: string;
  semibold?: boolean;
}

async function renderText({ text, size, colour, semibold = false }: TextOptions) {
  const fonts = getDefaultSheetFonts();
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `Source Sans 3 ${semibold ? 'SemiBold ' : ''}${size}`,
      fontfile: semibold ? fonts.semibold : fonts.regular,
      width: TEXT_WIDTH,
      wrap: 'word',
      dpi: 72,
      rgba: true,
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: 4 as const } };
}

type Layer = Awaited<ReturnType<typeof renderText>>;

/** The title at the largest size that fits its box; cut to the box at the smallest. */
async function renderTitle(title: string): Promise<Layer> {
  const text = shorten(title, TITLE_MAX_CHARS);
  let layer = await renderText({ text, size: 64, colour: BRAND, semibold: true });
  for (const size of [56, 48]) {
    if (layer.raw.height <= TITLE_BOX.height) break;
    layer = await renderText({ text, size, colour: BRAND, semibold: true });
  }
  if (layer.raw.height <= TITLE_BOX.height) return layer;
  // Rows are stored one after the other: the first rows are the top of the text.
  const { width } = layer.raw;
  return {
    input: layer.input.subarray(0, width * 4 * TITLE_BOX.height),
    raw: { ...layer.raw, height: TITLE_BOX.height },
  };
}

function frameSvg(): string {
  const { width, height } = SOCIAL_IMAGE_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="${width}" height="${height}" fill="#ffffff"/>
<rect width="${width}" height="24" fill="${BRAND}"/>
<rect y="${height - 110}" width="${width}" height="110" fill="#f3f5f7"/>
</svg>`;
}

export async function renderSocialImage(
  content: SocialImageContent,
): Promise<Uint8Array<ArrayBuffer>> {
  const [site, title, organisation, place, status] = await Promise.all([
    renderText({ text: content.siteName, size: 36, colour: BRAND, semibold: true }),
    renderTitle(content.title),
    renderText({ text: shorten(content.organisation, 48), size: 40, colour: INK, semibold: true }),
    renderText({ text: shorten(content.place, 60), size: 34, colour: MUTED }),
    renderText({
      text: content.status,
      size: 36,
      colour: INK,
      semibold: true,
    }),
  ]);
  const png = await sharp(Buffer.from(frameSvg()))
    .composite([
      { ...site, left: MARGIN, top: 56 },
      { ...title, left: MARGIN, top: TITLE_BOX.top },
      { ...organisation, left: MARGIN, top: 400 },
      { ...place, left: MARGIN, top: 455 },
      { ...status, left: MARGIN, top: SOCIAL_IMAGE_SIZE.height - 78 },
    ])
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

/** Where an offer's social image is written (src/pages/offres/[slug]/image.png.ts). */
export function getOfferImagePath(slug: string): string {
  return `/offres/${slug}/image.png`;
}
