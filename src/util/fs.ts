/** File-system rules that hold everywhere: stay inside the root, write atomically. */
import { randomBytes } from 'node:crypto';
import { realpathSync, unlinkSync } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, statfs, type FileHandle } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { InputError, withPath } from './errors.js';

/** `/`-separated path of `absolute` relative to `root`, for Findings and reports. */
export function relativeToRoot(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * Resolve a user-given path against the root and refuse anything that lands outside it,
 * through `..` or through a symlink anywhere on the way.
 */
export function resolveInsideRoot(root: string, userPath: string, label = userPath): string {
  const candidate = path.resolve(root, userPath);
  if (!isInside(root, candidate)) {
    throw new InputError('path leaves the scanned root', label);
  }
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    // Not existing yet is fine for outputs; check the nearest existing parent instead.
    real = path.join(
      realpathSync(nearestExisting(path.dirname(candidate))),
      path.basename(candidate),
    );
  }
  if (!isInside(realpathSync(root), real)) {
    throw new InputError('path resolves outside the scanned root through a symlink', label);
  }
  return candidate;
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function nearestExisting(dir: string): string {
  let current = dir;
  for (;;) {
    try {
      realpathSync(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/**
 * pipeguard's temp files, the one pattern every writer uses and every directory walk recognises:
 * `.<target name>.pipeguard-<pid>-<12 hex>.tmp`, beside the target. The pid says whose it is, so
 * a later write can tell a killed writer's leftover from a live concurrent writer's temp.
 */
const TEMP_NAME = /^\..+\.pipeguard-(\d+)-[0-9a-f]{12}\.tmp$/;
/** A leftover this old is removed even when its pid is alive (reused by another process). */
const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

export function tempNameFor(target: string): string {
  return `.${path.basename(target)}.pipeguard-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/** True for a name pipeguard's atomic writes use (see tempNameFor). */
export function isPipeguardTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * Write via a temp file in the same directory, fsync, then rename: readers see the old file or the
 * new one, never half of one. The temp is removed on every failure (write, fsync, close, rename)
 * and on SIGINT / SIGTERM; a leftover from a killed writer (SIGKILL, power loss) is removed by the
 * next write into the same directory. Failures name `file`, never the temp.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw withPath(error, dir, 'create directory');
  }
  await removeStaleTemps(dir);
  const temp = path.join(dir, tempNameFor(file));
  // Tracked before the open: a signal arriving while it is pending still finds the name.
  trackTemp(temp);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw withPath(error, file, 'write');
  } finally {
    untrackTemp(temp);
  }
}

/** Best effort: a directory we cannot list or a temp we cannot remove does not stop the write. */
async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || pid === process.pid) continue;
    const temp = path.join(dir, name);
    try {
      const info = await lstat(temp);
      if (!info.isFile()) continue;
      if (processAlive(pid) && now - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
      await rm(temp, { force: true });
    } catch {
      // vanished meanwhile (its writer renamed it) or not ours to remove
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temps being written now, removed synchronously if a signal ends the process. */
const liveTemps = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of liveTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
  }
  // The shell's convention for death by signal: 128 + its number (130 for SIGINT, 143 for SIGTERM).
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

function trackTemp(temp: string): void {
  // Handlers only while a temp exists: otherwise Node's default (die on the signal) stands.
  if (liveTemps.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  liveTemps.add(temp);
}

function untrackTemp(temp: string): void {
  liveTemps.delete(temp);
  if (liveTemps.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Append whole lines so that they land whole or not at all: one write() on an O_APPEND descriptor
 * (concurrent appenders never interleave), and when the disk fills part-way the file is truncated
 * back to where this append began, so no half record stays for the next append to be glued onto.
 * A file whose last line has no newline (torn by a crash or an older writer) is reported through
 * `onTornLine` with that line's number, and the new lines start on a fresh line.
 */
export async function appendLinesWhole(
  file: string,
  lines: string,
  onTornLine?: (line: number) => void,
): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    throw withPath(error, path.dirname(file), 'create directory');
  }
  let handle: FileHandle | undefined;
  try {
    // a+: O_APPEND for the write, readable for the look at the last byte.
    handle = await open(file, 'a+', 0o644);
    const before = (await handle.stat()).size;
    let prefix = '';
    if (before > 0 && (await byteAt(handle, before - 1)) !== 0x0a) {
      onTornLine?.(await lineCount(handle, before));
      prefix = '\n';
    }
    const bytes = Buffer.from(prefix + lines);
    const { bytesWritten } = await handle.write(bytes, 0, bytes.length, null);
    if (bytesWritten < bytes.length) {
      // A short write means the disk filled up (or a quota or size limit bit): undo our part.
      const size = (await handle.stat()).size;
      await handle.truncate(Math.max(0, size - bytesWritten)).catch(() => undefined);
      throw await shortWriteError(file, bytesWritten, bytes.length);
    }
  } catch (error) {
    throw withPath(error, file, 'write');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function byteAt(handle: FileHandle, position: number): Promise<number | undefined> {
  const one = Buffer.alloc(1);
  const { bytesRead } = await handle.read(one, 0, 1, position);
  return bytesRead === 1 ? one[0] : undefined;
}

/** 1-based number of the line that holds byte `size - 1`. */
async function lineCount(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(1 << 16);
  let newlines = 0;
  for (let position = 0; position < size;) {
    const { bytesRead } = await handle.read(
      chunk,
      0,
      Math.min(chunk.length, size - position),
      position,
    );
    if (bytesRead === 0) break;
    for (let i = 0; i < bytesRead; i += 1) if (chunk[i] === 0x0a) newlines += 1;
    position += bytesRead;
  }
  return newlines + 1;
}

/** The kernel stops a regular-file write short when space runs out; say so when statfs agrees. */
async function shortWriteError(file: string, wrote: number, wanted: number): Promise<Error> {
  const info = await statfs(path.dirname(file)).catch(() => undefined);
  const full = info !== undefined && info.bavail * info.bsize < wanted - wrote;
  return Object.assign(
    new Error(
      full ? 'ENOSPC: no space left on device' : `EIO: wrote only ${wrote} of ${wanted} bytes`,
    ),
    { code: full ? 'ENOSPC' : 'EIO', syscall: 'write' },
  );
}
