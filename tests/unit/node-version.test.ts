/**
 * One Node version: .nvmrc states the major version; package.json's engines, the pinned `node`
 * devDependency, the Node running the tests, the docs and every CI set-up say the same.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/paths.ts';

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
const major = read('.nvmrc').trim();
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

test('.nvmrc names one major version', () => {
  assert.match(major, /^\d+$/);
});

test('engines, the pinned node and the running Node agree with .nvmrc', () => {
  assert.equal(pkg.engines.node, `>=${major}`);
  assert.match(pkg.devDependencies['node'] ?? '', new RegExp(`^\\^${major}\\.`));
  assert.equal(process.versions.node.split('.')[0], major);
});

test('the docs name no other Node version', () => {
  for (const file of ['README.md', 'CONTRIBUTING.md']) {
    const versions = [...read(file).matchAll(/\bNode(?:\.js)? v?(\d+)/g)].map((m) => m[1]);
    assert.ok(versions.length > 0 || file !== 'README.md', 'README states the version');
    assert.deepEqual(
      [...new Set(versions)].filter((v) => v !== major),
      [],
      file,
    );
  }
});

test('CI takes the version from .nvmrc', () => {
  assert.match(read('.ci/run'), /< \.nvmrc\)/);
  const dirs = ['.github/workflows', '.github/actions'];
  const files = dirs.flatMap((dir) =>
    fs
      .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(dir, f)),
  );
  for (const file of files)
    for (const line of read(file)
      .split('\n')
      .filter((l) => /node-version/.test(l)))
      assert.match(line, /node-version-file: \.nvmrc\s*$/, `${file}: ${line.trim()}`);
});
