/**
 * The hostile set (tests/support/hostile.ts) through the real build, against `npm run check`:
 * one build holding every refused case fails listing each problem the check lists, nothing
 * published; one build holding the accepted cases succeeds, and its output is inert — every
 * feed well-formed for a strict XML parser (jsdom's) and a feed reader, no markup alive, text intact,
 * logos sanitised.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { buildSite, writeContentDir } from '../support/fixtures.ts';
import {
  MARKUP,
  SECRET,
  assertWellFormedXml,
  writeInert,
  writeRefused,
} from '../support/hostile.ts';
import { REPO_ROOT } from '../support/paths.ts';

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

test('the build refuses what the check refuses, naming every file', async () => {
  const dirs = writeContentDir('hostile-refused', {}, { repoContent: false });
  const cases = writeRefused(dirs.contentDir);
  const { problems } = await checkContent(dirs.contentDir, { relativeTo: REPO_ROOT });
  const result = await buildSite({ contentDir: dirs.contentDir, outDir: dirs.outDir });
  assert.equal(result.ok, false, 'the build must fail');
  assert.equal(fs.existsSync(path.join(dirs.outDir, 'index.html')), false);
  for (const c of cases) assert.ok(result.output.includes(`content/${c.file}`), c.name);
  for (const p of problems) {
    const where = `${p.file}:${p.line}${p.field ? ` — champ « ${p.field} »` : ''}`;
    assert.ok(result.output.includes(where), `${where} is not in the build's report`);
    assert.ok(result.output.includes(p.message.slice(1, 60)), `${where}: ${p.message}`);
  }
  assert.ok(!result.output.includes(SECRET), 'a linked file was read');
});

test('the build publishes the accepted hostile cases inert', async () => {
  const dirs = writeContentDir('hostile-inert', {}, { repoContent: false });
  writeInert(dirs.contentDir);
  assert.deepEqual((await checkContent(dirs.contentDir)).problems, []);
  const result = await buildSite({
    contentDir: dirs.contentDir,
    outDir: dirs.outDir,
    env: { OFFRES_SKIP_PDF: '1' },
  });
  assert.ok(result.ok, result.output);
  const files = walk(dirs.outDir);

  const feeds = files.filter((f) => f.endsWith('.xml') && f.includes('rss'));
  assert.ok(feeds.length >= 3, `feeds: ${feeds.join(', ')}`);
  const parser = new Parser<Record<string, never>, { 'content:encoded'?: string }>({
    customFields: { item: ['content:encoded'] },
  });
  for (const file of feeds) {
    const xml = fs.readFileSync(file, 'utf8');
    assertWellFormedXml(xml, file);
    const feed = await parser.parseString(xml);
    // Images sûres has no offer: its feed is empty, but well-formed too.
    assert.equal(feed.items.length, file.includes('images-sures') ? 0 : 1, file);
    const [item] = feed.items;
    if (!item) continue;
    assert.equal(
      item.title,
      `Chargé·e ${MARKUP} de mission — Collectif ]]> & ${MARKUP} (Poitiers)`,
    );
    // Description and content are HTML for a reader: parsed, no markup comes alive.
    for (const html of [item.content ?? '', item['content:encoded'] ?? '']) {
      const root = parse(html);
      assert.deepEqual(
        root.querySelectorAll('script, img, b').map((e) => e.tagName),
        [],
        `${file}: ${html}`,
      );
    }
    assert.match(
      parse(item.content ?? '').text,
      /<b>1 500 €<\/b> <script>window.__pwned='x'<\/script>/,
    );
    assert.match(
      parse(item['content:encoded'] ?? '').text,
      /Corps window\.__pwned=.body. & gras \]\]>/,
    );
  }

  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const root = parse(fs.readFileSync(file, 'utf8'));
    const alive = root
      .querySelectorAll('script')
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .filter((s) => s.text.includes('__pwned'));
    assert.deepEqual(
      alive.map((s) => s.toString()),
      [],
      file,
    );
    assert.deepEqual(
      root.querySelectorAll('[onerror]').map((e) => e.toString()),
      [],
      file,
    );
  }

  const logoDir = path.join(dirs.outDir, 'organisations');
  const svg = fs.readFileSync(path.join(logoDir, 'collectif-sur', 'logo.svg'), 'utf8');
  assertWellFormedXml(svg);
  assert.ok(!svg.includes('<!--'), 'the logo published is not the sanitised one');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10">/);
  const png = fs.readFileSync(path.join(logoDir, 'images-sures', 'logo.png'));
  assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
  assert.ok(!files.some((f) => fs.readFileSync(f).includes(SECRET)));
});
