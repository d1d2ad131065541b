// Browser helpers on Debian's Chromium (Playwright cannot download its own browser here).
//
//   const browser = await launchBrowser();
//   const page = await browser.newPage();
//   const errors = collectConsoleErrors(page);
//   await page.goto(`${server.url}/offres/`);
//   assert.deepEqual(await runAxe(page), []);
//   await takeScreenshots(page, 'offres-index');
//   assert.deepEqual(errors, []);
//   await browser.close();
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Result, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './paths.ts';

export type AxeViolation = Result;

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium needs these in a container; Playwright adds a fresh user-data-dir. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The WCAG levels the portal promises (2.1 AA). */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Widths of takeScreenshots(): a small phone and a laptop. */
export const SCREENSHOT_WIDTHS: readonly number[] = [375, 1280];

/** Starts headless Chromium; close it with `browser.close()` (e.g. in an `after` hook). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
    chromiumSandbox: false,
  });
}

/**
 * Collects, from now on, what a visitor's console would show as errors: `console.error`,
 * uncaught exceptions, failed loads (404s, CSP blocks) and failed requests.
 * Returns a live array: assert on it after the page has done its work.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(url === '' ? message.text() : `${message.text()} (${url}:${lineNumber})`);
  });
  page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A navigation that replaced a load in progress is not an error.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`Request failed: ${request.url()} (${reason})`);
  });
  return errors;
}

let axeSource: string | undefined;

function readAxeSource(): string {
  const require = createRequire(import.meta.url);
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core on the page for WCAG 2.1 A/AA and returns the violations (empty = pass).
 * Injected through the DevTools protocol, so the page's CSP does not block it.
 */
export async function runAxe(
  page: Page,
  options: { context?: string; disableRules?: readonly string[] } = {},
): Promise<AxeViolation[]> {
  const alreadyThere = await page.evaluate(() => 'axe' in window);
  if (!alreadyThere) await page.evaluate(readAxeSource());
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    ([context, opts]) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(context, opts),
    [options.context ?? 'html', runOptions] as const,
  );
  return results.violations;
}

/** One line per violated rule and node, for an assertion message. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}`,
      ),
    )
    .join('\n');
}

/**
 * Full-page screenshots at each of SCREENSHOT_WIDTHS into `.cache/screenshots/<name>-<width>.png`;
 * the page's viewport is restored afterwards. Returns the PNG paths.
 */
export async function takeScreenshots(page: Page, name: string): Promise<string[]> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const original = page.viewportSize();
  const files: string[] = [];
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const file = path.join(SCREENSHOTS_DIR, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  if (original !== null) await page.setViewportSize(original);
  return files;
}
