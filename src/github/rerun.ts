/**
 * Opt-in (`eval-gate.github.rerun-failed: true`) for teams whose required check is the gate JOB
 * rather than the gate's commit status: after a review-triggered run PASSED, re-run the failed
 * jobs of the earlier `pull_request` / `pull_request_target` runs of the same workflow on the same
 * head (`POST /actions/runs/{id}/rerun-failed-jobs`, needs `actions: write`). The re-run
 * evaluates the reviews again, so the job that was required and failed concludes from the same
 * facts; nothing is marked neutral or skipped. A block never re-runs anything.
 */
import type { CheckContext } from '../checks/types.js';
import { oneLine } from '../util/errors.js';
import { callGitHub, type GitHubClient } from './client.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** `.github/workflows/gate.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/gate.yml@ref`). */
export function workflowPathOf(
  workflowRef: string | undefined,
  repository: string,
): string | undefined {
  if (!workflowRef) return undefined;
  const withoutRef = workflowRef.replace(/@[^@]*$/, '');
  return withoutRef.startsWith(`${repository}/`)
    ? withoutRef.slice(repository.length + 1)
    : undefined;
}

export interface RerunReport {
  rerun: number[];
  warnings: string[];
}

export async function rerunFailedPullRequestRuns(
  ctx: CheckContext,
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  headSha: string,
): Promise<RerunReport> {
  const warnings: string[] = [];
  const rerun: number[] = [];
  const workflow = workflowPathOf(ctx.ci.workflowRef, `${repo.owner}/${repo.repo}`);
  if (!workflow) {
    return {
      rerun,
      warnings: [
        'cannot re-run the failed pull_request run: GITHUB_WORKFLOW_REF does not name this workflow',
      ],
    };
  }
  try {
    const runs = await callGitHub(
      `listing failed runs for ${headSha.slice(0, 7)}`,
      'Actions: read (`permissions: actions: write`)',
      () =>
        octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
          ...repo,
          head_sha: headSha,
          status: 'failure',
          per_page: 100,
        }),
    );
    const failed = runs.filter(
      (run) =>
        String(run.id) !== ctx.ci.runId &&
        PR_EVENTS.has(run.event) &&
        run.head_sha === headSha &&
        run.conclusion === 'failure' &&
        run.path.replace(/@[^@]*$/, '') === workflow,
    );
    for (const run of failed) {
      try {
        await callGitHub(
          `re-running the failed jobs of run ${run.id}`,
          'Actions: write (`permissions: actions: write`)',
          () => octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: run.id }),
        );
        rerun.push(run.id);
      } catch (error) {
        warnings.push(`could not re-run run ${run.id}: ${oneLine(error)}`);
      }
    }
  } catch (error) {
    warnings.push(`could not look for failed pull_request runs to re-run: ${oneLine(error)}`);
  }
  if (rerun.length)
    ctx.log.info(`re-ran the failed jobs of run(s) ${rerun.join(', ')} now that the gate passes`);
  return { rerun, warnings };
}
