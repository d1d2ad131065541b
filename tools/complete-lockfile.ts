/**
 * `npm ci` refuses a lock file that lacks any optional dependency, even one for another
 * platform. Registries that do not mirror every platform's prebuilt binaries (macOS,
 * Windows, FreeBSD builds of Pagefind and of Astro's compiler) leave those entries out of
 * the lock, so `npm ci` would fail on every machine. This adds the missing entries with the
 * platform fields npm uses to skip them elsewhere; a machine of that platform downloads them
 * as usual. Run after `npm install` changes the lock: `npm run lockfile`.
 */
import fs from 'node:fs';

interface LockEntry {
  version?: string;
  license?: string;
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}
interface Lock {
  packages: Record<string, LockEntry>;
  [field: string]: unknown;
}

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8')) as Lock;
const packages = lock.packages;

/** os / cpu / libc from a platform package name such as "darwin-arm64" or "linux-arm64-musl". */
function platformOf(name: string): { os?: string | undefined; cpu?: string | undefined; libc?: string | undefined } {
  const os = [
    ['android', 'android'],
    ['darwin', 'darwin'],
    ['freebsd', 'freebsd'],
    ['linux', 'linux'],
    ['win32', 'win32'],
    ['windows', 'win32'],
  ].find(([token]) => name.includes(`${token}-`))?.[1];
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find((c) => name.includes(c));
  const libc = name.endsWith('-musl') ? 'musl' : name.endsWith('-gnu') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

/** Where node would find `dep` from the package at lock key `from`. */
function resolves(from: string, dep: string): boolean {
  let base = from;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(key, dep)) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (cpu === undefined) throw new Error(`Not a platform binary, refusing to stub: ${dep}@${version} (from ${key || 'root'})`);
    const location = `${key ? `${key}/` : ''}node_modules/${dep}`;
    packages[location] = {
      version,
      cpu: [cpu],
      ...(libc !== undefined && { libc: [libc] }),
      ...(entry.license !== undefined && { license: entry.license }),
      optional: true,
      ...(os !== undefined && { os: [os] }),
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`package-lock.json: ${added} platform entr${added === 1 ? 'y' : 'ies'} added\n`);
