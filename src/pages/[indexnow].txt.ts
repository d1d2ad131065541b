import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndexNowKey } from '../lib/alerts/indexnow-key.ts';

/** `/<key>.txt` for IndexNow, only when OFFRES_INDEXNOW_KEY is set at build time. */
export const getStaticPaths = (() => {
  const key = getIndexNowKey();
  return key ? [{ params: { indexnow: key } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(params['indexnow'] ?? '', {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
