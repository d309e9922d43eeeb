/** pre-commit (Debian's 3.0.4, and 4.x where installed) installing and running this repository's hooks. */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import {
  preCommitExecutables,
  preCommitVersion,
  runPreCommit,
  tryRepo,
} from '../helpers/precommit.js';
import { REPO_ROOT } from '../helpers/run.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const hooks = parseYaml(
  readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
) as Array<Record<string, unknown>>;

describe('.pre-commit-hooks.yaml', () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

  it('stays within what pre-commit 3.0.4 accepts and runs the committed bundle without an install', () => {
    for (const hook of hooks) {
      // `script` installs nothing; `node` would npm-install the development dependencies first.
      expect(hook.language, String(hook.id)).toBe('script');
      expect(hook, String(hook.id)).not.toHaveProperty('stages');
      expect(String(hook.entry).split(' ')[0]).toBe(pkg.bin.pipeguard);
      if ('types_or' in hook) expect(hook.minimum_pre_commit_version).toBe('2.9.0');
    }
    expect(pkg.bin.pipeguard).toBe('dist/cli/index.js');
    // pre-commit runs the entry itself: it must be committed executable, with a node shebang.
    const staged = execFileSync('git', ['ls-files', '-s', '--', pkg.bin.pipeguard], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(staged).toMatch(/^100755 /);
    const firstLine = readFileSync(path.join(REPO_ROOT, pkg.bin.pipeguard), 'utf8').split('\n')[0];
    expect(firstLine).toBe('#!/usr/bin/env node');
    const lifecycle = [
      'preinstall',
      'install',
      'postinstall',
      'prepare',
      'prepack',
      'postpack',
      'prepublish',
      'prepublishOnly',
    ];
    for (const script of lifecycle) expect(pkg.scripts ?? {}).not.toHaveProperty(script);
  });
});

// The first try-repo installs the hook's node environment (npm install): minutes on a busy machine.
describe.each(preCommitExecutables())('pre-commit try-repo (%s)', (executable) => {
  it('reports its version (Debian ships 3.0.4)', () => {
    expect(preCommitVersion(executable)).toMatch(/^pre-commit \d+\.\d+\.\d+/);
  });

  it('installs the five hooks without creating any language environment', () => {
    repo = tempRepo({ 'app.py': 'print("hello")\n' });
    const home = mkdtempSync(path.join(tmpdir(), 'pipeguard-pre-commit-fresh-'));
    try {
      const ids = hooks.map((hook) => String(hook.id));
      for (const id of ids) {
        const run = runPreCommit(
          repo.dir,
          ['try-repo', REPO_ROOT, id, '--all-files'],
          executable,
          home,
        );
        expect(run.code, run.stdout + run.stderr).toBe(0);
      }
      // pre-commit keeps each hook repository in a repo* folder; a language environment would be
      // a node_env-* folder (with node_modules) inside it.
      const environments = readdirSync(home, { recursive: true, encoding: 'utf8' }).filter(
        (entry) => /(^|\/)(node_env-[^/]*|node_modules)$/.test(entry),
      );
      expect(environments).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('runs pipeguard-checklist: a clean repo passes, a tracked .env fails', () => {
    // A tracked audit log: a hook appending to it would fail the commit ("files were modified").
    const auditLog = '{"note": "kept as committed"}\n';
    repo = tempRepo({
      'app.py': 'print("hello")\n',
      '.gitignore': '.env\n',
      '.pipeguard.yml': 'version: 1\naudit:\n  log: .pipeguard/audit.jsonl\n',
      '.pipeguard/audit.jsonl': auditLog,
    });
    const clean = tryRepo(repo.dir, 'pipeguard-checklist', ['--all-files'], executable);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/pipeguard checklist\.+Passed/);
    expect(readFileSync(path.join(repo.dir, '.pipeguard', 'audit.jsonl'), 'utf8')).toBe(auditLog);

    repo.write({ '.env': 'X=1\n' });
    repo.git('add', '-f', '.env');
    const dirty = tryRepo(repo.dir, 'pipeguard-checklist', ['--all-files'], executable);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain('.env is tracked by git');
  });
});
