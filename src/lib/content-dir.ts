/** Where content lives: `content/` at the project root, or OFFRES_CONTENT_DIR (tests, benchmarks). */
import path from 'node:path';

export function getContentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env['OFFRES_CONTENT_DIR'] ?? 'content');
}
