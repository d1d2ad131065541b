// The PDF sheet workers draw with the CPU time the build's other threads leave: on Linux each
// lowers its own priority, and nothing else in the process is touched.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { WritePool } from '../../src/lib/pdf/pool.ts';
import { WORKER_FLAG, workerUrl } from '../../src/lib/pdf/worker.ts';
import { BACKGROUND_NICE } from '../../src/lib/thread-priority.ts';

const linux = process.platform === 'linux';

/** Nice value of each thread of this process, by thread name. */
function niceByThread(): { name: string; nice: number }[] {
  return fs.readdirSync('/proc/self/task').map((tid) => {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      name: fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim(),
      // Field 19 of stat; fields here start at field 3.
      nice: Number(fields[16]),
    };
  });
}

test(
  'PDF workers run at the lowest priority, the rest of the process at its own',
  { skip: !linux },
  async () => {
    const before = niceByThread();
    const mainNice = before.find((t) => t.name !== 'offres-pdf')?.nice;
    const pool = new WritePool(workerUrl, 2, WORKER_FLAG);
    try {
      await pool.ready();
      const threads = niceByThread();
      const pdf = threads.filter((t) => t.name === 'offres-pdf');
      assert.equal(pdf.length, 2);
      for (const t of pdf) assert.equal(t.nice, BACKGROUND_NICE);
      for (const t of threads.filter((t) => t.name !== 'offres-pdf'))
        assert.equal(t.nice, mainNice, `${t.name} keeps the process's priority`);
    } finally {
      await pool.close();
    }
  },
);
