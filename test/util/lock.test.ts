/** The directory lock: exclusive, released however the work ends, bounded wait, stale locks broken. */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { withDirectoryLock } from '../../src/util/lock.js';

const NAME = '.test.lock';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('withDirectoryLock', () => {
  it('runs holders one at a time and leaves no lock behind', async () => {
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inside--;
    };
    await Promise.all(
      Array.from({ length: 8 }, () => withDirectoryLock(dir, NAME, 'run/.test.lock', work)),
    );
    expect(most).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('releases the lock when the work throws', async () => {
    await expect(
      withDirectoryLock(dir, NAME, 'x', () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(existsSync(path.join(dir, NAME))).toBe(false);
  });

  it('gives up on a live holder after the bound, with one line naming the lock file', async () => {
    writeFileSync(
      path.join(dir, NAME),
      JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'n', since: 'then' }),
    );
    const error = await withDirectoryLock(dir, NAME, 'run/.test.lock', async () => 1, {
      timeoutMs: 200,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toLine()).toBe(
      `run/.test.lock: locked by pid ${process.pid} since then; still held after 0 s (if that process is gone, delete the lock file)`,
    );
    expect(existsSync(path.join(dir, NAME))).toBe(true);
  });

  it('breaks a lock whose holder is gone, and an unreadable one once it is old', async () => {
    writeFileSync(
      path.join(dir, NAME),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), nonce: 'n', since: 'then' }),
    );
    expect(await withDirectoryLock(dir, NAME, 'x', async () => 'ran', { timeoutMs: 200 })).toBe(
      'ran',
    );
    const lock = path.join(dir, NAME);
    writeFileSync(lock, 'garbage');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(await withDirectoryLock(dir, NAME, 'x', async () => 'ran', { timeoutMs: 200 })).toBe(
      'ran',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('waits for a holder on another host instead of guessing it is gone', async () => {
    writeFileSync(
      path.join(dir, NAME),
      JSON.stringify({ pid: 1, host: `not-${hostname()}`, nonce: 'n', since: 'then' }),
    );
    await expect(
      withDirectoryLock(dir, NAME, 'x', async () => 1, { timeoutMs: 100 }),
    ).rejects.toThrow(/locked by pid 1 on not-/);
  });
});
