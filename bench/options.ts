// Command line of `npm run bench -- [options]`.
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `npm run bench -- [options]

  --sizes 1000,10000   corpus sizes to build (default 1000,10000)
  --huge               also 50,000 offers (builds, rebuilds and first searches only, unless --full)
  --full               every measurement for every size, 50,000 included
  --seed S             generator seed (default 20260630)
  --no-rebuild         skip the rebuilds (nothing changed, one edit, the next night)
  --no-skip-pdf-build  skip the cold build with OFFRES_SKIP_PDF=1 and the Pagefind CLI timing
  --pdf-sample N       sheets drawn one by one to time a sheet (default 200; 0 skips)
  --no-repro           skip the second cold build and byte comparison
  --no-web             skip the Chromium measurements (page weight, first search)
  --no-lighthouse      skip Lighthouse
  --lighthouse-runs N  Lighthouse runs per page, median kept (default 1)
  --skip-pdf           build with OFFRES_SKIP_PDF=1 (quick runs; the report says so)
  --env NAME=VALUE     extra environment for the builds (repeatable; the report lists it)
  --no-doc             do not update docs/benchmarks.md
  --scratch DIR        where corpora and builds go (default .cache/bench)`;

export interface BenchOptions {
  sizes: number[];
  huge: boolean;
  full: boolean;
  seed: number;
  rebuild: boolean;
  repro: boolean;
  skipPdfBuild: boolean;
  pdfSample: number;
  web: boolean;
  lighthouse: boolean;
  lighthouseRuns: number;
  /** Extra build environment, from --skip-pdf and --env. */
  env: Record<string, string>;
  doc: boolean;
  scratch: string;
}

export const HUGE = 50_000;

export function parseOptions(argv: string[], root: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      huge: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20260630' },
      'no-rebuild': { type: 'boolean', default: false },
      'no-repro': { type: 'boolean', default: false },
      'no-skip-pdf-build': { type: 'boolean', default: false },
      'pdf-sample': { type: 'string', default: '200' },
      'no-web': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '1' },
      'skip-pdf': { type: 'boolean', default: false },
      env: { type: 'string', multiple: true, default: [] },
      'no-doc': { type: 'boolean', default: false },
      scratch: { type: 'string', default: path.join(root, '.cache', 'bench') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map(Number);
  if (values.huge || values.full) sizes.push(HUGE);
  const seed = Number(values.seed);
  const lighthouseRuns = Number(values['lighthouse-runs']);
  const pdfSample = Number(values['pdf-sample']);
  const env: Record<string, string> = values['skip-pdf'] ? { OFFRES_SKIP_PDF: '1' } : {};
  for (const pair of values.env) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new Error(`--env expects NAME=VALUE, got "${pair}"`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  if (
    sizes.some((n) => !Number.isInteger(n) || n < 1) ||
    !Number.isInteger(seed) ||
    !(lighthouseRuns >= 1) ||
    !Number.isInteger(pdfSample) ||
    pdfSample < 0
  ) {
    throw new Error(`Bad options.\n\n${USAGE}`);
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    huge: values.huge,
    full: values.full,
    seed,
    rebuild: !values['no-rebuild'],
    repro: !values['no-repro'],
    skipPdfBuild: !values['no-skip-pdf-build'],
    pdfSample,
    web: !values['no-web'],
    lighthouse: !values['no-lighthouse'],
    lighthouseRuns,
    env,
    doc: !values['no-doc'],
    scratch: path.resolve(values.scratch),
  };
}
