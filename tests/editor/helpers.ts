/** Paths and runners shared by the editor-tooling tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures/editor');
export const VALID = path.join(FIXTURES, 'valid');
export const INVALID = path.join(FIXTURES, 'invalid');
/** Raw offers (e-mails, web pages, old site exports) written for the import tests. */
export const SEEDS = path.join(REPO, 'tests/fixtures/import');
export const seedsAvailable = existsSync(SEEDS);

/** Runs one of scripts/*.ts with the Node running the tests (the pinned Node). */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {},
) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'scripts', script), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, CI: '', ...env },
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
  };
}

/** A temporary content folder holding the valid fixture organisations. */
export function makeContentDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'offres-editor-'));
  cpSync(path.join(VALID, 'organisations'), path.join(dir, 'organisations'), { recursive: true });
  return dir;
}
