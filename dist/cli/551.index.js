export const id = 551;
export const ids = [551,968];
export const modules = {

/***/ 1827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ parseSingleDocument),
/* harmony export */   $N: () => (/* binding */ EVAL_EXCEPTION_SCHEMA),
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   HH: () => (/* binding */ readRecorded),
/* harmony export */   KQ: () => (/* binding */ recordedInputs),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   k5: () => (/* binding */ EVAL_POLICY_SCHEMA),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   qq: () => (/* binding */ recordInput)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9675);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7666);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1917);
/**
 * Every file the gate decides on is read once through here: inside the root, size-capped, its
 * sha256 recorded (audit records and --replay re-derive the decision from these digests), and
 * structured documents parsed with positions and checked against their shipped schema.
 */







const EVAL_POLICY_SCHEMA = 'https://pipeguard.dev/schemas/eval-policy.v1.schema.json';
const EVAL_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/eval-exception.v1.schema.json';
/** JUnit reports with captured output can be large; nothing the gate reads is larger than this. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Read a file given relative to the root (never outside it), refusing one larger than `maxBytes`
 * before reading it. Unreadable → InputError (exit 2).
 */
async function readInput(root, userPath, what, maxBytes = MAX_INPUT_BYTES) {
    const absolute = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInsideRoot */ .Pk)(root, userPath);
    const name = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeToRoot */ .yY)(root, absolute);
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute);
        if (!info.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${what} is not a regular file`, name);
        size = info.size;
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            throw error;
        const code = error.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(code === 'ENOENT' ? `${what} not found` : `${what} cannot be read (${code})`, name);
    }
    if (size > maxBytes)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${what} is larger than ${sizeText(maxBytes)}`, name);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${what} cannot be read (${error.code})`, name);
    }
    return { name, absolute, bytes, sha256: sha256Hex(bytes) };
}
function sizeText(bytes) {
    return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}
function digestOf(input) {
    return { name: input.name, sha256: input.sha256 };
}
/** Decode UTF-8 strictly: a document with invalid bytes is refused, not silently repaired. */
function utf8(input) {
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUtf8 */ ._6)(input.bytes, input.name);
}
/** One JSON or YAML document (by extension; YAML otherwise), optionally schema-checked. */
function parseSingleDocument(input, what, schemaId) {
    const format = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(input.name) ?? 'yaml';
    if (format === 'jsonl')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${what} must be JSON or YAML, not JSON Lines`, input.name);
    const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocuments */ .eV)(utf8(input), input.name, format);
    if (docs.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(docs.length === 0 ? `${what} is empty` : `${what} holds more than one document`, input.name);
    }
    const doc = docs[0];
    if (schemaId) {
        const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .validatorFor */ .qA)(schemaId);
        if (!validate)
            throw new Error(`internal: schema ${schemaId} is not registered`);
        if (!validate(doc.value)) {
            throw ((0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaInputError */ .GE)(doc, validate.errors ?? [], input.name) ??
                new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('does not match its schema', input.name));
        }
    }
    return doc;
}
/**
 * Everything read for one decision, keyed by the context it was read under: each file is read
 * once (so what was hashed is what was judged), and the gate lists them all in the audit record.
 * Other parts (approval sources) record what they read the same way.
 */
const readsByContext = new WeakMap();
async function readRecorded(ctx, userPath, what, maxBytes = MAX_INPUT_BYTES) {
    let reads = readsByContext.get(ctx);
    if (!reads)
        readsByContext.set(ctx, (reads = new Map()));
    const name = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeToRoot */ .yY)(ctx.root, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInsideRoot */ .Pk)(ctx.root, userPath));
    const known = reads.get(name);
    if (known)
        return known;
    const input = await readInput(ctx.root, userPath, what, maxBytes);
    reads.set(input.name, input);
    return input;
}
/**
 * Record bytes that are not a file under the root (e.g. the PR reviews an approval rested on).
 * The name must be `scheme:…` (`github:pr-reviews#12`): replay takes such evidence from the record.
 */
function recordInput(ctx, name, bytes) {
    if (!/^[a-z][a-z0-9+.-]*:/.test(name))
        throw new Error(`internal: evidence name ${name} must be scheme:…`);
    let reads = readsByContext.get(ctx);
    if (!reads)
        readsByContext.set(ctx, (reads = new Map()));
    const input = { name, absolute: '', bytes, sha256: sha256Hex(bytes) };
    reads.set(name, input);
    return input;
}
function recordedInputs(ctx) {
    return [...(readsByContext.get(ctx)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ clientOptionsFrom),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   n2: () => (/* binding */ githubTokenFrom),
/* harmony export */   ur: () => (/* binding */ callGitHub)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
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
                    const described = (0,client/* describeGitHubError */.dZ)(error, `reading team ${org}/${slug}`, TEAM_PERMISSION);
                    if (described.kind !== 'forbidden' && described.kind !== 'not-found')
                        throw described;
                    throw new client/* GitHubApiError */.OS(`cannot see team ${org}/${slug} (HTTP ${described.status}): it does not exist, or the token cannot read it; the gate needs ${TEAM_PERMISSION}`, described.status, described.kind);
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
            return (0,client/* callGitHub */.ur)(`reading @${login}'s membership in ${org}/${slug}`, TEAM_PERMISSION, () => Promise.reject(error));
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
            throw new client/* GitHubApiError */.OS(`not an owner/name repository: ${repository}`, undefined, 'invalid');
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
            const { data } = await (0,client/* callGitHub */.ur)(`reading pull request #${number}`, PERM.pulls, () => this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
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
            const tooMany = () => new client/* GitHubApiError */.OS(`pull request #${number} changes ${pull.changedFiles} files; GitHub lists at most ${PULL_FILES_CAP}, so the gate cannot tell which exception files it changes (split the pull request)`, undefined, 'invalid');
            if (pull.changedFiles > PULL_FILES_CAP)
                throw tooMany();
            const files = await (0,client/* callGitHub */.ur)(`listing the files of pull request #${number}`, PERM.pulls, () => this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
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
            const reviews = await (0,client/* callGitHub */.ur)(`listing the reviews of pull request #${number}`, PERM.pulls, () => this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
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
                return (0,client/* callGitHub */.ur)(`reading ${path} at ${ref.slice(0, 7)}`, PERM.contents, () => Promise.reject(error));
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
                return (0,client/* callGitHub */.ur)(`reading @${login}'s permission`, PERM.metadata, () => Promise.reject(error));
            }
        });
    }
    /** The newest commit reachable from `ref` that changed `path`, or undefined. */
    lastCommitTouching(path, ref) {
        return this.once(`last:${ref}:${path}`, async () => {
            const { data } = await (0,client/* callGitHub */.ur)(`finding the last commit that changed ${path}`, PERM.contents, () => this.octokit.rest.repos.listCommits({
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
            const pulls = await (0,client/* callGitHub */.ur)(`finding the pull request that merged ${commitSha.slice(0, 7)}`, PERM.pulls, () => this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
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
    const token = (0,client/* githubTokenFrom */.n2)(ctx.env);
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
            const octokit = (0,client/* createGitHubClient */.LX)((0,client/* clientOptionsFrom */.I1)(ctx.env, token, ctx.log));
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


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   isGitRepo: () => (/* binding */ isGitRepo),
/* harmony export */   jo: () => (/* binding */ ignoredPaths),
/* harmony export */   lS: () => (/* binding */ requireGitWorkTree),
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   workTreeTop: () => (/* binding */ workTreeTop)
/* harmony export */ });
/* unused harmony export gitAt */
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4724);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/** git through simple-git, with failures turned into one-line input errors. */


function gitAt(root) {
    return (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({ baseDir: root, maxConcurrentProcesses: 4, trimmed: false });
}
/** True when `root` is inside a git work tree. */
async function isGitRepo(root) {
    try {
        return (await gitAt(root).revparse(['--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
/**
 * Refuse, in one line, a root that is not a git work tree, before any mode that needs git runs
 * git (outside a repository `git diff --cached` says "unknown option 'cached'" and a range says
 * its commit is missing). `needs` says why git is needed; git's own reason is kept when it is
 * something else (dubious ownership, git missing).
 */
async function requireGitWorkTree(root, needs) {
    let answer;
    try {
        answer = (await gitAt(root).revparse(['--is-inside-work-tree'])).trim();
    }
    catch (error) {
        const said = (error instanceof Error ? error.message : String(error))
            .split('\n')
            .map((line) => line.replace(/^(fatal|error): /, '').trim())
            .find(Boolean);
        const why = !said || /not a git repository/i.test(said) ? '' : ` (git: ${said})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository${why}: ${needs}`, root);
    }
    if (answer !== 'true')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository work tree (inside .git?): ${needs}`, root);
}
/** Paths git tracks under `root`, `/`-separated and relative to it. */
async function trackedFiles(root) {
    const out = await runGit(root, ['ls-files', '-z', '--full-name', '--', '.'], 'list tracked files');
    const prefix = (await runGit(root, ['rev-parse', '--show-prefix'], 'find the repository root')).trim();
    return out
        .split('\0')
        .filter(Boolean)
        .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}
/** Of the given root-relative paths, those git would ignore. */
async function ignoredPaths(root, paths) {
    if (paths.length === 0)
        return new Set();
    try {
        // Without -z (which needs --stdin): fine for the plain probe paths callers pass.
        const out = await gitAt(root).raw(['check-ignore', '--no-index', '--', ...paths]);
        return new Set(out.split('\n').filter(Boolean));
    }
    catch (error) {
        // check-ignore exits 1 when nothing is ignored; simple-git reports that as an error with no output.
        const message = error instanceof Error ? error.message : String(error);
        if (message.trim() === '')
            return new Set();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git check-ignore failed: ${message.split('\n')[0]}`);
    }
}
async function runGit(root, args, what) {
    try {
        return await gitAt(root).raw(args);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git could not ${what}: ${message}`);
    }
}
/** The top level of the work tree `dir` is in, or undefined outside any. */
async function workTreeTop(dir) {
    try {
        const top = (await gitAt(dir).revparse(['--show-toplevel'])).trim();
        return top || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ readTimestamp),
/* harmony export */   UB: () => (/* binding */ timestampOrInputError),
/* harmony export */   h2: () => (/* binding */ readDate),
/* harmony export */   r4: () => (/* binding */ formatInstant)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/**
 * The one reader of user timestamps. It reads exactly the strings the schemas' `date-time` format
 * accepts (RFC 3339 as ajv-formats checks it: `T`, `t` or one whitespace between date and time,
 * `Z` or a `±HH[[:]MM]` offset) into epoch milliseconds, and never answers NaN: a string that names
 * no instant is refused with the reason, for the caller to turn into an input error or a finding.
 *
 * Leap seconds: POSIX time has none, so `23:59:60` (UTC, after the offset) is read as the second
 * after `23:59:59`, i.e. the next day's `00:00:00`, fractions carried. Second 60 anywhere else,
 * hour 24 or minute 60 (which the format lets through behind some offsets) are refused.
 * Fractions beyond milliseconds are truncated, as Date.parse does. Date.parse itself is not used:
 * it returns NaN for leap seconds and rolls 2026-02-30 over into March.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The separator set of ajv-formats' date-time (`/t|\s/i`), exactly one character.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;
const LAST_MINUTE_OF_DAY = 23 * 60 + 59;
/** RFC 3339 date-time → epoch milliseconds, or why the string names no instant. */
function readTimestamp(text) {
    const match = DATE_TIME.exec(text);
    if (!match)
        return refuse('not an RFC 3339 date-time such as 2026-06-01T10:00:00Z');
    const [, dateText, hh, mm, ss, fraction = '', zone] = match;
    const day = readDate(dateText);
    if (!day.ok)
        return day;
    if (zone === undefined)
        return refuse('has no time zone: end it with Z or an offset such as +01:00');
    const [hour, minute, second] = [Number(hh), Number(mm), Number(ss)];
    const offset = offsetMinutes(zone);
    if (offset === undefined)
        return refuse(`time zone offset ${zone} is out of range (-23:59 … +23:59)`);
    if (hour > 23)
        return refuse(`hour ${hh} is out of range (00-23)`);
    if (minute > 59)
        return refuse(`minute ${mm} is out of range (00-59)`);
    if (second > 60)
        return refuse(`second ${ss} is out of range (00-59, or 60 for a leap second)`);
    const leapSecond = second === 60;
    if (leapSecond) {
        const utcMinute = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
        if (utcMinute !== LAST_MINUTE_OF_DAY)
            return refuse('second 60 is a leap second, which exists only at 23:59:60 UTC');
    }
    const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
    // Second 60 adds up to the next minute's 00: the leap second is read as the second after it.
    const ms = day.ms + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
    return { ok: true, ms, leapSecond };
}
/** A full date `YYYY-MM-DD` that exists in the calendar → epoch milliseconds of its UTC midnight. */
function readDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return refuse('not a date written YYYY-MM-DD');
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12)
        return refuse(`month ${match[2]} is out of range (01-12)`);
    const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (day < 1 || day > last)
        return refuse(`day ${match[3]} does not exist in ${match[1]}-${match[2]} (01-${last})`);
    return { ok: true, ms: daysFromCivil(year, month, day) * MS_PER_DAY, leapSecond: false };
}
/**
 * Read a timestamp from an input file or option, or throw the one-line input error that names
 * where it came from (`created: "…" names no instant: hour 24 is out of range`).
 */
function timestampOrInputError(text, field, file, position) {
    const reading = readTimestamp(text);
    if (reading.ok)
        return reading.ms;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${field} ${JSON.stringify(text)} is not a usable time: ${reading.problem}`, file, position?.line, position?.column);
}
/** `2026-12-01T00:00:00Z`: an instant in UTC, milliseconds only when there are some. */
function formatInstant(ms) {
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
function refuse(problem) {
    return { ok: false, problem };
}
/** `Z` → 0, `+01:00` / `+0100` / `+01` → 60; undefined when the offset is out of range. */
function offsetMinutes(zone) {
    if (zone === 'Z' || zone === 'z')
        return 0;
    const match = OFFSET.exec(zone);
    const hours = Number(match[2]);
    const minutes = Number(match[3] ?? '0');
    if (hours > 23 || minutes > 59)
        return undefined;
    return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
function isLeapYear(year) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}


/***/ })

};
