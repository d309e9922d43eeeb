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

  // One fresh try-repo per hook: minutes on a busy machine.
  it('installs every hook without creating any language environment', () => {
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
  }, 300_000);

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

  it('runs pipeguard-deps on the staged manifests: offline by default, a vulnerable pin blocked', () => {
    const pin = 'jinja2==3.1.5\n';
    // No config: no offline data and no API named, so the hook asks nothing of the network.
    repo = tempRepo({ 'app.py': 'print("hello")\n' });
    repo.write({ 'requirements.txt': pin });
    repo.git('add', 'requirements.txt');
    const offline = tryRepo(repo.dir, 'pipeguard-deps', [], executable);
    expect(offline.code, offline.stdout + offline.stderr).toBe(0);
    expect(offline.stdout).toMatch(/pipeguard deps\.+Passed/);

    // With the OSV export the config names, the staged pin is looked up offline and blocked.
    repo.write({
      '.pipeguard.yml': 'version: 1\ndeps:\n  osv-db: [osv/PyPI/all.zip]\n',
      'osv/PyPI/all.zip': readFileSync(
        path.join(REPO_ROOT, 'examples/ml-project/osv/PyPI/all.zip'),
      ),
    });
    repo.git('add', '.pipeguard.yml', 'osv');
    const blocked = tryRepo(repo.dir, 'pipeguard-deps', [], executable);
    expect(blocked.code, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout).toMatch(/pipeguard deps\.+Failed/);
    expect(blocked.stdout).toContain('requirements.txt');
    expect(blocked.stdout).toContain('jinja2 3.1.5 is affected by GHSA-cpwx-vrp4-4pq7');
    // A file that is no manifest does not start the hook.
    repo.git('rm', '-q', '--cached', 'requirements.txt');
    const skipped = tryRepo(repo.dir, 'pipeguard-deps', [], executable);
    expect(skipped.stdout).toMatch(/pipeguard deps\.+\(no files to check\)Skipped/);
  }, 300_000);

  it('runs pipeguard-pii on staged data files: personal data blocked, never printed', () => {
    const email = ['maria.keller', 'posteo.de'].join('@');
    repo = tempRepo({ 'app.py': 'print("hello")\n' });
    repo.write({
      'logs/train.log': `2026-11-20 12:00:01 INFO review submitted by ${email}\n`,
      'notes.py': `# contact ${email}\n`,
    });
    repo.git('add', 'logs/train.log', 'notes.py');
    const result = tryRepo(repo.dir, 'pipeguard-pii', [], executable);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/pipeguard pii\.+Failed/);
    expect(result.stdout).toContain('logs/train.log');
    // Code is not data: the hook never saw notes.py.
    expect(result.stdout).not.toContain('notes.py');
    expect(result.stdout + result.stderr).not.toContain(email);
  }, 180_000);

  it('runs pipeguard-models on staged model files: a pickle that runs code is blocked', () => {
    repo = tempRepo({ 'app.py': 'print("hello")\n' });
    // protocol 2: os.system("id") on load
    const pickle = Buffer.concat([
      Buffer.from([0x80, 0x02]),
      Buffer.from('cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.', 'latin1'),
    ]);
    repo.write({ 'models/classifier.pkl': pickle });
    repo.git('add', 'models/classifier.pkl');
    const result = tryRepo(repo.dir, 'pipeguard-models', [], executable);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/pipeguard models\.+Failed/);
    expect(result.stdout).toContain('models/classifier.pkl');
    expect(result.stdout).toContain('os.system');
  }, 180_000);
});
