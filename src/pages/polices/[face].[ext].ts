import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { WEB_FACES, getFontExtension, type WebFace } from '../../lib/brand/style.ts';
import { CONFIG } from '../../lib/site.ts';

/** The configured font's files, for the pages' @font-face rules (none when `font.pages` is off). */
export const getStaticPaths = (() =>
  CONFIG.font.pages
    ? WEB_FACES.map(({ face }) => ({ params: { face, ext: getFontExtension(face) } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const face = params['face'] as WebFace;
  const type = getFontExtension(face) === 'otf' ? 'font/otf' : 'font/ttf';
  return new Response(new Uint8Array(fs.readFileSync(CONFIG.font[face])), {
    headers: { 'Content-Type': type },
  });
};
