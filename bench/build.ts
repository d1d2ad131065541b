// One timed site build: `npm run build` (so every step the project adds to its build is
// counted) with the content, output and cache dirs of a benchmark corpus, each output line
// time-stamped on arrival, the process tree's memory polled, and a live progress line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { readCpuCounters, watchPeakRss } from './proc.ts';

export interface BuildSpec {
  label: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  epoch: number;
  site: string;
  logFile: string;
  env?: Record<string, string>;
}

export interface LogLine {
  /** Milliseconds since the build started. */
  t: number;
  text: string;
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  lines: LogLine[];
  peakRssBytes: number;
  /** CPU seconds of the build's process tree (user + system), from /usr/bin/time. */
  cpuSeconds: number | undefined;
  /** Share of the machine's CPU (0–1) that other processes used while the build ran. */
  othersCpuShare: number | undefined;
  /** CPU seconds by what the threads do (threadRole() in proc.ts). */
  cpuByRole: Record<string, number>;
}

const TIME_BIN = '/usr/bin/time';
const ROUTE_LINE = /^\S*\s*[├└]─ /;

function formatBytes(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

function formatClock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Strips ANSI colours and Astro's "HH:MM:SS " prefix. */
export function cleanLine(raw: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences are control characters
  return raw.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\d\d:\d\d:\d\d /, '');
}

export async function runBuild(
  spec: BuildSpec,
  onProgress: (text: string) => void,
): Promise<BuildRun> {
  fs.mkdirSync(path.dirname(spec.logFile), { recursive: true });
  const log = fs.createWriteStream(spec.logFile);
  const timeFile = `${spec.logFile}.time`;
  const useTime = fs.existsSync(TIME_BIN);
  const command = useTime ? TIME_BIN : 'npm';
  const args = useTime
    ? ['-f', '%U %S %M', '-o', timeFile, 'npm', 'run', 'build']
    : ['run', 'build'];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OFFRES_CONTENT_DIR: spec.contentDir,
    OFFRES_OUT_DIR: spec.outDir,
    OFFRES_CACHE_DIR: spec.cacheDir,
    SOURCE_DATE_EPOCH: String(spec.epoch),
    OFFRES_SITE: spec.site,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...spec.env,
  };
  delete env['FORCE_COLOR'];
  const cpuBefore = readCpuCounters();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: path.resolve(import.meta.dirname, '..'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const rss = watchPeakRss(child.pid ?? -1);
  // The build runs in its own process group: take it down with the harness (Ctrl-C).
  const stopBuild = () => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', stopBuild);
  process.once('SIGTERM', stopBuild);
  const lines: LogLine[] = [];
  let routes = 0;
  let lastText = '';
  const onLine = (raw: string) => {
    const t = performance.now() - started;
    log.write(`${(t / 1000).toFixed(3).padStart(9)} ${raw}\n`);
    const text = cleanLine(raw);
    lines.push({ t, text });
    if (ROUTE_LINE.test(text)) routes++;
    else if (text.trim() !== '') lastText = text.trim().slice(0, 60);
  };
  for (const stream of [child.stdout, child.stderr])
    readline.createInterface({ input: stream }).on('line', onLine);
  const ticker = setInterval(() => {
    const t = performance.now() - started;
    const what = routes > 0 ? `${routes} routes written · ${lastText}` : lastText;
    onProgress(`${spec.label} ${formatClock(t)} · ${formatBytes(rss.current())} · ${what}`);
  }, 1000);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  process.off('SIGINT', stopBuild);
  process.off('SIGTERM', stopBuild);
  clearInterval(ticker);
  const peakRssBytes = rss.stop();
  const cpuAfter = readCpuCounters();
  await new Promise<void>((resolve) => log.end(resolve));

  let cpuSeconds: number | undefined;
  if (useTime && fs.existsSync(timeFile)) {
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [user, system] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = (user ?? 0) + (system ?? 0);
  }
  // Both are lower bounds: `time` misses processes never waited for (Pagefind's), the polling
  // the last 100 ms of each process.
  const polled = rss.cpuSeconds();
  if (polled > 0) cpuSeconds = Math.max(cpuSeconds ?? 0, polled);
  let othersCpuShare: number | undefined;
  if (cpuBefore && cpuAfter && cpuSeconds !== undefined) {
    const total = cpuAfter.total - cpuBefore.total;
    const busy = cpuAfter.busy - cpuBefore.busy;
    if (total > 0) othersCpuShare = Math.max(0, (busy - cpuSeconds) / total);
  }
  return {
    ok: exitCode === 0,
    exitCode,
    wallMs,
    lines,
    peakRssBytes,
    cpuSeconds,
    othersCpuShare,
    cpuByRole: rss.cpuByRole(),
  };
}
