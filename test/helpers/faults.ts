/**
 * Real faults for tests: a full disk (a tiny tmpfs, filled to the last byte), a read-only file
 * system, and a CLI write held in flight (strace holds every fsync) so a test can signal it.
 * Mounting needs root; strace must be installed (.ci/run installs it). Tests skip with a reason
 * when either is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI_BUNDLE, cleanEnv } from './run.js';

export interface Mounted {
  dir: string;
  /** Remount read-only (EROFS for every write). */
  readOnly(): void;
  unmount(): void;
}

/** A tmpfs of `size` on a fresh temp dir, or undefined when this process may not mount. */
export function mountTmpfs(size = '64k'): Mounted | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return {
    dir,
    readOnly: () => {
      const result = spawnSync('mount', ['-o', 'remount,ro', dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`remount,ro failed: ${result.stderr}`);
    },
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether tests can mount a tmpfs here (root, and mount permitted). */
export const CAN_MOUNT = (() => {
  const probe = mountTmpfs('4k');
  probe?.unmount();
  return probe !== undefined;
})();

/** Fill the file system holding `dir` to the last byte; returns the filler file (delete to free). */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 0x2e);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

export const HAS_STRACE = spawnSync('strace', ['-V']).status === 0;

/**
 * The built CLI under strace with every fsync held for `holdMs`: its atomic write stays in flight
 * (the temp file exists, data written, not yet renamed) long enough to signal it.
 */
export function spawnCliWithSlowFsync(args: string[], cwd: string, holdMs = 3000): ChildProcess {
  return spawn(
    'strace',
    [
      '-f',
      '-qq',
      '-o',
      '/dev/null',
      '-e',
      'trace=fsync',
      '-e',
      `inject=fsync:delay_enter=${holdMs * 1000}`,
      process.execPath,
      CLI_BUNDLE,
      ...args,
    ],
    { cwd, env: cleanEnv(), stdio: 'ignore' },
  );
}

/** pipeguard's temp file names in `dir` (see tempNameFor in src/util/fs.ts). */
export function tempFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.pipeguard-\d+-[0-9a-f]{12}\.tmp$/.test(name));
}

/** Wait until a pipeguard temp file shows up in `dir`; returns its name. */
export async function waitForTemp(dir: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [temp] = tempFilesIn(dir);
    if (temp) return temp;
    if (Date.now() > deadline) throw new Error(`no pipeguard temp file appeared in ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The writer's pid, from its temp file's name. */
export function pidOfTemp(name: string): number {
  return Number(/\.pipeguard-(\d+)-/.exec(name)?.[1]);
}

export function exitOf(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}
