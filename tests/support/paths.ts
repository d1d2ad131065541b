// Where the test infrastructure reads and writes. Everything generated lives under `.cache/`
// (git-ignored), so a clean clone has nothing stale in it.
import path from 'node:path';

/** The repository root (this file is `tests/support/paths.ts`). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Generated test data: fixture sites, screenshots, reporter output. */
export const CACHE_DIR = path.join(REPO_ROOT, '.cache');

/** Assembled content and built output of each fixture site: `<name>/content`, `<name>/dist`. */
export const FIXTURES_CACHE_DIR = path.join(CACHE_DIR, 'fixtures');

/** Extra content that test authors add per fixture: `tests/fixtures/<name>/content/`. */
export const FIXTURES_SOURCE_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');

/**
 * The sample content every fixture starts from: a copy of the offers and organisations the
 * project ships in `content/`, kept with the tests so that a portal that replaces `content/`
 * with its own keeps a passing test suite.
 */
export const REPO_CONTENT_DIR = path.join(FIXTURES_SOURCE_DIR, 'sample-content');

/** PNGs written by `takeScreenshots()`. */
export const SCREENSHOTS_DIR = path.join(CACHE_DIR, 'screenshots');

/** Machine-readable results of the last `npm test` run. */
export const TEST_RESULTS_DIR = path.join(CACHE_DIR, 'test-results');
