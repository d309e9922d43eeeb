/** Temp artifact trees and the real tools (sha256sum, shasum) for checksum tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export { writeTree } from '../helpers/repo.js';

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

/** Run a tool in `cwd` under the C locale; never throws. */
export function run(command: string, args: string[], cwd: string) {
  const out = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

export function sha256sum(args: string[], cwd: string): string {
  return execFileSync('sha256sum', args, { cwd, env: { ...process.env, LC_ALL: 'C' } }).toString(
    'utf8',
  );
}
