/**
 * Worker-thread entry of the body prerender (body-prerender.ts): claims chunks of the offer
 * files from a counter shared with the main thread, renders each body with the site's Markdown
 * pipeline and sends the results back, until the counter is closed or the files run out.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { BodyPrerenderData, BodyPrerenderMessage, RenderedBody } from './body-prerender.ts';
import { renderMarkdown } from './markdown.ts';
import { getMarkdownBody } from './offers-loader.ts';

const data = workerData as Partial<BodyPrerenderData> | null;
const port = parentPort;

async function renderFile(file: string): Promise<RenderedBody | null> {
  let contents: string;
  try {
    contents = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const body = getMarkdownBody(contents);
  return { body, html: await renderMarkdown(body) };
}

if (!isMainThread && port && data?.offresBodyPrerender === true) {
  const { files = [], next, chunk = 1 } = data;
  while (next) {
    const start = Atomics.add(next, 0, chunk);
    if (start >= files.length) break;
    let message: BodyPrerenderMessage;
    try {
      const results: (RenderedBody | null)[] = [];
      for (const file of files.slice(start, start + chunk)) results.push(await renderFile(file));
      message = { start, results };
    } catch (error) {
      message = { start, error: String(error) };
    }
    port.postMessage(message);
  }
}
