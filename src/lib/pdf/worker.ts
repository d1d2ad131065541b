/**
 * Worker-thread entry of the PDF pool (pool.ts). The module is also imported by the main
 * thread, for its own URL: wherever the build's bundler put it, a worker started from that
 * URL runs this same code with its imports resolved.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { OfferSheet } from './offer-sheet.ts';
import { renderSheet } from './render-sheet.ts';

export const workerUrl = import.meta.url;

export interface SheetJob {
  id: number;
  sheet: OfferSheet;
}

export type SheetResult =
  { id: number; bytes: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/** Marks a worker started by the pool, as opposed to any other worker that loads this module. */
export const WORKER_FLAG = 'offresPdfWorker';

const port = parentPort;
if (
  !isMainThread &&
  port &&
  (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true
) {
  port.on('message', (job: SheetJob) => {
    renderSheet(job.sheet).then(
      (rendered) => {
        // Hand the bytes over without copying, from a buffer that holds them alone.
        const bytes =
          rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength
            ? rendered
            : new Uint8Array(rendered);
        port.postMessage({ id: job.id, bytes } satisfies SheetResult, [bytes.buffer]);
      },
      (error: unknown) => {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        port.postMessage({ id: job.id, error: message } satisfies SheetResult);
      },
    );
  });
}
