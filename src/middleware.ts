/**
 * During `astro build`, hands each offer page's HTML to the search indexer as soon as it is
 * rendered (src/integrations/pagefind.ts), so that Pagefind indexes on another core while
 * Astro renders the rest. The page itself is returned unchanged. Outside a build, or for any
 * other route, the middleware does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { getBuildSlots } from './lib/build-bridge.ts';

/** The offer page route (src/pages/offres/[slug]/index.astro). */
const OFFER_ROUTE = '/offres/[slug]';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const search = getBuildSlots().search;
  if (!search || context.routePattern !== OFFER_ROUTE || response.status !== 200) return response;
  const html = await response.text();
  search.addPage(context.url.pathname, html);
  return new Response(html, response);
});
