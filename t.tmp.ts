import { readFileSync } from 'node:fs';
import { buildDraft, nodeGazetteer, toOfferFile } from './src/lib/import/index.ts';
for (const f of process.argv.slice(2)) {
const d = buildDraft(readFileSync(f,'utf8'), 'x.txt', { organisations: [], today: '2026-12-06', gazetteer: nodeGazetteer });
console.log(toOfferFile(d.data, d.body, d.comments), d.guesses, d.newEmployer);
}
