// A visitor's session on a built site: static server on loopback + Chromium + one page that
// records console errors. The setup every browser test file shares.
//
//   let s: SiteSession;
//   before(async () => { s = await openSite(); });
//   after(() => s?.close());
import type { Browser, Page } from 'playwright-core';
import { collectConsoleErrors, launchBrowser } from './browser.ts';
import { getFixture } from './fixtures.ts';
import { startServer, type StaticServer } from './server.ts';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
  page: Page;
  /** Live list of console errors of `page`. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openSite(
  options: { fixture?: string; viewport?: { width: number; height: number } } = {},
): Promise<SiteSession> {
  const site = await getFixture(options.fixture);
  const server = await startServer(site.distDir);
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'fr-FR',
  });
  return {
    server,
    browser,
    page,
    errors: collectConsoleErrors(page),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
