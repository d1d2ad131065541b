import type { APIRoute } from 'astro';
import { getFaviconSvg } from '../lib/brand/images.ts';

/** The favicon, in the configured colours. */
export const GET: APIRoute = () =>
  new Response(getFaviconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
