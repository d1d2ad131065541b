/** An offer page in Chromium: « Candidater » on a phone's first screen, « Copier le lien », screenshots. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formatViolations, runAxe, takeScreenshots } from '../support/browser.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';

const PHONE = { width: 375, height: 667 };
const OPEN = [
  '2026-02-ville-d-ajaccio-charge-communication',
  '2026-02-reseau-climat-citoyen-redaction-a-distance',
  '2026-02-ocean-indien-solidaire-service-civique',
];

let session: SiteSession;
before(async () => {
  session = await openSite({ viewport: PHONE });
});
after(() => session?.close());

test('on a 375 × 667 phone the first « Candidater » is on the first screen, another after the description', async () => {
  const { page, server } = session;
  for (const slug of OPEN) {
    await page.goto(`${server.url}/offres/${slug}/`);
    const first = page.getByRole('link', { name: 'Candidater', exact: true }).first();
    const box = await first.boundingBox();
    assert.ok(box, slug);
    assert.ok(
      box.y >= 0 && box.y + box.height <= PHONE.height,
      `${slug}: « Candidater » at y=${box.y}`,
    );
    const after = await page.evaluate(() => {
      const body = document.querySelector('.prose');
      const apply = document.querySelector('.apply .button-primary');
      return body && apply
        ? body.compareDocumentPosition(apply) & Node.DOCUMENT_POSITION_FOLLOWING
        : 0;
    });
    assert.ok(after, `${slug}: an apply button follows the description`);
    await first.click();
    // The apply box's heading comes into view (the page may scroll smoothly).
    await page.waitForFunction(() => {
      const top = document.getElementById('candidater')?.getBoundingClientRect().top ?? -9;
      return location.hash === '#candidater' && top > -1 && top < window.innerHeight;
    });
  }
  assert.deepEqual(session.errors, []);
});

test('« Copier le lien » copies the page URL; screenshots and accessibility', async () => {
  const { page, server } = session;
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const url = `${server.url}/offres/${OPEN[0]}/`;
  await page.goto(url);
  const button = page.getByRole('button', { name: 'Copier le lien' });
  await button.click();
  await page.getByText('Lien copié.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The link is the canonical URL of the page (the deployed site's, not the test server's).
  assert.match(copied, new RegExp(`/offres/${OPEN[0]}/$`));
  assert.deepEqual(formatViolations(await runAxe(page)), '');
  const shots = await takeScreenshots(page, 'offer-visitors');
  console.log(shots.join('\n'));
  assert.deepEqual(session.errors, []);
});
