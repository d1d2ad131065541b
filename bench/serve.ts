// A static host for the built site on 127.0.0.1 that compresses like production hosts do:
// text (HTML, CSS, JS, JSON, XML, SVG) in brotli or gzip as the browser asks, Pagefind's index
// files and PDFs as they are (already compressed). `/a/` serves `a/index.html`.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { contentTypeFor } from '../tests/support/server.ts';

export interface ServedFile {
  path: string;
  type: string;
  /** Body bytes sent (after compression). */
  bytes: number;
  encoding: string;
}

export interface BenchServer {
  url: string;
  /** Every response so far, in order: slice it to count what one visit downloaded. */
  served: ServedFile[];
  close: () => Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

function resolveFile(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://host.invalid').pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const candidate = pathname.endsWith('/') ? path.join(file, 'index.html') : file;
  return fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() === true
    ? candidate
    : undefined;
}

export async function serveDist(dir: string): Promise<BenchServer> {
  const root = path.resolve(dir);
  const cache = new Map<string, Buffer>();
  const served: ServedFile[] = [];
  const server = http.createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    if (file === undefined) {
      served.push({ path: req.url ?? '/', type: 'text/plain', bytes: 10, encoding: 'identity' });
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    const type = contentTypeFor(file);
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.test(type)
      ? undefined
      : /\bbr\b/.test(accepted)
        ? 'br'
        : /\bgzip\b/.test(accepted)
          ? 'gzip'
          : undefined;
    const key = `${encoding ?? 'identity'}:${file}`;
    let body = cache.get(key);
    if (body === undefined) {
      const raw = fs.readFileSync(file);
      body =
        encoding === 'br'
          ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip'
            ? zlib.gzipSync(raw, { level: 9 })
            : raw;
      cache.set(key, body);
    }
    // Hosts let browsers cache assets; each measurement starts from a fresh browser context anyway.
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'public, max-age=3600',
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    served.push({
      path: req.url ?? '/',
      type,
      bytes: body.length,
      encoding: encoding ?? 'identity',
    });
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
