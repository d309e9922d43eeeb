/**
 * The `reviews` approval source of the eval gate: which required roles approved an exception
 * file through GitHub pull-request reviews.
 *
 * - The exception file is changed by the current PR: its reviews decide, against the PR's live
 *   head (`GET /pulls/{n}`), and only if the bytes the gate evaluated are the head's bytes.
 * - The file is not changed by the PR, or there is no PR (a push to main, a schedule): the gate
 *   finds the merged PR that brought these exact bytes to the branch (last commit that touched
 *   the file → its merged PR, whose head must carry the same blob) and that PR's reviews decide.
 *
 * Everything is read as data through the API. Any failure, ambiguity or missing permission
 * turns into unsatisfied roles with the reason: the gate fails closed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ApprovalRequest, ApprovalSource } from '../checks/eval-gate/approvals.js';
import { rolesOf } from '../checks/eval-gate/config.js';
import { recordInput } from '../checks/eval-gate/inputs.js';
import type { CheckContext } from '../checks/types.js';
import { InputError, oneLine } from '../util/errors.js';
import { runGit } from '../util/git.js';
import { clientOptionsFrom, createGitHubClient, githubTokenFrom } from './client.js';
import { RepoFacts } from './pull-facts.js';
import {
  evaluateReviewApprovals,
  parseMemberRef,
  type ApprovalFacts,
  type MemberRef,
  type ReviewRecord,
  type RoleVerdict,
} from './review-rules.js';

/** What the gate asks (the eval gate's ApprovalRequest; the parsed exception is not needed here). */
export type ReviewApprovalRequest = Pick<
  ApprovalRequest,
  'exceptionFile' | 'exceptionBytes' | 'roles'
>;

/** The `reviews` approval source the eval gate consults (approval: reviews | both). */
export const reviewApprovals: ApprovalSource = {
  kind: 'reviews',
  evaluate: (request, ctx) => evaluateReviewSource(request, ctx),
};

/** Git's blob id of some bytes: what the contents API reports as a file's `sha`. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** `eval-gate.roles.<role>.github` → member references; a malformed entry is a config error. */
export function roleMembersFrom(ctx: CheckContext, roles: string[]): Record<string, MemberRef[]> {
  const configured = rolesOf(ctx.config);
  const out: Record<string, MemberRef[]> = {};
  for (const role of roles) {
    const raw: unknown = configured[role]?.github ?? [];
    if (!Array.isArray(raw)) {
      throw new InputError(
        `eval-gate.roles.${role}.github must be a list of logins or org/team slugs`,
        ctx.configSource,
      );
    }
    out[role] = raw.map((entry) => {
      const ref = typeof entry === 'string' ? parseMemberRef(entry) : undefined;
      if (!ref) {
        throw new InputError(
          `eval-gate.roles.${role}.github: ${JSON.stringify(entry)} is neither a GitHub login nor an org/team slug`,
          ctx.configSource,
        );
      }
      return ref;
    });
  }
  return out;
}

interface Session {
  facts?: RepoFacts;
  /** Verdicts given in this run, for the PR comment. */
  recorded: Array<{ file: string; verdicts: RoleVerdict[] }>;
  /** Why GitHub cannot be asked at all (no token, no repository). */
  unavailable?: string;
  repoPrefix?: Promise<string>;
}

const sessions = new WeakMap<CheckContext, Session>();

function sessionFor(ctx: CheckContext): Session {
  const existing = sessions.get(ctx);
  if (existing) return existing;
  const session: Session = { recorded: [] };
  const token = githubTokenFrom(ctx.env);
  const repository = ctx.ci.repository;
  if (!token) {
    session.unavailable =
      'review approvals need a GitHub token: set the github-token input or GITHUB_TOKEN';
  } else if (!repository) {
    session.unavailable =
      'review approvals need GITHUB_REPOSITORY (owner/name) to know which repository to ask';
  } else {
    ctx.registerSecret(token);
    try {
      const octokit = createGitHubClient(clientOptionsFrom(ctx.env, token, ctx.log));
      session.facts = new RepoFacts(octokit, repository);
    } catch (error) {
      session.unavailable = oneLine(error);
    }
  }
  sessions.set(ctx, session);
  return session;
}

/** The repository-relative path of a root-relative file (the root may be a subfolder). */
async function repositoryPath(ctx: CheckContext, session: Session, file: string): Promise<string> {
  session.repoPrefix ??= runGit(
    ctx.root,
    ['rev-parse', '--show-prefix'],
    'find the repository root',
  ).then(
    (out) => out.trim(),
    () => '',
  );
  const prefix = await session.repoPrefix;
  return path.posix.normalize(`${prefix}${file.split(path.sep).join('/')}`);
}

/** What the reviews source decided in this run, per exception file (for the PR comment). */
export function recordedReviewVerdicts(
  ctx: CheckContext,
): Array<{ file: string; verdicts: RoleVerdict[] }> {
  return sessions.get(ctx)?.recorded ?? [];
}

export async function evaluateReviewSource(
  request: ReviewApprovalRequest,
  ctx: CheckContext,
): Promise<RoleVerdict[]> {
  const verdicts = await decide(request, ctx);
  sessionFor(ctx).recorded.push({ file: request.exceptionFile, verdicts });
  return verdicts;
}

async function decide(request: ReviewApprovalRequest, ctx: CheckContext): Promise<RoleVerdict[]> {
  const members = roleMembersFrom(ctx, request.roles);
  const unsatisfied = (reason: string): RoleVerdict[] =>
    request.roles.map((role) => ({ role, satisfied: false, via: 'review', reason }));
  const session = sessionFor(ctx);
  if (!session.facts) return unsatisfied(session.unavailable ?? 'GitHub is not available');
  const facts = session.facts;
  try {
    const file = await repositoryPath(ctx, session, request.exceptionFile);
    const localBlob = gitBlobSha(request.exceptionBytes);
    const target: Target = { ctx, facts, file, localBlob, roles: request.roles, members };
    const pr = ctx.ci.pullRequest;
    if (pr) {
      const pull = await facts.pull(pr.number);
      if (pull.headSha !== pr.headSha) {
        return unsatisfied(
          `PR #${pr.number}'s head moved from ${pr.headSha.slice(0, 7)} to ${pull.headSha.slice(0, 7)} after this run started; the run for ${pull.headSha.slice(0, 7)} decides`,
        );
      }
      const files = await facts.pullFiles(pr.number);
      if (files.some((f) => f.filename === file && f.status !== 'removed')) {
        return await reviewsOfPull(target, pr.number, 'PR');
      }
      return await reviewsOfMergedPull(target, pull.baseSha, `the base branch ${pull.baseRef}`);
    }
    const sha = ctx.ci.sha;
    if (!sha)
      return unsatisfied(
        'no pull request and no commit (GITHUB_SHA) to find the approving pull request from',
      );
    return await reviewsOfMergedPull(target, sha, `commit ${sha.slice(0, 7)}`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return unsatisfied(oneLine(error));
  }
}

/** One exception file being decided: what it is, who must approve, and where to ask. */
interface Target {
  ctx: CheckContext;
  facts: RepoFacts;
  /** Repository-relative path. */
  file: string;
  /** Git blob id of the bytes the gate evaluated. */
  localBlob: string;
  roles: string[];
  members: Record<string, MemberRef[]>;
}

/** The reviews of pull request `number` decide, against its head. */
async function reviewsOfPull(
  target: Target,
  number: number,
  label: 'PR' | 'merged PR',
): Promise<RoleVerdict[]> {
  const { ctx, facts, file, localBlob, roles, members } = target;
  const pull = await facts.pull(number);
  const headBlob = await facts.blobSha(file, pull.headSha);
  const where = `${label} #${number}`;
  if (headBlob === null) {
    return roles.map((role) => ({
      role,
      satisfied: false,
      via: 'review',
      reason: `${file} cannot be read at the head of ${where} (${pull.headSha.slice(0, 7)})`,
    }));
  }
  if (headBlob !== localBlob) {
    return roles.map((role) => ({
      role,
      satisfied: false,
      via: 'review',
      reason: `${file} in the workspace (blob ${localBlob.slice(0, 7)}) is not the copy at the head of ${where} (blob ${headBlob.slice(0, 7)}): the approvals are for other bytes`,
    }));
  }
  const approvalFacts: ApprovalFacts = {
    isTeamMember: (org, slug, login) => facts.teams.isActiveMember(org, slug, login),
    hasWriteAccess: (login) => facts.hasWriteAccess(login),
    exceptionUnchangedSince: async (commit) => (await facts.blobSha(file, commit)) === headBlob,
  };
  return evaluateReviewApprovals(
    {
      roles,
      members,
      reviews: await recordedReviews(ctx, facts, number),
      author: pull.author,
      headSha: pull.headSha,
      where,
    },
    approvalFacts,
  );
}

/**
 * A PR's reviews, recorded as evidence of the decision (`github:pr-reviews#N`): the audit record
 * keeps their digest, and a replay takes the review verdicts from the record instead of GitHub.
 */
async function recordedReviews(
  ctx: CheckContext,
  facts: RepoFacts,
  number: number,
): Promise<ReviewRecord[]> {
  const reviews = await facts.reviews(number);
  recordInput(ctx, `github:pr-reviews#${number}`, Buffer.from(JSON.stringify(reviews)));
  return reviews;
}

/**
 * The exception file is already on the branch: the merged PR that brought exactly these bytes
 * decides. A file that reached the branch without a reviewed PR is never approved by review.
 */
async function reviewsOfMergedPull(
  target: Target,
  ref: string,
  refLabel: string,
): Promise<RoleVerdict[]> {
  const { facts, file, localBlob, roles } = target;
  const unsatisfied = (reason: string): RoleVerdict[] =>
    roles.map((role) => ({ role, satisfied: false, via: 'review', reason }));
  const refBlob = await facts.blobSha(file, ref);
  if (refBlob !== localBlob) {
    return unsatisfied(
      `${file} in the workspace is not the copy on ${refLabel}, and the pull request does not change it`,
    );
  }
  const commit = await facts.lastCommitTouching(file, ref);
  if (!commit) return unsatisfied(`no commit on ${refLabel} changed ${file}`);
  const pulls = await facts.mergedPullsOf(commit);
  if (pulls.length === 0) {
    return unsatisfied(
      `${file} was last changed by commit ${commit.slice(0, 7)}, which reached the branch without a merged pull request, so no review approved it`,
    );
  }
  let last: RoleVerdict[] | undefined;
  for (const number of pulls) {
    const verdicts = await reviewsOfPull(target, number, 'merged PR');
    if (verdicts.every((v) => v.satisfied)) return verdicts;
    last = verdicts;
  }
  return last!;
}
