// A cross-process lock, because node:test runs each test file in its own process and two of
// them may ask for the same fixture at once. `mkdir` is atomic; the holder's pid is written
// inside so that a lock left by a killed process is taken over instead of waited on forever.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 250;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryAcquire(lockDir: string): boolean {
  try {
    fs.mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
  fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
  return true;
}

function removeIfStale(lockDir: string): void {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    return; // Just created by another process, pid not written yet: wait.
  }
  if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Runs `fn` while holding the lock directory `lockDir` (created and removed here). */
export async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  while (!tryAcquire(lockDir)) {
    removeIfStale(lockDir);
    await sleep(POLL_MS);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
