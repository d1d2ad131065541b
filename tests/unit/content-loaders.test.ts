/**
 * The offers loader stores, for every offer file the content check lists, the data the check
 * validated; a file the check refuses (here a link) is never stored. getMarkdownBody() gives the
 * body Astro's own parser gives.
 */
import assert from 'node:assert/strict';
import { hash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { contentLoader, getMarkdownBody } from '../../src/lib/content-loaders.ts';

const OFFER = `---
title: "Chargé·e de campagne"
organisation: poitiers-collectif
contract: [stage, cdd]
location:
  city: Poitiers
  postalCode: "86000"
published: 2025-01-10
deadline: 2025-02-21
salary: { min: 1047, period: month }
apply:
  email: contact@poitierscollectif.fr
tags: [campagne-electorale]
---
Le texte de l'offre.
`;

const variant = (n: number) => OFFER.replace('campagne"', `campagne ${n}"`);
const FILES: Record<string, string> = {
  '2025-01-plain': variant(1),
  '2025-01-draft': variant(2).replace('tags:', 'draft: true\ntags:'),
  '2025-01-crlf': variant(3).replace(/\n/g, '\r\n'),
  '2025-01-bom': `\ufeff${variant(4)}`,
  '2025-01-alias': variant(5).replace('min: 1047', 'min: &m 1047, max: *m'),
  '2025-01-timestamp': variant(6).replace('2025-02-21', '2025-02-21T10:00:00Z'),
};

let contentDir: string;
let offersDir: string;
const savedContentDir = process.env['OFFRES_CONTENT_DIR'];

before(() => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'offres-loader-'));
  offersDir = path.join(contentDir, 'offers');
  mkdirSync(offersDir);
  mkdirSync(path.join(contentDir, 'organisations'));
  writeFileSync(
    path.join(contentDir, 'organisations', 'poitiers-collectif.yaml'),
    'name: Poitiers Collectif\nkind: association\n',
  );
  for (const [name, text] of Object.entries(FILES))
    writeFileSync(path.join(offersDir, `${name}.md`), text);
  process.env['OFFRES_CONTENT_DIR'] = contentDir;
});

after(() => {
  if (savedContentDir === undefined) delete process.env['OFFRES_CONTENT_DIR'];
  else process.env['OFFRES_CONTENT_DIR'] = savedContentDir;
});

/** Loads the offers with a store like Astro's; returns the store and the ids written. */
async function load(
  store = new Map<string, { digest?: string }>(),
): Promise<{ store: Map<string, unknown>; parsed: string[] }> {
  const parsed: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${contentDir}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string; digest?: string }) => (
        parsed.push(entry.id), store.set(entry.id, entry), true
      ),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    generateDigest: (data: string) => hash('sha1', data),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  await contentLoader(contentDir, 'offer').load(context);
  return { store, parsed: parsed.sort() };
}

describe('offers loader', () => {
  test('stores for every file the data the content check validated', async () => {
    const { store, parsed } = await load();
    assert.equal(parsed.length, Object.keys(FILES).length);
    const checked = await checkContent(contentDir);
    assert.deepEqual(checked.problems, []);
    for (const entry of checked.offers) {
      const stored = store.get(entry.slug) as { data: unknown } | undefined;
      assert.deepStrictEqual(stored?.data, entry.data, entry.slug);
    }
  });

  test('only a file that changed is read again', async () => {
    const file = path.join(offersDir, '2025-01-plain.md');
    const original = readFileSync(file, 'utf8');
    const first = await load();
    try {
      writeFileSync(file, original.replace('min: 1047', 'min: 1200'));
      const { store, parsed } = await load(first.store as Map<string, { digest?: string }>);
      assert.deepEqual(parsed, ['2025-01-plain']);
      const entry = store.get('2025-01-plain') as { data: { salary: { min: number } } };
      assert.equal(entry.data.salary.min, 1200);
    } finally {
      writeFileSync(file, original);
    }
  });

  test('a file the check refuses is not stored: a link, a dot-file', async () => {
    const link = path.join(offersDir, '2025-01-lien.md');
    const hidden = path.join(offersDir, '.2025-01-cachee.md');
    symlinkSync(path.join(offersDir, '2025-01-plain.md'), link);
    writeFileSync(hidden, FILES['2025-01-plain'] ?? '');
    try {
      const { store } = await load();
      assert.equal(store.has('2025-01-lien'), false);
      assert.equal(store.has('.2025-01-cachee'), false);
      assert.equal(store.size, Object.keys(FILES).length);
    } finally {
      rmSync(link);
      rmSync(hidden);
    }
  });
});

test('getMarkdownBody() gives the body parseFrontmatter() gives, without parsing the YAML', () => {
  const REPO = path.resolve(import.meta.dirname, '..', '..');
  const files = [path.join(REPO, 'content', 'offers'), path.join(REPO, 'tests', 'fixtures')]
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)),
    )
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(file, 'utf8'));
  assert.ok(files.length >= 10, `${files.length} markdown files`);
  const body = 'Le texte.\n\n---\n\nAprès une ligne --- et +++.\n';
  const cases = [
    ...files,
    ...Object.values(FILES),
    `---\ntitle: x\n---\n${body}`,
    `\uFEFF---\ntitle: x\n---\n${body}`,
    `\n  \n---\ntitle: x\n---\n${body}`,
    `---\r\ntitle: x\r\n---\r\n${body.replace(/\n/g, '\r\n')}`,
    `+++\ntitle = "x"\n+++\n${body}`,
    // Opened with one delimiter and closed with the other: parseFrontmatter keeps the block.
    `---\ntitle: x\n+++\n${body}`,
    `---\ntitle: x\n---`,
    `---\n---\n${body}`,
    body,
    `  ---\ntitle: x\n---\n${body}`,
    '',
  ];
  let compared = 0;
  for (const contents of cases) {
    let expected: string;
    try {
      expected = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content.trim();
    } catch {
      continue; // Front matter Astro cannot parse: the content check stops the build first.
    }
    assert.equal(getMarkdownBody(contents), expected, JSON.stringify(contents.slice(0, 80)));
    compared += 1;
  }
  assert.ok(compared >= cases.length - 5, `${compared} of ${cases.length} compared`);
  assert.equal(getMarkdownBody(`---\ntitle: x\n---\n${body}`), body.trim());
});
