/**
 * Run batches on this thread and on worker threads at once, sharing one queue: the main thread
 * never idles while workers start (a worker loads the whole bundle first), and a worker only gets
 * batches once it has answered a warm-up request, so a slow start costs nothing. Uses the foundation's
 * worker protocol (src/util/worker-pool.ts): the bundle file is the worker entry and tasks are
 * registered with defineWorkerTask at module load, so they exist in every thread.
 * Without a registered entry (tests importing sources) or with `workers: 0`, everything runs here.
 */
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../../util/worker-pool.js';

interface Reply {
  id: number;
  ok: boolean;
  output?: unknown;
  error?: string;
}

export interface SharedOptions<I> {
  /** Worker threads to add to this one (0: this thread only). */
  workers: number;
  /** Input sent once to each worker before real work (builds its caches); its output is dropped. */
  warmUp?: I;
}

const WARM_UP_ID = -1;

export async function runShared<I, O>(
  task: string,
  handler: (input: I) => O,
  inputs: readonly I[],
  options: SharedOptions<I>,
): Promise<{ outputs: O[]; workers: number }> {
  const results = new Array<O>(inputs.length);
  const entry = workerEntry();
  const workerCount = entry ? Math.max(0, Math.min(options.workers, inputs.length - 1)) : 0;
  let next = 0;
  let failure: Error | undefined;
  const workers: Worker[] = [];
  const finished: Array<Promise<void>> = [];
  for (let w = 0; w < workerCount; w++) {
    const worker = new Worker(entry!, { workerData: { pipeguardWorker: true } });
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve) => {
        let busy = false;
        const feed = (): void => {
          busy = false;
          if (failure || next >= inputs.length) return resolve();
          const id = next++;
          busy = true;
          worker.postMessage({ id, task, input: inputs[id] });
        };
        worker.on('message', (reply: Reply) => {
          if (!reply.ok) {
            failure ??= new Error(reply.error ?? 'worker task failed');
            return resolve();
          }
          if (reply.id !== WARM_UP_ID) results[reply.id] = reply.output as O;
          feed();
        });
        worker.on('error', (error) => {
          failure ??= error;
          resolve();
        });
        worker.on('exit', (code) => {
          // An exit while holding a batch would lose it: fail closed.
          if (busy) failure ??= new Error(`worker exited with code ${code} during a batch`);
          resolve();
        });
        busy = true;
        worker.postMessage({ id: WARM_UP_ID, task, input: options.warmUp ?? inputs[0] });
      }),
    );
  }
  try {
    while (!failure && next < inputs.length) {
      const id = next++;
      results[id] = handler(inputs[id]!);
      // Let worker replies in between batches, so they are fed while this thread works.
      if (workerCount > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
  return { outputs: results, workers: workerCount };
}
