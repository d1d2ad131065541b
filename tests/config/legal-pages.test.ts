// The pages a French public site owes, generated from the configuration: checked on the second
// portal (tests/fixtures/tremplin/), whose publisher, host and switches differ from the default.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, test } from 'node:test';
import tremplin from '../fixtures/tremplin/offres.config.ts';
import { parseHtml, textOf } from '../site/helpers.ts';
import { getFixture, listHtmlFiles, readDist, type Fixture } from '../support/fixtures.ts';

let site: Fixture;

before(async () => {
  site = await getFixture('tremplin');
});

test('the legal pages carry the publisher, the host and the contact, and every footer links to them', () => {
  const legal = textOf(parseHtml(readDist(site, '/mentions-legales/')).querySelector('main'));
  for (const text of [
    tremplin.publisher.name,
    tremplin.publisher.address,
    tremplin.publisher.director,
    tremplin.host.name,
    tremplin.host.address,
    tremplin.host.phone,
    tremplin.contactEmail,
    tremplin.repository.url,
  ])
    assert.ok(legal.includes(text), `mentions légales: ${text}`);
  const data = textOf(parseHtml(readDist(site, '/donnees-personnelles/')).querySelector('main'));
  assert.ok(data.includes(tremplin.contactEmail));
  assert.match(data, /Aucun cookie/);
  assert.match(data, /CNIL/);
  const a11y = textOf(parseHtml(readDist(site, '/accessibilite/')).querySelector('main'));
  assert.match(
    a11y,
    /Tremplin Civique est non conforme avec le référentiel général d'amélioration de l'accessibilité \(RGAA\), version 4\.1/,
  );
  assert.match(a11y, /établie le 15 novembre 2026/);
  assert.match(a11y, /Défenseur des droits/);
  assert.match(a11y, /La recherche a besoin de JavaScript/);
  assert.doesNotMatch(a11y, /PDF/, 'no PDF exception when PDFs are off');
  const map = parseHtml(readDist(site, '/plan-du-site/'));
  const mapLinks = new Set(map.querySelectorAll('main a').map((a) => a.getAttribute('href')));
  for (const href of [
    '/',
    '/offres/',
    '/archives/',
    '/regions/',
    '/organisations/',
    '/recherche/',
    '/rss.xml',
    '/regions/nouvelle-caledonie/',
  ])
    assert.ok(mapLinks.has(href), `plan du site: ${href}`);
  for (const file of listHtmlFiles(site)) {
    // Lists for partners' pages (/integrer/…) are shown inside another site's page: no footer.
    if (file.urlPath.startsWith('/integrer/') && file.urlPath !== '/integrer/') continue;
    const footer = parseHtml(fs.readFileSync(file.file, 'utf8')).querySelector('footer');
    const hrefs = footer?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    for (const href of [
      '/mentions-legales/',
      '/donnees-personnelles/',
      '/accessibilite/',
      '/plan-du-site/',
    ])
      assert.ok(hrefs.includes(href), `${file.urlPath}: footer link ${href}`);
    assert.match(textOf(footer), /Accessibilité : non conforme/, file.urlPath);
  }
});
