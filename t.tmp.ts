import { readFileSync, readdirSync } from 'node:fs';
import { buildDraft, listOrganisations, nodeGazetteer, toOfferFile } from './src/lib/import/index.ts';
const orgs = await listOrganisations('tests/fixtures/import');
for (const f of readdirSync('tests/fixtures/import').filter(f=>f.endsWith('.txt'))) {
  const d = buildDraft(readFileSync('tests/fixtures/import/'+f,'utf8'), f, { organisations: orgs, today: '2026-12-06', gazetteer: nodeGazetteer });
  console.log('=====', f, d.slug); console.log(toOfferFile(d.data, d.body, d.comments)); console.log(d.guesses, d.missing);
}
