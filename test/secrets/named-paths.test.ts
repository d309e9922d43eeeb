/**
 * Named paths (positionals or `secrets.paths` in the config) are inputs: one that is missing is an
 * input error (exit 2, one line naming it), never "0 files, pass"; a git submodule is scanned
 * when checked out and refused when it is not, or when a patch mode would see only its pointer.
 * Real repositories and a real `git submodule add`, through the built CLI.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { FAKE } from './fake-keys.js';
import { cleanupTemps, gitIn, makeRepo, tempDir, type Repo } from './helpers.js';

afterAll(cleanupTemps);

function repoWithFile(): Repo {
  const repo = makeRepo();
  repo.write('src/app.ts', 'export const x = 1;\n');
  repo.commit('init');
  return repo;
}

/** An app repository with `vendor/lib` a submodule (holding a token) added by real git. */
function appWithSubmodule(): { app: Repo; libDir: string } {
  const lib = makeRepo();
  lib.write('creds.env', `GITHUB_TOKEN=${FAKE.github}\n`);
  lib.commit('lib');
  const app = repoWithFile();
  app.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.root, 'vendor/lib');
  app.commit('add the submodule');
  return { app, libDir: lib.root };
}

function errorLines(stdout: string, stderr: string): string[] {
  return `${stdout}\n${stderr}`.split('\n').filter((l) => /^! secrets:/.test(l));
}

describe('a named path that does not exist', () => {
  it('on the command line: exit 2, one line naming it', () => {
    const repo = repoWithFile();
    const run = runCli(['secrets', 'src/app.ts', 'scr/typo'], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(errorLines(run.stdout, run.stderr)).toEqual([
      '! secrets: scr/typo: no such file or directory',
    ]);
  });

  it('a named symbolic link (never followed, so it would scan nothing): exit 2', () => {
    const repo = repoWithFile();
    repo.write('real/creds.env', `GITHUB_TOKEN=${FAKE.github}\n`);
    symlinkSync(path.join(repo.root, 'real'), path.join(repo.root, 'alias'));
    const run = runCli(['secrets', 'alias'], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(errorLines(run.stdout, run.stderr)).toEqual([
      '! secrets: alias: is a symbolic link, which is never followed: name the path it points to',
    ]);
  });

  it('from secrets.paths in the config: exit 2', () => {
    const repo = repoWithFile();
    repo.write('.pipeguard.yml', 'secrets:\n  paths: [src, confg]\n');
    const run = runCli(['secrets'], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(errorLines(run.stdout, run.stderr)).toEqual([
      '! secrets: confg: no such file or directory',
    ]);
  });

  it('outside a git repository too', () => {
    const dir = tempDir();
    const run = runCli(['secrets', 'missing.env'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(errorLines(run.stdout, run.stderr)).toEqual([
      '! secrets: missing.env: no such file or directory',
    ]);
  });

  it('in --history, a file only the range still holds is scanned', () => {
    const repo = repoWithFile();
    const base = gitIn(repo.root, 'rev-parse', 'HEAD').trim();
    repo.write('old.env', `GITHUB_TOKEN=${FAKE.github}\n`);
    repo.commit('leak');
    repo.git('rm', '-q', 'old.env');
    repo.commit('remove');
    const run = runCli(['secrets', '--history', `${base}..HEAD`, 'old.env', '--format', 'json'], {
      cwd: repo.root,
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string }> };
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([['github-token', 'old.env']]);
    const typo = runCli(['secrets', '--history', `${base}..HEAD`, 'odl.env'], { cwd: repo.root });
    expect(typo.code).toBe(2);
    expect(errorLines(typo.stdout, typo.stderr)).toEqual([
      '! secrets: odl.env: no such file or directory',
    ]);
  });
});

describe('git submodules', () => {
  it('a named, checked-out submodule is scanned', () => {
    const { app } = appWithSubmodule();
    const run = runCli(['secrets', 'vendor/lib', '--format', 'json'], { cwd: app.root });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string }> };
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([
      ['github-token', 'vendor/lib/creds.env'],
    ]);
  });

  it('a tree scan reads checked-out submodules', () => {
    const { app } = appWithSubmodule();
    const run = runCli(['secrets', '--format', 'json'], { cwd: app.root });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ file: string }> };
    expect(report.findings.map((f) => f.file)).toEqual(['vendor/lib/creds.env']);
  });

  it('one not checked out: refused when named, reported in a tree scan', () => {
    const { app } = appWithSubmodule();
    const clone = tempDir();
    gitIn(clone, 'clone', '-q', app.root, '.');
    const named = runCli(['secrets', 'vendor/lib'], { cwd: clone });
    expect(named.code).toBe(2);
    expect(errorLines(named.stdout, named.stderr)).toEqual([
      '! secrets: vendor/lib: is a git submodule that is not checked out, so nothing of it can be scanned (git submodule update --init)',
    ]);
    const tree = runCli(['secrets', '--format', 'json'], { cwd: clone });
    const report = JSON.parse(tree.stdout) as {
      findings: Array<{ rule: string; file: string; message: string }>;
    };
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([['scan-skipped', 'vendor/lib']]);
    expect(report.findings[0]!.message).toMatch(/submodule that is not checked out/);
  });

  it('named to --diff or --history: exit 2 saying why', () => {
    const { app } = appWithSubmodule();
    for (const mode of [
      ['--diff', 'HEAD~1..HEAD'],
      ['--history', 'HEAD~1..HEAD'],
    ]) {
      const run = runCli(['secrets', ...mode, 'vendor/lib'], { cwd: app.root });
      expect(run.code).toBe(2);
      expect(errorLines(run.stdout, run.stderr)[0]).toMatch(
        /^! secrets: vendor\/lib: is a git submodule: --(diff|history) sees only the commit it points at/,
      );
    }
  });
});
