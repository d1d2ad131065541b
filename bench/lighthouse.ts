// Lighthouse (default config: mobile emulation, simulated slow 4G) on pages of the served
// site, in Debian's Chromium through chrome-launcher. Returns the four category scores × 100.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser.ts';

// Lighthouse and chrome-launcher are for the benchmark only: they live in bench/package.json,
// which `npm run bench` installs into bench/node_modules, so that installing the site (a
// deploy's `npm ci`) never downloads them. Imported by variable names, so that the type check
// of a clone without them still passes; the few fields read are typed here.
interface LighthouseReport {
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
}
type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: LighthouseReport } | undefined>;
interface ChromeLauncher {
  launch(options: {
    chromePath: string;
    chromeFlags: string[];
  }): Promise<{ port: number; kill(): void }>;
}
const LIGHTHOUSE: string = 'lighthouse';
const CHROME_LAUNCHER: string = 'chrome-launcher';

/** The benchmark's own packages, from bench/node_modules. */
export async function loadLighthouse(): Promise<{
  lighthouse: Lighthouse;
  chromeLauncher: ChromeLauncher;
}> {
  try {
    const lighthouse = ((await import(LIGHTHOUSE)) as { default: Lighthouse }).default;
    const chromeLauncher = (await import(CHROME_LAUNCHER)) as ChromeLauncher;
    return { lighthouse, chromeLauncher };
  } catch (error) {
    throw new Error(
      'Lighthouse is not installed: run `npm run bench` (it installs bench/package.json), or `npm install --prefix bench`.',
      { cause: error },
    );
  }
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number | undefined>;
  /** Audits that cost points (score < 1), as `id` strings, for the report. */
  failing: string[];
  /** Largest Contentful Paint and Total Blocking Time, ms (simulated mobile). */
  lcpMs: number | undefined;
  tbtMs: number | undefined;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs Lighthouse `runs` times per page (median score per category). */
export async function runLighthouse(
  baseUrl: string,
  paths: readonly string[],
  runs = 1,
): Promise<LighthouseResult[]> {
  const { lighthouse, chromeLauncher } = await loadLighthouse();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const perCategory = new Map<Category, number[]>();
      const failing = new Set<string>();
      const lcp: number[] = [];
      const tbt: number[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${baseUrl}${path}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        for (const category of CATEGORIES) {
          const score = lhr.categories[category]?.score;
          if (typeof score === 'number')
            perCategory.set(category, [
              ...(perCategory.get(category) ?? []),
              Math.round(score * 100),
            ]);
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1)
              failing.add(`${category}: ${ref.id}`);
          }
        }
        const lcpValue = lhr.audits['largest-contentful-paint']?.numericValue;
        const tbtValue = lhr.audits['total-blocking-time']?.numericValue;
        if (lcpValue !== undefined) lcp.push(lcpValue);
        if (tbtValue !== undefined) tbt.push(tbtValue);
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(perCategory.get(c) ?? [])]),
      ) as Record<Category, number | undefined>;
      results.push({
        path,
        scores,
        failing: [...failing].sort(),
        lcpMs: median(lcp),
        tbtMs: median(tbt),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
