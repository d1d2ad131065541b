/** Messages between the PDF pool (pool.ts) and its workers (worker.ts). */

export type WriteResult = { id: number; drawn: boolean } | { id: number; error: string };

/** Sent by a worker once its code is loaded. */
export const READY = 'offres-pdf-worker-ready';

/** Marks a worker started by the pool, as opposed to any other worker that loads this module. */
export const WORKER_FLAG = 'offresPdfWorker';
