/**
 * Cache keys of pages for Astro's incremental build (`experimental.incrementalBuild`): a page
 * returned with a `cacheKey` by `getStaticPaths()` is copied from the previous build instead of
 * rendered again when its key and the code it is built from (Astro hashes the page's module
 * graph, the config and the lockfile) are unchanged.
 *
 * The key is a hash of the page's props — everything the page renders comes from them — of the
 * site's configuration (offres.config.ts, which Astro's code hash does not see) and of the build
 * switches that change what a page links to. Nothing is listed by hand, so a field added to the
 * catalog can never be forgotten. Props that change without changing the page would only cost a
 * render: the catalog keeps a closed offer's view the same from the day it closes
 * (src/lib/catalog.ts), so nightly builds reuse every archived page.
 */
import { createHash } from 'node:crypto';
import { isPdfEnabled } from './pdf/options.ts';
import { CONFIG_DIGEST } from '../config/digest.ts';

export function getPageKey(props: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ props, config: CONFIG_DIGEST, pdf: isPdfEnabled() }))
    .digest('base64url');
}
