// Linux /proc readers: the memory of a whole process tree (astro, workers, the Pagefind binary,
// Chromium…) and the machine's CPU counters, to tell our CPU time from other users' on a
// shared machine. Everything returns undefined off Linux instead of throwing.
import fs from 'node:fs';
import os from 'node:os';

const PAGE_SIZE = 4096;
const HZ = 100; // USER_HZ on every Linux the project targets

interface ProcStat {
  pid: number;
  ppid: number;
  /** The process's name (`comm`). */
  name: string;
  rssBytes: number;
  /** CPU seconds of the process itself (all its threads, not its children). */
  cpuSeconds: number;
}

/**
 * A `/proc/<pid>/stat` or `/proc/<pid>/task/<tid>/stat` file: the process's or thread's name,
 * the fields after it (0-based from `state`), and its own CPU seconds (user + system).
 * Undefined when it exited between listing and reading.
 */
function readStatFile(
  file: string,
): { name: string; fields: string[]; cpuSeconds: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
    fields,
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / HZ,
  };
}

function readStat(pid: number): ProcStat | undefined {
  const stat = readStatFile(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return {
    pid,
    ppid: Number(stat.fields[1]),
    name: stat.name,
    rssBytes: Number(stat.fields[21]) * PAGE_SIZE,
    cpuSeconds: stat.cpuSeconds,
  };
}

/**
 * What a thread of the build does, from its process's and its own name. The project names its
 * worker threads (`offres-pdf`, `offres-search`, `offres-check`, `offres-markdown`); Node
 * names its own (`MainThread`, `V8Worker` for garbage collection and compilation,
 * `libuv-worker` for file I/O; Node 26 writes the first two `node-MainThread` and
 * `node-V8Worker`); the Pagefind binary's threads all count as Pagefind.
 */
export function threadRole(processName: string, threadName: string): string {
  if (processName.startsWith('pagefind')) return 'Pagefind process';
  switch (threadName.replace(/^node-/, '')) {
    case 'MainThread':
      return 'main thread (Astro: content, pages, feeds)';
    // The build's only worker threads: the PDF pool's (unnamed, so Node's default name).
    case 'WorkerThread':
      return 'PDF sheet workers';
    case 'V8Worker':
      return 'V8 helpers (GC, compiler)';
    case 'libuv-worker':
      return 'file I/O threads (libuv)';
    default:
      return 'other';
  }
}

/**
 * CPU seconds of each thread of the process `pid` (named `processName`), keyed `pid/tid`, with
 * its role (threadRole()).
 */
function readThreads(
  pid: number,
  processName: string,
): { key: string; role: string; cpuSeconds: number }[] {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tids.flatMap((tid) => {
    const stat = readStatFile(`/proc/${pid}/task/${tid}/stat`);
    if (!stat) return [];
    const role = threadRole(processName, stat.name);
    return [{ key: `${pid}/${tid}`, role, cpuSeconds: stat.cpuSeconds }];
  });
}

/** `rootPid` and all its descendants; undefined without /proc. */
function readTree(rootPid: number): ProcStat[] | undefined {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return undefined;
  }
  const children = new Map<number, ProcStat[]>();
  let root: ProcStat | undefined;
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    if (pid === rootPid) root = stat;
    const list = children.get(stat.ppid) ?? [];
    list.push(stat);
    children.set(stat.ppid, list);
  }
  if (!root) return undefined;
  const tree: ProcStat[] = [];
  const queue = [root];
  for (let stat = queue.pop(); stat; stat = queue.pop()) {
    tree.push(stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/**
 * Polls the process tree of `rootPid`: current() and stop() give its resident memory (stop():
 * the peak, in bytes); cpuSeconds() the CPU time of every process seen in the tree, as last
 * seen, and cpuByRole() the same by what its threads do (threadRole()). `time` only counts the
 * children a process waits for: Pagefind's process, ended by its Node API without a wait,
 * would be missing from it.
 */
export function watchPeakRss(
  rootPid: number,
  intervalMs = 100,
): {
  current: () => number;
  stop: () => number;
  cpuSeconds: () => number;
  cpuByRole: () => Record<string, number>;
} {
  let peak = 0;
  let last = 0;
  const cpu = new Map<number, number>();
  const threads = new Map<string, { role: string; cpuSeconds: number }>();
  let samples = 0;
  const sample = () => {
    const tree = readTree(rootPid) ?? [];
    last = tree.reduce((sum, stat) => sum + stat.rssBytes, 0);
    peak = Math.max(peak, last);
    // Threads every fifth sample: reading each one's stat costs the machine more than the
    // processes' (the poller's own CPU counts as others' in the figures).
    const withThreads = samples++ % 5 === 0;
    for (const stat of tree) {
      cpu.set(stat.pid, stat.cpuSeconds);
      if (withThreads)
        for (const thread of readThreads(stat.pid, stat.name)) threads.set(thread.key, thread);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    current: () => last,
    cpuSeconds: () => [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0),
    // Threads as last seen: a thread's last ~500 ms before it exits are missed.
    cpuByRole: () => {
      const byRole: Record<string, number> = {};
      for (const { role, cpuSeconds } of threads.values())
        byRole[role] = (byRole[role] ?? 0) + cpuSeconds;
      return byRole;
    },
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

export interface CpuCounters {
  /** Seconds of CPU time, all cores, spent busy (user, nice, system, irq, softirq, steal). */
  busy: number;
  /** Seconds of wall time × cores. */
  total: number;
}

/** The machine's cumulative CPU counters from /proc/stat. */
export function readCpuCounters(): CpuCounters | undefined {
  let line: string | undefined;
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  } catch {
    return undefined;
  }
  if (!line?.startsWith('cpu ')) return undefined;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    line.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy / HZ, total: (busy + idle + iowait) / HZ };
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
}

export function describeMachine(): MachineInfo {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}
