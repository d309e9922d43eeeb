/**
 * Real pre-commit (Debian's 3.0.4 in CI) running this repository's hooks through `try-repo`, with
 * one PRE_COMMIT_HOME per test run so the node environment is installed once.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, REPO_ROOT, type ProcessResult } from './run.js';

const PRE_COMMIT_HOME = path.join(tmpdir(), `pipeguard-pre-commit-home-${process.getuid?.() ?? 0}`);

export function preCommitVersion(): string | undefined {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** `pre-commit try-repo <this repo> <hook> …` inside `repoDir`. */
export function tryRepo(repoDir: string, hook: string, extraArgs: string[] = []): ProcessResult {
  mkdirSync(PRE_COMMIT_HOME, { recursive: true });
  const result = spawnSync('pre-commit', ['try-repo', REPO_ROOT, hook, ...extraArgs], {
    cwd: repoDir,
    env: cleanEnv({ PRE_COMMIT_HOME, PRE_COMMIT_COLOR: 'never' }),
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `git commit` in `repoDir` with this repo's hook installed as the pre-commit hook via a config. */
export function commitWithHooks(repoDir: string, message = 'commit'): ProcessResult {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-q', '-m', message],
    {
      cwd: repoDir,
      env: cleanEnv({ PRE_COMMIT_HOME, PRE_COMMIT_COLOR: 'never' }),
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
