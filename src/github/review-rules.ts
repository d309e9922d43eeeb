/**
 * The review-approval rules of the eval gate, as a pure evaluator over a PR's reviews and a few
 * facts it asks for (team membership, write access, whether the exception changed since a
 * reviewed commit). It does no I/O of its own, so the rules are tested without a network and the
 * GitHub-backed facts are tested separately.
 *
 * A role is satisfied when one of its members has, as their LATEST non-COMMENTED review, an
 * APPROVED at the PR head (or at a commit after which the exception file did not change), is not
 * the PR author, and has write access. Each role needs a different approver, so one person in two
 * teams never satisfies two roles. A fact that cannot be established counts as "no": fail closed.
 *
 * Order of reviews: GitHub's list order (the REST "list reviews" order, chronological) is the order
 * of record; reviews are never re-sorted by `submitted_at`, which the API may leave null or absent.
 * Time only ever takes an approval away: an APPROVED counts only when it carries a readable
 * `submitted_at` and no CHANGES_REQUESTED or DISMISSED of the same reviewer was submitted after it
 * (the list order and the times must agree that the approval is the latest opinion). A review
 * without a time therefore still supersedes what is listed before it, and never makes an approval
 * count.
 */
import type { RoleVerdict } from '../checks/eval-gate/approvals.js';
import { oneLine } from '../util/errors.js';
import { formatInstant, readTimestamp } from '../util/time.js';

export type { RoleVerdict };

export interface ReviewRecord {
  id: number;
  login: string;
  /** APPROVED | CHANGES_REQUESTED | COMMENTED | DISMISSED | PENDING */
  state: string;
  commitId: string | null;
  submittedAt?: string | null;
}

/** A configured role member: a GitHub login, or an `org/team-slug`. */
export type MemberRef =
  { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

export interface ApprovalFacts {
  /** Active (not pending) membership; throws when it cannot be established. */
  isTeamMember(org: string, slug: string, login: string): Promise<boolean>;
  /** write, maintain or admin on the repository; throws when it cannot be established. */
  hasWriteAccess(login: string): Promise<boolean>;
  /** True when the exception file's bytes at `commitId` equal those at the head; throws on error. */
  exceptionUnchangedSince(commitId: string): Promise<boolean>;
}

export interface ReviewGateInput {
  roles: string[];
  members: Record<string, MemberRef[]>;
  reviews: ReviewRecord[];
  /** The PR author's login: never an approver. */
  author: string;
  headSha: string;
  /** How the reviewed change is named in reasons, e.g. `PR #17`. */
  where: string;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const TEAM_SLUG = /^[A-Za-z0-9._-]{1,100}$/;

/** `login`, `@login`, `org/team` or `@org/team`; undefined when it is neither. */
export function parseMemberRef(text: string): MemberRef | undefined {
  const value = text.trim().replace(/^@/, '');
  const slash = value.indexOf('/');
  if (slash === -1) return LOGIN.test(value) ? { kind: 'user', login: value } : undefined;
  const org = value.slice(0, slash);
  const slug = value.slice(slash + 1);
  return LOGIN.test(org) && TEAM_SLUG.test(slug) ? { kind: 'team', org, slug } : undefined;
}

export function describeMember(ref: MemberRef): string {
  return ref.kind === 'user' ? `@${ref.login}` : `@${ref.org}/${ref.slug}`;
}

const OPINIONATED = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * Each reviewer's latest opinionated review (APPROVED, CHANGES_REQUESTED or DISMISSED) in GitHub's
 * list order, keyed by lower-cased login. COMMENTED never changes a reviewer's standing; PENDING is
 * not submitted. The reviews must be in the order GitHub lists them: nothing is re-sorted.
 */
export function latestOpinionatedReviews(reviews: ReviewRecord[]): Map<string, ReviewRecord> {
  const latest = new Map<string, ReviewRecord>();
  for (const review of reviews) {
    const state = review.state.toUpperCase();
    if (!OPINIONATED.has(state)) continue;
    latest.set(review.login.toLowerCase(), { ...review, state });
  }
  return latest;
}

/** Epoch ms of a review's submitted_at; undefined when it is null, absent or unreadable. */
function submittedAt(review: ReviewRecord): number | undefined {
  if (!review.submittedAt) return undefined;
  const reading = readTimestamp(review.submittedAt);
  return reading.ok ? reading.ms : undefined;
}

/**
 * Why a reviewer's latest (listed last) APPROVED cannot count by time: it has no time, or one of
 * their CHANGES_REQUESTED / DISMISSED reviews listed earlier was submitted after it.
 */
function approvalTimeProblem(approval: ReviewRecord, reviews: ReviewRecord[]): string | undefined {
  const login = approval.login;
  const approvedAt = submittedAt(approval);
  if (approvedAt === undefined) {
    return `@${login}'s latest approval has no submission time (submitted_at), so it does not count`;
  }
  for (const other of reviews) {
    const state = other.state.toUpperCase();
    if (other.login.toLowerCase() !== login.toLowerCase()) continue;
    if (state !== 'CHANGES_REQUESTED' && state !== 'DISMISSED') continue;
    const at = submittedAt(other);
    if (at !== undefined && at > approvedAt) {
      const what = state === 'DISMISSED' ? 'had a review dismissed' : 'requested changes';
      return `@${login} ${what} at ${formatInstant(at)}, after the approval listed later (${formatInstant(approvedAt)}); GitHub's order and the times disagree, so the approval does not count`;
    }
  }
  return undefined;
}

interface Candidate {
  login: string;
  review: ReviewRecord;
  /** Why this approval does not count (undefined: it counts, for the roles in `roles`). */
  rejected?: string;
  roles: Set<string>;
}

export async function evaluateReviewApprovals(
  input: ReviewGateInput,
  facts: ApprovalFacts,
): Promise<RoleVerdict[]> {
  const latest = latestOpinionatedReviews(input.reviews);
  const short = (sha: string | null): string => (sha ? sha.slice(0, 7) : 'an unknown commit');
  const notes = new Map<string, string[]>(input.roles.map((role) => [role, []]));
  const note = (role: string, text: string): void => void notes.get(role)?.push(text);

  // Membership answers are shared across roles (two roles may list the same team).
  const membership = new Map<string, Promise<boolean>>();
  const isMember = (ref: MemberRef, login: string): Promise<boolean> => {
    if (ref.kind === 'user')
      return Promise.resolve(ref.login.toLowerCase() === login.toLowerCase());
    const key = `${ref.org}/${ref.slug}:${login}`.toLowerCase();
    let answer = membership.get(key);
    if (!answer) {
      answer = facts.isTeamMember(ref.org, ref.slug, login);
      membership.set(key, answer);
    }
    return answer;
  };

  const candidates: Candidate[] = [];
  for (const review of [...latest.values()].reverse()) {
    const login = review.login;
    const roles = new Set<string>();
    for (const role of input.roles) {
      for (const ref of input.members[role] ?? []) {
        try {
          if (await isMember(ref, login)) {
            roles.add(role);
            break;
          }
        } catch (error) {
          note(
            role,
            `cannot tell whether @${login} is in ${describeMember(ref)}: ${oneLine(error)}`,
          );
        }
      }
    }
    if (roles.size === 0) continue;
    const candidate: Candidate = { login, review, roles };
    candidates.push(candidate);
    if (review.state === 'CHANGES_REQUESTED') {
      candidate.rejected = `@${login}'s latest review requests changes`;
    } else if (review.state === 'DISMISSED') {
      candidate.rejected = `@${login}'s latest review was dismissed`;
    } else if (login.toLowerCase() === input.author.toLowerCase()) {
      candidate.rejected = `@${login} is the author of ${input.where} and cannot approve it`;
    } else {
      candidate.rejected =
        approvalTimeProblem(review, input.reviews) ??
        (await rejection(candidate, input, facts, short));
    }
  }

  const eligible = new Map<string, string[]>(input.roles.map((role) => [role, []]));
  for (const candidate of candidates) {
    for (const role of candidate.roles) {
      if (candidate.rejected) note(role, candidate.rejected);
      else eligible.get(role)?.push(candidate.login);
    }
  }
  const assignment = distinctApprovers(input.roles, eligible);

  return input.roles.map((role): RoleVerdict => {
    const by = assignment.get(role);
    if (by) {
      const review = latest.get(by.toLowerCase())!;
      const at =
        review.commitId === input.headSha
          ? `at the head ${short(review.commitId)}`
          : `at ${short(review.commitId)}; the exception is unchanged since`;
      return {
        role,
        satisfied: true,
        by,
        via: 'review',
        reason: `@${by} approved ${input.where} ${at}`,
      };
    }
    const members = input.members[role] ?? [];
    if (members.length === 0) {
      return {
        role,
        satisfied: false,
        via: 'review',
        reason: `role ${role} lists no GitHub members (eval-gate.roles.${role}.github)`,
      };
    }
    const taken = (eligible.get(role) ?? []).filter((login) =>
      [...assignment.values()].includes(login),
    );
    const why = [...(notes.get(role) ?? [])];
    for (const login of taken) {
      const other = [...assignment.entries()].find(([, who]) => who === login)?.[0];
      why.push(`@${login} already counts for role ${other}; each role needs a different approver`);
    }
    const who = members.map(describeMember).join(', ');
    return {
      role,
      satisfied: false,
      via: 'review',
      reason: `no valid approval of ${input.where} from role ${role} (${who})${why.length ? `: ${why.join('; ')}` : ''}`,
    };
  });
}

async function rejection(
  candidate: Candidate,
  input: ReviewGateInput,
  facts: ApprovalFacts,
  short: (sha: string | null) => string,
): Promise<string | undefined> {
  const { login, review } = candidate;
  try {
    if (review.commitId !== input.headSha) {
      if (!review.commitId || !(await facts.exceptionUnchangedSince(review.commitId))) {
        return `@${login} approved ${short(review.commitId)}, and the exception file changed after that commit`;
      }
    }
  } catch (error) {
    return `cannot tell whether the exception changed since @${login}'s approval at ${short(review.commitId)}: ${oneLine(error)}`;
  }
  try {
    if (!(await facts.hasWriteAccess(login)))
      return `@${login} has no write access to the repository`;
  } catch (error) {
    return `cannot read @${login}'s repository permission: ${oneLine(error)}`;
  }
  return undefined;
}

/**
 * Assign each role a different approver (bipartite matching by augmenting paths), so the roles'
 * order never decides whether a valid assignment is found.
 */
function distinctApprovers(roles: string[], eligible: Map<string, string[]>): Map<string, string> {
  const roleOf = new Map<string, string>();
  const tryAssign = (role: string, seen: Set<string>): boolean => {
    for (const login of eligible.get(role) ?? []) {
      if (seen.has(login)) continue;
      seen.add(login);
      const holder = roleOf.get(login);
      if (holder === undefined || tryAssign(holder, seen)) {
        roleOf.set(login, role);
        return true;
      }
    }
    return false;
  };
  for (const role of roles) tryAssign(role, new Set());
  return new Map([...roleOf.entries()].map(([login, role]) => [role, login]));
}
