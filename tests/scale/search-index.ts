// Reads the built Pagefind index through Pagefind's own browser API (the way /recherche/ does),
// in Chromium on the served site: which pages it holds, and what a word search returns.
import { launchBrowser } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import fs from 'node:fs';
import path from 'node:path';
import { STATUS_FILTER } from '../../src/lib/search.ts';
import { OPEN_BUNDLE_DIR, getBundleUrl } from '../../src/lib/search-shards.ts';

/** `open`: the open offers' bundle; `all`: it and every archive bundle, merged as /recherche/ does. */
export type SearchMode = 'open' | 'all';

export interface IndexReader {
  /** URL paths of every page of one bundle alone (`pagefind` or `pagefind/archives-<year>`). */
  bundleUrls: (dir: string) => Promise<string[]>;
  /** URL paths of every page in a bundle (`all` offers or the `open` ones). */
  allUrls: (bundle: SearchMode) => Promise<string[]>;
  /** URL paths of the results for a query in a bundle. */
  search: (term: string, bundle: SearchMode) => Promise<string[]>;
  close: () => Promise<void>;
}

interface PagefindInstance {
  mergeIndex: (basePath: string) => Promise<void>;
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
  const open = getBundleUrl(OPEN_BUNDLE_DIR);
  const archives = fs
    .readdirSync(path.join(distDir, OPEN_BUNDLE_DIR))
    .filter((name) => name.startsWith('archives-'))
    .sort()
    .reverse()
    .map((name) => getBundleUrl(`${OPEN_BUNDLE_DIR}/${name}`));
  // Pagefind cannot load a bundle of no page: with no open offer, the newest archive leads.
  const entry = JSON.parse(
    fs.readFileSync(path.join(distDir, OPEN_BUNDLE_DIR, 'pagefind-entry.json'), 'utf8'),
  ) as { languages: Record<string, { page_count: number }> };
  const hasOpen = Object.values(entry.languages).some((language) => language.page_count > 0);
  const run = (term: string | null, bundle: SearchMode) =>
    page.evaluate(
      async ({ script, bases, term, status }) => {
        const module = (await import(script)) as {
          createInstance: (options: { basePath: string }) => PagefindInstance;
        };
        const [primary = '', ...merged] = bases;
        const pagefind = module.createInstance({ basePath: primary });
        for (const base of merged) await pagefind.mergeIndex(base);
        // A null term with a filter lists every page that has the filter: every offer has a status.
        const found = await pagefind.search(
          term,
          term === null ? { filters: { [status.key]: { any: [status.open, status.closed] } } } : {},
        );
        const data = await Promise.all(found.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.href).pathname);
      },
      {
        script: `${open}pagefind.js`,
        bases: bundle === 'open' ? [open] : [...(hasOpen ? [open] : []), ...archives],
        term,
        status: STATUS_FILTER,
      },
    );
  const bundleUrls = async (dir: string): Promise<string[]> => {
    await page.reload();
    return page.evaluate(
      async ({ script, base, status }) => {
        const module = (await import(script)) as {
          createInstance: (options: { basePath: string }) => PagefindInstance;
        };
        const found = await module
          .createInstance({ basePath: base })
          .search(null, { filters: { [status.key]: { any: [status.open, status.closed] } } });
        const data = await Promise.all(found.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.href).pathname);
      },
      { script: `${open}pagefind.js`, base: getBundleUrl(dir), status: STATUS_FILTER },
    );
  };
  return {
    bundleUrls,
    allUrls: (bundle) => run(null, bundle),
    search: (term, bundle) => run(term, bundle),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
