// Runs the real site build (`npm run build`, so Pagefind and any later step run too) on a
// given content dir. Never throws for a failed build: tests of broken content assert on
// `ok` and `output`; `getFixture()` turns a failure into a loud error.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withLock } from './lock.ts';
import { CACHE_DIR, REPO_ROOT } from './paths.ts';

/** The fixtures' "now": 2026-03-01T12:00:00Z, as SOURCE_DATE_EPOCH seconds. */
export const FIXTURE_EPOCH = 1772366400;
export const FIXTURE_NOW = new Date(FIXTURE_EPOCH * 1000);
export const FIXTURE_SITE = 'https://offres.example.org';

const DEFAULT_TIMEOUT_MS = Number(process.env['OFFRES_BUILD_TIMEOUT_MS'] ?? 20 * 60_000);
/** Astro builds share `.astro/` and use most of the 2 cores: one at a time, across processes. */
const BUILD_LOCK = path.join(CACHE_DIR, 'build.lock');

export interface BuildOptions {
  /** Content root holding `offers/` and `organisations/` (OFFRES_CONTENT_DIR). */
  contentDir: string;
  /** Where the site is written (OFFRES_OUT_DIR); emptied first. */
  outDir: string;
  /** The site's "now" in seconds (SOURCE_DATE_EPOCH); defaults to FIXTURE_EPOCH. */
  epoch?: number;
  /** OFFRES_SITE; defaults to FIXTURE_SITE. */
  site?: string;
  /** Keep what the output folder holds (default: emptied first). */
  keepOutDir?: boolean;
  /** Sends SIGINT (as Ctrl-C does) to the build once its output matches. */
  interruptWhen?: RegExp;
  /** Extra environment for the build; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Astro cache dir (OFFRES_CACHE_DIR); defaults to `astro-cache/` beside `outDir`. */
  cacheDir?: string;
  /** Also write the build output to this file. */
  logFile?: string;
  timeoutMs?: number;
}

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  outDir: string;
  durationMs: number;
}

function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OFFRES_CONTENT_DIR: path.resolve(options.contentDir),
    OFFRES_OUT_DIR: path.resolve(options.outDir),
    OFFRES_CACHE_DIR: path.resolve(
      options.cacheDir ?? path.join(path.dirname(path.resolve(options.outDir)), 'astro-cache'),
    ),
    SOURCE_DATE_EPOCH: String(options.epoch ?? FIXTURE_EPOCH),
    OFFRES_SITE: options.site ?? FIXTURE_SITE,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  // The build is not a test process: don't let it inherit node:test's or the terminal's state.
  delete env['NODE_TEST_CONTEXT'];
  delete env['FORCE_COLOR'];
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function runBuild(options: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const chunks: Buffer[] = [];
  // Own process group, so a timeout kills astro and not only npm.
  const child = spawn('npm', ['run', 'build'], {
    cwd: REPO_ROOT,
    env: buildEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let interrupted = false;
  const collect = (chunk: Buffer) => {
    chunks.push(chunk);
    const { interruptWhen } = options;
    if (interruptWhen && !interrupted && child.pid !== undefined) {
      if (interruptWhen.test(Buffer.concat(chunks).toString('utf8'))) {
        interrupted = true;
        process.kill(-child.pid, 'SIGINT');
      }
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  return new Promise((resolve) => {
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, extra = ''): void => {
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString('utf8') + extra;
      if (options.logFile !== undefined) fs.writeFileSync(options.logFile, output);
      resolve({
        ok: exitCode === 0 && !timedOut,
        exitCode,
        signal,
        timedOut,
        output,
        outDir: path.resolve(options.outDir),
        durationMs: Date.now() - started,
      });
    };
    child.on('error', (error) => finish(null, null, `\nCould not start npm: ${error.message}\n`));
    child.on('close', (code, signal) =>
      finish(code, signal, timedOut ? '\nBuild killed: timed out.\n' : ''),
    );
  });
}

/** Builds the site from `options.contentDir` into `options.outDir` (one build at a time). */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  if (!options.keepOutDir) fs.rmSync(options.outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.resolve(options.outDir)), { recursive: true });
  return withLock(BUILD_LOCK, () => runBuild(options));
}

/** A failed build's output, shortened to what fits in a test failure message. */
export function summarizeBuildOutput(output: string, maxLines = 300): string {
  const lines = output.trimEnd().split('\n');
  if (lines.length <= maxLines) return lines.join('\n');
  const head = lines.slice(0, 40);
  const tail = lines.slice(-(maxLines - 40));
  return [...head, `… ${lines.length - maxLines} lines left out …`, ...tail].join('\n');
}
