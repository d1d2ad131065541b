/**
 * node scripts/pr-preview.ts --changed <fichier des chemins modifiés> --dist dist --out <dossier>
 *
 * For each offer a pull request adds or changes: a screenshot of its page at phone width
 * (375 px) and of the first page of its PDF (pdftoppm), into <out>/images/, listed in
 * <out>/shots.json for scripts/pr-comment.ts. Serves dist/ itself on a local port. Runs in
 * the untrusted job of the pull request workflow (no secret, read-only token).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { changedOffers } from './lib/pr-files.ts';
import type { Shot } from './lib/pr-comment.ts';

const { values } = parseArgs({
  options: {
    changed: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'pr-preview' },
    browser: { type: 'string' },
  },
});
const dist = path.resolve(values.dist);
const images = path.join(values.out, 'images');
await mkdir(images, { recursive: true });
const offers = changedOffers((await readFile(values.changed ?? '/dev/stdin', 'utf8')).split('\n'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};
const server = createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = path.join(dist, url.endsWith('/') ? `${url}index.html` : url);
  if (!file.startsWith(dist) || !existsSync(file)) file = path.join(dist, '404.html');
  readFile(file).then(
    (body) =>
      res
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body),
    () => res.writeHead(404).end(),
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const executablePath =
  values.browser ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox'],
});
const shots: Shot[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  for (const { file, slug } of offers) {
    const shot: Shot = { file, slug };
    shots.push(shot);
    if (!existsSync(path.join(dist, 'offres', slug, 'index.html'))) {
      shot.error = 'page non construite (brouillon, ou erreur de construction)';
      continue;
    }
    await page.goto(`${origin}/offres/${slug}/`, { waitUntil: 'load' });
    const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 4000);
    await page.screenshot({
      path: path.join(images, `${slug}-page.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width: 375, height },
    });
    shot.page = `${slug}-page.png`;
    const pdf = path.join(dist, 'offres', slug, 'fiche.pdf');
    if (existsSync(pdf)) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        path.join(images, `${slug}-pdf`),
      ]);
      shot.pdf = `${slug}-pdf.png`;
    }
  }
} finally {
  await browser.close();
  server.close();
}
await writeFile(path.join(values.out, 'shots.json'), `${JSON.stringify(shots, null, 2)}\n`);
console.log(`${shots.length} offre(s) : aperçus dans ${images}`);
