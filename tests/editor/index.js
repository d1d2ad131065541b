// Lets `node --test tests/editor/` run this folder: Node resolves a folder to its index.js.
// (`npm test` finds the *.test.ts files itself and never loads this file.)
import { readdirSync } from 'node:fs';

for (const file of readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()) {
  await import(`./${file}`);
}
