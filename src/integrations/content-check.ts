/**
 * Runs the editors' content checker (`npm run check`) before Astro loads any content, so the
 * build fails on the same problems with the same French messages, all of them at once, and
 * untrusted front matter (alias bombs, huge or non-UTF-8 files) never reaches Astro's parser.
 */
import type { AstroIntegration } from 'astro';
import {
  ContentCheckError,
  assertContentValid,
  formatReport,
  type ContentCheck,
} from '../lib/content-check/index.ts';
import { getContentDir } from '../lib/content-dir.ts';

/**
 * What this build checked, kept so that later steps need not read and parse every file again;
 * offer bodies are dropped (tens of MB at scale; the pages render them from the files).
 */
let checked: { contentDir: string; content: ContentCheck } | undefined;

/**
 * The checked content of `contentDir`: this build's check when there was one (a build's content
 * does not change while it runs; offer bodies are then empty), else a fresh check that throws
 * on any problem.
 */
export async function getCheckedContent(contentDir = getContentDir()): Promise<ContentCheck> {
  if (checked?.contentDir === contentDir) return checked.content;
  return assertContentValid(contentDir);
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'offres:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        try {
          const contentDir = getContentDir();
          const content = await assertContentValid(contentDir);
          // In dev, files change under a running server: only a build reuses its check.
          if (command === 'build') {
            const offers = content.offers.map((entry) => ({ ...entry, body: '' }));
            checked = { contentDir, content: { ...content, offers } };
          }
          const { offers, organisations } = content;
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
