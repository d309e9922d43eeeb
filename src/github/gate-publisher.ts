/**
 * How a gate run shows up on the pull request, so that a review-triggered run replaces the old
 * failed result instead of sitting next to it:
 *
 * - A commit status the gate owns (`pipeguard/eval-gate` by default) on the PR head: written
 *   `pending` before anything is evaluated (a crash can never leave an older success standing),
 *   then `success` only when the gate passed, else `failure` (`error` when the run broke). Every
 *   trigger (pull_request, pull_request_review, re-runs) writes the same context; GitHub keeps
 *   the latest per context, and that context is what the branch requires. Never `neutral`.
 * - One sticky PR comment with the unblock instructions, updated in place.
 * - Merge-blocking guidance: warnings in the summary when the context is not required or stale
 *   approvals are not dismissed.
 *
 * Publishing never changes the gate's decision; its own failures become warnings.
 */
import type { CheckContext } from '../checks/types.js';
import { markdownCell as cell } from '../report/escape.js';
import type { CheckResult } from '../report/model.js';
import { oneLine } from '../util/errors.js';
import {
  clientOptionsFrom,
  createGitHubClient,
  githubTokenFrom,
  type GitHubClient,
} from './client.js';
import { inspectMergeBlocking } from './branch-rules.js';
import { upsertStickyComment } from './sticky-comment.js';
import { recordedReviewVerdicts } from './review-source.js';
import { rerunFailedPullRequestRuns } from './rerun.js';

export const DEFAULT_STATUS_CONTEXT = 'pipeguard/eval-gate';
const DESCRIPTION_LIMIT = 140;

export interface GatePublishing {
  status: boolean;
  context: string;
  comment: boolean;
  branchRules: boolean;
  /** Re-run failed pull_request runs of this workflow once a review-triggered run passes. */
  rerunFailed: boolean;
}

interface GitHubSection {
  status?: boolean;
  'status-context'?: string;
  comment?: boolean;
  'branch-rules'?: boolean;
  'rerun-failed'?: boolean;
}

/** `eval-gate.github.*`; on by default whenever approvals come from reviews. */
export function gatePublishingFrom(ctx: CheckContext): GatePublishing {
  const section = (ctx.config['eval-gate'] ?? {}) as { approval?: string; github?: GitHubSection };
  const reviews = section.approval === 'reviews' || section.approval === 'both';
  const github = section.github ?? {};
  return {
    status: github.status ?? reviews,
    context: github['status-context'] ?? DEFAULT_STATUS_CONTEXT,
    comment: github.comment ?? reviews,
    branchRules: github['branch-rules'] ?? reviews,
    rerunFailed: github['rerun-failed'] ?? false,
  };
}

type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** The gate's final state on GitHub: success only for a pass. */
export function commitStateFor(result: CheckResult): CommitState {
  if (result.status === 'pass') return 'success';
  if (result.status === 'error') return 'error';
  return 'failure';
}

export async function withGitHubGate(
  ctx: CheckContext,
  run: () => Promise<CheckResult>,
): Promise<CheckResult> {
  const settings = gatePublishingFrom(ctx);
  const pr = ctx.ci.pullRequest;
  const token = githubTokenFrom(ctx.env);
  const [owner, repo] = (ctx.ci.repository ?? '').split('/');
  const active = settings.status || settings.comment || settings.branchRules;
  if (!active || !pr || !token || !owner || !repo) return run();
  ctx.registerSecret(token);
  const octokit = createGitHubClient(clientOptionsFrom(ctx.env, token, ctx.log));
  const warnings: string[] = [];
  const target = { owner, repo, sha: pr.headSha };
  const targetUrl = ctx.ci.runId
    ? `${ctx.ci.serverUrl}/${owner}/${repo}/actions/runs/${ctx.ci.runId}`
    : undefined;
  const setStatus = async (state: CommitState, description: string): Promise<void> => {
    if (!settings.status) return;
    try {
      await octokit.rest.repos.createCommitStatus({
        ...target,
        state,
        context: settings.context,
        description: clip(description, DESCRIPTION_LIMIT),
        ...(targetUrl ? { target_url: targetUrl } : {}),
      });
    } catch (error) {
      warnings.push(
        `could not set the \`${settings.context}\` status to ${state} (${oneLine(error)}); the token needs \`statuses: write\` (fork pull requests get a read-only token)`,
      );
    }
  };

  await setStatus('pending', 'pipeguard is evaluating the eval gate');
  let result: CheckResult;
  try {
    result = await run();
  } catch (error) {
    await setStatus('error', `pipeguard failed: ${oneLine(error)}`);
    for (const w of warnings) ctx.log.warn(w);
    throw error;
  }
  await setStatus(commitStateFor(result), `${result.status}: ${result.summary}`);

  if (settings.comment)
    await comment(ctx, octokit, { owner, repo, issue: pr.number }, result, warnings);
  let reran: number[] = [];
  if (
    settings.rerunFailed &&
    result.status === 'pass' &&
    ctx.ci.eventName === 'pull_request_review'
  ) {
    const report = await rerunFailedPullRequestRuns(ctx, octokit, { owner, repo }, pr.headSha);
    reran = report.rerun;
    warnings.push(...report.warnings);
  }
  if (settings.branchRules) {
    const report = await inspectMergeBlocking(
      octokit,
      { owner, repo },
      pr.baseRef,
      settings.context,
    );
    warnings.push(...report.warnings);
  }
  for (const w of warnings) ctx.log.warn(w);
  return withGitHubDetails(result, settings, warnings, reran);
}

async function comment(
  ctx: CheckContext,
  octokit: GitHubClient,
  target: { owner: string; repo: string; issue: number },
  result: CheckResult,
  warnings: string[],
): Promise<void> {
  try {
    await upsertStickyComment(
      octokit,
      target,
      'eval-gate',
      commentBody(ctx, result),
      result.status !== 'pass',
    );
  } catch (error) {
    warnings.push(
      `could not write the PR comment (${oneLine(error)}); it needs \`pull-requests: write\``,
    );
  }
}

const ICON: Record<string, string> = { pass: '✅', fail: '❌', blocked: '⛔', error: '⚠️' };

export function commentBody(ctx: CheckContext, result: CheckResult): string {
  const lines = [
    `### ${ICON[result.status] ?? ''} pipeguard eval gate: ${result.status}`,
    '',
    result.summary,
    '',
  ];
  const markdown = result.details?.summaryMarkdown;
  if (result.status !== 'pass' && typeof markdown === 'string' && markdown.trim())
    lines.push(markdown.trim(), '');
  const table = reviewTable(ctx);
  if (table) lines.push(table, '');
  if (result.status !== 'pass') {
    lines.push(
      'To unblock with PR reviews: every required role approves this PR at its latest commit (a new push to the exception file needs fresh approvals). The gate re-runs on each review.',
      '',
    );
  } else {
    lines.push('The gate passed; nothing to do.', '');
  }
  const at = ctx.ci.pullRequest?.headSha.slice(0, 7);
  lines.push(
    `<sub>Updated by pipeguard${at ? ` for ${at}` : ''}. This comment is edited in place on every run.</sub>`,
  );
  return lines.join('\n');
}

function reviewTable(ctx: CheckContext): string | undefined {
  const recorded = recordedReviewVerdicts(ctx);
  if (recorded.length === 0) return undefined;
  const rows = [
    '#### Approvals by PR review',
    '',
    '| Exception | Role | Approved | Reason |',
    '|---|---|---|---|',
  ];
  for (const { file, verdicts } of recorded) {
    for (const v of verdicts) {
      rows.push(
        `| ${cell(file)} | ${cell(v.role)} | ${v.satisfied ? `✅ ${cell(`@${v.by}`)}` : '❌'} | ${cell(v.reason)} |`,
      );
    }
  }
  return rows.join('\n');
}

function withGitHubDetails(
  result: CheckResult,
  settings: GatePublishing,
  warnings: string[],
  reran: number[],
): CheckResult {
  const details = { ...(result.details ?? {}) };
  details.github = {
    statusContext: settings.status ? settings.context : undefined,
    warnings,
    reran,
  };
  if (warnings.length) {
    const section = ['#### Merge blocking on GitHub', '', ...warnings.map((w) => `- ⚠️ ${w}`)].join(
      '\n',
    );
    const existing =
      typeof details.summaryMarkdown === 'string' ? details.summaryMarkdown.trim() : '';
    details.summaryMarkdown = existing ? `${existing}\n\n${section}` : section;
  }
  return { ...result, details };
}

function clip(text: string, limit: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= limit ? line : `${line.slice(0, limit - 1)}…`;
}
