// What a visitor downloads, counted at the server (compressed bodies, every request including
// Pagefind's worker): a page's weight by kind, and the bytes of a first search on /recherche/.
// Each visit starts from a fresh browser context (empty cache), in Debian's Chromium.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import {
  INPUTS,
  RESULTS,
  archivesFetched,
  countInSummary,
  showClosedOffers,
  summaryFor,
} from './search-page.ts';
import type { BenchServer, ServedFile } from './serve.ts';

export type Kind = 'html' | 'css' | 'js' | 'search index' | 'other';
export type Weight = Record<Kind, number> & { total: number; requests: number };

export interface SearchCost {
  term: string;
  /** Searched with « Inclure les offres clôturées » ticked; absent in older results (open only). */
  includeClosed?: boolean;
  /** Results Pagefind reported for the term. */
  results: number | undefined;
  /** Everything from opening /recherche/ to results shown, by kind. */
  weight: Weight;
  /** `weight.total` minus the page's own HTML and the site's stylesheets: what search costs. */
  searchBytes: number;
  /** Archive bundles (`/pagefind/archives-<year>/`) it fetched from; absent in older results. */
  archives?: number;
}

const QUIET_MS = 800;
function kindOf(file: ServedFile): Kind {
  const p = file.path.split('?')[0] ?? '';
  if (p.startsWith('/pagefind/') && !/\.(js|css)$/.test(p)) return 'search index';
  if (file.type.startsWith('text/html')) return 'html';
  if (file.type.startsWith('text/css')) return 'css';
  if (file.type.includes('javascript')) return 'js';
  return 'other';
}

export function weigh(files: readonly ServedFile[]): Weight {
  const weight: Weight = {
    html: 0,
    css: 0,
    js: 0,
    'search index': 0,
    other: 0,
    total: 0,
    requests: files.length,
  };
  for (const file of files) {
    weight[kindOf(file)] += file.bytes;
    weight.total += file.bytes;
  }
  return weight;
}

/** Resolves once the server has served nothing new for QUIET_MS. */
async function serverQuiet(server: BenchServer, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    if (server.served.length !== count) {
      count = server.served.length;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function firstVisible(
  page: Page,
  selectors: readonly string[],
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const selector of selectors) {
      if (
        await page
          .locator(selector)
          .first()
          .isVisible()
          .catch(() => false)
      )
        return selector;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`None of these appeared within ${timeoutMs} ms: ${selectors.join(' | ')}`);
}

export class Visitor {
  private readonly browser: Browser;
  private readonly server: BenchServer;

  private constructor(browser: Browser, server: BenchServer) {
    this.browser = browser;
    this.server = server;
  }

  static async open(server: BenchServer): Promise<Visitor> {
    return new Visitor(await launchBrowser(), server);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async visit<T>(
    path: string,
    then: (page: Page) => Promise<T>,
  ): Promise<{ files: ServedFile[]; value: T }> {
    const context = await this.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const start = this.server.served.length;
    try {
      await page.goto(`${this.server.url}${path}`, { waitUntil: 'load' });
      await serverQuiet(this.server);
      const value = await then(page);
      return { files: this.server.served.slice(start), value };
    } finally {
      await context.close();
    }
  }

  /** Compressed weight of a page as loaded (no interaction), by kind. */
  async weighPage(path: string): Promise<Weight> {
    return weigh((await this.visit(path, () => Promise.resolve())).files);
  }

  /** The first link to an offer on a page (to pick the offer page to weigh). */
  async firstOfferLink(path: string): Promise<string> {
    // An offer's own page: `/offres/<slug>/`, not a page of the list (`/offres/`, `/offres/2/`).
    const { value } = await this.visit(path, (page) =>
      page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/offres/"]')]
            .map((a) => a.getAttribute('href') ?? '')
            .find((href) => /^\/offres\/[^/]*[a-z][^/]*\/$/.test(href)) ?? null,
      ),
    );
    if (value === null) throw new Error(`No offer link on ${path}`);
    return value;
  }

  /**
   * Opens the search page, types `term` as one input, waits for results and a quiet network.
   * With `includeClosed`, the visitor first ticks « Inclure les offres clôturées » (which loads
   * the archive bundles and lists every offer), then types: the wait is for the summary of that
   * term's search, which the page writes once every bundle's part has answered.
   */
  async firstSearch(searchPath: string, term: string, includeClosed = false): Promise<SearchCost> {
    const { files, value } = await this.visit(searchPath, async (page) => {
      const input = await firstVisible(page, INPUTS, 15_000);
      if (includeClosed) {
        await showClosedOffers(page);
        await serverQuiet(this.server);
      }
      await page.locator(input).first().fill(term);
      if (includeClosed) await summaryFor(page, term);
      else await firstVisible(page, RESULTS, 30_000);
      await serverQuiet(this.server);
      return page.evaluate(
        () =>
          document
            .querySelector('[data-search-part="summary"], pagefind-summary, .pagefind-ui__message')
            ?.textContent?.trim() ?? '',
      );
    });
    const weight = weigh(files);
    const pageOwn = files.filter(
      (f) =>
        (kindOf(f) === 'html' && !f.path.startsWith('/pagefind/')) ||
        (kindOf(f) === 'css' && f.path.startsWith('/_astro/')),
    );
    return {
      term,
      includeClosed,
      results: countInSummary(value),
      weight,
      searchBytes: weight.total - pageOwn.reduce((a, f) => a + f.bytes, 0),
      archives: archivesFetched(files),
    };
  }
}
