/**
 * Approval by PR review (eval-gate.approval: reviews | both) against the loopback GitHub, whose
 * answers are checked against GitHub's OpenAPI description: the PR that adds the approval record
 * must be approved by every role, at its head, with the workspace holding the head's bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runValidate } from '../../src/checks/validate/index.js';
import type { Finding } from '../../src/report/model.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { gitBlobSha } from '../github/fake-github/fixtures.js';
import { HEAD_SHA, PR, prScenario, type PrScenario } from '../github/fake-github/scenario.js';
import { testContext, type TestContext } from '../github/helpers.js';
import { seedEnvelope, seedPolicy } from '../validate/helpers.js';
import {
  allowedSigners,
  approvalRecord,
  jsonl,
  makeKeys,
  MARIA,
  RUN,
  SAM,
  signed,
  type Keys,
} from './helpers.js';

let keys: Keys;
beforeAll(() => {
  keys = makeKeys();
});
afterAll(() => keys.cleanup());

let gh: FakeGitHub | undefined;
let ctx: TestContext | undefined;
afterEach(async () => {
  ctx?.cleanup();
  ctx = undefined;
  await gh?.close();
  gh = undefined;
});

const APPROVALS = `${RUN}/approvals.jsonl`;

/** A PR adding the approvals file with these bytes; the workspace holds `local`. */
function scenario(atHead: Buffer): PrScenario {
  const s = prScenario();
  s.scenario.files.set(PR, [{ filename: APPROVALS, status: 'added', blobSha: gitBlobSha(atHead) }]);
  s.scenario.contents.set(`${HEAD_SHA}:${APPROVALS}`, atHead);
  return s;
}

async function validate(
  s: PrScenario,
  local: Buffer,
  approval: 'reviews' | 'both',
  env: Record<string, string | undefined> = {},
): Promise<Finding[]> {
  gh = await startFakeGitHub(s.scenario);
  ctx = testContext(gh, {
    evalGate: {
      approval,
      'allowed-signers': '.github/allowed_signers',
      roles: {
        security: { github: ['acme/security'], principals: [SAM] },
        'ml-owner': { github: ['acme/ml-owners'], principals: [MARIA] },
      },
    },
  });
  ctx.now = new Date('2026-01-15T10:00:00Z');
  ctx.env = { ...ctx.env, ...env };
  ctx.config.validate = { 'redaction-profiles': ['homebrew-default'] };
  const files: Record<string, string | Buffer> = {
    [`${RUN}/envelope.yaml`]: toYaml(seedEnvelope()),
    'automation-policy.yaml': toYaml(seedPolicy()),
    '.github/allowed_signers': allowedSigners(keys),
    [APPROVALS]: local,
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ctx.root, name)), { recursive: true });
    writeFileSync(path.join(ctx.root, name), content);
  }
  return (await runValidate(ctx, { paths: ['.'] })).findings;
}

const UNSIGNED = Buffer.from(jsonl(approvalRecord()));
const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.file}:${f.line}`);

describe('approval records approved by PR review', () => {
  it('an unsigned record added by a PR both roles approved counts', async () => {
    const s = scenario(UNSIGNED);
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    expect(await validate(s, UNSIGNED, 'reviews')).toEqual([]);
  });

  it('without the reviews it is reported as unsigned and unreviewed, and the stage is blocked', async () => {
    const s = scenario(UNSIGNED);
    s.review('sam-sec', 'APPROVED');
    const findings = await validate(s, UNSIGNED, 'reviews');
    expect(summary(findings)).toEqual([
      `approval-unproven ${APPROVALS}:1`,
      `approval-missing ${RUN}/envelope.yaml:3`,
    ]);
    expect(findings[0]!.message).toMatch(/ml-owner \(review\): /);
    expect(findings[0]!.message).not.toMatch(/security \(review\)/);
  });

  it('a record the workspace holds but the PR head does not is not approved by its reviews', async () => {
    const s = scenario(UNSIGNED);
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const local = Buffer.from(jsonl(approvalRecord({ reason: 'edited after review' })));
    const findings = await validate(s, local, 'reviews');
    expect(findings.map((f) => f.rule)).toContain('approval-missing');
    expect(findings[0]!.message).toMatch(/is not the copy at the head of PR #17/);
  });

  it('a review approves a whole file: a record beside others is not proven by it', async () => {
    // An earlier line that reached the file unreviewed must not ride along on a later approval.
    const two = Buffer.from(jsonl(approvalRecord({ stage: 'plan' }), approvalRecord()));
    const s = scenario(two);
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const findings = await validate(s, two, 'reviews');
    expect(summary(findings)).toEqual([
      `approval-unproven ${APPROVALS}:2`,
      `approval-missing ${RUN}/envelope.yaml:3`,
    ]);
    expect(findings[0]!.message).toContain(
      `a PR review approves a whole file, and ${APPROVALS} holds 2 records: keep a record approved by review alone in its file`,
    );
  });

  it('both: reviews alone are not enough, signatures and reviews together are', async () => {
    const s = scenario(UNSIGNED);
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const alone = await validate(s, UNSIGNED, 'both');
    expect(alone[0]!.message).toMatch(
      /security \(signature\): unsigned: the record has no ssh_signature/,
    );
    await gh!.close();
    gh = undefined;
    ctx!.cleanup();

    const both = Buffer.from(jsonl(signed(approvalRecord(), [keys.sam, keys.maria])));
    const s2 = scenario(both);
    s2.review('sam-sec', 'APPROVED');
    s2.review('mia-ml', 'APPROVED');
    expect(await validate(s2, both, 'both')).toEqual([]);
  });

  it('no token: reviews cannot be asked, and nothing is approved (fail closed)', async () => {
    const s = scenario(UNSIGNED);
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const findings = await validate(s, UNSIGNED, 'reviews', { GITHUB_TOKEN: undefined });
    expect(summary(findings)).toEqual([
      `approval-unproven ${APPROVALS}:1`,
      `approval-missing ${RUN}/envelope.yaml:3`,
    ]);
    expect(findings[0]!.message).toContain('review approvals need a GitHub token');
  });
});
