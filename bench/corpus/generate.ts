/**
 * The project's corpus generator, for the scale tests and the benchmarks: realistic French
 * civic-life offers and their organisations, in the content model, deterministic from a seed
 * and relative to a given "now" (which offers are open). Same arguments, same bytes.
 *
 *   npm run corpus -- OUTDIR COUNT [--seed N] [--force]
 *
 * writes OUTDIR/content/offers/*.md and OUTDIR/content/organisations/*.yaml (about one
 * organisation per ten offers) and prints a JSON summary. "Now" is SOURCE_DATE_EPOCH when
 * set, else REFERENCE_EPOCH. Never point it at the site's own content/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeOffer, type GeneratedOffer } from './offers.ts';
import { makeOrganisations } from './organisations.ts';
import { Random } from './random.ts';
import { newContext, SCENARIOS } from './scenario.ts';
import { summarize, type CorpusSummary } from './summary.ts';

/** The generator's default "now": 2026-11-15 12:00 UTC. */
export const REFERENCE_EPOCH = 1_794_744_000;
export const DEFAULT_SEED = 20_260_630;

export interface CorpusOptions {
  count: number;
  seed?: number | undefined;
  /** Unix seconds: offers are open or closed relative to it. */
  epoch?: number | undefined;
  /** Replace the offers and organisations a previous run wrote there. */
  force?: boolean | undefined;
}

export function generateCorpus(outDir: string, options: CorpusOptions): CorpusSummary {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = new Date((options.epoch ?? REFERENCE_EPOCH) * 1000);
  const random = new Random(seed);
  const organisations = makeOrganisations(random, Math.max(10, Math.round(options.count / 10)));
  const ctx = newContext(random, now.toISOString().slice(0, 10));
  const offers: GeneratedOffer[] = [];
  for (let i = 0; i < options.count; i++) {
    // Every organisation publishes at least once; then the busy ones publish most.
    const org = organisations[i] ?? random.weighted(organisations, (o) => o.weight);
    offers.push(makeOffer(ctx, org, SCENARIOS[i] ?? {}));
  }

  const offersDir = path.join(outDir, 'content', 'offers');
  const orgDir = path.join(outDir, 'content', 'organisations');
  for (const dir of [offersDir, orgDir]) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      if (!options.force) throw new Error(`${dir} is not empty: pass force to replace it`);
      fs.rmSync(dir, { recursive: true });
    }
    fs.mkdirSync(dir, { recursive: true });
  }
  for (const org of organisations)
    fs.writeFileSync(path.join(orgDir, `${org.slug}.yaml`), org.yaml);
  for (const offer of offers)
    fs.writeFileSync(path.join(offersDir, `${offer.slug}.md`), offer.text);
  return summarize(offers, organisations.length, { seed, now });
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [outDir, countArg] = positionals;
  const count = Number(countArg);
  if (!outDir || !Number.isInteger(count) || count < 1) {
    console.error('usage: npm run corpus -- OUTDIR COUNT [--seed N] [--force]');
    process.exit(2);
  }
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const started = performance.now();
  const summary = generateCorpus(outDir, {
    count,
    seed: values.seed === undefined ? undefined : Number(values.seed),
    epoch: epoch ? Number(epoch) : undefined,
    force: values.force,
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)) }));
}

if (import.meta.main) main();
