/**
 * Worker-thread entry of the PDF pool (pool.ts). The module is also imported by the main
 * thread, for its own URL: wherever the build's bundler put it, a worker started from that
 * URL runs this same code with its imports resolved.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../thread-priority.ts';
import { READY, WORKER_FLAG, type WriteResult } from './worker-protocol.ts';
import { runWriteJob, type WriteJob } from './write-job.ts';

export const workerUrl = import.meta.url;

export { WORKER_FLAG } from './worker-protocol.ts';

const port = parentPort;
if (
  !isMainThread &&
  port &&
  (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true
) {
  // Sheets are drawn with the CPU time the pages and the search index leave.
  lowerThreadPriority();
  port.postMessage(READY);
  port.on('message', (job: WriteJob) => {
    runWriteJob(job).then(
      (drawn) => port.postMessage({ id: job.id, drawn } satisfies WriteResult),
      (error: unknown) => {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        port.postMessage({ id: job.id, error: message } satisfies WriteResult);
      },
    );
  });
}
