/**
 * A team that never clones pipeguard, from an empty directory with only Node and git: the README's
 * install commands, its `.pre-commit-config.yaml` and its workflow, copied as written into a fresh
 * repository. A local clone of this repository, tagged as the release, stands in for
 * github.com/pipeguard/pipeguard; the release's tarball is `npm pack` of that clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { preCommitExecutables, runPreCommit } from '../helpers/precommit.js';
import { git } from '../helpers/repo.js';
import { actionMetadata, cleanEnv, REPO_ROOT, runAction } from '../helpers/run.js';

const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const VERSION = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
const INSTALL_BLOCK = `npm install -g ./pipeguard-${VERSION}.tgz   # the .tgz attached to the GitHub release`;
const PUBLISHED_URL = 'https://github.com/pipeguard/pipeguard';

/** The fenced block of the README whose first line is `first`. */
function readmeBlock(first: string): string {
  const blocks = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.split('\n')[0]!.trim() === first);
  if (!block) throw new Error(`README has no block starting with ${first}`);
  return block;
}

let home: string;
let published: string;
let prefix: string;
let app: string;

/** A shell in `app` with Node on PATH and the install prefix's bin first; npm never goes online. */
function sh(script: string, cwd = app): { code: number; out: string } {
  const nodeDir = path.dirname(process.execPath);
  const result = spawnSync('sh', ['-c', script], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: cleanEnv({
      PATH: [path.join(prefix, 'bin'), nodeDir, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
      npm_config_prefix: prefix,
      npm_config_cache: path.join(home, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    }),
  });
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-q', '-m', message);
}

beforeAll(() => {
  home = mkdtempSync(path.join(tmpdir(), 'pipeguard-newcomer-'));
  prefix = path.join(home, 'prefix');
  // The published repository: this one's committed state, with the release tags.
  published = path.join(home, 'pipeguard');
  execFileSync('git', ['clone', '-q', '--no-hardlinks', REPO_ROOT, published]);
  git(published, 'tag', `v${VERSION}`);
  git(published, 'tag', `v${VERSION.split('.')[0]}`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', home, '--offline'], {
      cwd: published,
      encoding: 'utf8',
      env: cleanEnv({ npm_config_cache: path.join(home, 'npm-cache') }),
    }),
  ) as Array<{ filename: string }>;
  // A fresh repository of a team's own: a bit of Python, its settings documented, data ignored.
  app = path.join(home, 'app');
  mkdirSync(app);
  git(app, 'init', '-q', '-b', 'main');
  writeFileSync(
    path.join(app, 'train.py'),
    'import os\n\nAPI_KEY = os.environ["OPENAI_API_KEY"]\nprint("training")\n',
  );
  writeFileSync(path.join(app, '.env.example'), 'OPENAI_API_KEY=\n');
  writeFileSync(path.join(app, '.gitignore'), '.env\ndata/\n*.tgz\n');
  writeFileSync(path.join(app, 'requirements.txt'), 'numpy==2.1.0\n');
  commitAll(app, 'a team repository');
  // The release asset, downloaded next to where the README's commands run.
  copyFileSync(path.join(home, packed[0]!.filename), path.join(app, packed[0]!.filename));
}, 300_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('a newcomer following the README in a fresh repository', () => {
  it('installs the CLI from the release tarball the README names and runs pipeguard check', () => {
    const run = sh(readmeBlock(INSTALL_BLOCK));
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/pipeguard \d+\.\d+\.\d+: PASS — \d+ check\(s\)/);
    const version = sh('pipeguard version');
    expect(version.out.trim()).toMatch(/^pipeguard \d+\.\d+\.\d+$|^\d+\.\d+\.\d+$/);
  });

  it.each(preCommitExecutables())(
    'the documented .pre-commit-config.yaml installs and guards commits (%s)',
    (executable) => {
      const config = readmeBlock('# .pre-commit-config.yaml');
      expect(config).toContain(`repo: ${PUBLISHED_URL}`);
      writeFileSync(
        path.join(app, '.pre-commit-config.yaml'),
        config.replace(`repo: ${PUBLISHED_URL}`, `repo: ${published}`),
      );
      const home4 = path.join(home, `pre-commit-home-${path.basename(executable)}`);
      const installed = runPreCommit(app, ['install-hooks'], executable, home4);
      expect(installed.code, installed.stdout + installed.stderr).toBe(0);
      const all = runPreCommit(app, ['run', '--all-files'], executable, home4);
      expect(all.code, all.stdout + all.stderr).toBe(0);
      // Every hook ran (pre-commit prints their names), each one passing: the committed
      // requirements.txt pin is read offline, with no OSV data configured and no network asked.
      const hookCount = [...config.matchAll(/- id: pipeguard-/g)].length;
      expect(hookCount).toBe(8);
      expect(
        all.stdout.match(/^pipeguard .*\.(Passed|\(no files to check\)Skipped)$/gm),
      ).toHaveLength(hookCount);
      expect(all.stdout).toMatch(/^pipeguard deps\.+Passed$/m);

      // A secret staged for commit is stopped, and never printed.
      const token = ['ghp', '_', 'R7vQ2mXk9LpZ4tWc8NbY3hJd6FsA1eUo5GiK'].join('');
      writeFileSync(path.join(app, 'settings.py'), `GITHUB_TOKEN = "${token}"\n`);
      git(app, 'add', 'settings.py');
      const staged = runPreCommit(app, ['run'], executable, home4);
      expect(staged.code).toBe(1);
      expect(staged.stdout).toMatch(/^pipeguard secrets\.+Failed$/m);
      expect(staged.stdout).toContain('settings.py');
      expect(staged.stdout + staged.stderr).not.toContain(token);
      git(app, 'rm', '-q', '--cached', 'settings.py');
      rmSync(path.join(app, 'settings.py'));

      // A vulnerable pin staged with the OSV export the config names is stopped, offline.
      writeFileSync(
        path.join(app, '.pipeguard.yml'),
        'version: 1\ndeps:\n  osv-db: [osv/PyPI/all.zip]\n',
      );
      mkdirSync(path.join(app, 'osv', 'PyPI'), { recursive: true });
      copyFileSync(
        path.join(REPO_ROOT, 'examples', 'ml-project', 'osv', 'PyPI', 'all.zip'),
        path.join(app, 'osv', 'PyPI', 'all.zip'),
      );
      writeFileSync(path.join(app, 'requirements-serve.txt'), 'jinja2==3.1.5\n');
      git(app, 'add', '.pipeguard.yml', 'osv', 'requirements-serve.txt');
      const vulnerable = runPreCommit(app, ['run'], executable, home4);
      expect(vulnerable.code).toBe(1);
      expect(vulnerable.stdout).toMatch(/^pipeguard deps\.+Failed$/m);
      expect(vulnerable.stdout).toContain('jinja2 3.1.5 is affected by GHSA-cpwx-vrp4-4pq7');
      git(app, 'rm', '-q', '-r', '--cached', '.pipeguard.yml', 'osv', 'requirements-serve.txt');
      for (const file of ['.pipeguard.yml', 'osv', 'requirements-serve.txt'])
        rmSync(path.join(app, file), { recursive: true });

      // Personal data staged in a log is stopped, and never printed.
      const email = ['maria.keller', 'posteo.de'].join('@');
      mkdirSync(path.join(app, 'logs'), { recursive: true });
      writeFileSync(path.join(app, 'logs', 'train.log'), `review by ${email}\n`);
      git(app, 'add', 'logs/train.log');
      const pii = runPreCommit(app, ['run'], executable, home4);
      expect(pii.code).toBe(1);
      expect(pii.stdout).toMatch(/^pipeguard pii\.+Failed$/m);
      expect(pii.stdout).toContain('logs/train.log');
      expect(pii.stdout + pii.stderr).not.toContain(email);
      git(app, 'rm', '-q', '--cached', 'logs/train.log');
      rmSync(path.join(app, 'logs'), { recursive: true });
      rmSync(path.join(app, '.pre-commit-config.yaml'));
    },
  );

  it('the documented workflow runs pipeguard/pipeguard@v1 from the release tag', () => {
    const workflow = parseYaml(readmeBlock('# .github/workflows/pipeguard.yml')) as {
      jobs: Record<
        string,
        { steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> }
      >;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const step = steps.find((s) => s.uses?.startsWith('pipeguard/pipeguard@'))!;
    const ref = step.uses!.split('@')[1]!;
    // What the runner does with `uses: pipeguard/pipeguard@v1`: the repository at that tag.
    const checkout = path.join(home, `action-${ref}`);
    execFileSync('git', ['clone', '-q', '--branch', ref, published, checkout], { stdio: 'ignore' });
    expect(actionMetadata(checkout).runs.using).toBe('node24');
    const result = runAction({
      actionDir: checkout,
      workspace: app,
      inputs: step.with ?? {},
      eventName: 'push',
      event: { before: '0'.repeat(40), after: git(app, 'rev-parse', 'HEAD').trim() },
      env: { GITHUB_SHA: git(app, 'rev-parse', 'HEAD').trim() },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.status).toBe('pass');
    // The next documented step uploads this file: it must be there.
    expect(result.outputs['sarif-file']).toBeTruthy();
    expect(JSON.parse(result.sarifText!).version).toBe('2.1.0');
  });
});
