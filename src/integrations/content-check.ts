/**
 * Runs the editors' content checker (`npm run check`) before Astro loads any content, so the
 * build fails on the same problems with the same French messages, all of them at once, and
 * untrusted front matter (alias bombs, huge or non-UTF-8 files) never reaches Astro's parser.
 */
import type { AstroIntegration } from 'astro';
import { ContentCheckError, assertContentValid, formatReport } from '../lib/content-check/index.ts';
import { getContentDir } from '../lib/content-dir.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'offres:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        try {
          const { offers, organisations } = await assertContentValid(getContentDir());
          const ms = Math.round(performance.now() - started);
          logger.info(`${offers.length} offres et ${organisations.length} organisations vérifiées en ${ms} ms`);
        } catch (error) {
          // In dev, keep the server up and show the report; a build must stop.
          if (command === 'dev' && error instanceof ContentCheckError) {
            logger.error(formatReport(error.problems));
            return;
          }
          throw error;
        }
      },
    },
  };
}
