// How the benchmark's visitor finds its way on /recherche/: the search box, the results, the
// summary and its count, the « Inclure les offres clôturées » box, the archive bundles fetched.
// Other search UIs (Pagefind's own) are recognised too, to compare with them.
import type { Page } from 'playwright-core';
import type { ServedFile } from './serve.ts';

/**
 * Text boxes tried in order: the search page's own box (it loads Pagefind when used),
 * Pagefind's Component UI, its Default UI, any search box.
 */
export const INPUTS = [
  '#recherche-offres',
  'pagefind-input input',
  '.pagefind-ui__search-input',
  'input[type="search"]',
  'main input[type="text"]',
];
/** The search page's element, once a search has run and answered. */
const SETTLED = 'offres-search[data-state="ready"]:not([aria-busy])';
/** Result links tried in order. */
export const RESULTS = [
  // Shown once the search answered: before, the same list holds the page's first, static state.
  `${SETTLED} [data-search-part="results"] a[href*="/offres/"]`,
  'pagefind-results:not([hidden]) a[href*="/offres/"]',
  '.pagefind-ui__result-link',
  'main [role="list"] a[href*="/offres/"], main li a[href*="/offres/"]',
];
/** How many archive bundles files were fetched from. */
export function archivesFetched(files: readonly ServedFile[]): number {
  const dirs = files.map((f) => /^\/pagefind\/(archives-[^/?]+)\//.exec(f.path)?.[1]);
  return new Set(dirs.filter((dir) => dir !== undefined)).size;
}

/** The count a results summary gives: « 12 offres pour … », « Une offre … », « Aucune offre … ». */
export function countInSummary(text: string): number | undefined {
  if (/^Aucune\b/.test(text)) return 0;
  if (/^Une\b/.test(text)) return 1;
  const digits = /(\d[\d\s\u202f]*)/.exec(text)?.[1]?.replace(/\D/g, '');
  return digits ? Number(digits) : undefined;
}

/** Resolves once /recherche/ shows the summary of `term`'s search, every part answered. */
export async function summaryFor(page: Page, term: string): Promise<void> {
  await page.waitForFunction(
    ([settled, wanted]) => {
      const summary = document.querySelector(`${settled} [data-search-part="summary"]`);
      return summary?.textContent?.trim().endsWith(`pour « ${wanted} »`) === true;
    },
    [SETTLED, term] as const,
    { timeout: 60_000 },
  );
}

/** Ticks « Inclure les offres clôturées » and waits for the page to list every offer. */
export async function showClosedOffers(page: Page): Promise<void> {
  await page.locator('[data-search-part="closed"]').check();
  // The box's change starts a search at once (the element is busy until it answers).
  await page.waitForSelector(SETTLED, { state: 'attached', timeout: 60_000 });
}
