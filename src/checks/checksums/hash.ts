/**
 * SHA-256 of many files at the speed of the hardware.
 *
 * - One file is streamed through two reused 4 MiB buffers: the next read is in flight (libuv pool)
 *   while the current chunk is hashed, so memory stays at a few MiB whatever the file size.
 * - Many files are spread over threads: the calling thread and one worker per core (pool from
 *   src/util/worker-pool.ts) pull the next file from one shared counter (a SharedArrayBuffer), so a
 *   worker that starts late or gets small files simply takes more; the biggest files go first.
 * - SHA-256 is a sequential chain (each block's input is the previous block's state), so ONE file
 *   can never be hashed by more than one core; a single big file runs at one core's rate.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { defineWorkerTask } from '../../util/worker-pool.js';

export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Below this many bytes in total, starting a worker costs more than it saves. */
export const MIN_BYTES_FOR_WORKERS = 64 * 1024 * 1024;

export interface FileDigest {
  sha256: string;
  size: number;
}

export type HashOutcome = ({ ok: true } & FileDigest) | { ok: false; error: string; notRegular?: boolean };

export class NotRegularFileError extends Error {}

// Buffers are reused across files of this thread; concurrent hashes take distinct pairs.
const freeBuffers: Buffer[] = [];
function takeBuffer(): Buffer {
  return freeBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
}

/**
 * Stream one file through SHA-256. Opens without following a final symlink and without blocking
 * on FIFOs, then insists on a regular file, so a swapped-in device or pipe cannot hang or fool it.
 */
export async function sha256OfFile(file: string): Promise<FileDigest> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  const buffers = [takeBuffer(), takeBuffer()] as const;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError('not a regular file');
    const hash = createHash('sha256');
    let position = 0;
    let [filling, spare] = buffers;
    let pending = handle.read(filling, 0, CHUNK_BYTES, 0);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const filled = filling;
      position += bytesRead;
      [filling, spare] = [spare, filling];
      // Start the next read before hashing this chunk: I/O and hashing overlap.
      pending = handle.read(filling, 0, CHUNK_BYTES, position);
      hash.update(filled.subarray(0, bytesRead));
    }
    return { sha256: hash.digest('hex'), size: position };
  } finally {
    freeBuffers.push(...buffers);
    await handle.close();
  }
}

async function hashOutcome(file: string): Promise<HashOutcome> {
  try {
    return { ok: true, ...(await sha256OfFile(file)) };
  } catch (error) {
    if (error instanceof NotRegularFileError) return { ok: false, error: error.message, notRegular: true };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, error: 'is a symlink (changed while verifying?)', notRegular: true };
    if (code === 'ENOENT') return { ok: false, error: 'disappeared while verifying' };
    return { ok: false, error: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}

interface SharedQueue {
  files: string[];
  /** Int32Array[1] over a SharedArrayBuffer: index of the next unclaimed file. */
  counter: SharedArrayBuffer;
}

interface Claimed {
  index: number;
  outcome: HashOutcome;
  /** worker_threads threadId of the thread that hashed it. */
  thread: number;
}

/** Hash files claimed from the shared counter until none are left. Runs in any thread. */
async function drain(queue: SharedQueue): Promise<Claimed[]> {
  const counter = new Int32Array(queue.counter);
  const done: Claimed[] = [];
  for (;;) {
    const index = Atomics.add(counter, 0, 1);
    const file = queue.files[index];
    if (file === undefined) return done;
    done.push({ index, outcome: await hashOutcome(file), thread: threadId });
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
   * Unset (auto): the calling thread hashes from the start and one worker per core joins once
   * loaded, when there are 2+ files and 64+ MiB. Set: exactly this many threads hash: 1 = the
   * calling thread alone; N >= 2 = N worker threads, the calling thread only coordinating.
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
  const order = jobs.map((_, index) => index).sort((a, b) => (jobs[b]?.size ?? 0) - (jobs[a]?.size ?? 0));
  const queue: SharedQueue = {
    files: order.map((index) => jobs[index]?.file ?? ''),
    counter: new SharedArrayBuffer(4),
  };
  const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
  let workers: number;
  let callerHashes = true;
  if (options.threads === undefined) {
    // The calling thread drains from the first microsecond while workers load the bundle; on two
    // cores that is briefly 3 threads on 2 cores, which the shared counter evens out.
    const cores = Math.min(availableParallelism(), jobs.length);
    workers = cores >= 2 && totalBytes >= MIN_BYTES_FOR_WORKERS ? cores : 0;
  } else {
    workers = Math.min(Math.max(1, Math.floor(options.threads)), Math.max(1, jobs.length));
    if (workers === 1) workers = 0;
    else callerHashes = false;
  }
  const [local, remote] = await Promise.all([
    callerHashes ? drain(queue) : Promise.resolve([]),
    workers > 0
      ? drainInWorkers(
          Array.from({ length: workers }, () => queue),
          { threads: workers, minInputsForWorkers: 1 },
        ).then((lists) => lists.flat())
      : Promise.resolve([]),
  ]);
  const outcomes = new Array<HashOutcome>(jobs.length);
  for (const claim of [...local, ...remote]) {
    const jobIndex = order[claim.index];
    if (jobIndex !== undefined) outcomes[jobIndex] = claim.outcome;
  }
  // The pool's in-process fallback (no bundle entry) runs "worker" drains here: count by thread.
  return { outcomes, hashedInWorkers: [...local, ...remote].filter((c) => c.thread !== threadId).length };
}
