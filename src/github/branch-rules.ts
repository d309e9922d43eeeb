/**
 * Merge-blocking guidance that checks itself: read the base branch's effective rules (rulesets,
 * `GET /rules/branches/{branch}`) and its classic protection summary (`GET /branches/{branch}`),
 * and say in the summary when the gate's status is not a required check (a blocked gate would
 * not block the merge) or when stale approvals are not dismissed on push (by a ruleset, or by
 * classic protection when the token may read its settings; otherwise that cannot be confirmed).
 */
import { callGitHub, type GitHubClient } from './client.js';
import { oneLine } from '../util/errors.js';

export interface MergeBlockingReport {
  /** The gate's context is required by a ruleset or by classic branch protection. */
  required: boolean | 'unknown';
  /** A ruleset or classic protection dismisses stale approvals on push. */
  dismissesStaleApprovals: boolean | 'unknown';
  warnings: string[];
}

export async function inspectMergeBlocking(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  branch: string,
  context: string,
): Promise<MergeBlockingReport> {
  const warnings: string[] = [];
  let required: boolean | 'unknown' = false;
  let dismissesStale: boolean | 'unknown' = false;
  let rulesRead = false;
  try {
    const rules = await branchRules(octokit, repository, branch);
    rulesRead = true;
    if (rulesRequire(rules, context)) required = true;
    for (const rule of rules) {
      if (rule.type === 'pull_request' && rule.parameters?.dismiss_stale_reviews_on_push === true)
        dismissesStale = true;
    }
  } catch (error) {
    warnings.push(`could not read the rulesets of ${branch}: ${oneLine(error)}`);
    required = 'unknown';
    dismissesStale = 'unknown';
  }
  if (required !== true) {
    try {
      if (await classicRequires(octokit, repository, branch, context)) required = true;
      else if (rulesRead) required = false;
    } catch (error) {
      warnings.push(`could not read the protection of ${branch}: ${oneLine(error)}`);
    }
  }
  if (required === false) {
    warnings.push(
      `\`${context}\` is not a required status check on \`${branch}\`: a blocked gate does not stop the merge. Add it to a branch ruleset's "Require status checks to pass" (source: GitHub Actions).`,
    );
  } else if (required === 'unknown') {
    warnings.push(
      `cannot confirm that \`${context}\` is a required status check on \`${branch}\`.`,
    );
  }
  if (dismissesStale === false) {
    // Classic protection may dismiss them instead; its settings need Administration: read.
    try {
      const classic = await classicProtection(octokit, repository, branch);
      if (classic?.required_pull_request_reviews?.dismiss_stale_reviews === true)
        dismissesStale = true;
    } catch (error) {
      warnings.push(
        `cannot confirm that \`${branch}\` dismisses stale pull request approvals on push: ${oneLine(error)}`,
      );
      dismissesStale = 'unknown';
    }
  }
  if (dismissesStale === false) {
    warnings.push(
      `\`${branch}\` does not dismiss stale pull request approvals when new commits are pushed (ruleset "Require a pull request before merging" → "Dismiss stale pull request approvals when new commits are pushed"). pipeguard checks the approved commit itself, but other reviews stay stale.`,
    );
  }
  return { required, dismissesStaleApprovals: dismissesStale, warnings };
}

export interface DeployProtectionWanted {
  /** The status check the branch must require (the pipeguard job). */
  statusCheck: string;
  /** GitHub logins, `org/team` slugs or `app/slug`s allowed to push to the branch. */
  identities: string[];
}

/**
 * Classic branch protection as `GET /repos/{owner}/{repo}/branches/{branch}/protection` answers
 * (`branch-protection`): every block is optional in GitHub's description, and so is a review count.
 */
export interface ClassicProtection {
  required_status_checks?: {
    contexts?: string[];
    checks?: Array<{ context?: string; app_id?: number | null } | null>;
  } | null;
  enforce_admins?: { enabled?: boolean } | null;
  required_pull_request_reviews?: {
    dismiss_stale_reviews?: boolean;
    required_approving_review_count?: number;
    bypass_pull_request_allowances?: Actors | null;
  } | null;
  restrictions?: Actors | null;
}

interface Actors {
  users?: Array<{ login?: string } | null>;
  teams?: Array<{ slug?: string } | null>;
  apps?: Array<{ slug?: string } | null>;
}

type Source = 'ruleset' | 'classic';

/**
 * Deploy protection with a token: the default branch requires an approving pull-request review
 * and the pipeguard status check, and only the configured deploy identities may push. Both
 * sources are read — the branch's effective rulesets (`GET /rules/branches/{branch}`) and its
 * classic protection (`GET /branches/{branch}/protection`) — and either one satisfying a
 * requirement counts; classic protection's 404 "Branch not protected" means it has none. A
 * requirement met only by classic protection that does not bind administrators (enforce_admins
 * off) is a problem: admins can push and merge around it. A ruleset's bypass list is not readable
 * here, so a ruleset-only push restriction cannot be confirmed. Every other API answer (403, any
 * other 404, 5xx, the network) is a problem, never a pass.
 */
export async function inspectDeployProtection(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  branch: string,
  wanted: DeployProtectionWanted,
): Promise<string[]> {
  const problems: string[] = [];
  let rules: BranchRule[];
  try {
    rules = await branchRules(octokit, repository, branch);
  } catch (error) {
    return [
      `could not read the rules of ${branch} (${oneLine(error)}): deploy protection cannot be confirmed`,
    ];
  }
  let classic: ClassicProtection | undefined;
  try {
    classic = await classicProtection(octokit, repository, branch);
  } catch (error) {
    return [
      `could not read the classic branch protection of ${branch} (${oneLine(error)}): deploy protection cannot be confirmed`,
    ];
  }
  const usedClassic: string[] = [];

  const rulesetReviews = Math.max(
    0,
    ...rules
      .filter((r) => r.type === 'pull_request')
      .map((r) => Number(r.parameters?.required_approving_review_count ?? 0)),
  );
  const classicReviews = classic?.required_pull_request_reviews
    ? (classic.required_pull_request_reviews.required_approving_review_count ?? 0)
    : 0;
  const reviewsBy: Source | undefined =
    rulesetReviews >= 1 ? 'ruleset' : classicReviews >= 1 ? 'classic' : undefined;
  if (!reviewsBy)
    problems.push(
      `${branch} does not require an approving pull-request review (a ruleset's "Require a pull request before merging" or classic protection's "Require approvals", at least 1 approval)`,
    );
  if (reviewsBy === 'classic') {
    usedClassic.push('the review requirement');
    const bypass = notAllowed(
      actorsOf(classic?.required_pull_request_reviews?.bypass_pull_request_allowances, repository),
      wanted.identities,
    );
    if (bypass.length)
      problems.push(
        `${bypass.join(', ')} may bypass the pull-request requirement of ${branch} (classic protection) but ${bypass.length === 1 ? 'is' : 'are'} not a configured deploy identity`,
      );
  }

  const checksBy: Source | undefined = rulesRequire(rules, wanted.statusCheck)
    ? 'ruleset'
    : classicContexts(classic).includes(wanted.statusCheck)
      ? 'classic'
      : undefined;
  if (!checksBy)
    problems.push(`\`${wanted.statusCheck}\` is not a required status check on ${branch}`);
  if (checksBy === 'classic') usedClassic.push(`the \`${wanted.statusCheck}\` check`);

  const push = pushProblems(repository, branch, wanted, rules, classic);
  problems.push(...push.problems);
  if (push.by === 'classic') usedClassic.push('the push restriction');

  if (usedClassic.length && classic?.enforce_admins?.enabled !== true)
    problems.push(
      `classic protection of ${branch} does not bind administrators (enforce_admins is off: "Do not allow bypassing the above settings"), so repository admins can get around ${usedClassic.join(', ')}`,
    );
  return problems;
}

function pushProblems(
  repository: { owner: string; repo: string },
  branch: string,
  wanted: DeployProtectionWanted,
  rules: BranchRule[],
  classic: ClassicProtection | undefined,
): { problems: string[]; by?: Source } {
  const allowed = wanted.identities.map((i) => i.replace(/^@/, ''));
  if (allowed.length === 0)
    return {
      problems: [
        `no deploy identities are configured (checklist.deploy-protection.identities): who may push to ${branch} cannot be checked`,
      ],
    };
  if (classic?.restrictions) {
    const extra = notAllowed(actorsOf(classic.restrictions, repository), allowed);
    return extra.length
      ? {
          problems: [
            `${extra.join(', ')} may push to ${branch} but ${extra.length === 1 ? 'is' : 'are'} not a configured deploy identity`,
          ],
        }
      : { problems: [], by: 'classic' };
  }
  if (rules.some((r) => r.type === 'update'))
    return {
      problems: [
        `pushes to ${branch} are restricted by a ruleset whose bypass list this token cannot read: cannot confirm that only ${allowed.join(', ')} may push`,
      ],
    };
  return {
    problems: [
      `${branch} has no push restriction (${classic ? 'its classic protection restricts nobody' : 'no classic protection'} and no ruleset restricts updates): anyone with write access may push, not only ${allowed.join(', ')}`,
    ],
  };
}

/** Users (login), teams (`owner/slug`) and apps (`app/slug`); an entry without a name is named so. */
function actorsOf(
  actors: Actors | null | undefined,
  repository: { owner: string; repo: string },
): string[] {
  return [
    ...(actors?.users ?? []).map((u) => u?.login || '(a user without a login)'),
    ...(actors?.teams ?? []).map((t) =>
      t?.slug ? `${repository.owner}/${t.slug}` : '(a team without a slug)',
    ),
    ...(actors?.apps ?? []).map((a) => (a?.slug ? `app/${a.slug}` : '(an app without a slug)')),
  ];
}

function notAllowed(actors: string[], identities: string[]): string[] {
  const allowed = new Set(identities.map((i) => i.toLowerCase().replace(/^@/, '')));
  return actors.filter((a) => !allowed.has(a.toLowerCase()));
}

function classicContexts(classic: ClassicProtection | undefined): string[] {
  const checks = classic?.required_status_checks;
  return [
    ...(checks?.contexts ?? []),
    ...(checks?.checks ?? []).map((c) => c?.context).filter((c): c is string => Boolean(c)),
  ];
}

/**
 * The branch's classic protection, or undefined when GitHub says "Branch not protected" (its
 * documented 404). Any other answer — a 404 for a branch or repository the token cannot see,
 * 403 without Administration: read, 5xx — is thrown.
 */
async function classicProtection(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  branch: string,
): Promise<ClassicProtection | undefined> {
  return callGitHub(
    `reading the classic protection of branch ${branch}`,
    'Administration: read',
    async () => {
      try {
        const { data } = await octokit.rest.repos.getBranchProtection({ ...repository, branch });
        return data as ClassicProtection;
      } catch (error) {
        const e = error as { status?: unknown; response?: { data?: unknown } };
        const said = (e.response?.data as { message?: unknown } | undefined)?.message;
        if (e.status === 404 && typeof said === 'string' && said.trim() === 'Branch not protected')
          return undefined;
        throw error;
      }
    },
  );
}

type BranchRule = { type: string; parameters?: Record<string, unknown> };

/** The branch's effective ruleset rules (GET /rules/branches/{branch}). */
async function branchRules(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  branch: string,
): Promise<BranchRule[]> {
  return (await callGitHub(`reading the rules of branch ${branch}`, 'Metadata: read', () =>
    octokit.paginate(octokit.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 }),
  )) as BranchRule[];
}

/** Whether classic branch protection requires the status check `context`. */
async function classicRequires(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  branch: string,
  context: string,
): Promise<boolean> {
  const { data } = await callGitHub(`reading branch ${branch}`, 'Contents: read', () =>
    octokit.rest.repos.getBranch({ ...repository, branch }),
  );
  const classic = data.protection?.required_status_checks;
  const contexts = [...(classic?.contexts ?? []), ...(classic?.checks ?? []).map((c) => c.context)];
  return data.protected && contexts.includes(context);
}

function rulesRequire(rules: BranchRule[], context: string): boolean {
  return rules.some(
    (r) =>
      r.type === 'required_status_checks' &&
      ((r.parameters?.required_status_checks ?? []) as Array<{ context?: string }>).some(
        (c) => c.context === context,
      ),
  );
}
