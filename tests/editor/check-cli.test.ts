/** `npm run check` as editors and CI run it: exit codes, GitHub annotations, content folder choice. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INVALID, VALID, runScript } from './helpers.ts';

describe('scripts/check.ts', () => {
  test('valid content: exit code 0 and a French all-clear', () => {
    const run = runScript('check.ts', [VALID]);
    assert.equal(run.status, 0, run.output);
    assert.match(run.stdout, /Aucun problème/);
  });

  test('invalid content: exit code 1, every problem listed with file:line and field', () => {
    const run = runScript('check.ts', ['--content-dir', INVALID]);
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /tests\/fixtures\/editor\/invalid\/offers\/2025-01-mauvais-code-postal\.md:6 — champ « location\.city »/,
    );
    assert.match(run.stderr, /\d+ problèmes dans \d+ fichiers\./);
    assert.doesNotMatch(run.stdout, /::error/, 'no annotations outside CI');
  });

  test('CI=true adds GitHub annotations on the offending line', () => {
    const run = runScript('check.ts', [INVALID], { CI: 'true' });
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /^::error file=tests\/fixtures\/editor\/invalid\/offers\/2025-01-organisation-inconnue\.md,line=3,title=Champ « organisation »::.*vouliez-vous dire/m,
    );
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('::error'))) {
      assert.doesNotMatch(line.split('::')[2] ?? '', /\n/, 'messages are escaped on one line');
    }
  });

  test('OFFRES_CONTENT_DIR chooses the content folder', () => {
    assert.equal(runScript('check.ts', [], { OFFRES_CONTENT_DIR: VALID }).status, 0);
    assert.equal(runScript('check.ts', [], { OFFRES_CONTENT_DIR: INVALID }).status, 1);
  });

  test('a single file: only its problems are shown', () => {
    const run = runScript('check.ts', [`${INVALID}/offers/2025-01-trop-long.md`]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /1 problème dans 1 fichier\./);
  });

  test('a missing folder is an error, not an empty success', () => {
    const run = runScript('check.ts', ['/nonexistent/offres']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /introuvable/);
  });
});
