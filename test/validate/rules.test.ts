/**
 * Semantic policy rules across documents, in temp repositories laid out as users lay them out:
 * runs/<run_id>/ with envelopes, policies beside or above them, approvals as audit records.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runValidate } from '../../src/checks/validate/index.js';
import type { PipeguardConfig } from '../../src/config/types.js';
import type { Finding } from '../../src/report/model.js';
import {
  allowedSigners,
  approvalRecord,
  makeKeys,
  ROLES_CONFIG,
  signed,
  type Keys,
} from '../approvals/helpers.js';
import { contextFor, seedEnvelope, seedPolicy, tempRoot, type TempRoot } from './helpers.js';

// Approval records count only when signed by every required role (test/approvals/ has the rest).
let keys: Keys;
beforeAll(() => {
  keys = makeKeys();
});
afterAll(() => keys.cleanup());

let work: TempRoot;
beforeEach(() => {
  work = tempRoot();
  work.write('.github/allowed_signers', allowedSigners(keys));
});
afterEach(() => work.cleanup());

const CONFIG: Partial<PipeguardConfig> = {
  validate: { 'redaction-profiles': ['homebrew-default', 'hashed-retail'] },
  'eval-gate': ROLES_CONFIG,
};
const RUN = 'runs/2026-01-15-recomp-0042';

function approval(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify(
    signed(approvalRecord({ actor: 'alice', ...overrides }), [keys.sam, keys.maria]),
  );
}

async function rules(
  paths: string[],
  config: Partial<PipeguardConfig> = CONFIG,
): Promise<Finding[]> {
  const result = await runValidate(contextFor(work.root, config), { paths });
  return result.findings;
}

const summary = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

describe('an envelope and its policy', () => {
  it('pass together: model allowed, profile defined, response schema known, approval recorded', async () => {
    work.write(`${RUN}/envelope.yaml`, toYaml(seedEnvelope()));
    work.write('automation-policy.yaml', toYaml(seedPolicy()));
    work.write(`${RUN}/approvals.jsonl`, `${approval()}\n`);
    expect(await rules(['.'])).toEqual([]);
  });

  it('flags a model the policy does not allow, on the model line', async () => {
    work.write(`${RUN}/envelope.yaml`, toYaml({ ...seedEnvelope(), model: 'gpt-4o' }));
    work.write(
      `${RUN}/automation-policy.yaml`,
      toYaml({ ...seedPolicy(), requires_approval: false }),
    );
    const findings = await rules([RUN]);
    expect(summary(findings)).toEqual([`model-not-allowed ${RUN}/envelope.yaml:4`]);
    expect(findings[0]!.message).toBe(
      `model \`gpt-4o\` is not allowed by policy \`recomp-local\` (${RUN}/automation-policy.yaml); allowed: gpt-5.2-codex, gpt-5.2`,
    );
    expect(findings[0]!.severity).toBe('high');
  });

  it('finds the policy by policy_id anywhere in the repository when only the envelope is passed (pre-commit)', async () => {
    execFileSync('git', ['init', '-q', work.root]);
    work.write(
      'config/policies/automation/hybrid.yaml',
      toYaml({ ...seedPolicy(), policy_id: 'recomp-hybrid', requires_approval: false }),
    );
    work.write(
      'config/policies/automation/other.yaml',
      toYaml({ ...seedPolicy(), policy_id: 'other', allowed_models: ['x'] }),
    );
    work.write(
      `${RUN}/envelope.json`,
      JSON.stringify({ ...seedEnvelope(), policy_id: 'recomp-hybrid' }, null, 2),
    );
    expect(await rules([`${RUN}/envelope.json`])).toEqual([]);
    work.write(
      `${RUN}/envelope.json`,
      JSON.stringify({ ...seedEnvelope(), policy_id: 'nope' }, null, 2),
    );
    const missing = await rules([`${RUN}/envelope.json`]);
    expect(summary(missing)).toEqual([`policy-not-found ${RUN}/envelope.json:12`]);
    expect(missing[0]!.message).toBe(
      'no automation policy with policy_id `nope` was found in the repository',
    );
  });

  it('takes the nearest policy up the tree; a policies/ folder governs its parent; ties must be resolved by id', async () => {
    work.write(
      'automation-policy.yaml',
      toYaml({ ...seedPolicy(), policy_id: 'root', allowed_models: ['gpt-5.2'] }),
    );
    work.write(
      'team-a/policies/automation-policy.yaml',
      toYaml({ ...seedPolicy(), policy_id: 'team-a', requires_approval: false }),
    );
    work.write(`team-a/${RUN}/envelope.yaml`, toYaml(seedEnvelope()));
    expect(await rules(['.'])).toEqual([]);
    // The root policy allows only gpt-5.2: an envelope outside team-a falls under it.
    work.write(`team-b/${RUN}/envelope.yaml`, toYaml(seedEnvelope()));
    const outside = await rules(['.']);
    expect(summary(outside).filter((s) => s.startsWith('model-not-allowed'))).toEqual([
      `model-not-allowed team-b/${RUN}/envelope.yaml:4`,
    ]);
    // Two policies for one directory: ambiguous.
    work.write(
      'team-a/automation-policy.json',
      JSON.stringify({ ...seedPolicy(), policy_id: 'team-a-2' }),
    );
    const tie = await rules([`team-a/${RUN}`]);
    expect(summary(tie)).toEqual([`policy-not-found team-a/${RUN}/envelope.yaml:1`]);
    expect(tie[0]!.message).toMatch(
      /^2 automation policies govern team-a\/ \(.*\); set policy_id to choose one$/,
    );
  });

  it('refuses to rely on a governing policy that does not match its schema', async () => {
    work.write(`${RUN}/envelope.yaml`, toYaml(seedEnvelope()));
    work.write('automation-policy.yaml', toYaml({ ...seedPolicy(), max_cost_usd: -1 }));
    const findings = await rules([RUN]);
    expect(summary(findings)).toEqual([`policy-not-found ${RUN}/envelope.yaml:1`]);
    expect(findings[0]!.message).toContain('does not match its schema');
  });

  it('reports an envelope with no policy at all', async () => {
    work.write(`${RUN}/envelope.yaml`, toYaml(seedEnvelope()));
    expect(summary(await rules([RUN]))).toEqual([`policy-not-found ${RUN}/envelope.yaml:1`]);
  });
});

describe('approval evidence', () => {
  const setup = (
    policy: Record<string, unknown> = {},
    envelope: Record<string, unknown> = {},
  ): void => {
    work.write(`${RUN}/envelope.yaml`, toYaml({ ...seedEnvelope(), ...envelope }));
    work.write('automation-policy.yaml', toYaml({ ...seedPolicy(), ...policy }));
  };

  it('is required for a gated stage and named on the stage line', async () => {
    setup();
    const findings = await rules(['.']);
    expect(summary(findings)).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    expect(findings[0]!.message).toMatch(
      /^stage `codegen` of run `2026-01-15-recomp-0042` needs an approval under policy `recomp-local` \(automation-policy\.yaml\), but no approval record .* was found; looked in: no approval files/,
    );
  });

  it('counts only allowed approval records of this run and stage (or *)', async () => {
    setup();
    work.write(
      `${RUN}/approvals.jsonl`,
      [
        approval({ stage: 'deploy' }),
        approval({ run_id: 'other' }),
        approval({ decision: 'blocked' }),
        approval({ check: 'eval-gate' }),
      ].join('\n'),
    );
    expect(summary(await rules(['.']))).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    work.write(`runs/approvals/approve-all.json`, approval({ stage: '*' }));
    expect(await rules(['.'])).toEqual([]);
  });

  it('ignores approvals recorded after the request', async () => {
    setup({}, { created_at: '2026-01-15T09:30:00Z', policy_id: 'recomp-local' });
    work.write(
      `${RUN}/approval.yaml`,
      toYaml(JSON.parse(approval({ time: '2026-01-15T09:45:00Z' }))),
    );
    const findings = await rules(['.']);
    expect(summary(findings)).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    expect(findings[0]!.message).toContain(
      `the only approval (${RUN}/approval.yaml:1, 2026-01-15T09:45:00Z) was recorded after the request (2026-01-15T09:30:00Z)`,
    );
  });

  it('reads approval and request times with the one time parser: leap seconds count, impossible times do not', async () => {
    setup({}, { created_at: '2026-01-15T09:30:00Z', policy_id: 'recomp-local' });
    work.write(
      `${RUN}/approval.yaml`,
      toYaml(JSON.parse(approval({ time: '2026-01-14T23:59:60Z' }))),
    );
    expect(await rules(['.'])).toEqual([]);

    work.write(
      `${RUN}/approval.yaml`,
      toYaml(JSON.parse(approval({ time: '2026-01-15T24:59:30+01:00' }))),
    );
    const impossible = await rules(['.']);
    expect(summary(impossible)).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    expect(impossible[0]!.message).toContain(
      `the only approval (${RUN}/approval.yaml:1) has a time that names no instant (2026-01-15T24:59:30+01:00: hour 24 is out of range (00-23))`,
    );

    setup({}, { created_at: '2026-01-15T24:59:30+01:00', policy_id: 'recomp-local' });
    work.write(`${RUN}/approval.yaml`, toYaml(JSON.parse(approval())));
    const request = await rules(['.']);
    expect(summary(request)).toEqual([
      `invalid-time ${RUN}/envelope.yaml:10`,
      `approval-missing ${RUN}/envelope.yaml:3`,
    ]);
    expect(request[1]!.message).toContain(
      'names no instant, so no approval can be shown to precede it',
    );
  });

  it('is read from the configured audit log, and only stages the policy gates need it', async () => {
    setup({ approval_gated_stages: ['deploy'] });
    expect(await rules([RUN])).toEqual([]);
    setup({ approval_gated_stages: ['codegen'] });
    expect(summary(await rules([RUN]))).toEqual([`approval-missing ${RUN}/envelope.yaml:3`]);
    work.write('logs/pipeguard-audit.jsonl', `${approval()}\n`);
    expect(await rules([RUN], { ...CONFIG, audit: { log: 'logs/pipeguard-audit.jsonl' } })).toEqual(
      [],
    );
  });
});

describe('policy rules', () => {
  it('flag run windows that cannot be honoured, on their own lines', async () => {
    work.write(
      'automation-policy.yaml',
      toYaml({
        ...seedPolicy(),
        run_windows: [
          'weekday:09:00-18:00',
          'mon-fri:09:00-18:00',
          'sat:10:00-10:00',
          'sun:10:00-12:00@Mars/Base',
          'mon,mon:08:00-09:00',
        ],
      }),
    );
    const findings = await rules(['automation-policy.yaml']);
    expect(findings.map((f) => [f.rule, f.line, f.severity, f.message])).toEqual([
      [
        'run-window',
        12,
        'low',
        'run window `mon-fri:09:00-18:00` repeats run_windows[0] `weekday:09:00-18:00`',
      ],
      [
        'run-window',
        13,
        'medium',
        'run window `sat:10:00-10:00`: start and end are the same time: the window is empty',
      ],
      [
        'run-window',
        14,
        'medium',
        expect.stringMatching(
          /^run window `sun:10:00-12:00@Mars\/Base`: time zone `Mars\/Base` is not known/,
        ),
      ],
      ['run-window', 15, 'medium', 'run window `mon,mon:08:00-09:00`: day `mon` is listed twice'],
    ]);
  });

  it('flag an envelope created outside every run window', async () => {
    work.write('automation-policy.yaml', toYaml({ ...seedPolicy(), requires_approval: false }));
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), created_at: '2026-01-17T11:00:00Z' }),
    );
    const findings = await rules(['.']);
    expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'outside-run-window',
        10,
        'created at 2026-01-17T11:00:00Z, outside every run window of policy `recomp-local` (automation-policy.yaml): weekday:09:00-18:00',
      ],
    ]);
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), created_at: '2026-01-16T11:00:00+02:00' }),
    );
    expect(await rules(['.'])).toEqual([]);
  });

  it('read a created_at at a leap second as the next second, and still check the windows', async () => {
    const policy = { ...seedPolicy(), requires_approval: false };
    work.write('automation-policy.yaml', toYaml(policy));
    // Friday 23:59:60 UTC is Saturday 00:00:00: outside weekday:09:00-18:00.
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), created_at: '2026-01-16T23:59:60Z' }),
    );
    expect((await rules(['.'])).map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'outside-run-window',
        10,
        'created at 2026-01-16T23:59:60Z, outside every run window of policy `recomp-local` (automation-policy.yaml): weekday:09:00-18:00',
      ],
    ]);
    work.write('automation-policy.yaml', toYaml({ ...policy, run_windows: ['sat:00:00-01:00'] }));
    expect(await rules(['.'])).toEqual([]);
  });

  it('flag a created_at the date-time format accepts but no clock shows', async () => {
    work.write('automation-policy.yaml', toYaml({ ...seedPolicy(), requires_approval: false }));
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), created_at: '2026-01-16T24:59:30+01:00' }),
    );
    expect((await rules(['.'])).map((f) => [f.rule, f.severity, f.line, f.message])).toEqual([
      [
        'invalid-time',
        'high',
        10,
        'created_at 2026-01-16T24:59:30+01:00 names no instant (hour 24 is out of range (00-23)), so no run window or approval time can be checked',
      ],
    ]);
  });

  it('flag a cloud/hybrid gateway that is a provider API or not an allowed gateway', async () => {
    const hybrid = {
      ...seedPolicy(),
      execution_mode: 'hybrid',
      approval_gated_stages: ['deploy'],
      gateway: { id: 'egress-eu-1', endpoint: 'https://api.openai.com/v1' },
    };
    work.write('automation-policy.json', JSON.stringify(hybrid, null, 2));
    const config = { validate: { gateways: ['egress-us-2'] } };
    const findings = await rules(['automation-policy.json'], config);
    expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'gateway',
        19,
        'gateway `egress-eu-1` is not one of the gateways validate.gateways allows: egress-us-2',
      ],
      [
        'gateway',
        20,
        "gateway endpoint `api.openai.com` is a model provider's API: in hybrid mode egress must route through a gateway, not straight to the provider",
      ],
    ]);
    work.write(
      'automation-policy.json',
      JSON.stringify({
        ...hybrid,
        gateway: { id: 'egress-us-2', endpoint: 'https://llm-gw.corp.example/v1' },
      }),
    );
    expect(await rules(['automation-policy.json'], config)).toEqual([]);
  });
});

describe('envelope rules', () => {
  beforeEach(() => {
    work.write('automation-policy.yaml', toYaml({ ...seedPolicy(), requires_approval: false }));
  });

  it('flag an undefined redaction profile, whether profiles are configured or not', async () => {
    work.write(`${RUN}/envelope.yaml`, toYaml({ ...seedEnvelope(), redaction_profile: 'none' }));
    const configured = await rules(['.']);
    expect(configured.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'redaction-profile',
        8,
        'redaction profile `none` is not defined; validate.redaction-profiles lists homebrew-default, hashed-retail',
      ],
    ]);
    const unconfigured = await rules(['.'], {});
    expect(unconfigured[0]!.message).toBe(
      'redaction profile `none` cannot be confirmed: no profiles are defined (set validate.redaction-profiles in .pipeguard.yml)',
    );
  });

  it('flag a response_schema nobody knows; accept shipped ids, extra schemas and schema files', async () => {
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), response_schema: 'https://example.com/plan.json' }),
    );
    expect(summary(await rules(['.']))).toEqual([`response-schema ${RUN}/envelope.yaml:9`]);
    work.write(
      'schemas/plan.json',
      JSON.stringify({ $id: 'https://example.com/plan.json', type: 'object' }),
    );
    expect(
      await rules(['.'], {
        validate: { ...CONFIG.validate, 'extra-schemas': ['schemas/plan.json'] },
      }),
    ).toEqual([]);
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), response_schema: '../../schemas/plan.json' }),
    );
    expect(await rules(['.'])).toEqual([]);
  });

  it('flag a run_id that differs from its run directory', async () => {
    work.write('runs/other-run/envelopes/e.yaml', toYaml(seedEnvelope()));
    const findings = await rules(['.']);
    expect(findings.map((f) => [f.rule, f.file, f.line, f.severity])).toEqual([
      ['run-id-mismatch', 'runs/other-run/envelopes/e.yaml', 2, 'medium'],
    ]);
  });

  it('skip rules listed in validate.disable-rules, and all of them with --schema-only', async () => {
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), model: 'gpt-4o', redaction_profile: 'none' }),
    );
    const config = { validate: { ...CONFIG.validate, 'disable-rules': ['model-not-allowed'] } };
    expect(summary(await rules(['.'], config))).toEqual([
      `redaction-profile ${RUN}/envelope.yaml:8`,
    ]);
    const schemaOnly = await runValidate(contextFor(work.root, CONFIG), {
      paths: ['.'],
      schemaOnly: true,
    });
    expect(schemaOnly.findings).toEqual([]);
  });
});
