/**
 * Offer bodies rendered ahead of the catalog, on a worker thread. In a build the main thread
 * spends the seconds after the content check loading content and bundling pages, while the
 * other core has nothing to do; the catalog then rendered every offer's Markdown on the main
 * thread (~4.5 s at 10,000 offers) before any page, search record or PDF could start. The
 * content check's integration starts this worker on the offer files it has just checked; the
 * catalog takes what it has rendered (src/lib/offers.ts) and renders the rest itself.
 *
 * The worker runs the same pipeline (src/lib/markdown.ts) and hands back, with each HTML, the
 * body it rendered: the catalog uses an HTML only for the very same body, so a file that
 * changed, a worker that failed or one that is still at work can only cost time.
 */
import { Worker } from 'node:worker_threads';

/** A body as the worker rendered it. */
export interface RenderedBody {
  /** The Markdown body (getMarkdownBody() of the file), compared before the HTML is used. */
  body: string;
  html: string;
}

export interface BodyPrerenderData {
  /** Marks a worker started by startBodyPrerender(). */
  offresBodyPrerender: true;
  /** Absolute paths of the offer files. */
  files: string[];
  /** Int32Array over a SharedArrayBuffer: index of the next unclaimed file. */
  next: Int32Array;
  chunk: number;
}

export type BodyPrerenderMessage =
  | { start: number; results: (RenderedBody | null)[] }
  /** The chunk failed in the worker: the catalog renders those files itself. */
  | { start: number; error: string };

/** Files the worker claims at once: the catalog waits at most for one chunk in progress. */
const CHUNK = 25;
/** Added to the shared counter by take(): no chunk can be claimed after it. */
const CLOSED = 1 << 30;

export interface BodyPrerender {
  /**
   * Stops the worker from claiming more files, waits for the chunk it is rendering, and returns
   * every body rendered so far, by absolute file path.
   */
  take(): Promise<ReadonlyMap<string, RenderedBody>>;
  /** Ends the worker (idempotent). */
  stop(): Promise<void>;
  /** Resolves when the worker has ended: every file rendered, stopped, or failed. */
  ended: Promise<void>;
}

/**
 * Starts rendering `files` (absolute paths) on a worker thread; undefined when no worker can
 * be started here (e.g. this module was bundled: the caller then renders everything itself).
 */
export function startBodyPrerender(files: readonly string[]): BodyPrerender | undefined {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const rendered = new Map<string, RenderedBody>();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./body-prerender-worker.ts', import.meta.url), {
      name: 'offres-markdown',
      workerData: {
        offresBodyPrerender: true,
        files: [...files],
        next,
        chunk: CHUNK,
      } satisfies BodyPrerenderData,
    });
  } catch {
    return undefined;
  }
  // A build that fails early must not wait for it.
  worker.unref();
  /** Chunk starts answered (results or error). */
  const answered = new Set<number>();
  let exited = false;
  let wake = () => {};
  let markEnded = () => {};
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  worker.on('message', (message: BodyPrerenderMessage) => {
    answered.add(message.start);
    if ('results' in message) {
      message.results.forEach((result, i) => {
        if (result) rendered.set(files[message.start + i] as string, result);
      });
    }
    wake();
  });
  // A worker that fails to start or dies leaves its files to the catalog.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    exited = true;
    markEnded();
    wake();
  });

  let taken: Promise<ReadonlyMap<string, RenderedBody>> | undefined;
  const stop = async () => {
    if (!exited) await worker.terminate();
  };
  return {
    take() {
      taken ??= (async () => {
        // Every chunk starting below `claimed` was claimed by the worker: wait for those.
        const claimed = Math.min(Atomics.add(next, 0, CLOSED), files.length);
        const pending = () => {
          for (let start = 0; start < claimed; start += CHUNK)
            if (!answered.has(start)) return true;
          return false;
        };
        if (pending() && !exited) {
          // Waited for, the worker keeps the process alive.
          worker.ref();
          await new Promise<void>((resolve) => {
            wake = () => {
              if (exited || !pending()) resolve();
            };
            wake();
          });
        }
        await stop();
        return rendered;
      })();
      return taken;
    },
    stop,
    ended,
  };
}
