/**
 * What search engines and aggregators read in the default fixture: sitemap with lastmod,
 * robots.txt, canonical URLs, Open Graph / Twitter meta, JSON-LD (JobPosting on open offers
 * per Google's guidelines, Organization, BreadcrumbList) and the /offres.json export.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { JobPosting, WithContext } from 'schema-dts';
import type { Catalog } from '../../src/lib/catalog.ts';
import type { OffersExport } from '../../src/lib/offers-export.ts';
import {
  getFixture,
  listHtmlFiles,
  readDist,
  findDistFile,
  type Fixture,
} from '../support/fixtures.ts';
import { assertGoogleJobPosting } from './job-posting.ts';
import { jsonLdOf, loadCatalog, pageAt, sorted } from './helpers.ts';

let site: Fixture;
let catalog: Catalog;
before(async () => {
  site = await getFixture();
  catalog = await loadCatalog(site.contentDir, site.now);
});

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

function sitemapEntries(): Map<string, string | undefined> {
  const index = xml.parse(readDist(site, '/sitemap-index.xml')) as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  const entries = new Map<string, string | undefined>();
  for (const { loc } of index.sitemapindex.sitemap) {
    const child = xml.parse(readDist(site, new URL(loc).pathname)) as {
      urlset: { url: { loc: string; lastmod?: string }[] };
    };
    for (const url of child.urlset.url) entries.set(url.loc, url.lastmod);
  }
  return entries;
}

test('the sitemap lists every offer, organisation and région page, with lastmod from the offers', () => {
  const entries = sitemapEntries();
  for (const offer of catalog.offers) {
    assert.ok(entries.has(`${site.site}${offer.url}`), `${offer.url} missing from the sitemap`);
  }
  for (const group of catalog.organisations)
    assert.ok(entries.has(`${site.site}/organisations/${group.key.slug}/`));
  for (const group of catalog.regions)
    assert.ok(entries.has(`${site.site}/regions/${group.key.slug}/`));
  // Every URL is a built page, and every HTML page (but 404) is in the sitemap.
  for (const loc of entries.keys())
    assert.ok(findDistFile(site, new URL(loc).pathname), `${loc} is not built`);
  const pages = listHtmlFiles(site)
    .filter((f) => !/^\/404\b/.test(f.urlPath))
    .filter((f) => pageAt(site, f.urlPath).querySelector('meta[name="robots"]') === null)
    .map((f) => `${site.site}${f.urlPath}`);
  assert.deepEqual(sorted(pages.filter((p) => !entries.has(p))), []);
  // Open: last edit. Closed: the day after the last open day. Home: the latest of all.
  const day = (path: string) => entries.get(`${site.site}${path}`)?.slice(0, 10);
  assert.equal(day('/offres/2026-02-ville-d-ajaccio-charge-communication/'), '2026-02-10');
  assert.equal(day('/offres/2019-08-poitiers-collectif-charge-de-campagne/'), '2019-09-07');
  assert.equal(day('/offres/2025-01-ville-du-mont-dore-assistant-communication/'), '2025-02-22');
  assert.equal(day('/regions/nouvelle-caledonie/'), '2025-02-22');
  assert.equal(day('/organisations/reseau-climat-citoyen/'), '2026-02-20');
  assert.equal(day('/'), '2026-02-20');
  assert.equal(day('/offres/'), '2026-02-20');
});

test('robots.txt allows crawling and points to the sitemap on the configured site', () => {
  const robots = readDist(site, '/robots.txt');
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, new RegExp(`^Sitemap: ${site.site}/sitemap-index\\.xml$`, 'm'));
});

test('every page: absolute canonical URL, Open Graph and Twitter meta', () => {
  for (const file of listHtmlFiles(site)) {
    const page = pageAt(site, file.urlPath);
    const meta = (attr: string, name: string) =>
      page.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (meta('name', 'robots') === 'noindex') {
      // 404.html is served at any missing address: it must not claim one.
      assert.equal(canonical, undefined, `${file.urlPath}: a noindex page has no canonical URL`);
      continue;
    }
    assert.equal(canonical, `${site.site}${file.urlPath}`, `${file.urlPath}: canonical`);
    assert.equal(meta('property', 'og:url'), canonical, `${file.urlPath}: og:url`);
    assert.ok(meta('property', 'og:title'), `${file.urlPath}: og:title`);
    assert.equal(
      meta('property', 'og:description'),
      meta('name', 'description'),
      `${file.urlPath}: og:description`,
    );
    assert.equal(meta('property', 'og:locale'), 'fr_FR');
    assert.equal(meta('property', 'og:site_name'), 'Offres');
    const image = meta('property', 'og:image') ?? '';
    assert.ok(
      findDistFile(site, new URL(image).pathname),
      `${file.urlPath}: og:image ${image} is not built`,
    );
    assert.equal(meta('name', 'twitter:card'), 'summary_large_image');
    assert.equal(meta('name', 'twitter:title'), meta('property', 'og:title'));
  }
});

test('JSON-LD parses everywhere and never lets contributed text close its script', () => {
  for (const file of listHtmlFiles(site)) {
    const html = readDist(site, file.urlPath);
    for (const [, body] of html.matchAll(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
    )) {
      assert.ok(!(body ?? '').includes('<'), `${file.urlPath}: a raw < in JSON-LD`);
      assert.doesNotThrow(() => JSON.parse(body ?? ''), file.urlPath);
    }
  }
  const xss = jsonLdOf(pageAt(site, '/offres/2026-02-ocean-indien-solidaire-benevolat-securite/'));
  const posting = xss.find((d) => d['@type'] === 'JobPosting') as
    WithContext<JobPosting> | undefined;
  assert.equal(posting?.title, 'Bénévole <b>accueil</b> du public');
  const description = posting?.description;
  assert.ok(
    typeof description === 'string' && !/<script|onerror/i.test(description),
    'the description is the sanitised HTML',
  );
});

test('every open offer has a JobPosting that meets Google’s requirements; closed offers have none', () => {
  for (const offer of catalog.offers) {
    const data = jsonLdOf(pageAt(site, offer.url));
    const postings = data.filter((d) => d['@type'] === 'JobPosting');
    if (offer.status === 'closed') {
      assert.equal(postings.length, 0, `${offer.slug} is closed but has a JobPosting`);
      continue;
    }
    assert.equal(postings.length, 1, offer.slug);
    assertGoogleJobPosting(postings[0], offer.slug);
    assert.equal(postings[0]?.['url'], `${site.site}${offer.url}`);
  }
});

test('JobPosting fields map the offer: contract, place or remote, pay unit, reference, deadline in local time', () => {
  const posting = (slug: string) =>
    jsonLdOf(pageAt(site, `/offres/${slug}/`)).find((d) => d['@type'] === 'JobPosting') as Record<
      string,
      unknown
    >;
  const ajaccio = posting('2026-02-ville-d-ajaccio-charge-communication');
  assert.deepEqual(ajaccio['employmentType'], ['FULL_TIME']);
  assert.deepEqual(ajaccio['jobLocation'], {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      addressLocality: 'Ajaccio',
      postalCode: '20000',
      addressRegion: 'Corse',
      addressCountry: 'FR',
    },
  });
  assert.deepEqual(ajaccio['baseSalary'], {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', minValue: 2200, maxValue: 2600, unitText: 'MONTH' },
  });
  assert.deepEqual(ajaccio['identifier'], {
    '@type': 'PropertyValue',
    name: "Ville d'Ajaccio",
    value: 'AJA-2026-014',
  });
  assert.equal(ajaccio['datePosted'], '2026-02-10');
  assert.equal(ajaccio['validThrough'], '2026-03-15T22:59:59Z', 'end of 15 March in Paris');
  assert.deepEqual(ajaccio['hiringOrganization'], {
    '@type': 'Organization',
    name: "Ville d'Ajaccio",
    sameAs: 'https://www.ajaccio.fr',
    url: 'https://www.ajaccio.fr',
  });

  const remote = posting('2026-02-reseau-climat-citoyen-redaction-a-distance');
  assert.equal(remote['jobLocationType'], 'TELECOMMUTE');
  assert.deepEqual(remote['applicantLocationRequirements'], { '@type': 'Country', name: 'France' });
  assert.equal(remote['jobLocation'], undefined);
  assert.deepEqual(remote['employmentType'], ['CONTRACTOR']);
  assert.deepEqual((remote['baseSalary'] as { value: unknown }).value, {
    '@type': 'QuantitativeValue',
    value: 350,
    unitText: 'DAY',
  });

  const reunion = posting('2026-02-ocean-indien-solidaire-service-civique');
  assert.deepEqual(reunion['employmentType'], ['VOLUNTEER', 'PART_TIME']);
  assert.equal(
    (reunion['jobLocation'] as { address: { addressCountry: string } }).address.addressCountry,
    'RE',
  );
  assert.equal(
    reunion['validThrough'],
    '2026-03-10T19:59:59Z',
    'end of 10 March in Saint-Denis (UTC+4)',
  );

  const brussels = posting('2026-01-groupe-europeen-assistant-parlementaire');
  assert.deepEqual((brussels['jobLocation'] as { address: unknown }).address, {
    '@type': 'PostalAddress',
    addressLocality: 'Bruxelles',
    postalCode: '1000',
    addressCountry: 'BE',
  });
  assert.deepEqual(brussels['employmentType'], ['TEMPORARY', 'FULL_TIME']);
});

test('organisation pages carry Organization JSON-LD; indexes and pages carry BreadcrumbList', () => {
  const data = jsonLdOf(pageAt(site, '/organisations/ville-du-mont-dore/'));
  const organization = data.find((d) => d['@type'] === 'GovernmentOrganization');
  assert.ok(organization, 'a collectivité is a GovernmentOrganization');
  assert.equal(organization['name'], 'Ville du Mont-Dore');
  assert.equal(organization['url'], 'https://www.montdore.nc');
  assert.deepEqual(organization['address'], {
    '@type': 'PostalAddress',
    addressLocality: 'Le Mont-Dore',
    postalCode: '98809',
    addressRegion: 'Nouvelle-Calédonie',
    addressCountry: 'NC',
  });
  const logo = jsonLdOf(pageAt(site, '/organisations/maison-des-communs/')).find(
    (d) => d['@type'] === 'Organization',
  );
  assert.equal(logo?.['logo'], `${site.site}/organisations/maison-des-communs/logo.svg`);
  for (const path of [
    '/organisations/',
    '/regions/',
    '/regions/corse/',
    '/organisations/ville-d-ajaccio/',
  ]) {
    const crumbs = jsonLdOf(pageAt(site, path)).find((d) => d['@type'] === 'BreadcrumbList');
    const items = crumbs?.['itemListElement'] as { item: string }[] | undefined;
    assert.equal(items?.at(-1)?.item, `${site.site}${path}`, path);
  }
});

test('/offres.json exports exactly the open offers, newest first, with absolute URLs to built pages', () => {
  const data = JSON.parse(readDist(site, '/offres.json')) as OffersExport;
  assert.equal(data.version, 1);
  assert.equal(data.generated, site.now.toISOString());
  assert.deepEqual(
    data.offers.map((o) => o.id),
    catalog.open.map((o) => o.slug),
  );
  assert.equal(data.count, data.offers.length);
  for (const offer of data.offers) {
    assert.ok(findDistFile(site, new URL(offer.url).pathname), offer.url);
    assert.ok(findDistFile(site, new URL(offer.organisation.url).pathname), offer.organisation.url);
    for (const region of offer.regions)
      assert.ok(findDistFile(site, new URL(region.url).pathname), region.url);
    assert.ok(offer.apply.email ?? offer.apply.url, `${offer.id}: how to apply`);
  }
  const ajaccio = data.offers.find((o) => o.id === '2026-02-ville-d-ajaccio-charge-communication');
  assert.deepEqual(ajaccio?.location, {
    city: 'Ajaccio',
    postalCode: '20000',
    country: 'FR',
    countryName: 'France',
    communeCode: '2A004',
    departement: { code: '2A', name: 'Corse-du-Sud' },
    region: { code: '94', name: 'Corse' },
  });
  assert.equal(ajaccio?.closesAt, '2026-03-15T23:00:00.000Z');
});
