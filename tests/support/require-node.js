// Plain JavaScript on purpose: it must load on any Node, to refuse an old one clearly
// instead of failing on the first `.ts` import. `npm test` runs it before `tests/run.ts`.
const MIN = [22, 12];
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const oldEnough = major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
// Node 22.12–22.17 has type stripping only behind --experimental-strip-types.
const stripsTypes = Boolean(/** @type {{ typescript?: unknown }} */ (process.features).typescript);

if (!oldEnough || !stripsTypes) {
  console.error(
    [
      `The tests need Node >= ${MIN.join('.')} with TypeScript type stripping; this is Node ${process.version} (${process.execPath}).`,
      'Run them through npm (`npm test`), which uses the pinned Node 26 at node_modules/.bin/node.',
      'If that file is missing, reinstall without --ignore-scripts: `npm ci`.',
    ].join('\n'),
  );
  process.exit(1);
}
