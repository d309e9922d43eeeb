export const id = 6584;
export const ids = [6584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   callGitHub: () => (/* binding */ callGitHub),
/* harmony export */   clientOptionsFrom: () => (/* binding */ clientOptionsFrom),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   describeGitHubError: () => (/* binding */ describeGitHubError),
/* harmony export */   githubTokenFrom: () => (/* binding */ githubTokenFrom)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2264);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The one way pipeguard talks to GitHub's REST API: @octokit/rest (with pagination) plus the
 * retry plugin (5xx back-off) and the throttling plugin (primary and secondary rate limits),
 * pointed at `GITHUB_API_URL` so GHES and the tests' loopback server work the same way.
 *
 * Every call goes through `callGitHub`, which turns any failure into a `GitHubApiError` whose
 * message says what was being read, what GitHub answered, and which permission would fix it. The
 * callers treat such an error as "not approved": the gate fails closed.
 */



const PipeguardOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/**
 * The token the gate uses: the Action input `github-token`, else `GITHUB_TOKEN`, else `GH_TOKEN`.
 * Empty strings count as absent.
 */
function githubTokenFrom(env) {
    for (const name of ['INPUT_GITHUB-TOKEN', 'INPUT_GITHUB_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN']) {
        const value = env[name]?.trim();
        if (value)
            return value;
    }
    return undefined;
}
/** Client options from the environment: base URL from `GITHUB_API_URL`, tuning knobs for tests. */
function clientOptionsFrom(env, token, log) {
    const number = (name) => {
        const raw = env[name];
        if (raw === undefined || raw.trim() === '')
            return undefined;
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
function createGitHubClient(options) {
    const log = options.log;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const timeoutMs = options.requestTimeoutMs ?? 30_000;
    const timedFetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    return new PipeguardOctokit({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: options.userAgent ?? 'pipeguard',
        request: { fetch: timedFetch },
        log: {
            debug: (message) => log?.debug(message),
            info: (message) => log?.debug(message),
            warn: (message) => log?.debug(message),
            error: (message) => log?.debug(message),
        },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryDelayMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: 1000,
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const wait = retryCount === 0 && retryAfter <= maxWait;
                log?.warn(`GitHub rate limit exhausted on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : 'not waiting'}`);
                return wait;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const wait = retryCount < 2 && retryAfter <= maxWait;
                log?.warn(`GitHub secondary rate limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : 'not waiting'}`);
                return wait;
            },
        },
    });
}
/** A GitHub call that failed, described for the job summary; the gate stays closed. */
class GitHubApiError extends Error {
    status;
    kind;
    constructor(message, status, kind) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.name = 'GitHubApiError';
    }
}
/**
 * Run one GitHub request; on failure throw a GitHubApiError naming `what` was being read and,
 * for 403/404, the permission that would make it readable (`permission`).
 */
async function callGitHub(what, permission, request) {
    try {
        return await request();
    }
    catch (error) {
        throw describeGitHubError(error, what, permission);
    }
}
function describeGitHubError(error, what, permission) {
    if (error instanceof GitHubApiError)
        return error;
    const e = (typeof error === 'object' && error !== null ? error : {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const headers = e.response?.headers ?? {};
    const data = e.response?.data;
    const apiMessage = typeof data === 'object' &&
        data !== null &&
        typeof data.message === 'string'
        ? data.message
        : typeof e.message === 'string'
            ? e.message
            : String(error);
    const said = oneLineOf(apiMessage);
    // Octokit reports a failed fetch (refused, reset, timed out) as status 500 without a response.
    if (status === undefined || e.response === undefined) {
        const cause = error.cause;
        const code = cause?.code ?? cause?.cause?.code;
        return new GitHubApiError(`could not reach GitHub while ${what}: ${said}${code ? ` (${code})` : ''}`, undefined, 'network');
    }
    if (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said) || status === 429) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0
            ? `; it resets at ${new Date(reset * 1000).toISOString()}`
            : '';
        return new GitHubApiError(`GitHub's API rate limit stopped ${what} (HTTP ${status}: ${said})${when}; re-run the job after the reset`, status, 'rate-limit');
    }
    if (status === 401) {
        return new GitHubApiError(`GitHub rejected the token while ${what} (HTTP 401: ${said})`, status, 'auth');
    }
    if (status === 403) {
        return new GitHubApiError(`GitHub refused ${what} (HTTP 403: ${said}); the token needs ${permission}`, status, 'forbidden');
    }
    if (status === 404) {
        return new GitHubApiError(`GitHub answered 404 while ${what}: it does not exist, or the token cannot see it (needs ${permission})`, status, 'not-found');
    }
    if (status >= 500) {
        return new GitHubApiError(`GitHub failed while ${what} (HTTP ${status}: ${said}, after retries)`, status, 'server');
    }
    return new GitHubApiError(`GitHub answered HTTP ${status} while ${what}: ${said}`, status, 'invalid');
}
function oneLineOf(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}


/***/ })

};
