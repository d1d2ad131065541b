/**
 * Runs sheet write jobs (write-job.ts) on worker threads. Astro renders one route at a time on
 * the main thread; the workers draw and write the PDF sheets on the other cores meanwhile.
 * Jobs are handed to a worker only when it is idle, so memory stays bounded.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { READY, type WriteResult } from './worker-protocol.ts';
import type { WriteJob } from './write-job.ts';

/**
 * Worker threads to use: OFFRES_PDF_WORKERS when set (0 draws on the main thread), else one
 * per core, at most 4.
 */
export function getPdfWorkerCount(env: Record<string, string | undefined> = process.env): number {
  const configured = env['OFFRES_PDF_WORKERS'];
  if (configured !== undefined && configured.trim() !== '') {
    const count = Number(configured);
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`OFFRES_PDF_WORKERS invalide : « ${configured} »`);
    return count;
  }
  return Math.min(os.availableParallelism(), 4);
}

interface Pending {
  job: WriteJob;
  resolve: (drawn: boolean) => void;
  reject: (error: Error) => void;
}

export class WritePool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Pending[] = [];
  readonly #running = new Map<number, Pending>();
  readonly #ready: Promise<void>;

  constructor(workerUrl: string, size: number, flag: string) {
    const ready: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL(workerUrl), {
        workerData: { [flag]: true },
        // The thread's name, as profilers and the benchmark see it (bench/proc.ts).
        name: 'offres-pdf',
      });
      ready.push(
        new Promise((resolve, reject) => {
          worker.once('message', (message: unknown) =>
            message === READY ? resolve() : reject(new Error(String(message))),
          );
          worker.once('error', reject);
        }),
      );
      worker.on('message', (result: WriteResult | typeof READY) => {
        if (result !== READY) this.#settle(worker, result);
      });
      worker.on('error', (error: unknown) =>
        this.#fail(error instanceof Error ? error : new Error(String(error))),
      );
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
    this.#ready = Promise.all(ready).then(() => undefined);
  }

  /** Resolves once every worker has loaded its code. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** Queues a job; resolves with true when the sheet was drawn, false when copied. */
  run(job: WriteJob): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const pending = this.#queue.shift()!;
      const worker = this.#idle.pop()!;
      this.#running.set(pending.job.id, pending);
      worker.postMessage(pending.job);
    }
  }

  #settle(worker: Worker, result: WriteResult): void {
    const pending = this.#running.get(result.id);
    this.#running.delete(result.id);
    this.#idle.push(worker);
    if (pending) {
      if ('drawn' in result) pending.resolve(result.drawn);
      else pending.reject(new Error(`PDF de ${pending.job.sheet.slug} : ${result.error}`));
    }
    this.#pump();
  }

  #fail(error: Error): void {
    for (const pending of [...this.#running.values(), ...this.#queue]) pending.reject(error);
    this.#running.clear();
    this.#queue.length = 0;
  }
}
