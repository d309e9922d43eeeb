/** The built CLI bundle as users run it: on Node 24 (this runner) and on Node 20 (pre-commit users). */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { refreshDepsExceptions } from '../helpers/example.js';
import { git, tempRepo, type TempRepo } from '../helpers/repo.js';
import { node20Binary, REPO_ROOT, runCli } from '../helpers/run.js';

// A copy whose dependency exception is re-signed valid from today (the committed one expires).
const EXAMPLE = mkdtempSync(path.join(tmpdir(), 'pipeguard-cli-example-'));
cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), EXAMPLE, { recursive: true });
refreshDepsExceptions(EXAMPLE);
for (const args of [
  ['init', '-q'],
  ['add', '-A'],
  ['commit', '-q', '-m', 'example'],
])
  git(EXAMPLE, ...args);
afterAll(() => rmSync(EXAMPLE, { recursive: true, force: true }));
const node20 = node20Binary();
const nodes: Array<[string, string | undefined]> = [
  ['node 24', process.execPath],
  ['node 20', node20],
];

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

describe('the test runner itself', () => {
  it('runs on Node 24', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('has a Node 20 to run the CLI on (CI: the system node; else set PIPEGUARD_NODE20)', () => {
    expect(node20, 'no Node 20 binary found on PATH').toBeDefined();
  });
});

describe.each(nodes)('CLI bundle on %s', (_label, node) => {
  it.runIf(node)('prints the JSON report of design.md for the example project', () => {
    const { code, stdout, stderr } = runCli(
      [
        'check',
        '--root',
        EXAMPLE,
        '--format',
        'json',
        '--audit-log',
        path.join(EXAMPLE, '.pipeguard', 'audit.jsonl'),
      ],
      { node },
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['tool', 'status', 'checks', 'findings']);
    expect(report.tool.name).toBe('pipeguard');
    expect(report.tool.version).toBe(
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version,
    );
    expect(report.checks.map((c: { check: string }) => c.check)).toContain('checklist');
    for (const c of report.checks)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['check', 'status', 'summary', 'findings']),
      );
    expect(report.status).toBe('pass');
    expect(code).toBe(0);
  });

  it.runIf(node)(
    'leaves the configured audit log alone under pre-commit; --audit-log still writes',
    () => {
      repo = tempRepo({
        'app.py': 'print(1)\n',
        '.pipeguard.yml': 'version: 1\naudit:\n  log: .pipeguard/audit.jsonl\n',
      });
      const configured = path.join(repo.dir, '.pipeguard', 'audit.jsonl');
      const hook = runCli(['checklist'], { cwd: repo.dir, node, env: { PRE_COMMIT: '1' } });
      expect(hook.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(configured)).toBe(false);
      runCli(['checklist'], { cwd: repo.dir, node });
      expect(readFileSync(configured, 'utf8').trim().split('\n')).toHaveLength(1);
      const chosen = path.join(repo.dir, 'local-audit.jsonl');
      runCli(['checklist', '--audit-log', chosen], {
        cwd: repo.dir,
        node,
        env: { PRE_COMMIT: '1' },
      });
      expect(JSON.parse(readFileSync(chosen, 'utf8')).check).toBe('checklist');
    },
  );

  it.runIf(node)('exits 1 naming a tracked .env file', () => {
    repo = tempRepo({ 'app.py': 'print(1)\n', '.env': 'OPENAI_API_KEY=not-a-real-value\n' });
    const { code, stdout } = runCli(['check', 'checklist', '--format', 'json'], {
      cwd: repo.dir,
      node,
    });
    const report = JSON.parse(stdout);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          check: 'checklist',
          rule: 'env-file-tracked',
          file: '.env',
          severity: 'critical',
        }),
      ]),
    );
    expect(code).toBe(1);
  });

  it.runIf(node)('exits 2 with file:line and no stack trace on a malformed config', () => {
    repo = tempRepo({ '.pipeguard.yml': 'version: 1\nchecklist:\n  enabled: true\n  bogus: 3\n' });
    const unknownKey = runCli(['check'], { cwd: repo.dir, node });
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stdout).toContain('.pipeguard.yml:4:3: unknown key `bogus` in `checklist`');
    expect(unknownKey.stdout + unknownKey.stderr).not.toMatch(/\n\s+at /);

    repo.write({ '.pipeguard.yml': 'version: 1\nfail-on: high\n  nested: wrong\n' });
    const badYaml = runCli(['check', '--format', 'json'], { cwd: repo.dir, node });
    expect(badYaml.code).toBe(2);
    expect(JSON.parse(badYaml.stdout).checks[0].summary).toMatch(/^\.pipeguard\.yml:2:\d+: /);
  });

  it.runIf(node)('exits 2 on usage errors with one line on stderr', () => {
    for (const args of [
      ['frobnicate'],
      ['check', '--format', 'xml'],
      ['check', '--no-such-flag'],
      ['check', '--fail-on', 'severe'],
    ]) {
      const { code, stderr, stdout } = runCli(args, { node });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stdout).toBe('');
    }
  });

  it.runIf(node)('prints help and version', () => {
    const help = runCli(['--help'], { node });
    expect(help.code).toBe(0);
    for (const command of [
      'check',
      'secrets',
      'validate',
      'checksums verify',
      'eval-gate',
      'exception sign',
      'provenance stamp',
    ]) {
      expect(help.stdout).toContain(command);
    }
    expect(runCli(['--version'], { node }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(runCli(['checklist', '--help'], { node }).stdout).toContain('--audit-log FILE');
  });

  it.runIf(node)('writes SARIF to --output and keeps the real exit code', () => {
    repo = tempRepo({ id_rsa: 'x' });
    const out = path.join(repo.dir, 'out', 'report.sarif');
    const { code } = runCli(['checklist', '--format', 'sarif', '--output', out], {
      cwd: repo.dir,
      node,
    });
    expect(code).toBe(1);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.runs[0].results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'checklist/credential-file-tracked' }),
      ]),
    );
  });
});
