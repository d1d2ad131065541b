/**
 * Atomic output: Astro builds into a staging folder beside the output folder, and the staging
 * folder replaces the output folder only once every step of the build has succeeded. A build
 * that fails or is interrupted (Ctrl-C, a killed CI job) leaves the previous site as it was,
 * and its staging folder is removed — at exit, or by the next build if the process was killed
 * outright. Beside the output folder, the final rename never crosses a file system.
 */
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = '.offres-staging-';

/** Staging folders of builds that are no longer running (killed with SIGKILL, power loss). */
function removeAbandoned(parent: string, outName: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const match = new RegExp(
      `^${PREFIX}${outName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)(?:-old)?$`,
    ).exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    let alive = pid === process.pid;
    try {
      if (!alive) alive = process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

export interface StagingDir {
  /** Where Astro and the outputs write. */
  dir: string;
  /** The output folder it replaces. */
  target: string;
  /** Replaces the output folder with the staging folder. */
  publish(): void;
  /** Removes the staging folder (a failed build). */
  discard(): void;
}

export function createStagingDir(outDir: string): StagingDir {
  const parent = path.dirname(path.resolve(outDir));
  const outName = path.basename(path.resolve(outDir));
  fs.mkdirSync(parent, { recursive: true });
  removeAbandoned(parent, outName);
  const dir = path.join(parent, `${PREFIX}${outName}-${process.pid}`);
  const old = `${dir}-old`;
  fs.rmSync(dir, { recursive: true, force: true });
  let settled = false;
  const discard = () => {
    if (settled) return;
    settled = true;
    fs.rmSync(dir, { recursive: true, force: true });
    process.off('exit', discard);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    // The default action, now that the staging folder is gone.
    process.kill(process.pid, signal);
  };
  process.once('exit', discard);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return {
    dir,
    target: path.resolve(outDir),
    publish() {
      if (settled) throw new Error(`${dir} : dossier de construction déjà publié ou abandonné`);
      const target = path.resolve(outDir);
      // lstat: an output "folder" that is a link is replaced, never followed.
      const existed = fs.existsSync(target) || isLink(target);
      if (existed) fs.renameSync(target, old);
      fs.renameSync(dir, target);
      settled = true;
      process.off('exit', discard);
      for (const signal of SIGNALS) process.off(signal, onSignal);
      if (existed) fs.rmSync(old, { recursive: true, force: true });
    },
    discard,
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
