/** max_cost_usd / max_runtime_minutes enforced against envelopes and the runs' meta.json. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runValidate } from '../../src/checks/validate/index.js';
import { recordedUsage } from '../../src/checks/validate/rules/index.js';
import { contextFor, seedEnvelope, seedPolicy, tempRoot, type TempRoot } from './helpers.js';

let work: TempRoot;
beforeEach(() => {
  work = tempRoot();
});
afterEach(() => work.cleanup());

const RUN = 'runs/2026-01-15-recomp-0042';
const config = { validate: { 'redaction-profiles': ['homebrew-default', 'hashed-retail'] } };
const policy = {
  ...seedPolicy(),
  requires_approval: false,
  max_cost_usd: 50,
  max_runtime_minutes: 120,
};

async function budgetFindings(): Promise<string[]> {
  const result = await runValidate(contextFor(work.root, config), { paths: ['.'] });
  return result.findings.filter((f) => f.rule === 'budget-exceeded').map((f) => f.message);
}

describe('budgets', () => {
  it('pass when the run stays within the policy and the envelope', async () => {
    work.write('automation-policy.yaml', toYaml(policy));
    work.write(`${RUN}/envelope.yaml`, toYaml({ ...seedEnvelope(), max_cost_usd: 20 }));
    work.write(`${RUN}/meta.json`, JSON.stringify({ cost_usd: 12.5, runtime_minutes: 30 }));
    expect(await budgetFindings()).toEqual([]);
  });

  it("flag an envelope asking for more than the policy, and a run's recorded cost and runtime over either", async () => {
    work.write('automation-policy.yaml', toYaml(policy));
    work.write(
      `${RUN}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), max_cost_usd: 80, max_runtime_minutes: 60 }),
    );
    work.write(
      `${RUN}/meta.json`,
      JSON.stringify({
        cost_usd: 65,
        started_on: '2026-01-15T08:00:00Z',
        finished_on: '2026-01-15T10:30:00Z',
      }),
    );
    const messages = await budgetFindings();
    expect(messages).toEqual([
      expect.stringMatching(/envelope's cost budget \$80 exceeds the \$50 policy `recomp-local`/),
      expect.stringMatching(
        /recorded cost \$65 in runs\/2026-01-15-recomp-0042\/meta.json, over the \$50 policy/,
      ),
      expect.stringMatching(/recorded runtime 150 min .* over the 120 min policy/),
      expect.stringMatching(/recorded runtime 150 min .* over the 60 min the envelope allows/),
    ]);
  });

  it('reads runtime from finished_on − started_on with the one time reader (leap second, NaN)', () => {
    expect(
      recordedUsage({ started_on: '2026-06-30T23:59:00Z', finished_on: '2026-06-30T23:59:60Z' }),
    ).toEqual({ runtime: 1 });
    expect(recordedUsage({ started_on: 'NaN', finished_on: '2026-06-30T23:59:60Z' })).toEqual({});
    expect(recordedUsage({ cost_usd: Number.NaN, runtime_minutes: -1 })).toEqual({});
  });
});
