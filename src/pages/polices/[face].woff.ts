import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { WEB_FACES, type WebFace } from '../../lib/brand/style.ts';
import { toWoff } from '../../lib/brand/woff.ts';
import { CONFIG } from '../../lib/site.ts';

/** The configured font's faces as WOFF, for the pages' @font-face rules (none when `font.pages` is off). */
export const getStaticPaths = (() =>
  CONFIG.font.pages
    ? WEB_FACES.map(({ face }) => ({ params: { face } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toWoff(fs.readFileSync(CONFIG.font[params['face'] as WebFace])), {
    headers: { 'Content-Type': 'font/woff' },
  });
