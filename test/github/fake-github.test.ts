/**
 * The loopback GitHub and the client factory, together: every endpoint the gate uses answers in
 * GitHub's documented shape, a wrong shape fails the test, pagination follows Link headers, and
 * each failure mode becomes a GitHubApiError with a reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, faults, type FakeGitHub } from './fake-github/server.js';
import { prScenario, OWNER, REPO, PR, HEAD_SHA, EXCEPTION_PATH } from './fake-github/scenario.js';
import {
  callGitHub,
  clientOptionsFrom,
  createGitHubClient,
  GitHubApiError,
  githubTokenFrom,
  type GitHubClient,
} from '../../src/github/client.js';

let gh: FakeGitHub | undefined;

afterEach(async () => {
  const server = gh;
  gh = undefined;
  await server?.close();
});

function client(server: FakeGitHub, token = 'test-token'): GitHubClient {
  return createGitHubClient({ token, baseUrl: server.url, retries: 2, retryDelayMs: 1 });
}

describe('loopback GitHub validated against the OpenAPI description', () => {
  it('serves every endpoint the gate uses in the documented shape', async () => {
    const s = prScenario();
    for (let i = 0; i < 3; i++) s.review('sam-sec', 'COMMENTED');
    s.review('mia-ml', 'APPROVED');
    s.scenario.commits.push({
      sha: HEAD_SHA,
      message: 'add exception',
      paths: [EXCEPTION_PATH],
      pulls: [PR],
    });
    gh = await startFakeGitHub(s.scenario);
    const octokit = client(gh);
    const repo = { owner: OWNER, repo: REPO };
    await octokit.rest.pulls.get({ ...repo, pull_number: PR });
    await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repo,
      pull_number: PR,
      per_page: 100,
    });
    await octokit.paginate(octokit.rest.pulls.listReviews, {
      ...repo,
      pull_number: PR,
      per_page: 100,
    });
    await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'mia-ml' });
    await octokit.rest.teams.getByName({ org: OWNER, team_slug: 'security' });
    await octokit.rest.teams.getMembershipForUserInOrg({
      org: OWNER,
      team_slug: 'security',
      username: 'sam-sec',
    });
    await octokit.rest.repos.getContent({ ...repo, path: EXCEPTION_PATH, ref: HEAD_SHA });
    await octokit.rest.repos.listCommits({
      ...repo,
      path: EXCEPTION_PATH,
      sha: HEAD_SHA,
      per_page: 1,
    });
    await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: HEAD_SHA,
    });
    await octokit.rest.repos.getBranch({ ...repo, branch: 'main' });
    await octokit.rest.repos.getBranchRules({ ...repo, branch: 'main' });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD_SHA,
      state: 'pending',
      context: 'pipeguard/eval-gate',
    });
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: PR,
      body: 'hello',
    });
    await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: 'updated',
    });
    await octokit.rest.issues.listComments({ ...repo, issue_number: PR });
    expect(gh.violations).toEqual([]);
    expect(gh.scenario.statuses).toHaveLength(1);
    expect(gh.scenario.comments[0]?.body).toBe('updated');
  });

  it('records a response GitHub would never send, and close() fails the test', async () => {
    const s = prScenario();
    s.scenario.faults.push({ match: /\/reviews/, status: 200, body: { not: 'an array' } });
    gh = await startFakeGitHub(s.scenario);
    await client(gh).rest.pulls.listReviews({ owner: OWNER, repo: REPO, pull_number: PR });
    expect(gh.violations.join('\n')).toMatch(/must be array/);
    const server = gh;
    gh = undefined;
    await expect(server.close()).rejects.toThrow(/GitHub would not produce/);
  });

  it('records requests to endpoints GitHub does not have, and bad request bodies', async () => {
    gh = await startFakeGitHub(prScenario().scenario);
    const octokit = client(gh);
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/approvals', { owner: OWNER, repo: REPO }),
    ).rejects.toThrow();
    await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner: OWNER,
      repo: REPO,
      sha: HEAD_SHA,
      state: 'neutral' as 'success',
    });
    expect(gh.violations.join('\n')).toMatch(/no such operation/);
    expect(gh.violations.join('\n')).toMatch(
      /request: \/state must be equal to one of the allowed values/,
    );
    gh.violations.length = 0;
  });

  it('paginates past 100 items with Link headers', async () => {
    const s = prScenario();
    for (let i = 0; i < 250; i++) s.review(`user-${i}`, 'COMMENTED');
    gh = await startFakeGitHub(s.scenario);
    const reviews = await client(gh).paginate(client(gh).rest.pulls.listReviews, {
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
      per_page: 100,
    });
    expect(reviews).toHaveLength(250);
    expect(gh.requests.filter((r) => r.includes('/reviews'))).toHaveLength(3);
  });
});

describe('client factory failure modes end in a GitHubApiError with a reason', () => {
  const read = (octokit: GitHubClient) =>
    callGitHub('reading the pull request', 'Pull requests: read', () =>
      octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: PR }),
    );

  it('retries a 500 and then gives up with the status', async () => {
    const s = prScenario();
    s.scenario.faults.push(faults.serverError(/\/pulls\/17$/));
    gh = await startFakeGitHub(s.scenario);
    const error = await read(client(gh)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).kind).toBe('server');
    expect((error as Error).message).toMatch(
      /GitHub failed while reading the pull request \(HTTP 500/,
    );
    expect(gh.requests.filter((r) => r.endsWith('/pulls/17'))).toHaveLength(3);
  });

  it('recovers when a 500 is transient', async () => {
    const s = prScenario();
    s.scenario.faults.push({ ...faults.serverError(/\/pulls\/17$/), times: 1 });
    gh = await startFakeGitHub(s.scenario);
    const response = await read(client(gh));
    expect(response.data.number).toBe(PR);
  });

  it('does not wait an hour for a rate-limit reset', async () => {
    const s = prScenario();
    s.scenario.faults.push(faults.rateLimited(/\/pulls\/17$/));
    gh = await startFakeGitHub(s.scenario);
    const error = (await read(client(gh)).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toMatch(
      /rate limit stopped reading the pull request .* resets at \d{4}-/,
    );
    expect(gh.requests.filter((r) => r.endsWith('/pulls/17'))).toHaveLength(1);
  });

  it('names the permission on 403 and the ambiguity on 404', async () => {
    const s = prScenario();
    s.scenario.faults.push(faults.forbidden(/\/pulls\/17$/));
    gh = await startFakeGitHub(s.scenario);
    const forbidden = (await read(client(gh)).catch((e: unknown) => e)) as GitHubApiError;
    expect(forbidden.message).toMatch(
      /refused reading the pull request \(HTTP 403: Resource not accessible by integration\); the token needs Pull requests: read/,
    );
    s.scenario.faults.length = 0;
    s.scenario.pulls.clear();
    const missing = (await read(client(gh)).catch((e: unknown) => e)) as GitHubApiError;
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toMatch(/does not exist, or the token cannot see it/);
  });

  it('reports a rejected token and an unreachable server', async () => {
    gh = await startFakeGitHub(prScenario().scenario);
    const bad = (await read(client(gh, 'wrong-token')).catch((e: unknown) => e)) as GitHubApiError;
    expect(bad.kind).toBe('auth');
    const url = gh.url;
    const server = gh;
    gh = undefined;
    await server.close();
    const offline = createGitHubClient({ token: 't', baseUrl: url, retries: 0 });
    const unreachable = (await read(offline).catch((e: unknown) => e)) as GitHubApiError;
    expect(unreachable.kind).toBe('network');
    expect(unreachable.message).toMatch(/could not reach GitHub while reading the pull request/);
  });

  it('waits out a short secondary rate limit, but not a long one', async () => {
    const s = prScenario();
    const secondary = (retryAfter: string, times?: number) => ({
      match: /\/pulls\/17$/,
      status: 403,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      headers: { 'retry-after': retryAfter },
      ...(times ? { times } : {}),
    });
    s.scenario.faults.push(secondary('1', 1));
    gh = await startFakeGitHub(s.scenario);
    expect((await read(client(gh))).data.number).toBe(PR);
    s.scenario.faults.push(secondary('3600'));
    const error = (await read(client(gh)).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toMatch(/secondary rate limit/);
  });

  it('talks to GitHub Enterprise Server under the /api/v3 path of GITHUB_API_URL', async () => {
    gh = await startFakeGitHub(prScenario().scenario, { basePath: '/api/v3' });
    expect(gh.url).toMatch(/\/api\/v3$/);
    const octokit = createGitHubClient(
      clientOptionsFrom({ GITHUB_API_URL: `${gh.url}/` }, 'test-token'),
    );
    expect((await read(octokit)).data.number).toBe(PR);
    expect(gh.requests).toEqual(['GET /api/v3/repos/acme/models/pulls/17']);
  });

  it('takes the token from the input, then GITHUB_TOKEN, then GH_TOKEN', () => {
    expect(githubTokenFrom({ 'INPUT_GITHUB-TOKEN': ' a ', GITHUB_TOKEN: 'b' })).toBe('a');
    expect(githubTokenFrom({ 'INPUT_GITHUB-TOKEN': '', GITHUB_TOKEN: 'b' })).toBe('b');
    expect(githubTokenFrom({ GH_TOKEN: 'c' })).toBe('c');
    expect(githubTokenFrom({})).toBeUndefined();
  });
});
