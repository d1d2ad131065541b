// A node:test reporter that writes one JSON object with the run's counts and failures, so
// that `tests/run.ts` can print its closing `N passed, N failed` line without parsing the
// human-readable spec output. Counts every test (not suites), like node's own summary.
import path from 'node:path';
import type { TestEvent } from 'node:test/reporters';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  /** `file:line › name` of each failed test or suite. */
  failures: string[];
}

function where(data: {
  name: string;
  file?: string | undefined;
  line?: number | undefined;
}): string {
  if (data.file === undefined) return data.name;
  const relative = path.relative(process.cwd(), data.file);
  const file = relative.startsWith('..') ? data.file : relative;
  return `${file}${data.line === undefined ? '' : `:${data.line}`} › ${data.name}`;
}

export default async function* countReporter(
  source: AsyncIterable<TestEvent>,
): AsyncGenerator<string> {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0, todo: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.skip !== undefined && data.skip !== false) counts.skipped += 1;
    else if (data.todo !== undefined && data.todo !== false) counts.todo += 1;
    else if (event.type === 'test:fail') {
      // A failed suite (e.g. a throwing `describe` body) is listed; tests in it are counted.
      if (event.data.details.type !== 'suite') counts.failed += 1;
      counts.failures.push(where(data));
    } else if (data.details.type !== 'suite') counts.passed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
