/**
 * Draws sheets on worker threads. Astro renders one route at a time on the main thread, so
 * without workers a 2-core machine draws PDFs on one core while the other idles. The pool
 * runs ahead of the endpoint by at most WINDOW sheets, so memory stays bounded.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OfferSheet } from './offer-sheet.ts';
import type { SheetJob, SheetResult } from './worker.ts';

/** Sheets drawn ahead of the endpoint that will write them. */
const WINDOW = 48;

/**
 * Worker threads to use: OFFRES_PDF_WORKERS when set (0 draws on the main thread), else one
 * per core, at most 4 (beyond that the main thread cannot write files fast enough to matter).
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
  id: number;
  sheet: OfferSheet;
  resolve: (bytes: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

export class SheetPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Pending[] = [];
  readonly #running = new Map<number, Pending>();
  #nextId = 0;
  /** How many queued sheets the pool may start: WINDOW ahead of what was taken. */
  #allowance = WINDOW;

  constructor(workerUrl: string, size: number, flag: string) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL(workerUrl), { workerData: { [flag]: true } });
      // Never keep the build process alive: every result is awaited by an endpoint anyway.
      worker.unref();
      worker.on('message', (result: SheetResult) => this.#settle(worker, result));
      worker.on('error', (error: unknown) =>
        this.#fail(error instanceof Error ? error : new Error(String(error))),
      );
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Queues a sheet; drawing starts within the window. */
  render(sheet: OfferSheet): Promise<Uint8Array<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, sheet, resolve, reject });
      this.#pump();
    });
  }

  /** Call when a result was taken by its consumer: lets the pool start one more sheet. */
  taken(): void {
    this.#allowance += 1;
    this.#pump();
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0 && this.#allowance > 0) {
      const job = this.#queue.shift()!;
      const worker = this.#idle.pop()!;
      this.#allowance -= 1;
      this.#running.set(job.id, job);
      worker.postMessage({ id: job.id, sheet: job.sheet } satisfies SheetJob);
    }
  }

  #settle(worker: Worker, result: SheetResult): void {
    const job = this.#running.get(result.id);
    this.#running.delete(result.id);
    this.#idle.push(worker);
    if (job) {
      if ('bytes' in result) job.resolve(result.bytes);
      else job.reject(new Error(`PDF de ${job.sheet.slug} : ${result.error}`));
    }
    this.#pump();
  }

  #fail(error: Error): void {
    for (const job of [...this.#running.values(), ...this.#queue]) job.reject(error);
    this.#running.clear();
    this.#queue.length = 0;
  }
}
