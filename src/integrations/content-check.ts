/**
 * Runs the editors' content checker (`npm run check`) before Astro loads any content, so the
 * build fails on the same problems with the same French messages, all of them at once, and
 * untrusted front matter (alias bombs, huge or non-UTF-8 files) never reaches Astro's parser.
 * What it validated is then handed to the sitemap (getCheckedContent()) and to the offers
 * loader (src/lib/content-check/checked-offers.ts), which need not read it all again.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { startBodyPrerender, type BodyPrerender } from '../lib/body-prerender.ts';
import { getBuildSlots } from '../lib/build-bridge.ts';
import { shareCheckedOffers, type CheckedOffer } from '../lib/content-check/checked-offers.ts';
import {
  ContentCheckError,
  assertContentValid,
  formatReport,
  type ContentCheck,
} from '../lib/content-check/index.ts';
import { getContentDir } from '../lib/content-dir.ts';

/**
 * What this build checked, kept so that later steps need not read and parse every file again;
 * without offer bodies (tens of MB at scale; the pages render them from the files).
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
  let prerender: BodyPrerender | undefined;
  return {
    name: 'offres:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        try {
          const contentDir = getContentDir();
          const content = await assertContentValid(contentDir, { bodies: false });
          // In dev, files change under a running server: only a build reuses its check.
          if (command === 'build') {
            checked = { contentDir, content };
            // The offers loader, next, takes the data of every file it finds unchanged.
            const reusable = new Map<string, CheckedOffer>();
            for (const { slug, data, plainDigest } of content.offers)
              if (plainDigest !== undefined) reusable.set(slug, { digest: plainDigest, data });
            shareCheckedOffers(path.join(contentDir, 'offers'), reusable);
            // The other core renders the offer bodies while this one loads content and bundles
            // the pages; the catalog takes them (src/lib/body-prerender.ts).
            prerender = startBodyPrerender(
              content.offers.filter((o) => !o.data.draft).map((o) => path.resolve(o.file)),
            );
            if (prerender) getBuildSlots().bodies = prerender;
          }
          const { offers, organisations } = content;
          const ms = Math.round(performance.now() - started);
          logger.info(
            `${offers.length} offres et ${organisations.length} organisations vérifiées en ${ms} ms`,
          );
        } catch (error) {
          // In dev, keep the server up and show the report; a build must stop.
          if (command === 'dev' && error instanceof ContentCheckError) {
            logger.error(formatReport(error.problems));
            return;
          }
          throw error;
        }
      },
      'astro:build:done': async () => {
        delete getBuildSlots().bodies;
        await prerender?.stop();
      },
    },
  };
}
