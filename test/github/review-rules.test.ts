import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluateReviewApprovals,
  latestOpinionatedReviews,
  parseMemberRef,
  type ApprovalFacts,
  type MemberRef,
  type ReviewRecord,
  type ReviewGateInput,
} from '../../src/github/review-rules.js';
import { readTimestamp } from '../../src/util/time.js';

const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);
const SAME = 's'.repeat(40);

const teams: Record<string, string[]> = {
  'acme/security': ['sam', 'dual'],
  'acme/ml': ['mia', 'dual'],
};

function facts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    isTeamMember: async (org, slug, login) => (teams[`${org}/${slug}`] ?? []).includes(login),
    hasWriteAccess: async (login) => login !== 'reader',
    exceptionUnchangedSince: async (commit) => commit === SAME,
    ...overrides,
  };
}

let nextId = 1;
function r(login: string, state: string, commitId: string | null = HEAD): ReviewRecord {
  const id = nextId++;
  return {
    id,
    login,
    state,
    commitId,
    submittedAt: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
  };
}

const team = (org: string, slug: string): MemberRef => ({ kind: 'team', org, slug });
const user = (login: string): MemberRef => ({ kind: 'user', login });

function input(reviews: ReviewRecord[], extra: Partial<ReviewGateInput> = {}): ReviewGateInput {
  return {
    roles: ['security', 'ml-owner'],
    members: {
      security: [team('acme', 'security')],
      'ml-owner': [team('acme', 'ml'), user('olga')],
    },
    reviews,
    author: 'alice',
    headSha: HEAD,
    where: 'PR #17',
    ...extra,
  };
}

async function verdicts(
  reviews: ReviewRecord[],
  f = facts(),
  extra: Partial<ReviewGateInput> = {},
) {
  const list = await evaluateReviewApprovals(input(reviews, extra), f);
  return Object.fromEntries(list.map((v) => [v.role, v]));
}

describe('review approval rules', () => {
  it('both roles approved at the head by writers → satisfied, each by its own approver', async () => {
    const v = await verdicts([r('sam', 'APPROVED'), r('mia', 'APPROVED')]);
    expect(v.security).toMatchObject({ satisfied: true, by: 'sam', via: 'review' });
    expect(v['ml-owner']).toMatchObject({ satisfied: true, by: 'mia' });
    expect(v.security!.reason).toMatch(/approved PR #17 at the head hhhhhhh/);
  });

  it('an approval at an older commit counts only when the exception is unchanged since', async () => {
    const stale = await verdicts([r('sam', 'APPROVED', OLD), r('mia', 'APPROVED')]);
    expect(stale.security!.satisfied).toBe(false);
    expect(stale.security!.reason).toMatch(
      /@sam approved ooooooo, and the exception file changed after that commit/,
    );
    const same = await verdicts([r('sam', 'APPROVED', SAME), r('mia', 'APPROVED')]);
    expect(same.security).toMatchObject({ satisfied: true, by: 'sam' });
    expect(same.security!.reason).toMatch(/unchanged since/);
    const unknown = await verdicts([r('sam', 'APPROVED', null), r('mia', 'APPROVED')]);
    expect(unknown.security!.satisfied).toBe(false);
  });

  it('CHANGES_REQUESTED after an approval blocks; a later approval restores it', async () => {
    const blocked = await verdicts([
      r('sam', 'APPROVED'),
      r('mia', 'APPROVED'),
      r('sam', 'CHANGES_REQUESTED'),
    ]);
    expect(blocked.security!.satisfied).toBe(false);
    expect(blocked.security!.reason).toMatch(/@sam's latest review requests changes/);
    const again = await verdicts([
      r('sam', 'CHANGES_REQUESTED'),
      r('mia', 'APPROVED'),
      r('sam', 'APPROVED'),
    ]);
    expect(again.security!.satisfied).toBe(true);
  });

  it('a dismissed review resets the reviewer', async () => {
    const v = await verdicts([r('sam', 'DISMISSED'), r('mia', 'APPROVED')]);
    expect(v.security!.satisfied).toBe(false);
    expect(v.security!.reason).toMatch(/dismissed/);
  });

  it('a comment after an approval keeps the approval', async () => {
    const v = await verdicts([
      r('sam', 'APPROVED'),
      r('mia', 'APPROVED'),
      r('sam', 'COMMENTED'),
      r('sam', 'commented'),
    ]);
    expect(v.security!.satisfied).toBe(true);
  });

  it('the PR author never approves, even when listed in the role', async () => {
    const v = await verdicts([r('sam', 'APPROVED'), r('mia', 'APPROVED')], facts(), {
      author: 'SAM',
    });
    expect(v.security!.satisfied).toBe(false);
    expect(v.security!.reason).toMatch(/@sam is the author of PR #17/);
  });

  it('an approver without write access does not count', async () => {
    const v = await verdicts([r('sam', 'APPROVED'), r('reader', 'APPROVED')], facts(), {
      members: { security: [team('acme', 'security')], 'ml-owner': [user('reader')] },
    });
    expect(v['ml-owner']!.satisfied).toBe(false);
    expect(v['ml-owner']!.reason).toMatch(/@reader has no write access/);
  });

  it('one person in both teams satisfies one role only', async () => {
    const alone = await verdicts([r('dual', 'APPROVED')]);
    expect([alone.security!.satisfied, alone['ml-owner']!.satisfied].sort()).toEqual([false, true]);
    const unsatisfied = Object.values(alone).find((v) => !v.satisfied)!;
    expect(unsatisfied.reason).toMatch(
      /@dual already counts for role .*; each role needs a different approver/,
    );
    // With a second approver the matching finds the assignment whatever the order.
    const both = await verdicts([r('dual', 'APPROVED'), r('sam', 'APPROVED')]);
    expect(both.security).toMatchObject({ satisfied: true, by: 'sam' });
    expect(both['ml-owner']).toMatchObject({ satisfied: true, by: 'dual' });
  });

  it('fails closed, with the reason, when team membership cannot be read', async () => {
    const v = await verdicts(
      [r('sam', 'APPROVED'), r('mia', 'APPROVED')],
      facts({
        isTeamMember: async () => {
          throw new Error('cannot see team acme/security: needs Members: read');
        },
      }),
    );
    expect(v.security!.satisfied).toBe(false);
    expect(v.security!.reason).toMatch(
      /cannot tell whether @sam is in @acme\/security: cannot see team .* Members: read/,
    );
  });

  it('fails closed when the permission or the blob comparison errors', async () => {
    const boom = async (): Promise<boolean> => {
      throw new Error('GitHub failed (HTTP 500)');
    };
    const v = await verdicts(
      [r('sam', 'APPROVED', OLD), r('mia', 'APPROVED')],
      facts({ exceptionUnchangedSince: boom, hasWriteAccess: boom }),
    );
    expect(v.security!.reason).toMatch(/cannot tell whether the exception changed .* \(HTTP 500\)/);
    expect(v['ml-owner']!.reason).toMatch(
      /cannot read @mia's repository permission: GitHub failed/,
    );
  });

  it('a role without GitHub members is never satisfied', async () => {
    const v = await verdicts([r('sam', 'APPROVED')], facts(), {
      members: { security: [team('acme', 'security')] },
    });
    expect(v['ml-owner']!.reason).toMatch(
      /lists no GitHub members \(eval-gate.roles.ml-owner.github\)/,
    );
  });

  describe('reviews without submitted_at (null or absent, as the OpenAPI description allows)', () => {
    const untimed = (review: ReviewRecord, how: 'null' | 'absent'): ReviewRecord => {
      const rest: ReviewRecord = { ...review };
      delete rest.submittedAt;
      return how === 'null' ? { ...rest, submittedAt: null } : rest;
    };

    for (const how of ['null', 'absent'] as const) {
      for (const [state, reason] of [
        ['CHANGES_REQUESTED', /@sam's latest review requests changes/],
        ['DISMISSED', /@sam's latest review was dismissed/],
      ] as const) {
        it(`a ${state} listed after an APPROVED still supersedes it (submitted_at ${how})`, async () => {
          const v = await verdicts([
            r('sam', 'APPROVED'),
            r('mia', 'APPROVED'),
            untimed(r('sam', state), how),
          ]);
          expect(v.security!.satisfied).toBe(false);
          expect(v.security!.reason).toMatch(reason);
        });
      }

      it(`an APPROVED without a time never counts (submitted_at ${how})`, async () => {
        const v = await verdicts([untimed(r('sam', 'APPROVED'), how), r('mia', 'APPROVED')]);
        expect(v.security!.satisfied).toBe(false);
        expect(v.security!.reason).toMatch(
          /@sam's latest approval has no submission time \(submitted_at\), so it does not count/,
        );
        expect(v['ml-owner']).toMatchObject({ satisfied: true, by: 'mia' });
      });
    }

    it('an unreadable submitted_at counts as none', async () => {
      const v = await verdicts([
        { ...r('sam', 'APPROVED'), submittedAt: '2026-01-01T24:59:30+01:00' },
        r('mia', 'APPROVED'),
      ]);
      expect(v.security!.satisfied).toBe(false);
      expect(v.security!.reason).toMatch(/no submission time/);
    });
  });

  it("GitHub's list order is the order of record; a time that disagrees only vetoes", async () => {
    // Listed CHANGES_REQUESTED then APPROVED: the approval is the latest, as GitHub lists them.
    const listed = await verdicts([
      r('sam', 'CHANGES_REQUESTED'),
      r('sam', 'APPROVED'),
      r('mia', 'APPROVED'),
    ]);
    expect(listed.security).toMatchObject({ satisfied: true, by: 'sam' });
    // Listed APPROVED then CHANGES_REQUESTED, but the request carries the earlier time: the list
    // order still decides (no re-sorting), so the request stands.
    const early = r('sam', 'CHANGES_REQUESTED');
    const approval = r('sam', 'APPROVED');
    const reordered = await verdicts([
      { ...approval, submittedAt: '2026-01-01T01:00:00Z' },
      { ...early, submittedAt: '2026-01-01T00:00:00Z' },
      r('mia', 'APPROVED'),
    ]);
    expect(reordered.security!.reason).toMatch(/@sam's latest review requests changes/);
    // Listed CHANGES_REQUESTED then APPROVED, but the request was submitted later: the orders
    // disagree, and the approval does not count.
    const contradicted = await verdicts([
      { ...early, submittedAt: '2026-01-01T02:00:00Z' },
      { ...approval, submittedAt: '2026-01-01T01:00:00Z' },
      r('mia', 'APPROVED'),
    ]);
    expect(contradicted.security!.satisfied).toBe(false);
    expect(contradicted.security!.reason).toMatch(
      /@sam requested changes at 2026-01-01T02:00:00Z, after the approval listed later \(2026-01-01T01:00:00Z\)/,
    );
  });

  it('non-members approving do nothing', async () => {
    const v = await verdicts([r('mallory', 'APPROVED'), r('eve', 'APPROVED')]);
    expect(v.security!.satisfied).toBe(false);
    expect(v['ml-owner']!.satisfied).toBe(false);
  });
});

describe('latestOpinionatedReviews', () => {
  const states = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];
  const arbReviews = fc.array(
    fc.record({ login: fc.constantFrom('a', 'b', 'C', 'c'), state: fc.constantFrom(...states) }),
    { maxLength: 30 },
  );
  const build = (list: Array<{ login: string; state: string }>): ReviewRecord[] =>
    list.map((x, i) => ({
      id: i + 1,
      login: x.login,
      state: x.state,
      commitId: HEAD,
      submittedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));

  it('is the last APPROVED/CHANGES_REQUESTED/DISMISSED per login, case-insensitive', () => {
    fc.assert(
      fc.property(arbReviews, (list) => {
        const reviews = build(list);
        const latest = latestOpinionatedReviews(reviews);
        for (const [login, review] of latest) {
          const own = reviews.filter(
            (x) =>
              x.login.toLowerCase() === login &&
              ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(x.state),
          );
          expect(review.id).toBe(own.at(-1)!.id);
        }
      }),
    );
  });

  it('inserting COMMENTED reviews anywhere never changes the outcome', () => {
    fc.assert(
      fc.property(
        arbReviews,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'b', 'c')), { maxLength: 10 }),
        (list, comments) => {
          const withComments = [...list];
          for (const [at, login] of comments)
            withComments.splice(at % (withComments.length + 1), 0, { login, state: 'COMMENTED' });
          const summarize = (m: Map<string, ReviewRecord>) =>
            [...m.entries()].map(([k, v]) => `${k}:${v.state}`).sort();
          expect(summarize(latestOpinionatedReviews(build(withComments)))).toEqual(
            summarize(latestOpinionatedReviews(build(list))),
          );
        },
      ),
    );
  });

  it('no approval counts that lacks a time, or that a non-approving review follows in list order or in time', async () => {
    const time = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constantFrom('', 'yesterday', '2026-01-01T24:59:30+01:00', '2026-01-01T23:59:60Z'),
      fc
        .integer({ min: 0, max: 600 })
        .map((minute) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            login: fc.constantFrom('sam', 'mia', 'olga', 'dual'),
            state: fc.constantFrom(...states),
            submittedAt: time,
          }),
          { maxLength: 12 },
        ),
        async (list) => {
          const reviews: ReviewRecord[] = list.map((x, i) => {
            const review: ReviewRecord = {
              id: i + 1,
              login: x.login,
              state: x.state,
              commitId: HEAD,
            };
            return x.submittedAt === undefined ? review : { ...review, submittedAt: x.submittedAt };
          });
          const at = (x: ReviewRecord): number => {
            const reading = x.submittedAt ? readTimestamp(x.submittedAt) : undefined;
            return reading?.ok ? reading.ms : NaN;
          };
          for (const verdict of await evaluateReviewApprovals(input(reviews), facts())) {
            if (!verdict.satisfied) continue;
            const own = reviews.filter((x) => x.login === verdict.by);
            const opinions = own.filter((x) =>
              ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(x.state),
            );
            const counted = opinions.at(-1)!;
            expect(counted.state).toBe('APPROVED');
            expect(Number.isFinite(at(counted))).toBe(true);
            for (const other of opinions.filter((x) => x.state !== 'APPROVED'))
              expect(at(other) > at(counted)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the evaluator never lets the author or one person satisfy two roles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            login: fc.constantFrom('alice', 'sam', 'mia', 'dual', 'olga', 'reader'),
            state: fc.constantFrom(...states),
          }),
          { maxLength: 12 },
        ),
        async (list) => {
          const result = await evaluateReviewApprovals(input(build(list)), facts());
          const by = result.filter((v) => v.satisfied).map((v) => v.by);
          expect(new Set(by).size).toBe(by.length);
          expect(by).not.toContain('alice');
          expect(by).not.toContain('reader');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseMemberRef', () => {
  it('reads logins and org/team slugs, with or without @', () => {
    expect(parseMemberRef('@sam-sec')).toEqual({ kind: 'user', login: 'sam-sec' });
    expect(parseMemberRef('acme/ml-owners')).toEqual({
      kind: 'team',
      org: 'acme',
      slug: 'ml-owners',
    });
    expect(parseMemberRef('renovate[bot]')).toEqual({ kind: 'user', login: 'renovate[bot]' });
    for (const bad of ['', '-x', 'a/b/c', 'a b', '/team', 'org/', 'x'.repeat(40)])
      expect(parseMemberRef(bad)).toBeUndefined();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseMemberRef(text)));
  });
});
