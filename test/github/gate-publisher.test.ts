/**
 * The gate's presence on the PR: the owned commit status (pending first, then the final state,
 * never neutral), the sticky comment, and the merge-blocking guidance, against the loopback GitHub.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github/server.js';
import { prScenario, HEAD_SHA, PR, type PrScenario } from './fake-github/scenario.js';
import { rulePullRequest, ruleRequiredStatusChecks } from './fake-github/fixtures.js';
import { testContext, type TestContext } from './helpers.js';
import { commitStateFor, withGitHubGate } from '../../src/github/gate-publisher.js';
import { markerFor } from '../../src/github/sticky-comment.js';
import type { CheckResult, CheckStatus } from '../../src/report/model.js';

let gh: FakeGitHub | undefined;
let ctx: TestContext | undefined;

afterEach(async () => {
  ctx?.cleanup();
  ctx = undefined;
  const server = gh;
  gh = undefined;
  await server?.close();
});

function result(status: CheckStatus): CheckResult {
  return {
    check: 'eval-gate',
    status,
    summary:
      status === 'pass' ? 'all thresholds met' : 'accuracy 0.81 < min 0.85; no approved exception',
    findings: [],
    details: {
      summaryMarkdown:
        '#### How to unblock\n\nAdd `exceptions/x.yaml` approved by security and ml-owner.',
    },
  };
}

async function start(
  s: PrScenario,
  options: Parameters<typeof testContext>[1] = {},
): Promise<TestContext> {
  gh = await startFakeGitHub(s.scenario);
  ctx = testContext(gh, options);
  return ctx;
}

describe('the commit status the gate owns', () => {
  it('writes pending first, then success for a pass, on the PR head, with the run link', async () => {
    const c = await start(prScenario());
    const out = await withGitHubGate(c, async () => {
      expect(gh!.scenario.statuses.map((s) => s.state)).toEqual(['pending']);
      return result('pass');
    });
    expect(out.status).toBe('pass');
    expect(gh!.scenario.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'pending', context: 'pipeguard/eval-gate' }),
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'success',
        context: 'pipeguard/eval-gate',
        targetUrl: 'https://github.com/acme/models/actions/runs/4242',
      }),
    ]);
  });

  it('a block is failure (never neutral), a crash is error after pending', async () => {
    const c = await start(prScenario());
    await withGitHubGate(c, async () => result('blocked'));
    expect(gh!.scenario.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(gh!.scenario.statuses.at(-1)!.description!.length).toBeLessThanOrEqual(140);
    await expect(
      withGitHubGate(c, async () => {
        throw new Error('metrics.json is not JSON');
      }),
    ).rejects.toThrow(/not JSON/);
    expect(gh!.scenario.statuses.slice(-2).map((s) => s.state)).toEqual(['pending', 'error']);
  });

  it('maps every gate status to a state; only pass is success', () => {
    const states = (['pass', 'fail', 'blocked', 'error'] as const).map((s) =>
      commitStateFor(result(s)),
    );
    expect(states).toEqual(['success', 'failure', 'failure', 'error']);
  });

  it('a read-only token (fork PRs) keeps the decision and warns how to fix it', async () => {
    const s = prScenario();
    s.scenario.tokens.set('fork-token', { readTeams: false, write: false, readRules: true });
    const c = await start(s, { token: 'fork-token' });
    const out = await withGitHubGate(c, async () => result('blocked'));
    expect(out.status).toBe('blocked');
    expect(gh!.scenario.statuses).toEqual([]);
    const warnings = (out.details?.github as { warnings: string[] }).warnings.join('\n');
    expect(warnings).toMatch(
      /could not set the `pipeguard\/eval-gate` status to pending .*statuses: write/,
    );
    expect(warnings).toMatch(/could not write the PR comment .*pull-requests: write/);
    expect(out.details?.summaryMarkdown).toMatch(/#### Merge blocking on GitHub/);
  });

  it('does nothing outside a pull request, or with publishing switched off', async () => {
    const c = await start(prScenario(), { pr: false });
    await withGitHubGate(c, async () => result('blocked'));
    c.ci.pullRequest = {
      number: PR,
      baseSha: 'b'.repeat(40),
      baseRef: 'main',
      headSha: HEAD_SHA,
      headRef: 'x',
      author: 'alice',
    };
    c.config['eval-gate'] = { approval: 'signatures' };
    await withGitHubGate(c, async () => result('blocked'));
    expect(gh!.requests).toEqual([]);
  });

  it('uses the configured context name', async () => {
    const c = await start(prScenario(), {
      evalGate: { github: { 'status-context': 'ml/eval-gate' } },
    });
    await withGitHubGate(c, async () => result('pass'));
    expect(new Set(gh!.scenario.statuses.map((s) => s.context))).toEqual(new Set(['ml/eval-gate']));
  });
});

describe('the sticky PR comment', () => {
  it('is created on a block, updated in place on later runs, and says when the gate passed', async () => {
    const c = await start(prScenario());
    await withGitHubGate(c, async () => result('blocked'));
    await withGitHubGate(c, async () => result('blocked'));
    expect(gh!.scenario.comments).toHaveLength(1);
    const comment = gh!.scenario.comments[0]!;
    expect(comment.body.startsWith(markerFor('eval-gate'))).toBe(true);
    expect(comment.body).toMatch(/⛔ pipeguard eval gate: blocked/);
    expect(comment.body).toMatch(/How to unblock/);
    await withGitHubGate(c, async () => result('pass'));
    expect(gh!.scenario.comments).toHaveLength(1);
    expect(gh!.scenario.comments[0]!.body).toMatch(
      /✅ pipeguard eval gate: pass[\s\S]*nothing to do/,
    );
  });

  it('is not created for a pass', async () => {
    const c = await start(prScenario());
    await withGitHubGate(c, async () => result('pass'));
    expect(gh!.scenario.comments).toEqual([]);
  });

  it('a person quoting the marker does not capture it', async () => {
    const s = prScenario();
    s.scenario.comments.push({
      id: 5,
      issue: PR,
      body: `${markerFor('eval-gate')}\nfake all clear`,
      login: 'mallory',
    });
    const c = await start(s);
    await withGitHubGate(c, async () => result('blocked'));
    // Editing mallory's comment is refused (403), so pipeguard writes its own.
    expect(gh!.scenario.comments.find((x) => x.id === 5)!.body).toMatch(/fake all clear/);
    const own = gh!.scenario.comments.filter((x) => x.login === 'github-actions[bot]');
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toMatch(/blocked/);
  });
});

describe('merge-blocking guidance', () => {
  const warningsOf = (out: CheckResult) =>
    ((out.details?.github as { warnings: string[] }).warnings ?? []).join('\n');

  it('is silent when a ruleset requires the context and dismisses stale approvals', async () => {
    const s = prScenario();
    s.scenario.branches.set('main', {
      sha: 'b'.repeat(40),
      requiredContexts: null,
      rules: [ruleRequiredStatusChecks(['pipeguard/eval-gate']), rulePullRequest(true)],
    });
    const out = await withGitHubGate(await start(s), async () => result('blocked'));
    expect(warningsOf(out)).toBe('');
  });

  it('warns when the gate is not required and stale approvals survive pushes', async () => {
    const s = prScenario();
    s.scenario.branches.set('main', {
      sha: 'b'.repeat(40),
      requiredContexts: ['build'],
      rules: [rulePullRequest(false)],
    });
    const out = await withGitHubGate(await start(s), async () => result('blocked'));
    expect(warningsOf(out)).toMatch(
      /`pipeguard\/eval-gate` is not a required status check on `main`/,
    );
    expect(warningsOf(out)).toMatch(/does not dismiss stale pull request approvals/);
    expect(out.details?.summaryMarkdown).toMatch(/How to unblock[\s\S]*Merge blocking on GitHub/);
  });

  it('accepts classic branch protection as requiring the context', async () => {
    const s = prScenario();
    s.scenario.branches.set('main', {
      sha: 'b'.repeat(40),
      requiredContexts: ['pipeguard/eval-gate'],
      rules: [rulePullRequest(true)],
    });
    const out = await withGitHubGate(await start(s), async () => result('pass'));
    expect(warningsOf(out)).toBe('');
  });

  it('accepts classic protection that dismisses stale approvals, and says when that cannot be read', async () => {
    const s = prScenario();
    s.scenario.branches.set('main', {
      sha: 'b'.repeat(40),
      requiredContexts: ['pipeguard/eval-gate'],
      rules: [],
    });
    s.scenario.classicProtection.set('main', { reviews: { count: 1, dismissStale: true } });
    const out = await withGitHubGate(await start(s), async () => result('pass'));
    expect(warningsOf(out)).toBe('');

    // The default workflow token reads rulesets and the branch summary, not protection settings.
    const limited = prScenario();
    limited.scenario.branches.set('main', {
      sha: 'b'.repeat(40),
      requiredContexts: ['pipeguard/eval-gate'],
      rules: [],
    });
    limited.scenario.faults.push({
      match: /^GET \/repos\/[^/]+\/[^/]+\/branches\/main\/protection$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const unsure = await withGitHubGate(await start(limited), async () => result('pass'));
    expect(warningsOf(unsure)).toMatch(
      /cannot confirm that `main` dismisses stale pull request approvals on push/,
    );
    expect(warningsOf(unsure)).not.toMatch(/does not dismiss/);
  });

  it('says when it cannot read the rules', async () => {
    const s = prScenario();
    s.scenario.tokens.set('no-rules', { readTeams: true, write: true, readRules: false });
    const out = await withGitHubGate(await start(s, { token: 'no-rules' }), async () =>
      result('pass'),
    );
    expect(warningsOf(out)).toMatch(/could not read the rulesets of main: GitHub refused/);
    expect(warningsOf(out)).toMatch(
      /cannot confirm that `pipeguard\/eval-gate` is a required status check/,
    );
  });
});

describe('eval-gate.github config keys', () => {
  it('are accepted by the shipped config schema, and unknown keys are not', async () => {
    const { validatorFor } = await import('../../src/schema/registry.js');
    const validate = validatorFor('https://pipeguard.dev/schemas/pipeguard-config.v1.schema.json')!;
    const config = (github: unknown) => ({ 'eval-gate': { approval: 'reviews', github } });
    expect(
      validate(
        config({
          status: true,
          'status-context': 'ml/eval-gate',
          comment: false,
          'branch-rules': true,
          'rerun-failed': true,
        }),
      ),
    ).toBe(true);
    expect(validate(config({ neutral: true }))).toBe(false);
    expect(validate(config({ 'status-context': ' padded ' }))).toBe(false);
  });
});

describe('publishedOnGitHub', () => {
  it('wraps the configured run and the gate command, not the other commands or a replay', async () => {
    const { publishedOnGitHub } = await import('../../src/github/gate-check.js');
    const c = await start(prScenario());
    const check = publishedOnGitHub({
      name: 'eval-gate',
      title: 'Eval gate',
      runConfigured: async () => result('blocked'),
      commands: [
        { name: ['eval-gate'], summary: 'gate', run: async () => [result('pass')] },
        { name: ['exception', 'verify'], summary: 'verify', run: async () => [result('fail')] },
      ],
    });
    expect((await check.runConfigured(c)).status).toBe('blocked');
    expect(gh!.scenario.statuses.map((s) => s.state)).toEqual(['pending', 'failure']);
    await check.commands[0]!.run(c, { positionals: [], values: {} });
    expect(gh!.scenario.statuses.map((s) => s.state).slice(-2)).toEqual(['pending', 'success']);
    const before = gh!.requests.length;
    await check.commands[0]!.run(c, { positionals: [], values: { replay: 'audit.jsonl' } });
    await check.commands[1]!.run(c, { positionals: [], values: {} });
    expect(gh!.requests.length).toBe(before);
  });
});

describe('rerun-failed (opt-in, for branches that require the job)', () => {
  function withRuns(s: PrScenario): void {
    const run = (id: number, event: string, path: string, conclusion: string, headSha = HEAD_SHA) =>
      s.scenario.runs.push({ id, event, path, headSha, conclusion, reruns: 0 });
    run(101, 'pull_request', '.github/workflows/gate.yml', 'failure');
    run(102, 'pull_request', '.github/workflows/tests.yml', 'failure'); // another workflow
    run(103, 'push', '.github/workflows/gate.yml', 'failure'); // another event
    run(104, 'pull_request', '.github/workflows/gate.yml', 'failure', OTHER_SHA); // another head
    run(4242, 'pull_request', '.github/workflows/gate.yml', 'failure'); // this very run
  }
  const OTHER_SHA = '3'.repeat(40);
  const reviewRun = (c: TestContext) => {
    c.ci.eventName = 'pull_request_review';
    c.ci.workflowRef = 'acme/models/.github/workflows/gate.yml@refs/pull/17/merge';
    return c;
  };
  const reruns = () => Object.fromEntries(gh!.scenario.runs.map((r) => [r.id, r.reruns]));

  it('re-runs only the failed pull_request runs of this workflow on this head, once the gate passes', async () => {
    const s = prScenario();
    withRuns(s);
    const c = reviewRun(await start(s, { evalGate: { github: { 'rerun-failed': true } } }));
    const out = await withGitHubGate(c, async () => result('pass'));
    expect(reruns()).toEqual({ 101: 1, 102: 0, 103: 0, 104: 0, 4242: 0 });
    expect((out.details?.github as { reran: number[] }).reran).toEqual([101]);
  });

  it('never re-runs for a block, nor when switched off, nor on pull_request events', async () => {
    const s = prScenario();
    withRuns(s);
    const on = reviewRun(await start(s, { evalGate: { github: { 'rerun-failed': true } } }));
    await withGitHubGate(on, async () => result('blocked'));
    on.ci.eventName = 'pull_request';
    await withGitHubGate(on, async () => result('pass'));
    on.config['eval-gate'] = { approval: 'reviews' };
    on.ci.eventName = 'pull_request_review';
    await withGitHubGate(on, async () => result('pass'));
    expect(Object.values(reruns()).every((n) => n === 0)).toBe(true);
    expect(gh!.requests.some((r) => r.includes('/actions/runs'))).toBe(false);
  });

  it('warns with the permission when the token may not re-run', async () => {
    const s = prScenario();
    withRuns(s);
    s.scenario.tokens.set('no-actions', {
      readTeams: true,
      write: true,
      readRules: true,
      actionsWrite: false,
    });
    const c = reviewRun(
      await start(s, { token: 'no-actions', evalGate: { github: { 'rerun-failed': true } } }),
    );
    const out = await withGitHubGate(c, async () => result('pass'));
    expect(out.status).toBe('pass');
    expect((out.details?.github as { warnings: string[] }).warnings.join('\n')).toMatch(
      /could not re-run run 101: .*HTTP 403.*actions: write/,
    );
  });
});
