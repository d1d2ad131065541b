// `npm test`: type check, lint, then every `tests/**/*.test.ts` with node:test. Stops at the
// first failing step, and always ends with the line `N passed, N failed` (node:test tests,
// plus one each for the type check and lint).
//
//   npm test                                   everything
//   npm test -- --skip-checks                  only node:test
//   npm test -- --skip-checks tests/x.test.ts  some test files
//
// Env: OFFRES_TEST_CONCURRENCY (default 1: the machines have 2 cores and the builds and
// Chromium use both), OFFRES_TEST_TIMEOUT_MS (per test, default 10 min).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestCounts } from './support/count-reporter.ts';
import { REPO_ROOT, TEST_RESULTS_DIR } from './support/paths.ts';

interface StepResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  counts?: TestCounts;
}

const TEST_GLOB = 'tests/**/*.test.ts';
const COUNTS_FILE = path.join(TEST_RESULTS_DIR, 'counts.json');

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  // Lets every test file share one build of each fixture site (see support/fixtures.ts).
  OFFRES_TEST_RUN_ID: `${Date.now()}-${process.pid}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

let current: ReturnType<typeof spawn> | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Let the running step end (Ctrl-C reaches it too) so the summary still prints.
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: childEnv, stdio: 'inherit' });
    current = child;
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code) => {
      current = undefined;
      resolve(code ?? 1);
    });
  });
}

function heading(text: string): void {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

async function runScript(name: string, script: string): Promise<StepResult> {
  heading(`${name} (npm run ${script})`);
  const started = Date.now();
  const code = await run('npm', ['run', '--silent', script]);
  return { name, status: code === 0 ? 'passed' : 'failed', seconds: (Date.now() - started) / 1000 };
}

function readCounts(): TestCounts | undefined {
  try {
    return JSON.parse(fs.readFileSync(COUNTS_FILE, 'utf8')) as TestCounts;
  } catch {
    return undefined;
  }
}

async function runTests(files: readonly string[]): Promise<StepResult> {
  heading(`tests (node --test ${files.join(' ')})`);
  fs.mkdirSync(TEST_RESULTS_DIR, { recursive: true });
  fs.rmSync(COUNTS_FILE, { force: true });
  const started = Date.now();
  const code = await run(process.execPath, [
    '--test',
    `--test-concurrency=${process.env['OFFRES_TEST_CONCURRENCY'] ?? '1'}`,
    `--test-timeout=${process.env['OFFRES_TEST_TIMEOUT_MS'] ?? String(10 * 60_000)}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(REPO_ROOT, 'tests/support/count-reporter.ts')}`,
    `--test-reporter-destination=${COUNTS_FILE}`,
    ...files,
  ]);
  const seconds = (Date.now() - started) / 1000;
  const counts = readCounts() ?? { passed: 0, failed: 0, skipped: 0, todo: 0, failures: [] };
  // node --test also fails for what is not a test: a file that does not load, a throwing
  // `describe` body, an unfinished promise. Never let that pass as "0 failed".
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push(`node --test exited with code ${code} (see its output above)`);
  }
  if (code === 0 && counts.passed + counts.failed + counts.skipped + counts.todo === 0) {
    counts.failed = 1;
    counts.failures.push(`no test ran (looked for ${files.join(' ')})`);
  }
  return { name: 'tests', status: counts.failed === 0 ? 'passed' : 'failed', seconds, counts };
}

function printSummary(steps: readonly StepResult[]): { passed: number; failed: number } {
  heading('summary');
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const time = step.status === 'skipped' ? '' : `${step.seconds.toFixed(1)} s`;
    if (step.counts === undefined) {
      console.log(`${step.name.padEnd(10)} ${step.status.padEnd(8)} ${time}`);
      if (step.status === 'passed') passed += 1;
      if (step.status === 'failed') failed += 1;
      continue;
    }
    const { counts } = step;
    const extra = `${counts.skipped} skipped, ${counts.todo} todo`;
    console.log(
      `${step.name.padEnd(10)} ${counts.passed} passed, ${counts.failed} failed, ${extra}  ${time}`,
    );
    for (const failure of counts.failures) console.log(`  ✖ ${failure}`);
    passed += counts.passed;
    failed += counts.failed;
  }
  if (interrupted) {
    console.log('Interrupted: counted as one failure.');
    failed += 1;
  }
  return { passed, failed };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const skipChecks = args.includes('--skip-checks');
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--skip-checks');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}; known: --skip-checks [test files…]`);
    process.exitCode = 2;
    console.log('0 passed, 1 failed');
    return;
  }
  const files = args.filter((arg) => !arg.startsWith('-'));
  const plan: { name: string; start: () => Promise<StepResult> }[] = [
    ...(skipChecks
      ? []
      : [
          { name: 'typecheck', start: () => runScript('typecheck', 'typecheck') },
          { name: 'lint', start: () => runScript('lint', 'lint') },
        ]),
    { name: 'tests', start: () => runTests(files.length > 0 ? files : [TEST_GLOB]) },
  ];
  const results: StepResult[] = [];
  for (const step of plan) {
    const stop = interrupted || results.some((result) => result.status === 'failed');
    results.push(stop ? { name: step.name, status: 'skipped', seconds: 0 } : await step.start());
  }
  const { passed, failed } = printSummary(results);
  process.exitCode = failed > 0 ? 1 : 0;
  // The closing line that CI reads: keep it last and alone.
  console.log(`${passed} passed, ${failed} failed`);
}

await main();
