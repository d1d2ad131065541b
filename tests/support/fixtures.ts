// Fixture sites: the sample content (tests/fixtures/sample-content/, a copy of the shipped
// `content/`) plus `tests/fixtures/<name>/content/`, built once per `npm test` run and shared
// by every test file (each runs in its own process, so the build is guarded by a lock and a
// stamp file that records the run it belongs to).
//
//   const site = await getFixture();             // 'default'
//   const html = readDist(site, '/offres/');
//
// Optional `tests/fixtures/<name>/fixture.json`: { "repoContent": false } to start from an
// empty content dir instead of the sample content; { "env": { "OFFRES_SKIP_PDF": "1" } } for
// the build. A fixture with its own configuration sets OFFRES_CONFIG (and OFFRES_SITE) in
// `env`: tremplin/.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSite,
  FIXTURE_EPOCH,
  FIXTURE_NOW,
  FIXTURE_SITE,
  summarizeBuildOutput,
} from './build.ts';
import { assembleContent, NAME_PATTERN } from './content-dir.ts';
import { withLock } from './lock.ts';
import { FIXTURES_CACHE_DIR, FIXTURES_SOURCE_DIR } from './paths.ts';

export {
  buildSite,
  FIXTURE_EPOCH,
  FIXTURE_NOW,
  FIXTURE_SITE,
  summarizeBuildOutput,
} from './build.ts';
export type { BuildOptions, BuildResult } from './build.ts';
export { assembleContent, writeContentDir } from './content-dir.ts';
export {
  distHas,
  distPath,
  findDistFile,
  listDistFiles,
  listHtmlFiles,
  readDist,
  readDistBytes,
} from './dist.ts';
export type { DistFile, DistSource } from './dist.ts';

export interface Fixture {
  name: string;
  /** `.cache/fixtures/<name>/` */
  root: string;
  /** The assembled content root (has `offers/` and `organisations/`). */
  contentDir: string;
  /** The built site. */
  distDir: string;
  /** Output of the build. */
  buildLog: string;
  /** OFFRES_SITE of the build, no trailing slash. */
  site: string;
  /** SOURCE_DATE_EPOCH of the build, as a Date. */
  now: Date;
}

interface FixtureOptions {
  repoContent: boolean;
  env: Record<string, string>;
}

interface Stamp {
  runId: string;
  ok: boolean;
  output: string;
}

const inProcess = new Map<string, Promise<Fixture>>();

/**
 * Identifies one test run, so each fixture is built once per run. `tests/run.ts` sets
 * OFFRES_TEST_RUN_ID; a bare `node --test` shares its pid with all its test files.
 * OFFRES_REUSE_FIXTURES=1 reuses the last good build (quick iteration on one test file).
 */
function currentRunId(): string {
  const fromRunner = process.env['OFFRES_TEST_RUN_ID'];
  if (fromRunner !== undefined && fromRunner !== '') return fromRunner;
  if (process.env['NODE_TEST_CONTEXT'] !== undefined) return `node-test-${process.ppid}`;
  return `process-${process.pid}`;
}

function readFixtureOptions(name: string): FixtureOptions {
  const file = path.join(FIXTURES_SOURCE_DIR, name, 'fixture.json');
  if (!fs.existsSync(file)) return { repoContent: true, env: {} };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Record<string, unknown>>;
  const { repoContent = true, env = {}, ...unknown } = raw;
  const envOk =
    typeof env === 'object' &&
    env !== null &&
    Object.values(env).every((value) => typeof value === 'string');
  if (typeof repoContent !== 'boolean' || !envOk || Object.keys(unknown).length > 0) {
    throw new Error(`${file}: expected { "repoContent"?: boolean, "env"?: { [name]: string } }`);
  }
  return { repoContent, env: env as Record<string, string> };
}

function fixturePaths(name: string): Fixture {
  const root = path.join(FIXTURES_CACHE_DIR, name);
  return {
    name,
    root,
    contentDir: path.join(root, 'content'),
    distDir: path.join(root, 'dist'),
    buildLog: path.join(root, 'build.log'),
    site: FIXTURE_SITE,
    now: FIXTURE_NOW,
  };
}

function failure(fixture: Fixture, output: string): Error {
  return new Error(
    `Fixture site "${fixture.name}" failed to build (full log: ${fixture.buildLog}):\n\n` +
      summarizeBuildOutput(output),
  );
}

async function buildFixture(name: string): Promise<Fixture> {
  const fixture = fixturePaths(name);
  const stampFile = path.join(fixture.root, 'stamp.json');
  const runId = currentRunId();
  return withLock(path.join(FIXTURES_CACHE_DIR, `${name}.lock`), async () => {
    if (fs.existsSync(stampFile)) {
      const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp;
      const reuse = process.env['OFFRES_REUSE_FIXTURES'] === '1' && stamp.ok;
      if (stamp.runId === runId || reuse) {
        if (stamp.ok) return fixture;
        throw failure(fixture, stamp.output);
      }
    }
    fs.rmSync(stampFile, { force: true });
    const options = readFixtureOptions(name);
    assembleContent(fixture.contentDir, [path.join(FIXTURES_SOURCE_DIR, name, 'content')], options);
    process.stderr.write(`Building fixture site "${name}"…\n`);
    const result = await buildSite({
      contentDir: fixture.contentDir,
      outDir: fixture.distDir,
      epoch: FIXTURE_EPOCH,
      site: FIXTURE_SITE,
      env: options.env,
      logFile: fixture.buildLog,
    });
    const seconds = (result.durationMs / 1000).toFixed(1);
    const outcome = result.ok ? 'built' : 'FAILED to build';
    process.stderr.write(`Fixture site "${name}" ${outcome} in ${seconds} s\n`);
    const stamp: Stamp = { runId, ok: result.ok, output: result.output };
    fs.writeFileSync(stampFile, JSON.stringify(stamp));
    if (!result.ok) throw failure(fixture, result.output);
    return fixture;
  });
}

/**
 * The built fixture site `name` (default 'default'), building it if this test run has not
 * yet. Throws with the build output if the build fails.
 */
export function getFixture(name = 'default'): Promise<Fixture> {
  if (!NAME_PATTERN.test(name)) {
    return Promise.reject(
      new Error(`Bad fixture name "${name}": use lowercase letters, digits and -`),
    );
  }
  let pending = inProcess.get(name);
  if (pending === undefined) {
    pending = buildFixture(name);
    inProcess.set(name, pending);
  }
  return pending;
}
