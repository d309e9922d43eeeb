/** Temp artifact trees and the real tools (sha256sum, shasum, the built CLI) for checksum tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(REPO, 'dist', 'cli', 'index.js');

const created: string[] = [];

/** A fresh temp root (real path) removed by `cleanupRoots()`. */
export function tempRoot(): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'pg-checksums-')));
  created.push(root);
  return root;
}

export function cleanupRoots(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Write files (path → content) under `dir`, creating parents. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Run a tool in `cwd`; never throws: status, stdout, stderr. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const out = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', ...env } });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

export function sha256sum(args: string[], cwd: string): string {
  return execFileSync('sha256sum', args, { cwd, env: { ...process.env, LC_ALL: 'C' } }).toString('utf8');
}

/**
 * The bundle this branch builds. Built once when missing or stale (it lacks the checksums task),
 * so the worker-thread path is exercised exactly as users run it.
 */
export function ensureBuiltCli(): string {
  const fresh = existsSync(CLI) && readFileSync(CLI, 'utf8').includes('checksums.hash');
  if (!fresh) execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'ignore' });
  return CLI;
}

/** Run the built CLI (the Node running the tests) in `cwd`. */
export function pipeguard(args: string[], cwd: string, env: Record<string, string> = {}) {
  return run(process.execPath, [CLI, ...args], cwd, env);
}
