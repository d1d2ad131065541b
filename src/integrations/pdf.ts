/**
 * The offers' PDF sheets in a build: the page code starts writing them straight into the
 * output dir when Astro asks for the sheet routes (src/pages/offres/[slug]/fiche.pdf.ts), so
 * worker threads draw them while the main thread renders the pages; here the build waits for
 * the last one, and any sheet that could not be made fails the build.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearBuildSlots, getBuildSlots } from '../lib/build-bridge.ts';
import { isPdfEnabled } from '../lib/pdf/options.ts';

export default function pdfIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'offres:pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (isPdfEnabled()) getBuildSlots().pdf = { outDir };
      },
      'astro:build:done': async ({ logger }) => {
        const slot = getBuildSlots().pdf;
        delete getBuildSlots().pdf;
        if (!isPdfEnabled()) return;
        if (!slot?.writes) {
          // The sheets went through the endpoint: nothing to wait for.
          return;
        }
        const started = performance.now();
        const stats = await slot.writes;
        const missing = stats.files.filter((file) => !fs.existsSync(file));
        if (missing.length > 0)
          throw new Error(`fiches PDF manquantes : ${missing.slice(0, 5).join(', ')}`);
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${stats.files.length} fiches PDF : ${stats.drawn} dessinées, ${stats.cached} reprises du cache (attente ${waited} s)`,
        );
        if (Object.keys(getBuildSlots()).length === 0) clearBuildSlots();
      },
    },
  };
}
