/**
 * The raw offer as received: plain text, markdown, or an old site's export with its own
 * frontmatter (title, author, date, lastmod). The old frontmatter is read as data only, with
 * the same safe parser as `check`; the body keeps the whole text, minus images whose file
 * does not exist here (they would be broken images on the site).
 */
import { parseFrontmatter } from '../content-check/frontmatter.ts';

export interface RawOffer {
  body: string;
  exportTitle?: string;
  exportAuthor?: string;
  exportDate?: string;
  exportUpdated?: string;
  droppedImages: string[];
}

/** `imageExists` says whether a local image of the text exists (none is kept without it). */
export function readRawOffer(
  text: string,
  file: string,
  imageExists: (target: string) => boolean = () => false,
): RawOffer {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = /^\s*---[ \t]*\n/.test(normalised) ? parseFrontmatter(normalised, file) : undefined;
  const raw: RawOffer = { body: normalised, droppedImages: [] };
  if (fm?.ok) {
    const data = fm.frontmatter.data;
    raw.body = fm.frontmatter.body;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const day = (v: unknown) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : str(v)?.slice(0, 10);
    assign(raw, 'exportTitle', str(data['title']));
    assign(raw, 'exportAuthor', str(data['author']));
    assign(raw, 'exportDate', day(data['date']));
    assign(raw, 'exportUpdated', day(data['lastmod']));
  }
  raw.body = dropMissingImages(raw.body, imageExists, raw.droppedImages)
    .replace(/^\s*\n/, '')
    .trimEnd();
  return raw;
}

function dropMissingImages(
  body: string,
  imageExists: (target: string) => boolean,
  dropped: string[],
): string {
  return body.replace(
    /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)[ \t]*/g,
    (image, target: string) => {
      if (/^(?:https?:)?\/\//i.test(target)) return image;
      if (imageExists(target)) return image;
      dropped.push(target);
      return '';
    },
  );
}

function assign<K extends keyof RawOffer>(
  raw: RawOffer,
  key: K,
  value: RawOffer[K] | undefined,
): void {
  if (value !== undefined) raw[key] = value;
}
