// The search worker writes the records where Pagefind reads them: /dev/shm when it has room for
// them, else the OS temp dir (a container's 64 MB /dev/shm cannot hold 10,000 records).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { makeScratchDir } from '../../src/integrations/search-worker.ts';

const hasShm = (() => {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();

test('records go to /dev/shm when it has room', { skip: !hasShm }, () => {
  const dir = makeScratchDir(100);
  try {
    assert.equal(path.dirname(dir), '/dev/shm');
    assert.deepEqual(fs.readdirSync(dir), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('records go to the OS temp dir when /dev/shm is too small for them', () => {
  const dir = makeScratchDir(Number.MAX_SAFE_INTEGER / 2 ** 20);
  try {
    assert.equal(path.dirname(dir), os.tmpdir());
    assert.notEqual(path.dirname(dir), '/dev/shm');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
