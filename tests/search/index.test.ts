/**
 * The search contract in the built fixture site: Pagefind's bundle is there, every offer page
 * carries its body, filters, sort keys and metadata, and no page but /recherche/ loads script.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import * as pagefind from 'pagefind';
import { toIndexableHtml } from '../../src/lib/search-record.ts';
import { getFixture, listHtmlFiles, readDist, type Fixture } from '../support/fixtures.ts';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

function offerPages() {
  return listHtmlFiles(site).filter((f) => /^offres\/[^/]+\/index\.html$/.test(f.relPath));
}

describe('search index and markup', () => {
  it('writes French bundles: the open offers, and the closed ones by year of closing', () => {
    const pageCount = (dir: string): number => {
      const entry = JSON.parse(
        fs.readFileSync(path.join(site.distDir, dir, 'pagefind-entry.json'), 'utf8'),
      ) as {
        languages: Record<string, { page_count: number }>;
      };
      assert.deepEqual(Object.keys(entry.languages), ['fr'], dir);
      return entry.languages['fr']?.page_count ?? 0;
    };
    const pages = offerPages().map((page) => ({
      ...page,
      html: fs.readFileSync(page.file, 'utf8'),
    }));
    const open = pages.filter((p) => p.html.includes('data-pagefind-filter="statut:Ouverte"'));
    assert.ok(open.length > 0 && open.length < pages.length);
    assert.equal(pageCount('pagefind'), open.length, 'open offers only in the first bundle');
    // Each closed offer is in the bundle of the year of its last open day (its `limite` key).
    const byYear = new Map<string, number>();
    for (const page of pages.filter((p) => !open.includes(p))) {
      const year = /data-sort-limite="(\d{4})/.exec(page.html)?.[1] ?? '';
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    const archives = fs
      .readdirSync(path.join(site.distDir, 'pagefind'))
      .filter((name) => name.startsWith('archives-'))
      .sort();
    assert.deepEqual(
      archives,
      [...byYear.keys()].sort().map((year) => `archives-${year}`),
    );
    for (const [year, count] of byYear)
      assert.equal(pageCount(`pagefind/archives-${year}`), count, year);
    // The page drives Pagefind's JS API: no UI bundle, and one copy of its script (each bundle
    // keeps the worker its instance starts).
    const published = (file: string) => fs.existsSync(path.join(site.distDir, 'pagefind', file));
    assert.ok(published('pagefind.js'));
    for (const unused of [
      'pagefind-ui.js',
      'pagefind-component-ui.js',
      `${archives[0]}/pagefind.js`,
    ])
      assert.equal(published(unused), false, `${unused} is not published`);
    assert.match(
      fs.readFileSync(site.buildLog, 'utf8'),
      /\d+ offres indexées pour la recherche : \d+ ouvertes, \d+ clôturées/,
    );
  });

  it('gives every offer its title and text as body, every filter and both sort keys', () => {
    const pages = offerPages();
    assert.ok(pages.length >= 10);
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      const where = page.urlPath;
      assert.match(html, /<h1 data-pagefind-body data-pagefind-weight="10">/, where);
      assert.match(html, /class="prose" data-pagefind-body/, where);
      assert.equal(
        html.match(/data-pagefind-body/g)?.length,
        2,
        `${where}: body is the title and the text only`,
      );
      // The date, then the slug: same-day offers in the site's order (compareByPublished).
      assert.match(html, /data-sort-publication="\d{4}-\d{2}-\d{2} [a-z0-9-]+"/, where);
      assert.ok(
        html.includes(` ${where.replace(/^\/offres\/|\/$/g, '')}"`),
        `${where}: sort key ends with the slug`,
      );
      assert.match(html, /data-sort-limite="\d{4}-\d{2}-\d{2}"/, where);
      for (const key of ['région', 'organisation', 'contrat', 'télétravail', 'statut']) {
        assert.match(html, new RegExp(`data-pagefind-filter="${key}:[^"]+"`), `${where}: ${key}`);
      }
      assert.match(
        html,
        /data-pagefind-meta="title\[data-meta-title\], organisation\[data-meta-organisation\], lieu\[data-meta-lieu\]/,
        where,
      );
    }
  });

  it('writes from the catalog the bundles Pagefind makes of the built pages, byte for byte', async () => {
    // The build indexes records made from the catalog, not the pages (src/lib/search-record.ts),
    // in the catalog's order (newest first, then slug: the publication sort key). Do the same
    // with the built pages themselves and compare every bundle with what the build wrote.
    const publication = (html: string) => /data-sort-publication="([^"]+)"/.exec(html)?.[1] ?? '';
    const pages = offerPages()
      .map((page) => ({ ...page, html: fs.readFileSync(page.file, 'utf8') }))
      .sort((a, b) => (publication(a.html) < publication(b.html) ? 1 : -1));
    assert.ok(
      pages.some((page) => /<h2 id="/.test(page.html)),
      'pages have anchors to drop',
    );
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-search-test-'));
    const readBundle = (dir: string) =>
      new Map(
        fs
          .globSync('**/*', { cwd: dir })
          .filter(
            (file) => !file.startsWith('archives-') && fs.statSync(path.join(dir, file)).isFile(),
          )
          .map((file) => [file, fs.readFileSync(path.join(dir, file))]),
      );
    const compare = async (name: string, bundled: typeof pages, maxFragments?: number) => {
      const { index } = await pagefind.createIndex({
        forceLanguage: 'fr',
        ...(maxFragments ? { maxFragments } : {}),
      });
      assert.ok(index);
      for (const page of bundled) {
        const added = await index.addHTMLFile({
          sourcePath: page.relPath,
          content: toIndexableHtml(page.html),
        });
        assert.deepEqual(added.errors, [], `${name}: ${page.relPath}`);
      }
      await index.writeFiles({ outputPath: path.join(scratch, name) });
      const fromPages = readBundle(path.join(scratch, name));
      const built = readBundle(path.join(site.distDir, name));
      assert.ok(built.size > bundled.length / 8, `${name}: ${built.size} files`);
      for (const [file, bytes] of built)
        assert.ok(fromPages.get(file)?.equals(bytes), `${name}/${file} differs from the pages'`);
      const indexFiles = (files: Iterable<string>) =>
        [...files]
          .filter((f) => /^(index|fragment|filter)\/|\.pf_meta$|entry\.json$/.test(f))
          .sort();
      assert.deepEqual(indexFiles(built.keys()), indexFiles(fromPages.keys()), name);
    };
    try {
      const isOpen = (page: (typeof pages)[number]) =>
        page.html.includes('data-pagefind-filter="statut:Ouverte"');
      const open = pages.filter(isOpen);
      assert.ok(open.length > 0 && open.length < pages.length);
      // The open offers' bundle keeps one fragment per file (what a first search loads).
      await compare('pagefind', open, open.length);
      assert.ok(
        fs
          .readdirSync(path.join(site.distDir, 'pagefind', 'fragment'))
          .every((f) => !f.includes('_group_')),
        'one fragment per file in the open offers’ bundle',
      );
      const closedIn = (year: string) =>
        pages.filter((p) => !isOpen(p) && p.html.includes(`data-sort-limite="${year}-`));
      for (const name of fs.readdirSync(path.join(site.distDir, 'pagefind'))) {
        if (!name.startsWith('archives-')) continue;
        const archived = closedIn(name.slice('archives-'.length));
        await compare(`pagefind/${name}`, archived, Math.ceil(archived.length / 8));
      }
    } finally {
      await pagefind.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('indexes text with ASCII apostrophes and headings without anchors', () => {
    assert.equal(
      toIndexableHtml(
        '<h2 id="l’équipe" class="x">L’équipe d&rsquo;élus</h2><p>id="garde" l’id</p>',
      ),
      '<h2 class="x">L\'équipe d\'élus</h2><p>id="garde" l\'id</p>',
    );
    // An id after a line break is still an attribute; an escaped « < » is text.
    assert.equal(
      toIndexableHtml('a &lt; b l’c <a\nid="z" title="l’x">d&#X2019;e</a>'),
      'a &lt; b l\'c <a title="l’x">d\'e</a>',
    );
  });

  it('files the Mont-Dore offer under Nouvelle-Calédonie (988) and as closed', () => {
    const html = readDist(site, '/offres/2025-01-ville-du-mont-dore-assistant-communication/');
    assert.match(html, /data-pagefind-filter="région:Nouvelle-Calédonie"/);
    assert.match(html, /data-pagefind-filter="département:Nouvelle-Calédonie \(988\)"/);
    assert.match(html, /data-pagefind-filter="statut:Clôturée"/);
    // Its archive year: the search page searches the merged archives one year at a time.
    assert.match(html, /data-pagefind-filter="archive:\d{4}"/);
  });

  it('files offers under the filters a job seeker expects: time, pay, start, duration, tags', () => {
    const filters = (slug: string) =>
      [...readDist(site, `/offres/${slug}/`).matchAll(/data-pagefind-filter="([^"]+)"/g)]
        .map((m) => m[1]?.replace(/&#39;/g, "'"))
        .filter(
          (f) =>
            !/^(région|département|organisation|contrat|télétravail|statut|archive):/.test(f ?? ''),
        );
    assert.deepEqual(filters('2026-02-ville-d-ajaccio-charge-communication'), [
      'temps:Temps plein',
      'rémunération:Indiquée',
      'salaire:2 000 à 2 999 € par mois',
      'début:avril 2026',
      'étiquette:communication',
      'étiquette:collectivite',
    ]);
    // 75,200 F CFP a month is about 630 €.
    assert.deepEqual(filters('2026-01-te-fenua-ecologie-animateur'), [
      'temps:Temps plein',
      'rémunération:Indiquée',
      'salaire:Moins de 1 000 € par mois',
    ]);
    assert.deepEqual(filters('2019-12-collectif-3r-charge-plaidoyer-municipales'), [
      'rémunération:Indiquée',
      'début:Dès que possible',
      'durée:4 à 6 mois',
      'étiquette:plaidoyer',
      'étiquette:municipales-2020',
      'étiquette:environnement',
      'étiquette:dechets',
      'étiquette:urgent',
    ]);
    assert.deepEqual(filters('2026-02-ocean-indien-solidaire-benevolat-securite'), [
      'rémunération:Non indiquée',
    ]);
  });

  it('loads search code on /recherche/ only; offer pages only the « copy » and « save » elements', () => {
    for (const page of listHtmlFiles(site)) {
      const html = fs.readFileSync(page.file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
      const code = scripts.filter(
        (attrs) => !/type="(application\/ld\+json|text\/pagefind-template)"/.test(attrs),
      );
      if (page.urlPath === '/recherche/') {
        // The page's own module, which loads Pagefind only when the visitor searches.
        assert.equal(code.length, 1, scripts.join(' | '));
        assert.match(code[0] ?? '', /type="module"/);
        assert.doesNotMatch(
          html,
          /<script[^>]+src="\/pagefind\//,
          'no Pagefind script with the page',
        );
        assert.match(html, /&quot;script&quot;:&quot;\/pagefind\/pagefind.js&quot;/);
        // search.css is small enough to be inlined: the site stylesheet is the only one to fetch.
        assert.equal(html.match(/<link rel="stylesheet"/g)?.length, 1, 'one stylesheet request');
      } else {
        assert.doesNotMatch(
          html,
          /\/pagefind\/|<pagefind-|offres-search/,
          `${page.urlPath} loads no search code`,
        );
      }
      if (/^\/offres\/[^/]*[a-z][^/]*\/$/.test(page.urlPath))
        assert.deepEqual(
          code.map((attrs) => /src="\/_astro\/(\w+)\.astro_/.exec(attrs)?.[1]).sort(),
          ['SaveOffer', 'ShareOffer'],
          `${page.urlPath}: the « save » and « copy link » elements only`,
        );
    }
  });

  it('has a plain GET search form in every page header and a noscript way out on /recherche/', () => {
    for (const page of listHtmlFiles(site)) {
      const html = fs.readFileSync(page.file, 'utf8');
      if (!html.includes('class="site-header"')) continue;
      assert.match(
        html,
        /<form class="header-search" role="search" action="\/recherche\/" method="get">/,
        page.urlPath,
      );
      assert.match(html, /<input[^>]+name="q"/, page.urlPath);
    }
    const search = readDist(site, '/recherche/');
    const noscript = search.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    assert.match(noscript, /href="\/regions\/"/);
    assert.match(noscript, /href="\/organisations\/"/);
  });
});
