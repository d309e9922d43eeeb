/**
 * Response bodies built from the examples GitHub's OpenAPI description ships, with the fields a
 * scenario cares about overridden. Where an upstream example lags its own schema (a missing
 * required field), the field is filled here; the server still validates every body it sends.
 */
import { createHash } from 'node:crypto';
import { githubOpenApi } from './openapi.js';

type Json = Record<string, unknown>;

export const API = 'https://api.github.com';

function example<T = Json>(name: string): T {
  return githubOpenApi().example(name) as T;
}

/** A stable numeric id per login so user objects look like GitHub's. */
export function userId(login: string): number {
  return parseInt(createHash('sha256').update(login).digest('hex').slice(0, 8), 16);
}

export function simpleUser(login: string, type: 'User' | 'Bot' = 'User'): Json {
  const base = example<Json[]>('pull-request-review-items')[0]!.user as Json;
  const id = userId(login);
  return {
    ...base,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    url: `${API}/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    type,
  };
}

export interface ReviewFacts {
  id: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  /** Absent: the response leaves submitted_at out, as the OpenAPI description allows. */
  submittedAt?: string;
  body?: string;
}

export function review(owner: string, repo: string, pr: number, r: ReviewFacts): Json {
  const base = example<Json[]>('pull-request-review-items')[0]!;
  const pullUrl = `${API}/repos/${owner}/${repo}/pulls/${pr}`;
  const htmlPr = `https://github.com/${owner}/${repo}/pull/${pr}`;
  const out: Json = {
    ...base,
    id: r.id,
    node_id: Buffer.from(`017:PullRequestReview${r.id}`).toString('base64'),
    user: simpleUser(r.login),
    body: r.body ?? '',
    state: r.state,
    commit_id: r.commitId,
    html_url: `${htmlPr}#pullrequestreview-${r.id}`,
    pull_request_url: pullUrl,
    _links: {
      html: { href: `${htmlPr}#pullrequestreview-${r.id}` },
      pull_request: { href: pullUrl },
    },
    author_association: 'COLLABORATOR',
  };
  // A pending review has no submission time yet; other reviews may lack one too.
  if (r.state === 'PENDING' || r.submittedAt === undefined) delete out.submitted_at;
  else out.submitted_at = r.submittedAt;
  return out;
}

export interface PullFacts {
  number: number;
  author: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  state: 'open' | 'closed';
  merged: boolean;
  mergeCommitSha: string | null;
  changedFiles: number;
}

function fixPullRequest(pr: Json): Json {
  pr.requested_teams = [];
  pr.requested_reviewers = [];
  return pr;
}

function applyPull(base: Json, owner: string, repo: string, p: PullFacts): Json {
  const url = `${API}/repos/${owner}/${repo}/pulls/${p.number}`;
  const head = base.head as Json;
  const baseRef = base.base as Json;
  return {
    ...base,
    url,
    id: 1_000_000 + p.number,
    number: p.number,
    html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    state: p.state,
    user: simpleUser(p.author),
    merged_at: p.merged ? '2026-01-02T00:00:00Z' : null,
    closed_at: p.state === 'closed' ? '2026-01-02T00:00:00Z' : null,
    merge_commit_sha: p.mergeCommitSha,
    head: {
      ...head,
      sha: p.headSha,
      ref: p.headRef,
      label: `${owner}:${p.headRef}`,
      user: simpleUser(owner),
    },
    base: {
      ...baseRef,
      sha: p.baseSha,
      ref: p.baseRef,
      label: `${owner}:${p.baseRef}`,
      user: simpleUser(owner),
    },
  };
}

export function pullRequest(owner: string, repo: string, p: PullFacts): Json {
  const out = applyPull(fixPullRequest(example('pull-request')), owner, repo, p);
  return {
    ...out,
    merged: p.merged,
    changed_files: p.changedFiles,
    commits: 1,
    additions: 1,
    deletions: 0,
  };
}

export function pullRequestSimple(owner: string, repo: string, p: PullFacts): Json {
  return applyPull(
    fixPullRequest(example<Json[]>('pull-request-simple-items')[0]!),
    owner,
    repo,
    p,
  );
}

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousFilename?: string;
  blobSha: string;
}

export function diffEntry(owner: string, repo: string, f: FileChange): Json {
  const base = example<Json[]>('diff-entry-items')[0]!;
  const out: Json = {
    ...base,
    sha: f.blobSha,
    filename: f.filename,
    status: f.status,
    blob_url: `https://github.com/${owner}/${repo}/blob/${f.blobSha}/${f.filename}`,
    raw_url: `https://github.com/${owner}/${repo}/raw/${f.blobSha}/${f.filename}`,
    contents_url: `${API}/repos/${owner}/${repo}/contents/${encodeURIComponent(f.filename)}`,
  };
  if (f.previousFilename) out.previous_filename = f.previousFilename;
  else delete out.previous_filename;
  return out;
}

export function collaboratorPermission(login: string, permission: string, roleName: string): Json {
  const base = example('repository-collaborator-permission-response-if-user-has-admin-permissions');
  const user = {
    ...simpleUser(login),
    permissions: permissionFlags(permission),
    role_name: roleName,
  };
  return { ...base, permission, role_name: roleName, user };
}

function permissionFlags(permission: string): Json {
  const rank = ['none', 'read', 'write', 'admin'].indexOf(permission);
  return {
    pull: rank >= 1,
    triage: rank >= 1,
    push: rank >= 2,
    maintain: rank >= 2,
    admin: rank >= 3,
  };
}

export function teamFull(org: string, slug: string): Json {
  const base = example('team-full');
  const organization = { ...(base.organization as Json), login: org, archived_at: null };
  return {
    ...base,
    slug,
    name: slug,
    type: 'organization',
    url: `${API}/orgs/${org}/teams/${slug}`,
    html_url: `https://github.com/orgs/${org}/teams/${slug}`,
    organization,
  };
}

export function teamMembership(
  org: string,
  slug: string,
  login: string,
  state: 'active' | 'pending',
): Json {
  return { url: `${API}/orgs/${org}/teams/${slug}/memberships/${login}`, role: 'member', state };
}

/** Git's blob id of some bytes: what the contents API reports as `sha`. */
export function gitBlobSha(bytes: Buffer | string): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

export function contentFile(
  owner: string,
  repo: string,
  path: string,
  ref: string,
  bytes: Buffer,
): Json {
  const base = example('content-file-response-if-content-is-a-file');
  const sha = gitBlobSha(bytes);
  const name = path.split('/').pop()!;
  const url = `${API}/repos/${owner}/${repo}/contents/${path}?ref=${ref}`;
  return {
    ...base,
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name,
    path,
    content: bytes.toString('base64'),
    sha,
    url,
    git_url: `${API}/repos/${owner}/${repo}/git/blobs/${sha}`,
    html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${path}`,
    download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
    _links: {
      git: `${API}/repos/${owner}/${repo}/git/blobs/${sha}`,
      self: url,
      html: `https://github.com/${owner}/${repo}/blob/${ref}/${path}`,
    },
  };
}

export function commitStatus(
  id: number,
  s: {
    state: string;
    context: string;
    description: string | null;
    targetUrl: string | null;
    creator: string;
  },
): Json {
  const base = example('status');
  return {
    ...base,
    id,
    node_id: Buffer.from(`06:Status${id}`).toString('base64'),
    state: s.state,
    context: s.context,
    description: s.description,
    target_url: s.targetUrl,
    creator: simpleUser(s.creator, 'Bot'),
    created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString().replace('.000', ''),
    updated_at: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString().replace('.000', ''),
  };
}

export function issueComment(
  owner: string,
  repo: string,
  issue: number,
  c: { id: number; body: string; login: string },
): Json {
  const base = example('issue-comment');
  return {
    ...base,
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    body: c.body,
    user: simpleUser(c.login, c.login.endsWith('[bot]') ? 'Bot' : 'User'),
    url: `${API}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `${API}/repos/${owner}/${repo}/issues/${issue}`,
  };
}

export function commitItem(owner: string, repo: string, sha: string, message: string): Json {
  const base = example<Json[]>('commit-items')[0]!;
  const commit = { ...(base.commit as Json), message };
  return {
    ...base,
    sha,
    url: `${API}/repos/${owner}/${repo}/commits/${sha}`,
    html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
    commit,
  };
}

export function branchWithProtection(
  owner: string,
  repo: string,
  branch: string,
  sha: string,
  contexts: string[] | null,
): Json {
  const base = example('branch-with-protection');
  const protection = base.protection as Json;
  const out: Json = {
    ...base,
    name: branch,
    commit: { ...(base.commit as Json), sha },
    protected: contexts !== null,
    protection_url: `${API}/repos/${owner}/${repo}/branches/${branch}/protection`,
  };
  out.protection =
    contexts === null
      ? {
          enabled: false,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        }
      : {
          ...protection,
          enabled: true,
          required_status_checks: {
            enforcement_level: 'non_admins',
            contexts,
            checks: contexts.map((context) => ({ context, app_id: null })),
          },
        };
  return out;
}

export function ruleRequiredStatusChecks(contexts: string[]): Json {
  return {
    type: 'required_status_checks',
    ruleset_source_type: 'Repository',
    ruleset_source: 'ruleset',
    ruleset_id: 42,
    parameters: {
      strict_required_status_checks_policy: false,
      required_status_checks: contexts.map((context) => ({ context })),
    },
  };
}

export function rulePullRequest(dismissStale: boolean, lastPushApproval = false): Json {
  return {
    type: 'pull_request',
    ruleset_source_type: 'Repository',
    ruleset_source: 'ruleset',
    ruleset_id: 42,
    parameters: {
      dismiss_stale_reviews_on_push: dismissStale,
      require_code_owner_review: false,
      require_last_push_approval: lastPushApproval,
      required_approving_review_count: 1,
      required_review_thread_resolution: false,
    },
  };
}

export function workflowRun(
  owner: string,
  repo: string,
  r: { id: number; event: string; path: string; headSha: string; conclusion: string },
): Json {
  const base = example('workflow-run');
  return {
    ...base,
    id: r.id,
    event: r.event,
    path: r.path,
    head_sha: r.headSha,
    status: 'completed',
    conclusion: r.conclusion,
    url: `${API}/repos/${owner}/${repo}/actions/runs/${r.id}`,
    html_url: `https://github.com/${owner}/${repo}/actions/runs/${r.id}`,
  };
}

/** Classic push restrictions (`branch-restriction-policy`): GitHub's example, with these actors. */
export function restrictionPolicy(
  owner: string,
  repo: string,
  branch: string,
  actors: { users: string[]; teams: string[]; apps: string[] },
): Json {
  const base = example('branch-restriction-policy');
  const url = `${API}/repos/${owner}/${repo}/branches/${branch}/protection/restrictions`;
  const [user] = base.users as Json[];
  const [team] = base.teams as Json[];
  const [app] = base.apps as Json[];
  return {
    ...base,
    url,
    users_url: `${url}/users`,
    teams_url: `${url}/teams`,
    apps_url: `${url}/apps`,
    users: actors.users.map((login) => ({ ...user, login, id: userId(login) })),
    teams: actors.teams.map((slug) => ({
      ...team,
      type: 'organization',
      slug,
      name: slug,
      id: userId(`team:${slug}`),
    })),
    apps: actors.apps.map((slug) => ({ ...app, slug, name: slug, id: userId(`app:${slug}`) })),
  };
}

export interface ClassicProtectionFacts {
  /** required_status_checks.contexts (and checks); null or absent → the block is left out. */
  contexts?: string[] | null;
  /** Push restrictions; absent → `restrictions` is left out (nobody is restricted). */
  restrictions?: { users: string[]; teams: string[]; apps: string[] };
  /**
   * required_pull_request_reviews: `count` absent leaves required_approving_review_count out (the
   * description makes it optional); `bypass` are logins in bypass_pull_request_allowances;
   * `dismissStale` is dismiss_stale_reviews (default false).
   */
  reviews?: { count?: number; bypass?: string[]; dismissStale?: boolean };
  /** enforce_admins.enabled; absent → the block is left out. */
  enforceAdmins?: boolean;
}

/**
 * Classic branch protection (`branch-protection`), built from the facts: every block the
 * description makes optional is left out unless the facts give it. (GitHub's own example lacks
 * the required `checks`, so it is not the base.)
 */
export function branchProtection(
  owner: string,
  repo: string,
  branch: string,
  facts: ClassicProtectionFacts,
): Json {
  const url = `${API}/repos/${owner}/${repo}/branches/${branch}/protection`;
  const out: Json = {
    url,
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    required_conversation_resolution: { enabled: false },
  };
  if (facts.contexts)
    out.required_status_checks = {
      url: `${url}/required_status_checks`,
      enforcement_level: 'non_admins',
      contexts: facts.contexts,
      checks: facts.contexts.map((context) => ({ context, app_id: null })),
      contexts_url: `${url}/required_status_checks/contexts`,
      strict: false,
    };
  if (facts.enforceAdmins !== undefined)
    out.enforce_admins = { url: `${url}/enforce_admins`, enabled: facts.enforceAdmins };
  if (facts.reviews) {
    const user = (example('branch-restriction-policy').users as Json[])[0]!;
    out.required_pull_request_reviews = {
      url: `${url}/required_pull_request_reviews`,
      dismiss_stale_reviews: facts.reviews.dismissStale ?? false,
      require_code_owner_reviews: false,
      require_last_push_approval: false,
      ...(facts.reviews.count !== undefined
        ? { required_approving_review_count: facts.reviews.count }
        : {}),
      ...(facts.reviews.bypass
        ? {
            bypass_pull_request_allowances: {
              users: facts.reviews.bypass.map((login) => ({ ...user, login, id: userId(login) })),
              teams: [],
              apps: [],
            },
          }
        : {}),
    };
  }
  if (facts.restrictions)
    out.restrictions = restrictionPolicy(owner, repo, branch, facts.restrictions);
  return out;
}
