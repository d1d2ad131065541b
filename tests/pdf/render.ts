/** Sheets drawn straight by the renderer (no cache), and what poppler and qpdf read from them. */
import { execFileSync } from 'node:child_process';
import { getOfferSheet, type OfferSheet } from '../../src/lib/pdf/offer-sheet.ts';
import { renderSheet, type RenderOptions } from '../../src/lib/pdf/render-sheet.ts';
import { makeOffer, NOW, pdftotext, SITE, withTempPdf } from './helpers.ts';

export function sheetOf(slug: string, html: string, title = 'Chargé·e de mission'): OfferSheet {
  return getOfferSheet(makeOffer(slug, { title }, html), { site: SITE, now: NOW });
}

export interface Read {
  /** pdftotext -layout. */
  text: string;
  /** pdfinfo -struct-text: the structure tree with its text. */
  tree: string;
  /** pdffonts, one line a font. */
  fonts: string[];
  /** The file rewritten by qpdf --qdf: every object and stream uncompressed. */
  qdf: string;
}

/** Draws the HTML as an offer body and reads the PDF back. */
export async function readSheet(
  html: string,
  options: RenderOptions & { slug?: string; title?: string } = {},
): Promise<Read & { bytes: Uint8Array }> {
  const bytes = await renderSheet(
    sheetOf(options.slug ?? '2025-01-test', html, options.title),
    options,
  );
  return { bytes, ...readPdf(bytes) };
}

export function readPdf(bytes: Uint8Array): Read {
  return withTempPdf(bytes, (file) => ({
    text: pdftotext(file),
    tree: execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean),
    qdf: execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-']).toString('latin1'),
  }));
}

/**
 * The structure of the offer's body, from pdfinfo -struct-text: one line an element or a text,
 * indented by depth, without the annotations' object numbers.
 */
export function bodyOutline(tree: string): string[] {
  const lines = tree.slice(tree.indexOf('"Description du poste"')).split('\n').slice(1);
  // The body ends with its section (Document > Sect > body elements).
  const end = lines.findIndex((line) => !line.startsWith('    '));
  return lines
    .slice(0, end)
    .filter((line) => !/^\s*Object \d+ 0$/.test(line))
    .map((line) => line.slice(4).replace(/ \((block|inline)\)/, ''));
}
