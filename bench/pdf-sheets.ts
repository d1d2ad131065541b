// Micro-benchmark of the PDF « fiche de poste »: draws N sheets of the generated corpus on one
// thread and prints the wall and CPU time per sheet and the average size.
//
//   node bench/pdf-sheets.ts [--n 500] [--rounds 3] [--content DIR] [--out DIR]
//
// The offers are spread evenly over the corpus (open and closed, short and long). The first
// sheets, drawn before the clock starts, pay the one-off costs (fonts), reported apart. The
// timed sheets are drawn `rounds` times: on a machine shared with other work, the best round is
// the steadiest figure, the median the typical one.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog, type OfferView } from '../src/lib/catalog.ts';
import { checkOfferText, checkOrganisationText } from '../src/lib/content-check/check-entry.ts';
import { renderMarkdown } from '../src/lib/markdown.ts';
import { getOfferSheet, type OfferSheet } from '../src/lib/pdf/offer-sheet.ts';
import { renderSheet } from '../src/lib/pdf/render-sheet.ts';
import { REFERENCE_EPOCH } from './corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = 'https://offres.example.org';
const USAGE = `node bench/pdf-sheets.ts [options]

  --n N          sheets to draw and time (default 500)
  --rounds N     times the timed sheets are drawn (default 3)
  --warmup N     sheets drawn before timing (default 20)
  --content DIR  corpus content folder (default .cache/bench/corpus-10000-20260630/content;
                 make it with: npm run corpus -- OUTDIR 10000)
  --out DIR      also write the timed PDFs there, to look at them`;

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '20' },
    content: {
      type: 'string',
      default: path.join(ROOT, '.cache', 'bench', 'corpus-10000-20260630', 'content'),
    },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(values.n);
const rounds = Math.max(1, Number(values.rounds));
const warmup = Number(values.warmup);
const contentDir = path.resolve(values.content);
if (!fs.existsSync(path.join(contentDir, 'offers'))) {
  console.error(`${contentDir}/offers not found.\n\n${USAGE}`);
  process.exit(1);
}

/** Offers spread evenly over the corpus, drafts skipped, with their organisations. */
async function loadOffers(total: number): Promise<OfferView[]> {
  const orgDir = path.join(contentDir, 'organisations');
  const organisations = fs
    .readdirSync(orgDir)
    .filter((name) => /\.(ya?ml|md)$/.test(name))
    .flatMap((name) => {
      const ext = path.extname(name);
      const { entry } = checkOrganisationText(
        fs.readFileSync(path.join(orgDir, name), 'utf8'),
        name,
        path.basename(name, ext),
        ext === '.md' ? 'md' : 'yaml',
      );
      return entry ? [{ slug: entry.slug, data: entry.data, html: '' }] : [];
    });
  const offerDir = path.join(contentDir, 'offers');
  const files = fs
    .readdirSync(offerDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  // Evenly spread over the whole corpus (names start with the publication month, so old and
  // recent, closed and open offers); a draft gives way to the next file.
  const sources = [];
  const taken = new Set<number>();
  for (let k = 0; k < total; k++) {
    for (let i = Math.floor((k * files.length) / total); i < files.length; i++) {
      if (taken.has(i)) continue;
      taken.add(i);
      const name = files[i]!;
      const { entry } = checkOfferText(
        fs.readFileSync(path.join(offerDir, name), 'utf8'),
        name,
        path.basename(name, '.md'),
      );
      if (!entry || entry.data.draft) continue;
      sources.push({ slug: entry.slug, data: entry.data, html: await renderMarkdown(entry.body) });
      break;
    }
  }
  const now = new Date(REFERENCE_EPOCH * 1000);
  return buildCatalog(sources, organisations, now).offers;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const now = new Date(REFERENCE_EPOCH * 1000);
const offers = await loadOffers(count + warmup);
const sheets: OfferSheet[] = offers.map((offer) => getOfferSheet(offer, { site: SITE, now }));
const warm = sheets.slice(0, warmup);
const timed = sheets.slice(warmup);

let wall = performance.now();
let cpu = cpuMs();
for (const sheet of warm) await renderSheet(sheet);
const warmWall = performance.now() - wall;
const warmCpu = cpuMs() - cpu;

let bytes = 0;
let pages = 0;
const outputs: Uint8Array[] = [];
const results: { wall: number; cpu: number }[] = [];
for (let round = 0; round < rounds; round++) {
  bytes = 0;
  wall = performance.now();
  cpu = cpuMs();
  for (const sheet of timed) {
    const pdf = await renderSheet(sheet);
    bytes += pdf.byteLength;
    if (values.out && round === 0) outputs.push(pdf);
  }
  results.push({ wall: performance.now() - wall, cpu: cpuMs() - cpu });
}
const byCpu = [...results].sort((a, b) => a.cpu - b.cpu);
const best = byCpu[0]!;
const median = byCpu[Math.floor((byCpu.length - 1) / 2)]!;

if (values.out) {
  fs.mkdirSync(values.out, { recursive: true });
  timed.forEach((sheet, i) =>
    fs.writeFileSync(path.join(values.out!, `${sheet.slug}.pdf`), outputs[i]!),
  );
}
for (const pdf of outputs)
  pages +=
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0;

const n = timed.length;
const closed = timed.filter((sheet) => sheet.status === 'closed').length;
const perSheet = (result: { wall: number; cpu: number }) =>
  `${(result.wall / n).toFixed(2)} ms wall, ${(result.cpu / n).toFixed(2)} ms CPU`;
console.log(`corpus: ${contentDir}`);
console.log(`sheets: ${n} timed (${closed} closed) x ${rounds} rounds, ${warm.length} warm-up`);
console.log(
  `warm-up: ${warmWall.toFixed(0)} ms wall, ${warmCpu.toFixed(0)} ms CPU for ${warm.length} sheets (one-off costs included)`,
);
console.log(`per sheet, best round: ${perSheet(best)}`);
console.log(`per sheet, median round: ${perSheet(median)}`);
console.log(
  `average size: ${Math.round(bytes / n)} bytes${values.out ? `, ${(pages / n).toFixed(2)} pages` : ''}`,
);
