/**
 * Approval evidence for gated stages needs proof: records signed by every required role's SSH key
 * (allowed_signers, namespace pipeguard-approval, over the whole record), judged in temp
 * repositories laid out as users lay them out, with real ssh-keygen signatures.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runValidate } from '../../src/checks/validate/index.js';
import type { PipeguardConfig } from '../../src/config/types.js';
import type { Finding } from '../../src/report/model.js';
import { sshSign } from '../sshsig/ssh.js';
import {
  contextFor,
  seedEnvelope,
  seedPolicy,
  tempRoot,
  type TempRoot,
} from '../validate/helpers.js';
import {
  allowedSigners,
  approvalRecord,
  jsonl,
  makeKeys,
  RUN,
  ROLES_CONFIG,
  signed,
  type Keys,
} from './helpers.js';

let keys: Keys;
let work: TempRoot;
beforeAll(() => {
  keys = makeKeys();
});
afterAll(() => keys.cleanup());
beforeEach(() => {
  work = tempRoot();
  work.write(`${RUN}/envelope.yaml`, toYaml(seedEnvelope()));
  work.write('automation-policy.yaml', toYaml(seedPolicy()));
  work.write('.github/allowed_signers', allowedSigners(keys));
});
afterEach(() => work.cleanup());

const CONFIG: Partial<PipeguardConfig> = {
  validate: { 'redaction-profiles': ['homebrew-default'] },
  'eval-gate': ROLES_CONFIG,
};

async function rules(config: Partial<PipeguardConfig> = CONFIG, now?: Date): Promise<Finding[]> {
  return (await runValidate(contextFor(work.root, config, now), { paths: ['.'] })).findings;
}

const summary = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

const APPROVALS = `${RUN}/approvals.jsonl`;

/** The gate blocks, and the record's own finding says what is missing. */
async function expectUnproven(pattern: RegExp, line = 1): Promise<Finding[]> {
  const findings = await rules();
  expect(summary(findings)).toEqual([
    `approval-unproven ${APPROVALS}:${line}`,
    `approval-missing ${RUN}/envelope.yaml:3`,
  ]);
  expect(findings[0]!.message).toMatch(pattern);
  expect(findings[1]!.message).toContain(`${APPROVALS}:${line}`);
  return findings;
}

describe('signed approval records', () => {
  it('count when every required role signed the record', async () => {
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
    expect(await rules()).toEqual([]);
  });

  it('an unsigned record is reported at its file:line with the stage and what is missing', async () => {
    work.write(APPROVALS, jsonl(approvalRecord({ stage: 'plan' }), approvalRecord()));
    const findings = await expectUnproven(
      /^approval record for stage `codegen` of run `2026-01-15-recomp-0042` does not count: nothing shows the required roles gave it — security \(signature\): unsigned: the record has no ssh_signature; ml-owner \(signature\): unsigned/,
      2,
    );
    expect(findings[0]!.severity).toBe('high');
  });

  it('one role signing is not enough: the other role is named', async () => {
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam])));
    const findings = await expectUnproven(
      /ml-owner \(signature\): no valid signature by maria@ml\.example/,
    );
    expect(findings[0]!.message).not.toMatch(/security \(signature\)/);
  });

  it('one key cannot sign for two roles', async () => {
    const config = {
      ...CONFIG,
      'eval-gate': {
        ...ROLES_CONFIG,
        roles: {
          security: { principals: ['sam@ml.example'] },
          'ml-owner': { principals: ['sam@ml.example'] },
        },
      },
    };
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam])));
    const findings = await rules(config);
    expect(summary(findings)[0]).toBe(`approval-unproven ${APPROVALS}:1`);
    expect(findings[0]!.message).toMatch(/each role needs a distinct signer/);
  });

  it('a key not in allowed_signers does not count', async () => {
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.mallory, keys.maria])));
    await expectUnproven(
      /security \(signature\): no valid signature by sam@ml\.example \(.*key SHA256:\S+ is not in allowed_signers/,
    );
  });

  it('an exception signature (namespace pipeguard-exception) is never a stage approval', async () => {
    work.write(
      APPROVALS,
      jsonl(signed(approvalRecord(), [keys.sam, keys.maria], 'pipeguard-exception')),
    );
    await expectUnproven(/namespace/);
  });

  it('a key allowed only for exceptions may not sign approvals', async () => {
    work.write(
      '.github/allowed_signers',
      allowedSigners(keys, { sam: 'namespaces="pipeguard-exception"' }),
    );
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
    await expectUnproven(/allows namespaces "pipeguard-exception", not "pipeguard-approval"/);
  });

  it('an expired key (valid-before) no longer approves', async () => {
    work.write(
      '.github/allowed_signers',
      allowedSigners(keys, { maria: 'namespaces="pipeguard-approval",valid-before="20260110Z"' }),
    );
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
    await expectUnproven(/key expired at 2026-01-10T00:00:00Z/);
  });

  it.each([
    ['stage', { stage: 'deploy' }],
    ['run_id', { run_id: '2026-01-15-recomp-0042' }],
    ['actor', { actor: 'mallory' }],
    ['time', { time: '2026-01-15T07:00:00Z' }],
    ['reason', { reason: 'whatever' }],
  ])('a record edited after signing (%s) does not verify', async (_field, edit) => {
    const original = signed(
      approvalRecord({
        stage: 'plan',
        run_id: 'run-other',
        actor: 'sam',
        time: '2026-01-14T08:00:00Z',
        reason: 'ok',
      }),
      [keys.sam, keys.maria],
    );
    const edited = {
      ...original,
      stage: 'codegen',
      run_id: '2026-01-15-recomp-0042',
      time: '2026-01-15T08:00:00Z',
      ...edit,
    };
    // Any one change of the signed fields breaks every signature.
    edited.stage = 'codegen';
    work.write(APPROVALS, jsonl(edited));
    await expectUnproven(/signature does not match/);
  });

  it('a signature moved to another record does not count', async () => {
    const other = signed(approvalRecord({ stage: 'plan' }), [keys.sam, keys.maria]);
    const forged = { ...approvalRecord(), ssh_signature: other.ssh_signature };
    work.write(APPROVALS, jsonl(other, forged));
    await expectUnproven(/signature does not match/, 2);
  });

  it('signatures bind values, not key order or layout: a YAML record signed as JSON counts', async () => {
    const record = signed(approvalRecord(), [keys.sam, keys.maria]);
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    work.write(`${RUN}/approval.yaml`, toYaml(reordered));
    expect(await rules()).toEqual([]);
  });

  it('garbage in ssh_signature is an unproven record, not a crash', async () => {
    work.write(
      APPROVALS,
      jsonl({
        ...approvalRecord(),
        ssh_signature: '-----BEGIN SSH SIGNATURE-----\nnot base64!\n-----END SSH SIGNATURE-----\n',
      }),
    );
    const findings = await rules();
    expect(summary(findings)).toEqual([
      `approval-unproven ${APPROVALS}:1`,
      `approval-missing ${RUN}/envelope.yaml:3`,
    ]);
  });

  it('too many signature blocks are refused before any cryptography', async () => {
    const one = signed(approvalRecord(), [keys.sam]).ssh_signature as string;
    work.write(APPROVALS, jsonl({ ...approvalRecord(), ssh_signature: one.repeat(65) }));
    await expectUnproven(/ssh_signature is not armored SSH signatures: .*64/);
  });

  it('an approvals file that is a symlink out of the root is not read', async () => {
    const outside = tempRoot('pipeguard-outside-');
    try {
      outside.write('approvals.jsonl', jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
      symlinkSync(path.join(outside.root, 'approvals.jsonl'), path.join(work.root, APPROVALS));
      const findings = await rules();
      expect(findings.map((f) => f.rule)).toContain('approval-missing');
    } finally {
      outside.cleanup();
    }
  });

  it('a second record signed properly still approves; the unproven one is reported', async () => {
    work.write(
      APPROVALS,
      jsonl(approvalRecord({ actor: 'mallory' }), signed(approvalRecord(), [keys.sam, keys.maria])),
    );
    // The first proven record decides; records before it that are unproven are still named.
    expect(summary(await rules())).toEqual([`approval-unproven ${APPROVALS}:1`]);
  });

  it('with no eval-gate roles nobody can approve: fail closed', async () => {
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
    const findings = await rules({ validate: CONFIG.validate });
    expect(summary(findings)[1]).toBe(`approval-missing ${RUN}/envelope.yaml:3`);
    expect(findings[0]!.message).toContain('no role can approve it: define eval-gate.roles');
  });

  it('a missing allowed_signers file is a finding that names it, and nothing approves', async () => {
    work.write(APPROVALS, jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
    const findings = await rules({
      ...CONFIG,
      'eval-gate': { ...ROLES_CONFIG, 'allowed-signers': 'nowhere/allowed_signers' },
    });
    expect(findings[0]!.message).toContain(
      'nowhere/allowed_signers: allowed_signers file not found',
    );
  });
});

describe('approval record times', () => {
  const envelopeAt = (created_at: string): void => {
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), created_at, policy_id: 'recomp-local' }),
    );
  };

  it('a time that names no instant (hour 24, second 60 away from 23:59 UTC) never approves', async () => {
    for (const time of [
      '2026-01-15T24:00:00+01:00',
      '2026-01-14T24:59:60+01:00',
      '2026-01-15T08:00:60Z',
    ]) {
      work.write(APPROVALS, jsonl(signed(approvalRecord({ time }), [keys.sam, keys.maria])));
      const findings = await rules();
      // The date-time format refuses some (a schema finding); the time reader refuses the rest.
      const missing = findings.find((f) => f.rule === 'approval-missing');
      expect(missing?.file).toBe(`${RUN}/envelope.yaml`);
      if (!findings.some((f) => f.rule === 'schema'))
        expect(missing!.message).toContain('has a time that names no instant');
    }
  });

  it('a leap second at 23:59:60 UTC is a time like any other', async () => {
    work.write(
      APPROVALS,
      jsonl(signed(approvalRecord({ time: '2026-01-14T23:59:60Z' }), [keys.sam, keys.maria])),
    );
    expect(await rules()).toEqual([]);
  });

  it('a record dated in the future does not approve', async () => {
    work.write(
      APPROVALS,
      jsonl(signed(approvalRecord({ time: '2026-01-16T08:00:00Z' }), [keys.sam, keys.maria])),
    );
    const findings = await rules();
    expect(summary(findings)).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    expect(findings[0]!.message).toContain('is dated in the future');
  });

  it('a signed record made after the request does not approve it', async () => {
    envelopeAt('2026-01-15T09:30:00Z');
    work.write(
      APPROVALS,
      jsonl(signed(approvalRecord({ time: '2026-01-15T09:45:00Z' }), [keys.sam, keys.maria])),
    );
    const findings = await rules();
    expect(summary(findings)).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    expect(findings[0]!.message).toContain('was recorded after the request');
  });
});

describe('sshSign helper sanity', () => {
  it('produces one armored block per key', () => {
    expect(sshSign(keys.sam, 'x', 'pipeguard-approval')).toMatch(/^-----BEGIN SSH SIGNATURE-----/);
  });
});
