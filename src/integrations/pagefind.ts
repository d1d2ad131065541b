/**
 * Builds the search index after `astro build` through Pagefind's Node API, so that
 * `npm run build` stays `astro build` and a broken index fails the build instead of shipping
 * a search that silently finds nothing. (The `astro-pagefind` integration only logs errors.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../lib/search.ts';

export interface PagefindOptions {
  /** Only offer pages carry `data-pagefind-body`; reading nothing else saves time at scale. */
  glob?: string;
  /** Bundle fragments into at most this many files (Pagefind's `maxFragments`). */
  maxFragments?: number;
}

const DEFAULT_GLOB = 'offres/*/index.html';

class PagefindError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind (${step}) : ${errors.join(' ; ')}`);
    this.name = 'PagefindError';
  }
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindError(step, errors);
}

/** Offer pages on disk: every one of them must end up in the index. */
function countPages(distDir: string, glob: string): number {
  return fs.globSync(glob, { cwd: distDir }).length;
}

export async function writeSearchIndex(
  distDir: string,
  options: PagefindOptions = {},
  logger?: AstroIntegrationLogger,
): Promise<{ pages: number }> {
  const glob = options.glob ?? DEFAULT_GLOB;
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({
      // Every page is French; no need to trust each page's lang for stemming.
      forceLanguage: 'fr',
      ...(options.maxFragments !== undefined ? { maxFragments: options.maxFragments } : {}),
    });
    check('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new PagefindError('createIndex', ['aucun index créé']);

    const added = await index.addDirectory({ path: distDir, glob });
    check('addDirectory', added.errors);
    const expected = countPages(distDir, glob);
    if (added.page_count !== expected) {
      throw new PagefindError('addDirectory', [
        `${added.page_count} pages indexées sur ${expected} pages d'offres ; chaque offre doit porter data-pagefind-body`,
      ]);
    }

    const written = await index.writeFiles({ outputPath: path.join(distDir, SEARCH_BUNDLE_DIR) });
    check('writeFiles', written.errors);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger?.info(`${added.page_count} offres indexées en ${seconds} s`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'offres:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Quick builds that don't need search (like OFFRES_SKIP_PDF for the PDFs).
        if (process.env['OFFRES_SKIP_SEARCH'] === '1') {
          logger.warn(
            'OFFRES_SKIP_SEARCH=1 : pas d’index de recherche, /recherche/ ne trouvera rien',
          );
          return;
        }
        await writeSearchIndex(fileURLToPath(dir), options, logger);
      },
    },
  };
}
