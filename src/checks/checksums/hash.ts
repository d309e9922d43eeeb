/**
 * SHA-256 of many files at the speed of the hardware.
 *
 * - A file is read in 256 KiB chunks into a reused buffer and hashed chunk by chunk, so memory
 *   stays at a few MiB whatever the file size. 256 KiB fits the core's L2 cache: the kernel's copy
 *   out of the page cache lands in cache and the hash reads it from there (measured on 8 files of
 *   128 MiB: ~10 % less time per file than 1 MiB reads, whose copy went out to memory).
 *   Reads are blocking, on every thread: the chunk is hashed on the core that copied it, and no
 *   thread-pool thread competes for the cores (measured: the calling thread overlapping async
 *   reads took ~40 % longer per file than a worker). The calling thread yields to its event loop
 *   between files.
 *   bench/checksums/strategies.mjs measures these against createReadStream and other sizes.
 * - Many files are spread over threads that pull the next file (biggest first) from one shared
 *   counter in a SharedArrayBuffer: the calling thread, which starts at once, and one worker per
 *   other core (src/util/worker-pool.ts), so worker start-up is never idle time and no core runs
 *   two hashing threads (on 2 cores, 3 threads left one core hashing alone at the end).
 * - SHA-256 is a sequential chain (each 64-byte block updates the state the previous block left),
 *   so ONE file can never be hashed by more than one core: a single big file runs at one core's
 *   rate, and only many files use many cores.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { defineWorkerTask } from '../../util/worker-pool.js';

export const CHUNK_BYTES = 256 * 1024;
/**
 * Below this many bytes in total, starting a worker (~30 ms of Node start-up) costs more than it
 * saves. Many small files do not count: their cost is syscalls and bookkeeping on the calling
 * thread, and measured 20 000 files took more CPU with workers than without.
 */
export const MIN_BYTES_FOR_WORKERS = 64 * 1024 * 1024;
/**
 * No final symlink (a swapped-in link is refused, ELOOP) and no blocking open on a FIFO; the
 * caller then insists on a regular file, so a pipe or device can neither hang nor fool it.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export interface FileDigest {
  sha256: string;
  size: number;
}

export type HashOutcome =
  ({ ok: true } & FileDigest) | { ok: false; error: string; notRegular?: boolean };

export class NotRegularFileError extends Error {}

// One buffer per thread, reused for every file: hashing a file is synchronous.
let readBuffer: Buffer | undefined;

/** Hash a file with plain blocking reads into the thread's buffer. */
export function sha256OfFileSync(file: string): FileDigest {
  const fd = openSync(file, OPEN_FLAGS);
  const buffer = (readBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
  try {
    if (!fstatSync(fd).isFile()) throw new NotRegularFileError('not a regular file');
    const hash: Hash = createHash('sha256');
    let position = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, position);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      position += n;
      // A short read of a regular file is its end: saves a syscall per small file.
      if (n < CHUNK_BYTES) break;
    }
    return { sha256: hash.digest('hex'), size: position };
  } finally {
    closeSync(fd);
  }
}

function outcomeOfError(error: unknown): HashOutcome {
  if (error instanceof NotRegularFileError)
    return { ok: false, error: error.message, notRegular: true };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP')
    return { ok: false, error: 'became a symlink while verifying', notRegular: true };
  if (code === 'ENOENT') return { ok: false, error: 'disappeared while verifying' };
  return { ok: false, error: code ?? (error instanceof Error ? error.message : String(error)) };
}

interface SharedQueue {
  files: string[];
  /** Sizes of `files`, same order. */
  sizes: number[];
  /** Int32Array[1] over a SharedArrayBuffer: the next unclaimed file. */
  next: SharedArrayBuffer;
}

interface Claimed {
  index: number;
  outcome: HashOutcome;
  /** worker_threads threadId of the thread that hashed it. */
  thread: number;
}

/**
 * Hash claimed files until none are left, on any thread; between big files the thread yields to
 * its event loop (a yield per small file would cost more than the files).
 */
async function drain(queue: SharedQueue): Promise<Claimed[]> {
  const next = new Int32Array(queue.next);
  const done: Claimed[] = [];
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    const file = queue.files[index];
    if (file === undefined) return done;
    let outcome: HashOutcome;
    try {
      outcome = { ok: true, ...sha256OfFileSync(file) };
    } catch (error) {
      outcome = outcomeOfError(error);
    }
    done.push({ index, outcome, thread: threadId });
    if ((queue.sizes[index] ?? 0) >= CHUNK_BYTES) await new Promise(setImmediate);
  }
}

const drainInWorkers = defineWorkerTask<SharedQueue, Claimed[]>('checksums.hash', drain);

export interface HashJob {
  /** Absolute path of a regular file (already checked to be inside the artifact directory). */
  file: string;
  /** Expected size when known: orders the work, biggest first. */
  size: number;
}

export interface HashOptions {
  /**
   * Unset (auto): with 2+ files and 64+ MiB the calling thread plus one worker per other core;
   * otherwise the calling thread alone. Set: exactly this many threads hash: 1 = the calling
   * thread alone; N >= 2 = N worker threads, the calling thread only coordinating.
   */
  threads?: number;
}

export interface HashReport {
  /** In the jobs' order. */
  outcomes: HashOutcome[];
  /** How many files worker threads hashed (the rest ran on the calling thread). */
  hashedInWorkers: number;
}

/** Hash every job, spread over the calling thread and workers. */
export async function hashFiles(jobs: HashJob[], options: HashOptions = {}): Promise<HashReport> {
  const order = jobs
    .map((_, index) => index)
    .sort((a, b) => (jobs[b]?.size ?? 0) - (jobs[a]?.size ?? 0));
  const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
  let workers: number;
  let callerHashes = true;
  if (options.threads === undefined) {
    const cores = Math.min(availableParallelism(), jobs.length);
    workers = cores >= 2 && totalBytes >= MIN_BYTES_FOR_WORKERS ? cores - 1 : 0;
  } else {
    workers = Math.min(Math.max(1, Math.floor(options.threads)), Math.max(1, jobs.length));
    if (workers === 1) workers = 0;
    else callerHashes = false;
  }
  const queue: SharedQueue = {
    files: order.map((index) => jobs[index]?.file ?? ''),
    sizes: order.map((index) => jobs[index]?.size ?? 0),
    next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  };
  // Workers first: the pool creates them synchronously, so they boot while this thread hashes.
  const remote =
    workers > 0
      ? drainInWorkers(
          Array.from({ length: workers }, () => queue),
          { threads: workers, minInputsForWorkers: 1 },
        ).then((lists) => lists.flat())
      : Promise.resolve([]);
  // Held as a settled value so a failing worker cannot surface as an unhandled rejection meanwhile.
  const settled = remote.then(
    (claims) => ({ claims }),
    (error: unknown) => ({ error }),
  );
  const local = callerHashes ? await drain(queue) : [];
  const fromWorkers = await settled;
  if ('error' in fromWorkers) throw fromWorkers.error;
  const claims = [...local, ...fromWorkers.claims];
  const outcomes = new Array<HashOutcome>(jobs.length);
  for (const claim of claims) {
    const jobIndex = order[claim.index];
    if (jobIndex !== undefined) outcomes[jobIndex] = claim.outcome;
  }
  // The pool's in-process fallback (no bundle entry) runs "worker" drains here: count by thread.
  return { outcomes, hashedInWorkers: claims.filter((c) => c.thread !== threadId).length };
}
