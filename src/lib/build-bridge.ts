/**
 * Hand-over between the build's integrations (plain Node, astro.config.mjs) and the code Astro
 * bundles for prerendering (pages and endpoints). Both run in the same process during
 * `astro build` but load separate copies of every module, so module state is not shared: a
 * slot on `globalThis` under a registry symbol is. This module imports nothing heavy.
 */
import type { RenderedBody } from './body-prerender.ts';
import type { SearchRecord } from './search-record.ts';

/** What an integration offers to the page code of a running build. */
export interface BuildSlots {
  /** PDF sheets: written straight into the output dir (src/integrations/pdf.ts). */
  pdf?: {
    outDir: string;
    /** Set by the page code when it starts the writes; awaited at astro:build:done. */
    writes?: Promise<PdfWriteStats>;
  };
  /**
   * Deadline calendar files: written straight into the output dir by the page code
   * (src/pages/offres/[slug]/date-limite.ics.ts), checked at astro:build:done.
   */
  calendars?: {
    outDir: string;
    /** Set by the page code: the files written. */
    files?: string[];
  };
  /**
   * Offer bodies rendered on a worker since the content check (src/lib/body-prerender.ts),
   * taken once by the catalog: by absolute file path.
   */
  bodies?: {
    take(): Promise<ReadonlyMap<string, RenderedBody>>;
  };
  /** Search indexing (src/integrations/pagefind.ts). */
  search?: {
    /**
     * Every published offer's search record, in the catalog's order (Pagefind's output depends
     * on the order it gets pages in), once, as soon as the catalog is built.
     */
    takeRecords(records: readonly SearchRecord[]): void;
  };
}

export interface PdfWriteStats {
  /** Sheets drawn in this build. */
  drawn: number;
  /** Sheets copied from the cache. */
  cached: number;
  /** Files written under the output dir. */
  files: string[];
}

const KEY = Symbol.for('offres.build-slots');

/** The running build's slots (empty outside `astro build`). */
export function getBuildSlots(): BuildSlots {
  const holder = globalThis as { [KEY]?: BuildSlots };
  return (holder[KEY] ??= {});
}

/** Clears the slots at the end of a build (tests run several builds in one process). */
export function clearBuildSlots(): void {
  delete (globalThis as { [KEY]?: BuildSlots })[KEY];
}
