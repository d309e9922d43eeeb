/**
 * What the review gate reads about a repository and its pull requests, through the API and as
 * data only (no PR code is ever checked out or run). Every read is memoized for the run, every
 * list is paginated (100 per page), and every failure is a GitHubApiError: callers fail closed.
 */
import { callGitHub, GitHubApiError, type GitHubClient } from './client.js';
import type { ReviewRecord } from './review-rules.js';
import { TeamResolver } from './teams.js';

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_CAP = 3000;

export interface PullSnapshot {
  number: number;
  author: string;
  headSha: string;
  baseSha: string;
  baseRef: string;
  state: string;
  merged: boolean;
  changedFiles: number;
}

export interface ChangedFile {
  filename: string;
  status: string;
  previousFilename?: string;
}

const PERM = {
  pulls: 'Pull requests: read (`permissions: pull-requests: read`)',
  contents: 'Contents: read (`permissions: contents: read`)',
  metadata: 'Metadata: read (always granted to GITHUB_TOKEN)',
};

export class RepoFacts {
  readonly owner: string;
  readonly repo: string;
  readonly teams: TeamResolver;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly octokit: GitHubClient,
    repository: string,
  ) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length)
      throw new GitHubApiError(`not an owner/name repository: ${repository}`, undefined, 'invalid');
    this.owner = owner;
    this.repo = repo;
    this.teams = new TeamResolver(octokit);
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.memo.set(key, value);
    }
    return value;
  }

  pull(number: number): Promise<PullSnapshot> {
    return this.once(`pull:${number}`, async () => {
      const { data } = await callGitHub(`reading pull request #${number}`, PERM.pulls, () =>
        this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }),
      );
      return {
        number,
        author: data.user.login,
        headSha: data.head.sha,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        state: data.state,
        merged: data.merged,
        changedFiles: data.changed_files,
      };
    });
  }

  /** Files the PR adds, changes, renames or removes; fails closed beyond GitHub's 3000-file cap. */
  pullFiles(number: number): Promise<ChangedFile[]> {
    return this.once(`files:${number}`, async () => {
      const pull = await this.pull(number);
      const tooMany = (): GitHubApiError =>
        new GitHubApiError(
          `pull request #${number} changes ${pull.changedFiles} files; GitHub lists at most ${PULL_FILES_CAP}, so the gate cannot tell which exception files it changes (split the pull request)`,
          undefined,
          'invalid',
        );
      if (pull.changedFiles > PULL_FILES_CAP) throw tooMany();
      const files = await callGitHub(
        `listing the files of pull request #${number}`,
        PERM.pulls,
        () =>
          this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
            owner: this.owner,
            repo: this.repo,
            pull_number: number,
            per_page: 100,
          }),
      );
      if (files.length >= PULL_FILES_CAP) throw tooMany();
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
      }));
    });
  }

  reviews(number: number): Promise<ReviewRecord[]> {
    return this.once(`reviews:${number}`, async () => {
      const reviews = await callGitHub(
        `listing the reviews of pull request #${number}`,
        PERM.pulls,
        () =>
          this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
            owner: this.owner,
            repo: this.repo,
            pull_number: number,
            per_page: 100,
          }),
      );
      // A review whose author was deleted has no user: it cannot count for anyone.
      const records = reviews
        .filter((r) => r.user)
        .map((r) => ({
          id: r.id,
          login: r.user!.login,
          state: r.state,
          commitId: r.commit_id,
          submittedAt: r.submitted_at ?? null,
        }));
      return records;
    });
  }

  /**
   * The git blob id of `path` at `ref`, or null when no file is there (absent, or a directory or
   * link). A 404 cannot tell "absent" from "no access": callers only treat null as "changed".
   */
  blobSha(path: string, ref: string): Promise<string | null> {
    return this.once(`blob:${ref}:${path}`, async () => {
      try {
        const { data } = await this.octokit.rest.repos.getContent({
          owner: this.owner,
          repo: this.repo,
          path,
          ref,
        });
        return !Array.isArray(data) && data.type === 'file' ? data.sha : null;
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return null;
        return callGitHub(`reading ${path} at ${ref.slice(0, 7)}`, PERM.contents, () =>
          Promise.reject(error),
        );
      }
    });
  }

  /** write, maintain or admin (the legacy `permission` field folds maintain into write). */
  hasWriteAccess(login: string): Promise<boolean> {
    return this.once(`perm:${login.toLowerCase()}`, async () => {
      try {
        const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
          owner: this.owner,
          repo: this.repo,
          username: login,
        });
        return data.permission === 'admin' || data.permission === 'write';
      } catch (error) {
        // Not a collaborator (or no such user): no write access.
        if ((error as { status?: unknown }).status === 404) return false;
        return callGitHub(`reading @${login}'s permission`, PERM.metadata, () =>
          Promise.reject(error),
        );
      }
    });
  }

  /** The newest commit reachable from `ref` that changed `path`, or undefined. */
  lastCommitTouching(path: string, ref: string): Promise<string | undefined> {
    return this.once(`last:${ref}:${path}`, async () => {
      const { data } = await callGitHub(
        `finding the last commit that changed ${path}`,
        PERM.contents,
        () =>
          this.octokit.rest.repos.listCommits({
            owner: this.owner,
            repo: this.repo,
            path,
            sha: ref,
            per_page: 1,
          }),
      );
      return data[0]?.sha;
    });
  }

  /** Merged pull requests associated with a commit (how a file reached the branch). */
  mergedPullsOf(commitSha: string): Promise<number[]> {
    return this.once(`pulls-of:${commitSha}`, async () => {
      const pulls = await callGitHub(
        `finding the pull request that merged ${commitSha.slice(0, 7)}`,
        PERM.pulls,
        () =>
          this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
            owner: this.owner,
            repo: this.repo,
            commit_sha: commitSha,
            per_page: 100,
          }),
      );
      return pulls.filter((p) => p.merged_at).map((p) => p.number);
    });
  }
}
