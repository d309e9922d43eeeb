/** Debian's pre-commit (3.0.4) installing and running this repository's hooks. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { preCommitVersion, tryRepo } from '../helpers/precommit.js';
import { REPO_ROOT } from '../helpers/run.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parseYaml(
    readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
  ) as Array<Record<string, unknown>>;
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

  it('stays within what pre-commit 3.0.4 accepts', () => {
    for (const hook of hooks) {
      expect(hook.language, String(hook.id)).toBe('node');
      expect(hook, String(hook.id)).not.toHaveProperty('stages');
      expect(String(hook.entry).split(' ')[0]).toBe('pipeguard');
      if ('types_or' in hook) expect(hook.minimum_pre_commit_version).toBe('2.9.0');
    }
    expect(pkg.bin.pipeguard).toBe('dist/cli/index.js');
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
describe('pre-commit try-repo', { timeout: 900_000 }, () => {
  it('reports its version (Debian ships 3.0.4)', () => {
    expect(preCommitVersion()).toMatch(/^pre-commit \d+\.\d+\.\d+/);
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
    const clean = tryRepo(repo.dir, 'pipeguard-checklist', ['--all-files']);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/pipeguard checklist\.+Passed/);
    expect(readFileSync(path.join(repo.dir, '.pipeguard', 'audit.jsonl'), 'utf8')).toBe(auditLog);

    repo.write({ '.env': 'X=1\n' });
    repo.git('add', '-f', '.env');
    const dirty = tryRepo(repo.dir, 'pipeguard-checklist', ['--all-files']);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain('.env is tracked by git');
  });
});
