/** hashFiles in-process (the pool's fallback when no bundle entry is registered): order and errors. */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, hashFiles } from '../../src/checks/checksums/hash.js';
import { cleanupRoots, sha256sum, tempRoot } from './helpers.js';

afterAll(cleanupRoots);

describe('hashFiles', () => {
  it('returns outcomes in the jobs order whatever the sizes, equal to sha256sum, in every thread mode', async () => {
    const dir = tempRoot();
    const sizes = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 5 * CHUNK_BYTES + 7];
    const files = sizes.map((size, i) => {
      const file = path.join(dir, `f${i}`);
      writeFileSync(file, Buffer.alloc(size, i + 1));
      return file;
    });
    const expected = files.map((f) => sha256sum([f], dir).slice(0, 64));
    const jobs = files.map((file, i) => ({ file, size: sizes[i] ?? 0 }));
    for (const options of [{}, { threads: 1 }, { threads: 2 }, { threads: 8 }]) {
      const { outcomes } = await hashFiles(jobs, options);
      expect(outcomes.map((o) => (o.ok ? o.sha256 : o.error))).toEqual(expected);
      expect(outcomes.map((o) => (o.ok ? o.size : -1))).toEqual(sizes);
    }
  });

  it('turns a vanished file, a FIFO and a swapped-in symlink into outcomes, not exceptions', async () => {
    const dir = tempRoot();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    symlinkSync('/etc/hostname', path.join(dir, 'link'));
    const { outcomes } = await hashFiles([
      { file: path.join(dir, 'gone'), size: 1 },
      { file: path.join(dir, 'fifo'), size: 1 },
      { file: path.join(dir, 'fifo'), size: 64 * CHUNK_BYTES }, // big: the thread yields after it
      { file: path.join(dir, 'link'), size: 1 },
    ]);
    expect(outcomes).toEqual([
      { ok: false, error: 'disappeared while verifying' },
      { ok: false, error: 'not a regular file', notRegular: true },
      { ok: false, error: 'not a regular file', notRegular: true },
      { ok: false, error: 'became a symlink while verifying', notRegular: true },
    ]);
  });
});
