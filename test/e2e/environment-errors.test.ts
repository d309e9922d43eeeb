/**
 * Environment faults on the files pipeguard writes (a directory in the way, a full disk, a
 * read-only file system) give one line naming the file and the problem and exit 2, never
 * `internal error`: the engine's one conversion of Node's system errors (src/util/errors.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAN_MOUNT, fillDisk, mountTmpfs } from '../helpers/faults.js';
import { tempRepo } from '../helpers/repo.js';
import { CLI_BUNDLE, cleanEnv, runCli, type ProcessResult } from '../helpers/run.js';
import { FAKE } from '../secrets/fake-keys.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-env-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function expectInputLine(result: ProcessResult, line: string): void {
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(result.stdout + result.stderr).toContain(line);
  expect(result.stdout + result.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('a directory where pipeguard writes a file (EISDIR)', () => {
  it('checksum file', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'runs/r1/checksum.sha256'), { recursive: true });
    writeFileSync(path.join(root, 'runs/r1/model.onnx'), 'weights');
    expectInputLine(
      runCli(['checksums', 'write', 'runs/r1'], { cwd: root }),
      'cannot write runs/r1/checksum.sha256: is a directory',
    );
  });

  it('audit log', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'clean.txt'), 'nothing\n');
    mkdirSync(path.join(root, 'logs/audit.jsonl'), { recursive: true });
    expectInputLine(
      runCli(['secrets', 'clean.txt', '--audit-log', 'logs/audit.jsonl'], { cwd: root }),
      'cannot write logs/audit.jsonl: is a directory',
    );
  });
});

describe.skipIf(!CAN_MOUNT)('a full or read-only file system (real tmpfs)', () => {
  // The stamp's first write on the run directory is its lock; the lock names itself and is taken back.
  it('a stamp on a full disk (ENOSPC)', () => {
    const repo = tempRepo();
    cleanups.push(repo.cleanup);
    // runs/r1 is a full tmpfs; its artifact/ a bind mount of ordinary disk, so the checksum file
    // (written first) lands and meta.json meets the full disk.
    const runDir = path.join(repo.dir, 'runs', 'r1');
    mkdirSync(runDir, { recursive: true });
    const disk = mountTmpfs('64k');
    expect(disk).toBeDefined();
    execFileSync('mount', ['--bind', disk!.dir, runDir]);
    const store = tempDir();
    mkdirSync(path.join(runDir, 'artifact'));
    execFileSync('mount', ['--bind', store, path.join(runDir, 'artifact')]);
    cleanups.push(() => {
      execFileSync('umount', [path.join(runDir, 'artifact')]);
      execFileSync('umount', [runDir]);
      disk!.unmount();
    });
    writeFileSync(path.join(runDir, 'artifact', 'model.onnx'), 'weights');
    repo.commitAll('run');
    fillDisk(runDir);
    expectInputLine(
      runCli(['provenance', 'stamp', 'runs/r1'], { cwd: repo.dir }),
      'cannot write runs/r1/.pipeguard-stamp.lock: no space left on device',
    );
    expect(readdirSync(runDir).sort()).toEqual(['artifact', 'filler']);
  });

  it('checksum file on a read-only file system (EROFS)', () => {
    const disk = mountTmpfs('64k')!;
    cleanups.push(disk.unmount);
    mkdirSync(path.join(disk.dir, 'runs/r1'), { recursive: true });
    writeFileSync(path.join(disk.dir, 'runs/r1/model.onnx'), 'weights');
    disk.readOnly();
    expectInputLine(
      runCli(['checksums', 'write', 'runs/r1'], { cwd: disk.dir }),
      'cannot write runs/r1/checksum.sha256: read-only file system',
    );
  });
});

describe('standard output that cannot be written', () => {
  /** A tree whose JSON report (about 400 KB) is far more than a pipe holds. */
  function treeWithFindings(): string {
    const root = tempDir();
    const lines = Array.from({ length: 400 }, (_, i) => `OPENAI_API_KEY_${i}=${FAKE.openai}\n`);
    writeFileSync(path.join(root, 'keys.env'), lines.join(''));
    return root;
  }

  it('a reader that stops early (| head -c 1): the verdict stands, nothing on stderr', () => {
    const root = treeWithFindings();
    const command = `"${process.execPath}" "${CLI_BUNDLE}" secrets --format json | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', command], {
      cwd: root,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('exit=1\n');
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk behind > (/dev/full): one line, exit 2', () => {
    const root = treeWithFindings();
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI_BUNDLE, 'secrets', '--format', 'json'], {
        cwd: root,
        env: cleanEnv(),
        encoding: 'utf8',
        stdio: ['ignore', full, 'pipe'],
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('pipeguard: cannot write standard output: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });
});
