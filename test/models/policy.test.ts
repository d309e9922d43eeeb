/**
 * The models check in its surroundings, on the built CLI: the default paths, `--deny-pickle`,
 * SARIF, symlinks, and the policy of issue 19 — a critical model finding refuses
 * `provenance stamp` and blocks the eval gate (exit 12) until a model exception bound to the
 * file's sha256 and the rule is signed by every role with real ssh-keygen signatures.
 */
import { createHash } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../eval-gate/fixture.js';
import { tempDir, tempRepo } from '../helpers/repo.js';
import { runAction, runCli } from '../helpers/run.js';
import { sarifErrors } from '../helpers/sarif.js';

/** pickle.dumps(obj with __reduce__ → os.system('id'), protocol=2), as Python writes it on Linux. */
const EVIL = Buffer.from(
  '\x80\x02cposix\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.',
  'latin1',
);
/** pickle.dumps(collections.OrderedDict(a=1), protocol=2) */
const BENIGN = Buffer.from(
  '\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01X\x01\x00\x00\x00aq\x02K\x01s.',
  'latin1',
);
const EVIL_DIGEST = `sha256:${createHash('sha256').update(EVIL).digest('hex')}`;

interface Report {
  status: string;
  checks: Array<{
    check: string;
    status: string;
    summary: string;
    details?: { artifacts?: Array<{ file: string; sha256?: string }> };
  }>;
  findings: Array<{
    file?: string;
    rule: string;
    severity: string;
    message: string;
    suppressed?: unknown;
  }>;
}

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

function json(args: string[], cwd: string): { code: number; report: Report } {
  const result = runCli([...args, '--format', 'json', '--output', '-'], { cwd });
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

function modelException(digest: string, rules: string[], days = 10): string {
  const now = Date.now();
  return [
    'version: 1',
    'id: MODEL-EXC-0001',
    `artifact_digest: ${digest}`,
    'file: runs/r2/artifact/model.pkl',
    `rules: [${rules.join(', ')}]`,
    'reason: Legacy estimator reviewed by security; re-exported as safetensors in the next sprint.',
    'ticket: SEC-77',
    'requested_by: dana@example.com',
    `created: ${new Date(now - 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `expires: ${new Date(now + days * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z')}`,
    'required_roles: [security, ml-owner]',
    '',
  ].join('\n');
}

describe('pipeguard models (built CLI)', () => {
  it('scans the default artifact directories and the configured ones; exit 1 on a critical finding', () => {
    const repo = tempRepo({
      'runs/r1/artifact/model.pkl': EVIL,
      'runs/r1/artifact/ok.pkl': BENIGN,
      'deployments/prod/model.pkl': BENIGN,
      'elsewhere/model.pkl': EVIL,
    });
    cleanups.push(repo.cleanup);
    const { code, report } = json(['models'], repo.dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file} ${f.rule} ${f.severity}`)).toEqual([
      'runs/r1/artifact/model.pkl pickle-code-execution critical',
    ]);
    expect(report.findings[0]!.message).toBe(
      'imports posix.system and calls it (GLOBAL at offset 2): posix runs code or touches files, processes or the network',
    );
    const artifact = report.checks[0]!.details!.artifacts!.find(
      (a) => a.file === 'runs/r1/artifact/model.pkl',
    );
    expect(artifact?.sha256).toBe(EVIL_DIGEST);

    repo.write({ '.pipeguard.yml': 'version: 1\nmodels:\n  paths: [elsewhere]\n' });
    expect(json(['models'], repo.dir).report.findings.map((f) => f.file)).toEqual([
      'elsewhere/model.pkl',
    ]);
    // Named paths win over the config.
    expect(json(['models', 'deployments'], repo.dir).code).toBe(0);
  });

  it('models.allow-pickle: false (or --deny-pickle) reports every pickle-based artifact', () => {
    const repo = tempRepo({ 'runs/r1/artifact/ok.pkl': BENIGN });
    cleanups.push(repo.cleanup);
    expect(json(['models'], repo.dir).code).toBe(0);
    const denied = json(['models', '--deny-pickle'], repo.dir);
    expect(denied.code).toBe(1);
    expect(denied.report.findings[0]).toMatchObject({
      rule: 'pickle-not-allowed',
      severity: 'high',
    });
    expect(denied.report.findings[0]!.message).toMatch(/safetensors/);
    repo.write({ '.pipeguard.yml': 'version: 1\nmodels:\n  allow-pickle: false\n' });
    expect(json(['models'], repo.dir).report.findings.map((f) => f.rule)).toEqual([
      'pickle-not-allowed',
    ]);
  });

  it('SARIF is valid and names the file; a symlink out of the root is critical', () => {
    const outside = tempDir();
    cleanups.push(outside.cleanup);
    writeFileSync(path.join(outside.dir, 'evil.pkl'), EVIL);
    const repo = tempRepo({ 'runs/r1/artifact/model.pkl': EVIL });
    cleanups.push(repo.cleanup);
    symlinkSync(
      path.join(outside.dir, 'evil.pkl'),
      path.join(repo.dir, 'runs/r1/artifact/linked.pkl'),
    );
    const sarif = runCli(['models', '--format', 'sarif', '--output', '-'], { cwd: repo.dir });
    expect(sarif.code).toBe(1);
    const doc = JSON.parse(sarif.stdout) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    expect(sarifErrors(doc)).toBeUndefined();
    const results = doc.runs[0]!.results.map(
      (r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}`,
    );
    expect(results).toContain('models/pickle-code-execution runs/r1/artifact/model.pkl');
    expect(results).toContain('models/symlink-escape runs/r1/artifact/linked.pkl');
  });

  it('a bad path is exit 2 with one line', () => {
    const repo = tempRepo({ 'a.txt': 'x' });
    cleanups.push(repo.cleanup);
    const result = runCli(['models', 'missing.pkl'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/missing\.pkl: no such file or directory/);
  });

  it('the models/ sub-action sets its outputs and annotates the file', () => {
    const repo = tempRepo({ 'runs/r1/artifact/model.pkl': EVIL });
    cleanups.push(repo.cleanup);
    const run = runAction({ entry: 'models', workspace: repo.dir });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.outputs['blocking-findings']).toBe('1');
    expect(run.outputs['model-files']).toBe('1');
    expect(run.annotations.map((a) => `${a.level} ${a.properties.file}`)).toContain(
      'error runs/r1/artifact/model.pkl',
    );
  });
});

describe('policy: critical model findings gate promotion', () => {
  it('the eval gate blocks (exit 12) until a signed model exception covers the digest and rule', () => {
    const fx = makeFixture();
    cleanups.push(fx.cleanup);
    // Metrics that pass, so only the model can block.
    fx.write(
      'runs/r2/metrics.json',
      JSON.stringify({ results: { sentiment: { 'acc,none': 0.9 } }, latency_ms_p95: 40 }),
    );
    fx.write('runs/r2/artifact/model.pkl', EVIL);
    const blocked = json(['eval-gate'], fx.root);
    expect(blocked.code).toBe(12);
    expect(blocked.report.checks[0]!.summary).toMatch(/^blocked: 1 critical model finding/);
    expect(blocked.report.findings.some((f) => f.rule === 'pickle-code-execution')).toBe(true);

    // Bound to another file's digest: no effect.
    fx.write(
      'model-exceptions/other.yml',
      modelException(`sha256:${'0'.repeat(64)}`, ['pickle-code-execution']),
    );
    fx.sign('model-exceptions/other.yml', 'sec');
    fx.sign('model-exceptions/other.yml', 'ml');
    expect(json(['eval-gate'], fx.root).code).toBe(12);

    // The right digest, the wrong rule: no effect.
    fx.write(
      'model-exceptions/other.yml',
      modelException(EVIL_DIGEST, ['pickle-unknown-global']).replace(
        'MODEL-EXC-0001',
        'MODEL-EXC-0002',
      ),
    );
    expect(json(['eval-gate'], fx.root).code).toBe(12);

    // The right digest and rule, signed by one role only: still blocked.
    fx.write(
      'model-exceptions/other.yml',
      modelException(`sha256:${'0'.repeat(64)}`, ['pickle-code-execution']).replace(
        'MODEL-EXC-0001',
        'MODEL-EXC-0002',
      ),
    );
    fx.write('model-exceptions/legacy.yml', modelException(EVIL_DIGEST, ['pickle-code-execution']));
    fx.sign('model-exceptions/legacy.yml', 'sec');
    expect(json(['eval-gate'], fx.root).code).toBe(12);

    // Both roles: the gate passes, and `pipeguard models` reports the finding as waived.
    fx.sign('model-exceptions/legacy.yml', 'ml');
    const allowed = json(['eval-gate'], fx.root);
    expect(allowed.code).toBe(0);
    const models = json(['models', 'runs/r2/artifact'], fx.root);
    expect(models.code).toBe(0);
    expect(models.report.findings[0]!.suppressed).toMatchObject({ kind: 'exception' });
  });

  it('provenance stamp refuses a run whose artifact runs code on load', () => {
    const repo = tempRepo({
      'runs/r1/artifact/model.pkl': EVIL,
      'runs/r1/meta.json': '{"run_id": "r1"}',
    });
    cleanups.push(repo.cleanup);
    const refused = json(['provenance', 'stamp', 'runs/r1'], repo.dir);
    expect(refused.code).toBe(1);
    expect(refused.report.checks[0]!.summary).toMatch(/^not stamped: 1 critical model finding/);
    expect(refused.report.findings[0]!.message).toContain(EVIL_DIGEST);

    repo.write({ 'runs/r1/artifact/model.pkl': BENIGN });
    repo.commitAll('benign model');
    expect(runCli(['provenance', 'stamp', 'runs/r1'], { cwd: repo.dir }).code).toBe(0);
  });
});
