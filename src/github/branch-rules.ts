/**
 * Merge-blocking guidance that checks itself: read the base branch's effective rules (rulesets,
 * `GET /rules/branches/{branch}`) and its classic protection summary (`GET /branches/{branch}`),
 * and say in the summary when the gate's status is not a required check (a blocked gate would
 * not block the merge) or when stale approvals are not dismissed on push.
 */
import { callGitHub, type GitHubClient } from './client.js';
import { oneLine } from '../util/errors.js';

export interface MergeBlockingReport {
  /** The gate's context is required by a ruleset or by classic branch protection. */
  required: boolean | 'unknown';
  /** A ruleset dismisses stale approvals on push. */
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
 * Deploy protection with a token: the default branch requires an approving pull-request review
 * and the pipeguard status check (its rulesets, else classic protection for the check), and only
 * the configured deploy identities may push (classic push restrictions; a ruleset's bypass list
 * is not readable here, so a ruleset-only restriction cannot be confirmed). Every API error is a
 * problem, never a pass.
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
  const reviews = Math.max(
    0,
    ...rules
      .filter((r) => r.type === 'pull_request')
      .map((r) => Number(r.parameters?.required_approving_review_count ?? 0)),
  );
  if (reviews < 1)
    problems.push(
      `${branch} does not require an approving pull-request review (ruleset "Require a pull request before merging", at least 1 approval)`,
    );
  let required = rulesRequire(rules, wanted.statusCheck);
  if (!required) {
    try {
      required = await classicRequires(octokit, repository, branch, wanted.statusCheck);
    } catch (error) {
      problems.push(`could not read the protection of ${branch} (${oneLine(error)})`);
    }
  }
  if (!required)
    problems.push(`\`${wanted.statusCheck}\` is not a required status check on ${branch}`);
  problems.push(...(await pushProblems(octokit, repository, branch, wanted, rules)));
  return problems;
}

async function pushProblems(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  branch: string,
  wanted: DeployProtectionWanted,
  rules: BranchRule[],
): Promise<string[]> {
  const allowed = new Set(wanted.identities.map((i) => i.toLowerCase().replace(/^@/, '')));
  if (allowed.size === 0)
    return [
      `no deploy identities are configured (checklist.deploy-protection.identities): who may push to ${branch} cannot be checked`,
    ];
  try {
    const { data } = await callGitHub(
      `reading who may push to ${branch}`,
      'Administration: read',
      () => octokit.rest.repos.getAccessRestrictions({ ...repository, branch }),
    );
    const pushers = [
      ...data.users.map((u) => u.login ?? ''),
      ...data.teams.map((t) => `${repository.owner}/${t.slug ?? ''}`),
      ...data.apps.map((a) => `app/${a?.slug ?? ''}`),
    ];
    const extra = pushers.filter((p) => !allowed.has(p.toLowerCase()));
    return extra.length
      ? [
          `${extra.join(', ')} may push to ${branch} but ${extra.length === 1 ? 'is' : 'are'} not a configured deploy identity`,
        ]
      : [];
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 && rules.some((r) => r.type === 'update'))
      return [
        `pushes to ${branch} are restricted by a ruleset whose bypass list this token cannot read: cannot confirm that only ${[...allowed].join(', ')} may push`,
      ];
    if (status === 404)
      return [
        `${branch} has no push restriction this token can read (GitHub answers 404 for both): anyone with write access may push, not only ${[...allowed].join(', ')}`,
      ];
    return [`could not read who may push to ${branch} (${oneLine(error)})`];
  }
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
