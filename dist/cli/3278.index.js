export const id = 3278;
export const ids = [3278];
export const modules = {

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_REPORT_BYTES: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6538);
/* harmony import */ var _shard_partition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2230);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1013);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6867);
/**
 * `pipeguard report merge REPORT…`: the JSON reports of a sharded run (`--shard I/N` in a job
 * matrix) joined into the one report an unsharded run gives — findings, status, summary, details —
 * so it renders to every format and exits as `check` would have.
 *
 * It fails closed: a report that is not a shard's, a missing or duplicate shard, shards of
 * different commits, configs, options, pipeguard versions or work lists, or work lists that do
 * not add up to the whole (counts and additive digests, src/shard/partition.ts) is an input error
 * (exit 2), never a pass. A finding two shards saw (history: one secret in several commits) is
 * reported once, by fingerprint, from the earliest shard; a finding that says something is absent
 * (an unused ignore entry) only when every shard says so. Findings are put in the check's own
 * order, the one its unsharded runs use.
 */







/** A shard report is JSON written by pipeguard; anything larger is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** 256 shards (the most --shard takes) of every shardable command, with room to spare. */
const MAX_REPORT_FILES = 4096;
const STATUSES = new Set(['pass', 'fail', 'blocked', 'error']);
async function mergeReports(ctx, given, expected = []) {
    if (given.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('report merge needs the shard reports (files or directories of *.json)');
    const known = _checks_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKS */ .u.map((c) => c.name);
    const unknownExpected = expected.filter((name) => !known.includes(name));
    if (unknownExpected.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`--checks names unknown check(s) ${unknownExpected.join(', ')}; known: ${known.join(', ')}`);
    const files = await reportFiles(ctx.root, given);
    if (files.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`no *.json report in ${given.join(', ')}: nothing to merge`);
    const groups = new Map();
    for (const file of files) {
        for (const result of await readReport(ctx.root, file)) {
            const list = groups.get(result.check);
            const entry = { file: shown(ctx.root, file), result, shard: result.shard };
            if (list)
                list.push(entry);
            else
                groups.set(result.check, [entry]);
        }
    }
    const merged = [];
    // Registry order, as `pipeguard check` runs them.
    for (const check of _checks_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKS */ .u) {
        const shards = groups.get(check.name);
        if (!shards)
            continue;
        groups.delete(check.name);
        verifyShards(check.name, shards);
        merged.push(await mergeCheck(check, shards));
        ctx.log.info(`report merge: ${check.name}: ${shards.length} shard(s), ${shards[0].shard.work.items} ${shards[0].shard.key} in all`);
    }
    const unknown = [...groups.keys()];
    if (unknown.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`unknown check "${unknown[0]}" in ${groups.get(unknown[0])[0].file}`);
    // A check the matrix was meant to run that no shard reported (its step never ran, its report
    // was never uploaded) would otherwise leave the verdict to the others: a failure, never a pass.
    const missing = expected.filter((name) => !merged.some((m) => m.check === name));
    if (missing.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`no shard report holds ${missing.join(', ')} (--checks names it): a check the matrix did not run cannot pass`);
    return merged;
}
/** The files named, directories expanded to the *.json files under them (sorted); no symlinks. */
async function reportFiles(root, given) {
    const out = [];
    for (const name of given) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute).catch(() => undefined);
        if (!info)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('no such file or directory', name);
        if (info.isSymbolicLink())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('is a symbolic link, which is never followed: name the report', name);
        if (!info.isDirectory()) {
            out.push(absolute);
            continue;
        }
        // Every *.json below (one directory per downloaded artifact); links are not followed, so a
        // linked report is not read, and its shard is then missing: an error, never a pass.
        const pending = [absolute];
        while (pending.length > 0) {
            const dir = pending.pop();
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
                const child = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
                if (entry.isDirectory())
                    pending.push(child);
                else if (entry.isFile() && entry.name.endsWith('.json'))
                    out.push(child);
            }
        }
    }
    const files = [...new Set(out)].sort();
    if (files.length > MAX_REPORT_FILES)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${files.length} *.json files in ${given.join(', ')}: more than the ${MAX_REPORT_FILES} shard reports a merge takes (name the reports' directory)`);
    return files;
}
function shown(root, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)
        ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')
        : file;
}
async function readBounded(file, display) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot be read (${error.code ?? 'error'})`, display);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('is not a regular file', display);
        if (info.size > MAX_REPORT_BYTES)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a shard report`, display);
        const buffer = Buffer.alloc(info.size);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** A JSON report's check results, each checked for the shape the merge relies on. */
async function readReport(root, file) {
    const display = shown(root, file);
    let report;
    try {
        report = JSON.parse(await readBounded(file, display));
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            throw error;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('is not a JSON report (pipeguard … --format json --output FILE writes one)', display);
    }
    const bad = (what) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`not a pipeguard JSON report: ${what}`, display);
    if (!isRecord(report) || !isRecord(report.tool) || report.tool.name !== 'pipeguard')
        throw bad('no tool.name "pipeguard"');
    if (typeof report.tool.version !== 'string')
        throw bad('no tool.version');
    if (report.tool.version !== _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`written by pipeguard ${report.tool.version}, merged by ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}: run every shard and the merge with one version`, display);
    if (!Array.isArray(report.checks) || report.checks.length === 0)
        throw bad('no checks');
    return report.checks.map((check, i) => {
        const where = `checks[${i}]`;
        if (!isRecord(check) ||
            typeof check.check !== 'string' ||
            typeof check.summary !== 'string' ||
            !STATUSES.has(check.status) ||
            !Array.isArray(check.findings))
            throw bad(`${where} is not a check result`);
        check.findings.forEach((f, j) => {
            if (!isFinding(f))
                throw bad(`${where}.findings[${j}] is not a finding`);
        });
        if (check.shard === undefined) {
            const why = check.status === 'error' ? ` (it stopped with an error: ${check.summary})` : '';
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${check.check} did not run as a shard (no --shard I/N)${why}: an unsharded report cannot be merged with shards`, display);
        }
        if (!isShardRecord(check.shard))
            throw bad(`${where}.shard is malformed`);
        return check;
    });
}
/** Every fail-closed rule of the merge, for one check's shards. */
function verifyShards(check, shards) {
    // Shard order (then file order): shard 1 is what the others are compared with.
    shards.sort((a, b) => a.shard.index - b.shard.index);
    const first = shards[0];
    const fail = (message) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`report merge: ${check}: ${message}`);
    };
    const facts = [
        ['version', 'pipeguard versions'],
        ['count', 'shard counts (N of I/N)'],
        ['commit', 'commits'],
        ['config', 'configs'],
        ['options', 'options or paths'],
        ['key', 'partition keys'],
        ['failOn', 'fail-on thresholds'],
    ];
    for (const s of shards) {
        for (const [field, what] of facts) {
            if (s.shard[field] !== first.shard[field])
                fail(`shards of different ${what}: ${shortFact(first.shard[field])} in ${first.file}, ${shortFact(s.shard[field])} in ${s.file}`);
        }
        if (s.shard.work.items !== first.shard.work.items ||
            s.shard.work.digest !== first.shard.work.digest)
            fail(`shards saw different work lists (${first.shard.work.items} ${first.shard.key} in ${first.file}, ${s.shard.work.items} in ${s.file}): not the same checkout`);
    }
    const count = first.shard.count;
    const byIndex = new Map();
    for (const s of shards) {
        const other = byIndex.get(s.shard.index);
        if (other)
            fail(`shard ${s.shard.index}/${count} twice (${other.file} and ${s.file})`);
        byIndex.set(s.shard.index, s);
    }
    const missing = [];
    for (let i = 1; i <= count; i++)
        if (!byIndex.has(i))
            missing.push(`${i}/${count}`);
    if (missing.length)
        fail(`missing shard(s) ${missing.join(', ')}: never a pass without them`);
    const items = shards.reduce((sum, s) => sum + s.shard.own.items, 0);
    const digest = (0,_shard_partition_js__WEBPACK_IMPORTED_MODULE_3__/* .addDigests */ .Pn)(shards.map((s) => s.shard.own.digest));
    if (items !== first.shard.work.items || digest !== first.shard.work.digest)
        fail(`the shards' work does not add up to the whole (${items} of ${first.shard.work.items} ${first.shard.key}${items === first.shard.work.items ? ', different items' : ''})`);
}
function shortFact(value) {
    const text = String(value);
    return /^[0-9a-f]{40,}$/.test(text) ? text.slice(0, 12) : text;
}
async function mergeCheck(check, shards) {
    const results = shards.map((s) => s.result);
    const merged = mergeFindings(shards);
    const name = check.name;
    const errored = shards.filter((s) => s.result.status === 'error');
    const rules = Object.assign({}, ...results.map((r) => r.rules ?? {}));
    const parts = await check.mergeShards(results, merged);
    const findings = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .orderFindings */ .$t)(merged, parts.order);
    const inputs = parts.inputs ?? uniqueInputs(results.flatMap((r) => r.inputs ?? []));
    const base = errored.length
        ? {
            check: name,
            status: 'error',
            summary: errored
                .map((s) => `shard ${s.shard.index}/${s.shard.count}: ${s.result.summary}`)
                .join('; '),
            findings,
            details: parts.details,
        }
        : (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .resultFromFindings */ .Ot)(name, findings, shards[0].shard.failOn, parts.summary, parts.details);
    // Outputs that depend on the whole run come from the check's merge; the rest are every shard's.
    const outputs = parts.outputs ?? results[0]?.outputs ?? {};
    return {
        ...base,
        ...(rules && Object.keys(rules).length ? { rules } : {}),
        ...(inputs.length ? { inputs } : {}),
        ...(Object.keys(outputs).length ? { outputs } : {}),
    };
}
/**
 * Every shard's findings once: a fingerprint an earlier shard reported is dropped (shards are in
 * work order, so history keeps a secret's first commit), and an absence finding is kept only when
 * every shard reported it.
 */
function mergeFindings(shards) {
    const absence = new Set(shards.flatMap((s) => s.shard.absence ?? []));
    const seenBefore = new Set();
    const out = [];
    const absent = new Map();
    for (const { result } of shards) {
        const mine = new Set();
        for (const finding of result.findings) {
            if (absence.has(finding.rule)) {
                const key = `${finding.rule}\0${finding.fingerprint}`;
                if (mine.has(key))
                    continue;
                mine.add(key);
                const entry = absent.get(key);
                if (entry)
                    entry.shards++;
                else
                    absent.set(key, { finding, shards: 1 });
                continue;
            }
            if (seenBefore.has(finding.fingerprint))
                continue;
            out.push(finding);
            mine.add(finding.fingerprint);
        }
        for (const fingerprint of mine)
            seenBefore.add(fingerprint);
    }
    for (const { finding, shards: count } of absent.values())
        if (count === shards.length)
            out.push(finding);
    return out;
}
function uniqueInputs(inputs) {
    const seen = new Set();
    return inputs.filter((i) => {
        const key = `${i.name}\0${i.sha256}`;
        return !seen.has(key) && (seen.add(key), true);
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFinding(value) {
    return (isRecord(value) &&
        typeof value.check === 'string' &&
        typeof value.rule === 'string' &&
        (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isSeverity */ ._Z)(value.severity) &&
        typeof value.message === 'string' &&
        typeof value.fingerprint === 'string' &&
        (value.file === undefined || typeof value.file === 'string') &&
        (value.remedy === undefined || typeof value.remedy === 'string') &&
        (value.suppressed === undefined ||
            (isRecord(value.suppressed) && typeof value.suppressed.kind === 'string')) &&
        POSITIONS.every((key) => value[key] === undefined ||
            (Number.isSafeInteger(value[key]) && value[key] >= 1)));
}
const POSITIONS = ['line', 'column', 'endLine', 'endColumn'];
const HEX64 = /^[0-9a-f]{64}$/;
function isWork(value) {
    return (isRecord(value) &&
        Number.isSafeInteger(value.items) &&
        value.items >= 0 &&
        typeof value.digest === 'string' &&
        HEX64.test(value.digest));
}
function isShardRecord(value) {
    if (!isRecord(value))
        return false;
    const { index, count } = value;
    return (Number.isSafeInteger(index) &&
        Number.isSafeInteger(count) &&
        index >= 1 &&
        index <= count &&
        typeof value.key === 'string' &&
        isWork(value.work) &&
        isWork(value.own) &&
        (value.commit === null || typeof value.commit === 'string') &&
        typeof value.config === 'string' &&
        typeof value.options === 'string' &&
        typeof value.version === 'string' &&
        (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isSeverity */ ._Z)(value.failOn) &&
        (value.absence === undefined ||
            (Array.isArray(value.absence) && value.absence.every((r) => typeof r === 'string'))));
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


/***/ })

};
