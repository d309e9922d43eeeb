/** Real git repositories in temp dirs, and a CheckContext over them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PipeguardConfig } from '../../src/config/types.js';
import type { CheckContext } from '../../src/checks/types.js';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import type { Finding } from '../../src/report/model.js';
import { readCiContext, type CiContext } from '../../src/github/context.js';

export interface Repo {
  root: string;
  git(...args: string[]): string;
  write(file: string, content: string | Buffer): void;
  commit(message: string): string;
  cleanup(): void;
}

const temps: string[] = [];

export function tempDir(prefix = 'pg-secrets-'): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  temps.push(dir);
  return dir;
}

export function cleanupTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function gitIn(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function makeRepo(dir = tempDir()): Repo {
  gitIn(dir, 'init', '-q', '-b', 'main');
  gitIn(dir, 'config', 'user.email', 'dev@example.test');
  gitIn(dir, 'config', 'user.name', 'Dev');
  gitIn(dir, 'config', 'commit.gpgsign', 'false');
  return repoAt(dir);
}

export function repoAt(root: string): Repo {
  return {
    root,
    git: (...args) => gitIn(root, ...args),
    write(file, content) {
      const full = path.join(root, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    commit(message) {
      gitIn(root, 'add', '-A');
      gitIn(root, 'commit', '-q', '--allow-empty', '-m', message);
      return gitIn(root, 'rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface TestContext extends CheckContext {
  registered: string[];
  logs: string[];
}

export function makeCtx(
  root: string,
  options: { config?: Partial<PipeguardConfig>; ci?: Partial<CiContext>; now?: Date } = {},
): TestContext {
  const registered: string[] = [];
  const logs: string[] = [];
  return {
    root,
    config: { 'fail-on': 'medium', ...options.config } as PipeguardConfig,
    configSource: 'test',
    env: {},
    ci: { ...readCiContext({}), ...options.ci },
    now: options.now ?? new Date('2026-06-01T00:00:00Z'),
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), debug: () => undefined },
    registerSecret: (value) => registered.push(value),
    registered,
    logs,
  };
}

/** A repository where a key was added and removed again between `before` and `after` (a push). */
export function pushedLeak(secretLine: string): { repo: Repo; before: string; after: string } {
  const repo = makeRepo();
  repo.write('a.env', 'A=1\n');
  const before = repo.commit('before');
  repo.write('a.env', `A=1\n${secretLine}\n`);
  repo.commit('leak');
  repo.write('a.env', 'A=1\n');
  const after = repo.commit('fix');
  return { repo, before, after };
}

/** A tree scan of a fresh repository holding `files`: its findings, context and JSON result. */
export async function scanFiles(
  files: Record<string, string | Buffer>,
): Promise<{ findings: Finding[]; ctx: TestContext; json: string }> {
  const repo = makeRepo();
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  const ctx = makeCtx(repo.root);
  const [result] = await secretsCheck.commands[0]!.run(ctx, { positionals: [], values: {} });
  return { findings: result!.findings, ctx, json: JSON.stringify(result) };
}
