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
    const rules = await callGitHub(`reading the rules of branch ${branch}`, 'Metadata: read', () =>
      octokit.paginate(octokit.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 }),
    );
    rulesRead = true;
    for (const rule of rules as Array<{ type: string; parameters?: Record<string, unknown> }>) {
      if (rule.type === 'required_status_checks') {
        const checks = (rule.parameters?.required_status_checks ?? []) as Array<{
          context?: string;
        }>;
        if (checks.some((c) => c.context === context)) required = true;
      }
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
      const { data } = await callGitHub(`reading branch ${branch}`, 'Contents: read', () =>
        octokit.rest.repos.getBranch({ ...repository, branch }),
      );
      const classic = data.protection?.required_status_checks;
      const contexts = [
        ...(classic?.contexts ?? []),
        ...(classic?.checks ?? []).map((c) => c.context),
      ];
      if (data.protected && contexts.includes(context)) required = true;
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
