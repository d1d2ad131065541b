// The second portal in Chromium: the configured font is loaded from its WOFF files and used,
// the header has the configured colours, and the pages pass axe in those colours.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formatViolations, runAxe } from '../support/browser.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';

let session: SiteSession;

before(async () => {
  session = await openSite({ fixture: 'tremplin' });
});

after(() => session?.close());

test('the configured font and colours reach the visitor', async () => {
  const { page, server, errors } = session;
  await page.goto(`${server.url}/offres/2026-02-villeneuve-animateur-quartier/`);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => `${face.family} ${face.weight}`);
  });
  assert.ok(loaded.includes('Tremplin Sans 100 500'), JSON.stringify(loaded));
  assert.ok(loaded.includes('Tremplin Sans 600 900'), JSON.stringify(loaded));
  const styles = await page.evaluate(() => ({
    font: getComputedStyle(document.body).fontFamily,
    header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
    brand: getComputedStyle(document.querySelector('.brand')!).color,
  }));
  assert.match(styles.font, /^"Tremplin Sans"/);
  assert.equal(styles.header, 'rgb(107, 29, 79)');
  assert.equal(styles.brand, 'rgb(255, 251, 230)');
  const fonts = server.requests.filter((r) => r.path.startsWith('/polices/'));
  assert.ok(fonts.length >= 2 && fonts.every((r) => r.status === 200), JSON.stringify(fonts));
  // The entity-encoded address is a working link for people.
  const mailto = await page
    .getByRole('link', { name: 'Candidater par e-mail' })
    .getAttribute('href');
  assert.match(mailto ?? '', /^mailto:quartiers@villeneuve\.example\?subject=/);
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(errors, []);
});
