/**
 * The IndexNow key file: `/<key>.txt` holding the key when OFFRES_INDEXNOW_KEY is set at build
 * time (a one-offer site), nothing otherwise (the default fixture); a malformed key is refused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getIndexNowKey } from '../../src/lib/alerts/indexnow-key.ts';
import {
  buildSite,
  getFixture,
  listDistFiles,
  readDist,
  summarizeBuildOutput,
  writeContentDir,
} from '../support/fixtures.ts';

const KEY = 'cle-indexnow-0123456789';

test('a key file only when a key is configured', async () => {
  const dirs = writeContentDir('indexnow-key', {
    'organisations/asso.yaml': 'name: Asso\nkind: association\n',
    'offers/2026-02-asso-stage.md': [
      '---',
      'title: Stage de test',
      'organisation: asso',
      'contract: stage',
      'location:',
      '  city: Lille',
      '  postalCode: "59000"',
      'published: 2026-02-20',
      'deadline: 2026-04-30',
      'apply:',
      '  email: contact@exemple.fr',
      '---',
      'Description.',
      '',
    ].join('\n'),
  });
  const result = await buildSite({
    contentDir: dirs.contentDir,
    outDir: dirs.outDir,
    env: { OFFRES_SKIP_PDF: '1', OFFRES_SKIP_SEARCH: '1', OFFRES_INDEXNOW_KEY: KEY },
  });
  assert.ok(result.ok, summarizeBuildOutput(result.output));
  assert.equal(readDist(dirs.outDir, `/${KEY}.txt`), KEY);
  // The same build's follow feeds for its one combination.
  assert.ok(
    readDist(dirs.outDir, '/regions/hauts-de-france/stage/rss.xml').includes('Stage de test'),
  );

  const site = await getFixture();
  const texts = listDistFiles(site, 'txt').map((f) => f.urlPath);
  assert.deepEqual(texts, ['/robots.txt']);
});

test('keys IndexNow would refuse stop the build', () => {
  assert.equal(getIndexNowKey({}), undefined);
  assert.equal(getIndexNowKey({ OFFRES_INDEXNOW_KEY: ' ' }), undefined);
  assert.equal(getIndexNowKey({ OFFRES_INDEXNOW_KEY: KEY }), KEY);
  assert.throws(() => getIndexNowKey({ OFFRES_INDEXNOW_KEY: 'court' }), /8 à 128/);
  assert.throws(() => getIndexNowKey({ OFFRES_INDEXNOW_KEY: '../../etc' }), /8 à 128/);
});
