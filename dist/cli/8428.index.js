export const id = 8428;
export const ids = [8428];
export const modules = {

/***/ 8428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_FILE_SIZE: () => (/* reexport */ files/* DEFAULT_MAX_FILE_SIZE */.Sj),
  eventRequest: () => (/* binding */ eventRequest),
  mergeSecretsShards: () => (/* binding */ mergeSecretsShards),
  parseSize: () => (/* reexport */ files/* parseSize */.DB),
  requestFromArgs: () => (/* binding */ requestFromArgs),
  runSecrets: () => (/* binding */ runSecrets),
  secretsCheck: () => (/* binding */ secretsCheck)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/util/threads.ts
var threads = __webpack_require__(1361);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/secrets/files.ts
var files = __webpack_require__(6692);
// EXTERNAL MODULE: ./src/checks/secrets/git-stream.ts
var git_stream = __webpack_require__(8396);
// EXTERNAL MODULE: ./src/shard/partition.ts
var partition = __webpack_require__(2230);
// EXTERNAL MODULE: ./src/shard/record.ts
var record = __webpack_require__(4147);
// EXTERNAL MODULE: ./src/shard/details.ts
var shard_details = __webpack_require__(9730);
// EXTERNAL MODULE: ./src/checks/secrets/findings.ts
var secrets_findings = __webpack_require__(2561);
;// CONCATENATED MODULE: ./src/checks/secrets/ranges.ts
/**
 * Commit ranges for diff and history scans, made to work on the shallow clones actions/checkout
 * makes: missing commits are fetched by SHA, the history is deepened step by step until the merge
 * base exists, and when that cannot be done the scan stops with one line saying why and what to
 * change — it never scans less than asked and passes.
 */


const ZERO_SHA = /^0+$/;
const DEEPEN_STEPS = [50, 200, 1000];
/** `A...B`, `A..B` or `A` (meaning `A...HEAD`). */
function parseRange(range) {
    const trimmed = range.trim();
    const three = trimmed.indexOf('...');
    if (three >= 0)
        return {
            base: trimmed.slice(0, three) || 'HEAD',
            head: trimmed.slice(three + 3) || 'HEAD',
            threeDot: true,
        };
    const two = trimmed.indexOf('..');
    if (two >= 0)
        return {
            base: trimmed.slice(0, two) || 'HEAD',
            head: trimmed.slice(two + 2) || 'HEAD',
            threeDot: false,
        };
    if (trimmed === '')
        throw new errors/* InputError */.dz('an empty commit range was given');
    return { base: trimmed, head: 'HEAD', threeDot: true };
}
function isZeroSha(sha) {
    return ZERO_SHA.test(sha);
}
/**
 * Make sure both ends exist locally and (for `...` and history) that their merge base does too.
 * `ready`: checks that must pass before anything is fetched; the first git call, which only reads,
 * runs meanwhile.
 */
async function resolveRange(root, range, needMergeBase, ready) {
    const { base, head, threeDot } = parseRange(range);
    for (const ref of [base, head]) {
        if (ref.startsWith('-'))
            throw new errors/* InputError */.dz(`not a commit: ${ref}`);
    }
    const fetched = [];
    // Usual case first: both ends and their one merge base are here, resolved in one git call.
    const symmetric = threeDot || needMergeBase ? revParseSymmetric(root, base, head) : undefined;
    await ready;
    const ends = await symmetric;
    if (ends)
        return { ...ends, from: threeDot ? ends.from : ends.base, fetched };
    const both = await revParseBoth(root, base, head);
    const baseSha = both?.[0] ?? (await ensureCommit(root, base, fetched));
    const headSha = both?.[1] ?? (await ensureCommit(root, head, fetched));
    if (!threeDot && !needMergeBase)
        return { base: baseSha, head: headSha, from: baseSha, fetched };
    const from = await ensureMergeBase(root, baseSha, headSha, fetched);
    return { base: baseSha, head: headSha, from: threeDot ? from : baseSha, fetched };
}
/**
 * What `git log` walks for a history scan: `A..B` / `A...B` as for diffs (from the merge base),
 * or, for a single ref, everything reachable from it — on a shallow clone only after unshallowing.
 */
async function resolveHistory(root, range) {
    if (range.includes('..')) {
        const resolved = await resolveRange(root, range, true);
        return { ...resolved, revs: `${resolved.from}..${resolved.head}` };
    }
    if (range.trim() === '' || range.trim().startsWith('-'))
        throw new errors/* InputError */.dz(`not a commit range: "${range}"`);
    const fetched = [];
    const head = await ensureCommit(root, range.trim(), fetched);
    if (await isShallow(root)) {
        const remote = await defaultRemote(root);
        if (!remote ||
            !(await (0,git_stream/* gitSucceeds */.GN)(root, ['fetch', '--no-tags', '--quiet', '--unshallow', remote]))) {
            throw new errors/* InputError */.dz(`the history of ${range.trim()} is cut off in this shallow clone and could not be fetched; check out with fetch-depth: 0`);
        }
        fetched.push('unshallowed');
    }
    return { base: '', head, from: '', fetched, revs: head };
}
async function ensureCommit(root, ref, fetched) {
    const local = await revParse(root, ref);
    if (local)
        return local;
    const remote = await defaultRemote(root);
    if (!remote)
        throw new errors/* InputError */.dz(`commit ${ref} is not in this repository and there is no remote to fetch it from`);
    if (!(await (0,git_stream/* gitSucceeds */.GN)(root, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, ref]))) {
        throw new errors/* InputError */.dz(`commit ${ref} is not in this clone and could not be fetched from ${remote}; check out with fetch-depth: 0 (actions/checkout)`);
    }
    fetched.push(`${ref} (depth 1)`);
    const sha = (await revParse(root, ref)) ?? (await revParse(root, 'FETCH_HEAD'));
    if (!sha)
        throw new errors/* InputError */.dz(`commit ${ref} could not be resolved after fetching it`);
    return sha;
}
async function ensureMergeBase(root, base, head, fetched) {
    const found = await mergeBase(root, base, head);
    if (found)
        return found;
    if (!(await isShallow(root))) {
        throw new errors/* InputError */.dz(`commits ${base.slice(0, 12)} and ${head.slice(0, 12)} have no common ancestor; pass a two-dot range (A..B) to diff them directly`);
    }
    const remote = await defaultRemote(root);
    if (!remote)
        throw new errors/* InputError */.dz('this shallow clone has no remote to deepen from; check out with fetch-depth: 0');
    for (const step of DEEPEN_STEPS) {
        if (!(await (0,git_stream/* gitSucceeds */.GN)(root, [
            'fetch',
            '--no-tags',
            '--quiet',
            `--deepen=${step}`,
            remote,
            base,
            head,
        ])))
            break;
        fetched.push(`deepened by ${step}`);
        const now = await mergeBase(root, base, head);
        if (now)
            return now;
    }
    if (await (0,git_stream/* gitSucceeds */.GN)(root, ['fetch', '--no-tags', '--quiet', '--unshallow', remote, base, head])) {
        fetched.push('unshallowed');
        const now = await mergeBase(root, base, head);
        if (now)
            return now;
    }
    throw new errors/* InputError */.dz(`the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} is not in this shallow clone and fetching more history failed; check out with fetch-depth: 0`);
}
async function revParse(root, ref) {
    try {
        const out = (await (0,git_stream/* gitOutput */.oM)(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], `resolve ${ref}`)).trim();
        return out || undefined;
    }
    catch {
        return undefined;
    }
}
async function revParseBoth(root, a, b) {
    // No --end-of-options here (rev-parse would echo it): refs starting with "-" were refused already.
    try {
        const out = (await (0,git_stream/* gitOutput */.oM)(root, ['rev-parse', `${a}^{commit}`, `${b}^{commit}`], 'resolve the range'))
            .split('\n')
            .filter(Boolean);
        return out.length === 2 && out.every((sha) => /^[0-9a-f]{40,64}$/.test(sha))
            ? [out[0], out[1]]
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * `git rev-parse A...B` prints B, A and each merge base (`^sha`): one process instead of two on
 * the usual path of a PR diff. Anything else (a missing end, no merge base or several, which
 * `merge-base` picks among) goes the long way.
 */
async function revParseSymmetric(root, base, head) {
    try {
        const out = (await (0,git_stream/* gitOutput */.oM)(root, ['rev-parse', `${base}^{commit}...${head}^{commit}`], 'resolve the range'))
            .split('\n')
            .filter(Boolean);
        const [headSha, baseSha, from] = out;
        if (out.length !== 3 || !from?.startsWith('^'))
            return undefined;
        const shas = [headSha, baseSha, from.slice(1)];
        if (!shas.every((sha) => /^[0-9a-f]{40,64}$/.test(sha)))
            return undefined;
        return { head: shas[0], base: shas[1], from: shas[2] };
    }
    catch {
        return undefined;
    }
}
async function mergeBase(root, a, b) {
    try {
        return (await (0,git_stream/* gitOutput */.oM)(root, ['merge-base', a, b], 'find the merge base')).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
async function isShallow(root) {
    try {
        return ((await (0,git_stream/* gitOutput */.oM)(root, ['rev-parse', '--is-shallow-repository'], 'inspect the clone')).trim() === 'true');
    }
    catch {
        return false;
    }
}
async function defaultRemote(root) {
    try {
        const remotes = (await (0,git_stream/* gitOutput */.oM)(root, ['remote'], 'list remotes')).split('\n').filter(Boolean);
        return remotes.includes('origin') ? 'origin' : remotes[0];
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/checks/secrets/scan.ts + 1 modules
var scan = __webpack_require__(2016);
// EXTERNAL MODULE: ./src/checks/secrets/spec.ts
var spec = __webpack_require__(644);
// EXTERNAL MODULE: ./src/checks/secrets/suppress.ts
var suppress = __webpack_require__(9172);
;// CONCATENATED MODULE: ./src/checks/secrets/index.ts
/**
 * `pipeguard secrets`: the check definition. Picks the mode (explicit flags, else the CI event,
 * else the tree), scans, turns hits into masked findings, registers every raw value for log
 * masking before anything is returned, and applies inline markers, the ignore file and the
 * baseline.
 */






















/** The name standard input goes by in findings when --stdin-filename gives none. */
const STDIN_NAME = 'stdin';
/** Findings that say something is absent: unused only if no shard used it. */
const ABSENCE_RULES = ['ignore-unused', 'baseline-unused'];
const SKIP_FINDING_REASONS = new Set([
    'too-large',
    'symlink-outside-root',
    'unreadable',
    'submodule-not-checked-out',
]);
const META_RULES = {
    'ignore-expired': {
        title: 'Expired secrets-ignore entry',
        help: 'The entry no longer suppresses its finding. Rotate the secret or renew the entry.',
        severity: 'medium',
    },
    'ignore-unused': {
        title: 'Unused secrets-ignore entry',
        help: 'No finding matches the entry any more; remove it.',
        severity: 'low',
    },
    'baseline-unused': {
        title: 'Unused baseline entry',
        help: 'No finding matches the entry any more; regenerate the baseline with --write-baseline.',
        severity: 'low',
    },
    'scan-skipped': {
        title: 'File not scanned',
        help: 'The file was too large, unreadable, a symlink leaving the root, or a submodule that is not checked out; scan it another way or exclude it explicitly.',
        severity: 'low',
    },
};
/** Run a secrets scan as requested. */
async function runSecrets(ctx, request, shardArgs = { positionals: request.paths, values: {} }) {
    const section = (0,types/* sectionOf */.Z)(ctx.config, 'secrets');
    const maxFileSize = (0,files/* parseSize */.DB)(request.maxFileSize ?? section['max-file-size'], files/* DEFAULT_MAX_FILE_SIZE */.Sj);
    const decode = section.decode ?? true;
    const excluded = section.exclude?.length ? picomatch_default()(section.exclude, { dot: true }) : undefined;
    const pathspecs = request.paths.map((p) => (0,fs/* relativeToRoot */.yY)(ctx.root, (0,fs/* resolveInsideRoot */.Pk)(ctx.root, p)) || '.');
    const ignoreDisplay = request.ignoreFile ?? section['ignore-file'] ?? spec/* DEFAULT_IGNORE_FILE */.O;
    const ignores = await (0,suppress/* loadIgnoreFile */.FI)((0,fs/* resolveInsideRoot */.Pk)(ctx.root, ignoreDisplay), ignoreDisplay, ignoreDisplay !== spec/* DEFAULT_IGNORE_FILE */.O);
    const baselineDisplay = request.baseline ?? section.baseline;
    const baseline = baselineDisplay
        ? await (0,suppress/* loadBaseline */.oU)((0,fs/* resolveInsideRoot */.Pk)(ctx.root, baselineDisplay), baselineDisplay)
        : undefined;
    const inputs = await digests(ctx.root, [ignoreDisplay, baselineDisplay]);
    if (request.shard &&
        (request.mode === 'staged' || request.mode === 'diff' || request.mode === 'stdin'))
        throw new errors/* InputError */.dz(request.mode === 'stdin'
            ? '--shard splits a tree or history scan; - (standard input) is one file, run it unsharded'
            : `--shard splits a tree or history scan; --${request.mode} scans one change, run it unsharded`);
    if (request.shard && request.writeBaseline)
        throw new errors/* InputError */.dz('--write-baseline needs every finding: run it without --shard (a shard sees part of them)');
    const work = request.shard
        ? new partition/* WorkList */.kT(request.shard, request.mode === 'history' ? 'commits' : 'files')
        : undefined;
    const settings = { maxFileSize, decode, threads: (0,threads/* threadsFromEnv */.b)(ctx.env.PIPEGUARD_THREADS) };
    let scanned;
    const facts = { mode: request.mode, reason: request.reason };
    const stdinMode = request.mode === 'stdin';
    // The rule catalog (titles, help, severities) is needed once the hits are in: it loads while
    // the first git command runs, not before it. A tree scan's engine loads in its workers (or
    // once a small tree is listed).
    const catalog = Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(855)]).then(__webpack_require__.bind(__webpack_require__, 855));
    catalog.catch(() => undefined);
    if (request.mode !== 'tree')
        (0,scan.preloadEngine)();
    const inGit = !stdinMode && (request.mode !== 'tree' || (await (0,git.isGitRepo)(ctx.root)));
    const unreadable = stdinMode ? [] : await (0,files/* unreadablePaths */.G1)(ctx.root, request.paths);
    const literal = pathspecs.map((p) => `:(literal)${p}`);
    const checked = (async () => {
        if (stdinMode)
            return;
        if (request.mode !== 'tree')
            await (0,git/* requireGitWorkTree */.lS)(ctx.root, `--${request.mode} needs one`);
        // A named path that is not there scans nothing: an input error, never a pass. (History may
        // name a file that only its commits still hold: checked once the range is known.)
        if (request.mode !== 'history' && unreadable[0])
            throw (0,files/* unreadablePathError */.nf)(unreadable[0].path, unreadable[0].code);
        await refuseSubmodules(ctx.root, request, pathspecs, inGit);
    })();
    // A diff's range resolves beside those checks (its first git call only reads); anything it
    // would fetch waits until they have passed. Its errors surface where it is awaited.
    const diffRange = request.mode === 'diff'
        ? resolveRange(ctx.root, request.range ?? '', false, checked)
        : undefined;
    diffRange?.catch(() => undefined);
    await checked;
    if (stdinMode) {
        if (!ctx.readStdin)
            throw new errors/* InputError */.dz('standard input (-) can only be read by the CLI');
        const name = request.stdinName ?? STDIN_NAME;
        scanned = await (0,scan.scanBytes)(name, await ctx.readStdin(maxFileSize), settings);
    }
    else if (request.mode === 'tree') {
        scanned = await (0,scan.scanTree)(ctx.root, inGit, pathspecs, settings, work && ((rel) => work.take(rel)));
    }
    else if (request.mode === 'staged') {
        scanned = await (0,scan.scanPatch)(ctx.root, ['diff', '--cached', '--relative', ...scan.PATCH_ARGS, '--', ...literal], 'read the staged changes', settings);
    }
    else {
        let range;
        try {
            range =
                request.mode === 'history'
                    ? await resolveHistory(ctx.root, request.range ?? '')
                    : { ...(await diffRange), revs: '' };
        }
        catch (error) {
            if (!request.fromEvent || !(error instanceof errors/* InputError */.dz))
                throw error;
            const why = `${request.reason}, but ${error.message}; scanned the whole tree instead`;
            ctx.log.warn(`secrets: ${why}`);
            return runSecrets(ctx, { ...request, mode: 'tree', range: undefined, fromEvent: false, reason: why }, shardArgs);
        }
        if (request.mode === 'history') {
            for (const { path: missing, code } of unreadable) {
                const rel = (0,fs/* relativeToRoot */.yY)(ctx.root, external_node_path_default().resolve(ctx.root, missing));
                if (!(await touchedInRange(ctx.root, range.revs, rel)))
                    throw (0,files/* unreadablePathError */.nf)(missing, code);
            }
            facts.commits = await commitCount(ctx.root, range.revs);
        }
        Object.assign(facts, {
            range: request.range,
            ...(range.base ? { base: range.base } : {}),
            head: range.head,
            ...(range.fetched.length ? { fetched: range.fetched } : {}),
        });
        const args = request.mode === 'diff'
            ? ['diff', '--relative', ...scan.PATCH_ARGS, range.from, range.head, '--', ...literal]
            : [
                'log',
                '--relative',
                '-p',
                '--reverse',
                '--no-merges',
                '--format=%x00commit %H',
                ...scan.PATCH_ARGS,
                range.revs,
                '--',
                ...literal,
            ];
        if (work) {
            // This shard's contiguous block of the commits the unsharded log would read, oldest first.
            const commits = await shardCommits(ctx.root, range.revs, literal, work);
            scanned =
                commits.length === 0
                    ? { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } }
                    : await (0,scan.scanPatch)(ctx.root, [
                        'log',
                        '--relative',
                        '-p',
                        '--no-walk=unsorted',
                        '--format=%x00commit %H',
                        ...scan.PATCH_ARGS,
                        '--stdin',
                        '--',
                        ...literal,
                    ], 'read the history', settings, `${commits.join('\n')}\n`);
        }
        else {
            scanned = await (0,scan.scanPatch)(ctx.root, args, request.mode === 'diff' ? 'diff the range' : 'read the history', settings);
        }
    }
    let hits = scanned.hits;
    let excludedCount = 0;
    if (excluded) {
        hits = hits.filter((h) => !excluded(h.path) || (excludedCount++, false));
        scanned.skips = scanned.skips.filter((s) => !excluded(s.path));
    }
    // Register every raw value before anything can be rendered (the Action masks them in logs).
    for (const hit of hits)
        for (const value of (0,secrets_findings/* rawValuesOf */.a1)(hit))
            ctx.registerSecret(value);
    const { allRules, ruleById } = await catalog;
    const findings = toFindings(hits, ruleById, request.mode === 'history');
    const complete = request.mode === 'tree' && pathspecs.length === 0;
    findings.push(...applyIgnores(findings, ignores, ignoreDisplay, ctx.now, complete));
    if (baseline)
        findings.push(...applyBaseline(findings, baseline, baselineDisplay, complete));
    findings.push(...skipFindings(scanned.skips));
    if (request.writeBaseline) {
        const target = (0,fs/* resolveInsideRoot */.Pk)(ctx.root, request.writeBaseline);
        const previous = await readPrevious(target);
        const eligible = findings.filter((f) => !f.suppressed || f.suppressed.kind === 'baseline');
        const written = await (0,suppress/* writeBaseline */.B9)(target, eligible, previous);
        for (const f of eligible)
            if (!f.rule.startsWith('scan-'))
                f.suppressed ??= { kind: 'baseline', reason: 'written to the new baseline' };
        facts.baselineWritten = { file: request.writeBaseline, entries: written };
    }
    const suppressed = findings.filter((f) => f.suppressed).length;
    // One order, sharded or not, so the merge of shards equals an unsharded scan.
    (0,model/* orderFindings */.$t)(findings);
    const details = {
        ...facts,
        files: scanned.stats.files,
        bytes: scanned.stats.bytes,
        ...(scanned.stats.nonUtf8 ? { nonUtf8Files: scanned.stats.nonUtf8 } : {}),
        skipped: sortedKeys(countBy(scanned.skips)),
        ...(scanned.skips.length
            ? { skippedFiles: [...scanned.skips].sort(bySkippedPath).slice(0, SKIPPED_SHOWN) }
            : {}),
        ...(excludedCount ? { excludedFindings: excludedCount } : {}),
        suppressed,
    };
    const failOn = (0,types/* failOnFor */.p)(ctx.config, 'secrets');
    const result = (0,model/* resultFromFindings */.Ot)(secrets_findings/* CHECK */.fi, findings, failOn, (failing, total) => summaryOf({
        mode: request.mode,
        range: request.range,
        files: scanned.stats.files,
        stdinName: request.stdinName,
    }, failing, total, suppressed, facts.commits), details);
    result.rules = { ...allRules(), ...META_RULES };
    if (inputs.length)
        result.inputs = inputs;
    result.outputs = { mode: request.mode };
    if (work && request.shard)
        await (0,record/* withShardRecord */.s)(ctx, result, {
            spec: request.shard,
            work,
            command: spec/* SECRETS_SPEC */.M.commands[0],
            args: shardArgs,
            absence: request.mode === 'tree' ? ABSENCE_RULES : [],
        });
    return result;
}
const SKIPPED_SHOWN = 50;
/** The details a shard counts for its part (the rest are facts of the whole run). */
const COUNTED_DETAILS = new Set([
    'files',
    'bytes',
    'nonUtf8Files',
    'skipped',
    'skippedFiles',
    'excludedFindings',
    'suppressed',
]);
function sortedKeys(counts = {}) {
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
function bySkippedPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : 1;
}
/** The range's commits the scan reads (oldest first), this shard's block of them recorded as its own. */
async function shardCommits(root, revs, literal, work) {
    const all = [];
    for await (const line of (0,git_stream/* gitLines */.QS)(root, ['rev-list', '--reverse', '--no-merges', revs, '--', ...literal], 'list the commits of the range'))
        if (line)
            all.push(line);
    const { start, end } = (0,partition/* blockOf */.VN)(all.length, work.spec);
    all.forEach((sha, i) => work.record(sha, i >= start && i < end));
    return all.slice(start, end);
}
/**
 * A sharded run of the check rebuilt from its shards (`pipeguard report merge`): the findings are
 * already merged; counts add up, the skipped files are listed as one scan lists them.
 */
function mergeSecretsShards(shards, findings) {
    const summed = (0,shard_details/* sumDetails */.c)(shards.map((s) => s.details ?? {}), ['commits']);
    const skippedFiles = shards
        .flatMap((s) => s.details?.skippedFiles ?? [])
        .sort(bySkippedPath)
        .slice(0, SKIPPED_SHOWN);
    const suppressed = findings.filter((f) => f.suppressed).length;
    // The facts of the run (mode, range, commits …) are every shard's; the counts add up; the
    // keys in the order one run writes them.
    const facts = Object.fromEntries(Object.entries(shards[0]?.details ?? {}).filter(([key]) => !COUNTED_DETAILS.has(key)));
    const details = {
        ...facts,
        files: summed.files,
        bytes: summed.bytes,
        ...(summed.nonUtf8Files ? { nonUtf8Files: summed.nonUtf8Files } : {}),
        skipped: sortedKeys(summed.skipped),
        ...(skippedFiles.length ? { skippedFiles } : {}),
        ...(summed.excludedFindings ? { excludedFindings: summed.excludedFindings } : {}),
        suppressed,
    };
    return {
        details,
        // File, line, column, rule: the findings of one file come from one shard.
        order: model/* compareFindings */.Eg,
        summary: (failing, total) => summaryOf({
            mode: details.mode,
            range: details.range,
            files: details.files,
        }, failing, total, suppressed, details.commits),
    };
}
function toFindings(hits, ruleById, dedupeAcrossCommits) {
    const findings = [];
    const seen = new Set();
    for (const hit of hits) {
        const finding = (0,secrets_findings/* findingOf */.hD)(hit, ruleById(hit.rule));
        if (dedupeAcrossCommits) {
            // History: a secret is reported once, where it was first added.
            if (seen.has(finding.fingerprint))
                continue;
            seen.add(finding.fingerprint);
        }
        if (hit.inlineAllowed)
            finding.suppressed = { kind: 'inline', reason: 'pipeguard:allow on the line' };
        else if (hit.disabledByComment)
            finding.suppressed = { kind: 'secretlint-disable', reason: 'secretlint-disable comment' };
        findings.push(finding);
    }
    return findings;
}
function applyIgnores(findings, ignores, file, now, complete) {
    const extra = [];
    const byFingerprint = new Map(ignores.map((e) => [e.fingerprint, e]));
    const used = new Set();
    const expiredReported = new Set();
    for (const finding of findings) {
        const entry = byFingerprint.get(finding.fingerprint);
        if (!entry)
            continue;
        used.add(entry.fingerprint);
        if ((0,suppress/* isExpired */._d)(entry, now)) {
            if (!expiredReported.has(entry.fingerprint)) {
                expiredReported.add(entry.fingerprint);
                extra.push((0,suppress/* entryFinding */.AD)('ignore-expired', file, entry.line, entry.fingerprint, `ignore entry for ${finding.rule} in ${finding.file} expired on ${entry.expires}`));
            }
            continue;
        }
        finding.suppressed ??= { kind: 'ignore-file', reason: entry.reason };
    }
    if (complete) {
        for (const entry of ignores) {
            if (!used.has(entry.fingerprint))
                extra.push((0,suppress/* entryFinding */.AD)('ignore-unused', file, entry.line, entry.fingerprint, `ignore entry ${entry.fingerprint} matches no finding`));
        }
    }
    return extra;
}
function applyBaseline(findings, baseline, file, complete) {
    const used = new Set();
    for (const finding of findings) {
        if (!baseline.fingerprints.has(finding.fingerprint))
            continue;
        used.add(finding.fingerprint);
        finding.suppressed ??= { kind: 'baseline', reason: `listed in ${file}` };
    }
    if (!complete)
        return [];
    return [...baseline.fingerprints]
        .filter((fp) => !used.has(fp))
        .map((fp) => (0,suppress/* entryFinding */.AD)('baseline-unused', file, undefined, fp, `baseline entry ${fp} matches no finding`));
}
/**
 * A named submodule: a tree scan reads its checked-out files; one not checked out, or one named
 * to a patch mode (which sees only the commit it points at), is refused rather than passed.
 */
async function refuseSubmodules(root, request, pathspecs, inGit) {
    if (!inGit || pathspecs.length === 0)
        return;
    for (const rel of await (0,files/* submodulePaths */.Xg)(root, pathspecs)) {
        const shown = request.paths[pathspecs.indexOf(rel)] ?? rel;
        if (request.mode !== 'tree')
            throw new errors/* InputError */.dz(`is a git submodule: --${request.mode} sees only the commit it points at; scan its files with a tree scan or in its own repository`, shown);
        if (!(await (0,files/* isCheckedOutSubmodule */.cf)(root, rel)))
            throw new errors/* InputError */.dz('is a git submodule that is not checked out, so nothing of it can be scanned (git submodule update --init)', shown);
    }
}
/** The commits a history scan walks (merges are skipped, as by the scan), for the summary. */
async function commitCount(root, revs) {
    const out = await (0,git_stream/* gitOutput */.oM)(root, ['rev-list', '--count', '--no-merges', revs], 'count the commits of the range');
    return {
        count: Number(out.trim()),
        range: revs.replace(/\b([0-9a-f]{12})[0-9a-f]{28,52}\b/g, '$1'),
    };
}
/** Whether any commit of the range changes the path (a file deleted since can be named). */
async function touchedInRange(root, revs, rel) {
    const out = await (0,git_stream/* gitOutput */.oM)(root, ['log', '-1', '--format=%H', revs, '--', `:(literal)${rel}`], 'look the path up in the history');
    return out.trim() !== '';
}
function skipFindings(skips) {
    return skips
        .filter((s) => SKIP_FINDING_REASONS.has(s.reason))
        .map((s) => ({
        check: secrets_findings/* CHECK */.fi,
        rule: 'scan-skipped',
        severity: 'low',
        message: `not scanned: ${describeSkip(s)}`,
        file: s.path,
        fingerprint: entryFingerprint(s),
        remedy: META_RULES['scan-skipped'].help,
    }));
}
function entryFingerprint(s) {
    return (0,model/* fingerprintOf */.ax)(secrets_findings/* CHECK */.fi, 'scan-skipped', s.path, s.reason);
}
function describeSkip(s) {
    switch (s.reason) {
        case 'too-large':
            return `larger than the size cap (${s.detail ?? ''})`;
        case 'symlink-outside-root':
            return 'symlink pointing outside the scanned root (not followed)';
        case 'unreadable':
            return `unreadable (${s.detail ?? 'error'})`;
        case 'submodule-not-checked-out':
            return 'git submodule that is not checked out (git submodule update --init)';
        default:
            return s.reason;
    }
}
function countBy(skips) {
    const out = {};
    for (const s of skips)
        out[s.reason] = (out[s.reason] ?? 0) + 1;
    return out;
}
function summaryOf(request, failing, total, suppressed, commits) {
    const what = request.mode === 'tree'
        ? `${request.files} files`
        : request.mode === 'staged'
            ? 'staged changes'
            : request.mode === 'stdin'
                ? `standard input (${request.stdinName ?? STDIN_NAME})`
                : request.mode === 'history' && commits
                    ? `${commits.count} commit${commits.count === 1 ? '' : 's'} (${commits.range})`
                    : `${request.mode} ${request.range ?? ''}`.trim();
    if (total === 0)
        return `no secrets in ${what}`;
    return `${failing} failing of ${total} findings in ${what}${suppressed ? ` (${suppressed} suppressed)` : ''}`;
}
async function digests(root, files) {
    const out = [];
    for (const file of files) {
        if (!file)
            continue;
        try {
            const bytes = await (0,promises_.readFile)(external_node_path_default().resolve(root, file));
            out.push({ name: file, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') });
        }
        catch {
            // Absent optional files have no digest.
        }
    }
    return out;
}
async function readPrevious(target) {
    try {
        return (await (0,suppress/* loadBaseline */.oU)(target, target)).raw;
    }
    catch {
        return undefined;
    }
}
/** The mode a CI run uses when no flag says otherwise: the event decides. */
function eventRequest(ctx, paths) {
    const ci = ctx.ci;
    if (ci.isGitHubActions && ci.pullRequest) {
        // Every commit of the PR, not the net diff: a key added in one commit and deleted in the
        // next stays in the branch (and in refs/pull/N/head after a squash merge).
        return {
            mode: 'history',
            range: `${ci.pullRequest.baseSha}..${ci.pullRequest.headSha}`,
            paths,
            reason: `${ci.eventName ?? 'pull_request'} #${ci.pullRequest.number}: every commit of the PR`,
            fromEvent: true,
        };
    }
    if (ci.isGitHubActions && ci.eventName === 'push' && ci.push) {
        if (isZeroSha(ci.push.before) || isZeroSha(ci.push.after)) {
            return {
                mode: 'tree',
                paths,
                reason: 'push of a new branch: no previous commit, the whole tree is scanned',
            };
        }
        return {
            mode: 'history',
            range: `${ci.push.before}..${ci.push.after}`,
            paths,
            reason: 'push: the pushed commits',
            fromEvent: true,
        };
    }
    return {
        mode: 'tree',
        paths,
        reason: ci.isGitHubActions ? `${ci.eventName ?? 'event'}: the whole tree` : 'the whole tree',
    };
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** Flags → request; without a mode flag the event (in CI) or the tree decides. */
function requestFromArgs(ctx, args) {
    const v = args.values;
    const staged = v.staged === true || v.staged === 'true';
    const tree = v.tree === true || v.tree === 'true';
    const diff = str(v.diff);
    const history = str(v.history);
    const chosen = [staged && 'staged', diff && 'diff', history && 'history', tree && 'tree'].filter(Boolean);
    if (chosen.length > 1)
        throw new errors/* InputError */.dz(`choose one of --staged, --diff, --history, --tree (got ${chosen.join(', ')})`);
    const section = (0,types/* sectionOf */.Z)(ctx.config, 'secrets');
    const paths = args.positionals.length ? args.positionals : (section.paths ?? []);
    const stdinName = str(v['stdin-filename']);
    // A label, never opened; but reports place it under the root (SARIF, annotations), so it must
    // name a path inside it.
    if (stdinName !== undefined) {
        const normal = external_node_path_default().posix.normalize(stdinName.replace(/\\/g, '/'));
        if (external_node_path_default().posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
            throw new errors/* InputError */.dz(`--stdin-filename must be a path inside the root, as reports place it there; got ${JSON.stringify(stdinName)}`);
    }
    if (args.positionals.includes('-')) {
        if (args.positionals.length > 1)
            throw new errors/* InputError */.dz('- (standard input) cannot be combined with other paths');
        if (chosen.length)
            throw new errors/* InputError */.dz(`- (standard input) cannot be combined with --${chosen[0]}`);
        if (str(v['write-baseline']))
            throw new errors/* InputError */.dz('--write-baseline needs files, not standard input');
        return {
            paths: [],
            stdinName: stdinName ?? STDIN_NAME,
            baseline: str(v.baseline),
            ignoreFile: str(v['ignore-file']),
            maxFileSize: str(v['max-file-size']),
            shard: (0,partition/* shardOption */.Kn)(v.shard),
            mode: 'stdin',
            reason: 'standard input',
        };
    }
    if (stdinName)
        throw new errors/* InputError */.dz('--stdin-filename names standard input: give - as the path');
    const common = {
        paths,
        baseline: str(v.baseline),
        writeBaseline: str(v['write-baseline']),
        ignoreFile: str(v['ignore-file']),
        maxFileSize: str(v['max-file-size']),
        shard: (0,partition/* shardOption */.Kn)(v.shard),
    };
    if (staged)
        return { ...common, mode: 'staged', reason: 'staged changes (what the next commit adds)' };
    if (diff)
        return { ...common, mode: 'diff', range: diff, reason: `added lines of ${diff}` };
    if (history)
        return { ...common, mode: 'history', range: history, reason: `commits of ${history}` };
    if (tree)
        return { ...common, mode: 'tree', reason: 'the whole tree (--tree)' };
    return { ...common, ...eventRequest(ctx, paths) };
}
const secretsCheck = (0,checks_define/* implementCheck */.gs)(spec/* SECRETS_SPEC */.M, (ctx) => {
    const section = (0,types/* sectionOf */.Z)(ctx.config, 'secrets');
    return runSecrets(ctx, eventRequest(ctx, section.paths ?? []));
}, { secrets: async (ctx, args) => [await runSecrets(ctx, requestFromArgs(ctx, args), args)] }, { merge: mergeSecretsShards });


/***/ }),

/***/ 2016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMIT_MARK: () => (/* reexport */ COMMIT_MARK),
  PATCH_ARGS: () => (/* binding */ PATCH_ARGS),
  preloadEngine: () => (/* binding */ preloadEngine),
  scanBytes: () => (/* binding */ scanBytes),
  scanPatch: () => (/* binding */ scanPatch),
  scanTree: () => (/* binding */ scanTree)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/worker-pool.ts + 1 modules
var worker_pool = __webpack_require__(3330);
// EXTERNAL MODULE: ./src/checks/secrets/files.ts
var files = __webpack_require__(6692);
// EXTERNAL MODULE: ./src/checks/secrets/git-stream.ts
var git_stream = __webpack_require__(8396);
;// CONCATENATED MODULE: ./src/checks/secrets/patch.ts
/**
 * Parse `git diff -U0` / `git log -p -U0` output into the lines each file gained, with their line
 * numbers in the new version. Streaming: feed lines, get a callback per finished file, so a long
 * history never sits in memory whole.
 */
const HUNK = /^@@@* -[0-9,]+ (?:-[0-9,]+ )*\+(\d+)(?:,(\d+))? @@/;
/** Marks a commit header in `git log --format=%x00commit %H` output. */
const COMMIT_MARK = '\0commit ';
class PatchParser {
    emit;
    maxBytes;
    current;
    nextLine = 0;
    remaining = 0;
    commit;
    inHeader = false;
    bytes = 0;
    constructor(emit, maxBytes = Number.POSITIVE_INFINITY) {
        this.emit = emit;
        this.maxBytes = maxBytes;
    }
    push(line) {
        if (this.remaining > 0 && this.current) {
            // Inside a hunk: only `+`/`-`/`\` lines; a context line cannot occur with -U0.
            if (line.startsWith('+')) {
                this.remaining--;
                const lineNumber = this.nextLine++;
                if (this.current.tooLarge)
                    return;
                this.bytes += line.length;
                if (this.bytes > this.maxBytes) {
                    // Bounded memory: stop holding this file's lines; it is reported as skipped.
                    this.current.tooLarge = true;
                    this.current.lines = [];
                    this.current.lineNumbers = [];
                    return;
                }
                this.current.lines.push(line.slice(1));
                this.current.lineNumbers.push(lineNumber);
                return;
            }
            if (line.startsWith('-') || line.startsWith('\\'))
                return;
            this.remaining = 0;
        }
        if (line.startsWith(COMMIT_MARK)) {
            this.flush();
            this.commit = line.slice(COMMIT_MARK.length).trim();
            return;
        }
        if (line.startsWith('diff --git ') ||
            line.startsWith('diff --cc ') ||
            line.startsWith('diff --combined ')) {
            this.flush();
            this.inHeader = true;
            this.bytes = 0;
            this.current = {
                path: pathFromDiffHeader(line),
                lines: [],
                lineNumbers: [],
                ...(this.commit ? { commit: this.commit } : {}),
            };
            return;
        }
        if (!this.current)
            return;
        if (this.inHeader) {
            if (line.startsWith('+++ ')) {
                const target = line.slice(4);
                if (target !== '/dev/null')
                    this.current.path = stripPrefix(unquote(target));
                return;
            }
            if (line.startsWith('rename to ')) {
                this.current.path = unquote(line.slice('rename to '.length));
                return;
            }
            if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
                this.current.binary = true;
                return;
            }
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            this.inHeader = false;
            this.nextLine = Number(hunk[1]);
            this.remaining = hunk[2] === undefined ? 1 : Number(hunk[2]);
        }
    }
    /** Emit the file in progress (call once more at end of input). */
    flush() {
        if (this.current &&
            (this.current.lines.length > 0 || this.current.binary || this.current.tooLarge))
            this.emit(this.current);
        this.current = undefined;
        this.remaining = 0;
        this.inHeader = false;
    }
}
/** Parse a whole patch text (tests, small diffs). */
function parsePatch(text) {
    const out = [];
    const parser = new PatchParser((file) => out.push(file));
    for (const line of text.split('\n'))
        parser.push(line);
    parser.flush();
    return out;
}
/** `diff --git a/x b/x`: the new path, used until `+++`/`rename to` says better (also for binary files). */
function pathFromDiffHeader(line) {
    const rest = line.replace(/^diff --(?:git|cc|combined) /, '');
    if (rest.startsWith('"')) {
        const paths = splitQuoted(rest);
        return stripPrefix(paths[paths.length - 1] ?? '');
    }
    if (!rest.startsWith('a/'))
        return rest;
    // Unquoted `a/P b/P`: when both sides are the same path, the split point is the middle.
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3))
        return rest.slice(half + 3);
    const at = rest.lastIndexOf(' b/');
    return at >= 0 ? rest.slice(at + 3) : rest;
}
function splitQuoted(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        if (text[i] === ' ') {
            i++;
            continue;
        }
        if (text[i] === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out.push(unquote(text.slice(i, j + 1)));
            i = j + 1;
        }
        else {
            const j = text.indexOf(' ', i);
            out.push(text.slice(i, j < 0 ? text.length : j));
            i = j < 0 ? text.length : j;
        }
    }
    return out;
}
function stripPrefix(p) {
    return p.replace(/^[abciow12]\//, '');
}
const ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
};
/** git's C-style quoting of paths with special or non-ASCII bytes (octal escapes are UTF-8 bytes). */
function unquote(text) {
    const value = text.endsWith('\t') ? text.slice(0, -1) : text;
    if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2)
        return value;
    const bytes = [];
    const body = value.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The inverse of unquote, as git writes it (for tests). */
function quote(path) {
    const bytes = Buffer.from(path, 'utf8');
    let needs = false;
    let out = '';
    for (const byte of bytes) {
        const name = Object.keys(ESCAPES).find((k) => ESCAPES[k] === byte);
        if (name) {
            out += `\\${name}`;
            needs = true;
        }
        else if (byte < 0x20 || byte >= 0x7f) {
            out += `\\${byte.toString(8).padStart(3, '0')}`;
            needs = true;
        }
        else
            out += String.fromCharCode(byte);
    }
    return needs ? `"${out}"` : path;
}

;// CONCATENATED MODULE: ./src/checks/secrets/scan.ts
/**
 * The scanning modes. Tree: the file list streams from git (or a walk) into batches that worker
 * threads read and scan, so no thread holds the tree and only small hit records come back.
 * Staged / diff / history: `git diff|log -U0` streams through the patch parser and only added
 * lines are scanned, one file at a time.
 */







const MAX_BATCH_FILES = 256;
const MIN_BATCH_FILES = 8;
/**
 * Bounded memory: a small young generation per worker (V8's default semi-spaces are sized for
 * throughput, not for three isolates under a 300 MB budget; at 4 MB the scan costs the same CPU)
 * and an old generation that collects before it grows past 64 MB. Measured on a 203 MiB tree
 * (bench/secrets, 2 workers): default heaps 340 MB peak RSS, 4 MB young 242-290 MB, plus 64 MB
 * old 196-206 MB, same wall time. A batch that needs more (a pathological 10 MB file) runs again
 * on the calling thread, whose heap is not capped (src/util/worker-pool.ts).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 512;
const SCAN_TASK = 'secrets.scan-files';
/**
 * The detection engine (the rule catalog's patterns, the keyword automaton) loads where it runs:
 * in the scanning threads of a tree scan, not on this one, which only lists and collects.
 */
let engine;
const loadEngine = () => (engine ??= Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(6909), __webpack_require__.e(855), __webpack_require__.e(2839)]).then(__webpack_require__.bind(__webpack_require__, 2839)));
/**
 * Start loading the engine now, for a scan that runs on this thread (staged, diff, history, stdin):
 * its modules then load and build the rule tables while git starts, not after. A failure surfaces
 * where the engine is used.
 */
function preloadEngine() {
    loadEngine().catch(() => undefined);
}
async function scanUnit(unit, options) {
    return (await loadEngine()).scanUnit(unit, options);
}
(0,worker_pool/* defineWorkerTask */.Zu)(SCAN_TASK, scanBatch);
async function scanBatch(input) {
    // Also what a worker's warm-up (an empty batch) is for.
    await loadEngine();
    const out = emptyOutput();
    for (const rel of input.files) {
        const read = (0,files/* readCandidateSync */.rt)(input.root, rel, input.maxFileSize);
        await scanRead(out, rel, read, input.decode, external_node_path_default().join(input.root, rel));
    }
    return out;
}
/**
 * Standard input (`pipeguard secrets -`) as one file named `name`, for rules and messages. Content
 * the user piped in and that cannot be scanned is an input error, never a skip that passes.
 */
async function scanBytes(name, bytes, settings) {
    if (bytes === undefined)
        throw new errors/* InputError */.dz(`standard input is larger than the size cap (${settings.maxFileSize} bytes): raise --max-file-size or scan the file by path`);
    if ((0,files/* isBinary */.Go)(bytes))
        throw new errors/* InputError */.dz('standard input is binary (a NUL byte in its first 8000 bytes): scan the file by path');
    const out = emptyOutput();
    await scanRead(out, name, (0,files/* decodeText */.g7)(bytes), settings.decode);
    return out;
}
async function scanRead(out, rel, read, decode, physicalPath) {
    if (read.kind === 'skip') {
        out.skips.push(read.skip);
        return;
    }
    out.stats.files++;
    out.stats.bytes += read.bytes;
    if (read.kind === 'text' && read.nonUtf8)
        out.stats.nonUtf8++;
    const unit = read.kind === 'binary-key' && physicalPath
        ? { path: rel, text: '', physicalPath }
        : { path: rel, text: read.text, ...(read.kind === 'text' ? { utf8: read.utf8 } : {}) };
    for (const hit of await scanUnit(unit, { decode: decode && read.kind === 'text' }))
        out.hits.push({ ...hit, path: rel });
}
function emptyOutput() {
    return { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } };
}
async function scanTree(root, inGit, pathspecs, settings, own) {
    const specs = pathspecs.map((p) => `:(literal)${p}`);
    // The workers boot and load the engine while the listing goes on, once it is long enough.
    const early = new EarlyWorkers(root, settings);
    let out;
    let listedByGit;
    try {
        let listed = inGit
            ? await batchesOf(root, (0,files/* treeFiles */.CU)(root, true, specs), settings, own, early)
            : { batches: [], count: 0 };
        // A root that git ignores (or an empty repository) lists nothing: walk it, never pass empty.
        listedByGit = listed.count > 0;
        if (!listedByGit)
            listed = await batchesOf(root, (0,files/* treeFiles */.CU)(root, false, pathspecs), settings, own, early);
        out = merge(await runBatches(root, listed.batches, settings, early.take()));
    }
    finally {
        await early.release();
    }
    // git lists a submodule as one entry (a directory here): the files of a checked-out one are
    // scanned as part of the tree, nested ones too; one not checked out is reported, never passed.
    for (;;) {
        const directories = out.skips.filter((s) => s.reason === 'directory');
        if (directories.length === 0)
            return out;
        out.skips = out.skips.filter((s) => s.reason !== 'directory');
        const nested = [];
        for (const { path: dir } of directories) {
            if (!listedByGit) {
                // A walk lists a directory only when it could not read it.
                out.skips.push({ path: dir, reason: 'unreadable', detail: 'directory' });
            }
            else if (await (0,files/* isCheckedOutSubmodule */.cf)(root, dir)) {
                // The submodule's files belong to the shard that owns its directory.
                const inner = await batchesOf(root, prefixed(dir, (0,files/* treeFiles */.CU)(external_node_path_default().join(root, dir), true, [])), settings);
                nested.push(...inner.batches);
            }
            else {
                out.skips.push({ path: dir, reason: 'submodule-not-checked-out' });
            }
        }
        Object.assign(out, merge([out, ...(await runBatches(root, nested, settings))]));
    }
}
async function batchesOf(root, files, settings, own, early) {
    const mine = [];
    let count = 0;
    for await (const rel of files) {
        count++;
        if (!own || own(rel))
            mine.push(rel);
        if (mine.length === MIN_FILES_FOR_WORKERS)
            early?.start();
    }
    const batch = (part) => ({
        root,
        files: part,
        maxFileSize: settings.maxFileSize,
        decode: settings.decode,
    });
    if (mine.length < MIN_FILES_FOR_WORKERS)
        return { batches: [batch(mine)], count };
    return { batches: guidedParts(mine, scanningThreads(settings)).map(batch), count };
}
/**
 * Guided scheduling: a batch is a quarter of each thread's share of what is left, so early batches
 * are large (few messages) and the last ones small, and no thread sits idle at the end while
 * another finishes one long batch.
 */
function guidedParts(files, threads) {
    const parts = [];
    for (let at = 0; at < files.length;) {
        const left = files.length - at;
        const size = Math.min(MAX_BATCH_FILES, Math.max(MIN_BATCH_FILES, Math.ceil(left / (4 * threads))));
        parts.push(files.slice(at, at + size));
        at += size;
    }
    return parts;
}
function scanningThreads(settings) {
    return settings.threads ?? (0,external_node_os_.availableParallelism)();
}
async function* prefixed(dir, files) {
    for await (const rel of files)
        yield `${dir}/${rel}`;
}
/**
 * Workers scan from one queue while this thread feeds them and collects (it runs a batch only when
 * a worker hands one back): each worker loads the engine on a warm-up before its first batch.
 */
async function runBatches(root, batches, settings, started) {
    const threads = scanningThreads(settings);
    // A tree too small for workers is one batch (batchesOf); one scanning thread is this one.
    const workers = batches.length < 2 || threads === 1 ? 0 : threads;
    if (workers === 0)
        await Promise.all(started?.map((worker) => worker.terminate()) ?? []);
    const { outputs } = await (0,worker_pool/* runShared */.bk)(SCAN_TASK, scanBatch, batches, {
        workers,
        ...(workers > 0 && started ? { started } : {}),
        thisThreadWorks: false,
        warmUp: warmUpBatch(root, settings),
        resourceLimits: WORKER_LIMITS,
    });
    return outputs;
}
const warmUpBatch = (root, settings) => ({
    root,
    files: [],
    maxFileSize: settings.maxFileSize,
    decode: settings.decode,
});
/**
 * The scanning workers of a tree scan, started as soon as the listing has reached the size that
 * gets workers (MIN_FILES_FOR_WORKERS), not after it: they boot and load the engine meanwhile
 * (bench/secrets: the walk of an 8,000-file tree took as long as a worker's start). Workers that
 * are never used are terminated.
 */
class EarlyWorkers {
    root;
    settings;
    workers;
    constructor(root, settings) {
        this.root = root;
        this.settings = settings;
    }
    start() {
        const threads = scanningThreads(this.settings);
        if (this.workers || threads === 1)
            return;
        this.workers = (0,worker_pool/* startWorkers */.Gf)(SCAN_TASK, threads, {
            warmUp: warmUpBatch(this.root, this.settings),
            resourceLimits: WORKER_LIMITS,
        });
    }
    /** The started workers, now owned by the caller (runShared terminates them). */
    take() {
        const workers = this.workers;
        this.workers = undefined;
        return workers;
    }
    async release() {
        await Promise.all(this.take()?.map((worker) => worker.terminate()) ?? []);
    }
}
function merge(results) {
    const out = emptyOutput();
    for (const r of results) {
        // One push per item: spreading a batch of 100,000+ hits would overflow the call stack.
        for (const hit of r.hits)
            out.hits.push(hit);
        for (const skip of r.skips)
            out.skips.push(skip);
        out.stats.files += r.stats.files;
        out.stats.bytes += r.stats.bytes;
        out.stats.nonUtf8 += r.stats.nonUtf8;
    }
    return out;
}
/** Base arguments for a patch that shows added lines only, without user diff drivers or colour. */
const PATCH_ARGS = [
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--diff-filter=d',
    '--find-renames',
];
/**
 * Scan the added lines of a `git diff` / `git log -p` run. `--format` for logs must be
 * `%x00commit %H` so commits can be told apart.
 */
async function scanPatch(root, gitArgs, what, settings, input) {
    const out = emptyOutput();
    const pending = [];
    const parser = new PatchParser((file) => pending.push(file), settings.maxFileSize);
    const drain = async () => {
        while (pending.length > 0) {
            const file = pending.shift();
            if (file.binary) {
                out.skips.push({
                    path: file.path,
                    reason: 'binary',
                    ...(file.commit ? { detail: `commit ${file.commit.slice(0, 12)}` } : {}),
                });
                continue;
            }
            if (file.tooLarge) {
                out.skips.push({
                    path: file.path,
                    reason: 'too-large',
                    detail: `added lines exceed ${settings.maxFileSize} bytes`,
                });
                continue;
            }
            const text = file.lines.join('\n');
            out.stats.files++;
            out.stats.bytes += Buffer.byteLength(text);
            const hits = await scanUnit({ path: file.path, text, lineNumbers: file.lineNumbers, commit: file.commit }, { decode: settings.decode });
            for (const hit of hits)
                out.hits.push({ ...hit, path: file.path });
        }
    };
    for await (const line of (0,git_stream/* gitLines */.QS)(root, gitArgs, what, input)) {
        parser.push(line);
        if (pending.length > 0)
            await drain();
    }
    parser.flush();
    await drain();
    return out;
}



/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ sumDetails)
/* harmony export */ });
/* unused harmony export TIMING_FIELDS */
/** Details that time a run differ between runs: never compared, the slowest shard's kept. */
const TIMING_FIELDS = new Set(['elapsedMs', 'threads']);
/**
 * The shards' details as one run's: numbers add up (timings take the slowest), objects merge key
 * by key, arrays concatenate, anything else is the first shard's (the same in every shard), as are
 * the `shared` fields (facts about the whole run, such as the range's commit count).
 */
function sumDetails(list, shared = []) {
    const out = {};
    for (const details of list) {
        for (const [key, value] of Object.entries(details)) {
            const previous = out[key];
            if (!(key in out))
                out[key] = clone(value);
            else if (shared.includes(key))
                continue;
            else if (typeof value === 'number' && typeof previous === 'number')
                out[key] = TIMING_FIELDS.has(key) ? Math.max(previous, value) : previous + value;
            else if (Array.isArray(value) && Array.isArray(previous))
                out[key] = [...previous, ...value];
            else if (isRecord(value) && isRecord(previous))
                out[key] = sumDetails([previous, value]);
        }
    }
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function clone(value) {
    return isRecord(value) ? sumDetails([value]) : Array.isArray(value) ? [...value] : value;
}


/***/ }),

/***/ 2230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ shardOption),
/* harmony export */   Pn: () => (/* binding */ addDigests),
/* harmony export */   VN: () => (/* binding */ blockOf),
/* harmony export */   kT: () => (/* binding */ WorkList)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, parseShard, shardOfPath, itemDigest, sumHex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * `--shard I/N`: which part of the work a shard does, computed by every shard alone from the same
 * checkout, and digests that let `pipeguard report merge` prove the parts add up to the whole.
 *
 * - Files (secrets tree, validate) and manifests (checksums verify) are placed by rendezvous
 *   (highest-random-weight) hashing of their root-relative path: a path's shard depends on the path
 *   and N only. So the partition is the same whatever order the files are listed in, adding or
 *   removing files never moves any other file, and going from N to N+1 shards moves only the files
 *   the new shard wins (about 1/(N+1) of them). Bytes are balanced statistically: each file lands
 *   on a uniformly random shard, so with many files every shard gets close to 1/N of the bytes (the
 *   bench measures it). A greedy bin-packing by size would balance a few huge files better but moves
 *   files whenever one is added, and needs every file's size in every shard before the first read.
 * - Commits (secrets history) are split into N contiguous blocks of the range's commits in the
 *   order the scan reads them (oldest first): shard order is history order, so the merge keeps a
 *   secret's first occurrence exactly as an unsharded scan does.
 *
 * The work list's digest is additive: the SHA-256 of each item read as a 256-bit number, summed
 * modulo 2^256. It needs no sorting (it streams), it is the same for any listing order, and the
 * shards' sums add up to the full list's sum exactly when the shards' lists add up to the list.
 */


/** More shards than this is a typo (GitHub allows 256 jobs per matrix). */
const MAX_SHARDS = 256;
/** `I/N` with 1 ≤ I ≤ N ≤ 256, both plain decimal integers without leading zeros. */
function parseShard(value, label = '--shard') {
    const match = /^([1-9]\d{0,2})\/([1-9]\d{0,2})$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index > count || count > MAX_SHARDS)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${label} must be I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4); got "${value}"`);
    return { index, count };
}
/** The `shard` option value of a command (CLI flag or Action input), parsed; undefined when absent. */
function shardOption(value) {
    if (value === undefined || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--shard must be I/N (e.g. 2/4)');
    return parseShard(value);
}
function fmix32(value) {
    let h = value;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** The 1-based shard a path belongs to among `count` (rendezvous hashing). */
function shardOfPath(item, count) {
    if (count === 1)
        return 1;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(item, 'utf8').digest();
    const a = digest.readUInt32BE(0);
    const b = digest.readUInt32BE(4);
    let best = 0;
    let bestScore = -1;
    for (let shard = 0; shard < count; shard++) {
        const score = fmix32(a ^ fmix32((b + Math.imul(shard + 1, 0x9e3779b9)) >>> 0));
        if (score > bestScore) {
            best = shard;
            bestScore = score;
        }
    }
    return best + 1;
}
/** The [start, end) positions of a shard's contiguous block of `total` ordered items. */
function blockOf(total, spec) {
    return {
        start: Math.floor(((spec.index - 1) * total) / spec.count),
        end: Math.floor((spec.index * total) / spec.count),
    };
}
const MODULUS = 1n << 256n;
function itemDigest(item) {
    return BigInt(`0x${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(item, 'utf8').digest('hex')}`);
}
/** Hex of a sum of item digests, modulo 2^256. */
function sumHex(sum) {
    return (((sum % MODULUS) + MODULUS) % MODULUS).toString(16).padStart(64, '0');
}
/** The sum of several hex work digests (what the shards' lists add up to). */
function addDigests(digests) {
    let sum = 0n;
    for (const d of digests)
        sum += BigInt(`0x${d}`);
    return sumHex(sum);
}
/**
 * Counts and digests a work list as it streams, and says which items are this shard's. Items are
 * namespaced by kind (`file:`, `manifest:`, `commit:`), so two lists can never be confused.
 */
class WorkList {
    spec;
    kind;
    all = 0n;
    mine = 0n;
    allItems = 0;
    mineItems = 0;
    constructor(spec, kind) {
        this.spec = spec;
        this.kind = kind;
    }
    /** Records the item; true when it is this shard's (by path hash). */
    take(item) {
        return this.record(item, shardOfPath(item, this.spec.count) === this.spec.index);
    }
    /** Records the item with a placement decided elsewhere (a contiguous block). */
    record(item, mine) {
        const digest = itemDigest(`${this.kind}:${item}`);
        this.all += digest;
        this.allItems++;
        if (mine) {
            this.mine += digest;
            this.mineItems++;
        }
        return mine;
    }
    get work() {
        return { items: this.allItems, digest: sumHex(this.all) };
    }
    get own() {
        return { items: this.mineItems, digest: sumHex(this.mine) };
    }
}


/***/ }),

/***/ 4147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson),
/* harmony export */   s: () => (/* binding */ withShardRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2143);
/* harmony import */ var _checks_secrets_git_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8396);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
/**
 * The shard record a sharded check attaches to its result (model.ts ShardRecord): where the shard
 * stands in the whole, and every fact the shards must share for a merge to be sound.
 */




/** JSON with object keys sorted, so equal values digest equally. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
async function headCommit(root) {
    try {
        return (await (0,_checks_secrets_git_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOutput */ .oM)(root, ['rev-parse', '--verify', '-q', 'HEAD'], 'read HEAD')).trim();
    }
    catch {
        return null;
    }
}
/** Attach the shard record to a sharded check's result (returned for chaining). */
async function withShardRecord(ctx, result, facts) {
    // The command's own options (global ones such as --format or --output differ freely).
    const values = Object.fromEntries(Object.keys(facts.command.options ?? {})
        .filter((name) => name !== 'shard' && facts.args.values[name] !== undefined)
        .sort()
        .map((name) => [name, facts.args.values[name]]));
    const record = {
        index: facts.spec.index,
        count: facts.spec.count,
        key: facts.work.kind,
        work: facts.work.work,
        own: facts.work.own,
        commit: await headCommit(ctx.root),
        config: sha256(canonicalJson(ctx.config)),
        options: sha256(canonicalJson({
            command: facts.command.name.join(' '),
            values,
            paths: facts.args.positionals,
        })),
        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x,
        failOn: (0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnFor */ .p)(ctx.config, result.check),
        ...(facts.absence?.length ? { absence: facts.absence } : {}),
    };
    result.shard = record;
    return result;
}


/***/ }),

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ threadsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/** PIPEGUARD_THREADS: how many threads a large run works on (1: none but this one). */
function threadsFromEnv(value) {
    if (value === undefined || value === '')
        return undefined;
    const threads = Number(value);
    if (!Number.isInteger(threads) || threads < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`PIPEGUARD_THREADS must be a whole number of at least 1; got ${value}`);
    }
    return threads;
}


/***/ })

};
