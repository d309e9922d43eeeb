export const id = 3028;
export const ids = [3028,5492];
export const modules = {

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ matchGlobs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1204);





/** Directories a glob never descends into. */
const PRUNED = new Set(['.git', 'node_modules']);
/**
 * Root-relative `/` paths of the files and directories matching any glob, sorted. Symlinked
 * directories are not descended; a glob that is absolute or climbs with `..` is refused (label
 * names the config it came from).
 */
async function matchGlobs(root, globs, label) {
    for (const glob of globs) {
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(glob) || glob.split('/').includes('..')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`glob "${glob}" must be relative to the root, without ".."`, label);
        }
    }
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(globs, { dot: true });
    const bases = [...new Set(globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(g).base.replace(/\/+$/, '')))];
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
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel), { withFileTypes: true });
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
    return { files: [...files].sort(_util_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareUtf8 */ .z), directories: [...directories].sort(_util_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareUtf8 */ .z) };
}


/***/ }),

/***/ 5492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHUNK_BYTES: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   MIN_BYTES_FOR_WORKERS: () => (/* binding */ MIN_BYTES_FOR_WORKERS),
/* harmony export */   NotRegularFileError: () => (/* binding */ NotRegularFileError),
/* harmony export */   hashFiles: () => (/* binding */ hashFiles),
/* harmony export */   sha256OfFileSync: () => (/* binding */ sha256OfFileSync)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3330);
/**
 * SHA-256 of many files at the speed of the hardware.
 *
 * - A file is read in 256 KiB chunks into a reused buffer and hashed chunk by chunk, so memory
 *   stays at a few MiB whatever the file size. 256 KiB fits the core's L2 cache: the kernel's copy
 *   out of the page cache lands in cache and the hash reads it from there (measured on 8 files of
 *   128 MiB: ~10 % less time per file than 1 MiB reads, whose copy went out to memory).
 *   Reads are blocking, on every thread: the chunk is hashed on the core that copied it, and no
 *   thread-pool thread competes for the cores (measured: the calling thread overlapping async
 *   reads took ~40 % longer per file than a worker). The calling thread yields to its event loop
 *   between files.
 *   bench/checksums/strategies.mjs measures these against createReadStream and other sizes.
 * - Many files are spread over threads that pull the next file (biggest first) from one shared
 *   counter in a SharedArrayBuffer: the calling thread, which starts at once, and one worker per
 *   other core (src/util/worker-pool.ts), so worker start-up is never idle time and no core runs
 *   two hashing threads (on 2 cores, 3 threads left one core hashing alone at the end).
 * - SHA-256 is a sequential chain (each 64-byte block updates the state the previous block left),
 *   so ONE file can never be hashed by more than one core: a single big file runs at one core's
 *   rate, and only many files use many cores.
 */





const CHUNK_BYTES = 256 * 1024;
/**
 * Below this many bytes in total, starting a worker (~30 ms of Node start-up) costs more than it
 * saves. Many small files do not count: their cost is syscalls and bookkeeping on the calling
 * thread, and measured 20 000 files took more CPU with workers than without.
 */
const MIN_BYTES_FOR_WORKERS = 64 * 1024 * 1024;
/**
 * No final symlink (a swapped-in link is refused, ELOOP) and no blocking open on a FIFO; the
 * caller then insists on a regular file, so a pipe or device can neither hang nor fool it.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK;
class NotRegularFileError extends Error {
}
// One buffer per thread, reused for every file: hashing a file is synchronous.
let readBuffer;
/** Hash a file with plain blocking reads into the thread's buffer. */
function sha256OfFileSync(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, OPEN_FLAGS);
    const buffer = (readBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            throw new NotRegularFileError('not a regular file');
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let position = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, CHUNK_BYTES, position);
            if (n === 0)
                break;
            hash.update(buffer.subarray(0, n));
            position += n;
            // A short read of a regular file is its end: saves a syscall per small file.
            if (n < CHUNK_BYTES)
                break;
        }
        return { sha256: hash.digest('hex'), size: position };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function outcomeOfError(error) {
    if (error instanceof NotRegularFileError)
        return { ok: false, error: error.message, notRegular: true };
    const code = error.code;
    if (code === 'ELOOP')
        return { ok: false, error: 'became a symlink while verifying', notRegular: true };
    if (code === 'ENOENT')
        return { ok: false, error: 'disappeared while verifying' };
    return { ok: false, error: code ?? (error instanceof Error ? error.message : String(error)) };
}
/**
 * Hash claimed files until none are left, on any thread; between big files the thread yields to
 * its event loop (a yield per small file would cost more than the files).
 */
async function drain(queue) {
    const next = new Int32Array(queue.next);
    const done = [];
    for (;;) {
        const index = Atomics.add(next, 0, 1);
        const file = queue.files[index];
        if (file === undefined)
            return done;
        let outcome;
        try {
            outcome = { ok: true, ...sha256OfFileSync(file) };
        }
        catch (error) {
            outcome = outcomeOfError(error);
        }
        done.push({ index, outcome, thread: node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.threadId });
        if ((queue.sizes[index] ?? 0) >= CHUNK_BYTES)
            await new Promise(setImmediate);
    }
}
const drainInWorkers = (0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .defineWorkerTask */ .Zu)('checksums.hash', drain);
/** Hash every job, spread over the calling thread and workers. */
async function hashFiles(jobs, options = {}) {
    const order = jobs
        .map((_, index) => index)
        .sort((a, b) => (jobs[b]?.size ?? 0) - (jobs[a]?.size ?? 0));
    const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
    let workers;
    let callerHashes = true;
    if (options.threads === undefined) {
        const cores = Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), jobs.length);
        workers = cores >= 2 && totalBytes >= MIN_BYTES_FOR_WORKERS ? cores - 1 : 0;
    }
    else {
        workers = Math.min(Math.max(1, Math.floor(options.threads)), Math.max(1, jobs.length));
        if (workers === 1)
            workers = 0;
        else
            callerHashes = false;
    }
    const queue = {
        files: order.map((index) => jobs[index]?.file ?? ''),
        sizes: order.map((index) => jobs[index]?.size ?? 0),
        next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
    };
    // Workers first: the pool creates them synchronously, so they boot while this thread hashes.
    const remote = workers > 0
        ? drainInWorkers(Array.from({ length: workers }, () => queue), { threads: workers, minInputsForWorkers: 1 }).then((lists) => lists.flat())
        : Promise.resolve([]);
    // Held as a settled value so a failing worker cannot surface as an unhandled rejection meanwhile.
    const settled = remote.then((claims) => ({ claims }), (error) => ({ error }));
    const local = callerHashes ? await drain(queue) : [];
    const fromWorkers = await settled;
    if ('error' in fromWorkers)
        throw fromWorkers.error;
    const claims = [...local, ...fromWorkers.claims];
    const outcomes = new Array(jobs.length);
    for (const claim of claims) {
        const jobIndex = order[claim.index];
        if (jobIndex !== undefined)
            outcomes[jobIndex] = claim.outcome;
    }
    // The pool's in-process fallback (no bundle entry) runs "worker" drains here: count by thread.
    return { outcomes, hashedInWorkers: claims.filter((c) => c.thread !== node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.threadId).length };
}


/***/ }),

/***/ 3028:
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
// EXTERNAL MODULE: ./src/shard/details.ts
var shard_details = __webpack_require__(9730);
// EXTERNAL MODULE: ./src/shard/partition.ts
var partition = __webpack_require__(2230);
// EXTERNAL MODULE: ./src/shard/record.ts
var record = __webpack_require__(4147);
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
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
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
                .sort((a, b) => a.diff.length - b.diff.length || (0,order/* compareUtf8 */.z)(a.run.manifest, b.run.manifest));
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

// EXTERNAL MODULE: ./src/checks/checksums/discover.ts
var discover = __webpack_require__(3139);
// EXTERNAL MODULE: ./src/checks/checksums/manifest.ts
var checksums_manifest = __webpack_require__(6105);
// EXTERNAL MODULE: ./src/checks/checksums/spec.ts
var checksums_spec = __webpack_require__(379);
;// CONCATENATED MODULE: ./src/checks/checksums/index.ts
/**
 * The checksums check: `pipeguard checksums verify [DIR|FILE…]`, `pipeguard checksums write DIR`,
 * and the configured run (`pipeguard check`, the root Action, the `checksums/` sub-action with no
 * paths): verify every configured checksum file, require one in every artifact directory, and
 * compare each deployment with its run.
 */

















const DEFAULT_MANIFEST_GLOBS = ['runs/**/checksum.sha256', 'deployments/**/checksum.sha256'];
const DEFAULT_REQUIRED_DIRS = ['runs/*/artifact', 'deployments/*'];
const checksumsCheck = (0,checks_define/* implementCheck */.gs)(checksums_spec/* CHECKSUMS_SPEC */.f, (ctx) => runConfigured(ctx), {
    'checksums verify': async (ctx, args) => [await runVerify(ctx, args)],
    'checksums write': async (ctx, args) => [await runWrite(ctx, args)],
}, { merge: mergeChecksumsShards });
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
    const spec = (0,partition/* shardOption */.Kn)(args.values.shard);
    const work = spec ? new partition/* WorkList */.kT(spec, 'manifests') : undefined;
    const result = await verifyOwn(ctx, args, work);
    return spec && work
        ? (0,record/* withShardRecord */.s)(ctx, result, { spec, work, command: checksums_spec/* CHECKSUMS_SPEC */.f.commands[0], args })
        : result;
}
async function verifyOwn(ctx, args, work) {
    if (args.positionals.length === 0)
        return runConfigured(ctx, args.values['allow-unlisted'] === true, work);
    const allowUnlisted = args.values['allow-unlisted'] === true ||
        (0,types/* sectionOf */.Z)(ctx.config, rules/* CHECK */.fi)['allow-unlisted'] === true;
    const started = Date.now();
    // A shard verifies the checksum files (or directories) named that are its own.
    const targets = work
        ? args.positionals.filter((target) => work.take(external_node_path_default().relative(ctx.root, external_node_path_default().resolve(ctx.root, target)).split((external_node_path_default()).sep).join('/')))
        : args.positionals;
    const results = await (0,checksums_manifest/* verifyChecksumFiles */.y$)(targets, {
        root: ctx.root,
        allowUnlisted,
        ...hashThreads(ctx),
    });
    return verifyResultOf(ctx, results, [], Date.now() - started);
}
/** One CheckResult over several verified checksum files, digests in summary, details and outputs. */
function verifyResultOf(ctx, results, extra, elapsedMs, more = {}) {
    // One order, sharded or not, so the merge of shards equals an unsharded run.
    const findings = (0,model/* orderFindings */.$t)([...results.flatMap((r) => r.findings), ...extra], model/* byFile */.y9);
    const manifests = results.map((r) => ({
        file: r.manifest,
        manifestDigest: r.manifestDigest,
        entries: r.entries.length,
        verified: r.verified,
        bytes: r.bytes,
        hashedInWorkers: r.hashedInWorkers,
    }));
    const result = (0,model/* resultFromFindings */.Ot)(rules/* CHECK */.fi, findings, (0,types/* failOnFor */.p)(ctx.config, rules/* CHECK */.fi), (failing, total) => verifySummary(manifests, failing, total), { manifests, elapsedMs, ...more });
    return {
        ...result,
        rules: rules/* RULES */.y0,
        inputs: results.map((r) => ({ name: r.manifest, sha256: r.manifestDigest })),
        outputs: verifyOutputs(manifests),
    };
}
function verifySummary(manifests, failing, total) {
    const only = manifests.length === 1 ? manifests[0] : undefined;
    const where = only
        ? `${only.file} (manifest sha256 ${only.manifestDigest})`
        : `${manifests.length} checksum file(s)`;
    return failing > 0
        ? `${failing} problem(s) in ${where}; ${describeVerified(manifests)} verified`
        : `${where}: ${describeVerified(manifests)} verified${total > 0 ? `, ${total} finding(s) below fail-on` : ''}`;
}
function verifyOutputs(manifests) {
    const digests = Object.fromEntries(manifests.map((m) => [m.file, m.manifestDigest]));
    const outputs = { 'manifest-digests': JSON.stringify(digests) };
    if (manifests.length === 1)
        outputs['manifest-digest'] = manifests[0].manifestDigest;
    return outputs;
}
/** The shards of a verify run as one run (`pipeguard report merge`), lists in one run's order. */
function mergeChecksumsShards(shards) {
    const details = (0,shard_details/* sumDetails */.c)(shards.map((s) => s.details ?? {}));
    const manifests = (details.manifests ?? []).sort((a, b) => (0,order/* compareUtf8 */.z)(a.file, b.file));
    if (Array.isArray(details.deployments))
        details.deployments.sort((a, b) => (0,order/* compareUtf8 */.z)(a.deployment, b.deployment));
    return {
        details,
        // By file: a checksum file's findings (and a deployment's) come from the shard that owns it.
        order: model/* byFile */.y9,
        summary: (failing, total) => verifySummary(manifests, failing, total),
        outputs: verifyOutputs(manifests),
        inputs: manifests.map((m) => ({ name: m.file, sha256: m.manifestDigest })),
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
async function runConfigured(ctx, forceAllowUnlisted = false, work) {
    const section = (0,types/* sectionOf */.Z)(ctx.config, rules/* CHECK */.fi);
    const allowUnlisted = forceAllowUnlisted || section['allow-unlisted'] === true;
    const started = Date.now();
    const manifestGlobs = section.manifests ?? DEFAULT_MANIFEST_GLOBS;
    const requiredGlobs = section.require ?? DEFAULT_REQUIRED_DIRS;
    const globbed = await (0,discover/* matchGlobs */.j)(ctx.root, manifestGlobs, ctx.configSource);
    const required = await (0,discover/* matchGlobs */.j)(ctx.root, requiredGlobs, ctx.configSource);
    // A shard verifies its own checksum files and checks its own required directories.
    const files = work ? globbed.files.filter((file) => work.take(file)) : globbed.files;
    const directories = work
        ? required.directories.filter((dir) => work.take(`${dir}/`))
        : required.directories;
    const mine = new Set(files);
    const othersShards = new Set(globbed.files.filter((file) => !mine.has(file)));
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
        // A shard compares its own deployments with every run: the runs other shards verify (and
        // report on) are read as listed, in the order one unsharded run sees them.
        for (const manifest of othersShards)
            if (runIdFromManifest(manifest) !== undefined)
                verified.set(manifest, { ...(await (0,checksums_manifest/* listedManifest */.nx)(ctx.root, manifest)), clean: true });
        const candidates = [...verified.values()].sort((a, b) => (0,order/* compareUtf8 */.z)(a.manifest, b.manifest));
        const compared = await compareDeployments(candidates, async (runId) => {
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


/***/ }),

/***/ 6105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ CHECKSUM_FILE_NAME),
/* harmony export */   D3: () => (/* binding */ manifestDigestOf),
/* harmony export */   JS: () => (/* binding */ writeChecksumFile),
/* harmony export */   S4: () => (/* binding */ verifyChecksums),
/* harmony export */   nx: () => (/* binding */ listedManifest),
/* harmony export */   y$: () => (/* binding */ verifyChecksumFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1917);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1204);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5492);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8921);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8941);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9725);
/* harmony import */ var _util_sha256_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6701);
/**
 * The public checksum API other checks build on (provenance binds `manifestDigest`, the eval gate
 * binds exceptions to it):
 *   writeChecksumFile(dir)        → GNU text `checksum.sha256`, sorted, LF, written atomically
 *   verifyChecksums(dir | file)   → Findings for everything sha256sum -c misses or tolerates
 *   manifestDigestOf(file)        → sha256 hex of the checksum file's bytes
 */











const CHECKSUM_FILE_NAME = 'checksum.sha256';
/** A checksum file larger than this is not a checksum file (about a million lines). */
const MAX_CHECKSUM_FILE_BYTES = 128 * 1024 * 1024;
/**
 * What a checksum file never lists and verify never calls unlisted: the checksum file itself and
 * pipeguard's own temp files (an atomic write in flight, or the leftover of a killed one).
 */
function notAnArtifact(checksumName) {
    return (rel) => rel === checksumName || (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .isPipeguardTempName */ .TU)(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(rel));
}
/** sha256 hex of the checksum file's bytes: the value provenance and exceptions bind to. */
async function manifestDigestOf(checksumFile) {
    return (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(checksumFile));
}
/**
 * List every regular file under `dir` in `<checksum file>` (default `checksum.sha256`): sorted by
 * UTF-8 bytes, `/` paths relative to `dir`, `<64 lowercase hex>  <path>` + LF, written atomically.
 * Refuses (InputError) names GNU would escape, symlinks leaving `dir`, symlinked directories,
 * devices/FIFOs/sockets, and an empty directory. The checksum file itself is never listed.
 */
async function writeChecksumFile(dir, options = {}) {
    const fileName = options.fileName ?? CHECKSUM_FILE_NAME;
    if (fileName.includes('/') ||
        fileName.includes((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ||
        fileName === '' ||
        fileName.startsWith('.')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`checksum file name must be a plain file name, got "${fileName}"`);
    }
    const dirAbs = options.root ? (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideRoot */ .Pk)(options.root, dir) : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir);
    const shown = options.root ? (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(options.root, dirAbs) || '.' : dir;
    const realDir = await realDirectory(dirAbs, shown);
    const { files, problems } = (0,_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .walkArtifactDir */ .LH)(realDir, notAnArtifact(fileName));
    const first = problems[0];
    if (first) {
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`refusing to write a checksum for ${first.path}: ${first.detail}${more}`, shown);
    }
    for (const file of files) {
        const reason = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .unwritableNameReason */ .PB)(file.path);
        if (reason)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`refusing to list "${file.path}": its name ${reason}; rename it`, shown);
    }
    if (files.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no files to list: the directory is empty', shown);
    const { outcomes } = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_5__.hashFiles)(files.map((f) => ({ file: f.real, size: f.size })), options.threads !== undefined ? { threads: options.threads } : {});
    const entries = files.map((f, i) => {
        const outcome = outcomes[i];
        if (!outcome?.ok)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read ${f.path}: ${outcome?.error ?? 'not hashed'}`, shown);
        return { path: f.path, sha256: outcome.sha256, size: outcome.size };
    });
    if (options.runId !== undefined && !(0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .isSafeRunId */ .cj)(options.runId)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`run id "${options.runId}" must be one path segment without spaces`);
    }
    const header = options.runId !== undefined ? `# run_id: ${options.runId}\n` : '';
    const text = header + entries.map((e) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatGnuLine */ .cf)(e.sha256, e.path)).join('');
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dirAbs, fileName);
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(file, text);
    return { file, manifestDigest: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(text), entries };
}
/**
 * Verify a checksum file (or DIR/checksum.sha256) strictly: every listed file present, regular,
 * inside the directory and matching; no malformed, duplicate, absolute or `..` line; no file in
 * the directory left unlisted (unless `allowUnlisted`); no symlink leading out. Names resolve
 * against the checksum file's directory. Problems are Findings naming the checksum file and line;
 * an unreadable or absent checksum file is an InputError.
 */
async function verifyChecksums(target, options) {
    const [result] = await verifyChecksumFiles([target], options);
    return result;
}
/**
 * `verifyChecksums` for several targets with ONE hashing pass over all their files, so the
 * workers start once (not once per checksum file) and keep every core busy to the end.
 * Results come back in the targets' order.
 */
async function verifyChecksumFiles(targets, options) {
    const prepared = [];
    for (const target of targets)
        prepared.push(await prepareVerification(target, options));
    const jobs = prepared.flatMap((p) => p.jobs);
    const { outcomes, hashedInWorkers } = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_5__.hashFiles)(jobs, options.threads !== undefined ? { threads: options.threads } : {});
    let offset = 0;
    return prepared.map((p) => {
        const mine = outcomes.slice(offset, offset + p.jobs.length);
        offset += p.jobs.length;
        // Worker counts are per pass; each result reports the pass it shared.
        return p.finish(mine, hashedInWorkers);
    });
}
/** Everything but the hashing: parse, resolve, look for unlisted files. */
async function prepareVerification(target, options) {
    const { root } = options;
    const targetAbs = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideRoot */ .Pk)(root, target);
    const targetInfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(targetAbs).catch(() => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no such file or directory', (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, targetAbs) || '.');
    });
    const file = targetInfo.isDirectory() ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(targetAbs, CHECKSUM_FILE_NAME) : targetAbs;
    const manifest = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, file);
    const bytes = await readChecksumFile(file, manifest);
    const manifestDigest = (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(bytes);
    const realDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file));
    const findings = [];
    const report = (spec) => {
        findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .checksumFinding */ .TU)({ ...spec, file: manifest }));
    };
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChecksumFile */ .j7)(bytes);
    for (const problem of parsed.problems) {
        report({
            rule: 'malformed-line',
            line: problem.line,
            message: problem.message,
            subject: `line:${problem.text}`,
        });
    }
    if (parsed.entries.length === 0) {
        report({
            rule: 'empty-manifest',
            message: parsed.problems.length > 0
                ? `${manifest} has no valid checksum line (${parsed.problems.length} malformed)`
                : `${manifest} lists no files`,
        });
    }
    const { entries, listed } = usableEntries(parsed, manifest, report);
    // One walk of the directory serves both questions: where each listed path leads (most are
    // plain files it has already seen) and what is present but unlisted.
    const checksumName = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file);
    const walked = (0,_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .walkArtifactDir */ .LH)(realDir, notAnArtifact(checksumName));
    const walkedFiles = new Map(walked.files.map((f) => [f.path, f]));
    const resolver = new _walk_js__WEBPACK_IMPORTED_MODULE_8__/* .ListedPathResolver */ .nb(realDir);
    // Resolve each listed path; only regular files inside the directory get hashed.
    const jobs = [];
    for (const entry of entries) {
        const line = listed.get(entry.path)?.line ?? 0;
        const where = { line, subject: entry.path };
        const seen = walkedFiles.get(entry.path);
        const resolved = seen
            ? { kind: 'file', real: seen.real, size: seen.size }
            : resolver.resolve(entry.path);
        if (resolved.kind === 'file') {
            jobs.push({
                file: resolved.real,
                size: resolved.size,
                path: entry.path,
                line,
                expected: entry.sha256,
            });
        }
        else if (resolved.kind === 'missing') {
            // A common slip: sha256sum run from another directory lists root-relative paths.
            const elsewhere = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, entry.path)) && node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file) !== root;
            report({
                ...where,
                rule: 'missing-file',
                message: `${entry.path}: listed but missing`,
                remedy: elsewhere
                    ? `names resolve against ${(0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file))}/, but ${entry.path} exists relative to the root: rewrite it with \`pipeguard checksums write ${(0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file))}\``
                    : 'copy the complete artifact directory again',
            });
        }
        else if (resolved.kind === 'symlink-escape') {
            report({ ...where, rule: 'symlink-escape', message: `${entry.path}: ${resolved.detail}` });
        }
        else {
            report({ ...where, rule: 'not-regular-file', message: `${entry.path}: ${resolved.detail}` });
        }
    }
    // Findings in order: the list's own problems, then the hashing's, then what is unlisted.
    const before = findings.splice(0);
    // What the directory holds beyond the list: the gap sha256sum -c leaves open.
    const present = [
        ...walked.files.map((f) => ({ path: f.path })),
        ...walked.problems.map((p) => ({ path: p.path, problem: p })),
    ].sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_10__/* .compareUtf8 */ .z)(a.path, b.path));
    // A symlinked directory on the way to listed files was judged with those files already.
    const ancestors = new Set([...listed.keys()].flatMap((p) => p
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    for (const item of present) {
        if (listed.has(item.path) || (item.problem && ancestors.has(item.path)))
            continue;
        if (item.problem?.kind === 'symlink-escape') {
            // Reported even with allowUnlisted: a loader globbing the directory would follow it.
            report({
                subject: item.path,
                rule: 'symlink-escape',
                message: `${item.path}: ${item.problem.detail} (not listed)`,
            });
        }
        else if (!options.allowUnlisted) {
            const what = item.problem ? ` (${item.problem.detail})` : '';
            report({
                subject: item.path,
                rule: 'unlisted-file',
                message: `${item.path}: present but not listed in ${manifest}${what}`,
            });
        }
    }
    const after = findings.splice(0);
    return {
        jobs,
        finish(outcomes, hashedInWorkers) {
            let verified = 0;
            let hashedBytes = 0;
            jobs.forEach((job, i) => {
                const outcome = outcomes[i];
                const where = { line: job.line, subject: job.path };
                if (!outcome?.ok) {
                    const rule = outcome?.notRegular ? 'not-regular-file' : 'unreadable';
                    report({ ...where, rule, message: `${job.path}: ${outcome?.error ?? 'not hashed'}` });
                    return;
                }
                hashedBytes += outcome.size;
                if (outcome.sha256 === job.expected)
                    verified += 1;
                else {
                    report({
                        ...where,
                        rule: 'mismatch',
                        message: `${job.path}: SHA-256 mismatch (listed ${job.expected}, actual ${outcome.sha256})`,
                    });
                }
            });
            return {
                findings: [...before, ...findings.splice(0), ...after],
                manifestDigest,
                entries,
                file,
                manifest,
                verified,
                bytes: hashedBytes,
                hashedInWorkers,
            };
        },
    };
}
async function readChecksumFile(file, shown) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('checksum file not found', shown);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read checksum file (${code ?? 'error'})`, shown);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('checksum file is not a regular file', shown);
        if (info.size > MAX_CHECKSUM_FILE_BYTES) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`checksum file is ${info.size} bytes, over the ${MAX_CHECKSUM_FILE_BYTES}-byte limit`, shown);
        }
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
async function realDirectory(dirAbs, shown) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dirAbs);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no such directory', shown);
    }
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real)).isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('not a directory', shown);
    return real;
}
/** The lines that name a usable path (first occurrence wins); the others are reported. */
function usableEntries(parsed, manifest, report) {
    const listed = new Map();
    const entries = [];
    for (const entry of parsed.entries) {
        const where = { line: entry.line, subject: entry.name };
        const kind = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyListedPath */ .fl)(entry.name);
        if (kind.kind === 'absolute') {
            report({
                ...where,
                rule: 'absolute-path',
                message: `${entry.name}: absolute path; names must be relative to ${manifest}'s directory`,
            });
        }
        else if (kind.kind === 'traversal') {
            report({
                ...where,
                rule: 'path-traversal',
                message: `${entry.name}: ".." leaves ${manifest}'s directory`,
            });
        }
        else if (kind.kind === 'directory') {
            report({
                ...where,
                rule: 'not-regular-file',
                message: `${entry.name}: names the directory itself, not a file`,
            });
        }
        else {
            const earlier = listed.get(kind.path);
            if (earlier) {
                const same = earlier.sha256 === entry.sha256 ? 'same digest' : 'a different digest';
                report({
                    ...where,
                    subject: kind.path,
                    rule: 'duplicate-entry',
                    message: `${kind.path}: listed again (first on line ${earlier.line}, ${same})`,
                });
            }
            else {
                listed.set(kind.path, { line: entry.line, sha256: entry.sha256 });
                entries.push({ path: kind.path, sha256: entry.sha256 });
            }
        }
    }
    return { entries, listed };
}
/**
 * A checksum file's usable entries as listed, nothing hashed: what a shard compares a deployment
 * with when the run's checksum file is another shard's to verify (and report).
 */
async function listedManifest(root, manifest) {
    const file = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideRoot */ .Pk)(root, manifest);
    const bytes = await readChecksumFile(file, manifest);
    const { entries } = usableEntries((0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChecksumFile */ .j7)(bytes), manifest, () => undefined);
    return { manifest, file, entries, manifestDigest: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(bytes) };
}


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ unwritableNameReason),
/* harmony export */   cf: () => (/* binding */ formatGnuLine),
/* harmony export */   cj: () => (/* binding */ isSafeRunId),
/* harmony export */   fl: () => (/* binding */ classifyListedPath),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile)
/* harmony export */ });
/* unused harmony exports SHA256_HEX_LENGTH, describeDigestProblem */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
/**
 * The checksum-file grammar `sha256sum -c` reads, parsed strictly and without ever throwing:
 * every line becomes an entry or a located problem.
 *
 *   GNU text        `<64 hex>  <name>`            (what `sha256sum` and pipeguard write)
 *   GNU binary      `<64 hex> *<name>`            (`sha256sum -b`)
 *   reversed BSD    `<64 hex> <name>`             (one space or tab; never mixed with the two above)
 *   BSD tag         `SHA256 (<name>) = <64 hex>`  (`sha256sum --tag`)
 *   escaped name    a leading `\` on any form: `\\` → `\`, `\n` → LF, `\r` → CR in the name
 *   `#` comments and empty lines are skipped; CRLF endings are accepted; hex may be upper case.
 * Like GNU, leading blanks before the digest are allowed and a whitespace-only line is malformed.
 */

const SHA256_HEX_LENGTH = 64;
const HEX = /^[0-9a-fA-F]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Parse the raw bytes of a checksum file. Never throws. */
function parseChecksumFile(bytes) {
    const entries = [];
    const problems = [];
    // GNU refuses to mix `hex  name` with `hex name` in one file: a renamed file with a leading
    // space could otherwise be read either way.
    let layout;
    if ((0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .utf16ByteOrder */ .Jg)(bytes)) {
        // Every line would fail on its own (NUL bytes); the file as a whole is the problem.
        problems.push({ line: 1, message: _util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .UTF16_NOT_SUPPORTED */ .Kj, text: '' });
        return { entries, problems, lineCount: 1 };
    }
    let start = 0;
    let line = 0;
    while (start < bytes.length) {
        let end = bytes.indexOf(0x0a, start);
        if (end === -1)
            end = bytes.length;
        line += 1;
        let stop = end;
        if (stop > start && bytes[stop - 1] === 0x0d)
            stop -= 1;
        if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
            // Editors on Windows add it; sha256sum rejects the line too.
            problems.push({
                line,
                message: 'starts with a UTF-8 byte-order mark (BOM); save the file without one',
                text: Buffer.from(bytes.subarray(start, stop)).toString('utf8'),
            });
            start = end + 1;
            continue;
        }
        const raw = bytes.subarray(start, stop);
        const result = parseLine(raw);
        start = end + 1;
        if (result.kind === 'skip')
            continue;
        const text = () => Buffer.from(raw).toString('utf8');
        if (result.kind === 'problem') {
            problems.push({ line, message: result.message, text: text() });
            continue;
        }
        if (result.format !== 'tag') {
            const thisLayout = result.format === 'reversed' ? 'reversed' : 'standard';
            if (layout === undefined)
                layout = thisLayout;
            else if (layout !== thisLayout) {
                problems.push({
                    line,
                    text: text(),
                    message: thisLayout === 'reversed'
                        ? 'one space between digest and name, but earlier lines use two (or " *"): ambiguous, rewrite the file'
                        : 'two spaces (or " *") between digest and name, but earlier lines use one: ambiguous, rewrite the file',
                });
                continue;
            }
        }
        entries.push({ line, name: result.name, sha256: result.sha256, format: result.format });
    }
    return { entries, problems, lineCount: line };
}
function parseLine(raw) {
    if (raw.length === 0)
        return { kind: 'skip' };
    if (raw[0] === 0x23 /* # */)
        return { kind: 'skip' };
    let text;
    try {
        text = utf8.decode(raw);
    }
    catch {
        return { kind: 'problem', message: 'line is not valid UTF-8' };
    }
    if (text.includes('\0'))
        return { kind: 'problem', message: 'line contains a NUL byte' };
    let i = 0;
    while (text[i] === ' ' || text[i] === '\t')
        i += 1;
    if (i === text.length)
        return { kind: 'problem', message: 'line holds only whitespace' };
    let escaped = false;
    if (text[i] === '\\') {
        escaped = true;
        i += 1;
    }
    const rest = text.slice(i);
    const tag = /^([A-Za-z][A-Za-z0-9-]*) ?\(/.exec(rest);
    if (tag && !isFullDigest(rest.slice(0, SHA256_HEX_LENGTH)))
        return parseTagLine(rest, tag[1] ?? '', escaped);
    return parseGnuLine(rest, escaped);
}
function parseTagLine(rest, algorithm, escaped) {
    if (algorithm !== 'SHA256') {
        return { kind: 'problem', message: `BSD tag line for ${algorithm}, expected SHA256` };
    }
    // BSD tools do not escape names, so the name ends at the LAST `)` (as GNU reads it).
    const match = /^SHA256 ?\((.*)\)[ \t]*=[ \t]*(.*)$/s.exec(rest);
    if (!match)
        return {
            kind: 'problem',
            message: 'malformed BSD tag line, expected "SHA256 (name) = <64 hex>"',
        };
    const digestProblem = describeDigestProblem(match[2] ?? '');
    if (digestProblem)
        return { kind: 'problem', message: digestProblem };
    return finishEntry(match[1] ?? '', (match[2] ?? '').toLowerCase(), 'tag', escaped);
}
function parseGnuLine(rest, escaped) {
    const gap = rest.search(/[ \t]/);
    if (gap === -1) {
        const digestProblem = describeDigestProblem(rest);
        return {
            kind: 'problem',
            message: digestProblem
                ? `${digestProblem}, and no file name`
                : 'no file name after the digest',
        };
    }
    const digest = rest.slice(0, gap);
    const digestProblem = describeDigestProblem(digest);
    if (digestProblem)
        return { kind: 'problem', message: digestProblem };
    const afterGap = rest.slice(gap + 1);
    const flag = afterGap[0];
    if (rest[gap] === ' ' && afterGap.length > 1 && (flag === ' ' || flag === '*')) {
        return finishEntry(afterGap.slice(1), digest.toLowerCase(), flag === '*' ? 'binary' : 'text', escaped);
    }
    return finishEntry(afterGap, digest.toLowerCase(), 'reversed', escaped);
}
function finishEntry(rawName, sha256, format, escaped) {
    let name = rawName;
    if (escaped) {
        const unescaped = unescapeName(rawName);
        if (unescaped === undefined) {
            return {
                kind: 'problem',
                message: 'invalid escape in name (only \\\\, \\n and \\r are defined)',
            };
        }
        name = unescaped;
    }
    if (name === '')
        return { kind: 'problem', message: 'no file name after the digest' };
    return { kind: 'entry', name, sha256, format };
}
function isFullDigest(text) {
    return text.length === SHA256_HEX_LENGTH && HEX.test(text);
}
/** Undefined when `text` is a well-formed SHA-256 hex digest, else why not. */
function describeDigestProblem(text) {
    if (text === '')
        return 'no digest';
    if (!HEX.test(text))
        return `digest "${clip(text)}" has non-hex characters`;
    if (text.length < SHA256_HEX_LENGTH) {
        return `digest is ${text.length} hex digits, SHA-256 needs ${SHA256_HEX_LENGTH} (truncated?)`;
    }
    if (text.length > SHA256_HEX_LENGTH) {
        const algorithm = text.length === 128 ? ' (that is a SHA-512 length)' : '';
        return `digest is ${text.length} hex digits, SHA-256 needs ${SHA256_HEX_LENGTH}${algorithm}`;
    }
    return undefined;
}
function clip(text) {
    return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
/** GNU's name escapes: `\\`, `\n`, `\r`. Anything else is malformed. */
function unescapeName(text) {
    let out = '';
    for (let i = 0; i < text.length; i += 1) {
        const c = text[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = text[i + 1];
        if (next === '\\')
            out += '\\';
        else if (next === 'n')
            out += '\n';
        else if (next === 'r')
            out += '\r';
        else
            return undefined;
        i += 1;
    }
    return out;
}
/**
 * Why GNU `sha256sum` would have to escape (or could misread) this relative path, or undefined
 * when it can be written verbatim as `<hex>  <path>` and read back identically by `sha256sum -c`,
 * `shasum -a 256 -c` and actions/attest's `subject-checksums`.
 */
function unwritableNameReason(relativePath) {
    if (relativePath.includes('\\'))
        return 'contains a backslash, which sha256sum would escape';
    if (relativePath.includes('\n'))
        return 'contains a newline, which sha256sum would escape';
    if (relativePath.includes('\r'))
        return 'contains a carriage return, which sha256sum would escape';
    if (relativePath.startsWith('*'))
        return 'starts with "*", which readers take for the binary-mode flag';
    if (relativePath.startsWith(' '))
        return 'starts with a space, which readers strip or misread';
    if (relativePath === '-')
        return 'is "-", which sha256sum -c reads as standard input';
    return undefined;
}
/**
 * Classify a listed name: absolute paths and `..` segments are refused outright (both `/` and `\`
 * count as separators for this, so a Windows-style `..\x` is refused too); `./` and doubled
 * slashes are normalised away.
 */
function classifyListedPath(name) {
    if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
        return { kind: 'absolute' };
    const parts = name.split(/[\\/]/);
    if (parts.includes('..'))
        return { kind: 'traversal' };
    const kept = name.split('/').filter((part) => part !== '' && part !== '.');
    if (kept.length === 0)
        return { kind: 'directory' };
    return { kind: 'relative', path: kept.join('/') };
}
/** One GNU text line, as pipeguard writes it (names must pass `unwritableNameReason`). */
function formatGnuLine(sha256, relativePath) {
    return `${sha256}  ${relativePath}\n`;
}
/** A run id names one directory under runs/: no separators or blanks, no dot-only names. */
function isSafeRunId(runId) {
    return /^[^/\\\s]+$/.test(runId) && runId !== '..' && runId !== '.';
}


/***/ }),

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ checksumFinding),
/* harmony export */   fi: () => (/* binding */ CHECK),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/** Every way a checksum file or its directory can be rejected, one rule id each. */

const CHECK = 'checksums';
const RULES = {
    mismatch: {
        title: 'SHA-256 mismatch',
        help: 'The file differs from the listed digest: the artifact was modified or corrupted after the checksum file was written. Rebuild or re-copy it from the run; never just rewrite the checksum file.',
        severity: 'critical',
    },
    'missing-file': {
        title: 'listed file is missing',
        help: 'The checksum file lists a file the directory does not hold. Copy the whole artifact directory again.',
        severity: 'critical',
    },
    'unlisted-file': {
        title: 'file not listed in the checksum file',
        help: 'A file sits beside the artifacts without a checksum (sha256sum -c never notices these). Remove it, or rewrite the checksum file if it belongs to the artifact; pass --allow-unlisted only for directories that legitimately hold extra files.',
        severity: 'critical',
    },
    'duplicate-entry': {
        title: 'file listed twice',
        help: 'A path appears on more than one line; sha256sum checks both and a stale line can hide behind a fresh one. Keep one line per file.',
        severity: 'high',
    },
    'absolute-path': {
        title: 'absolute path in checksum file',
        help: "Names must be relative to the checksum file's directory; an absolute path verifies a file elsewhere on the machine.",
        severity: 'critical',
    },
    'path-traversal': {
        title: '".." in a listed path',
        help: 'Names must stay inside the checksum file\'s directory; ".." verifies a file outside it.',
        severity: 'critical',
    },
    'symlink-escape': {
        title: 'symlink leaves the directory',
        help: 'A symlink in the artifact directory points outside it (e.g. to /etc/passwd): loaders would read a file the checksum does not protect. Replace it with the file itself.',
        severity: 'critical',
    },
    'not-regular-file': {
        title: 'not a regular file',
        help: 'A listed or present entry is a directory, symlinked directory, device, FIFO or socket. Artifact directories hold regular files only.',
        severity: 'high',
    },
    unreadable: {
        title: 'file could not be read',
        help: 'Reading the file failed (permissions, I/O error); its integrity is unknown.',
        severity: 'critical',
    },
    'malformed-line': {
        title: 'malformed checksum line',
        help: 'The line is none of "<64 hex>  name", "<64 hex> *name", "SHA256 (name) = <64 hex>", a # comment or empty. A truncated digest or a stray line can hide a file from verification.',
        severity: 'high',
    },
    'empty-manifest': {
        title: 'checksum file lists no files',
        help: 'The checksum file holds no valid line, so it protects nothing (sha256sum: "no properly formatted checksum lines found"). Write it with `pipeguard checksums write DIR`.',
        severity: 'critical',
    },
    'manifest-missing': {
        title: 'artifact directory without checksum file',
        help: 'A directory that must carry a checksum.sha256 (config `checksums.require`) has none. Write it with `pipeguard checksums write DIR` where the artifact is produced.',
        severity: 'high',
    },
    'deploy-differs': {
        title: 'deployed artifact differs from its run',
        help: 'The files listed for a deployment are not the files its run produced (matched by the run_id comment or by identical file names). Deploy by copying runs/<run_id>/artifact/ unchanged, checksum file included.',
        severity: 'critical',
    },
};
/** A Finding keyed for fingerprints on (rule, checksum file, artifact path): stable across line moves. */
function checksumFinding(spec) {
    return (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleFinding */ .Ex)(CHECK, RULES, spec);
}


/***/ }),

/***/ 9725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ walkArtifactDir),
/* harmony export */   nb: () => (/* binding */ ListedPathResolver)
/* harmony export */ });
/* unused harmony export followLink */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1917);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1204);
/**
 * What an artifact directory holds, as the writer lists it and the verifier compares it:
 * regular files (and symlinks to regular files that stay inside the directory), everything else
 * reported as a problem the caller decides about. Metadata calls are synchronous on purpose: an
 * async lstat is a thread-pool round trip, which made 20 000 small files take seconds.
 */




const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Walk `realDir` (already a real path). `skip(rel)` leaves out paths such as the checksum file.
 * Symlinked directories are never descended: their files would be listed twice or from outside.
 */
function walkArtifactDir(realDir, skip) {
    const files = [];
    const problems = [];
    const pending = [''];
    while (pending.length > 0) {
        const relDir = pending.pop() ?? '';
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, relDir), {
                withFileTypes: true,
                encoding: 'buffer',
            });
        }
        catch (error) {
            const code = error.code ?? 'error';
            problems.push({
                path: relDir || '.',
                kind: 'unreadable-directory',
                detail: `directory cannot be read (${code})`,
            });
            continue;
        }
        for (const entry of entries) {
            let name;
            try {
                name = utf8.decode(entry.name);
            }
            catch {
                const shown = entry.name.toString('utf8');
                problems.push({
                    path: join(relDir, shown),
                    kind: 'not-utf8',
                    detail: 'name is not valid UTF-8',
                });
                continue;
            }
            const rel = join(relDir, name);
            if (skip(rel))
                continue;
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, rel);
            if (entry.isDirectory()) {
                pending.push(rel);
            }
            else if (entry.isFile()) {
                files.push({ path: rel, real: absolute, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute).size });
            }
            else if (entry.isSymbolicLink()) {
                const outcome = followLink(realDir, absolute);
                if ('file' in outcome)
                    files.push({ path: rel, real: outcome.file, size: outcome.size });
                else
                    problems.push({ path: rel, kind: outcome.kind, detail: outcome.detail });
            }
            else {
                problems.push({
                    path: rel,
                    kind: 'not-regular',
                    detail: 'not a regular file (device, FIFO or socket)',
                });
            }
        }
    }
    files.sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareUtf8 */ .z)(a.path, b.path));
    problems.sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareUtf8 */ .z)(a.path, b.path));
    return { files, problems };
}
/** Where a symlink inside the directory leads, judged against the directory's real path. */
function followLink(realDir, absolute) {
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    }
    catch {
        let link = '?';
        try {
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute);
        }
        catch {
            // vanished meanwhile: judged as dangling below
        }
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute), link);
        if (!(0,_util_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realDir, resolved)) {
            return { kind: 'symlink-escape', detail: `symlink to ${link}, outside the directory` };
        }
        return { kind: 'dangling-symlink', detail: `symlink to ${link}, which does not exist` };
    }
    if (!(0,_util_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realDir, target)) {
        return { kind: 'symlink-escape', detail: `symlink to ${target}, outside the directory` };
    }
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
    if (info.isDirectory())
        return { kind: 'symlinked-directory', detail: 'symlink to a directory' };
    if (!info.isFile())
        return { kind: 'not-regular', detail: 'symlink to something that is not a regular file' };
    return { file: target, size: info.size };
}
function join(relDir, name) {
    return relDir === '' ? name : `${relDir}/${name}`;
}
/**
 * Where listed relative paths lead, never following one out of the directory. Every component is
 * checked, so a symlinked parent (`sub -> /etc`, listed `sub/passwd`) is caught too; directories
 * already judged are cached, so N files in one folder cost N lstat calls, not N × depth.
 */
class ListedPathResolver {
    realDir;
    dirs = new Map();
    constructor(realDir) {
        this.realDir = realDir;
    }
    resolve(rel) {
        const parts = rel.split('/');
        let current = this.realDir;
        for (let i = 0; i < parts.length - 1; i += 1) {
            const prefix = parts.slice(0, i + 1).join('/');
            let judged = this.dirs.get(prefix);
            if (!judged) {
                judged = this.judgeDirectory(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, parts[i] ?? ''), prefix);
                this.dirs.set(prefix, judged);
            }
            if ('failed' in judged)
                return judged.failed;
            current = judged.real;
        }
        return this.judgeFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, parts[parts.length - 1] ?? ''));
    }
    judgeDirectory(absolute, prefix) {
        const info = lstatOrUndefined(absolute);
        if (!info)
            return { failed: { kind: 'missing' } };
        if (info.isDirectory())
            return { real: absolute };
        if (!info.isSymbolicLink())
            return { failed: { kind: 'missing' } };
        const outcome = followLink(this.realDir, absolute);
        if ('file' in outcome) {
            return { failed: { kind: 'not-regular', detail: `${prefix} is a symlink to a file` } };
        }
        if (outcome.kind === 'symlinked-directory')
            return { real: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute) };
        if (outcome.kind === 'symlink-escape')
            return { failed: { kind: 'symlink-escape', detail: outcome.detail } };
        if (outcome.kind === 'dangling-symlink')
            return { failed: { kind: 'missing' } };
        return { failed: { kind: 'not-regular', detail: outcome.detail } };
    }
    judgeFile(absolute) {
        const info = lstatOrUndefined(absolute);
        if (!info)
            return { kind: 'missing' };
        if (info.isSymbolicLink()) {
            const outcome = followLink(this.realDir, absolute);
            if ('file' in outcome)
                return { kind: 'file', real: outcome.file, size: outcome.size };
            if (outcome.kind === 'symlink-escape')
                return { kind: 'symlink-escape', detail: outcome.detail };
            if (outcome.kind === 'dangling-symlink')
                return { kind: 'missing' };
            return { kind: 'not-regular', detail: outcome.detail };
        }
        if (info.isFile())
            return { kind: 'file', real: absolute, size: info.size };
        return {
            kind: 'not-regular',
            detail: info.isDirectory() ? 'is a directory' : 'not a regular file (device, FIFO or socket)',
        };
    }
}
function lstatOrUndefined(absolute) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ gitSucceeds),
/* harmony export */   QS: () => (/* binding */ gitLines),
/* harmony export */   oM: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * git as a child process with streamed output: diffs and histories can be far larger than memory
 * should hold, and simple-git buffers whole outputs. Failures become one-line InputErrors.
 */



const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    GIT_OPTIONAL_LOCKS: '0',
};
const BASE_ARGS = [
    '-c',
    'core.quotePath=false',
    '-c',
    'diff.noprefix=false',
    '-c',
    'color.ui=never',
];
/** Run git and yield its stdout line by line; throws InputError naming `what` on a non-zero exit. */
async function* gitLines(root, args, what, 
/** Written to git's standard input (e.g. the commits of `--stdin`); none when absent. */
input) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...BASE_ARGS, ...args], {
        cwd: root,
        env: { ...process.env, ...GIT_ENV },
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    // A git that exits early closes the pipe: its exit code says what went wrong, not EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    // Split chunks by hand: readline's per-line event machinery costs more than the scan of a diff.
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    let partial = '';
    try {
        for await (const chunk of child.stdout) {
            const lines = (partial + decoder.write(chunk)).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                yield line.endsWith('\r') ? line.slice(0, -1) : line;
        }
        partial += decoder.end();
        if (partial !== '')
            yield partial;
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
    const code = await exited.catch((error) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git could not ${what}: ${error.message}`);
    });
    if (code !== 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git could not ${what}: ${firstLine(stderr) || `exit code ${code}`}`);
}
/** Run git and return stdout (small outputs). */
async function gitOutput(root, args, what) {
    const out = [];
    for await (const line of gitLines(root, args, what))
        out.push(line);
    return out.join('\n');
}
/** Run git for its exit status only. */
async function gitSucceeds(root, args) {
    try {
        for await (const _ of gitLines(root, args, 'run'))
            void _;
        return true;
    }
    catch {
        return false;
    }
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '');
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


/***/ })

};
