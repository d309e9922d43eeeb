export const id = 789;
export const ids = [789];
export const modules = {

/***/ 4789:
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
;// CONCATENATED MODULE: ./src/github/branch-rules.ts
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
        const rules = await (0,client/* callGitHub */.ur)(`reading the rules of branch ${branch}`, 'Metadata: read', () => octokit.paginate(octokit.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 }));
        rulesRead = true;
        for (const rule of rules) {
            if (rule.type === 'required_status_checks') {
                const checks = (rule.parameters?.required_status_checks ?? []);
                if (checks.some((c) => c.context === context))
                    required = true;
            }
            if (rule.type === 'pull_request' && rule.parameters?.dismiss_stale_reviews_on_push === true)
                dismissesStale = true;
        }
    }
    catch (error) {
        warnings.push(`could not read the rulesets of ${branch}: ${(0,errors/* oneLine */.TN)(error)}`);
        required = 'unknown';
        dismissesStale = 'unknown';
    }
    if (required !== true) {
        try {
            const { data } = await (0,client/* callGitHub */.ur)(`reading branch ${branch}`, 'Contents: read', () => octokit.rest.repos.getBranch({ ...repository, branch }));
            const classic = data.protection?.required_status_checks;
            const contexts = [
                ...(classic?.contexts ?? []),
                ...(classic?.checks ?? []).map((c) => c.context),
            ];
            if (data.protected && contexts.includes(context))
                required = true;
            else if (rulesRead)
                required = false;
        }
        catch (error) {
            warnings.push(`could not read the protection of ${branch}: ${(0,errors/* oneLine */.TN)(error)}`);
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
    const comments = await (0,client/* callGitHub */.ur)(`listing the comments of PR #${issue}`, 'Pull requests: read', () => octokit.paginate(octokit.rest.issues.listComments, {
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
                await (0,client/* callGitHub */.ur)(`updating comment ${existing.id}`, 'Pull requests: write', () => Promise.reject(error));
            }
        }
    }
    if (!createIfMissing)
        return { action: 'skipped' };
    const { data } = await (0,client/* callGitHub */.ur)(`commenting on PR #${issue}`, 'Pull requests: write (`permissions: pull-requests: write`)', () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: full }));
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
        const runs = await (0,client/* callGitHub */.ur)(`listing failed runs for ${headSha.slice(0, 7)}`, 'Actions: read (`permissions: actions: write`)', () => octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
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
                await (0,client/* callGitHub */.ur)(`re-running the failed jobs of run ${run.id}`, 'Actions: write (`permissions: actions: write`)', () => octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: run.id }));
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
    const token = (0,client/* githubTokenFrom */.n2)(ctx.env);
    const [owner, repo] = (ctx.ci.repository ?? '').split('/');
    const active = settings.status || settings.comment || settings.branchRules;
    if (!active || !pr || !token || !owner || !repo)
        return run();
    ctx.registerSecret(token);
    const octokit = (0,client/* createGitHubClient */.LX)((0,client/* clientOptionsFrom */.I1)(ctx.env, token, ctx.log));
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
        const report = await inspectMergeBlocking(octokit, { owner, repo }, pr.baseRef, settings.context);
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
