export const id = 605;
export const ids = [605];
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
 * not block the merge) or when stale approvals are not dismissed on push.
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
        warnings.push(`\`${branch}\` does not dismiss stale pull request approvals when new commits are pushed (ruleset "Require a pull request before merging" → "Dismiss stale pull request approvals when new commits are pushed"). pipeguard checks the approved commit itself, but other reviews stay stale.`);
    }
    return { required, dismissesStaleApprovals: dismissesStale, warnings };
}
/**
 * Deploy protection with a token: the default branch requires an approving pull-request review
 * and the pipeguard status check (its rulesets, else classic protection for the check), and only
 * the configured deploy identities may push (classic push restrictions; a ruleset's bypass list
 * is not readable here, so a ruleset-only restriction cannot be confirmed). Every API error is a
 * problem, never a pass.
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
    const reviews = Math.max(0, ...rules
        .filter((r) => r.type === 'pull_request')
        .map((r) => Number(r.parameters?.required_approving_review_count ?? 0)));
    if (reviews < 1)
        problems.push(`${branch} does not require an approving pull-request review (ruleset "Require a pull request before merging", at least 1 approval)`);
    let required = rulesRequire(rules, wanted.statusCheck);
    if (!required) {
        try {
            required = await classicRequires(octokit, repository, branch, wanted.statusCheck);
        }
        catch (error) {
            problems.push(`could not read the protection of ${branch} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)})`);
        }
    }
    if (!required)
        problems.push(`\`${wanted.statusCheck}\` is not a required status check on ${branch}`);
    problems.push(...(await pushProblems(octokit, repository, branch, wanted, rules)));
    return problems;
}
async function pushProblems(octokit, repository, branch, wanted, rules) {
    const allowed = new Set(wanted.identities.map((i) => i.toLowerCase().replace(/^@/, '')));
    if (allowed.size === 0)
        return [
            `no deploy identities are configured (checklist.deploy-protection.identities): who may push to ${branch} cannot be checked`,
        ];
    try {
        const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading who may push to ${branch}`, 'Administration: read', () => octokit.rest.repos.getAccessRestrictions({ ...repository, branch }));
        const pushers = [
            ...data.users.map((u) => u.login ?? ''),
            ...data.teams.map((t) => `${repository.owner}/${t.slug ?? ''}`),
            ...data.apps.map((a) => `app/${a?.slug ?? ''}`),
        ];
        const extra = pushers.filter((p) => !allowed.has(p.toLowerCase()));
        return extra.length
            ? [
                `${extra.join(', ')} may push to ${branch} but ${extra.length === 1 ? 'is' : 'are'} not a configured deploy identity`,
            ]
            : [];
    }
    catch (error) {
        const status = error.status;
        if (status === 404 && rules.some((r) => r.type === 'update'))
            return [
                `pushes to ${branch} are restricted by a ruleset whose bypass list this token cannot read: cannot confirm that only ${[...allowed].join(', ')} may push`,
            ];
        if (status === 404)
            return [
                `${branch} has no push restriction this token can read (GitHub answers 404 for both): anyone with write access may push, not only ${[...allowed].join(', ')}`,
            ];
        return [`could not read who may push to ${branch} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)})`];
    }
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

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishedOnGitHub: () => (/* binding */ publishedOnGitHub)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(6689);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * One pull-request comment per gate, found again by a hidden marker and edited in place, so a PR
 * never collects a comment per run. Created only when there is something to act on; an existing
 * one is updated whatever the outcome (so "unblocked" replaces the instructions).
 */

const COMMENT_LIMIT = 65_536;
function markerFor(gate) {
    return `<!-- pipeguard:${gate} -->`;
}
async function upsertStickyComment(octokit, target, gate, body, createIfMissing) {
    const marker = markerFor(gate);
    const full = fit(`${marker}\n${body}`);
    const { owner, repo, issue } = target;
    const comments = await (0,client.callGitHub)(`listing the comments of PR #${issue}`, 'Pull requests: read', () => octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
    }));
    // Bots' comments first: a person quoting the marker does not capture the sticky comment.
    const mine = comments
        .filter((c) => c.body?.startsWith(marker))
        .sort((a, b) => Number(b.user?.type === 'Bot') - Number(a.user?.type === 'Bot'));
    for (const existing of mine) {
        if (existing.body === full)
            return { action: 'unchanged', id: existing.id };
        try {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: full });
            return { action: 'updated', id: existing.id };
        }
        catch (error) {
            // Someone else's comment carrying the marker: not ours to edit; try the next or create.
            if (error.status !== 403) {
                await (0,client.callGitHub)(`updating comment ${existing.id}`, 'Pull requests: write', () => Promise.reject(error));
            }
        }
    }
    if (!createIfMissing)
        return { action: 'skipped' };
    const { data } = await (0,client.callGitHub)(`commenting on PR #${issue}`, 'Pull requests: write (`permissions: pull-requests: write`)', () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: full }));
    return { action: 'created', id: data.id };
}
function fit(text) {
    if (text.length <= COMMENT_LIMIT)
        return text;
    const note = '\n\n… (truncated; the job summary has the full report)';
    return text.slice(0, COMMENT_LIMIT - note.length) + note;
}

// EXTERNAL MODULE: ./src/github/review-source.ts + 3 modules
var review_source = __webpack_require__(2551);
;// CONCATENATED MODULE: ./src/github/rerun.ts


const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** `.github/workflows/gate.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/gate.yml@ref`). */
function workflowPathOf(workflowRef, repository) {
    if (!workflowRef)
        return undefined;
    const withoutRef = workflowRef.replace(/@[^@]*$/, '');
    return withoutRef.startsWith(`${repository}/`)
        ? withoutRef.slice(repository.length + 1)
        : undefined;
}
async function rerunFailedPullRequestRuns(ctx, octokit, repo, headSha) {
    const warnings = [];
    const rerun = [];
    const workflow = workflowPathOf(ctx.ci.workflowRef, `${repo.owner}/${repo.repo}`);
    if (!workflow) {
        return {
            rerun,
            warnings: [
                'cannot re-run the failed pull_request run: GITHUB_WORKFLOW_REF does not name this workflow',
            ],
        };
    }
    try {
        const runs = await (0,client.callGitHub)(`listing failed runs for ${headSha.slice(0, 7)}`, 'Actions: read (`permissions: actions: write`)', () => octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
            ...repo,
            head_sha: headSha,
            status: 'failure',
            per_page: 100,
        }));
        const failed = runs.filter((run) => String(run.id) !== ctx.ci.runId &&
            PR_EVENTS.has(run.event) &&
            run.head_sha === headSha &&
            run.conclusion === 'failure' &&
            run.path.replace(/@[^@]*$/, '') === workflow);
        for (const run of failed) {
            try {
                await (0,client.callGitHub)(`re-running the failed jobs of run ${run.id}`, 'Actions: write (`permissions: actions: write`)', () => octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: run.id }));
                rerun.push(run.id);
            }
            catch (error) {
                warnings.push(`could not re-run run ${run.id}: ${(0,errors/* oneLine */.TN)(error)}`);
            }
        }
    }
    catch (error) {
        warnings.push(`could not look for failed pull_request runs to re-run: ${(0,errors/* oneLine */.TN)(error)}`);
    }
    if (rerun.length)
        ctx.log.info(`re-ran the failed jobs of run(s) ${rerun.join(', ')} now that the gate passes`);
    return { rerun, warnings };
}

;// CONCATENATED MODULE: ./src/github/gate-publisher.ts







const DEFAULT_STATUS_CONTEXT = 'pipeguard/eval-gate';
const DESCRIPTION_LIMIT = 140;
/** `eval-gate.github.*`; on by default whenever approvals come from reviews. */
function gatePublishingFrom(ctx) {
    const section = (ctx.config['eval-gate'] ?? {});
    const reviews = section.approval === 'reviews' || section.approval === 'both';
    const github = section.github ?? {};
    return {
        status: github.status ?? reviews,
        context: github['status-context'] ?? DEFAULT_STATUS_CONTEXT,
        comment: github.comment ?? reviews,
        branchRules: github['branch-rules'] ?? reviews,
        rerunFailed: github['rerun-failed'] ?? false,
    };
}
/** The gate's final state on GitHub: success only for a pass. */
function commitStateFor(result) {
    if (result.status === 'pass')
        return 'success';
    if (result.status === 'error')
        return 'error';
    return 'failure';
}
async function withGitHubGate(ctx, run) {
    const settings = gatePublishingFrom(ctx);
    const pr = ctx.ci.pullRequest;
    const token = (0,client.githubTokenFrom)(ctx.env);
    const [owner, repo] = (ctx.ci.repository ?? '').split('/');
    const active = settings.status || settings.comment || settings.branchRules;
    if (!active || !pr || !token || !owner || !repo)
        return run();
    ctx.registerSecret(token);
    const octokit = (0,client.createGitHubClient)((0,client.clientOptionsFrom)(ctx.env, token, ctx.log));
    const warnings = [];
    const target = { owner, repo, sha: pr.headSha };
    const targetUrl = ctx.ci.runId
        ? `${ctx.ci.serverUrl}/${owner}/${repo}/actions/runs/${ctx.ci.runId}`
        : undefined;
    const setStatus = async (state, description) => {
        if (!settings.status)
            return;
        try {
            await octokit.rest.repos.createCommitStatus({
                ...target,
                state,
                context: settings.context,
                description: clip(description, DESCRIPTION_LIMIT),
                ...(targetUrl ? { target_url: targetUrl } : {}),
            });
        }
        catch (error) {
            warnings.push(`could not set the \`${settings.context}\` status to ${state} (${(0,errors/* oneLine */.TN)(error)}); the token needs \`statuses: write\` (fork pull requests get a read-only token)`);
        }
    };
    await setStatus('pending', 'pipeguard is evaluating the eval gate');
    let result;
    try {
        result = await run();
    }
    catch (error) {
        await setStatus('error', `pipeguard failed: ${(0,errors/* oneLine */.TN)(error)}`);
        for (const w of warnings)
            ctx.log.warn(w);
        throw error;
    }
    await setStatus(commitStateFor(result), `${result.status}: ${result.summary}`);
    if (settings.comment)
        await comment(ctx, octokit, { owner, repo, issue: pr.number }, result, warnings);
    let reran = [];
    if (settings.rerunFailed &&
        result.status === 'pass' &&
        ctx.ci.eventName === 'pull_request_review') {
        const report = await rerunFailedPullRequestRuns(ctx, octokit, { owner, repo }, pr.headSha);
        reran = report.rerun;
        warnings.push(...report.warnings);
    }
    if (settings.branchRules) {
        const report = await (0,branch_rules/* inspectMergeBlocking */.s)(octokit, { owner, repo }, pr.baseRef, settings.context);
        warnings.push(...report.warnings);
    }
    for (const w of warnings)
        ctx.log.warn(w);
    return withGitHubDetails(result, settings, warnings, reran);
}
async function comment(ctx, octokit, target, result, warnings) {
    try {
        await upsertStickyComment(octokit, target, 'eval-gate', commentBody(ctx, result), result.status !== 'pass');
    }
    catch (error) {
        warnings.push(`could not write the PR comment (${(0,errors/* oneLine */.TN)(error)}); it needs \`pull-requests: write\``);
    }
}
const ICON = { pass: '✅', fail: '❌', blocked: '⛔', error: '⚠️' };
function commentBody(ctx, result) {
    const lines = [
        `### ${ICON[result.status] ?? ''} pipeguard eval gate: ${result.status}`,
        '',
        result.summary,
        '',
    ];
    const markdown = result.details?.summaryMarkdown;
    if (result.status !== 'pass' && typeof markdown === 'string' && markdown.trim())
        lines.push(markdown.trim(), '');
    const table = reviewTable(ctx);
    if (table)
        lines.push(table, '');
    if (result.status !== 'pass') {
        lines.push('To unblock with PR reviews: every required role approves this PR at its latest commit (a new push to the exception file needs fresh approvals). The gate re-runs on each review.', '');
    }
    else {
        lines.push('The gate passed; nothing to do.', '');
    }
    const at = ctx.ci.pullRequest?.headSha.slice(0, 7);
    lines.push(`<sub>Updated by pipeguard${at ? ` for ${at}` : ''}. This comment is edited in place on every run.</sub>`);
    return lines.join('\n');
}
function reviewTable(ctx) {
    const recorded = (0,review_source/* recordedReviewVerdicts */.h7)(ctx);
    if (recorded.length === 0)
        return undefined;
    const rows = [
        '#### Approvals by PR review',
        '',
        '| Exception | Role | Approved | Reason |',
        '|---|---|---|---|',
    ];
    for (const { file, verdicts } of recorded) {
        for (const v of verdicts) {
            rows.push(`| ${(0,report_escape/* markdownCell */.U)(file)} | ${(0,report_escape/* markdownCell */.U)(v.role)} | ${v.satisfied ? `✅ ${(0,report_escape/* markdownCell */.U)(`@${v.by}`)}` : '❌'} | ${(0,report_escape/* markdownCell */.U)(v.reason)} |`);
        }
    }
    return rows.join('\n');
}
function withGitHubDetails(result, settings, warnings, reran) {
    const details = { ...(result.details ?? {}) };
    details.github = {
        statusContext: settings.status ? settings.context : undefined,
        warnings,
        reran,
    };
    if (warnings.length) {
        const section = ['#### Merge blocking on GitHub', '', ...warnings.map((w) => `- ⚠️ ${w}`)].join('\n');
        const existing = typeof details.summaryMarkdown === 'string' ? details.summaryMarkdown.trim() : '';
        details.summaryMarkdown = existing ? `${existing}\n\n${section}` : section;
    }
    return { ...result, details };
}
function clip(text, limit) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length <= limit ? line : `${line.slice(0, limit - 1)}…`;
}

;// CONCATENATED MODULE: ./src/github/gate-check.ts


async function published(ctx, run) {
    return withGitHubGate(ctx, run);
}
function publishedOnGitHub(check, command = [check.name]) {
    const wrap = (spec) => ({
        ...spec,
        run: async (ctx, args) => {
            if (args.values.replay !== undefined && args.values.replay !== false)
                return spec.run(ctx, args);
            const results = [];
            const gate = await published(ctx, async () => {
                const [first, ...rest] = await spec.run(ctx, args);
                if (!first)
                    throw new errors/* InputError */.dz(`${spec.name.join(' ')} returned no result`);
                results.push(...rest);
                return first;
            });
            return [gate, ...results];
        },
    });
    return {
        ...check,
        runConfigured: (ctx) => published(ctx, () => check.runConfigured(ctx)),
        commands: check.commands.map((spec) => spec.name.join(' ') === command.join(' ') ? wrap(spec) : spec),
    };
}


/***/ })

};
