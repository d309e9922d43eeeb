/**
 * Dependency exceptions on the example project: the committed, signed exception at a fixed clock
 * (inside and after its window), and copies re-signed with fresh throwaway keys (scripts/
 * example-exceptions.mjs) to show expiry, tampering, a missing role, the cap and scope — through
 * the real approval machinery (ssh-keygen signatures, allowed_signers) and the built CLI.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext, runConfiguredChecks } from '../../src/engine.js';
import { copyExample, EXAMPLE_SOURCE, refreshDepsExceptions } from '../helpers/example.js';
import { git } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';

const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const EXCEPTION = 'deps-exceptions/jinja2-GHSA-cpwx-vrp4-4pq7.yml';

const ctxAt = (root: string, iso?: string) =>
  createContext({ root, env: {}, log: quiet, ...(iso ? { now: new Date(iso) } : {}) });

async function depsAt(root: string, iso?: string) {
  const [result] = await runConfiguredChecks(await ctxAt(root, iso), ['deps']);
  return result!;
}

describe('examples/ml-project (committed files, clock fixed)', () => {
  it('inside its window the signed exception waives the jinja2 advisory, and check passes', async () => {
    const result = await depsAt(EXAMPLE_SOURCE, '2026-12-10T00:00:00Z');
    expect(result.status).toBe('pass');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: 'vulnerable-dependency',
      file: 'requirements-serve.txt',
      line: 5,
      severity: 'medium',
      suppressed: { kind: 'exception' },
    });
    expect(result.findings[0]!.suppressed!.reason).toMatch(
      /^DEPX-2026-12-02-jinja2 \(deps-exceptions\/jinja2-GHSA-cpwx-vrp4-4pq7.yml, expires 2026-12-30T00:00:00Z\), approved by security: sam@ml-project.example \(signature\), ml-owner: maria@ml-project.example \(signature\)$/,
    );
    const all = await runConfiguredChecks(await ctxAt(EXAMPLE_SOURCE, '2026-12-10T00:00:00Z'));
    expect(all.map((r) => [r.check, r.status])).toContainEqual(['deps', 'pass']);
    expect(all.filter((r) => r.status !== 'pass')).toEqual([]);
    // What deps read is its own audited input, never the eval gate's.
    const inputs = (check: string) =>
      (all.find((r) => r.check === check)?.inputs ?? []).map((i) => i.name);
    expect(inputs('deps')).toContain('requirements-serve.txt');
    expect(inputs('deps')).toContain(`${EXCEPTION}.sig`);
    expect(inputs('deps')).toContain('osv/PyPI/all.zip');
    expect(inputs('eval-gate').filter((n) => /requirements|deps-exceptions/.test(n))).toEqual([]);
  });

  it('once it expires the finding stands and says why', async () => {
    const result = await depsAt(EXAMPLE_SOURCE, '2026-12-30T00:00:01Z');
    expect(result.status).toBe('fail');
    expect(result.findings[0]!.suppressed).toBeUndefined();
    expect(result.findings[0]!.message).toContain(
      'exception DEPX-2026-12-02-jinja2 (deps-exceptions/jinja2-GHSA-cpwx-vrp4-4pq7.yml) does not apply: expired at 2026-12-30T00:00:00Z',
    );
  });
});

describe('a copy of the example, re-signed', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const copy = (): string => {
    dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-deps-example-'));
    copyExample(dir);
    return dir;
  };
  const commit = (root: string): void => {
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-q', '-m', 'example'],
    ])
      git(root, ...args);
  };

  it('pipeguard check (the built CLI) passes with a fresh exception and blocks once it has expired', () => {
    const root = copy();
    commit(root);
    const green = runCli(['check'], { cwd: root });
    expect(green.code, green.stdout + green.stderr).toBe(0);
    expect(green.stdout).toMatch(/deps: .*1 vulnerable \(1 waived by exception\)/);

    // Signed 20 days ago for 14 days: expired 6 days ago, whatever today is.
    refreshDepsExceptions(root, { now: new Date(Date.now() - 20 * 86_400_000), days: 14 });
    git(root, 'commit', '-qam', 'old exception');
    const red = runCli(['check'], { cwd: root });
    expect(red.code, red.stdout).toBe(1);
    expect(red.stdout).toMatch(/jinja2 3\.1\.5 is affected by GHSA-cpwx-vrp4-4pq7/);
    expect(red.stdout).toMatch(/does not apply: expired at /);
  });

  it('bytes changed after signing: not approved, the finding stands', async () => {
    const root = copy();
    const file = path.join(root, EXCEPTION);
    writeFileSync(file, readFileSync(file, 'utf8').replace('SEC-1301', 'SEC-1302'));
    const result = await depsAt(root);
    expect(result.status).toBe('fail');
    expect(result.findings[0]!.message).toMatch(
      /does not apply: not approved: security \(signature\): no valid signature by sam@ml-project.example/,
    );
  });

  it('one role signed, the other did not: not approved', async () => {
    const root = copy();
    const sig = path.join(root, `${EXCEPTION}.sig`);
    const first = readFileSync(sig, 'utf8').split('-----END SSH SIGNATURE-----')[0]!;
    writeFileSync(sig, `${first}-----END SSH SIGNATURE-----\n`);
    const result = await depsAt(root);
    expect(result.status).toBe('fail');
    expect(result.findings[0]!.message).toMatch(/not approved: ml-owner \(signature\)/);
    expect(result.findings[0]!.message).not.toMatch(/security \(signature\)/);
  });

  it('an expiry beyond deps.max-days is refused even when signed', async () => {
    const root = copy();
    refreshDepsExceptions(root, { days: 45 });
    const result = await depsAt(root);
    expect(result.findings[0]!.message).toMatch(
      /does not apply: lives 45 days \(created .*\); the policy allows at most 30$/,
    );
  });

  it('reviews-only approval without a pull request fails closed', async () => {
    const root = copy();
    const config = path.join(root, '.pipeguard.yml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        '  max-days: 30\n',
        '  max-days: 30\n  approval: reviews\n',
      ),
    );
    const result = await depsAt(root);
    expect(result.status).toBe('fail');
    expect(result.findings[0]!.message).toMatch(/not approved: security \(review\)/);
  });

  it('an exception for another version covers nothing and is reported as unused', async () => {
    const root = copy();
    const file = path.join(root, EXCEPTION);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("package_version: '3.1.5'", "package_version: '3.1.4'"),
    );
    refreshDepsExceptions(root);
    const result = await depsAt(root);
    expect(result.findings.map((f) => [f.rule, f.suppressed?.kind])).toEqual([
      ['vulnerable-dependency', undefined],
      ['exception-unused', undefined],
    ]);
    expect(result.findings[1]).toMatchObject({ file: EXCEPTION, line: 4, severity: 'low' });
  });

  it('a malformed exception file is an input error (exit 2) naming the file and line', () => {
    const root = copy();
    const file = path.join(root, EXCEPTION);
    writeFileSync(file, readFileSync(file, 'utf8').replace('ecosystem: PyPI', 'ecosystem: pypi'));
    const run = runCli(['deps'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(
      /deps-exceptions\/jinja2-GHSA-cpwx-vrp4-4pq7\.yml:5:\d+: /,
    );
  });

  it('validate checks a dependency exception against its schema', () => {
    const root = copy();
    const run = runCli(['validate', EXCEPTION], { cwd: root });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/1 document/);
  });
});
