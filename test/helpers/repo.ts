/** Real git repositories in temp dirs for tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type FileTree = Record<string, string | Buffer>;

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
  });
}

export function writeTree(dir: string, files: FileTree): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (files: FileTree) => void;
  commitAll: (message?: string) => string;
  cleanup: () => void;
}

/** A fresh repository holding `files`, committed unless `commit: false`. */
export function tempRepo(files: FileTree = {}, options: { commit?: boolean } = {}): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-test-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  writeTree(dir, files);
  const repo: TempRepo = {
    dir,
    git: (...args) => git(dir, ...args),
    write: (more) => writeTree(dir, more),
    commitAll: (message = 'commit') => {
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', message);
      return git(dir, 'rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  if (options.commit !== false && Object.keys(files).length) repo.commitAll('initial');
  return repo;
}

export function tempDir(prefix = 'pipeguard-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
