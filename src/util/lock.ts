/**
 * An exclusive lock on a directory, for work that rewrites several files in it as one change: a lock
 * file created with O_EXCL, holding the owner's pid, host and a nonce. A lock whose owner is gone
 * (same host, pid not running: a killed or crashed run) is broken; a live one is waited for, up
 * to a bound, then refused with one line naming the lock file (exit 2).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, withPath } from './errors.js';

export interface LockOptions {
  /** How long to wait for a live holder before giving up. */
  timeoutMs?: number;
  /** Told once when the lock is busy, so a waiting user knows why nothing happens. */
  onWait?: (holder: string) => void;
}

interface Holder {
  pid: number;
  host: string;
  nonce: string;
  since: string;
}

/** Content written to the lock file before it is readable is at most this old; older is garbage. */
const UNREADABLE_GRACE_MS = 10_000;
export const DEFAULT_LOCK_TIMEOUT_MS = 120_000;

/** Run `work` holding `dir/name`; the lock is released however `work` ends. */
export async function withDirectoryLock<T>(
  dir: string,
  name: string,
  shown: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const release = await acquire(path.join(dir, name), shown, options);
  try {
    return await work();
  } finally {
    await release();
  }
}

async function acquire(
  file: string,
  shown: string,
  options: LockOptions,
): Promise<() => Promise<void>> {
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    nonce: randomBytes(8).toString('hex'),
    since: new Date().toISOString(),
  };
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  let told = false;
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(file, shown, me)) return () => releaseIfOurs(file, me.nonce);
    const holder = await readHolder(file);
    if (holder === 'gone') continue;
    if (holder === 'unreadable' ? await olderThan(file, UNREADABLE_GRACE_MS) : isDead(holder)) {
      await breakStale(file, holder === 'unreadable' ? undefined : holder.nonce);
      continue;
    }
    const who = holder === 'unreadable' ? 'another process' : describe(holder);
    if (Date.now() >= deadline) {
      throw new InputError(
        `locked by ${who}; still held after ${Math.round((options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS) / 1000)} s (if that process is gone, delete the lock file)`,
        shown,
      );
    }
    if (!told) options.onWait?.(who);
    told = true;
    // Short polls first (a stamp takes well under a second), then back off.
    await sleep(Math.min(25 * 2 ** Math.min(attempt, 4), 400) + Math.random() * 25);
  }
}

async function tryCreate(file: string, shown: string, me: Holder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw withPath(error, file, 'write');
  }
  try {
    await handle.writeFile(`${JSON.stringify(me)}\n`);
  } catch (error) {
    // A lock without its holder (a full disk) would make every later stamp wait: take it back.
    await handle.close();
    await rm(file, { force: true });
    throw withPath(error, file, 'write');
  }
  await handle.close();
  return true;
}

async function readHolder(file: string): Promise<Holder | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (
      typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.nonce === 'string'
    ) {
      return { pid: value.pid, host: value.host, nonce: value.nonce, since: String(value.since) };
    }
  } catch {
    // Fall through: being written right now, or garbage.
  }
  return 'unreadable';
}

/** Only a holder on this host can be known dead; one elsewhere is waited for. */
function isDead(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Remove a stale lock without removing a fresh one another waiter created meanwhile: move it
 * aside (only one waiter wins the rename), and if what was moved is not the stale lock judged,
 * put it back.
 */
async function breakStale(file: string, staleNonce: string | undefined): Promise<void> {
  const aside = `${file}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readHolder(aside);
  const isTheStaleOne =
    staleNonce === undefined
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.nonce === staleNonce;
  if (!isTheStaleOne) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
}

async function releaseIfOurs(file: string, nonce: string): Promise<void> {
  const holder = await readHolder(file);
  if (typeof holder === 'object' && holder.nonce === nonce) await rm(file, { force: true });
}

async function olderThan(file: string, ms: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ms;
}

function describe(holder: Holder): string {
  return `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`} since ${holder.since}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
