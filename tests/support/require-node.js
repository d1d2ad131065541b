// Plain JavaScript on purpose: it must load on any Node, to refuse another one clearly
// instead of failing on the first `.ts` import. `npm test` runs it before `tests/run.ts`.
// The project's Node major version is stated once, in .nvmrc; npm scripts run the pinned
// `node` devDependency of that version.
import fs from 'node:fs';

const wanted = fs
  .readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8')
  .trim()
  .replace(/^v/, '');
const major = process.versions.node.split('.')[0];

if (major !== wanted.split('.')[0]) {
  console.error(
    [
      `The tests run on Node ${wanted} (.nvmrc); this is Node ${process.version} (${process.execPath}).`,
      `Run them through npm (\`npm test\`), which uses the pinned Node ${wanted} at node_modules/.bin/node.`,
      'If that file is missing, reinstall without --ignore-scripts: `npm ci`.',
    ].join('\n'),
  );
  process.exit(1);
}
