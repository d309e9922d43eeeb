export const id = 287;
export const ids = [287];
export const modules = {

/***/ 4287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKSUM_FILE_NAME: () => (/* reexport */ checksums_manifest/* CHECKSUM_FILE_NAME */.BW),
  DEFAULT_MANIFEST_GLOBS: () => (/* binding */ DEFAULT_MANIFEST_GLOBS),
  DEFAULT_REQUIRED_DIRS: () => (/* binding */ DEFAULT_REQUIRED_DIRS),
  checksumsCheck: () => (/* binding */ checksumsCheck),
  manifestDigestOf: () => (/* reexport */ checksums_manifest/* manifestDigestOf */.D3),
  verifyChecksumFiles: () => (/* reexport */ checksums_manifest/* verifyChecksumFiles */.y$),
  verifyChecksums: () => (/* reexport */ checksums_manifest/* verifyChecksums */.S4),
  writeChecksumFile: () => (/* reexport */ checksums_manifest/* writeChecksumFile */.JS)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/checks/checksums/parse.ts
var parse = __webpack_require__(8921);
// EXTERNAL MODULE: ./src/checks/checksums/rules.ts
var rules = __webpack_require__(8941);
;// CONCATENATED MODULE: ./src/checks/checksums/deploy.ts
/**
 * A deployment must be exactly what a run produced. Each verified checksum file under
 * `deployments/` is matched to its run's `runs/<run_id>/artifact/checksum.sha256`:
 *
 *   1. by a recorded run id: a `# run_id: <id>` comment line in the deployment's checksum file
 *      (`pipeguard checksums write DIR --run-id ID`), or a `meta.json` with a string `run_id` that
 *      the deployment's checksum file lists (so the id itself is integrity-protected);
 *   2. otherwise by identical file names: the run whose checksum file lists the same paths.
 *
 * The deployment passes when its entries (path → digest) equal the run's; otherwise it is a
 * `deploy-differs` Finding naming the files that differ. With no run checksum file in the tree at
 * all (runs not checked in), there is nothing to compare and the comparison is skipped.
 */




const RUN_MANIFEST = /^runs\/([^/]+)\/artifact\/checksum\.sha256$/;
const RUN_ID_COMMENT = /^#[ \t]*run_id[ \t]*[:=][ \t]*(\S+)[ \t]*\r?$/m;
function isDeploymentManifest(manifest) {
    return manifest.startsWith('deployments/');
}
/** Compare every deployment manifest with its run's; the runs are taken from `manifests` too. */
async function compareDeployments(manifests, loadRun) {
    const runs = manifests.filter((m) => RUN_MANIFEST.test(m.manifest));
    const findings = [];
    const matches = [];
    for (const deployment of manifests.filter((m) => isDeploymentManifest(m.manifest))) {
        const runId = await recordedRunId(deployment);
        if (runId !== undefined) {
            const run = (0,parse/* isSafeRunId */.cj)(runId) ? await loadRun(runId) : undefined;
            const where = `runs/${runId}/artifact/checksum.sha256`;
            if (!run) {
                findings.push((0,rules/* checksumFinding */.TU)({
                    rule: 'deploy-differs',
                    file: deployment.manifest,
                    subject: `run:${runId}`,
                    message: (0,parse/* isSafeRunId */.cj)(runId)
                        ? `${deployment.manifest} records run_id ${runId}, but ${where} does not exist`
                        : `${deployment.manifest} records run_id "${runId}", which is not a single directory name under runs/`,
                }));
                matches.push({ deployment: deployment.manifest, matchedBy: 'run_id', identical: false });
                continue;
            }
            const diff = differences(deployment.entries, run.entries);
            if (diff.length > 0)
                findings.push(differsFinding(deployment, run, diff));
            matches.push({
                deployment: deployment.manifest,
                run: run.manifest,
                matchedBy: 'run_id',
                identical: diff.length === 0,
            });
            continue;
        }
        if (runs.length === 0) {
            matches.push({ deployment: deployment.manifest, identical: false });
            continue;
        }
        const names = pathKey(deployment.entries);
        const sameNames = runs.filter((run) => pathKey(run.entries) === names);
        const identical = sameNames.find((run) => differences(deployment.entries, run.entries).length === 0);
        if (identical) {
            matches.push({
                deployment: deployment.manifest,
                run: identical.manifest,
                matchedBy: 'file names',
                identical: true,
            });
            continue;
        }
        if (sameNames.length > 0) {
            // The closest run (fewest differing files) is the most useful one to name.
            const ranked = sameNames
                .map((run) => ({ run, diff: differences(deployment.entries, run.entries) }))
                .sort((a, b) => a.diff.length - b.diff.length || a.run.manifest.localeCompare(b.run.manifest));
            const best = ranked[0];
            findings.push(differsFinding(deployment, best.run, best.diff, sameNames.length));
            matches.push({
                deployment: deployment.manifest,
                run: best.run.manifest,
                matchedBy: 'file names',
                identical: false,
            });
            continue;
        }
        findings.push((0,rules/* checksumFinding */.TU)({
            rule: 'deploy-differs',
            file: deployment.manifest,
            subject: 'no-run',
            message: `${deployment.manifest}: no run under runs/ has an artifact with these files (${deployment.entries.map((e) => e.path).join(', ') || 'none'})`,
            remedy: 'deploy by copying runs/<run_id>/artifact/ unchanged, or record the run with `# run_id: <id>`',
        }));
        matches.push({ deployment: deployment.manifest, identical: false });
    }
    return { findings, matches };
}
/** The run id a deployment records, if any: a `# run_id:` comment, else a listed meta.json. */
async function recordedRunId(deployment) {
    const text = await (0,promises_.readFile)(deployment.file, 'utf8');
    const comment = RUN_ID_COMMENT.exec(text)?.[1];
    if (comment !== undefined)
        return comment;
    if (!deployment.clean || !deployment.entries.some((e) => e.path === 'meta.json'))
        return undefined;
    try {
        const meta = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(external_node_path_default().dirname(deployment.file), 'meta.json'), 'utf8'));
        const runId = meta?.run_id;
        return typeof runId === 'string' && (0,parse/* isSafeRunId */.cj)(runId) ? runId : undefined;
    }
    catch {
        return undefined;
    }
}
/** Human-readable per-file differences, deployment vs run. */
function differences(deployment, run) {
    const runMap = new Map(run.map((e) => [e.path, e.sha256]));
    const deployMap = new Map(deployment.map((e) => [e.path, e.sha256]));
    const out = [];
    for (const [file, sha] of deployMap) {
        const expected = runMap.get(file);
        if (expected === undefined)
            out.push(`${file} (not in the run)`);
        else if (expected !== sha)
            out.push(`${file} (different content)`);
    }
    for (const file of runMap.keys())
        if (!deployMap.has(file))
            out.push(`${file} (missing from the deployment)`);
    return out;
}
function differsFinding(deployment, run, diff, candidates = 1) {
    const shown = diff.slice(0, 5).join(', ') + (diff.length > 5 ? `, and ${diff.length - 5} more` : '');
    const among = candidates > 1 ? ` (closest of ${candidates} runs with the same file names)` : '';
    return (0,rules/* checksumFinding */.TU)({
        rule: 'deploy-differs',
        file: deployment.manifest,
        subject: `run:${run.manifest}`,
        message: `${deployment.manifest} differs from ${run.manifest}${among}: ${shown}`,
    });
}
function pathKey(entries) {
    return entries
        .map((e) => e.path)
        .sort()
        .join('\0');
}
function runIdFromManifest(manifest) {
    return RUN_MANIFEST.exec(manifest)?.[1];
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/checksums/discover.ts





/** Directories a glob never descends into. */
const PRUNED = new Set(['.git', 'node_modules']);
/**
 * Root-relative `/` paths of the files and directories matching any glob, sorted. Symlinked
 * directories are not descended; a glob that is absolute or climbs with `..` is refused (label
 * names the config it came from).
 */
async function matchGlobs(root, globs, label) {
    for (const glob of globs) {
        if (external_node_path_default().isAbsolute(glob) || glob.split('/').includes('..')) {
            throw new errors/* InputError */.dz(`glob "${glob}" must be relative to the root, without ".."`, label);
        }
    }
    const isMatch = picomatch_default()(globs, { dot: true });
    const bases = [...new Set(globs.map((g) => picomatch_default().scan(g).base.replace(/\/+$/, '')))];
    const files = new Set();
    const directories = new Set();
    const seen = new Set();
    for (const base of bases) {
        const pending = [base];
        while (pending.length > 0) {
            const rel = pending.pop() ?? '';
            if (seen.has(rel))
                continue;
            seen.add(rel);
            let entries;
            try {
                entries = await (0,promises_.readdir)(external_node_path_default().join(root, rel), { withFileTypes: true });
            }
            catch {
                continue; // a base that does not exist simply matches nothing
            }
            for (const entry of entries) {
                const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
                if (entry.isDirectory()) {
                    if (PRUNED.has(entry.name))
                        continue;
                    if (isMatch(child))
                        directories.add(child);
                    pending.push(child);
                }
                else if (entry.isFile() && isMatch(child)) {
                    files.add(child);
                }
            }
        }
    }
    return { files: [...files].sort(parse/* compareUtf8 */.zq), directories: [...directories].sort(parse/* compareUtf8 */.zq) };
}

// EXTERNAL MODULE: ./src/checks/checksums/manifest.ts
var checksums_manifest = __webpack_require__(6105);
// EXTERNAL MODULE: ./src/checks/checksums/spec.ts
var spec = __webpack_require__(379);
;// CONCATENATED MODULE: ./src/checks/checksums/index.ts
/**
 * The checksums check: `pipeguard checksums verify [DIR|FILE…]`, `pipeguard checksums write DIR`,
 * and the configured run (`pipeguard check`, the root Action, the `checksums/` sub-action with no
 * paths): verify every configured checksum file, require one in every artifact directory, and
 * compare each deployment with its run.
 */













const DEFAULT_MANIFEST_GLOBS = ['runs/**/checksum.sha256', 'deployments/**/checksum.sha256'];
const DEFAULT_REQUIRED_DIRS = ['runs/*/artifact', 'deployments/*'];
const checksumsCheck = (0,checks_define/* implementCheck */.gs)(spec/* CHECKSUMS_SPEC */.f, runConfigured, {
    'checksums verify': async (ctx, args) => [await runVerify(ctx, args)],
    'checksums write': async (ctx, args) => [await runWrite(ctx, args)],
});
/**
 * `PIPEGUARD_HASH_THREADS=N` pins the hashing threads (1: the calling thread only; N >= 2: N
 * workers), for benchmarks and constrained runners. Unset: automatic.
 */
function hashThreads(ctx) {
    const raw = ctx.env.PIPEGUARD_HASH_THREADS;
    if (raw === undefined || raw === '')
        return {};
    const threads = Number(raw);
    if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
        throw new errors/* InputError */.dz(`PIPEGUARD_HASH_THREADS must be an integer from 1 to 256; got "${raw}"`);
    }
    return { threads };
}
function describeVerified(results) {
    const files = results.reduce((sum, r) => sum + r.verified, 0);
    const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
    return `${files} file(s), ${formatBytes(bytes)}`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
async function runVerify(ctx, args) {
    if (args.positionals.length === 0)
        return runConfigured(ctx, args.values['allow-unlisted'] === true);
    const allowUnlisted = args.values['allow-unlisted'] === true ||
        (0,types/* sectionOf */.Z)(ctx.config, rules/* CHECK */.fi)['allow-unlisted'] === true;
    const started = Date.now();
    const results = await (0,checksums_manifest/* verifyChecksumFiles */.y$)(args.positionals, {
        root: ctx.root,
        allowUnlisted,
        ...hashThreads(ctx),
    });
    return verifyResultOf(ctx, results, [], Date.now() - started);
}
/** One CheckResult over several verified checksum files, digests in summary, details and outputs. */
function verifyResultOf(ctx, results, extra, elapsedMs, more = {}) {
    const findings = [...results.flatMap((r) => r.findings), ...extra];
    const digests = Object.fromEntries(results.map((r) => [r.manifest, r.manifestDigest]));
    const only = results.length === 1 ? results[0] : undefined;
    const where = only
        ? `${only.manifest} (manifest sha256 ${only.manifestDigest})`
        : `${results.length} checksum file(s)`;
    const result = (0,model/* resultFromFindings */.Ot)(rules/* CHECK */.fi, findings, (0,types/* failOnFor */.p)(ctx.config, rules/* CHECK */.fi), (failing, total) => failing > 0
        ? `${failing} problem(s) in ${where}; ${describeVerified(results)} verified`
        : `${where}: ${describeVerified(results)} verified${total > 0 ? `, ${total} finding(s) below fail-on` : ''}`, {
        manifests: results.map((r) => ({
            file: r.manifest,
            manifestDigest: r.manifestDigest,
            entries: r.entries.length,
            verified: r.verified,
            bytes: r.bytes,
            hashedInWorkers: r.hashedInWorkers,
        })),
        elapsedMs,
        ...more,
    });
    const outputs = { 'manifest-digests': JSON.stringify(digests) };
    if (only)
        outputs['manifest-digest'] = only.manifestDigest;
    return {
        ...result,
        rules: rules/* RULES */.y0,
        outputs,
        inputs: results.map((r) => ({ name: r.manifest, sha256: r.manifestDigest })),
    };
}
async function runWrite(ctx, args) {
    if (args.positionals.length === 0)
        throw new errors/* InputError */.dz(`checksums write needs a directory (pipeguard checksums write DIR)`);
    const runId = args.values['run-id'];
    if (runId !== undefined && (typeof runId !== 'string' || !(0,parse/* isSafeRunId */.cj)(runId))) {
        throw new errors/* InputError */.dz('--run-id must be one path segment without spaces');
    }
    const written = [];
    for (const dir of args.positionals) {
        const out = await (0,checksums_manifest/* writeChecksumFile */.JS)(dir, {
            root: ctx.root,
            ...hashThreads(ctx),
            ...(typeof runId === 'string' ? { runId } : {}),
        });
        written.push({ ...out, manifest: external_node_path_default().relative(ctx.root, out.file).split((external_node_path_default()).sep).join('/') });
    }
    const only = written.length === 1 ? written[0] : undefined;
    return {
        check: rules/* CHECK */.fi,
        status: 'pass',
        summary: only
            ? `wrote ${only.manifest}: ${only.entries.length} file(s), manifest sha256 ${only.manifestDigest}`
            : `wrote ${written.length} checksum files`,
        findings: [],
        details: {
            written: written.map((w) => ({
                file: w.manifest,
                manifestDigest: w.manifestDigest,
                entries: w.entries.length,
            })),
        },
        outputs: {
            ...(only ? { 'manifest-digest': only.manifestDigest, 'checksum-file': only.manifest } : {}),
            'manifest-digests': JSON.stringify(Object.fromEntries(written.map((w) => [w.manifest, w.manifestDigest]))),
        },
    };
}
/**
 * Everything the config names: each matching checksum file verified, each required artifact
 * directory holding one, each deployment equal to its run.
 */
async function runConfigured(ctx, forceAllowUnlisted = false) {
    const section = (0,types/* sectionOf */.Z)(ctx.config, rules/* CHECK */.fi);
    const allowUnlisted = forceAllowUnlisted || section['allow-unlisted'] === true;
    const started = Date.now();
    const manifestGlobs = section.manifests ?? DEFAULT_MANIFEST_GLOBS;
    const requiredGlobs = section.require ?? DEFAULT_REQUIRED_DIRS;
    const { files } = await matchGlobs(ctx.root, manifestGlobs, ctx.configSource);
    const { directories } = await matchGlobs(ctx.root, requiredGlobs, ctx.configSource);
    const threads = hashThreads(ctx);
    // One hashing pass over every checksum file's artifacts: workers start once.
    const results = await (0,checksums_manifest/* verifyChecksumFiles */.y$)(files, { root: ctx.root, allowUnlisted, ...threads });
    const extra = [];
    for (const dir of directories) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(ctx.root, dir, checksums_manifest/* CHECKSUM_FILE_NAME */.BW)))
            continue;
        extra.push((0,rules/* checksumFinding */.TU)({
            rule: 'manifest-missing',
            file: dir,
            subject: dir,
            message: `${dir}/ has no ${checksums_manifest/* CHECKSUM_FILE_NAME */.BW}`,
            remedy: `pipeguard checksums write ${dir}`,
        }));
    }
    let deployments = [];
    if (section['compare-deployments'] !== false) {
        const verified = new Map(results.map((r) => [r.manifest, asVerified(r)]));
        const compared = await compareDeployments([...verified.values()], async (runId) => {
            const manifest = `runs/${runId}/artifact/${checksums_manifest/* CHECKSUM_FILE_NAME */.BW}`;
            const known = verified.get(manifest);
            if (known)
                return known;
            if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(ctx.root, manifest)))
                return undefined;
            // A run outside the configured globs: verify it too, so its entries are trustworthy.
            const result = await (0,checksums_manifest/* verifyChecksums */.S4)(manifest, { root: ctx.root, allowUnlisted, ...threads });
            results.push(result);
            return asVerified(result);
        });
        extra.push(...compared.findings);
        deployments = compared.matches;
    }
    if (files.length === 0)
        ctx.log.info(`checksums: no checksum file matches ${manifestGlobs.join(', ')}`);
    return verifyResultOf(ctx, results, extra, Date.now() - started, { deployments });
}
function asVerified(result) {
    return {
        manifest: result.manifest,
        file: result.file,
        entries: result.entries,
        manifestDigest: result.manifestDigest,
        clean: result.findings.length === 0,
    };
}


/***/ })

};
