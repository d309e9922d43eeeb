/**
 * The built CLI on real files: provenance never reads through a symlink out of the root (every
 * file it reads, meta.json included), and stamping is consistent as a whole: concurrent stamps
 * queue on the run directory's lock, and a stamp interrupted between meta.json and the statement
 * is named (stamp-torn), never passed and never mistaken for an edit.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, cleanEnv, runCli, type ProcessResult } from '../helpers/run.js';
import type { TempRepo } from '../helpers/repo.js';
import { RUN, runRepo } from './helpers.js';

let repo: TempRepo | undefined;
let outside: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (outside) rmSync(outside, { recursive: true, force: true });
  repo = outside = undefined;
});

function outsideDir(): string {
  outside = mkdtempSync(path.join(tmpdir(), 'pipeguard-outside-'));
  return outside;
}

/** Exit 2, exactly one line naming `file`, and no stack trace. */
function refusedNaming(result: ProcessResult, file: string): void {
  expect(result.code, result.stdout + result.stderr).toBe(2);
  const problem = result.stdout.split('\n').filter((line) => line.startsWith('! provenance: '));
  expect(problem).toEqual([
    `! provenance: ${file}: path resolves outside the scanned root through a symlink`,
  ]);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
}

describe('provenance reads nothing through a symlink out of the root', () => {
  it('stamp refuses a meta.json linked outside, and copies none of its keys', () => {
    repo = runRepo();
    const leak = path.join(outsideDir(), 'outside.json');
    writeFileSync(leak, '{"copied_from_outside": "secret-ish", "dataset": "outside"}\n');
    symlinkSync(leak, path.join(repo.dir, RUN, 'meta.json'));
    const result = runCli(['provenance', 'stamp', RUN], { cwd: repo.dir });
    refusedNaming(result, `${RUN}/meta.json`);
    expect(readdirSync(path.join(repo.dir, RUN)).sort()).toEqual(['artifact', 'meta.json']);
    expect(readFileSync(leak, 'utf8')).toContain('copied_from_outside');
  });

  it('stamp refuses a run directory, or a parent of it, that is a symlink outside', () => {
    repo = runRepo();
    const away = outsideDir();
    mkdirSync(path.join(away, 'run-2', 'artifact'), { recursive: true });
    writeFileSync(path.join(away, 'run-2', 'artifact', 'model.bin'), 'x');
    symlinkSync(path.join(away, 'run-2'), path.join(repo.dir, 'runs', 'run-2'));
    refusedNaming(runCli(['provenance', 'stamp', 'runs/run-2'], { cwd: repo.dir }), 'runs/run-2');
    symlinkSync(away, path.join(repo.dir, 'elsewhere'));
    refusedNaming(
      runCli(['provenance', 'stamp', 'elsewhere/run-2'], { cwd: repo.dir }),
      'elsewhere/run-2',
    );
    refusedNaming(
      runCli(['provenance', 'verify', 'elsewhere/run-2'], { cwd: repo.dir }),
      'elsewhere/run-2',
    );
  });

  it('stamp refuses a run policy linked outside rather than skipping it', () => {
    repo = runRepo();
    const policy = path.join(outsideDir(), 'policy.yaml');
    writeFileSync(policy, 'policy_id: outside\n');
    symlinkSync(policy, path.join(repo.dir, RUN, 'policy.yaml'));
    refusedNaming(runCli(['provenance', 'stamp', RUN], { cwd: repo.dir }), `${RUN}/policy.yaml`);
    // Nothing was written: inputs are all read before the first write.
    expect(readdirSync(path.join(repo.dir, RUN, 'artifact'))).not.toContain('checksum.sha256');
  });

  it('verify refuses meta.json, the statement or a public key linked outside', () => {
    repo = runRepo();
    expect(runCli(['provenance', 'stamp', RUN], { cwd: repo.dir }).code).toBe(0);
    const away = outsideDir();
    for (const name of ['meta.json', 'provenance.intoto.json']) {
      const inside = path.join(repo.dir, RUN, name);
      const copy = path.join(away, name);
      copyFileSync(inside, copy);
      rmSync(inside);
      symlinkSync(copy, inside);
      refusedNaming(runCli(['provenance', 'verify', RUN], { cwd: repo.dir }), `${RUN}/${name}`);
      rmSync(inside);
      copyFileSync(copy, inside);
    }
    expect(runCli(['provenance', 'verify', RUN], { cwd: repo.dir }).code).toBe(0);
    writeFileSync(path.join(away, 'key.pub'), 'ssh-ed25519 AAAA\n');
    symlinkSync(path.join(away, 'key.pub'), path.join(repo.dir, 'key.pub'));
    refusedNaming(
      runCli(['provenance', 'verify', RUN, '--public-key', 'key.pub'], { cwd: repo.dir }),
      'key.pub',
    );
  });

  it('refuses a FIFO planted as meta.json instead of hanging on it', () => {
    repo = runRepo();
    execFileSync('mkfifo', [path.join(repo.dir, RUN, 'meta.json')]);
    const result = runCli(['provenance', 'stamp', RUN], { cwd: repo.dir });
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stdout).toContain(`${RUN}/meta.json: meta.json is not a regular file`);
  });

  it('still follows a symlink that stays inside the root', () => {
    repo = runRepo({ 'policies/train-policy.yaml': 'policy_id: train\nmax_epochs: 3\n' });
    symlinkSync('../../policies/train-policy.yaml', path.join(repo.dir, RUN, 'policy.yaml'));
    const result = runCli(['provenance', 'stamp', RUN], { cwd: repo.dir });
    expect(result.code, result.stdout).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(repo.dir, RUN, 'meta.json'), 'utf8')) as {
      policies: Array<{ file: string; policy_id: string }>;
    };
    expect(meta.policies).toEqual([
      expect.objectContaining({ file: `${RUN}/policy.yaml`, policy_id: 'train' }),
    ]);
  });
});

/** The built CLI as a child process that does not block the test's event loop. */
function runCliAsync(args: string[], cwd: string): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('provenance stamp is consistent as a whole', () => {
  it('15 concurrent stamps of one run queue on its lock; verify passes every time', async () => {
    for (let trial = 0; trial < 3; trial++) {
      repo = runRepo();
      expect(runCli(['provenance', 'stamp', RUN], { cwd: repo.dir }).code).toBe(0);
      const stamps = await Promise.all(
        Array.from({ length: 15 }, () => runCliAsync(['provenance', 'stamp', RUN], repo!.dir)),
      );
      for (const stamp of stamps) expect(stamp.code, stamp.stdout + stamp.stderr).toBe(0);
      const verify = runCli(['provenance', 'verify', RUN], { cwd: repo.dir });
      expect(verify.code, `trial ${trial}: ${verify.stdout}`).toBe(0);
      // The lock is gone once the last stamp is done.
      expect(readdirSync(path.join(repo.dir, RUN)).sort()).toEqual([
        'artifact',
        'meta.json',
        'provenance.intoto.json',
      ]);
      repo.cleanup();
      repo = undefined;
    }
  }, 240_000);

  it('a crash between writing meta.json and the statement is stamp-torn, then fixed by re-stamping', () => {
    repo = runRepo();
    const statement = path.join(repo.dir, RUN, 'provenance.intoto.json');
    expect(runCli(['provenance', 'stamp', RUN], { cwd: repo.dir }).code).toBe(0);
    const before = readFileSync(statement);
    expect(runCli(['provenance', 'stamp', RUN], { cwd: repo.dir }).code).toBe(0);
    // What a crash after meta.json's rename leaves: the new meta.json beside the old statement.
    writeFileSync(statement, before);
    const torn = runCli(['provenance', 'verify', RUN], { cwd: repo.dir });
    expect(torn.code, torn.stdout).toBe(1);
    expect(torn.stdout).toContain(
      `${RUN}/meta.json is from a later stamp than ${RUN}/provenance.intoto.json (interrupted between writing the two): re-run \`pipeguard provenance stamp ${RUN}\` [stamp-torn]`,
    );
    expect(torn.stdout).not.toContain('meta-changed');

    expect(runCli(['provenance', 'stamp', RUN], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['provenance', 'verify', RUN], { cwd: repo.dir }).code).toBe(0);

    // An edit is still an edit.
    const metaFile = path.join(repo.dir, RUN, 'meta.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(metaFile, `${JSON.stringify({ ...meta, dataset: 'edited' }, null, 2)}\n`);
    const edited = runCli(['provenance', 'verify', RUN], { cwd: repo.dir });
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('[meta-changed]');
    expect(edited.stdout).not.toContain('stamp-torn');
  });

  it('a lock left by a dead stamp is broken; a live one is waited for', async () => {
    repo = runRepo();
    const lock = path.join(repo.dir, RUN, '.pipeguard-stamp.lock');
    const holder = (pid: number) =>
      `${JSON.stringify({ pid, host: hostname(), nonce: 'test', since: '2026-01-01T00:00:00Z' })}\n`;

    // A holder that has exited: its pid no longer runs.
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('close', resolve));
    writeFileSync(lock, holder(gone.pid!));
    const afterCrash = runCli(['provenance', 'stamp', RUN], { cwd: repo.dir });
    expect(afterCrash.code, afterCrash.stdout).toBe(0);

    // A live holder that finishes (exits) after a second: the stamp waits, then proceeds.
    const busy = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1000)']);
    writeFileSync(lock, holder(busy.pid!));
    const waited = await runCliAsync(['provenance', 'stamp', RUN], repo.dir);
    expect(waited.code, waited.stdout).toBe(0);
    expect(waited.stdout + waited.stderr).toContain(
      `${RUN}/.pipeguard-stamp.lock: waiting for the stamp by pid ${busy.pid}`,
    );
    expect(runCli(['provenance', 'verify', RUN], { cwd: repo.dir }).code).toBe(0);
  });
});
