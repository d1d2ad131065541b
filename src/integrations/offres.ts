/**
 * The build, as one pipeline. Where every file of `dist/` comes from:
 *
 *   content/ ──▶ check (src/lib/content-check/)   French problems, all at once; stops the build
 *      │
 *      ├──▶ pages: Astro renders src/pages/ from the data module (src/lib/offers.ts: the
 *      │    content collections → buildCatalog()), copying unchanged offer pages from its
 *      │    cache (experimental.incrementalBuild, keys: src/lib/page-keys.ts); feeds,
 *      │    `offres.json`, `robots.txt` and logos are endpoints over the same catalog.
 *      │
 *      └──▶ here, once the pages are written (astro:build:done), from the same checked
 *           content and the same pure buildCatalog() (made at astro:build:start, so that the
 *           PDF sheets missing from the cache are drawn on the worker pool meanwhile):
 *           • `offres/<slug>/fiche.pdf`        PDF sheets: worker pool + verified cache (src/lib/pdf/)
 *           • `offres/<slug>/date-limite.ics`  deadlines of open offers (src/lib/outputs/calendars.ts)
 *           • `pagefind/`, `pagefind/archives-<year>/`  search bundles (src/lib/outputs/search-index.ts)
 *           • `sitemap-index.xml`, `sitemap-0.xml`  @astrojs/sitemap, dated from the offers
 *
 * Astro writes into a staging folder that replaces the output folder only when all of this
 * succeeded (src/lib/outputs/staging-dir.ts): a failed or interrupted build leaves the
 * previous site intact. Under `npm run dev`, the PDF and calendar files are served by the
 * endpoints in src/routes/, which call the same drawing functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  ContentCheckError,
  assertContentValid,
  formatReport,
  type ContentCheck,
} from '../lib/content-check/index.ts';
import { getContentDir } from '../lib/content-dir.ts';
import { getBuildNow } from '../lib/lifecycle.ts';
import { getOutputsCacheDir } from '../lib/outputs/cache-dir.ts';
import { buildCatalogFromCheck } from '../lib/outputs/catalog.ts';
import { writeDeadlineCalendars } from '../lib/outputs/calendars.ts';
import { writeSearchIndexes } from '../lib/outputs/search-index.ts';
import { createStagingDir, type StagingDir } from '../lib/outputs/staging-dir.ts';
import { isPdfEnabled, writeOfferPdfs, type PdfWriteStats } from '../lib/pdf/index.ts';
import type { Catalog } from '../lib/catalog.ts';
import { FEATURES, paths } from '../lib/site.ts';
import { getLastmods, type Lastmods } from '../lib/sitemap.ts';

/** Search is on in the configuration; `OFFRES_SKIP_SEARCH=1` skips it in quick local builds. */
function isSearchEnabled(): boolean {
  return FEATURES.search && process.env['OFFRES_SKIP_SEARCH'] !== '1';
}

/** Runs one output step, logging what it made and how long it took. */
async function step<T>(
  logger: AstroIntegrationLogger,
  run: () => Promise<T>,
  describe: (result: T) => string,
): Promise<T> {
  const started = performance.now();
  const result = await run();
  logger.info(`${describe(result)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

export default function offres(): AstroIntegration {
  let content: ContentCheck | undefined;
  let lastmods: Lastmods | undefined;
  let catalog: Promise<Catalog> | undefined;
  let sheetsAhead: Promise<PdfWriteStats> | undefined;
  let staging: StagingDir | undefined;
  let site = '';
  const siteMap = sitemap({
    // Plain page URLs: no news, image, video or hreflang entries to declare.
    namespaces: { news: false, xhtml: false, image: false, video: false },
    // Embeddable lists are noindex pages for partners' frames, not for search engines.
    filter: (page) => !/\/integrer\/(organisations|regions)\//.test(page),
    serialize: (item) => {
      const lastmod = lastmods?.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });

  return {
    name: 'offres',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig, injectRoute }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        try {
          content = await assertContentValid(getContentDir());
          const ms = Math.round(performance.now() - started);
          logger.info(
            `${content.offers.length} offres et ${content.organisations.length} organisations vérifiées en ${ms} ms`,
          );
        } catch (error) {
          // In dev, keep the server up and show the report; a build must stop.
          if (command === 'dev' && error instanceof ContentCheckError) {
            logger.error(formatReport(error.problems));
            return;
          }
          throw error;
        }
        if (command === 'dev') {
          // A build writes these files from the catalog below; the dev server makes them on request.
          if (isPdfEnabled())
            injectRoute({
              pattern: '/offres/[slug]/fiche.pdf',
              entrypoint: new URL('../routes/fiche.pdf.ts', import.meta.url),
            });
          injectRoute({
            pattern: '/offres/[slug]/date-limite.ics',
            entrypoint: new URL('../routes/date-limite.ics.ts', import.meta.url),
          });
          return;
        }
        staging = createStagingDir(fileURLToPath(config.outDir));
        updateConfig({ outDir: pathToFileURL(`${staging.dir}/`) });
      },
      'astro:routes:resolved': (options) => siteMap.hooks['astro:routes:resolved']?.(options),
      'astro:config:done': async (options) => {
        site = options.config.site ?? '';
        await siteMap.hooks['astro:config:done']?.(options);
      },
      'astro:build:start': () => {
        if (!content) return;
        const now = getBuildNow();
        catalog = buildCatalogFromCheck(content, now);
        // The sheets missing from the cache are drawn on the worker pool while Astro bundles
        // and renders the pages on the main thread; astro:build:done copies them into the
        // output (a failure here is only reported there, when the sheet is drawn again).
        if (isPdfEnabled())
          sheetsAhead = catalog.then((c) => writeOfferPdfs(c.offers, { site, now }));
        sheetsAhead?.catch(() => undefined);
      },
      'astro:build:done': async (options) => {
        const { dir, logger } = options;
        if (!content || !staging || !catalog)
          throw new Error('offres : contenu non vérifié avant la construction');
        const outDir = fileURLToPath(dir);
        try {
          const now = getBuildNow();
          const { offers, open } = await catalog;
          lastmods = getLastmods(await catalog);
          const ahead = await sheetsAhead?.catch(() => undefined);
          await Promise.all([
            isPdfEnabled() &&
              step(
                logger,
                () => writeOfferPdfs(offers, { site, now, outDir }),
                (s) =>
                  `${offers.length} fiches PDF : ${(ahead?.drawn ?? 0) + s.drawn} dessinées, ${s.cached - (ahead?.drawn ?? 0)} reprises du cache`,
              ),
            step(
              logger,
              () => writeDeadlineCalendars(open, { site, now }, outDir),
              (count) => `${count} fichiers de calendrier (date limite)`,
            ),
            isSearchEnabled()
              ? step(
                  logger,
                  () => writeSearchIndexes(outDir, offers, getOutputsCacheDir()),
                  (s) =>
                    `${s.open + s.archived} offres indexées pour la recherche : ${s.open} ouvertes, ${s.archived} clôturées (archives : ${s.indexed} indexées, ${s.reused} reprises du cache)`,
                )
              : FEATURES.search &&
                logger.warn(
                  'OFFRES_SKIP_SEARCH=1 : pas d’index de recherche, /recherche/ ne trouvera rien',
                ),
          ]);
          await siteMap.hooks['astro:build:done']?.(options);
          const index = path.join(outDir, paths.sitemapIndex());
          if (!fs.existsSync(index))
            throw new Error(
              `@astrojs/sitemap n'a pas écrit ${index} : voir les messages ci-dessus`,
            );
        } catch (error) {
          staging.discard();
          throw error;
        }
        staging.publish();
        logger.info(`site publié dans ${path.relative(process.cwd(), staging.target) || '.'}`);
      },
    },
  };
}
