/**
 * The files an offer page links to for download, in a build: its PDF sheet and, for open
 * offers with a deadline, its calendar file. The page code writes both straight into the output
 * dir when Astro asks for their routes (src/pages/offres/[slug]/fiche.pdf.ts and
 * date-limite.ics.ts): worker threads draw the sheets while the main thread renders the pages.
 * Here the build waits for the last sheet, and any file that could not be made fails the build.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { clearBuildSlots, getBuildSlots } from '../lib/build-bridge.ts';
import { isPdfEnabled } from '../lib/pdf/options.ts';

/** Fails the build when one of `files` is not there; `missing` starts the message. */
function checkWritten(files: readonly string[], missing: string): void {
  const absent = files.filter((file) => !fs.existsSync(file));
  if (absent.length > 0) throw new Error(`${missing} : ${absent.slice(0, 5).join(', ')}`);
}

async function waitForSheets(logger: AstroIntegrationLogger): Promise<void> {
  const slot = getBuildSlots().pdf;
  delete getBuildSlots().pdf;
  // Without a slot's writes, the sheets went through the endpoint: nothing to wait for.
  if (!isPdfEnabled() || !slot?.writes) return;
  const started = performance.now();
  const stats = await slot.writes;
  checkWritten(stats.files, 'fiches PDF manquantes');
  const waited = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `${stats.files.length} fiches PDF : ${stats.drawn} dessinées, ${stats.cached} reprises du cache (attente ${waited} s)`,
  );
}

export default function pdfIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'offres:pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        getBuildSlots().calendars = { outDir };
        if (isPdfEnabled()) getBuildSlots().pdf = { outDir };
      },
      'astro:build:done': async ({ logger }) => {
        const calendars = getBuildSlots().calendars;
        delete getBuildSlots().calendars;
        if (calendars?.files) {
          checkWritten(calendars.files, 'fichiers de calendrier manquants');
          logger.info(`${calendars.files.length} fichiers de calendrier (date limite)`);
        }
        await waitForSheets(logger);
        if (Object.keys(getBuildSlots()).length === 0) clearBuildSlots();
      },
    },
  };
}
