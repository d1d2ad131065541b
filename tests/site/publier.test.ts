// The publishing page in Chromium, end to end up to the GitHub address it opens: a raw offer
// pasted, the form filled by the importer, the content check's own messages, the preview, and
// a « Proposer » link whose file passes the check. Nothing leaves the page but requests for its
// own static files. A portal with publishing off has no such page and no link to it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { checkOfferText, checkOrganisationText } from '../../src/lib/content-check/check-entry.ts';
import { distHas, getFixture, listHtmlFiles, readDist } from '../support/fixtures.ts';
import { formatViolations, runAxe, takeScreenshots } from '../support/browser.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';
import defaults from '../../offres.config.ts';

const RAW = fs.readFileSync(
  path.join(import.meta.dirname, '../fixtures/import/courriel-signature.txt'),
  'utf8',
);
let session: SiteSession;
const outgoing: string[] = [];

before(async () => {
  session = await openSite();
  session.page.on('request', (request) => outgoing.push(request.url()));
});

after(() => session?.close());

/** Decoded `filename` and `value` of a GitHub « new file » address. */
function proposal(href: string | null): { url: URL; file: string; value: string } {
  const url = new URL(href ?? '');
  return {
    url,
    file: url.searchParams.get('filename') ?? '',
    value: url.searchParams.get('value') ?? '',
  };
}

test('a pasted offer fills the form, is checked with the check’s messages, previewed and proposed', async () => {
  const { page, server, errors } = session;
  await page.goto(`${server.url}/publier/`);
  await page.waitForSelector('.publish[data-ready="true"]');
  await page.getByLabel('Texte brut de l’offre').fill(RAW);
  await page.getByRole('button', { name: 'Remplir le formulaire' }).click();
  await page.locator('#import-summary p').first().waitFor();

  // The importer's facts are in the fields.
  assert.equal(await page.locator('#f-title').inputValue(), 'Animateur·rice jardin partagé');
  assert.equal(await page.locator('#f-location-postalCode').inputValue(), '44000');
  assert.equal(await page.locator('#f-location-city').inputValue(), 'Nantes');
  assert.equal(await page.locator('#f-deadline').inputValue(), '2026-11-30');
  assert.equal(await page.locator('#f-apply-email').inputValue(), 'contact@jardins-partages.org');
  assert.ok(await page.locator('input[name="contract"][value="cdd"]').isChecked());
  // A new employer: an organisation file to create, named as the text writes it.
  assert.equal(await page.locator('#f-organisation').inputValue(), '__new');
  assert.equal(await page.locator('#f-org-name').inputValue(), 'Les Jardins Partagés');

  // A title too short: the check's own message, in the summary (linked to the field) and under it.
  await page.locator('#f-title').fill('Anim');
  const summary = page.locator('#problems');
  await summary.locator('a[href="#f-title"]').waitFor();
  const shown = await summary.innerText();
  const problemShots = await takeScreenshots(page, 'publier-probleme');
  await page.locator('#f-org-kind').selectOption('association');
  await page.locator('#f-title').fill('Animateur·rice jardin partagé');
  await page.waitForFunction(() => document.querySelector('#propose')?.hasAttribute('href'));
  assert.match(await summary.innerText(), /Aucun problème/);
  assert.equal(await page.locator('#f-title').getAttribute('aria-invalid'), null);

  // The preview shows the offer page's title and facts.
  assert.equal(await page.locator('#preview h1').innerText(), 'Animateur·rice jardin partagé');
  assert.match(
    await page.locator('#preview [data-fact="place"] dd').innerText(),
    /^Nantes \(44000\)/,
  );

  const offer = proposal(await page.locator('#propose').getAttribute('href'));
  const repository = new URL(defaults.repository.url);
  assert.equal(offer.url.origin, 'https://github.com');
  assert.equal(offer.url.pathname, `${repository.pathname}/new/${defaults.repository.branch}`);
  assert.match(
    offer.file,
    /^content\/offers\/\d{4}-\d\d-les-jardins-partages-animateurrice-jardin-partage\.md$/,
  );
  const slug = path.basename(offer.file, '.md');
  assert.deepEqual(checkOfferText(offer.value, offer.file, slug).problems, []);
  assert.match(offer.value, /^title: Animateur·rice jardin partagé$/m);
  assert.match(offer.value, /^organisation: les-jardins-partages$/m);

  // The message shown for « Anim » is the one `check` gives for that file.
  const broken = offer.value.replace(/^title: .*$/m, 'title: Anim');
  const expected = checkOfferText(broken, offer.file, slug).problems;
  assert.equal(expected.length, 1);
  assert.ok(shown.includes(expected[0]!.message.slice(1)), `${shown}\n≠ ${expected[0]!.message}`);

  const organisation = proposal(await page.locator('#propose-organisation').getAttribute('href'));
  assert.equal(organisation.file, 'content/organisations/les-jardins-partages.yaml');
  assert.deepEqual(
    checkOrganisationText(organisation.value, organisation.file, 'les-jardins-partages', 'yaml')
      .problems,
    [],
  );

  // Nothing typed left the browser: every request was for the site's own static files.
  const foreign = outgoing.filter((url) => !url.startsWith(`${server.url}/`));
  assert.deepEqual(foreign, []);
  const data = server.requests.filter((r) => r.path.startsWith('/publier/')).map((r) => r.path);
  assert.deepEqual(data.sort(), [
    '/publier/',
    '/publier/communes.json',
    '/publier/organisations.json',
  ]);
  assert.ok(
    server.requests.every((r) => r.method === 'GET' && r.status === 200),
    JSON.stringify(server.requests),
  );

  const violations = await runAxe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  const shots = await takeScreenshots(page, 'publier');
  console.log(`screenshots: ${[...problemShots, ...shots].join(', ')}`);
  assert.deepEqual(errors, []);
});

test('the keyboard alone reaches « Proposer cette offre »', async () => {
  const { page } = session;
  assert.ok(await page.locator('#propose').getAttribute('href'));
  await page.locator('#f-body').focus();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'propose');
  }
  assert.ok(reached, 'Tab never reached the « Proposer » link');
});

test('the footer links to the page; a portal with publishing off has neither page nor link', async () => {
  const site = await getFixture();
  assert.match(readDist(site, '/'), /href="\/publier\/"/);
  const tremplin = await getFixture('tremplin');
  assert.equal(distHas(tremplin, '/publier/'), false);
  assert.equal(distHas(tremplin, '/publier/communes.json'), false);
  const linking = listHtmlFiles(tremplin).filter((f) =>
    readDist(tremplin, f.urlPath).includes('/publier/'),
  );
  assert.deepEqual(linking, []);
});
