/**
 * Where a run was stamped, in the vocabulary of GitHub's SLSA buildType (workflow ref, repository,
 * path; event, ids, runner environment) and Fulcio's OIDs. Outside CI: `ci: null` and a local builder,
 * with no user or host names recorded.
 */
import { arch, platform } from 'node:os';
import type { CiContext } from '../../github/context.js';
import { InputError } from '../../util/errors.js';

export interface GitHubActionsFacts {
  provider: 'github-actions';
  server_url: string;
  repository: string;
  repository_id?: string;
  repository_owner_id?: string;
  workflow_ref?: string;
  workflow_sha?: string | null;
  event_name: string;
  ref?: string;
  sha?: string | null;
  actor?: string;
  actor_id?: string;
  triggering_actor?: string;
  run_id: string;
  run_attempt: string;
  run_number?: string;
  runner_environment?: string;
  runner_os?: string;
  runner_arch?: string;
  invocation_url: string;
  pull_request?: {
    number: number;
    head_sha: string;
    head_ref?: string;
    base_sha: string;
    base_ref?: string;
    author?: string;
  };
}

export interface BuilderFacts {
  id: string;
  kind: 'github-actions' | 'local';
  platform?: string;
  node?: string;
}

export const LOCAL_BUILDER_ID = 'https://pipeguard.dev/builders/local/v1';

type Env = Readonly<Record<string, string | undefined>>;

/** The GitHub Actions facts of this run, or null outside GitHub Actions. */
export function collectCiFacts(ci: CiContext, env: Env): GitHubActionsFacts | null {
  if (!ci.isGitHubActions) return null;
  const missing = (
    [
      ['GITHUB_REPOSITORY', ci.repository],
      ['GITHUB_EVENT_NAME', ci.eventName],
      ['GITHUB_RUN_ID', ci.runId],
    ] as const
  )
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    // Fail closed: a half-described CI run would look like trustworthy provenance.
    throw new InputError(
      `GITHUB_ACTIONS is true but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set`,
    );
  }
  const repository = ci.repository!;
  const runId = ci.runId!;
  const runAttempt = ci.runAttempt || '1';
  const facts: GitHubActionsFacts = {
    provider: 'github-actions',
    server_url: ci.serverUrl,
    repository,
    ...defined({
      repository_id: env.GITHUB_REPOSITORY_ID,
      repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID,
      workflow_ref: ci.workflowRef,
    }),
    workflow_sha: objectIdOrNull(ci.workflowSha),
    event_name: ci.eventName!,
    ...defined({ ref: ci.ref }),
    sha: objectIdOrNull(ci.sha),
    ...defined({
      actor: ci.actor,
      actor_id: env.GITHUB_ACTOR_ID,
      triggering_actor: env.GITHUB_TRIGGERING_ACTOR,
    }),
    run_id: runId,
    run_attempt: runAttempt,
    ...defined({
      run_number: ci.runNumber,
      runner_environment: ci.runnerEnvironment,
      runner_os: env.RUNNER_OS,
      runner_arch: env.RUNNER_ARCH,
    }),
    invocation_url: `${ci.serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`,
  };
  if (ci.pullRequest) {
    facts.pull_request = {
      number: ci.pullRequest.number,
      head_sha: ci.pullRequest.headSha.toLowerCase(),
      base_sha: ci.pullRequest.baseSha.toLowerCase(),
      ...defined({
        head_ref: ci.pullRequest.headRef || undefined,
        base_ref: ci.pullRequest.baseRef || undefined,
        author: ci.pullRequest.author || undefined,
      }),
    };
  }
  return facts;
}

/**
 * SLSA builder.id: the workflow (server URL + workflow ref), as actions/attest derives it from the
 * job_workflow_ref claim; outside CI, pipeguard's local builder with platform and Node version.
 */
export function builderFacts(ci: GitHubActionsFacts | null): BuilderFacts {
  if (ci) {
    return {
      id: ci.workflow_ref
        ? `${ci.server_url}/${ci.workflow_ref}`
        : `${ci.server_url}/${ci.repository}/actions`,
      kind: 'github-actions',
    };
  }
  return {
    id: LOCAL_BUILDER_ID,
    kind: 'local',
    platform: `${platform()}-${arch()}`,
    node: process.version,
  };
}

/**
 * The buildType's `workflow.path`: the workflow ref minus the `owner/repo/` prefix and the `@ref`
 * suffix (both the path and the ref may contain `@`, so the known ref is stripped when it matches).
 */
export function workflowPath(ci: GitHubActionsFacts): string | undefined {
  const ref = ci.workflow_ref;
  if (!ref) return undefined;
  const prefix = `${ci.repository}/`;
  let rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : ref;
  if (ci.ref && rest.endsWith(`@${ci.ref}`)) rest = rest.slice(0, -(ci.ref.length + 1));
  else {
    const at = rest.indexOf('@refs/');
    if (at >= 0) rest = rest.slice(0, at);
    else if (rest.lastIndexOf('@') > 0) rest = rest.slice(0, rest.lastIndexOf('@'));
  }
  return rest;
}

function objectIdOrNull(value: string | undefined): string | null {
  const lower = value?.toLowerCase();
  return lower && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lower) ? lower : null;
}

function defined<T extends Record<string, string | undefined>>(
  record: T,
): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {};
  for (const [key, value] of Object.entries(record)) if (value) out[key as keyof T] = value;
  return out;
}
