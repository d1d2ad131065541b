// `npm run bench`: builds generated corpora (1,000 and 10,000 offers; 50,000 with --huge) in
// a scratch dir, times every stage, measures memory, output, the rebuild after one edit,
// reproducibility, page weight, first-search bytes and Lighthouse, prints a table per size and
// writes the figures into docs/benchmarks.md. See `npm run bench -- --help`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild, type BuildSpec } from './build.ts';
import {
  addArrivals,
  countOffersWith,
  editOffer,
  ensureCorpus,
  NIGHTLY_ARRIVALS,
  pickOfferToEdit,
  REFERENCE_EPOCH,
  type Corpus,
} from './corpus.ts';
import { measurePdfCost } from './pdf-cost.ts';
import { compareTrees, statDist } from './dist.ts';
import { updateDoc } from './doc.ts';
import { Visitor } from './browser.ts';
import { runLighthouse } from './lighthouse.ts';
import { HUGE, parseOptions, type BenchOptions } from './options.ts';
import { describeMachine } from './proc.ts';
import {
  buildTable,
  distLine,
  goalLines,
  machineLine,
  reproLine,
  sizeSection,
  webTables,
  type BenchReport,
  type BuildFigures,
  type SizeResult,
} from './report.ts';
import { serveDist } from './serve.ts';
import { splitStages } from './stages.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const SITE = 'https://offres.example.org';
const SEARCH_PATH = '/recherche/';
export const COMMON_TERM = 'chargé de mission';
export const RARE_TERM = 'Moorea';

function progress(text: string): void {
  if (process.stderr.isTTY)
    process.stderr.write(`\r\u001b[2K${text.slice(0, (process.stderr.columns || 100) - 1)}`);
  else if (Math.round(performance.now() / 1000) % 15 === 0) process.stderr.write(`${text}\n`);
}

function say(text: string): void {
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[2K');
  process.stderr.write(`${text}\n`);
}

async function timedBuild(spec: BuildSpec): Promise<BuildFigures> {
  const run = await runBuild(spec, progress);
  const { times, routes, reusedRoutes } = splitStages(run.lines, run.wallMs);
  const figures: BuildFigures = {
    ok: run.ok,
    wallMs: run.wallMs,
    stages: times,
    routes,
    reusedRoutes,
    peakRssBytes: run.peakRssBytes,
    cpuSeconds: run.cpuSeconds,
    othersCpuShare: run.othersCpuShare,
    cpuByRole: run.cpuByRole,
    logFile: path.relative(ROOT, spec.logFile),
  };
  say(
    `${spec.label}: ${run.ok ? 'built' : 'FAILED'} in ${(run.wallMs / 1000).toFixed(1)} s, peak ${(run.peakRssBytes / 2 ** 30).toFixed(2)} GiB (log: ${figures.logFile})`,
  );
  if (!run.ok)
    say(
      run.lines
        .slice(-30)
        .map((l) => `    ${l.text}`)
        .join('\n'),
    );
  return figures;
}

/**
 * Output dirs are set aside, not deleted, until the run is over. On ext4, files created in the
 * minutes after tens of thousands were deleted get their inodes slowly: the allocator skips
 * recently freed ones one by one (`recently_deleted` in the kernel profile). A build right
 * after `rm -rf dist` paid ~8 s of system time for it at 10,000 offers, which a fresh CI
 * checkout never pays.
 */
let trash: string | undefined;

function discard(target: string): void {
  if (!trash || !fs.existsSync(target)) return;
  fs.mkdirSync(trash, { recursive: true });
  fs.renameSync(target, path.join(trash, `${Date.now()}-${path.basename(target)}`));
}

/** Seconds `pagefind --site` (Pagefind's CLI) takes on a built site: the stand-in for a static
 * generator's usual search step, measured in the same run as our build. */
function timePagefindCli(distDir: string): number | undefined {
  const started = performance.now();
  try {
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'pagefind'),
      ['--site', distDir, '--output-subdir', '_pagefind-cli', '--silent'],
      { stdio: 'ignore' },
    );
    return performance.now() - started;
  } catch {
    return undefined;
  } finally {
    fs.rmSync(path.join(distDir, '_pagefind-cli'), { recursive: true, force: true });
  }
}

async function measureSize(n: number, options: BenchOptions): Promise<SizeResult> {
  const everything = options.full || n < HUGE;
  say(`\n━━ ${n.toLocaleString('en')} offers ━━`);
  const corpus: Corpus = await ensureCorpus(options.scratch, n, options.seed);
  const dir = path.join(options.scratch, `site-${n}`);
  const spec = (name: string, variant: string, extra: Partial<BuildSpec> = {}): BuildSpec => ({
    label: `[${n}] ${name}`,
    contentDir: corpus.contentDir,
    outDir: path.join(dir, variant, 'dist'),
    cacheDir: path.join(dir, variant, 'cache'),
    epoch: REFERENCE_EPOCH,
    site: SITE,
    logFile: path.join(dir, `${name.replace(/\W+/g, '-')}.log`),
    env: options.env,
    ...extra,
  });
  discard(dir);

  const a = spec('cold build', 'a');
  const result: SizeResult = {
    n,
    corpus: corpus.summary,
    cold: await timedBuild(a),
    dist: { files: 0, bytes: 0, byKind: {} },
    rebuilds: [],
  };
  if (!result.cold.ok) return result;
  result.dist = statDist(a.outDir);
  // Rebuilds start like CI: no dist/ (a fresh checkout), the caches kept (restored).
  const rebuild = async (name: string, extra: Partial<BuildSpec> = {}) => {
    discard(a.outDir);
    const figures = await timedBuild(spec(name, 'a', extra));
    result.rebuilds.push({ label: name, figures });
    return figures;
  };
  if (options.rebuild) {
    await rebuild('rebuild, nothing changed');
    const restore = editOffer(pickOfferToEdit(corpus.contentDir));
    try {
      await rebuild('rebuild after 1 edit');
    } finally {
      restore();
    }
    // The next night: a day later, the offers whose last day it was close and new ones arrive.
    const arrivals = addArrivals(corpus.contentDir, NIGHTLY_ARRIVALS);
    try {
      await rebuild(`next night (+${arrivals.count} offers)`, { epoch: REFERENCE_EPOCH + 86_400 });
    } finally {
      arrivals.remove();
    }
  }
  if (options.repro && everything) {
    // Back to the original content: a warm rebuild in dirs "a" must equal a cold build in "b".
    if (options.rebuild) result.revert = await rebuild('rebuild after undo');
    const b = spec('second cold build', 'b');
    await timedBuild(b);
    result.repro = compareTrees(a.outDir, b.outDir);
    say(`[${n}] reproducibility: ${reproLine(result)}`);
    discard(path.dirname(b.outDir));
  }
  if (options.skipPdfBuild) {
    const c = spec('cold build without PDFs', 'c', {
      env: { ...options.env, OFFRES_SKIP_PDF: '1' },
    });
    const build = await timedBuild(c);
    say(`[${n}] timing the Pagefind CLI on that site…`);
    result.noPdf = { build, pagefindCliMs: build.ok ? timePagefindCli(c.outDir) : undefined };
    discard(path.dirname(c.outDir));
  }
  if (options.pdfSample > 0 && options.env['OFFRES_SKIP_PDF'] !== '1') {
    say(`[${n}] drawing ${options.pdfSample} sheets one by one…`);
    result.pdfCost = await measurePdfCost(corpus.contentDir, options.pdfSample, {
      site: SITE,
      now: new Date(REFERENCE_EPOCH * 1000),
    });
  }
  // Page weight and first searches at every size (cheap); Lighthouse only with everything.
  const lighthouse = options.lighthouse && everything;
  if (options.web || lighthouse)
    await measureWeb(result, a.outDir, corpus, { ...options, lighthouse });
  return result;
}

/** The yearly archive bundles of a built site (`pagefind/archives-<year>/`). */
function countArchiveBundles(distDir: string): number {
  const dir = path.join(distDir, 'pagefind');
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir).filter((name) => name.startsWith('archives-')).length;
}

async function measureWeb(
  result: SizeResult,
  distDir: string,
  corpus: Corpus,
  options: BenchOptions,
): Promise<void> {
  const server = await serveDist(distDir);
  try {
    const visitor = await Visitor.open(server);
    let offerPath = '/';
    try {
      offerPath = await visitor.firstOfferLink('/');
      if (options.web) {
        say(`[${result.n}] weighing pages and first searches in Chromium…`);
        const pages = [
          { label: 'home', path: '/' },
          { label: 'offer', path: offerPath },
          { label: 'search', path: SEARCH_PATH },
        ];
        result.pages = [];
        for (const page of pages)
          result.pages.push({ ...page, weight: await visitor.weighPage(page.path) });
        result.searches = [];
        result.closedSearches = [];
        result.archiveBundles = countArchiveBundles(distDir);
        for (const term of [COMMON_TERM, RARE_TERM]) {
          for (const includeClosed of [false, true]) {
            const what = `« ${term} »${includeClosed ? ' with closed offers' : ''}`;
            try {
              const cost = await visitor.firstSearch(SEARCH_PATH, term, includeClosed);
              (includeClosed ? result.closedSearches : result.searches).push({
                ...cost,
                results: cost.results ?? countOffersWith(corpus, term),
              });
            } catch (error) {
              say(`[${result.n}] search for ${what} failed: ${(error as Error).message}`);
            }
          }
        }
      }
    } finally {
      await visitor.close();
    }
    if (options.lighthouse) {
      say(`[${result.n}] Lighthouse (mobile) on /, ${offerPath} and ${SEARCH_PATH}…`);
      result.lighthouse = await runLighthouse(
        server.url,
        ['/', offerPath, SEARCH_PATH],
        options.lighthouseRuns,
      );
    }
  } finally {
    await server.close();
  }
}

/** The extra build environment, e.g. "; built with OFFRES_SKIP_PDF=1 (PDFs skipped)". */
function envNote(options: BenchOptions): string {
  const pairs = Object.entries(options.env).map(([k, v]) => `${k}=${v}`);
  if (pairs.length === 0) return '';
  return `; **built with ${pairs.join(' ')}**${options.env['OFFRES_SKIP_PDF'] === '1' ? ' (PDFs skipped)' : ''}`;
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), ROOT);
  trash = path.join(options.scratch, 'trash');
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: gitCommit(),
    machine: describeMachine(),
    loadBefore: os.loadavg(),
    epoch: REFERENCE_EPOCH,
    seed: options.seed,
    sizes: [],
  };
  say(
    `Benchmark: sizes ${options.sizes.join(', ')}; scratch ${path.relative(ROOT, options.scratch) || '.'}`,
  );
  say(`Machine: ${machineLine(report)}${envNote(options)}`);
  let failed = false;
  for (const n of options.sizes) {
    const result = await measureSize(n, options);
    report.sizes.push(result);
    failed ||=
      !result.cold.ok ||
      result.rebuilds.some((r) => !r.figures.ok) ||
      result.repro?.identical === false;
    say(
      `\n${n.toLocaleString('en')} offers\n${buildTable(result)}\n\n${goalLines(result).join('\n')}\n\ndist/: ${distLine(result.dist)}\nreproducibility: ${reproLine(result)}`,
    );
    if (result.pages || result.searches || result.lighthouse) say(`\n${webTables(result)}`);
    fs.mkdirSync(path.join(options.scratch, 'results'), { recursive: true });
    fs.writeFileSync(
      path.join(options.scratch, 'results', `${n}.json`),
      JSON.stringify({ ...report, sizes: [result] }, null, 2),
    );
    if (options.doc) {
      const header = `Measured ${report.date} on commit \`${report.commit}\`; ${machineLine(report)}${envNote(options)}.`;
      updateDoc(DOC, n, `${sizeSection(result)}\n\n${header}`);
    }
  }
  if (options.doc) say(`\nFigures written to ${path.relative(ROOT, DOC)}`);
  fs.rmSync(trash, { recursive: true, force: true });
  if (failed) process.exitCode = 1;
}

await main();
