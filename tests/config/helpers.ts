/** Helpers of the configuration tests: text files of a built site, and HTML entities decoded. */
import fs from 'node:fs';
import path from 'node:path';
import { listDistFiles, type Fixture } from '../support/fixtures.ts';

/** Output files that are text (Pagefind's compressed index files and images are not). */
const TEXT_EXTENSIONS = new Set([
  '.html',
  '.xml',
  '.xsl',
  '.json',
  '.svg',
  '.txt',
  '.css',
  '.js',
  '.ics',
]);

export function listTextFiles(site: Fixture): { urlPath: string; text: string }[] {
  return listDistFiles(site)
    .filter((file) => TEXT_EXTENSIONS.has(path.extname(file.file)))
    .map((file) => ({ urlPath: file.urlPath, text: fs.readFileSync(file.file, 'utf8') }));
}

/** `&#64;`, `&#x40;` and the few named entities HTML escaping writes, as characters. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
