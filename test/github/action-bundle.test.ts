/**
 * The built eval-gate Action (`dist/action/eval-gate.js`) as a child process under the runner
 * contract, approving an exception by PR review against the loopback GitHub
 * (GITHUB_API_URL=http://127.0.0.1:PORT, every response validated against the OpenAPI
 * description), with official webhook payloads for pull_request and pull_request_review.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startFakeGitHub, faults, type FakeGitHub } from './fake-github/server.js';
import {
  prScenario,
  OWNER,
  REPO,
  PR,
  HEAD_SHA,
  OLD_SHA,
  BASE_SHA,
  EXCEPTION_PATH,
  type PrScenario,
} from './fake-github/scenario.js';
import {
  ruleRequiredStatusChecks,
  rulePullRequest,
  type ReviewFacts,
} from './fake-github/fixtures.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { runActionAsync, type ActionResult } from '../helpers/run.js';
import { webhookPayload } from '../helpers/webhooks.js';

const MANIFEST = 'runs/r1/checksum.sha256';
const MANIFEST_BYTES = `${'0'.repeat(64)}  model.onnx\n`;
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST_BYTES).digest('hex')}`;
const DAY = 86_400_000;

let gh: FakeGitHub | undefined;
let repo: TempRepo | undefined;

afterEach(async () => {
  repo?.cleanup();
  repo = undefined;
  const server = gh;
  gh = undefined;
  await server?.close();
});

function exceptionYaml(reason: string): string {
  const now = Date.now();
  return stringify({
    version: 1,
    id: 'churn-acc-2026',
    model: 'churn',
    artifact_digest: DIGEST,
    waivers: [{ metric: 'accuracy', min: 0.8 }],
    reason,
    ticket: 'ML-1234',
    requested_by: 'alice',
    created: new Date(now - DAY).toISOString(),
    expires: new Date(now + 10 * DAY).toISOString(),
    required_roles: ['security', 'ml-owner'],
  });
}

/** A project whose model misses its accuracy threshold, with an exception file waiting for approval. */
function project(github: Record<string, unknown> = {}): { repo: TempRepo; exception: Buffer } {
  const exception = Buffer.from(
    exceptionYaml('January cohort drift; retraining is scheduled for the next sprint.'),
  );
  repo = tempRepo({
    '.pipeguard.yml': stringify({
      version: 1,
      'eval-gate': {
        policy: 'eval-policy.yml',
        metrics: 'metrics.json',
        model: 'churn',
        manifest: MANIFEST,
        approval: 'reviews',
        roles: {
          security: { github: ['acme/security'] },
          'ml-owner': { github: ['acme/ml-owners', 'olga-admin'] },
        },
        ...(Object.keys(github).length ? { github } : {}),
      },
    }),
    'eval-policy.yml': stringify({
      version: 1,
      model: 'churn',
      metrics: { accuracy: { direction: 'higher', min: 0.85 } },
      exceptions: { max_days: 30, required_roles: ['security', 'ml-owner'] },
    }),
    'metrics.json': JSON.stringify({ accuracy: 0.81 }),
    [MANIFEST]: MANIFEST_BYTES,
    [EXCEPTION_PATH]: exception,
  });
  return { repo, exception };
}

function scenarioFor(exception: Buffer): PrScenario {
  const s = prScenario({ exceptionAtHead: exception });
  s.scenario.branches.set('main', {
    sha: BASE_SHA,
    requiredContexts: null,
    rules: [ruleRequiredStatusChecks(['pipeguard/eval-gate']), rulePullRequest(true)],
  });
  return s;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- webhook payloads are patched as plain JSON
function patchPull(payload: Record<string, any>, s: PrScenario): void {
  payload.number = PR;
  const pr = payload.pull_request;
  pr.number = PR;
  pr.head.sha = s.pull.headSha;
  pr.base.sha = BASE_SHA;
  pr.base.ref = 'main';
  pr.user.login = s.pull.author;
  payload.repository.full_name = `${OWNER}/${REPO}`;
}

async function runGate(
  s: PrScenario,
  event: {
    name: 'pull_request' | 'pull_request_review';
    review?: ReviewFacts;
    action?: string;
    /** `eval-gate` (sub-action, default) or `index` (root action). */
    entry?: string;
    token?: string;
    inputs?: Record<string, string>;
  },
): Promise<ActionResult> {
  gh ??= await startFakeGitHub(s.scenario);
  const payload =
    event.name === 'pull_request'
      ? webhookPayload('pull_request', event.action ?? 'opened', (p) => patchPull(p, s))
      : webhookPayload('pull_request_review', event.action ?? 'submitted', (p) => {
          patchPull(p, s);
          p.review.state = event.review!.state.toLowerCase();
          p.review.commit_id = event.review!.commitId;
          p.review.user.login = event.review!.login;
        });
  return runActionAsync({
    entry: event.entry ?? 'eval-gate',
    workspace: repo!.dir,
    eventName: event.name,
    event: payload,
    inputs: {
      'github-token': event.token ?? 'test-token',
      ...(event.entry === 'index' ? { checks: 'eval-gate' } : {}),
      ...event.inputs,
    },
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: gh.url,
      GITHUB_SHA: HEAD_SHA,
      GITHUB_REF: `refs/pull/${PR}/merge`,
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/pipeguard-gate.yml@refs/pull/${PR}/merge`,
      PIPEGUARD_GITHUB_RETRY_DELAY_MS: '1',
    },
  });
}

const statesOf = () => gh!.scenario.statuses.map((s) => s.state);
const explain = (r: ActionResult) => `${r.stdout}\n${r.stderr}\n${r.summary}`;

describe('eval-gate Action approved by PR review (built bundle, loopback GitHub)', () => {
  it('blocks on pull_request, then passes when both roles approve at the head (review run replaces the failure)', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    const opened = await runGate(s, { name: 'pull_request' });
    expect(opened.code, explain(opened)).toBe(12);
    expect(opened.outputs.status).toBe('blocked');
    expect(statesOf()).toEqual(['pending', 'failure']);
    expect(gh!.scenario.comments).toHaveLength(1);
    expect(opened.masked).toContain('test-token');

    s.review('sam-sec', 'APPROVED');
    const second = s.review('mia-ml', 'APPROVED');
    const approved = await runGate(s, { name: 'pull_request_review', review: second });
    expect(approved.code, explain(approved)).toBe(0);
    expect(approved.outputs.status).toBe('pass');
    expect(statesOf()).toEqual(['pending', 'failure', 'pending', 'success']);
    expect(
      gh!.scenario.statuses.every((x) => x.sha === HEAD_SHA && x.context === 'pipeguard/eval-gate'),
    ).toBe(true);
    expect(gh!.scenario.comments).toHaveLength(1);
    expect(gh!.scenario.comments[0]!.body).toMatch(/eval gate: pass/);
  });

  const blocked: Array<[string, (s: PrScenario) => ReviewFacts, RegExp]> = [
    [
      'approval at an older commit, exception changed since',
      (s) => {
        s.review('sam-sec', 'APPROVED', OLD_SHA);
        return s.review('mia-ml', 'APPROVED');
      },
      /approved 1111111, and the exception file changed after that commit/,
    ],
    [
      'approval then CHANGES_REQUESTED by the same user',
      (s) => {
        s.review('sam-sec', 'APPROVED');
        s.review('mia-ml', 'APPROVED');
        return s.review('sam-sec', 'CHANGES_REQUESTED');
      },
      /latest review requests changes/,
    ],
    [
      'CHANGES_REQUESTED listed after the approval, with no submitted_at',
      (s) => {
        s.review('sam-sec', 'APPROVED');
        s.review('mia-ml', 'APPROVED');
        const late = s.review('sam-sec', 'CHANGES_REQUESTED');
        delete late.submittedAt;
        return late;
      },
      /@sam-sec's latest review requests changes/,
    ],
    [
      'an approval with no submitted_at',
      (s) => {
        s.review('mia-ml', 'APPROVED');
        const untimed = s.review('sam-sec', 'APPROVED');
        delete untimed.submittedAt;
        return untimed;
      },
      /@sam-sec's latest approval has no submission time \(submitted\\?_at\)/,
    ],
    [
      'dismissed review',
      (s) => {
        s.review('mia-ml', 'APPROVED');
        return s.review('sam-sec', 'DISMISSED');
      },
      /latest review was dismissed/,
    ],
  ];
  for (const [name, reviews, reason] of blocked) {
    it(`${name} → blocked (exit 12, status failure)`, async () => {
      const { exception } = project();
      const s = scenarioFor(exception);
      const review = reviews(s);
      const r = await runGate(s, {
        name: 'pull_request_review',
        review,
        action: review.state === 'DISMISSED' ? 'dismissed' : 'submitted',
      });
      expect(r.code, explain(r)).toBe(12);
      expect(statesOf()).toEqual(['pending', 'failure']);
      expect(r.summary).toMatch(reason);
    });
  }

  it('the author approving their own PR → blocked', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    s.pull.author = 'sam-sec';
    s.review('sam-sec', 'APPROVED');
    const review = s.review('mia-ml', 'APPROVED');
    const r = await runGate(s, { name: 'pull_request_review', review });
    expect(r.code, explain(r)).toBe(12);
    expect(r.summary).toMatch(/@sam-sec is the author of PR #17/);
  });

  it('a comment after the approval keeps it; more than 100 reviews are paginated', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    s.review('sam-sec', 'APPROVED');
    for (let i = 0; i < 150; i++) s.review(i % 3 ? `watcher-${i}` : 'sam-sec', 'COMMENTED');
    s.review('mia-ml', 'APPROVED');
    const review = s.review('sam-sec', 'COMMENTED');
    const r = await runGate(s, { name: 'pull_request_review', review });
    expect(r.code, explain(r)).toBe(0);
    expect(gh!.requests.filter((x) => x.includes('/reviews'))).toHaveLength(2);
  });

  const failures: Array<[string, (s: PrScenario) => void, RegExp]> = [
    ['403', (s) => s.scenario.faults.push(faults.forbidden(/\/reviews/)), /HTTP 403/],
    [
      '404',
      (s) => s.scenario.faults.push(faults.notFound(/\/pulls\/17\/files/)),
      /404 while listing the files of pull request #17/,
    ],
    [
      '500',
      (s) => s.scenario.faults.push(faults.serverError(/\/pulls\/17$/)),
      /GitHub failed while reading pull request #17 \(HTTP 500/,
    ],
    [
      'rate limit',
      (s) => s.scenario.faults.push(faults.rateLimited(/\/reviews/)),
      /rate limit stopped listing the reviews/,
    ],
  ];
  for (const [name, inject, reason] of failures) {
    it(`${name} from the API → blocked with the reason`, async () => {
      const { exception } = project();
      const s = scenarioFor(exception);
      s.review('sam-sec', 'APPROVED');
      const review = s.review('mia-ml', 'APPROVED');
      inject(s);
      const r = await runGate(s, { name: 'pull_request_review', review });
      expect(r.code, explain(r)).toBe(12);
      expect(statesOf().at(-1)).toBe('failure');
      expect(r.summary).toMatch(reason);
    });
  }
  it('the root action (pipeguard check) publishes the same status when approvals are complete', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    s.review('sam-sec', 'APPROVED');
    const review = s.review('mia-ml', 'APPROVED');
    const r = await runGate(s, { name: 'pull_request_review', review, entry: 'index' });
    expect(r.code, explain(r)).toBe(0);
    expect(statesOf()).toEqual(['pending', 'success']);
  });

  it('a token that cannot read teams blocks and names the permission to grant', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    s.scenario.tokens.set('workflow-token', { readTeams: false, write: true, readRules: true });
    s.review('sam-sec', 'APPROVED');
    const review = s.review('mia-ml', 'APPROVED');
    const r = await runGate(s, { name: 'pull_request_review', review, token: 'workflow-token' });
    expect(r.code, explain(r)).toBe(12);
    expect(r.summary).toMatch(/cannot see team acme\/security .*Members: read.*read:org/);
    expect(statesOf()).toEqual(['pending', 'failure']);
  });

  it('warns in the summary when the status is not a required check', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    s.scenario.branches.set('main', {
      sha: BASE_SHA,
      requiredContexts: ['build'],
      rules: [rulePullRequest(false)],
    });
    const r = await runGate(s, { name: 'pull_request' });
    expect(r.code, explain(r)).toBe(12);
    expect(r.summary).toMatch(
      /Merge blocking on GitHub[\s\S]*`pipeguard\/eval-gate` is not a required status check on `main`/,
    );
    expect(r.summary).toMatch(/does not dismiss stale pull request approvals/);
  });
  it('`exception verify` in a PR context checks the review approvals too, without touching the status', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    const review = s.review('sam-sec', 'APPROVED');
    const verify = { command: 'verify', paths: EXCEPTION_PATH };
    const pending = await runGate(s, { name: 'pull_request_review', review, inputs: verify });
    expect(pending.code, explain(pending)).toBe(1);
    expect(pending.summary).toMatch(/no valid approval of PR #17 from role ml-owner/);
    const second = s.review('olga-admin', 'APPROVED');
    const approved = await runGate(s, {
      name: 'pull_request_review',
      review: second,
      inputs: verify,
    });
    expect(approved.code, explain(approved)).toBe(0);
    expect(gh!.scenario.statuses).toEqual([]);
  });
  it('rerun-failed: a passing review run re-runs the failed pull_request run of the same workflow', async () => {
    const { exception } = project({ 'rerun-failed': true });
    const s = scenarioFor(exception);
    s.scenario.runs.push(
      {
        id: 77,
        event: 'pull_request',
        path: '.github/workflows/pipeguard-gate.yml',
        headSha: HEAD_SHA,
        conclusion: 'failure',
        reruns: 0,
      },
      {
        id: 78,
        event: 'pull_request',
        path: '.github/workflows/tests.yml',
        headSha: HEAD_SHA,
        conclusion: 'failure',
        reruns: 0,
      },
    );
    s.review('sam-sec', 'APPROVED');
    const review = s.review('mia-ml', 'APPROVED');
    const r = await runGate(s, { name: 'pull_request_review', review });
    expect(r.code, explain(r)).toBe(0);
    expect(s.scenario.runs.map((x) => x.reruns)).toEqual([1, 0]);
  });
  it('the audit record keeps the review-list digest, and a replay of the decision agrees', async () => {
    const { exception } = project();
    const s = scenarioFor(exception);
    s.review('sam-sec', 'APPROVED');
    const review = s.review('mia-ml', 'APPROVED');
    const r = await runGate(s, {
      name: 'pull_request_review',
      review,
      inputs: { 'audit-log': 'audit.jsonl' },
    });
    expect(r.code, explain(r)).toBe(0);
    const record = JSON.parse(
      readFileSync(path.join(repo!.dir, 'audit.jsonl'), 'utf8').trim().split('\n').at(-1)!,
    );
    expect(record.decision).toBe('allowed');
    expect(record.inputs).toContainEqual({
      name: `github:pr-reviews#${PR}`,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const requests = gh!.requests.length;
    const replay = await runGate(s, {
      name: 'pull_request_review',
      review,
      inputs: { replay: 'audit.jsonl' },
    });
    expect(replay.code, explain(replay)).toBe(0);
    expect(replay.stdout).toMatch(/agrees/);
    expect(gh!.requests.length).toBe(requests);
  });
});
