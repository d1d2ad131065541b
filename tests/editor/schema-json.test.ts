/** The committed JSON Schemas match the zod schemas (regenerate with npm run schema:json). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runScript } from './helpers.ts';

test('schemas/*.schema.json are up to date', () => {
  const run = runScript('schema-json.ts', ['--check']);
  assert.equal(run.status, 0, run.output);
});
