/**
 * Spread CPU-bound work over worker threads. The bundles are single files, so a worker is the same
 * entry file started again with a marker in `workerData`: the entry calls `serveWorkerTasks()`
 * instead of its main when `isPipeguardWorker()`. Task handlers register at module load
 * (`defineWorkerTask`); a worker imports a task's module on the first request for it.
 * Without a registered entry file (tests importing sources), tasks run in-process: same results.
 */
import { availableParallelism } from 'node:os';
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
    const { outputs } = await runShared(name, handler, inputs, {
      workers: threads,
      resourceLimits: options.resourceLimits,
      thisThreadWorks: false,
    });
    return outputs;
  };
}

export interface SharedOptions<I> {
  /** Worker threads to add to this one (0: this thread only). */
  workers: number;
  /**
   * Input sent once to each worker before real work (builds its caches; its output is dropped).
   * Without one, workers take real inputs at once.
   */
  warmUp?: I;
  /** V8 heap limits per worker (e.g. a smaller young generation to bound peak RSS). */
  resourceLimits?: ResourceLimits;
  /**
   * This thread takes inputs too (default). Off, it only feeds the workers and runs what they
   * hand back: its heap, which no resource limit caps, stays small.
   */
  thisThreadWorks?: boolean;
}

const WARM_UP_ID = -1;

/**
 * Run inputs on this thread and on worker threads at once, sharing one queue: this thread never
 * idles while workers start (a worker loads the whole bundle first), and a worker only gets
 * inputs once it has answered a warm-up request, so a slow start costs nothing. A worker that
 * runs out of its capped heap hands the input it held to this thread, whose heap is not capped:
 * one huge input must not fail the run; any other worker failure fails it (fail closed).
 * Without a registered entry (tests importing sources) or with `workers: 0`, everything runs here.
 */
export async function runShared<I, O>(
  task: string,
  handler: (input: I) => O | Promise<O>,
  inputs: readonly I[],
  options: SharedOptions<I>,
): Promise<{ outputs: O[]; workers: number }> {
  const results = new Array<O>(inputs.length);
  const thisThreadWorks = options.thisThreadWorks !== false;
  // Every worker beyond the inputs left for it would idle.
  const spare = thisThreadWorks ? inputs.length - 1 : inputs.length;
  const workerCount = entryFile ? Math.max(0, Math.min(options.workers, spare)) : 0;
  let next = 0;
  let done = 0;
  /** Inputs a worker could not finish (out of memory): this thread runs them. */
  const handedBack: number[] = [];
  let failure: Error | undefined;
  const workers: Worker[] = [];
  const finished: Array<Promise<void>> = [];
  for (let w = 0; w < workerCount; w++) {
    const worker = new Worker(entryFile!, {
      workerData: { pipeguardWorker: true },
      resourceLimits: options.resourceLimits,
    });
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve) => {
        let held: number | undefined;
        const feed = (): void => {
          held = undefined;
          if (failure || next >= inputs.length) return resolve();
          held = next++;
          worker.postMessage({ id: held, task, input: inputs[held] } satisfies Request);
        };
        worker.on('message', (reply: Reply) => {
          if (!reply.ok) {
            failure ??= new Error(reply.error);
            return resolve();
          }
          if (reply.id !== WARM_UP_ID) {
            results[reply.id] = reply.output as O;
            done++;
          }
          feed();
        });
        worker.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            if (held !== undefined && held !== WARM_UP_ID) handedBack.push(held);
          } else failure ??= error;
          held = undefined;
          resolve();
        });
        worker.on('exit', (code) => {
          // An exit while holding an input would lose it: fail closed.
          if (held !== undefined && held !== WARM_UP_ID)
            failure ??= new Error(`worker exited with code ${code} during a batch`);
          resolve();
        });
        if (options.warmUp === undefined) return feed();
        held = WARM_UP_ID;
        worker.postMessage({ id: WARM_UP_ID, task, input: options.warmUp } satisfies Request);
      }),
    );
  }
  // Once every worker has stopped (done, or out of memory), this thread runs what is left.
  let helps = thisThreadWorks || workerCount === 0;
  const take = (): number | undefined =>
    handedBack.pop() ?? (helps && next < inputs.length ? next++ : undefined);
  try {
    for (;;) {
      for (let id = take(); !failure && id !== undefined; id = take()) {
        results[id] = await handler(inputs[id]!);
        done++;
        // Let worker replies in between inputs, so they are fed while this thread works.
        if (workerCount > 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(finished);
      helps = true;
      if (failure || (handedBack.length === 0 && next >= inputs.length)) break;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
  // Fail closed: an input without an output would be work silently not done (a file not scanned).
  if (done !== inputs.length)
    throw new Error(`worker pool finished ${done} of ${inputs.length} inputs`);
  return { outputs: results, workers: workerCount };
}
