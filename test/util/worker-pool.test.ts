/**
 * The pool with real worker threads: an entry file registers itself as the worker entry, as the
 * bundles do (Node 24 loads worker-pool.ts itself: it holds only erasable TypeScript).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flagsFrozen } from '../../src/util/worker-pool.js';

const pool = path.resolve(__dirname, '../../src/util/worker-pool.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = path.join(dir, 'entry.mjs');
writeFileSync(
  entry,
  `import { threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { defineWorkerTask, isPipeguardWorker, runShared, serveWorkerTasks, setWorkerEntry, startWorkers } from ${JSON.stringify(pool)};

// 'hog' keeps ~120 MB alive: more than a worker's capped heap, fine on the calling thread.
// 'warm' is the shared queue's warm-up input; 'fail' fails the task.
const handler = (input) => {
  if (input === 'fail') throw new Error('task failed on purpose');
  if (input === 'warm') return { value: -1, thread: threadId };
  if (input === 'hog') {
    const kept = [];
    for (let i = 0; i < 120; i++) kept.push(new Array(128 * 1024).fill(i + 0.5));
    return { value: kept.length, thread: threadId };
  }
  return { value: input * 2, thread: threadId };
};
const run = defineWorkerTask('test.task', handler);

if (isPipeguardWorker()) serveWorkerTasks({});
else {
  setWorkerEntry(fileURLToPath(import.meta.url));
  const inputs = JSON.parse(process.argv[2]);
  const resourceLimits = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 };
  // 'started': workers started first, warming up while this thread is busy (as a tree is listed).
  const started =
    process.argv[3] === 'started'
      ? startWorkers('test.task', 2, { warmUp: 'warm', resourceLimits })
      : undefined;
  if (started) {
    const until = Date.now() + 50;
    while (Date.now() < until);
  }
  const outputs =
    process.argv[3] === 'shared' || started
      ? (
          await runShared('test.task', handler, inputs, {
            workers: Number(process.argv[5] ?? 2),
            ...(started ? { started } : {}),
            warmUp: 'warm',
            resourceLimits,
            thisThreadWorks: process.argv[4] !== 'feeds-only',
          })
        ).outputs
      : await run(inputs, { threads: 2, minInputsForWorkers: 1, resourceLimits });
  console.log(JSON.stringify(outputs));
}
`,
);

function runEntry(inputs: unknown[], ...mode: string[]): Array<{ value: number; thread: number }> {
  return runEntryWith([], inputs, ...mode);
}

function runEntryWith(
  nodeOptions: string[],
  inputs: unknown[],
  ...mode: string[]
): Array<{ value: number; thread: number }> {
  const out = execFileSync(
    process.execPath,
    [...nodeOptions, entry, JSON.stringify(inputs), ...mode],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return JSON.parse(out) as Array<{ value: number; thread: number }>;
}

describe('worker pool', () => {
  it('runs workers when node froze V8 flags, which the pool then leaves alone', () => {
    // Setting a flag after --freeze-flags-after-init aborts the process (a V8 fatal error).
    const outputs = runEntryWith(['--freeze-flags-after-init'], [1, 2, 3, 4]);
    expect(outputs.map((o) => o.value)).toEqual([2, 4, 6, 8]);
    expect(outputs.some((o) => o.thread !== 0)).toBe(true);
    expect(flagsFrozen(['--freeze_flags_after_init'])).toBe(true);
    expect(flagsFrozen(['--freeze-flags-after-init', '--no-freeze-flags-after-init'])).toBe(false);
    expect(flagsFrozen(['--max-old-space-size=100'])).toBe(false);
  });

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

  describe('shared queue (this thread and workers)', () => {
    const many = Array.from({ length: 400 }, (_, i) => i);

    /** Feeding only: workers run everything but the input one hands back (out of memory). */
    function expectFedToWorkers(mode: 'shared' | 'started'): void {
      const outputs = runEntry(many, mode, 'feeds-only');
      expect(outputs.map((o) => o.value)).toEqual(many.map((i) => i * 2));
      expect(outputs.every((o) => o.thread !== 0)).toBe(true);
      const withHog = runEntry([1, 2, 'hog', 4, 5, 6, 7, 8], mode, 'feeds-only');
      expect(withHog.map((o) => o.value)).toEqual([2, 4, 120, 8, 10, 12, 14, 16]);
      expect(withHog[2]!.thread).toBe(0);
    }

    it('maps inputs to outputs in order, the work spread over this thread and the workers', () => {
      const outputs = runEntry(many, 'shared');
      expect(outputs.map((o) => o.value)).toEqual(many.map((i) => i * 2));
      expect(outputs.some((o) => o.thread === 0)).toBe(true);
    });

    it('feeding only, this thread runs nothing but what a worker hands back', () => {
      expectFedToWorkers('shared');
    });

    it('when every worker has run out of memory, this thread runs all that is left', () => {
      const inputs = [1, 'hog', 3, 4, 5, 6, 7, 8];
      const outputs = runEntry(inputs, 'shared', 'feeds-only', '1');
      expect(outputs.map((o) => o.value)).toEqual([2, 120, 6, 8, 10, 12, 14, 16]);
      expect(outputs.slice(1).every((o) => o.thread === 0)).toBe(true);
    });

    it('uses workers started before the inputs were known, and their failures still fail the run', () => {
      expectFedToWorkers('started');
      expect(() => runEntry([1, 2, 'fail', 4], 'started', 'feeds-only')).toThrow(
        /task failed on purpose/,
      );
    });

    it('fails the run when a task fails in a worker (fail closed)', () => {
      expect(() => runEntry([1, 2, 'fail', 4], 'shared', 'feeds-only')).toThrow(
        /task failed on purpose/,
      );
    });
  });
});
