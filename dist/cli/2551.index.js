export const id = 2551;
export const ids = [2551,6584];
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


/***/ }),

/***/ 2551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h7: () => (/* binding */ recordedReviewVerdicts),
  DE: () => (/* binding */ reviewApprovals)
});

// UNUSED EXPORTS: evaluateReviewSource, gitBlobSha, roleMembersFrom

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/eval-gate/config.ts
var config = __webpack_require__(4228);
// EXTERNAL MODULE: ./src/checks/eval-gate/inputs.ts
var inputs = __webpack_require__(1827);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/teams.ts
/**
 * Team membership, read so that "cannot see" never passes for "not a member". GitHub answers 404
 * both when a user is not in a team and when the token cannot see the team at all (GITHUB_TOKEN
 * never can: it has no org Members permission). So the team itself is probed first; only when it
 * is visible does a membership 404 mean "not a member". `pending` invitations are not membership.
 */

const TEAM_PERMISSION = 'an organization Members: read permission (a GitHub App token) or a PAT with read:org; the workflow GITHUB_TOKEN cannot read teams';
class TeamResolver {
    octokit;
    probes = new Map();
    answers = new Map();
    constructor(octokit) {
        this.octokit = octokit;
    }
    isActiveMember(org, slug, login) {
        const key = `${org}/${slug}:${login}`.toLowerCase();
        let answer = this.answers.get(key);
        if (!answer) {
            answer = this.lookup(org, slug, login);
            this.answers.set(key, answer);
        }
        return answer;
    }
    probe(org, slug) {
        const key = `${org}/${slug}`.toLowerCase();
        let probe = this.probes.get(key);
        if (!probe) {
            probe = (async () => {
                try {
                    await this.octokit.rest.teams.getByName({ org, team_slug: slug });
                }
                catch (error) {
                    const described = (0,client.describeGitHubError)(error, `reading team ${org}/${slug}`, TEAM_PERMISSION);
                    if (described.kind !== 'forbidden' && described.kind !== 'not-found')
                        throw described;
                    throw new client.GitHubApiError(`cannot see team ${org}/${slug} (HTTP ${described.status}): it does not exist, or the token cannot read it; the gate needs ${TEAM_PERMISSION}`, described.status, described.kind);
                }
            })();
            this.probes.set(key, probe);
        }
        return probe;
    }
    async lookup(org, slug, login) {
        await this.probe(org, slug);
        try {
            const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({
                org,
                team_slug: slug,
                username: login,
            });
            return data.state === 'active';
        }
        catch (error) {
            // The team is visible, so a 404 here can only mean "not a member".
            if (error.status === 404)
                return false;
            return (0,client.callGitHub)(`reading @${login}'s membership in ${org}/${slug}`, TEAM_PERMISSION, () => Promise.reject(error));
        }
    }
}

;// CONCATENATED MODULE: ./src/github/pull-facts.ts
/**
 * What the review gate reads about a repository and its pull requests, through the API and as
 * data only (no PR code is ever checked out or run). Every read is memoized for the run, every
 * list is paginated (100 per page), and every failure is a GitHubApiError: callers fail closed.
 */


/** GitHub lists at most this many files of a pull request. */
const PULL_FILES_CAP = 3000;
const PERM = {
    pulls: 'Pull requests: read (`permissions: pull-requests: read`)',
    contents: 'Contents: read (`permissions: contents: read`)',
    metadata: 'Metadata: read (always granted to GITHUB_TOKEN)',
};
class RepoFacts {
    octokit;
    owner;
    repo;
    teams;
    memo = new Map();
    constructor(octokit, repository) {
        this.octokit = octokit;
        const [owner, repo, ...rest] = repository.split('/');
        if (!owner || !repo || rest.length)
            throw new client.GitHubApiError(`not an owner/name repository: ${repository}`, undefined, 'invalid');
        this.owner = owner;
        this.repo = repo;
        this.teams = new TeamResolver(octokit);
    }
    once(key, load) {
        let value = this.memo.get(key);
        if (!value) {
            value = load();
            this.memo.set(key, value);
        }
        return value;
    }
    pull(number) {
        return this.once(`pull:${number}`, async () => {
            const { data } = await (0,client.callGitHub)(`reading pull request #${number}`, PERM.pulls, () => this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
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
    pullFiles(number) {
        return this.once(`files:${number}`, async () => {
            const pull = await this.pull(number);
            const tooMany = () => new client.GitHubApiError(`pull request #${number} changes ${pull.changedFiles} files; GitHub lists at most ${PULL_FILES_CAP}, so the gate cannot tell which exception files it changes (split the pull request)`, undefined, 'invalid');
            if (pull.changedFiles > PULL_FILES_CAP)
                throw tooMany();
            const files = await (0,client.callGitHub)(`listing the files of pull request #${number}`, PERM.pulls, () => this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                per_page: 100,
            }));
            if (files.length >= PULL_FILES_CAP)
                throw tooMany();
            return files.map((f) => ({
                filename: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
            }));
        });
    }
    reviews(number) {
        return this.once(`reviews:${number}`, async () => {
            const reviews = await (0,client.callGitHub)(`listing the reviews of pull request #${number}`, PERM.pulls, () => this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
                owner: this.owner,
                repo: this.repo,
                pull_number: number,
                per_page: 100,
            }));
            // A review whose author was deleted has no user: it cannot count for anyone.
            const records = reviews
                .filter((r) => r.user)
                .map((r) => ({
                id: r.id,
                login: r.user.login,
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
    blobSha(path, ref) {
        return this.once(`blob:${ref}:${path}`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.getContent({
                    owner: this.owner,
                    repo: this.repo,
                    path,
                    ref,
                });
                return !Array.isArray(data) && data.type === 'file' ? data.sha : null;
            }
            catch (error) {
                if (error.status === 404)
                    return null;
                return (0,client.callGitHub)(`reading ${path} at ${ref.slice(0, 7)}`, PERM.contents, () => Promise.reject(error));
            }
        });
    }
    /** write, maintain or admin (the legacy `permission` field folds maintain into write). */
    hasWriteAccess(login) {
        return this.once(`perm:${login.toLowerCase()}`, async () => {
            try {
                const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
                    owner: this.owner,
                    repo: this.repo,
                    username: login,
                });
                return data.permission === 'admin' || data.permission === 'write';
            }
            catch (error) {
                // Not a collaborator (or no such user): no write access.
                if (error.status === 404)
                    return false;
                return (0,client.callGitHub)(`reading @${login}'s permission`, PERM.metadata, () => Promise.reject(error));
            }
        });
    }
    /** The newest commit reachable from `ref` that changed `path`, or undefined. */
    lastCommitTouching(path, ref) {
        return this.once(`last:${ref}:${path}`, async () => {
            const { data } = await (0,client.callGitHub)(`finding the last commit that changed ${path}`, PERM.contents, () => this.octokit.rest.repos.listCommits({
                owner: this.owner,
                repo: this.repo,
                path,
                sha: ref,
                per_page: 1,
            }));
            return data[0]?.sha;
        });
    }
    /** Merged pull requests associated with a commit (how a file reached the branch). */
    mergedPullsOf(commitSha) {
        return this.once(`pulls-of:${commitSha}`, async () => {
            const pulls = await (0,client.callGitHub)(`finding the pull request that merged ${commitSha.slice(0, 7)}`, PERM.pulls, () => this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
                owner: this.owner,
                repo: this.repo,
                commit_sha: commitSha,
                per_page: 100,
            }));
            return pulls.filter((p) => p.merged_at).map((p) => p.number);
        });
    }
}

// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/github/review-rules.ts


const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const TEAM_SLUG = /^[A-Za-z0-9._-]{1,100}$/;
/** `login`, `@login`, `org/team` or `@org/team`; undefined when it is neither. */
function parseMemberRef(text) {
    const value = text.trim().replace(/^@/, '');
    const slash = value.indexOf('/');
    if (slash === -1)
        return LOGIN.test(value) ? { kind: 'user', login: value } : undefined;
    const org = value.slice(0, slash);
    const slug = value.slice(slash + 1);
    return LOGIN.test(org) && TEAM_SLUG.test(slug) ? { kind: 'team', org, slug } : undefined;
}
function describeMember(ref) {
    return ref.kind === 'user' ? `@${ref.login}` : `@${ref.org}/${ref.slug}`;
}
const OPINIONATED = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/**
 * Each reviewer's latest opinionated review (APPROVED, CHANGES_REQUESTED or DISMISSED) in GitHub's
 * list order, keyed by lower-cased login. COMMENTED never changes a reviewer's standing; PENDING is
 * not submitted. The reviews must be in the order GitHub lists them: nothing is re-sorted.
 */
function latestOpinionatedReviews(reviews) {
    const latest = new Map();
    for (const review of reviews) {
        const state = review.state.toUpperCase();
        if (!OPINIONATED.has(state))
            continue;
        latest.set(review.login.toLowerCase(), { ...review, state });
    }
    return latest;
}
/** Epoch ms of a review's submitted_at; undefined when it is null, absent or unreadable. */
function submittedAt(review) {
    if (!review.submittedAt)
        return undefined;
    const reading = (0,time/* readTimestamp */.L2)(review.submittedAt);
    return reading.ok ? reading.ms : undefined;
}
/**
 * Why a reviewer's latest (listed last) APPROVED cannot count by time: it has no time, or one of
 * their CHANGES_REQUESTED / DISMISSED reviews listed earlier was submitted after it.
 */
function approvalTimeProblem(approval, reviews) {
    const login = approval.login;
    const approvedAt = submittedAt(approval);
    if (approvedAt === undefined) {
        return `@${login}'s latest approval has no submission time (submitted_at), so it does not count`;
    }
    for (const other of reviews) {
        const state = other.state.toUpperCase();
        if (other.login.toLowerCase() !== login.toLowerCase())
            continue;
        if (state !== 'CHANGES_REQUESTED' && state !== 'DISMISSED')
            continue;
        const at = submittedAt(other);
        if (at !== undefined && at > approvedAt) {
            const what = state === 'DISMISSED' ? 'had a review dismissed' : 'requested changes';
            return `@${login} ${what} at ${(0,time/* formatInstant */.r4)(at)}, after the approval listed later (${(0,time/* formatInstant */.r4)(approvedAt)}); GitHub's order and the times disagree, so the approval does not count`;
        }
    }
    return undefined;
}
async function evaluateReviewApprovals(input, facts) {
    const latest = latestOpinionatedReviews(input.reviews);
    const short = (sha) => (sha ? sha.slice(0, 7) : 'an unknown commit');
    const notes = new Map(input.roles.map((role) => [role, []]));
    const note = (role, text) => void notes.get(role)?.push(text);
    // Membership answers are shared across roles (two roles may list the same team).
    const membership = new Map();
    const isMember = (ref, login) => {
        if (ref.kind === 'user')
            return Promise.resolve(ref.login.toLowerCase() === login.toLowerCase());
        const key = `${ref.org}/${ref.slug}:${login}`.toLowerCase();
        let answer = membership.get(key);
        if (!answer) {
            answer = facts.isTeamMember(ref.org, ref.slug, login);
            membership.set(key, answer);
        }
        return answer;
    };
    const candidates = [];
    for (const review of [...latest.values()].reverse()) {
        const login = review.login;
        const roles = new Set();
        for (const role of input.roles) {
            for (const ref of input.members[role] ?? []) {
                try {
                    if (await isMember(ref, login)) {
                        roles.add(role);
                        break;
                    }
                }
                catch (error) {
                    note(role, `cannot tell whether @${login} is in ${describeMember(ref)}: ${(0,errors/* oneLine */.TN)(error)}`);
                }
            }
        }
        if (roles.size === 0)
            continue;
        const candidate = { login, review, roles };
        candidates.push(candidate);
        if (review.state === 'CHANGES_REQUESTED') {
            candidate.rejected = `@${login}'s latest review requests changes`;
        }
        else if (review.state === 'DISMISSED') {
            candidate.rejected = `@${login}'s latest review was dismissed`;
        }
        else if (login.toLowerCase() === input.author.toLowerCase()) {
            candidate.rejected = `@${login} is the author of ${input.where} and cannot approve it`;
        }
        else {
            candidate.rejected =
                approvalTimeProblem(review, input.reviews) ??
                    (await rejection(candidate, input, facts, short));
        }
    }
    const eligible = new Map(input.roles.map((role) => [role, []]));
    for (const candidate of candidates) {
        for (const role of candidate.roles) {
            if (candidate.rejected)
                note(role, candidate.rejected);
            else
                eligible.get(role)?.push(candidate.login);
        }
    }
    const assignment = distinctApprovers(input.roles, eligible);
    return input.roles.map((role) => {
        const by = assignment.get(role);
        if (by) {
            const review = latest.get(by.toLowerCase());
            const at = review.commitId === input.headSha
                ? `at the head ${short(review.commitId)}`
                : `at ${short(review.commitId)}; the exception is unchanged since`;
            return {
                role,
                satisfied: true,
                by,
                via: 'review',
                reason: `@${by} approved ${input.where} ${at}`,
            };
        }
        const members = input.members[role] ?? [];
        if (members.length === 0) {
            return {
                role,
                satisfied: false,
                via: 'review',
                reason: `role ${role} lists no GitHub members (eval-gate.roles.${role}.github)`,
            };
        }
        const taken = (eligible.get(role) ?? []).filter((login) => [...assignment.values()].includes(login));
        const why = [...(notes.get(role) ?? [])];
        for (const login of taken) {
            const other = [...assignment.entries()].find(([, who]) => who === login)?.[0];
            why.push(`@${login} already counts for role ${other}; each role needs a different approver`);
        }
        const who = members.map(describeMember).join(', ');
        return {
            role,
            satisfied: false,
            via: 'review',
            reason: `no valid approval of ${input.where} from role ${role} (${who})${why.length ? `: ${why.join('; ')}` : ''}`,
        };
    });
}
async function rejection(candidate, input, facts, short) {
    const { login, review } = candidate;
    try {
        if (review.commitId !== input.headSha) {
            if (!review.commitId || !(await facts.exceptionUnchangedSince(review.commitId))) {
                return `@${login} approved ${short(review.commitId)}, and the exception file changed after that commit`;
            }
        }
    }
    catch (error) {
        return `cannot tell whether the exception changed since @${login}'s approval at ${short(review.commitId)}: ${(0,errors/* oneLine */.TN)(error)}`;
    }
    try {
        if (!(await facts.hasWriteAccess(login)))
            return `@${login} has no write access to the repository`;
    }
    catch (error) {
        return `cannot read @${login}'s repository permission: ${(0,errors/* oneLine */.TN)(error)}`;
    }
    return undefined;
}
/**
 * Assign each role a different approver (bipartite matching by augmenting paths), so the roles'
 * order never decides whether a valid assignment is found.
 */
function distinctApprovers(roles, eligible) {
    const roleOf = new Map();
    const tryAssign = (role, seen) => {
        for (const login of eligible.get(role) ?? []) {
            if (seen.has(login))
                continue;
            seen.add(login);
            const holder = roleOf.get(login);
            if (holder === undefined || tryAssign(holder, seen)) {
                roleOf.set(login, role);
                return true;
            }
        }
        return false;
    };
    for (const role of roles)
        tryAssign(role, new Set());
    return new Map([...roleOf.entries()].map(([login, role]) => [role, login]));
}

;// CONCATENATED MODULE: ./src/github/review-source.ts
/**
 * The `reviews` approval source of the eval gate: which required roles approved an exception
 * file through GitHub pull-request reviews.
 *
 * - The exception file is changed by the current PR: its reviews decide, against the PR's live
 *   head (`GET /pulls/{n}`), and only if the bytes the gate evaluated are the head's bytes.
 * - The file is not changed by the PR, or there is no PR (a push to main, a schedule): the gate
 *   finds the merged PR that brought these exact bytes to the branch (last commit that touched
 *   the file → its merged PR, whose head must carry the same blob) and that PR's reviews decide.
 *
 * Everything is read as data through the API. Any failure, ambiguity or missing permission
 * turns into unsatisfied roles with the reason: the gate fails closed.
 */









/** The `reviews` approval source the eval gate consults (approval: reviews | both). */
const reviewApprovals = {
    kind: 'reviews',
    evaluate: (request, ctx) => evaluateReviewSource(request, ctx),
};
/** Git's blob id of some bytes: what the contents API reports as a file's `sha`. */
function gitBlobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** `eval-gate.roles.<role>.github` → member references; a malformed entry is a config error. */
function roleMembersFrom(ctx, roles) {
    const configured = (0,config/* rolesOf */.R7)(ctx.config);
    const out = {};
    for (const role of roles) {
        const raw = configured[role]?.github ?? [];
        if (!Array.isArray(raw)) {
            throw new errors/* InputError */.dz(`eval-gate.roles.${role}.github must be a list of logins or org/team slugs`, ctx.configSource);
        }
        out[role] = raw.map((entry) => {
            const ref = typeof entry === 'string' ? parseMemberRef(entry) : undefined;
            if (!ref) {
                throw new errors/* InputError */.dz(`eval-gate.roles.${role}.github: ${JSON.stringify(entry)} is neither a GitHub login nor an org/team slug`, ctx.configSource);
            }
            return ref;
        });
    }
    return out;
}
const sessions = new WeakMap();
function sessionFor(ctx) {
    const existing = sessions.get(ctx);
    if (existing)
        return existing;
    const session = { recorded: [] };
    const token = (0,client.githubTokenFrom)(ctx.env);
    const repository = ctx.ci.repository;
    if (!token) {
        session.unavailable =
            'review approvals need a GitHub token: set the github-token input or GITHUB_TOKEN';
    }
    else if (!repository) {
        session.unavailable =
            'review approvals need GITHUB_REPOSITORY (owner/name) to know which repository to ask';
    }
    else {
        ctx.registerSecret(token);
        try {
            const octokit = (0,client.createGitHubClient)((0,client.clientOptionsFrom)(ctx.env, token, ctx.log));
            session.facts = new RepoFacts(octokit, repository);
        }
        catch (error) {
            session.unavailable = (0,errors/* oneLine */.TN)(error);
        }
    }
    sessions.set(ctx, session);
    return session;
}
/** The repository-relative path of a root-relative file (the root may be a subfolder). */
async function repositoryPath(ctx, session, file) {
    session.repoPrefix ??= (0,git.runGit)(ctx.root, ['rev-parse', '--show-prefix'], 'find the repository root').then((out) => out.trim(), () => '');
    const prefix = await session.repoPrefix;
    return external_node_path_default().posix.normalize(`${prefix}${file.split((external_node_path_default()).sep).join('/')}`);
}
/** What the reviews source decided in this run, per exception file (for the PR comment). */
function recordedReviewVerdicts(ctx) {
    return sessions.get(ctx)?.recorded ?? [];
}
async function evaluateReviewSource(request, ctx) {
    const verdicts = await decide(request, ctx);
    sessionFor(ctx).recorded.push({ file: request.exceptionFile, verdicts });
    return verdicts;
}
async function decide(request, ctx) {
    const members = roleMembersFrom(ctx, request.roles);
    const unsatisfied = (reason) => request.roles.map((role) => ({ role, satisfied: false, via: 'review', reason }));
    const session = sessionFor(ctx);
    if (!session.facts)
        return unsatisfied(session.unavailable ?? 'GitHub is not available');
    const facts = session.facts;
    try {
        const file = await repositoryPath(ctx, session, request.exceptionFile);
        const localBlob = gitBlobSha(request.exceptionBytes);
        const target = { ctx, facts, file, localBlob, roles: request.roles, members };
        const pr = ctx.ci.pullRequest;
        if (pr) {
            const pull = await facts.pull(pr.number);
            if (pull.headSha !== pr.headSha) {
                return unsatisfied(`PR #${pr.number}'s head moved from ${pr.headSha.slice(0, 7)} to ${pull.headSha.slice(0, 7)} after this run started; the run for ${pull.headSha.slice(0, 7)} decides`);
            }
            const files = await facts.pullFiles(pr.number);
            if (files.some((f) => f.filename === file && f.status !== 'removed')) {
                return await reviewsOfPull(target, pr.number, 'PR');
            }
            return await reviewsOfMergedPull(target, pull.baseSha, `the base branch ${pull.baseRef}`);
        }
        const sha = ctx.ci.sha;
        if (!sha)
            return unsatisfied('no pull request and no commit (GITHUB_SHA) to find the approving pull request from');
        return await reviewsOfMergedPull(target, sha, `commit ${sha.slice(0, 7)}`);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        return unsatisfied((0,errors/* oneLine */.TN)(error));
    }
}
/** The reviews of pull request `number` decide, against its head. */
async function reviewsOfPull(target, number, label) {
    const { ctx, facts, file, localBlob, roles, members } = target;
    const pull = await facts.pull(number);
    const headBlob = await facts.blobSha(file, pull.headSha);
    const where = `${label} #${number}`;
    if (headBlob === null) {
        return roles.map((role) => ({
            role,
            satisfied: false,
            via: 'review',
            reason: `${file} cannot be read at the head of ${where} (${pull.headSha.slice(0, 7)})`,
        }));
    }
    if (headBlob !== localBlob) {
        return roles.map((role) => ({
            role,
            satisfied: false,
            via: 'review',
            reason: `${file} in the workspace (blob ${localBlob.slice(0, 7)}) is not the copy at the head of ${where} (blob ${headBlob.slice(0, 7)}): the approvals are for other bytes`,
        }));
    }
    const approvalFacts = {
        isTeamMember: (org, slug, login) => facts.teams.isActiveMember(org, slug, login),
        hasWriteAccess: (login) => facts.hasWriteAccess(login),
        exceptionUnchangedSince: async (commit) => (await facts.blobSha(file, commit)) === headBlob,
    };
    return evaluateReviewApprovals({
        roles,
        members,
        reviews: await recordedReviews(ctx, facts, number),
        author: pull.author,
        headSha: pull.headSha,
        where,
    }, approvalFacts);
}
/**
 * A PR's reviews, recorded as evidence of the decision (`github:pr-reviews#N`): the audit record
 * keeps their digest, and a replay takes the review verdicts from the record instead of GitHub.
 */
async function recordedReviews(ctx, facts, number) {
    const reviews = await facts.reviews(number);
    (0,inputs/* recordInput */.qq)(ctx, `github:pr-reviews#${number}`, Buffer.from(JSON.stringify(reviews)));
    return reviews;
}
/**
 * The exception file is already on the branch: the merged PR that brought exactly these bytes
 * decides. A file that reached the branch without a reviewed PR is never approved by review.
 */
async function reviewsOfMergedPull(target, ref, refLabel) {
    const { facts, file, localBlob, roles } = target;
    const unsatisfied = (reason) => roles.map((role) => ({ role, satisfied: false, via: 'review', reason }));
    const refBlob = await facts.blobSha(file, ref);
    if (refBlob !== localBlob) {
        return unsatisfied(`${file} in the workspace is not the copy on ${refLabel}, and the pull request does not change it`);
    }
    const commit = await facts.lastCommitTouching(file, ref);
    if (!commit)
        return unsatisfied(`no commit on ${refLabel} changed ${file}`);
    const pulls = await facts.mergedPullsOf(commit);
    if (pulls.length === 0) {
        return unsatisfied(`${file} was last changed by commit ${commit.slice(0, 7)}, which reached the branch without a merged pull request, so no review approved it`);
    }
    let last;
    for (const number of pulls) {
        const verdicts = await reviewsOfPull(target, number, 'merged PR');
        if (verdicts.every((v) => v.satisfied))
            return verdicts;
        last = verdicts;
    }
    return last;
}


/***/ })

};
