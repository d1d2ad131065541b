/**
 * Worker-thread entry of the content check (check-content.ts): takes chunks of the file list
 * from a counter shared with the main thread and the other workers, checks each file and
 * sends the results back.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkFile, toSent, type FileTask, type SentCheck } from './check-file.ts';

export interface CheckWorkerData {
  /** Marks a worker started by the content check. */
  offresContentCheck: true;
  tasks: FileTask[];
  /** Directory problem paths are relative to. */
  base: string;
  /** Int32Array over a SharedArrayBuffer: index of the next unclaimed task. */
  next: Int32Array;
  chunk: number;
  /** false: send empty bodies (CheckOptions.bodies). */
  bodies: boolean;
}

export type CheckWorkerMessage =
  | { start: number; results: SentCheck[] }
  /** The chunk failed here: the main thread checks it again, and reports the error if any. */
  | { start: number; error: string };

const data = workerData as Partial<CheckWorkerData> | null;
const port = parentPort;
if (!isMainThread && port && data?.offresContentCheck === true) {
  const { tasks = [], base = '', next, chunk = 1, bodies = true } = data;
  while (next) {
    const start = Atomics.add(next, 0, chunk);
    if (start >= tasks.length) break;
    let message: CheckWorkerMessage;
    try {
      const results = tasks
        .slice(start, start + chunk)
        .map((task) => toSent(checkFile(task, base), bodies));
      message = { start, results };
    } catch (error) {
      message = { start, error: String(error) };
    }
    port.postMessage(message);
  }
}
