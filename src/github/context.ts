/**
 * GitHub Actions facts read from the runner's documented environment contract (GITHUB_* variables
 * and the event payload at GITHUB_EVENT_PATH). Pure: no @actions/* import, so checks may use it and
 * the CLI sees the same facts as the Action when it runs inside a workflow.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';

export interface PullRequestFacts {
  number: number;
  baseSha: string;
  baseRef: string;
  /** The PR head commit: what was reviewed and what provenance records, never the merge commit. */
  headSha: string;
  headRef: string;
  author: string;
}

export interface CiContext {
  /** True under a GitHub Actions runner (GITHUB_ACTIONS=true). */
  isGitHubActions: boolean;
  eventName?: string;
  /** The parsed webhook payload of the triggering event. */
  event?: Record<string, unknown>;
  /** owner/name */
  repository?: string;
  serverUrl: string;
  apiUrl: string;
  sha?: string;
  ref?: string;
  actor?: string;
  runId?: string;
  runAttempt?: string;
  runNumber?: string;
  workflowRef?: string;
  workflowSha?: string;
  runnerEnvironment?: string;
  pullRequest?: PullRequestFacts;
  push?: { before: string; after: string };
}

type Env = Readonly<Record<string, string | undefined>>;

export function readCiContext(env: Env): CiContext {
  const isGitHubActions = env.GITHUB_ACTIONS === 'true';
  const eventPath = env.GITHUB_EVENT_PATH;
  let event: Record<string, unknown> | undefined;
  if (eventPath) {
    let text: string;
    try {
      text = readFileSync(eventPath, 'utf8');
    } catch {
      throw new InputError('GITHUB_EVENT_PATH cannot be read', eventPath);
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isRecord(parsed)) throw new Error('not an object');
      event = parsed;
    } catch {
      throw new InputError('the event payload is not a JSON object', eventPath);
    }
  }
  const eventName = env.GITHUB_EVENT_NAME;
  return {
    isGitHubActions,
    eventName,
    event,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    actor: env.GITHUB_ACTOR,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    runNumber: env.GITHUB_RUN_NUMBER,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    workflowSha: env.GITHUB_WORKFLOW_SHA,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
    pullRequest: event ? pullRequestOf(event) : undefined,
    push: eventName === 'push' && event ? pushOf(event) : undefined,
  };
}

function pullRequestOf(event: Record<string, unknown>): PullRequestFacts | undefined {
  const pr = event.pull_request;
  if (!isRecord(pr)) return undefined;
  const base = isRecord(pr.base) ? pr.base : {};
  const head = isRecord(pr.head) ? pr.head : {};
  const user = isRecord(pr.user) ? pr.user : {};
  if (
    typeof pr.number !== 'number' ||
    typeof head.sha !== 'string' ||
    typeof base.sha !== 'string'
  ) {
    return undefined;
  }
  return {
    number: pr.number,
    baseSha: base.sha,
    baseRef: typeof base.ref === 'string' ? base.ref : '',
    headSha: head.sha,
    headRef: typeof head.ref === 'string' ? head.ref : '',
    author: typeof user.login === 'string' ? user.login : '',
  };
}

function pushOf(event: Record<string, unknown>): { before: string; after: string } | undefined {
  return typeof event.before === 'string' && typeof event.after === 'string'
    ? { before: event.before, after: event.after }
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
