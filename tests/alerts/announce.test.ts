/**
 * scripts/announce.ts and scripts/indexnow.ts against a fake Mastodon, Bluesky and IndexNow
 * server on 127.0.0.1 that records what it receives: off without configuration; a first run
 * only records; then exactly the new offer is posted, and the new, changed and closed offer
 * URLs are pinged. The offers are the fixture build's own `offres.json`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { OffersExport } from '../../src/lib/offers-export.ts';
import { getFixture, readDist } from '../support/fixtures.ts';

const run = promisify(execFile);
interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  idempotency: string | undefined;
  body: Record<string, unknown>;
}
const received: RecordedRequest[] = [];
let server: http.Server;
let base = '';
let dir = '';
let current: OffersExport;

const RESPONSES: Record<string, unknown> = {
  '/xrpc/com.atproto.server.createSession': { accessJwt: 'jwt-test', did: 'did:plc:test' },
  '/xrpc/com.atproto.repo.createRecord': {
    uri: 'at://did:plc:test/app.bsky.feed.post/1',
    cid: 'x',
  },
  '/api/v1/statuses': { id: '1' },
};

before(async () => {
  const site = await getFixture();
  current = JSON.parse(readDist(site, '/offres.json')) as OffersExport;
  assert.ok(current.offers.length >= 3);
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1_000_000) req.destroy();
    });
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        authorization: req.headers.authorization,
        idempotency: req.headers['idempotency-key'] as string | undefined,
        body: JSON.parse(body || '{}') as Record<string, unknown>,
      });
      const answer = RESPONSES[req.url ?? ''];
      res.writeHead(answer ? 200 : 202, { 'content-type': 'application/json' });
      res.end(answer ? JSON.stringify(answer) : '');
    });
  });
  server.requestTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-announce-'));
});

after(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The deploy before this one: without the newest offer, with one since closed, one older version. */
function previousExport(): OffersExport {
  const [, second, ...rest] = current.offers;
  assert.ok(second);
  const closed = {
    ...second,
    id: 'offre-depuis-cloturee',
    url: `${current.site}offres/offre-depuis-cloturee/`,
  };
  return {
    ...current,
    offers: [{ ...second, updated: undefined, published: '2000-01-01' }, ...rest, closed],
  };
}

function writeExport(name: string, data: OffersExport): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

async function script(name: string, env: Record<string, string>) {
  const { stdout } = await run(process.execPath, [`scripts/${name}.ts`], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 30_000,
  });
  return stdout;
}

const SOCIAL = () => ({
  MASTODON_SERVER: base,
  MASTODON_TOKEN: 'token-test',
  BLUESKY_HANDLE: 'offres.example.org',
  BLUESKY_APP_PASSWORD: 'app-password',
  BLUESKY_SERVICE: base,
  ANNOUNCE_STATE: path.join(dir, 'announced.json'),
});

test('without configuration, both scripts do nothing and say so', async () => {
  const file = writeExport('current.json', current);
  assert.match(await script('announce', { OFFRES_JSON: file, MASTODON_TOKEN: '' }), /désactivées/);
  assert.match(await script('indexnow', { OFFRES_JSON: file, INDEXNOW_KEY: '' }), /désactivé/);
  assert.equal(received.length, 0);
});

test('announce: a first run records the offers, then only the new one is posted, once', async () => {
  await script('announce', {
    ...SOCIAL(),
    OFFRES_JSON: writeExport('previous.json', previousExport()),
  });
  assert.equal(received.length, 0, 'a first run posts nothing');
  const newest = current.offers[0];
  assert.ok(newest);
  await script('announce', { ...SOCIAL(), OFFRES_JSON: writeExport('current.json', current) });
  assert.deepEqual(
    received.map((r) => r.path),
    [
      '/xrpc/com.atproto.server.createSession',
      '/api/v1/statuses',
      '/xrpc/com.atproto.repo.createRecord',
    ],
  );
  const [session, status, record] = received;
  assert.deepEqual(session?.body, { identifier: 'offres.example.org', password: 'app-password' });
  assert.equal(status?.authorization, 'Bearer token-test');
  assert.equal(status?.idempotency, newest.id);
  const text = String(status?.body['status']);
  assert.ok(text.startsWith(`Nouvelle offre : ${newest.title}\n`), text);
  assert.ok(text.endsWith(`\n${newest.url}`), text);
  assert.equal(record?.authorization, 'Bearer jwt-test');
  assert.equal(record?.body['repo'], 'did:plc:test');
  const post = record?.body['record'] as {
    text: string;
    facets: { index: { byteStart: number; byteEnd: number } }[];
  };
  assert.equal(post.text, text);
  const { byteStart, byteEnd } = post.facets[0]?.index ?? { byteStart: 0, byteEnd: 0 };
  assert.equal(Buffer.from(post.text).subarray(byteStart, byteEnd).toString(), newest.url);
  assert.ok([...post.text].length <= 300);

  received.length = 0;
  await script('announce', { ...SOCIAL(), OFFRES_JSON: writeExport('current.json', current) });
  assert.equal(received.length, 0, 'nothing new, nothing posted');
});

test('indexnow: every open offer at first, then the new, changed and closed offer URLs', async () => {
  received.length = 0;
  const env = {
    INDEXNOW_KEY: 'cle-de-test-1234',
    INDEXNOW_ENDPOINT: `${base}/indexnow`,
    INDEXNOW_STATE: path.join(dir, 'indexnow.json'),
    OFFRES_SITE: 'https://offres.example.org',
  };
  const previous = previousExport();
  await script('indexnow', { ...env, OFFRES_JSON: writeExport('previous.json', previous) });
  assert.equal(received.length, 1);
  assert.deepEqual(
    received[0]?.body['urlList'],
    previous.offers.map((o) => o.url),
  );
  received.length = 0;
  await script('indexnow', { ...env, OFFRES_JSON: writeExport('current.json', current) });
  assert.equal(received[0]?.path, '/indexnow');
  assert.deepEqual(received[0]?.body, {
    host: 'offres.example.org',
    key: 'cle-de-test-1234',
    keyLocation: 'https://offres.example.org/cle-de-test-1234.txt',
    urlList: [
      current.offers[0]?.url,
      current.offers[1]?.url,
      `${current.site}offres/offre-depuis-cloturee/`,
    ],
  });
});
