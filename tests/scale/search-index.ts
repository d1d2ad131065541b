// Reads the built Pagefind index through Pagefind's own browser API (the way /recherche/ does),
// in Chromium on the served site: which pages it holds, and what a word search returns.
import { launchBrowser } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { SEARCH_BUNDLE_PATH, STATUS_FILTER } from '../../src/lib/search.ts';

export interface IndexReader {
  /** URL paths of every indexed page (all statuses). */
  allUrls: () => Promise<string[]>;
  /** URL paths of the results for a query. */
  search: (term: string) => Promise<string[]>;
  close: () => Promise<void>;
}

interface PagefindApi {
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

export async function openIndex(distDir: string, hostPath = '/recherche/'): Promise<IndexReader> {
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${server.url}${hostPath}`);
  const run = (term: string | null) =>
    page.evaluate(
      async ({ bundle, term, status }) => {
        const pagefind = (await import(`${bundle}pagefind.js`)) as PagefindApi;
        await pagefind.init();
        // A null term with a filter lists every page that has the filter: every offer has a status.
        const found = await pagefind.search(
          term,
          term === null ? { filters: { [status.key]: { any: [status.open, status.closed] } } } : {},
        );
        const data = await Promise.all(found.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.href).pathname);
      },
      { bundle: SEARCH_BUNDLE_PATH, term, status: STATUS_FILTER },
    );
  return {
    allUrls: () => run(null),
    search: (term) => run(term),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
