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
  rssBytes: number;
  /** CPU seconds of the process itself (all its threads, not its children). */
  cpuSeconds: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited between readdir and read
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    pid,
    ppid: Number(fields[1]),
    rssBytes: Number(fields[21]) * PAGE_SIZE,
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / HZ,
  };
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
 * seen. `time` only counts the children a process waits for: Pagefind's process, ended by its
 * Node API without a wait, would be missing from it.
 */
export function watchPeakRss(
  rootPid: number,
  intervalMs = 100,
): { current: () => number; stop: () => number; cpuSeconds: () => number } {
  let peak = 0;
  let last = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    const tree = readTree(rootPid) ?? [];
    last = tree.reduce((sum, stat) => sum + stat.rssBytes, 0);
    peak = Math.max(peak, last);
    for (const stat of tree) cpu.set(stat.pid, stat.cpuSeconds);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    current: () => last,
    cpuSeconds: () => [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0),
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
