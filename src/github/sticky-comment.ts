/**
 * One pull-request comment per gate, found again by a hidden marker and edited in place, so a PR
 * never collects a comment per run. Created only when there is something to act on; an existing
 * one is updated whatever the outcome (so "unblocked" replaces the instructions).
 */
import { callGitHub, type GitHubClient } from './client.js';

export const COMMENT_LIMIT = 65_536;

export function markerFor(gate: string): string {
  return `<!-- pipeguard:${gate} -->`;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
}

export async function upsertStickyComment(
  octokit: GitHubClient,
  target: { owner: string; repo: string; issue: number },
  gate: string,
  body: string,
  createIfMissing: boolean,
): Promise<StickyCommentResult> {
  const marker = markerFor(gate);
  const full = fit(`${marker}\n${body}`);
  const { owner, repo, issue } = target;
  const comments = await callGitHub(
    `listing the comments of PR #${issue}`,
    'Pull requests: read',
    () =>
      octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      }),
  );
  // Bots' comments first: a person quoting the marker does not capture the sticky comment.
  const mine = comments
    .filter((c) => c.body?.startsWith(marker))
    .sort((a, b) => Number(b.user?.type === 'Bot') - Number(a.user?.type === 'Bot'));
  for (const existing of mine) {
    if (existing.body === full) return { action: 'unchanged', id: existing.id };
    try {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: full });
      return { action: 'updated', id: existing.id };
    } catch (error) {
      // Someone else's comment carrying the marker: not ours to edit; try the next or create.
      if ((error as { status?: unknown }).status !== 403) {
        await callGitHub(`updating comment ${existing.id}`, 'Pull requests: write', () =>
          Promise.reject(error),
        );
      }
    }
  }
  if (!createIfMissing) return { action: 'skipped' };
  const { data } = await callGitHub(
    `commenting on PR #${issue}`,
    'Pull requests: write (`permissions: pull-requests: write`)',
    () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: full }),
  );
  return { action: 'created', id: data.id };
}

function fit(text: string): string {
  if (text.length <= COMMENT_LIMIT) return text;
  const note = '\n\n… (truncated; the job summary has the full report)';
  return text.slice(0, COMMENT_LIMIT - note.length) + note;
}
