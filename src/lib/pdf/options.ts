/**
 * Build switches for the PDF sheets, in a module with no heavy imports so that pages can ask
 * whether to link to a PDF without loading the PDF renderer.
 */

/**
 * `OFFRES_SKIP_PDF=1` skips the PDF sheets for quick local builds: no file, and no link to
 * one. The default build makes them.
 */
export function isPdfEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env['OFFRES_SKIP_PDF']?.trim().toLowerCase();
  return value === undefined || value === '' || value === '0' || value === 'false';
}
