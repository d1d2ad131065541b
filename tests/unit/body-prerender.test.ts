// Offer bodies rendered on a worker during a build (src/lib/body-prerender.ts) must be exactly
// what the catalog would render itself, and taking them must never wait for more than the
// chunk in progress nor lose a file.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startBodyPrerender } from '../../src/lib/body-prerender.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { getMarkdownBody } from '../../src/lib/offers-loader.ts';
import { FIXTURES_SOURCE_DIR, REPO_CONTENT_DIR } from '../support/paths.ts';

/** Every offer of the bundled content and of the test fixtures. */
function offerFiles(): string[] {
  const dirs = [
    path.join(REPO_CONTENT_DIR, 'offers'),
    ...readdirSync(FIXTURES_SOURCE_DIR).map((name) =>
      path.join(FIXTURES_SOURCE_DIR, name, 'content', 'offers'),
    ),
  ];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(dir, name));
    } catch {
      return [];
    }
  });
}

test('the worker renders every body exactly as the catalog would', async () => {
  const files = offerFiles();
  assert.ok(files.length >= 10, `${files.length} offer files`);
  const prerender = startBodyPrerender(files);
  assert.ok(prerender, 'the worker starts');
  await prerender.ended;
  const rendered = await prerender.take();
  assert.equal(rendered.size, files.length, `${files.length} files`);
  for (const file of files) {
    const body = getMarkdownBody(readFileSync(file, 'utf8'));
    const got = rendered.get(file);
    assert.equal(got?.body, body, file);
    assert.equal(got?.html, await renderMarkdown(body), file);
  }
});

test('take() stops the worker and returns what is done; missing files are left out', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'offres-prerender-'));
  const files = Array.from({ length: 3000 }, (_, i) => path.join(dir, `offre-${i}.md`));
  files.forEach((file, i) =>
    writeFileSync(file, `---\ntitle: "Offre ${i}"\n---\n## Missions\n\nTexte **${i}**.\n`),
  );
  const missing = path.join(dir, 'absente.md');
  const prerender = startBodyPrerender([missing, ...files]);
  assert.ok(prerender);
  // Long enough for the worker to have started, most often not to have finished.
  await new Promise((resolve) => setTimeout(resolve, 600));
  const taken = await prerender.take();
  await prerender.ended;
  // Taken again: the same result, nothing added after the first take().
  assert.equal(await prerender.take(), taken);
  assert.ok(!taken.has(missing));
  // The worker claims files in order, a chunk at a time, and take() waits for the chunk under
  // way: what is taken is a whole prefix of the list.
  const prefix = files.slice(0, taken.size);
  assert.deepEqual([...taken.keys()].sort(), prefix.sort());
  for (const [file, { body, html }] of taken) {
    assert.ok(files.includes(file));
    assert.equal(html, await renderMarkdown(body));
  }
});
