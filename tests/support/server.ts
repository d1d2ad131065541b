// A tiny static host for a built site, on 127.0.0.1 and a free port, behaving like the
// static hosts the portal targets: `/a/` serves `a/index.html`, `/a` redirects to `/a/` when
// that is a directory, unknown paths get `404.html` with status 404.
//
//   const server = await startServer(site.distDir);
//   await page.goto(`${server.url}/offres/`);
//   await server.close();
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  // Pagefind's index files are binary (gzipped) blobs fetched by its worker.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The Content-Type the server sends for a file name. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  /** Every request served so far, in order. */
  requests: ServedRequest[];
  close: () => Promise<void>;
}

export interface ServerOptions {
  /** Extra headers on every response, e.g. a Content-Security-Policy a host would send. */
  headers?: Readonly<Record<string, string>>;
}

function statOf(file: string): fs.Stats | undefined {
  return fs.statSync(file, { throwIfNoEntry: false });
}

type Resolved =
  { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

function resolveRequest(root: string, rawUrl: string): Resolved {
  const url = new URL(rawUrl, 'http://host.invalid');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'missing' };
  }
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return { kind: 'missing' };
  const stat = statOf(file);
  if (stat?.isFile() === true) return { kind: 'file', file };
  if (stat?.isDirectory() === true) {
    if (!pathname.endsWith('/'))
      return { kind: 'redirect', location: `${url.pathname}/${url.search}` };
    const index = path.join(file, 'index.html');
    if (statOf(index)?.isFile() === true) return { kind: 'file', file: index };
  }
  return { kind: 'missing' };
}

/** Serves `dir` until close() is called. */
export async function startServer(dir: string, options: ServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const send = (
      status: number,
      headers: Record<string, string | number>,
      body?: Buffer,
    ): void => {
      requests.push({ method, path: req.url ?? '', status });
      res.writeHead(status, { 'Cache-Control': 'no-store', ...options.headers, ...headers });
      res.end(method === 'HEAD' ? undefined : body);
    };
    if (method !== 'GET' && method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD' });
      return;
    }
    const resolved = resolveRequest(root, req.url ?? '/');
    if (resolved.kind === 'redirect') {
      send(301, { Location: resolved.location });
      return;
    }
    if (resolved.kind === 'file') {
      const body = fs.readFileSync(resolved.file);
      send(
        200,
        { 'Content-Type': contentTypeFor(resolved.file), 'Content-Length': body.length },
        body,
      );
      return;
    }
    const notFoundPage = path.join(root, '404.html');
    const hasPage = statOf(notFoundPage)?.isFile() === true;
    const body = hasPage ? fs.readFileSync(notFoundPage) : Buffer.from('Not found\n');
    const type = hasPage ? contentTypeFor(notFoundPage) : 'text/plain; charset=utf-8';
    send(404, { 'Content-Type': type, 'Content-Length': body.length }, body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
