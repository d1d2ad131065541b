import type { APIRoute } from 'astro';
import { getSocialImagePng } from '../lib/brand/images.ts';

/** The social-sharing image (og:image), drawn from the configuration. */
export const GET: APIRoute = async () =>
  new Response(await getSocialImagePng(), { headers: { 'Content-Type': 'image/png' } });
