/**
 * `@astrojs/sitemap` with a `lastmod` per URL (src/lib/sitemap.ts). The content is read once,
 * when the build is done, through the same checker and data module as the pages. The official
 * integration only logs its errors; here a missing sitemap fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { buildCatalog } from '../lib/catalog.ts';
import { getCheckedContent } from './content-check.ts';
import { getBuildNow } from '../lib/lifecycle.ts';
import { paths } from '../lib/site.ts';
import { getLastmods, type Lastmods } from '../lib/sitemap.ts';

async function loadLastmods(): Promise<Lastmods> {
  // The content check at the start of the build already read and parsed every file.
  const { offers, organisations } = await getCheckedContent();
  const catalog = buildCatalog(
    offers.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    organisations.map((e) => ({ slug: e.slug, data: e.data, html: '' })),
    getBuildNow(),
  );
  return getLastmods(catalog);
}

export function sitemapWithLastmod(): AstroIntegration {
  let lastmods: Lastmods | undefined;
  const inner = sitemap({
    // Plain page URLs: no news, image, video or hreflang entries to declare.
    namespaces: { news: false, xhtml: false, image: false, video: false },
    serialize: (item) => {
      const lastmod = lastmods?.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  const innerDone = inner.hooks['astro:build:done'];
  return {
    name: 'offres:sitemap',
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        lastmods = await loadLastmods();
        const index = path.join(fileURLToPath(options.dir), paths.sitemapIndex());
        // A stale index from an earlier build must not pass for this one.
        fs.rmSync(index, { force: true });
        await innerDone?.(options);
        if (!fs.existsSync(index))
          throw new Error(`@astrojs/sitemap n'a pas écrit ${index} : voir les messages ci-dessus`);
      },
    },
  };
}
