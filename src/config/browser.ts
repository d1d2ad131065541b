/**
 * The configuration in browser scripts (the publishing page's worker): the build validates
 * `offres.config.ts` (load.ts, which reads files) and hands the result to the client bundles as
 * `__OFFRES_CONFIG__` (astro.config.mjs), so they see the portal's own configuration and never
 * bundle the loader. package.json's `imports` picks this module under the `browser` condition.
 */
import type { OffresConfig } from './schema.ts';

declare const __OFFRES_CONFIG__: OffresConfig;

export function loadConfig(): OffresConfig {
  return __OFFRES_CONFIG__;
}
