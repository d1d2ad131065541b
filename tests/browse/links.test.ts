/**
 * No broken internal link anywhere in the built default fixture: every href, src and srcset
 * of every HTML page, every link of every feed and sitemap, resolves to a file in dist/.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
  findDistFile,
  getFixture,
  listDistFiles,
  listHtmlFiles,
  readDist,
  type Fixture,
} from '../support/fixtures.ts';
import { parseHtml } from './helpers.ts';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

/** The path of a link if it stays on the site (relative, root-relative or absolute on OFFRES_SITE). */
function internalPath(href: string, base: URL): string | undefined {
  if (/^(?:mailto|tel|data|javascript):/i.test(href)) return undefined;
  const url = new URL(href, base);
  return url.origin === base.origin ? url.pathname : undefined;
}

test('every href, src and srcset of every page resolves to a built file', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of listHtmlFiles(site)) {
    const base = new URL(file.urlPath, site.site);
    const page = parseHtml(readDist(site, file.urlPath));
    const targets = [
      ...page.querySelectorAll('[href]').map((el) => el.getAttribute('href') ?? ''),
      ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
      ...page
        .querySelectorAll('[srcset]')
        .flatMap((el) =>
          (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''),
        ),
    ];
    for (const target of targets) {
      if (target === '' || target.startsWith('#')) continue;
      const path = internalPath(target, base);
      if (path === undefined) continue;
      checked++;
      if (!findDistFile(site, path)) broken.push(`${file.urlPath} → ${target}`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > 500, `only ${checked} internal links checked`);
});

test('same-page anchors point to an element with that id', () => {
  for (const file of listHtmlFiles(site)) {
    const page = parseHtml(readDist(site, file.urlPath));
    for (const a of page.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
      if (id === '') continue;
      assert.ok(page.getElementById(id), `${file.urlPath}: #${id} has no target`);
    }
  }
});

test('every link in feeds, sitemaps and the JSON export resolves to a built file', () => {
  const base = new URL(site.site);
  const broken: string[] = [];
  const sources = [...listDistFiles(site, '.xml').map((f) => f.urlPath), '/offres.json'];
  for (const source of sources) {
    const text = readDist(site, source);
    for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>&]+/g)) {
      const path = internalPath(url, base);
      if (path !== undefined && !findDistFile(site, path)) broken.push(`${source} → ${url}`);
    }
  }
  assert.deepEqual(broken, []);
});
