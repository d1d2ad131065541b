// Reads the built Pagefind index through Pagefind's own browser API (the way /recherche/ does),
// in Chromium on the served site: which pages it holds, and what a word search returns.
import { launchBrowser } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { getBundlePath, STATUS_FILTER, type SearchMode } from '../../src/lib/search.ts';

export interface IndexReader {
  /** URL paths of every page in a bundle (`all` offers or the `open` ones). */
  allUrls: (bundle: SearchMode) => Promise<string[]>;
  /** URL paths of the results for a query in a bundle. */
  search: (term: string, bundle: SearchMode) => Promise<string[]>;
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
  const run = (term: string | null, bundle: SearchMode) =>
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
      { bundle: getBundlePath(bundle), term, status: STATUS_FILTER },
    );
  return {
    allUrls: (bundle) => run(null, bundle),
    search: (term, bundle) => run(term, bundle),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
