/**
 * The `reviews` approval source against the loopback GitHub (in-process): the review rules with
 * real API shapes, pagination, team probing, and every failure mode ending closed with a reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, faults, type FakeGitHub } from './fake-github/server.js';
import {
  prScenario,
  PR,
  HEAD_SHA,
  OLD_SHA,
  BASE_SHA,
  EXCEPTION_PATH,
  EXCEPTION_V1,
  EXCEPTION_V2,
  type PrScenario,
} from './fake-github/scenario.js';
import { gitBlobSha } from './fake-github/fixtures.js';
import { testContext, type TestContext } from './helpers.js';
import { evaluateReviewSource } from '../../src/github/review-source.js';
import type { RoleVerdict } from '../../src/github/review-rules.js';

let gh: FakeGitHub | undefined;
let ctx: TestContext | undefined;

afterEach(async () => {
  ctx?.cleanup();
  ctx = undefined;
  const server = gh;
  gh = undefined;
  await server?.close();
});

const ROLES = ['security', 'ml-owner'];

async function evaluate(
  s: PrScenario,
  options: Parameters<typeof testContext>[1] = {},
  bytes: Buffer = EXCEPTION_V2,
): Promise<Record<string, RoleVerdict>> {
  gh = await startFakeGitHub(s.scenario);
  ctx = testContext(gh, options);
  const verdicts = await evaluateReviewSource(
    { exceptionFile: EXCEPTION_PATH, exceptionBytes: bytes, roles: ROLES },
    ctx,
  );
  expect(verdicts.map((v) => v.role)).toEqual(ROLES);
  return Object.fromEntries(verdicts.map((v) => [v.role, v]));
}

const allSatisfied = (v: Record<string, RoleVerdict>) => Object.values(v).every((x) => x.satisfied);

describe('reviews approval source, PR changes the exception', () => {
  it('both roles approve at the head → satisfied, by distinct team members', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security).toMatchObject({ satisfied: true, by: 'sam-sec', via: 'review' });
    expect(v['ml-owner']).toMatchObject({ satisfied: true, by: 'mia-ml' });
    expect(ctx!.secrets).toContain('test-token');
  });

  it('an approval at an older commit with the exception changed since → blocked', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED', OLD_SHA);
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security!.satisfied).toBe(false);
    expect(v.security!.reason).toMatch(
      /@sam-sec approved 1111111, and the exception file changed after that commit/,
    );
  });

  it('an approval at an older commit with identical exception bytes → counts', async () => {
    const s = prScenario();
    s.scenario.contents.set(`${OLD_SHA}:${EXCEPTION_PATH}`, EXCEPTION_V2);
    s.review('sam-sec', 'APPROVED', OLD_SHA);
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security).toMatchObject({ satisfied: true, by: 'sam-sec' });
    expect(v.security!.reason).toMatch(/unchanged since/);
  });

  it('approval then CHANGES_REQUESTED by the same user → blocked', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    s.review('sam-sec', 'CHANGES_REQUESTED');
    const v = await evaluate(s);
    expect(v.security!.reason).toMatch(/latest review requests changes/);
    expect(v['ml-owner']!.satisfied).toBe(true);
  });

  it('a dismissed review → blocked', async () => {
    const s = prScenario();
    s.review('sam-sec', 'DISMISSED');
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security!.reason).toMatch(/dismissed/);
  });

  it('the author approving their own PR → blocked', async () => {
    const s = prScenario({ author: 'sam-sec' });
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security!.satisfied).toBe(false);
    expect(v.security!.reason).toMatch(/@sam-sec is the author of PR #17/);
  });

  it('a comment after the approval keeps it', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    s.review('sam-sec', 'COMMENTED');
    expect(allSatisfied(await evaluate(s))).toBe(true);
  });

  it('more than 100 reviews are paginated', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED');
    for (let i = 0; i < 230; i++) s.review(i % 2 ? 'sam-sec' : `bystander-${i}`, 'COMMENTED');
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(allSatisfied(v)).toBe(true);
    expect(gh!.requests.filter((r) => r.includes('/reviews'))).toHaveLength(3);
  });

  it('a pending team invitation and triage access do not count', async () => {
    const s = prScenario();
    s.scenario.permissions.set('pat-pending', 'write');
    s.scenario.teams.get('acme/ml-owners')!.members.set('tom-triage', 'active');
    s.review('pat-pending', 'APPROVED');
    s.review('tom-triage', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security!.satisfied).toBe(false);
    expect(v['ml-owner']!.reason).toMatch(/@tom-triage has no write access/);
  });

  it('a token that cannot read teams fails closed and names the permission', async () => {
    const s = prScenario();
    s.scenario.tokens.set('actions-token', { readTeams: false, write: true, readRules: true });
    s.review('sam-sec', 'APPROVED');
    s.review('olga-admin', 'APPROVED');
    const v = await evaluate(s, { token: 'actions-token' });
    expect(v.security!.satisfied).toBe(false);
    expect(v.security!.reason).toMatch(/cannot see team acme\/security .*Members: read .*read:org/);
    // A role that also lists a login directly is still satisfied by that login.
    expect(v['ml-owner']).toMatchObject({ satisfied: true, by: 'olga-admin' });
  });

  it('the workspace copy must be the head copy', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s, {}, EXCEPTION_V1);
    expect(v.security!.reason).toMatch(/in the workspace .* is not the copy at the head of PR #17/);
  });

  it('a run for an outdated head does not decide', async () => {
    const s = prScenario();
    s.review('sam-sec', 'APPROVED', OLD_SHA);
    s.review('mia-ml', 'APPROVED', OLD_SHA);
    const v = await evaluate(s, { headSha: OLD_SHA });
    expect(v.security!.reason).toMatch(/head moved from 1111111 to 2222222/);
  });

  it('more files than GitHub lists (3000) fails closed', async () => {
    const s = prScenario();
    s.pull.changedFiles = 3001;
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    const v = await evaluate(s);
    expect(v.security!.reason).toMatch(/changes 3001 files; GitHub lists at most 3000/);
  });

  it('without a token every role is unsatisfied, with the reason', async () => {
    const s = prScenario();
    gh = await startFakeGitHub(s.scenario);
    ctx = testContext(gh);
    ctx.env = { GITHUB_API_URL: gh.url };
    const v = await evaluateReviewSource(
      { exceptionFile: EXCEPTION_PATH, exceptionBytes: EXCEPTION_V2, roles: ROLES },
      ctx,
    );
    expect(v.every((x) => !x.satisfied && /need a GitHub token/.test(x.reason))).toBe(true);
  });

  it('rejects a malformed role member in the config as an input error', async () => {
    gh = await startFakeGitHub(prScenario().scenario);
    ctx = testContext(gh, { evalGate: { roles: { security: { github: ['not a login'] } } } });
    await expect(
      evaluateReviewSource(
        { exceptionFile: EXCEPTION_PATH, exceptionBytes: EXCEPTION_V2, roles: ['security'] },
        ctx,
      ),
    ).rejects.toThrow(/eval-gate.roles.security.github: "not a login" is neither/);
  });
});

describe('reviews approval source, API failures end closed with a reason', () => {
  const cases: Array<[string, (s: PrScenario) => void, RegExp]> = [
    [
      '403 on reviews',
      (s) => s.scenario.faults.push(faults.forbidden(/\/reviews/)),
      /HTTP 403: Resource not accessible by integration\); the token needs Pull requests: read/,
    ],
    [
      '404 on the pull request',
      (s) => s.scenario.faults.push(faults.notFound(/\/pulls\/17$/)),
      /404 while reading pull request #17: it does not exist, or the token cannot see it/,
    ],
    [
      '500 on files',
      (s) => s.scenario.faults.push(faults.serverError(/\/files/)),
      /GitHub failed while listing the files of pull request #17 \(HTTP 500/,
    ],
    [
      'rate limit on permissions',
      (s) => s.scenario.faults.push(faults.rateLimited(/\/permission/)),
      /rate limit stopped reading @\S+'s permission/,
    ],
    [
      '500 on contents',
      (s) => s.scenario.faults.push(faults.serverError(/\/contents\//)),
      /GitHub failed while reading exceptions\/2026-01-accuracy.yaml at 2222222/,
    ],
  ];
  cases.push(
    [
      'rate limit on the team probe',
      (s) => s.scenario.faults.push(faults.rateLimited(/\/orgs\/acme\/teams\/security$/)),
      /rate limit stopped reading team acme\/security/,
    ],
    [
      '403 on a membership',
      (s) => s.scenario.faults.push(faults.forbidden(/\/memberships\/mia-ml/)),
      /refused reading @mia-ml's membership in acme\/ml-owners .*Members: read/,
    ],
  );
  for (const [name, inject, reason] of cases) {
    it(`${name} → unsatisfied`, async () => {
      const s = prScenario();
      s.review('sam-sec', 'APPROVED');
      s.review('mia-ml', 'APPROVED');
      inject(s);
      const v = await evaluate(s);
      expect(Object.values(v).some((x) => !x.satisfied)).toBe(true);
      expect(
        Object.values(v)
          .map((x) => x.reason)
          .join('\n'),
      ).toMatch(reason);
    });
  }
});

describe('reviews approval source, exception already on the branch', () => {
  function merged(s: PrScenario, viaPull: boolean): void {
    // PR #9 brought the exception to main; the current PR #17 changes something else.
    s.scenario.files.set(PR, [
      { filename: 'README.md', status: 'modified', blobSha: gitBlobSha('x') },
    ]);
    s.scenario.contents.set(`${BASE_SHA}:${EXCEPTION_PATH}`, EXCEPTION_V2);
    const mergedHead = '9'.repeat(40);
    s.scenario.contents.set(`${mergedHead}:${EXCEPTION_PATH}`, EXCEPTION_V2);
    s.scenario.pulls.set(9, {
      ...s.pull,
      number: 9,
      author: 'alice',
      headSha: mergedHead,
      state: 'closed',
      merged: true,
      mergeCommitSha: 'c'.repeat(40),
    });
    s.scenario.reviews.set(9, [
      {
        id: 501,
        login: 'sam-sec',
        state: 'APPROVED',
        commitId: mergedHead,
        submittedAt: '2026-01-05T00:00:00Z',
      },
      {
        id: 502,
        login: 'mia-ml',
        state: 'APPROVED',
        commitId: mergedHead,
        submittedAt: '2026-01-05T00:01:00Z',
      },
    ]);
    s.scenario.commits.push({
      sha: 'c'.repeat(40),
      message: 'Merge exception',
      paths: [EXCEPTION_PATH],
      pulls: viaPull ? [9] : [],
    });
  }

  it('the merged PR that brought these bytes decides (PR context)', async () => {
    const s = prScenario();
    merged(s, true);
    const v = await evaluate(s);
    expect(v.security).toMatchObject({ satisfied: true, by: 'sam-sec' });
    expect(v.security!.reason).toMatch(/approved merged PR #9 at the head 9999999/);
  });

  it('the merged PR decides on a push to the branch too', async () => {
    const s = prScenario();
    merged(s, true);
    expect(allSatisfied(await evaluate(s, { pr: false }))).toBe(true);
  });

  it('an exception pushed without a pull request is never review-approved', async () => {
    const s = prScenario();
    merged(s, false);
    const v = await evaluate(s, { pr: false });
    expect(v.security!.reason).toMatch(/reached the branch without a merged pull request/);
  });

  it('a workspace copy that differs from the branch is not approved', async () => {
    const s = prScenario();
    merged(s, true);
    const v = await evaluate(s, { pr: false }, EXCEPTION_V1);
    expect(v.security!.reason).toMatch(/is not the copy on commit bbbbbbb/);
  });

  it('the merged PR is checked against its own head bytes', async () => {
    const s = prScenario();
    merged(s, true);
    s.scenario.contents.set(`${'9'.repeat(40)}:${EXCEPTION_PATH}`, EXCEPTION_V1);
    const v = await evaluate(s, { pr: false });
    expect(v.security!.reason).toMatch(/is not the copy at the head of merged PR #9/);
  });
});

void HEAD_SHA;

describe('wired into the eval gate as the `reviews` approval source', () => {
  it('approves through evaluateApprovals in reviews mode', async () => {
    const { evaluateApprovals } = await import('../../src/checks/eval-gate/approvals.js');
    const { APPROVAL_SOURCES } = await import('../../src/checks/eval-gate/approval-sources.js');
    const s = prScenario();
    s.review('sam-sec', 'APPROVED');
    s.review('mia-ml', 'APPROVED');
    gh = await startFakeGitHub(s.scenario);
    ctx = testContext(gh);
    const request = {
      exceptionFile: EXCEPTION_PATH,
      exceptionBytes: EXCEPTION_V2,
      exception: {} as never,
      roles: ROLES,
    };
    const reviews = await evaluateApprovals('reviews', APPROVAL_SOURCES, request, ctx);
    expect(reviews.approved).toBe(true);
    expect(reviews.verdicts.map((v) => `${v.role}:${v.by}:${v.via}`)).toEqual([
      'security:sam-sec:review',
      'ml-owner:mia-ml:review',
    ]);
  });
});
