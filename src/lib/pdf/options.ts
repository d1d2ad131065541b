/**
 * Build switches for the PDF sheets, in a module with no heavy imports so that pages can ask
 * whether to link to a PDF without loading the PDF renderer.
 */

import { FEATURES } from '../site.ts';

/**
 * PDF sheets are made when the configuration's `features.pdf` is on; `OFFRES_SKIP_PDF=1` also
 * skips them for quick local builds: no file, and no link to one.
 */
export function isPdfEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (!FEATURES.pdf) return false;
  const value = env['OFFRES_SKIP_PDF']?.trim().toLowerCase();
  return value === undefined || value === '' || value === '0' || value === 'false';
}
