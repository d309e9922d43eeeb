/**
 * The pool with real worker threads: an entry file registers itself as the worker entry, as the
 * bundles do (Node 24 loads worker-pool.ts itself: it holds only erasable TypeScript).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const pool = path.resolve(__dirname, '../../src/util/worker-pool.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = path.join(dir, 'entry.mjs');
writeFileSync(
  entry,
  `import { threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { defineWorkerTask, isPipeguardWorker, serveWorkerTasks, setWorkerEntry } from ${JSON.stringify(pool)};

// 'hog' keeps ~120 MB alive: more than a worker's capped heap, fine on the calling thread.
const run = defineWorkerTask('test.task', (input) => {
  if (input === 'hog') {
    const kept = [];
    for (let i = 0; i < 120; i++) kept.push(new Array(128 * 1024).fill(i + 0.5));
    return { value: kept.length, thread: threadId };
  }
  return { value: input * 2, thread: threadId };
});

if (isPipeguardWorker()) serveWorkerTasks({});
else {
  setWorkerEntry(fileURLToPath(import.meta.url));
  const inputs = JSON.parse(process.argv[2]);
  const outputs = await run(inputs, {
    threads: 2,
    minInputsForWorkers: 1,
    resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
  });
  console.log(JSON.stringify(outputs));
}
`,
);

function runEntry(inputs: unknown[]): Array<{ value: number; thread: number }> {
  const out = execFileSync(process.execPath, [entry, JSON.stringify(inputs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as Array<{ value: number; thread: number }>;
}

describe('worker pool', () => {
  it('maps inputs to outputs in order on worker threads', () => {
    const outputs = runEntry([1, 2, 3, 4, 5, 6]);
    expect(outputs.map((o) => o.value)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(outputs.every((o) => o.thread !== 0)).toBe(true);
  });

  it('runs an input that exhausts a worker heap on the calling thread, and finishes the rest', () => {
    const outputs = runEntry([1, 2, 'hog', 4, 5, 6, 7, 8]);
    expect(outputs.map((o) => o.value)).toEqual([2, 4, 120, 8, 10, 12, 14, 16]);
    expect(outputs[2]!.thread).toBe(0);
  });
});
