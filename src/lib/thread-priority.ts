/**
 * Background threads of the build (the PDF sheet workers) lower their own scheduling priority,
 * so that they run on what Astro's main thread and Pagefind leave of the cores instead of
 * taking turns with them. On 2 cores, threads taking turns cost more CPU time for the same
 * work: at 10,000 offers the same build needed 126–141 CPU-s with the sheet workers at the
 * default priority and 110–137 with them at the lowest, in alternating runs (docs/benchmarks.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The lowest priority (highest nice value) on Linux. */
export const BACKGROUND_NICE = 19;

/**
 * Lowers the calling thread's priority to BACKGROUND_NICE; true when done. Linux only: there a
 * nice value belongs to a thread, named by its id (/proc/thread-self). Elsewhere it belongs to
 * the whole process, which must keep its priority: nothing is changed.
 */
export function lowerThreadPriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
    if (!Number.isInteger(tid) || tid <= 0) return false;
    os.setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
