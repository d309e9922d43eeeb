/**
 * `pipeguard approval sign` and `pipeguard validate` as processes (the built CLI) in a real git
 * repository: sign records in place with real ssh-keygen, then the gated stage passes; anything
 * less leaves it blocked.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { signedBytesOf } from '../../src/checks/validate/rules/approval-proof.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';
import { seedEnvelope, seedPolicy } from '../validate/helpers.js';
import {
  allowedSigners,
  approvalRecord,
  jsonl,
  makeKeys,
  MARIA,
  RUN,
  SAM,
  type Keys,
} from './helpers.js';

let keys: Keys;
let repo: TempRepo;
beforeAll(() => {
  keys = makeKeys();
});
afterAll(() => keys.cleanup());

const CONFIG = `version: 1
fail-on: high
validate:
  redaction-profiles: [homebrew-default]
eval-gate:
  allowed-signers: .github/allowed_signers
  roles:
    security:
      principals: [${SAM}]
    ml-owner:
      principals: [${MARIA}]
`;
const APPROVALS = `${RUN}/approvals.jsonl`;
const OTHER = JSON.stringify(approvalRecord({ stage: 'plan', reason: 'kept   as\\u0020written' }));

beforeEach(() => {
  repo = tempRepo({
    '.pipeguard.yml': CONFIG,
    '.github/allowed_signers': allowedSigners(keys),
    'automation-policy.yaml': toYaml(seedPolicy()),
    [`${RUN}/envelope.yaml`]: toYaml(seedEnvelope()),
    [APPROVALS]: `${OTHER}\r\n${JSON.stringify(approvalRecord())}\n`,
  });
});
afterEach(() => repo.cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: repo.dir });
const read = (file: string) => readFileSync(path.join(repo.dir, file), 'utf8');
const validate = () => {
  const run = cli('validate', '--format', 'json');
  const report = JSON.parse(run.stdout) as { checks: Array<{ findings: Array<{ rule: string }> }> };
  return { code: run.code, rules: report.checks.flatMap((r) => r.findings.map((f) => f.rule)) };
};

describe('pipeguard approval sign', () => {
  it('signs FILE:LINE in place with each role key; then the gated stage passes', () => {
    const blocked = validate();
    expect(blocked.code).toBe(1);
    expect(blocked.rules).toEqual(['approval-unproven', 'approval-missing']);

    const first = cli('approval', 'sign', `${APPROVALS}:2`, '--key', keys.sam.file);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /counts for security as sam@ml\.example; the record holds 1 signature/,
    );
    // Other lines are kept byte for byte, CRLF and all.
    expect(read(APPROVALS).split('\n')[0]).toBe(`${OTHER}\r`);
    expect(validate().code).toBe(1);

    expect(
      cli(
        'approval',
        'sign',
        `${APPROVALS}:2`,
        '--key',
        keys.maria.file,
        '--hash-algorithm',
        'sha256',
      ).code,
    ).toBe(0);
    const again = cli('approval', 'sign', `${APPROVALS}:2`, '--key', keys.sam.file);
    expect(again.stdout).toMatch(/holds 2 signature\(s\) \(replaced this key's earlier one\)/);
    const passed = validate();
    expect(passed.rules).toEqual([]);
    expect(passed.code).toBe(0);

    // What pipeguard stored, ssh-keygen verifies too, over the record without its signature.
    const record = JSON.parse(read(APPROVALS).split('\n')[1]!) as Record<string, unknown>;
    const dir = repo.dir;
    writeFileSync(path.join(dir, 'signers'), `${MARIA} ${keys.maria.publicText}\n`);
    writeFileSync(
      path.join(dir, 'one.sig'),
      (record.ssh_signature as string).split('-----END SSH SIGNATURE-----')[0] +
        '-----END SSH SIGNATURE-----\n',
    );
    const verify = spawnSync(
      'ssh-keygen',
      ['-Y', 'verify', '-f', 'signers', '-I', MARIA, '-n', 'pipeguard-approval', '-s', 'one.sig'],
      { cwd: dir, input: signedBytesOf(record) as Buffer },
    );
    expect(verify.status).toBe(0);
  });

  it('a key allowed_signers does not trust still signs, with a finding that it will not count', () => {
    const run = cli('approval', 'sign', `${APPROVALS}:2`, '--key', keys.mallory.file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('may not sign approvals for any role');
  });

  it.each([
    [
      ['approval', 'sign', APPROVALS, '--key', 'k'],
      /holds 2 records: name the one to sign as .*approvals\.jsonl:LINE/,
    ],
    [['approval', 'sign', `${APPROVALS}:9`, '--key', 'KEY'], /line 9 holds no record/],
    [['approval', 'sign', `${APPROVALS}:2`], /approval sign needs --key KEY/],
    [['approval', 'sign', 'automation-policy.yaml', '--key', 'k'], /writes JSON records/],
    [
      ['approval', 'sign', `${APPROVALS}:2`, '--key', 'no-such-key'],
      /no-such-key: key file not found/,
    ],
    [['approval', 'sign', '../outside.jsonl', '--key', 'k'], /outside/],
  ])('bad input exits 2 with one line: %j', (args, message) => {
    const run = cli(...args.map((a) => (a === 'KEY' ? keys.sam.file : a)));
    expect(run.code).toBe(2);
    const errors = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.startsWith('! '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('refuses a record that is not an allowed approval', () => {
    repo.write({ [APPROVALS]: jsonl(approvalRecord({ check: 'eval-gate' })) });
    const run = cli('approval', 'sign', APPROVALS, '--key', keys.sam.file);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /approvals\.jsonl:1: is not an approval \(check: approval, decision: allowed\)/,
    );
  });

  it('signs a one-record JSON file', () => {
    repo.write({
      [`${RUN}/approvals/codegen.json`]: JSON.stringify(approvalRecord()),
      [APPROVALS]: '',
    });
    for (const key of [keys.sam, keys.maria])
      expect(cli('approval', 'sign', `${RUN}/approvals/codegen.json`, '--key', key.file).code).toBe(
        0,
      );
    expect(validate().code).toBe(0);
  });
});
