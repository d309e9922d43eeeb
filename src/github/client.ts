/**
 * The one way pipeguard talks to GitHub's REST API: @octokit/rest (with pagination) plus the
 * retry plugin (5xx back-off) and the throttling plugin (primary and secondary rate limits),
 * pointed at `GITHUB_API_URL` so GHES and the tests' loopback server work the same way.
 *
 * Every call goes through `callGitHub`, which turns any failure into a `GitHubApiError` whose
 * message says what was being read, what GitHub answered, and which permission would fix it. The
 * callers treat such an error as "not approved": the gate fails closed.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../checks/types.js';

const PipeguardOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof PipeguardOctokit>;

type Env = Readonly<Record<string, string | undefined>>;

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`: https://api.github.com, https://HOST/api/v3 on GHES, a loopback URL in tests. */
  baseUrl: string;
  log?: Logger;
  /** 5xx responses are retried this many times (default 3)… */
  retries?: number;
  /** …after retryCount² × this many milliseconds (default 1000). */
  retryDelayMs?: number;
  /** Wait for a rate-limit reset at most this long, once; beyond it the gate fails closed (default 60). */
  maxRateLimitWaitSeconds?: number;
  /** Per-request timeout (default 30 s): a hung connection never hangs the gate. */
  requestTimeoutMs?: number;
  userAgent?: string;
}

/**
 * The token the gate uses: the Action input `github-token`, else `GITHUB_TOKEN`, else `GH_TOKEN`.
 * Empty strings count as absent.
 */
export function githubTokenFrom(env: Env): string | undefined {
  for (const name of ['INPUT_GITHUB-TOKEN', 'INPUT_GITHUB_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN']) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Client options from the environment: base URL from `GITHUB_API_URL`, tuning knobs for tests. */
export function clientOptionsFrom(env: Env, token: string, log?: Logger): GitHubClientOptions {
  const number = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  return {
    token,
    baseUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    log,
    retries: number('PIPEGUARD_GITHUB_RETRIES'),
    retryDelayMs: number('PIPEGUARD_GITHUB_RETRY_DELAY_MS'),
    maxRateLimitWaitSeconds: number('PIPEGUARD_GITHUB_MAX_RATE_LIMIT_WAIT'),
  };
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const timedFetch: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  return new PipeguardOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? 'pipeguard',
    request: { fetch: timedFetch },
    log: {
      debug: (message: string) => log?.debug(message),
      info: (message: string) => log?.debug(message),
      warn: (message: string) => log?.debug(message),
      error: (message: string) => log?.debug(message),
    },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: options.retryDelayMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: 1000,
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        const wait = retryCount === 0 && retryAfter <= maxWait;
        log?.warn(
          `GitHub rate limit exhausted on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : 'not waiting'}`,
        );
        return wait;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        const wait = retryCount < 2 && retryAfter <= maxWait;
        log?.warn(
          `GitHub secondary rate limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : 'not waiting'}`,
        );
        return wait;
      },
    },
  });
}

/** A GitHub call that failed, described for the job summary; the gate stays closed. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly kind:
      'auth' | 'forbidden' | 'not-found' | 'rate-limit' | 'server' | 'network' | 'invalid',
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/**
 * Run one GitHub request; on failure throw a GitHubApiError naming `what` was being read and,
 * for 403/404, the permission that would make it readable (`permission`).
 */
export async function callGitHub<T>(
  what: string,
  permission: string,
  request: () => Promise<T>,
): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw describeGitHubError(error, what, permission);
  }
}

export function describeGitHubError(
  error: unknown,
  what: string,
  permission: string,
): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  const data = e.response?.data;
  const apiMessage =
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : typeof e.message === 'string'
        ? e.message
        : String(error);
  const said = oneLineOf(apiMessage);
  // Octokit reports a failed fetch (refused, reset, timed out) as status 500 without a response.
  if (status === undefined || e.response === undefined) {
    const cause = (error as { cause?: { code?: string; cause?: { code?: string } } }).cause;
    const code = cause?.code ?? cause?.cause?.code;
    return new GitHubApiError(
      `could not reach GitHub while ${what}: ${said}${code ? ` (${code})` : ''}`,
      undefined,
      'network',
    );
  }
  if (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said) || status === 429) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when =
      Number.isFinite(reset) && reset > 0
        ? `; it resets at ${new Date(reset * 1000).toISOString()}`
        : '';
    return new GitHubApiError(
      `GitHub's API rate limit stopped ${what} (HTTP ${status}: ${said})${when}; re-run the job after the reset`,
      status,
      'rate-limit',
    );
  }
  if (status === 401) {
    return new GitHubApiError(
      `GitHub rejected the token while ${what} (HTTP 401: ${said})`,
      status,
      'auth',
    );
  }
  if (status === 403) {
    return new GitHubApiError(
      `GitHub refused ${what} (HTTP 403: ${said}); the token needs ${permission}`,
      status,
      'forbidden',
    );
  }
  if (status === 404) {
    return new GitHubApiError(
      `GitHub answered 404 while ${what}: it does not exist, or the token cannot see it (needs ${permission})`,
      status,
      'not-found',
    );
  }
  if (status >= 500) {
    return new GitHubApiError(
      `GitHub failed while ${what} (HTTP ${status}: ${said}, after retries)`,
      status,
      'server',
    );
  }
  return new GitHubApiError(
    `GitHub answered HTTP ${status} while ${what}: ${said}`,
    status,
    'invalid',
  );
}

function oneLineOf(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
