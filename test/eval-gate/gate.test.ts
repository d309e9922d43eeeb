/** The gate end to end on real files, with real ssh-keygen signatures: the pass and every forgery. */
import { appendFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gateParams } from '../../src/checks/eval-gate/index.js';
import { decide } from '../../src/checks/eval-gate/gate.js';
import { gateResult } from '../../src/checks/eval-gate/result.js';
import type { CheckResult } from '../../src/report/model.js';
import { makeFixture, type Fixture } from './fixture.js';

const EXC = 'exceptions/sentiment-accuracy.yml';
let fx: Fixture;

beforeEach(() => {
  fx = makeFixture({
    sec: 'ed25519',
    ml: 'ecdsa-256',
    mallory: 'ed25519',
    sec2: 'rsa',
    ml384: 'ecdsa-384',
    ml521: 'ecdsa-521',
  });
});
afterEach(() => fx.cleanup());

async function gate(options: { now?: Date } = {}): Promise<CheckResult> {
  const ctx = await fx.ctx(options);
  return gateResult(await decide(ctx, gateParams(ctx)), ctx);
}

function unapprovedReasons(result: CheckResult): string[] {
  return result.findings.filter((f) => f.rule === 'exception-unapproved').map((f) => f.message);
}

describe('eval gate decision', () => {
  it('blocks a failing metric with no exception and says how to unblock', async () => {
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.summary).toBe(
      'blocked: accuracy 0.82 < min 0.85 (short by 0.03); no valid exception covers it',
    );
    const finding = result.findings.find((f) => f.rule === 'eval-threshold')!;
    expect(finding).toMatchObject({ file: 'runs/r2/metrics.json', line: 4, severity: 'high' });
    const unblock = result.details!.unblock as Record<string, unknown>;
    expect(unblock).toMatchObject({
      suggestedFile: 'exceptions/sentiment-20261122.yml',
      maxDays: 30,
      latestExpiry: '2026-12-22T12:00:00Z',
      roles: [
        { role: 'security', principals: ['sec@example.com'], github: [] },
        { role: 'ml-owner', principals: ['ml@example.com'], github: [] },
      ],
    });
    expect(unblock.template).toContain(`artifact_digest: ${fx.digest}`);
    expect(unblock.template).toContain('  - metric: "accuracy"\n    min: 0.82');
    const markdown = result.details!.summaryMarkdown as string;
    expect(markdown).toContain('#### How to unblock');
    expect(markdown).toContain(
      'pipeguard exception sign exceptions/sentiment-20261122.yml --key ~/.ssh/id_ed25519',
    );
    expect(markdown).toContain('**security**: sec@example.com');
    // The terminal gets the same steps, template included, from the same source.
    const steps = (result.details!.nextSteps as string[]).join('\n');
    expect(steps).toContain('1. Add exceptions/sentiment-20261122.yml');
    expect(steps).toContain(`     artifact_digest: ${fx.digest}`);
    expect(steps).toContain('   - ml-owner: ml@example.com');
    expect(steps).not.toMatch(/[`*]/);
    expect(result.outputs).toMatchObject({ decision: 'blocked', 'uncovered-metrics': 'accuracy' });
    expect(result.inputs!.map((i) => i.name)).toEqual([
      'eval-policy.yml',
      'runs/r1/metrics.json',
      'runs/r2/artifact/checksum.sha256',
      'runs/r2/metrics.json',
    ]);
  });

  it('the suggested template, signed by both roles, unblocks the gate', async () => {
    const blocked = await gate();
    const template = (blocked.details!.unblock as { template: string }).template.replace(
      '<why shipping despite this is acceptable — at least 20 characters>',
      'Accepted by security and ML owner until the retrain next sprint.',
    );
    fx.write('exceptions/sentiment-20261122.yml', template);
    fx.sign('exceptions/sentiment-20261122.yml', 'sec');
    fx.sign('exceptions/sentiment-20261122.yml', 'ml');
    expect((await gate()).status).toBe('pass');
  });

  it('passes a two-role exception signed by both, and reports it applied', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('allowed: 1 failing metric(s) covered by exception EXC-2026-0001');
    const covered = result.findings.find((f) => f.rule === 'eval-threshold')!;
    expect(covered.suppressed).toEqual({
      kind: 'exception',
      reason:
        'EXC-2026-0001 (exceptions/sentiment-accuracy.yml), approved by security: sec@example.com, ml-owner: ml@example.com',
    });
    expect(result.outputs!['exceptions-applied']).toBe('EXC-2026-0001');
    const audit = result.details!.audit as Record<string, unknown>;
    expect(audit.signers).toEqual([
      { exception: 'EXC-2026-0001', role: 'security', by: 'sec@example.com', via: 'signature' },
      { exception: 'EXC-2026-0001', role: 'ml-owner', by: 'ml@example.com', via: 'signature' },
    ]);
    expect(result.inputs!.map((i) => i.name)).toEqual(
      expect.arrayContaining(['.github/allowed_signers', EXC, `${EXC}.sig`]),
    );
  });

  it('accepts RSA and ECDSA P-384 / P-521 signers', async () => {
    fx.write(
      '.github/allowed_signers',
      `sec@example.com ${fx.keys.sec2!.publicText}\nml@example.com ${fx.keys.ml384!.publicText}\nml@example.com ${fx.keys.ml521!.publicText}\n`,
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec2');
    fx.sign(EXC, 'ml521');
    expect((await gate()).status).toBe('pass');
  });

  it('refuses: one role missing', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result)).toEqual([
      expect.stringMatching(
        /^EXC-2026-0001: role ml-owner not satisfied by signature: no valid signature by ml@example.com \(exceptions\/sentiment-accuracy.yml.sig:1: ml-owner as ml@example.com: key is listed for "sec@example.com" \(line 1\), not for ml@example.com\)$/,
      ),
    ]);
    expect(result.findings.find((f) => f.rule === 'exception-unapproved')).toMatchObject({
      file: EXC,
      line: 13,
    });
    // The way out is that file's missing signature, not a new exception.
    const unblock = result.details!.unblock as { pendingApproval: unknown[]; nearMisses: string[] };
    expect(unblock.pendingApproval).toEqual([
      {
        id: 'EXC-2026-0001',
        file: EXC,
        missing: [{ role: 'ml-owner', via: 'signature', who: ['ml@example.com'] }],
      },
    ]);
    expect(unblock.nearMisses).toEqual([]);
    const steps = (result.details!.nextSteps as string[]).join('\n');
    expect(steps).toContain(`${EXC} (EXC-2026-0001) covers the failure but is not approved yet`);
    expect(steps).toContain(
      `  - ml-owner (ml@example.com): a signature: pipeguard exception sign ${EXC} --key ~/.ssh/id_ed25519`,
    );
    expect(steps).not.toContain('1. Add');
    expect(result.findings.find((f) => f.rule === 'eval-threshold')!.remedy).toBe(
      `${EXC} covers it once approved: still needed ml-owner (ml@example.com) by signature — see Next steps`,
    );
  });

  it('refuses: both signatures by one principal', async () => {
    // Dana holds both roles and has two registered keys: she still cannot approve twice.
    fx.write(
      '.pipeguard.yml',
      fx
        .read('.pipeguard.yml')
        .toString()
        .replace('[ml@example.com]', '[ml@example.com, sec@example.com]'),
    );
    fx.write(
      '.github/allowed_signers',
      `sec@example.com ${fx.keys.sec!.publicText}\nsec@example.com ${fx.keys.sec2!.publicText}\n`,
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'sec2');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(
      /already count for another role; each role needs a distinct signer/,
    );
  });

  it('refuses: one key listed under two principals signing for both roles', async () => {
    fx.write(
      '.github/allowed_signers',
      `sec@example.com,ml@example.com ${fx.keys.sec!.publicText}\n`,
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'sec');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(/distinct signer/);
  });

  it('refuses: a byte changed after signing', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    fx.write(EXC, fx.read(EXC).toString().replace('min: 0.8', 'min: 0.7'));
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(/signature does not match the file bytes/);
  });

  it('refuses: wrong namespace', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec', 'git');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(
      /signed for namespace "git", not "pipeguard-exception"/,
    );
  });

  it('refuses: key not in allowed_signers', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'mallory');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(
      /security as sec@example.com: key SHA256:\S+ is not in allowed_signers/,
    );
  });

  it('refuses: key outside valid-before', async () => {
    fx.write(
      '.github/allowed_signers',
      `sec@example.com ${fx.keys.sec!.publicText}\nml@example.com valid-before="20261101Z" ${fx.keys.ml!.publicText}\n`,
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(
      /key expired at 2026-11-01T00:00:00Z \(valid-before; checked at 2026-11-22T12:00:00Z\)/,
    );
  });

  it('refuses: expired exception, with the line of expires', async () => {
    fx.exception(EXC, { created: '2026-10-20T09:00:00Z', expires: '2026-11-15T09:00:00Z' });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.find((f) => f.rule === 'exception-expired')).toMatchObject({
      file: EXC,
      line: 12,
      severity: 'high',
      message: 'EXC-2026-0001: expired at 2026-11-15T09:00:00Z',
    });
  });

  it('refuses: expiry beyond the policy cap', async () => {
    fx.exception(EXC, { expires: '2027-01-10T09:00:00Z' });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.find((f) => f.rule === 'exception-expiry-cap')!.message).toBe(
      'EXC-2026-0001: lives 51 days (created 2026-11-20T09:00:00Z, expires 2027-01-10T09:00:00Z); the policy allows at most 30',
    );
  });

  it('refuses: a future-dated created that would stretch the cap', async () => {
    fx.exception(EXC, { created: '2026-12-20T09:00:00Z', expires: '2027-01-10T09:00:00Z' });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['exception-expiry-cap', 'exception-not-yet-valid']),
    );
  });

  it('refuses: other model digest', async () => {
    fx.exception(EXC, { artifact_digest: `sha256:${'b'.repeat(64)}` });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.map((f) => f.rule)).toEqual(['eval-threshold']);
    expect((result.details!.unblock as { nearMisses: string[] }).nearMisses).toEqual([
      `EXC-2026-0001 (${EXC}): is bound to artifact sha256:${'b'.repeat(64)}, not this run's ${fx.digest} (${EXC}:4)`,
    ]);
  });

  it('refuses: other model name', async () => {
    fx.exception(EXC, { model: 'sentiment-v2' });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    expect((await gate()).status).toBe('blocked');
  });

  it('refuses: waiver below the observed value', async () => {
    fx.exception(EXC, { waivers: '\n  - metric: accuracy\n    min: 0.83' });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.find((f) => f.rule === 'exception-waiver')).toMatchObject({
      message: "EXC-2026-0001: accuracy: observed 0.82 is below the waiver's min 0.83",
      line: 6,
    });
  });

  it('refuses: signature file from another exception', async () => {
    const other = 'exceptions/other.yml';
    fx.exception(other, {
      id: 'EXC-2026-0002',
      waivers: '\n  - metric: latency_ms_p95\n    max: 70',
    });
    fx.sign(other, 'sec');
    fx.sign(other, 'ml');
    fx.exception(EXC);
    copyFileSync(path.join(fx.root, `${other}.sig`), path.join(fx.root, `${EXC}.sig`));
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(/signature does not match the file bytes/);
  });

  it('refuses a waiver whose bound points the wrong way', async () => {
    fx.exception(EXC, { waivers: '\n  - metric: accuracy\n    max: 1' });
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.find((f) => f.rule === 'exception-waiver')!.message).toMatch(
      /must give the lowest accepted value \(min\)/,
    );
  });

  it('cannot waive a missing metric or NaN', async () => {
    fx.write(
      'runs/r2/metrics.json',
      '{"results": {"sentiment": {"acc,none": NaN}}, "latency_ms_p95": 41}',
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(result.findings.find((f) => f.rule === 'eval-metric-unusable')!.message).toBe(
      'accuracy: runs/r2/metrics.json: `results.sentiment.acc,none` is NaN, not a finite number',
    );
    expect((result.details!.unblock as { notWaivable: string[] }).notWaivable).toHaveLength(1);
  });

  it('fails zero tests in JUnit, and cannot waive it', async () => {
    fx.write('runs/r2/junit.xml', '<testsuites tests="0"/>');
    const ctx = await fx.ctx();
    const result = gateResult(
      await decide(ctx, gateParams(ctx, { junit: ['runs/r2/junit.xml'] })),
      ctx,
    );
    expect(result.status).toBe('blocked');
    expect(result.summary).toContain('junit.tests the JUnit report(s) hold zero tests');
  });

  it('gates JUnit failures by default when a report is given', async () => {
    fx.write('runs/r2/metrics.json', CANDIDATE_PASSING);
    fx.write(
      'runs/r2/junit.xml',
      '<testsuite><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>',
    );
    const ctx = await fx.ctx();
    const result = gateResult(
      await decide(ctx, gateParams(ctx, { junit: ['runs/r2/junit.xml'] })),
      ctx,
    );
    expect(result.status).toBe('blocked');
    expect(result.summary).toBe(
      'blocked: junit.failures 1 > max 0 (over by 1); no valid exception covers it',
    );
  });

  it('passes when every metric passes, and flags unused exceptions as stale', async () => {
    fx.write('runs/r2/metrics.json', CANDIDATE_PASSING);
    fx.exception(EXC);
    const result = await gate();
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('allowed: all 2 metric(s) pass');
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'exception-stale', severity: 'low', line: 2 }),
    ]);
  });

  it('treats an invalid exception file as an input error with its line', async () => {
    fx.exception(EXC, { model: '"sentiment*"' });
    await expect(gate()).rejects.toThrow(/`model` must match pattern/);
    fx.exception(EXC, { extra: 'yes' });
    await expect(gate()).rejects.toMatchObject({ file: EXC, line: 14 });
  });

  it('refuses stray text in a .sig file as an input error', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    appendFileSync(path.join(fx.root, `${EXC}.sig`), 'approved-by: ml\n');
    fx.sign(EXC, 'ml');
    await expect(gate()).rejects.toMatchObject({ file: `${EXC}.sig`, line: 7 });
  });

  it('fails closed when the approval mode needs PR reviews and there is no GitHub token', async () => {
    fx.write(
      '.pipeguard.yml',
      fx.read('.pipeguard.yml').toString().replace('  roles:', '  approval: both\n  roles:'),
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await gate();
    expect(result.status).toBe('blocked');
    expect(unapprovedReasons(result).join('\n')).toMatch(/review approvals need a GitHub token/);
  });

  it('refuses a digest flag that disagrees with the manifest', async () => {
    const ctx = await fx.ctx();
    await expect(
      decide(
        ctx,
        gateParams(ctx, {
          digest: `sha256:${'c'.repeat(64)}`,
          manifest: 'runs/r2/artifact/checksum.sha256',
        }),
      ),
    ).rejects.toThrow(/does not match the manifest/);
  });
});

const CANDIDATE_PASSING = JSON.stringify({
  results: { sentiment: { 'acc,none': 0.9 } },
  latency_ms_p95: 41,
});
