/** exception sign / verify with real ssh-keygen (key files and ssh-agent), approvals, and replay. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateApprovals, type ApprovalSource } from '../../src/checks/eval-gate/approvals.js';
import { decide } from '../../src/checks/eval-gate/gate.js';
import { gateParams } from '../../src/checks/eval-gate/index.js';
import { replay } from '../../src/checks/eval-gate/replay.js';
import { gateResult } from '../../src/checks/eval-gate/result.js';
import { signException } from '../../src/checks/eval-gate/sign.js';
import { signatureApprovals } from '../../src/checks/eval-gate/signature-approvals.js';
import { verifyExceptions } from '../../src/checks/eval-gate/verify.js';
import { auditRecordFor } from '../../src/report/audit.js';
import { recordInput } from '../../src/checks/eval-gate/inputs.js';
import { splitArmoredBlocks } from '../../src/sshsig/signature.js';
import { InputError } from '../../src/util/errors.js';
import { makeFixture, NOW, type Fixture } from './fixture.js';

const EXC = 'exceptions/sentiment-accuracy.yml';
let fx: Fixture;

beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.cleanup());

const sign = async (
  key: string,
  extra: Partial<{ agent: boolean; hashAlgorithm: 'sha256' | 'sha512' }> = {},
) =>
  signException(await fx.ctx(), EXC, {
    key: fx.keys[key]!.file,
    agent: false,
    hashAlgorithm: 'sha512',
    ...extra,
  });

describe('pipeguard exception sign', () => {
  it("signs with a key file, appends, and replaces the same key's earlier signature", async () => {
    fx.exception(EXC);
    const first = await sign('sec');
    expect(first.status).toBe('pass');
    expect(first.summary).toMatch(
      /^signed eval exception EXC-2026-0001 \(exceptions\/sentiment-accuracy.yml\) with ED25519 key SHA256:\S+ — counts for security as sec@example.com; exceptions\/sentiment-accuracy.yml.sig holds 1 signature\(s\)$/,
    );
    await sign('ml', { hashAlgorithm: 'sha256' });
    const again = await sign('sec');
    expect(again.summary).toMatch(/holds 2 signature\(s\) \(replaced this key's earlier one\)/);
    const blocks = splitArmoredBlocks(fx.read(`${EXC}.sig`).toString());
    expect(blocks).toHaveLength(2);
    // What pipeguard wrote, ssh-keygen verifies too.
    writeFileSync(
      path.join(fx.root, 'one.sig'),
      fx.read(`${EXC}.sig`).toString().split('-----END SSH SIGNATURE-----')[0] +
        '-----END SSH SIGNATURE-----\n',
    );
    const run = spawnSync(
      'ssh-keygen',
      [
        '-Y',
        'verify',
        '-f',
        path.join(fx.root, '.github/allowed_signers'),
        '-I',
        'ml@example.com',
        '-n',
        'pipeguard-exception',
        '-s',
        path.join(fx.root, 'one.sig'),
      ],
      { input: fx.read(EXC) },
    );
    expect(run.stdout.toString()).toMatch(
      /Good "pipeguard-exception" signature for ml@example.com/,
    );
    const ctx = await fx.ctx();
    expect(gateResult(await decide(ctx, gateParams(ctx)), ctx).status).toBe('pass');
  });

  it('signs with a key held by ssh-agent (-U)', async () => {
    fx.exception(EXC);
    const socket = path.join(path.dirname(fx.root), 'agent.sock');
    const agent = spawnSync('ssh-agent', ['-a', socket, '-s'], { encoding: 'utf8' });
    const pid = Number(/SSH_AGENT_PID=(\d+)/.exec(agent.stdout)?.[1]);
    expect(pid).toBeGreaterThan(0);
    const previous = process.env.SSH_AUTH_SOCK;
    try {
      process.env.SSH_AUTH_SOCK = socket;
      expect(
        spawnSync('ssh-add', [fx.keys.sec!.file], {
          env: { ...process.env, SSH_AUTH_SOCK: socket },
        }).status,
      ).toBe(0);
      const result = await signException(await fx.ctx(), EXC, {
        key: `${fx.keys.sec!.file}.pub`,
        agent: true,
        hashAlgorithm: 'sha512',
      });
      expect(result.summary).toMatch(/counts for security as sec@example.com/);
    } finally {
      if (previous === undefined) delete process.env.SSH_AUTH_SOCK;
      else process.env.SSH_AUTH_SOCK = previous;
      process.kill(pid);
    }
  });

  it('warns when the key may not sign for any role', async () => {
    fx.exception(EXC);
    const result = await sign('mallory');
    expect(result.findings.map((f) => f.rule)).toEqual(['signer-not-allowed']);
  });

  it('refuses to sign an invalid exception or with a missing key', async () => {
    fx.exception(EXC, { expires: 'soon' });
    await expect(sign('sec')).rejects.toThrow(/`expires` must match format "date-time"/);
    fx.exception(EXC);
    await expect(
      signException(await fx.ctx(), EXC, {
        key: '/nonexistent/key',
        agent: false,
        hashAlgorithm: 'sha512',
      }),
    ).rejects.toThrow(/key file not found/);
    expect(existsSync(path.join(fx.root, `${EXC}.sig`))).toBe(false);
  });
});

describe('pipeguard exception verify', () => {
  it("explains each signature's verdict", async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'mallory');
    fx.sign(EXC, 'ml', 'git');
    const result = await verifyExceptions(await fx.ctx(), [EXC], { pendingOk: false });
    expect(result.status).toBe('fail');
    const byLine = result.findings.map((f) => [
      f.rule,
      f.line,
      f.message.replace(/SHA256:\S+/g, 'FP'),
    ]);
    expect(byLine).toEqual([
      [
        'signature-verified',
        1,
        'EXC-2026-0001: ED25519 key FP verifies and counts for security as sec@example.com',
      ],
      [
        'signature-unused',
        7,
        'EXC-2026-0001: ED25519 key FP verifies but may not sign for any required role: security as sec@example.com: key FP is not in allowed_signers; ml-owner as ml@example.com: key FP is not in allowed_signers',
      ],
      [
        'signature-invalid',
        13,
        'EXC-2026-0001: ECDSA key FP does not verify: signed for namespace "git", not "pipeguard-exception"',
      ],
      [
        'exception-unapproved',
        13,
        expect.stringMatching(/^EXC-2026-0001: role ml-owner not yet satisfied \(signature\)/),
      ],
    ]);
  });

  it('with --pending-ok, missing roles are notes and verify passes; bad signatures still fail', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    expect(
      (await verifyExceptions(await fx.ctx(), [`${EXC}.sig`], { pendingOk: true })).status,
    ).toBe('pass');
    fx.sign(EXC, 'ml', 'file');
    expect((await verifyExceptions(await fx.ctx(), [EXC], { pendingOk: true })).status).toBe(
      'fail',
    );
  });

  it('verifies the whole folder by default and passes when all are approved', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await verifyExceptions(await fx.ctx(), [], { pendingOk: false });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('1 of 1 exception(s) valid and approved by every required role');
  });
});

describe('approvals', () => {
  const request = () => ({
    exceptionFile: EXC,
    exceptionBytes: fx.read(EXC),
    exception: {} as never,
    roles: ['security', 'ml-owner'],
  });

  it('both: every role must be satisfied by each source', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const reviews: ApprovalSource = {
      kind: 'reviews',
      evaluate: async (req) =>
        req.roles.map((role) => ({
          role,
          satisfied: role === 'security',
          by: 'octocat',
          via: 'review' as const,
          reason: 'test',
        })),
    };
    const ctx = await fx.ctx();
    const signaturesOnly = await evaluateApprovals(
      'signatures',
      { signatures: signatureApprovals },
      request(),
      ctx,
    );
    expect(signaturesOnly.approved).toBe(true);
    const both = await evaluateApprovals(
      'both',
      { signatures: signatureApprovals, reviews },
      request(),
      ctx,
    );
    expect(both.approved).toBe(false);
    expect(both.missing).toEqual([{ role: 'ml-owner', via: 'review', reason: 'test' }]);
  });

  it('a source that forgets a role has not approved it', async () => {
    fx.exception(EXC);
    const forgetful: ApprovalSource = { kind: 'reviews', evaluate: async () => [] };
    const outcome = await evaluateApprovals(
      'reviews',
      { reviews: forgetful },
      request(),
      await fx.ctx(),
    );
    expect(outcome.approved).toBe(false);
    expect(outcome.missing.map((m) => m.reason)).toEqual([
      'reviews gave no verdict for this role',
      'reviews gave no verdict for this role',
    ]);
  });
});

describe('pipeguard eval-gate --replay', () => {
  async function recordDecision(): Promise<string> {
    const ctx = await fx.ctx();
    const result = gateResult(await decide(ctx, gateParams(ctx)), ctx);
    const record = auditRecordFor(
      result,
      { runId: 'r', stage: 'ci', actor: 'ci', toolVersion: 't', time: NOW },
      'medium',
    );
    const log = path.join(fx.root, '.pipeguard/audit.jsonl');
    fx.write(
      '.pipeguard/audit.jsonl',
      `{"schema_version":"1","time":"2026-11-22T11:00:00.000Z","run_id":"x","stage":"ci","actor":"a","check":"secrets","decision":"allowed","reason":"","risk_level":"low","inputs":[]}\n${JSON.stringify(record)}\n`,
    );
    return path.relative(fx.root, log);
  }

  it('agrees with a recorded allowed decision, at the recorded time, after the exception expired', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const log = await recordDecision();
    // Weeks later the exception has expired and the config lost a role: the replay still uses the record.
    fx.write(
      '.pipeguard.yml',
      fx
        .read('.pipeguard.yml')
        .toString()
        .replace(/    ml-owner:\n.*\n/, ''),
    );
    const result = await replay(await fx.ctx({ now: new Date('2027-03-01T00:00:00Z') }), log);
    expect(result.status).toBe('pass');
    expect(result.summary).toBe(
      'agrees: .pipeguard/audit.jsonl:2 recorded allowed, recomputed allowed from 7 unchanged input(s) at 2026-11-22T12:00:00.000Z',
    );
  });

  it('agrees with a blocked decision and selects a record by line', async () => {
    const log = await recordDecision();
    const result = await replay(await fx.ctx(), `${log}:2`);
    expect(result.summary).toMatch(/^agrees: .* recorded blocked, recomputed blocked/);
    await expect(replay(await fx.ctx(), `${log}:1`)).rejects.toThrow(/not an eval-gate decision/);
  });

  it('replays at a recorded leap second, and refuses a recorded time that names no instant', async () => {
    const log = await recordDecision();
    const rewrite = (time: string): void => {
      const lines = fx.read(log).toString().trimEnd().split('\n');
      const record = JSON.parse(lines[1]!);
      record.details.time = time;
      fx.write(log, `${lines[0]}\n${JSON.stringify(record)}\n`);
    };
    rewrite('2026-11-22T23:59:60Z');
    expect((await replay(await fx.ctx(), log)).summary).toMatch(
      /^agrees: .* recorded blocked, recomputed blocked .* at 2026-11-22T23:59:60Z$/,
    );
    rewrite('2026-11-22T24:59:30+01:00');
    const error = await replay(await fx.ctx(), log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toLine()).toBe(
      '.pipeguard/audit.jsonl:2: details.time "2026-11-22T24:59:30+01:00" is not a usable time: hour 24 is out of range (00-23)',
    );
  });

  it('says when an input changed since the decision', async () => {
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const log = await recordDecision();
    fx.write(
      'runs/r2/metrics.json',
      fx.read('runs/r2/metrics.json').toString().replace('0.82', '0.81'),
    );
    const result = await replay(await fx.ctx(), log);
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'replay-input-changed', file: 'runs/r2/metrics.json' }),
    ]);
  });

  it('does not let a signature added after the decision change the replay', async () => {
    fx.exception(EXC);
    const log = await recordDecision();
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const result = await replay(await fx.ctx(), log);
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'replay-input-changed', file: `${EXC}.sig` }),
        expect.objectContaining({
          rule: 'replay-disagrees',
          message: 'decision was blocked, recomputed allowed',
        }),
      ]),
    );
  });

  it('replays PR-review approvals from the record, with their evidence', async () => {
    fx.write(
      '.pipeguard.yml',
      fx.read('.pipeguard.yml').toString().replace('  roles:', '  approval: both\n  roles:'),
    );
    fx.exception(EXC);
    fx.sign(EXC, 'sec');
    fx.sign(EXC, 'ml');
    const reviews: ApprovalSource = {
      kind: 'reviews',
      async evaluate(req, ctx) {
        recordInput(
          ctx,
          'github:pr-reviews#7',
          Buffer.from('[{"user":"octocat","state":"APPROVED"}]'),
        );
        return req.roles.map((role) => ({
          role,
          satisfied: true,
          by: `${role}-reviewer`,
          via: 'review' as const,
          reason: 'approved at head',
        }));
      },
    };
    const ctx = await fx.ctx();
    const result = gateResult(
      await decide(ctx, gateParams(ctx), { signatures: signatureApprovals, reviews }),
      ctx,
    );
    expect(result.status).toBe('pass');
    expect(result.inputs!.map((i) => i.name)).toContain('github:pr-reviews#7');
    const record = auditRecordFor(
      result,
      { runId: 'r', stage: 'ci', actor: 'ci', toolVersion: 't', time: NOW },
      'medium',
    );
    fx.write('audit.jsonl', `${JSON.stringify(record)}\n`);
    const replayed = await replay(await fx.ctx(), 'audit.jsonl');
    expect(replayed.status).toBe('pass');
    expect(replayed.summary).toMatch(/agrees: .*\(PR-review verdicts taken from the record\)$/);
  });

  it('disagrees with a tampered record', async () => {
    const log = await recordDecision();
    const file = path.join(fx.root, log);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('"decision":"blocked","reason"', '"decision":"allowed","reason"')
        .replace(
          /"details":\{"gate":"eval-gate","decision":"blocked"/,
          '"details":{"gate":"eval-gate","decision":"allowed"',
        ),
    );
    const result = await replay(await fx.ctx(), log);
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => f.message)).toContain(
      'decision was allowed, recomputed blocked',
    );
  });
});
