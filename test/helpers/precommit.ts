/**
 * Real pre-commit running this repository's hooks through `try-repo`: Debian's 3.0.4 (`pre-commit`
 * on PATH) and, where .ci/run installed it, 4.x (PIPEGUARD_PRE_COMMIT_4 names its executable).
 * One PRE_COMMIT_HOME per pre-commit version and test run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, REPO_ROOT, type ProcessResult } from './run.js';

const DEFAULT_PRE_COMMIT = 'pre-commit';

function preCommitHome(executable: string): string {
  const flavour = executable === DEFAULT_PRE_COMMIT ? '' : '-alt';
  return path.join(tmpdir(), `pipeguard-pre-commit-home${flavour}-${process.getuid?.() ?? 0}`);
}

/** Every pre-commit this machine has for the tests: the one on PATH, then 4.x if installed. */
export function preCommitExecutables(): string[] {
  const alternative = process.env.PIPEGUARD_PRE_COMMIT_4;
  return alternative ? [DEFAULT_PRE_COMMIT, alternative] : [DEFAULT_PRE_COMMIT];
}

export function preCommitVersion(executable = DEFAULT_PRE_COMMIT): string | undefined {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** `pre-commit try-repo <this repo> <hook> …` inside `repoDir`. */
export function tryRepo(
  repoDir: string,
  hook: string,
  extraArgs: string[] = [],
  executable = DEFAULT_PRE_COMMIT,
): ProcessResult {
  return runPreCommit(repoDir, ['try-repo', REPO_ROOT, hook, ...extraArgs], executable);
}

/** Any pre-commit command in `repoDir`, with the test run's PRE_COMMIT_HOME. */
export function runPreCommit(
  repoDir: string,
  args: string[],
  executable = DEFAULT_PRE_COMMIT,
  home = preCommitHome(executable),
): ProcessResult {
  mkdirSync(home, { recursive: true });
  const result = spawnSync(executable, args, {
    cwd: repoDir,
    env: cleanEnv({ PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' }),
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
      env: cleanEnv({
        PRE_COMMIT_HOME: preCommitHome(DEFAULT_PRE_COMMIT),
        PRE_COMMIT_COLOR: 'never',
      }),
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
