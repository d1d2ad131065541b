// A second portal (tests/fixtures/tremplin/): its own configuration reaches every output, and
// nothing of the default configuration (offres.config.ts) leaks into any file of its build.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import defaults from '../../offres.config.ts';
import tremplin from '../fixtures/tremplin/offres.config.ts';
import { parseHtml, textOf } from '../site/helpers.ts';
import {
  getFixture,
  listDistFiles,
  listHtmlFiles,
  readDist,
  readDistBytes,
  type Fixture,
} from '../support/fixtures.ts';
import { listTextFiles } from './helpers.ts';

const SITE = 'https://tremplin.ville-exemple.fr';
const colors = { primary: '#6b1d4f', ink: '#fffbe6' };
let site: Fixture;

before(async () => {
  site = await getFixture('tremplin');
});

test('pages carry the portal’s name, heading, colours and font', () => {
  const home = parseHtml(readDist(site, '/'));
  assert.equal(textOf(home.querySelector('title')), 'Tremplin Civique');
  assert.equal(textOf(home.querySelector('h1')), 'Toutes les missions citoyennes');
  assert.match(textOf(home.querySelector('.brand')), /^Tremplin Civique/);
  assert.equal(
    home.querySelector('meta[property="og:site_name"]')?.getAttribute('content'),
    'Tremplin Civique',
  );
  const style = textOf(home.querySelector('head style'));
  assert.match(style, /--brand:#6b1d4f;--brand-ink:#fffbe6;--link:#1d5e3a;/);
  assert.match(
    style,
    /font-family:'Tremplin Sans';src:url\(\/polices\/regular\.woff\) format\('woff'\)/,
  );
  // The configured files, Light and Medium, are what browsers get.
  const faces = { regular: 'SourceSans3-Light', semibold: 'SourceSans3-Medium' };
  for (const [face, postscriptName] of Object.entries(faces)) {
    const font = fontkit.create(readDistBytes(site, `/polices/${face}.woff`));
    assert.equal('postscriptName' in font && font.postscriptName, postscriptName);
  }
  const archives = parseHtml(readDist(site, '/archives/'));
  assert.equal(textOf(archives.querySelector('title')), 'Offres clôturées · Tremplin Civique');
});

test('no PDF sheet nor calendar file is made or linked when the configuration turns them off', () => {
  const offerPages = listHtmlFiles(site).filter(
    (f) => /^\/offres\/[^/]+\/$/.test(f.urlPath) && !/^\/offres\/\d+\/$/.test(f.urlPath),
  );
  assert.ok(offerPages.length > 0);
  for (const page of offerPages) {
    assert.doesNotMatch(fs.readFileSync(page.file, 'utf8'), /fiche\.pdf|\.ics"/, page.urlPath);
  }
  const open = readDist(site, '/offres/2026-02-villeneuve-animateur-quartier/');
  assert.match(
    open,
    /badge-open/,
    'an open offer with a deadline, which would have a calendar file',
  );
  // Its address, in its apply box, its description and its JSON-LD, is never plain text.
  assert.ok(!open.includes('quartiers@villeneuve.example'));
  assert.match(open, /&#113;&#117;&#97;&#114;/);
  const files = listDistFiles(site).map((f) => f.urlPath);
  assert.deepEqual(
    files.filter((file) => /\.(?:pdf|ics)$/.test(file)),
    [],
  );
});

test('feeds, their XSL view and offres.json name the portal', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const rss = readDist(site, '/rss.xml');
  assert.match(rss, /<\?xml-stylesheet href="\/rss\.xsl"/);
  const { channel } = (parser.parse(rss) as { rss: { channel: { title: string; item: unknown } } })
    .rss;
  assert.equal(channel.title, 'Tremplin Civique — toutes les offres');
  assert.match(rss, /<copyright>Mairie de Villeneuve-Exemple<\/copyright>/);
  assert.ok([channel.item].flat().length <= 5, 'feedSize: 5');
  const xsl = readDist(site, '/rss.xsl');
  assert.match(xsl, /<a href="\/">Tremplin Civique<\/a>/);
  assert.match(xsl, /header \{ background: #6b1d4f; color: #fffbe6; \}/);
  const json = JSON.parse(readDist(site, '/offres.json')) as { title: string; site: string };
  assert.equal(json.title, 'Tremplin Civique — offres ouvertes');
  assert.equal(json.site, `${SITE}/`);
});

test('JSON-LD points at the portal’s own address', () => {
  let count = 0;
  for (const file of listHtmlFiles(site)) {
    for (const script of parseHtml(fs.readFileSync(file.file, 'utf8')).querySelectorAll(
      'script[type="application/ld+json"]',
    )) {
      count++;
      const urls = script.textContent.match(/https?:\/\/[^"]+/g) ?? [];
      const own = urls.filter((url) => url.startsWith(SITE));
      assert.ok(own.length > 0, `${file.urlPath}: JSON-LD without the portal's URL`);
    }
  }
  assert.ok(count > 5);
  const home = parseHtml(readDist(site, '/'));
  const website = home
    .querySelectorAll('script[type="application/ld+json"]')
    .map(
      (script) =>
        JSON.parse(script.textContent) as { '@type': string; publisher?: { name: string } },
    )
    .find((data) => data['@type'] === 'WebSite');
  assert.equal(website?.publisher?.name, tremplin.publisher.name);
});

test('the social image is drawn in the portal’s colours, and the favicon too', () => {
  const png = PNG.sync.read(readDistBytes(site, '/og-image.png'));
  assert.equal(png.width, 1200);
  assert.equal(png.height, 630);
  const pixel = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return `#${[0, 1, 2].map((k) => (png.data[i + k] ?? 0).toString(16).padStart(2, '0')).join('')}`;
  };
  assert.equal(pixel(5, 5), colors.primary);
  // The name is drawn in the ink colour: count its pixels on the name's baseline band.
  let ink = 0;
  for (let x = 90; x < 1110; x++)
    for (let y = 200; y < 300; y += 4) if (pixel(x, y) === colors.ink) ink++;
  assert.ok(ink > 500, `ink pixels of the name: ${ink}`);
  const favicon = readDist(site, '/favicon.svg');
  assert.match(favicon, /fill="#6b1d4f"/);
  const home = parseHtml(readDist(site, '/'));
  assert.equal(
    home.querySelector('meta[property="og:image"]')?.getAttribute('content'),
    `${SITE}/og-image.png`,
  );
  assert.equal(
    home.querySelector('meta[property="og:image:alt"]')?.getAttribute('content'),
    'Tremplin Civique — Les missions citoyennes de Villeneuve-Exemple',
  );
});

test('an open offer’s social image is drawn in the portal’s colour and font', () => {
  const png = PNG.sync.read(
    readDistBytes(site, '/offres/2026-02-villeneuve-animateur-quartier/image.png'),
  );
  const pixel = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return `#${[0, 1, 2].map((k) => (png.data[i + k] ?? 0).toString(16).padStart(2, '0')).join('')}`;
  };
  assert.equal(pixel(5, 5), colors.primary, 'the top band');
  // The title is written in the primary colour: count its pixels in the title's box.
  let title = 0;
  for (let x = 80; x < 1120; x += 2)
    for (let y = 130; y < 380; y += 2) if (pixel(x, y) === colors.primary) title++;
  assert.ok(title > 300, `title pixels in the portal's colour: ${title}`);
});

test('nothing of the default configuration leaks into any output', () => {
  const leaks = [
    defaults.url.replace(/^https?:\/\//, ''),
    defaults.colors.primary,
    defaults.tagline,
    defaults.description,
    defaults.homeHeading,
    defaults.publisher.name,
    defaults.contactEmail,
    // The default name where a name goes: titles, feeds, the brand, calendar names.
    `· ${defaults.name}<`,
    `${defaults.name} — `,
    `content="${defaults.name}"`,
  ];
  const files = listTextFiles(site);
  assert.ok(files.length > 30);
  for (const { urlPath, text } of files) {
    const lower = text.toLowerCase();
    for (const leak of leaks)
      assert.ok(!lower.includes(leak.toLowerCase()), `${urlPath} holds « ${leak} »`);
  }
});
