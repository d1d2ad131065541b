import type { APIRoute } from 'astro';
import { requireSite } from '../lib/seo.ts';
import { paths } from '../lib/site.ts';

/** Everything may be crawled; the sitemap lists every page with its last change. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${new URL(paths.sitemapIndex(), requireSite(site)).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
