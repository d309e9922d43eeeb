/**
 * Spread CPU-bound work over worker threads. The bundles are single files, so a worker is the same
 * entry file started again with a marker in `workerData`: the entry calls `serveWorkerTasks()`
 * instead of its main when `isPipeguardWorker()`. Task handlers register at module load
 * (`defineWorkerTask`); a worker imports a task's module on the first request for it.
 * Without a registered entry file (tests importing sources), tasks run in-process: same results.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
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
   * Workers already started (`startWorkers`), warming up while the caller prepared the inputs:
   * used instead of starting `workers` new ones.
   */
  started?: readonly PoolWorker[];
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

/** How one request to a worker ended. */
type Outcome =
  | { kind: 'reply'; reply: Reply }
  | { kind: 'out-of-memory' }
  | { kind: 'exited'; code: number }
  | { kind: 'failed'; error: Error };

function failureOf(outcome: Outcome): Error {
  if (outcome.kind === 'failed') return outcome.error;
  if (outcome.kind === 'exited')
    return new Error(`worker exited with code ${outcome.code} during a batch`);
  if (outcome.kind === 'out-of-memory') return new Error('worker ran out of memory');
  return new Error(outcome.reply.ok ? 'worker replied out of turn' : outcome.reply.error);
}

let optimizingOnWorkerThreads = false;

/**
 * Workers created from now on compile optimized code on their own thread, not on V8's background
 * compiler threads (read when a worker's isolate is created; this thread's isolate keeps its
 * setting). Workers busy enough to be worth starting fill the machine's cores, so a background
 * compile waits for a core while the worker runs its hottest code unoptimized meanwhile: on
 * bench/secrets (2 cores, two workers) a tree scan took 10 % less wall and CPU time this way.
 */
function optimizeOnWorkerThreads(): void {
  if (optimizingOnWorkerThreads) return;
  optimizingOnWorkerThreads = true;
  // Node leaves V8's flags writable unless started with --freeze-flags-after-init: then setting
  // one aborts the process, so the workers keep V8's default.
  if (flagsFrozen(process.execArgv)) return;
  setFlagsFromString('--no-concurrent-recompilation');
}

/** Whether node's own options froze V8's flags (the last --[no-]freeze-flags-after-init wins). */
export function flagsFrozen(execArgv: readonly string[]): boolean {
  let frozen = false;
  for (const arg of execArgv) {
    const option = /^--(no-)?freeze[-_]flags[-_]after[-_]init$/.exec(arg);
    if (option) frozen = option[1] === undefined;
  }
  return frozen;
}

/**
 * One worker thread and its one request in flight. Once the worker has failed or exited, every
 * later request ends the same way at once, so no caller waits on a thread that is gone.
 */
export class PoolWorker {
  /** The warm-up's outcome (undefined without one): the worker takes inputs once it is settled. */
  readonly warm: Promise<Outcome | undefined>;
  private readonly worker: Worker;
  private pending: ((outcome: Outcome) => void) | undefined;
  private ended: Outcome | undefined;

  constructor(file: string, task: string, warmUp: unknown, resourceLimits?: ResourceLimits) {
    optimizeOnWorkerThreads();
    this.worker = new Worker(file, { workerData: { pipeguardWorker: true }, resourceLimits });
    this.worker.on('message', (reply: Reply) => this.settle({ kind: 'reply', reply }));
    this.worker.on('error', (error: NodeJS.ErrnoException) =>
      this.end(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'out-of-memory' }
          : { kind: 'failed', error },
      ),
    );
    this.worker.on('exit', (code) => this.end({ kind: 'exited', code }));
    this.warm =
      warmUp === undefined ? Promise.resolve(undefined) : this.request(WARM_UP_ID, task, warmUp);
  }

  request(id: number, task: string, input: unknown): Promise<Outcome> {
    if (this.ended) return Promise.resolve(this.ended);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.worker.postMessage({ id, task, input } satisfies Request);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private settle(outcome: Outcome): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.(outcome);
  }

  /** An error comes before the exit that follows it: the first one is what the worker ended with. */
  private end(outcome: Outcome): void {
    this.ended ??= outcome;
    this.settle(this.ended);
  }
}

/**
 * Start workers now, so they boot and warm up while this thread still prepares the inputs (lists
 * a tree); hand them to `runShared` through `started`, or terminate them. None without a
 * registered entry file (tests importing sources): the work then runs in-process.
 */
export function startWorkers<I>(
  task: string,
  count: number,
  options: { warmUp?: I; resourceLimits?: ResourceLimits } = {},
): PoolWorker[] {
  if (!entryFile) return [];
  return Array.from(
    { length: count },
    () => new PoolWorker(entryFile!, task, options.warmUp, options.resourceLimits),
  );
}

/**
 * Run inputs on worker threads (and on this thread unless `thisThreadWorks` is off), sharing one
 * queue: a worker only gets inputs once it has answered a warm-up request, so a slow start costs
 * nothing; workers may have been started earlier (`started`). A worker that
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
  const workers =
    options.started ?? startWorkers(task, Math.max(0, Math.min(options.workers, spare)), options);
  let next = 0;
  let done = 0;
  /** Inputs a worker could not finish (out of memory): this thread runs them. */
  const handedBack: number[] = [];
  let failure: Error | undefined;
  const serve = async (worker: PoolWorker): Promise<void> => {
    const warm = await worker.warm;
    if (warm && (warm.kind !== 'reply' || !warm.reply.ok)) {
      // Out of memory or exited while warming up, it held no input: it just stops.
      if (warm.kind === 'reply' || warm.kind === 'failed') failure ??= failureOf(warm);
      return;
    }
    while (!failure && next < inputs.length) {
      const id = next++;
      const outcome = await worker.request(id, task, inputs[id]);
      if (outcome.kind === 'out-of-memory') {
        handedBack.push(id);
        return;
      }
      // A failed task, a crash, or an exit while holding an input (which would lose it).
      if (outcome.kind !== 'reply' || !outcome.reply.ok) {
        failure ??= failureOf(outcome);
        return;
      }
      results[id] = outcome.reply.output as O;
      done++;
    }
  };
  const finished = workers.map(serve);
  // Once every worker has stopped (done, or out of memory), this thread runs what is left.
  let helps = thisThreadWorks || workers.length === 0;
  const take = (): number | undefined =>
    handedBack.pop() ?? (helps && next < inputs.length ? next++ : undefined);
  try {
    for (;;) {
      for (let id = take(); !failure && id !== undefined; id = take()) {
        results[id] = await handler(inputs[id]!);
        done++;
        // Let worker replies in between inputs, so they are fed while this thread works.
        if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(finished);
      helps = true;
      if (failure || (handedBack.length === 0 && next >= inputs.length)) break;
    }
  } finally {
    // Not awaited: a thread takes 10-20 ms to stop, and every output is in hand (or the run
    // failed) by now.
    for (const worker of workers) void worker.terminate().catch(() => undefined);
  }
  if (failure) throw failure;
  // Fail closed: an input without an output would be work silently not done (a file not scanned).
  if (done !== inputs.length)
    throw new Error(`worker pool finished ${done} of ${inputs.length} inputs`);
  return { outputs: results, workers: workers.length };
}
