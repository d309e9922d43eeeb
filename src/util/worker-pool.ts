/**
 * Spread CPU-bound work over worker threads. The bundles are single files, so a worker is the same
 * entry file started again with a marker in `workerData`: the entry calls `serveWorkerTasks()`
 * instead of its main when `isPipeguardWorker()`. Task handlers register at module load
 * (`defineWorkerTask`); a worker imports a task's module on the first request for it.
 * Without a registered entry file (tests importing sources), tasks run in-process: same results.
 */
import { availableParallelism } from 'node:os';
import { InputError } from './errors.js';
import {
  Worker,
  isMainThread,
  parentPort,
  workerData,
  type ResourceLimits,
} from 'node:worker_threads';

type Handler = (input: unknown) => unknown;
const handlers = new Map<string, Handler>();
let entryFile: string | undefined;

interface Request {
  id: number;
  task: string;
  input: unknown;
}
type Reply = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: string };

/** The entry (dist/cli/index.js, dist/action/index.js) names itself so workers can be started. */
export function setWorkerEntry(file: string | undefined): void {
  entryFile = file;
}

/** The entry file workers start from, when a bundle registered one (undefined when tests import sources). */
export function workerEntry(): string | undefined {
  return entryFile;
}

export function isPipeguardWorker(): boolean {
  return (
    !isMainThread && (workerData as { pipeguardWorker?: boolean } | null)?.pipeguardWorker === true
  );
}

/** Task name → import of the module that defines it: a worker loads only what it is asked for. */
export type WorkerTaskModules = Readonly<Record<string, () => Promise<unknown>>>;

/** Worker side: answer task requests until the parent closes the port. */
export function serveWorkerTasks(modules: WorkerTaskModules): void {
  parentPort?.on('message', async (request: Request) => {
    let reply: Reply;
    try {
      if (!handlers.has(request.task)) await modules[request.task]?.();
      const handler = handlers.get(request.task);
      if (!handler) throw new Error(`unknown worker task ${request.task}`);
      reply = { id: request.id, ok: true, output: await handler(request.input) };
    } catch (error) {
      reply = {
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    parentPort?.postMessage(reply);
  });
}

/** PIPEGUARD_THREADS: how many threads a large run works on (1: none but this one). */
export function threadsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new InputError(`PIPEGUARD_THREADS must be a whole number of at least 1; got ${value}`);
  }
  return threads;
}

export interface PoolOptions {
  /**
   * Worker threads to use at most. Default: one per core, none on a single core. An explicit 1
   * starts one worker: worth it when the calling thread works meanwhile.
   */
  threads?: number;
  /** V8 heap limits per worker (e.g. a smaller young generation to bound peak RSS). */
  resourceLimits?: ResourceLimits;
  /** Below this many inputs the work runs in-process: starting workers costs more than it saves. */
  minInputsForWorkers?: number;
}

export type TaskRunner<I, O> = (inputs: I[], options?: PoolOptions) => Promise<O[]>;

/**
 * Register a task and get a runner that maps inputs to outputs (same order), in workers when an
 * entry file is known and the batch is large enough, else in-process.
 */
export function defineWorkerTask<I, O>(
  name: string,
  handler: (input: I) => O | Promise<O>,
): TaskRunner<I, O> {
  handlers.set(name, handler as Handler);
  return async (inputs, options = {}) => {
    const threads = Math.min(options.threads ?? availableParallelism(), inputs.length);
    if (
      !entryFile ||
      threads < (options.threads === undefined ? 2 : 1) ||
      inputs.length < (options.minInputsForWorkers ?? 2)
    ) {
      const out: O[] = [];
      for (const input of inputs) out.push(await handler(input));
      return out;
    }
    return runInWorkers<I, O>(entryFile, name, handler, inputs, threads, options.resourceLimits);
  };
}

async function runInWorkers<I, O>(
  file: string,
  task: string,
  handler: (input: I) => O | Promise<O>,
  inputs: I[],
  threads: number,
  resourceLimits?: ResourceLimits,
): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  const workers = Array.from(
    { length: threads },
    () => new Worker(file, { workerData: { pipeguardWorker: true }, resourceLimits }),
  );
  /**
   * A worker that ran out of its capped heap hands its input, and its share of what is left, to
   * the calling thread, whose heap is not capped: one huge input must not fail the whole run.
   */
  const continueHere = async (held: number): Promise<void> => {
    results[held] = await handler(inputs[held]!);
    while (next < inputs.length) {
      const id = next++;
      results[id] = await handler(inputs[id]!);
    }
  };
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let held: number | undefined;
            const feed = (): void => {
              held = undefined;
              if (next >= inputs.length) return resolve();
              held = next++;
              worker.postMessage({ id: held, task, input: inputs[held] } satisfies Request);
            };
            worker.on('message', (reply: Reply) => {
              if (!reply.ok) return reject(new Error(reply.error));
              results[reply.id] = reply.output as O;
              feed();
            });
            worker.on('error', (error: NodeJS.ErrnoException) => {
              if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && held !== undefined) {
                const id = held;
                held = undefined;
                continueHere(id).then(resolve, reject);
              } else reject(error);
            });
            worker.on('exit', (code) => {
              if (code !== 0 && held !== undefined)
                reject(new Error(`worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
