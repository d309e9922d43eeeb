/**
 * The scanning modes. Tree: the file list streams from git (or a walk) into batches that worker
 * threads read and scan, so no thread holds the tree and only small hit records come back.
 * Staged / diff / history: `git diff|log -U0` streams through the patch parser and only added
 * lines are scanned, one file at a time.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { InputError } from '../../util/errors.js';
import {
  defineWorkerTask,
  runShared,
  startWorkers,
  type PoolWorker,
} from '../../util/worker-pool.js';
import {
  decodeText,
  isBinary,
  isCheckedOutSubmodule,
  readCandidateSync,
  treeFiles,
  type ReadResult,
  type Skip,
} from './files.js';
import type { HitInFile } from './findings.js';
import { gitLines } from './git-stream.js';
import { COMMIT_MARK, PatchParser, type AddedLines } from './patch.js';
import type { ScanUnit, UnitOptions, LocatedHit } from './scan-unit.js';

export interface ScanStats {
  files: number;
  bytes: number;
  /** Files with bytes that are not UTF-8 (scanned with replacement characters). */
  nonUtf8: number;
}

export interface ScanOutput {
  hits: HitInFile[];
  skips: Skip[];
  stats: ScanStats;
}

export interface ScanSettings {
  maxFileSize: number;
  decode: boolean;
  /** Threads that scan, this one included (PIPEGUARD_THREADS; default: one per core). */
  threads?: number;
}

interface BatchInput {
  root: string;
  files: string[];
  maxFileSize: number;
  decode: boolean;
}

const MAX_BATCH_FILES = 256;
const MIN_BATCH_FILES = 8;
/**
 * Bounded memory: a small young generation per worker (V8's default semi-spaces are sized for
 * throughput, not for three isolates under a 300 MB budget; at 4 MB the scan costs the same CPU)
 * and an old generation that collects before it grows past 64 MB. Measured on a 203 MiB tree
 * (bench/secrets, 2 workers): default heaps 340 MB peak RSS, 4 MB young 242-290 MB, plus 64 MB
 * old 196-206 MB, same wall time. A batch that needs more (a pathological 10 MB file) runs again
 * on the calling thread, whose heap is not capped (src/util/worker-pool.ts).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 512;

const SCAN_TASK = 'secrets.scan-files';

/**
 * The detection engine (the rule catalog's patterns, the keyword automaton) loads where it runs:
 * in the scanning threads of a tree scan, not on this one, which only lists and collects.
 */
let engine: Promise<typeof import('./scan-unit.js')> | undefined;
const loadEngine = (): Promise<typeof import('./scan-unit.js')> =>
  (engine ??= import('./scan-unit.js'));
/**
 * Start loading the engine now, for a scan that runs on this thread (staged, diff, history, stdin):
 * its modules then load and build the rule tables while git starts, not after. A failure surfaces
 * where the engine is used.
 */
export function preloadEngine(): void {
  loadEngine().catch(() => undefined);
}
async function scanUnit(unit: ScanUnit, options: UnitOptions): Promise<LocatedHit[]> {
  return (await loadEngine()).scanUnit(unit, options);
}
defineWorkerTask<BatchInput, ScanOutput>(SCAN_TASK, scanBatch);

async function scanBatch(input: BatchInput): Promise<ScanOutput> {
  // Also what a worker's warm-up (an empty batch) is for.
  await loadEngine();
  const out = emptyOutput();
  for (const rel of input.files) {
    const read = readCandidateSync(input.root, rel, input.maxFileSize);
    await scanRead(out, rel, read, input.decode, path.join(input.root, rel));
  }
  return out;
}

/**
 * Standard input (`pipeguard secrets -`) as one file named `name`, for rules and messages. Content
 * the user piped in and that cannot be scanned is an input error, never a skip that passes.
 */
export async function scanBytes(
  name: string,
  bytes: Buffer | undefined,
  settings: ScanSettings,
): Promise<ScanOutput> {
  if (bytes === undefined)
    throw new InputError(
      `standard input is larger than the size cap (${settings.maxFileSize} bytes): raise --max-file-size or scan the file by path`,
    );
  if (isBinary(bytes))
    throw new InputError(
      'standard input is binary (a NUL byte in its first 8000 bytes): scan the file by path',
    );
  const out = emptyOutput();
  await scanRead(out, name, decodeText(bytes), settings.decode);
  return out;
}

async function scanRead(
  out: ScanOutput,
  rel: string,
  read: ReadResult,
  decode: boolean,
  physicalPath?: string,
): Promise<void> {
  if (read.kind === 'skip') {
    out.skips.push(read.skip);
    return;
  }
  out.stats.files++;
  out.stats.bytes += read.bytes;
  if (read.kind === 'text' && read.nonUtf8) out.stats.nonUtf8++;
  const unit =
    read.kind === 'binary-key' && physicalPath
      ? { path: rel, text: '', physicalPath }
      : { path: rel, text: read.text, ...(read.kind === 'text' ? { utf8: read.utf8 } : {}) };
  for (const hit of await scanUnit(unit, { decode: decode && read.kind === 'text' }))
    out.hits.push({ ...hit, path: rel });
}

function emptyOutput(): ScanOutput {
  return { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } };
}

/** Which listed paths this run scans (a shard's part of the tree); every path when absent. */
export type PathFilter = (rel: string) => boolean;

export async function scanTree(
  root: string,
  inGit: boolean,
  pathspecs: string[],
  settings: ScanSettings,
  own?: PathFilter,
): Promise<ScanOutput> {
  const specs = pathspecs.map((p) => `:(literal)${p}`);
  // The workers boot and load the engine while the listing goes on, once it is long enough.
  const early = new EarlyWorkers(root, settings);
  let out: ScanOutput;
  let listedByGit: boolean;
  try {
    let listed = inGit
      ? await batchesOf(root, treeFiles(root, true, specs), settings, own, early)
      : { batches: [], count: 0 };
    // A root that git ignores (or an empty repository) lists nothing: walk it, never pass empty.
    listedByGit = listed.count > 0;
    if (!listedByGit)
      listed = await batchesOf(root, treeFiles(root, false, pathspecs), settings, own, early);
    out = merge(await runBatches(root, listed.batches, settings, early.take()));
  } finally {
    await early.release();
  }
  // git lists a submodule as one entry (a directory here): the files of a checked-out one are
  // scanned as part of the tree, nested ones too; one not checked out is reported, never passed.
  for (;;) {
    const directories = out.skips.filter((s) => s.reason === 'directory');
    if (directories.length === 0) return out;
    out.skips = out.skips.filter((s) => s.reason !== 'directory');
    const nested: BatchInput[] = [];
    for (const { path: dir } of directories) {
      if (!listedByGit) {
        // A walk lists a directory only when it could not read it.
        out.skips.push({ path: dir, reason: 'unreadable', detail: 'directory' });
      } else if (await isCheckedOutSubmodule(root, dir)) {
        // The submodule's files belong to the shard that owns its directory.
        const inner = await batchesOf(
          root,
          prefixed(dir, treeFiles(path.join(root, dir), true, [])),
          settings,
        );
        nested.push(...inner.batches);
      } else {
        out.skips.push({ path: dir, reason: 'submodule-not-checked-out' });
      }
    }
    Object.assign(out, merge([out, ...(await runBatches(root, nested, settings))]));
  }
}

async function batchesOf(
  root: string,
  files: AsyncIterable<string>,
  settings: ScanSettings,
  own?: PathFilter,
  early?: EarlyWorkers,
): Promise<{ batches: BatchInput[]; count: number }> {
  const mine: string[] = [];
  let count = 0;
  for await (const rel of files) {
    count++;
    if (!own || own(rel)) mine.push(rel);
    if (mine.length === MIN_FILES_FOR_WORKERS) early?.start();
  }
  const batch = (part: string[]): BatchInput => ({
    root,
    files: part,
    maxFileSize: settings.maxFileSize,
    decode: settings.decode,
  });
  if (mine.length < MIN_FILES_FOR_WORKERS) return { batches: [batch(mine)], count };
  return { batches: guidedParts(mine, scanningThreads(settings)).map(batch), count };
}

/**
 * Guided scheduling: a batch is a quarter of each thread's share of what is left, so early batches
 * are large (few messages) and the last ones small, and no thread sits idle at the end while
 * another finishes one long batch.
 */
function guidedParts(files: string[], threads: number): string[][] {
  const parts: string[][] = [];
  for (let at = 0; at < files.length;) {
    const left = files.length - at;
    const size = Math.min(
      MAX_BATCH_FILES,
      Math.max(MIN_BATCH_FILES, Math.ceil(left / (4 * threads))),
    );
    parts.push(files.slice(at, at + size));
    at += size;
  }
  return parts;
}

function scanningThreads(settings: ScanSettings): number {
  return settings.threads ?? availableParallelism();
}

async function* prefixed(dir: string, files: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const rel of files) yield `${dir}/${rel}`;
}

/**
 * Workers scan from one queue while this thread feeds them and collects (it runs a batch only when
 * a worker hands one back): each worker loads the engine on a warm-up before its first batch.
 */
async function runBatches(
  root: string,
  batches: BatchInput[],
  settings: ScanSettings,
  started?: PoolWorker[],
): Promise<ScanOutput[]> {
  const threads = scanningThreads(settings);
  // A tree too small for workers is one batch (batchesOf); one scanning thread is this one.
  const workers = batches.length < 2 || threads === 1 ? 0 : threads;
  if (workers === 0) await Promise.all(started?.map((worker) => worker.terminate()) ?? []);
  const { outputs } = await runShared(SCAN_TASK, scanBatch, batches, {
    workers,
    ...(workers > 0 && started ? { started } : {}),
    thisThreadWorks: false,
    warmUp: warmUpBatch(root, settings),
    resourceLimits: WORKER_LIMITS,
  });
  return outputs;
}

const warmUpBatch = (root: string, settings: ScanSettings): BatchInput => ({
  root,
  files: [],
  maxFileSize: settings.maxFileSize,
  decode: settings.decode,
});

/**
 * The scanning workers of a tree scan, started as soon as the listing has reached the size that
 * gets workers (MIN_FILES_FOR_WORKERS), not after it: they boot and load the engine meanwhile
 * (bench/secrets: the walk of an 8,000-file tree took as long as a worker's start). Workers that
 * are never used are terminated.
 */
class EarlyWorkers {
  private workers: PoolWorker[] | undefined;

  constructor(
    private readonly root: string,
    private readonly settings: ScanSettings,
  ) {}

  start(): void {
    const threads = scanningThreads(this.settings);
    if (this.workers || threads === 1) return;
    this.workers = startWorkers(SCAN_TASK, threads, {
      warmUp: warmUpBatch(this.root, this.settings),
      resourceLimits: WORKER_LIMITS,
    });
  }

  /** The started workers, now owned by the caller (runShared terminates them). */
  take(): PoolWorker[] | undefined {
    const workers = this.workers;
    this.workers = undefined;
    return workers;
  }

  async release(): Promise<void> {
    await Promise.all(this.take()?.map((worker) => worker.terminate()) ?? []);
  }
}

function merge(results: ScanOutput[]): ScanOutput {
  const out = emptyOutput();
  for (const r of results) {
    // One push per item: spreading a batch of 100,000+ hits would overflow the call stack.
    for (const hit of r.hits) out.hits.push(hit);
    for (const skip of r.skips) out.skips.push(skip);
    out.stats.files += r.stats.files;
    out.stats.bytes += r.stats.bytes;
    out.stats.nonUtf8 += r.stats.nonUtf8;
  }
  return out;
}

/** Base arguments for a patch that shows added lines only, without user diff drivers or colour. */
export const PATCH_ARGS = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--diff-filter=d',
  '--find-renames',
];

/**
 * Scan the added lines of a `git diff` / `git log -p` run. `--format` for logs must be
 * `%x00commit %H` so commits can be told apart.
 */
export async function scanPatch(
  root: string,
  gitArgs: string[],
  what: string,
  settings: ScanSettings,
  input?: string,
): Promise<ScanOutput> {
  const out = emptyOutput();
  const pending: AddedLines[] = [];
  const parser = new PatchParser((file) => pending.push(file), settings.maxFileSize);
  const drain = async (): Promise<void> => {
    while (pending.length > 0) {
      const file = pending.shift()!;
      if (file.binary) {
        out.skips.push({
          path: file.path,
          reason: 'binary',
          ...(file.commit ? { detail: `commit ${file.commit.slice(0, 12)}` } : {}),
        });
        continue;
      }
      if (file.tooLarge) {
        out.skips.push({
          path: file.path,
          reason: 'too-large',
          detail: `added lines exceed ${settings.maxFileSize} bytes`,
        });
        continue;
      }
      const text = file.lines.join('\n');
      out.stats.files++;
      out.stats.bytes += Buffer.byteLength(text);
      const hits = await scanUnit(
        { path: file.path, text, lineNumbers: file.lineNumbers, commit: file.commit },
        { decode: settings.decode },
      );
      for (const hit of hits) out.hits.push({ ...hit, path: file.path });
    }
  };
  for await (const line of gitLines(root, gitArgs, what, input)) {
    parser.push(line);
    if (pending.length > 0) await drain();
  }
  parser.flush();
  await drain();
  return out;
}

export { COMMIT_MARK };
