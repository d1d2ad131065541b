// Personal data kept to what is needed: a closed offer's page, PDF sheet, feeds and exports
// hold none of its e-mail addresses or phone numbers; an open offer's addresses are written
// entity-encoded, and still make a working mailto: link.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { withdrawContacts, encodeEmailForHtml } from '../../src/lib/personal-data.ts';
import { pdftotext } from '../pdf/helpers.ts';
import { parseHtml } from '../site/helpers.ts';
import {
  distPath,
  getFixture,
  listDistFiles,
  listHtmlFiles,
  readDist,
  type Fixture,
} from '../support/fixtures.ts';
import { decodeEntities } from './helpers.ts';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
let site: Fixture;

before(async () => {
  site = await getFixture();
});

/** Offer pages of the build, by status, with the addresses their source file holds. */
function offerPages(status: 'open' | 'closed') {
  return listHtmlFiles(site)
    .filter((f) => /^\/offres\/[^/]+\/$/.test(f.urlPath) && !/^\/offres\/\d+\/$/.test(f.urlPath))
    .map((f) => ({ ...f, html: fs.readFileSync(f.file, 'utf8') }))
    .filter((f) => f.html.includes('class="notice-closed"') === (status === 'closed'))
    .map((f) => {
      const slug = f.urlPath.split('/')[2] ?? '';
      const source = fs.readFileSync(path.join(site.contentDir, 'offers', `${slug}.md`), 'utf8');
      return { ...f, slug, emails: [...new Set(source.match(EMAIL) ?? [])] };
    });
}

test('closed offers show none of their addresses: page, PDF, feeds, offres.json', () => {
  const closed = offerPages('closed').filter((page) => page.emails.length > 0);
  assert.ok(closed.length >= 3, 'closed offers with addresses in the fixture');
  const feeds = listDistFiles(site, '.xml').filter((f) => f.urlPath.endsWith('rss.xml'));
  const feedTexts = feeds.map((f) => decodeEntities(fs.readFileSync(f.file, 'utf8')));
  const json = readDist(site, '/offres.json');
  for (const page of closed) {
    const html = decodeEntities(page.html);
    assert.match(html, /Cette offre est clôturée, les candidatures ne sont plus reçues/);
    const pdf = pdftotext(distPath(site, `/offres/${page.slug}/fiche.pdf`));
    assert.match(pdf, /\w{4,}/, `${page.slug}: the PDF has text`);
    const items = feedTexts.flatMap((feed) =>
      feed.split('<item>').filter((item) => item.includes(`/offres/${page.slug}/<`)),
    );
    assert.ok(items.length > 0, `${page.slug}: in some feed`);
    for (const email of page.emails) {
      assert.ok(!html.includes(email), `${page.slug}: page shows ${email}`);
      assert.ok(!pdf.includes(email), `${page.slug}: PDF shows ${email}`);
      for (const item of items)
        assert.ok(!item.includes(email), `${page.slug}: feed shows ${email}`);
      assert.ok(!json.includes(email), `${page.slug}: offres.json shows ${email}`);
    }
  }
  // The named contact of the Nord offer's « Candidature » section is gone with it.
  const nord = closed.find((page) => page.slug.includes('groupe-ecologiste-nord'));
  assert.ok(nord);
  assert.ok(!decodeEntities(nord.html).includes('Bocquet'));
});

test('open offers write their address entity-encoded, in a working mailto: link', () => {
  const open = offerPages('open').filter((page) => page.emails.length > 0);
  assert.ok(open.length > 0);
  for (const page of open) {
    const links = parseHtml(page.html)
      .querySelectorAll('.apply a')
      .map((a) => decodeEntities(a.getAttribute('href') ?? ''));
    for (const email of page.emails)
      assert.ok(!page.html.includes(email), `${page.slug}: ${email} in plain text`);
    for (const email of page.emails.filter((e) => page.html.includes(encodeEmailForHtml(e)))) {
      assert.ok(
        links.some((href) => href.startsWith(`mailto:${email}?subject=`)),
        `${page.slug}: mailto`,
      );
    }
    assert.ok(
      page.emails.some((e) => page.html.includes(encodeEmailForHtml(e))),
      `${page.slug}: address shown`,
    );
  }
});

test('withdrawContacts drops the how-to-apply section, addresses and phone numbers', () => {
  const html = [
    '<h2>Missions</h2><p>Animer le réseau.</p>',
    '<h2>Candidature</h2><p>Camille Martin<br>06 12 34 56 78</p><h3>Pièces</h3><p>CV</p>',
    '<h2>Lieu</h2><p>Écrire à <a href="mailto:a.b@x.fr">a.b@x.fr</a>, tél. +33 1 23 45 67 89 ou +687 28 12 34, c@d.org</p>',
  ].join('');
  const out = withdrawContacts(html);
  assert.equal(
    out,
    '<h2>Missions</h2><p>Animer le réseau.</p><h2>Lieu</h2><p>Écrire à [adresse retirée], tél. [téléphone retiré] ou [téléphone retiré], [adresse retirée]</p>',
  );
  // A heading that only mentions candidates is not a how-to-apply section.
  const profile = '<h2>Candidat·e recherché·e</h2><p>Autonome.</p>';
  assert.equal(withdrawContacts(profile), profile);
});
