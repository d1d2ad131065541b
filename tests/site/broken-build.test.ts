/** One bad offer stops the build with every problem named, in French; nothing is published. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSite, writeContentDir } from '../support/fixtures.ts';

const badOffer = `---
title: "Assistant(e) de communication"
organisation: ville-du-mont-dore
contract: fonction-publique
location:
  city: Mont-Dore
  postalCode: "98809"
published: 2025-01-31
apply:
  url: https://www.montdore.nc
---
Corps.
`;

const unknownOrganisation = `---
title: "Chargé de mission"
organisation: collectif-3x
contract: cdd
location:
  city: Ivry-sur-Seine
  postalCode: "94200"
published: 2025-01-31
apply:
  email: collectif3R@gmail.com
---
Corps.
`;

test('the build fails on bad offers, naming file, line, field and fix for each', async () => {
  const dirs = writeContentDir('broken-offers', {
    'offers/2025-01-mauvaise-commune.md': badOffer,
    'offers/2025-01-organisation-inconnue.md': unknownOrganisation,
  });
  const result = await buildSite({ contentDir: dirs.contentDir, outDir: dirs.outDir });
  assert.equal(result.ok, false, 'the build must fail');
  assert.match(result.output, /2025-01-mauvaise-commune\.md:6 — champ « location\.city »/);
  assert.match(result.output, /communes possibles : Le Mont-Dore/);
  assert.match(result.output, /2025-01-organisation-inconnue\.md:3 — champ « organisation »/);
  assert.match(result.output, /vouliez-vous dire « collectif-3r »/);
  // Nothing half-built: no page of the valid offers was written either.
  assert.equal(fs.existsSync(path.join(dirs.outDir, 'index.html')), false);
});

const goodOffer = unknownOrganisation.replace('collectif-3x', 'collectif-3r');

function stagingDirs(outDir: string): string[] {
  return fs.readdirSync(path.dirname(outDir)).filter((name) => name.startsWith('.offres-staging-'));
}

test('a build that fails late, or is interrupted, leaves the previous site as it was', async () => {
  const dirs = writeContentDir('atomic-output', { 'offers/2025-01-bonne-offre.md': goodOffer });
  const first = await buildSite({ contentDir: dirs.contentDir, outDir: dirs.outDir, env: { OFFRES_SKIP_SEARCH: '1' } });
  assert.ok(first.ok, first.output);
  const home = fs.readFileSync(path.join(dirs.outDir, 'index.html'));
  assert.ok(home.includes('Chargé de mission'));

  // The pages render, then the PDF step fails: nothing of this build reaches the output folder.
  fs.writeFileSync(
    path.join(dirs.contentDir, 'offers', '2025-01-autre-offre.md'),
    goodOffer.replace('Chargé de mission', 'Coordinatrice des bénévoles'),
  );
  const failed = await buildSite({
    contentDir: dirs.contentDir,
    outDir: dirs.outDir,
    env: { OFFRES_SKIP_SEARCH: '1', OFFRES_PDF_WORKERS: 'beaucoup' },
    keepOutDir: true,
  });
  assert.equal(failed.ok, false, 'the build must fail');
  assert.match(failed.output, /OFFRES_PDF_WORKERS invalide/);
  assert.match(failed.output, /Coordinatrice des bénévoles|autre-offre/, 'the pages were rendered first');
  assert.deepEqual(fs.readFileSync(path.join(dirs.outDir, 'index.html')), home);
  assert.equal(fs.existsSync(path.join(dirs.outDir, 'offres', '2025-01-autre-offre')), false);
  assert.deepEqual(stagingDirs(dirs.outDir), []);

  // Ctrl-C while the pages render: the same.
  const interrupted = await buildSite({
    contentDir: dirs.contentDir,
    outDir: dirs.outDir,
    env: { OFFRES_SKIP_SEARCH: '1' },
    keepOutDir: true,
    interruptWhen: /offres\/2025-01-autre-offre\/index\.html/,
  });
  assert.equal(interrupted.ok, false, 'the build was interrupted');
  assert.deepEqual(fs.readFileSync(path.join(dirs.outDir, 'index.html')), home);
  assert.equal(fs.existsSync(path.join(dirs.outDir, 'offres', '2025-01-autre-offre')), false);
  assert.deepEqual(stagingDirs(dirs.outDir), []);
});
