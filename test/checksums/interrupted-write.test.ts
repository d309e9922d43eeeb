/**
 * An atomic write interrupted for real (SIGKILL / SIGINT / SIGTERM on the built CLI while its
 * write is in flight, a full tmpfs) leaves no temp file that a later `checksums write` would list
 * or `checksums verify` call unlisted; a killed writer's leftover is removed by the next write.
 */
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CAN_MOUNT,
  exitOf,
  fillDisk,
  HAS_STRACE,
  mountTmpfs,
  pidOfTemp,
  spawnCliWithSlowFsync,
  tempFilesIn,
  waitForTemp,
} from '../helpers/faults.js';
import { runCli } from '../helpers/run.js';
import { isPipeguardTempName, tempNameFor } from '../../src/util/fs.js';
import { cleanupRoots, tempRoot, writeTree } from './helpers.js';

afterAll(cleanupRoots);

function artifactRoot(): { root: string; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'runs', 'r1');
  writeTree(dir, { 'model.onnx': 'weights', 'labels.json': '[]' });
  return { root, dir };
}

const listed = (dir: string): string[] =>
  readFileSync(path.join(dir, 'checksum.sha256'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.slice(66));

describe('temp file names', () => {
  it('one recognisable pattern, beside the target, carrying the pid', () => {
    const name = tempNameFor('/x/runs/r1/checksum.sha256');
    expect(name).toMatch(/^\.checksum\.sha256\.pipeguard-\d+-[0-9a-f]{12}\.tmp$/);
    expect(isPipeguardTempName(name)).toBe(true);
    expect(pidOfTemp(name)).toBe(process.pid);
    for (const other of ['model.tmp', '.model.abc.tmp', 'x.pipeguard-1-0123456789ab.tmp'])
      expect(isPipeguardTempName(other)).toBe(false);
  });
});

describe.skipIf(!HAS_STRACE)('a write interrupted by a signal (strace holds its fsync)', () => {
  it('SIGKILL: the old checksum file stays whole, verify ignores the leftover, the next write removes it', async () => {
    const { root, dir } = artifactRoot();
    expect(runCli(['checksums', 'write', 'runs/r1'], { cwd: root }).code).toBe(0);
    const before = readFileSync(path.join(dir, 'checksum.sha256'), 'utf8');

    const child = spawnCliWithSlowFsync(['checksums', 'write', 'runs/r1'], root);
    const temp = await waitForTemp(dir);
    process.kill(pidOfTemp(temp), 'SIGKILL');
    await exitOf(child);
    expect(tempFilesIn(dir)).toEqual([temp]);
    expect(readFileSync(path.join(dir, 'checksum.sha256'), 'utf8')).toBe(before);

    const verified = runCli(['checksums', 'verify', 'runs/r1'], { cwd: root });
    expect(verified.stdout).not.toContain('unlisted');
    expect(verified.code).toBe(0);

    expect(runCli(['checksums', 'write', 'runs/r1'], { cwd: root }).code).toBe(0);
    expect(tempFilesIn(dir)).toEqual([]);
    expect(listed(dir)).toEqual(['labels.json', 'model.onnx']);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: the temp file is removed and the exit code is %i', async (signal, code) => {
    const { root, dir } = artifactRoot();
    const child = spawnCliWithSlowFsync(['checksums', 'write', 'runs/r1'], root);
    const temp = await waitForTemp(dir);
    process.kill(pidOfTemp(temp), signal);
    const exit = await exitOf(child);
    expect(exit).toEqual({ code, signal: null });
    expect(tempFilesIn(dir)).toEqual([]);
  });
});

describe('leftovers from other writers', () => {
  it('removes a dead or long-silent writer’s temp, keeps a live one, never lists either', () => {
    const { root, dir } = artifactRoot();
    const dead = '.checksum.sha256.pipeguard-999999999-0123456789ab.tmp';
    const liveButOld = `.meta.json.pipeguard-${process.pid}-0123456789ab.tmp`;
    const live = `.meta.json.pipeguard-${process.pid}-ba9876543210.tmp`;
    for (const name of [dead, liveButOld, live]) writeFileSync(path.join(dir, name), 'partial');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(path.join(dir, liveButOld), old, old);

    expect(runCli(['checksums', 'write', 'runs/r1'], { cwd: root }).code).toBe(0);
    expect(tempFilesIn(dir)).toEqual([live]);
    expect(listed(dir)).toEqual(['labels.json', 'model.onnx']);
    const verified = runCli(['checksums', 'verify', 'runs/r1'], { cwd: root });
    expect(verified.code).toBe(0);
  });
});

describe.skipIf(!CAN_MOUNT)('a write that meets a full disk (real tmpfs)', () => {
  it('fails with exit 2 naming the file, leaves no temp, and the next write lists no debris', () => {
    const disk = mountTmpfs('64k')!;
    try {
      const dir = path.join(disk.dir, 'runs', 'r1');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'model.onnx'), 'weights');
      const filler = fillDisk(disk.dir);

      const full = runCli(['checksums', 'write', 'runs/r1'], { cwd: disk.dir });
      expect(full.code).toBe(2);
      expect(full.stdout).toContain(
        'cannot write runs/r1/checksum.sha256: no space left on device',
      );
      expect(full.stdout).not.toContain('internal error');
      expect(tempFilesIn(dir)).toEqual([]);

      rmSync(filler);
      expect(runCli(['checksums', 'write', 'runs/r1'], { cwd: disk.dir }).code).toBe(0);
      expect(listed(dir)).toEqual(['model.onnx']);
    } finally {
      disk.unmount();
    }
  });
});
