// The benchmark's CPU-by-thread figures (bench/proc.ts) rest on thread names: the poller must put
// a worker thread's CPU under its role.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { test } from 'node:test';
import { threadRole, watchPeakRss } from '../../bench/proc.ts';

const linux = fs.existsSync('/proc/self/task');

test('threadRole() tells Pagefind, the main thread and the named workers apart', () => {
  assert.equal(threadRole('pagefind_extend', 'tokio-rt-worker'), 'Pagefind process');
  assert.equal(threadRole('node', 'MainThread'), 'main thread (Astro: content, pages, feeds)');
  assert.equal(threadRole('node', 'WorkerThread'), 'PDF sheet workers');
  assert.equal(threadRole('node', 'V8Worker'), 'V8 helpers (GC, compiler)');
  // Node 26 prefixes its own threads' names.
  assert.equal(
    threadRole('node-MainThread', 'node-MainThread'),
    'main thread (Astro: content, pages, feeds)',
  );
  assert.equal(threadRole('node-MainThread', 'node-V8Worker'), 'V8 helpers (GC, compiler)');
  assert.equal(threadRole('node', 'something'), 'other');
});

test('the poller counts a busy named worker thread under its role', { skip: !linux }, async () => {
  // A child whose worker spins until it has used 1.5 s of CPU (however busy the machine) while
  // its main thread sleeps.
  const script = `
    const { Worker } = require('node:worker_threads');
    new Worker('while (process.threadCpuUsage().user < 1.5e6);', { eval: true })
      .on('exit', () => process.exit(0));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  const watch = watchPeakRss(child.pid ?? -1, 50);
  await new Promise((resolve) => child.once('exit', resolve));
  watch.stop();
  const byRole = watch.cpuByRole();
  const pdf = byRole['PDF sheet workers'] ?? 0;
  assert.ok(pdf >= 0.8, `PDF workers: ${pdf} s of CPU, roles: ${JSON.stringify(byRole)}`);
  assert.ok(
    (byRole['main thread (Astro: content, pages, feeds)'] ?? 0) < pdf,
    JSON.stringify(byRole),
  );
});
