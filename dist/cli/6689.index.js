export const id = 6689;
export const ids = [6689,6584];
export const modules = {

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectDeployProtection: () => (/* binding */ inspectDeployProtection),
/* harmony export */   s: () => (/* binding */ inspectMergeBlocking)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Merge-blocking guidance that checks itself: read the base branch's effective rules (rulesets,
 * `GET /rules/branches/{branch}`) and its classic protection summary (`GET /branches/{branch}`),
 * and say in the summary when the gate's status is not a required check (a blocked gate would
 * not block the merge) or when stale approvals are not dismissed on push (by a ruleset, or by
 * classic protection when the token may read its settings; otherwise that cannot be confirmed).
 */


async function inspectMergeBlocking(octokit, repository, branch, context) {
    const warnings = [];
    let required = false;
    let dismissesStale = false;
    let rulesRead = false;
    try {
        const rules = await branchRules(octokit, repository, branch);
        rulesRead = true;
        if (rulesRequire(rules, context))
            required = true;
        for (const rule of rules) {
            if (rule.type === 'pull_request' && rule.parameters?.dismiss_stale_reviews_on_push === true)
                dismissesStale = true;
        }
    }
    catch (error) {
        warnings.push(`could not read the rulesets of ${branch}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}`);
        required = 'unknown';
        dismissesStale = 'unknown';
    }
    if (required !== true) {
        try {
            if (await classicRequires(octokit, repository, branch, context))
                required = true;
            else if (rulesRead)
                required = false;
        }
        catch (error) {
            warnings.push(`could not read the protection of ${branch}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}`);
        }
    }
    if (required === false) {
        warnings.push(`\`${context}\` is not a required status check on \`${branch}\`: a blocked gate does not stop the merge. Add it to a branch ruleset's "Require status checks to pass" (source: GitHub Actions).`);
    }
    else if (required === 'unknown') {
        warnings.push(`cannot confirm that \`${context}\` is a required status check on \`${branch}\`.`);
    }
    if (dismissesStale === false) {
        // Classic protection may dismiss them instead; its settings need Administration: read.
        try {
            const classic = await classicProtection(octokit, repository, branch);
            if (classic?.required_pull_request_reviews?.dismiss_stale_reviews === true)
                dismissesStale = true;
        }
        catch (error) {
            warnings.push(`cannot confirm that \`${branch}\` dismisses stale pull request approvals on push: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}`);
            dismissesStale = 'unknown';
        }
    }
    if (dismissesStale === false) {
        warnings.push(`\`${branch}\` does not dismiss stale pull request approvals when new commits are pushed (ruleset "Require a pull request before merging" → "Dismiss stale pull request approvals when new commits are pushed"). pipeguard checks the approved commit itself, but other reviews stay stale.`);
    }
    return { required, dismissesStaleApprovals: dismissesStale, warnings };
}
/**
 * Deploy protection with a token: the default branch requires an approving pull-request review
 * and the pipeguard status check, and only the configured deploy identities may push. Both
 * sources are read — the branch's effective rulesets (`GET /rules/branches/{branch}`) and its
 * classic protection (`GET /branches/{branch}/protection`) — and either one satisfying a
 * requirement counts; classic protection's 404 "Branch not protected" means it has none. A
 * requirement met only by classic protection that does not bind administrators (enforce_admins
 * off) is a problem: admins can push and merge around it. A ruleset's bypass list is not readable
 * here, so a ruleset-only push restriction cannot be confirmed. Every other API answer (403, any
 * other 404, 5xx, the network) is a problem, never a pass.
 */
async function inspectDeployProtection(octokit, repository, branch, wanted) {
    const problems = [];
    let rules;
    try {
        rules = await branchRules(octokit, repository, branch);
    }
    catch (error) {
        return [
            `could not read the rules of ${branch} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}): deploy protection cannot be confirmed`,
        ];
    }
    let classic;
    try {
        classic = await classicProtection(octokit, repository, branch);
    }
    catch (error) {
        return [
            `could not read the classic branch protection of ${branch} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}): deploy protection cannot be confirmed`,
        ];
    }
    const usedClassic = [];
    const rulesetReviews = Math.max(0, ...rules
        .filter((r) => r.type === 'pull_request')
        .map((r) => Number(r.parameters?.required_approving_review_count ?? 0)));
    const classicReviews = classic?.required_pull_request_reviews
        ? (classic.required_pull_request_reviews.required_approving_review_count ?? 0)
        : 0;
    const reviewsBy = rulesetReviews >= 1 ? 'ruleset' : classicReviews >= 1 ? 'classic' : undefined;
    if (!reviewsBy)
        problems.push(`${branch} does not require an approving pull-request review (a ruleset's "Require a pull request before merging" or classic protection's "Require approvals", at least 1 approval)`);
    if (reviewsBy === 'classic') {
        usedClassic.push('the review requirement');
        const bypass = notAllowed(actorsOf(classic?.required_pull_request_reviews?.bypass_pull_request_allowances, repository), wanted.identities);
        if (bypass.length)
            problems.push(`${bypass.join(', ')} may bypass the pull-request requirement of ${branch} (classic protection) but ${bypass.length === 1 ? 'is' : 'are'} not a configured deploy identity`);
    }
    const checksBy = rulesRequire(rules, wanted.statusCheck)
        ? 'ruleset'
        : classicContexts(classic).includes(wanted.statusCheck)
            ? 'classic'
            : undefined;
    if (!checksBy)
        problems.push(`\`${wanted.statusCheck}\` is not a required status check on ${branch}`);
    if (checksBy === 'classic')
        usedClassic.push(`the \`${wanted.statusCheck}\` check`);
    const push = pushProblems(repository, branch, wanted, rules, classic);
    problems.push(...push.problems);
    if (push.by === 'classic')
        usedClassic.push('the push restriction');
    if (usedClassic.length && classic?.enforce_admins?.enabled !== true)
        problems.push(`classic protection of ${branch} does not bind administrators (enforce_admins is off: "Do not allow bypassing the above settings"), so repository admins can get around ${usedClassic.join(', ')}`);
    return problems;
}
function pushProblems(repository, branch, wanted, rules, classic) {
    const allowed = wanted.identities.map((i) => i.replace(/^@/, ''));
    if (allowed.length === 0)
        return {
            problems: [
                `no deploy identities are configured (checklist.deploy-protection.identities): who may push to ${branch} cannot be checked`,
            ],
        };
    if (classic?.restrictions) {
        const extra = notAllowed(actorsOf(classic.restrictions, repository), allowed);
        return extra.length
            ? {
                problems: [
                    `${extra.join(', ')} may push to ${branch} but ${extra.length === 1 ? 'is' : 'are'} not a configured deploy identity`,
                ],
            }
            : { problems: [], by: 'classic' };
    }
    if (rules.some((r) => r.type === 'update'))
        return {
            problems: [
                `pushes to ${branch} are restricted by a ruleset whose bypass list this token cannot read: cannot confirm that only ${allowed.join(', ')} may push`,
            ],
        };
    return {
        problems: [
            `${branch} has no push restriction (${classic ? 'its classic protection restricts nobody' : 'no classic protection'} and no ruleset restricts updates): anyone with write access may push, not only ${allowed.join(', ')}`,
        ],
    };
}
/** Users (login), teams (`owner/slug`) and apps (`app/slug`); an entry without a name is named so. */
function actorsOf(actors, repository) {
    return [
        ...(actors?.users ?? []).map((u) => u?.login || '(a user without a login)'),
        ...(actors?.teams ?? []).map((t) => t?.slug ? `${repository.owner}/${t.slug}` : '(a team without a slug)'),
        ...(actors?.apps ?? []).map((a) => (a?.slug ? `app/${a.slug}` : '(an app without a slug)')),
    ];
}
function notAllowed(actors, identities) {
    const allowed = new Set(identities.map((i) => i.toLowerCase().replace(/^@/, '')));
    return actors.filter((a) => !allowed.has(a.toLowerCase()));
}
function classicContexts(classic) {
    const checks = classic?.required_status_checks;
    return [
        ...(checks?.contexts ?? []),
        ...(checks?.checks ?? []).map((c) => c?.context).filter((c) => Boolean(c)),
    ];
}
/**
 * The branch's classic protection, or undefined when GitHub says "Branch not protected" (its
 * documented 404). Any other answer — a 404 for a branch or repository the token cannot see,
 * 403 without Administration: read, 5xx — is thrown.
 */
async function classicProtection(octokit, repository, branch) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading the classic protection of branch ${branch}`, 'Administration: read', async () => {
        try {
            const { data } = await octokit.rest.repos.getBranchProtection({ ...repository, branch });
            return data;
        }
        catch (error) {
            const e = error;
            const said = e.response?.data?.message;
            if (e.status === 404 && typeof said === 'string' && said.trim() === 'Branch not protected')
                return undefined;
            throw error;
        }
    });
}
/** The branch's effective ruleset rules (GET /rules/branches/{branch}). */
async function branchRules(octokit, repository, branch) {
    return (await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading the rules of branch ${branch}`, 'Metadata: read', () => octokit.paginate(octokit.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 })));
}
/** Whether classic branch protection requires the status check `context`. */
async function classicRequires(octokit, repository, branch, context) {
    const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading branch ${branch}`, 'Contents: read', () => octokit.rest.repos.getBranch({ ...repository, branch }));
    const classic = data.protection?.required_status_checks;
    const contexts = [...(classic?.contexts ?? []), ...(classic?.checks ?? []).map((c) => c.context)];
    return data.protected && contexts.includes(context);
}
function rulesRequire(rules, context) {
    return rules.some((r) => r.type === 'required_status_checks' &&
        (r.parameters?.required_status_checks ?? []).some((c) => c.context === context));
}


/***/ }),

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
