/**
 * The publishing page's data, built with the site and loaded by that page only: the official
 * communes (compact rows, src/lib/geo-data/compact.ts) and the existing organisations (slug and
 * name). Neither exists when the configuration switches publishing off.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentDir } from '../../lib/content-dir.ts';
import { compactGeoTables } from '../../lib/geo-data/compact.ts';
import { loadGeoTables } from '../../lib/geo-data/node.ts';
import { listOrganisations } from '../../lib/import/node-adapter.ts';
import { FEATURES } from '../../lib/site.ts';

export const getStaticPaths = (() =>
  FEATURES.publishing
    ? [{ params: { data: 'communes' } }, { params: { data: 'organisations' } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body =
    params.data === 'communes'
      ? compactGeoTables(loadGeoTables())
      : await listOrganisations(getContentDir());
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
