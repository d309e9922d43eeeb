export const id = 1409;
export const ids = [1409];
export const modules = {

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sectionOf),
/* harmony export */   p: () => (/* binding */ failOnFor)
/* harmony export */ });
/** The severity at which a check fails: its own `fail-on`, else the global one. */
function failOnFor(config, check) {
    return config[check]?.['fail-on'] ?? config['fail-on'];
}
/** The section of a check as its own typed view (the schema has already validated it). */
function sectionOf(config, check) {
    return (config[check] ?? {});
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ orderFindings),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ex: () => (/* binding */ ruleFinding),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Ot: () => (/* binding */ resultFromFindings),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   y9: () => (/* binding */ byFile)
/* harmony export */ });
/* unused harmony export overallStatus */
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1204);
/* harmony import */ var _util_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6701);
/**
 * The one report model every check returns and every renderer reads.
 * Secret values never enter it: only masked forms and fingerprints.
 */


const SEVERITIES = ['low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITIES.includes(value);
}
/** True when the finding counts against the check under the given `fail-on` threshold. */
function failsAt(finding, failOn) {
    return !finding.suppressed && severityRank(finding.severity) >= severityRank(failOn);
}
/** sha256 over the parts, joined unambiguously; hex, truncated to 32 chars for readability. */
function fingerprintOf(...parts) {
    let joined = '';
    for (const part of parts) {
        const text = part === undefined ? '' : String(part);
        joined += `${text.length}:${text}\0`;
    }
    return (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(joined).slice(0, 32);
}
/**
 * A Finding whose severity comes from the check's rule table and whose fingerprint is
 * (check, rule, file, subject): stable across line moves and runs.
 */
function ruleFinding(check, rules, spec) {
    return {
        check,
        rule: spec.rule,
        severity: spec.severity ?? rules[spec.rule].severity,
        message: spec.message,
        ...(spec.file !== undefined ? { file: spec.file } : {}),
        ...(spec.line !== undefined ? { line: spec.line } : {}),
        ...(spec.column !== undefined ? { column: spec.column } : {}),
        fingerprint: fingerprintOf(check, spec.rule, spec.file, spec.subject ?? spec.message),
        ...(spec.remedy ? { remedy: spec.remedy } : {}),
    };
}
/** The usual way a check turns findings into a result: fail when any finding is at or above `failOn`. */
function resultFromFindings(check, findings, failOn, describe, details) {
    const failing = findings.filter((f) => failsAt(f, failOn)).length;
    return {
        check,
        status: failing > 0 ? 'fail' : 'pass',
        summary: describe(failing, findings.length),
        findings,
        ...(details ? { details } : {}),
    };
}
/** Overall status: error wins, then blocked, then fail. */
function overallStatus(results) {
    const order = ['error', 'blocked', 'fail'];
    for (const status of order)
        if (results.some((r) => r.status === status))
            return status;
    return 'pass';
}
const EXIT = { ok: 0, failed: 1, usage: 2, blocked: 12 };
/** The process exit code of design.md: 2 wins over all, then 12, then 1. */
function exitCodeFor(status) {
    switch (status) {
        case 'error':
            return EXIT.usage;
        case 'blocked':
            return EXIT.blocked;
        case 'fail':
            return EXIT.failed;
        default:
            return EXIT.ok;
    }
}
function buildReport(version, checks) {
    return {
        tool: { name: 'pipeguard', version },
        status: overallStatus(checks),
        checks,
        findings: checks.flatMap((c) => c.findings),
    };
}
/**
 * Orders a check's findings by `key` (a stable sort: ties keep the check's own order), the same
 * way sharded or not, so a merge of shards equals an unsharded run (src/report/merge.ts). Each
 * sharded check picks a key under which findings that tie always come from one shard.
 */
function orderFindings(findings, key = compareFindings) {
    return findings.sort(key);
}
/** By file alone (`/` paths, byte order), each file's findings in the check's order. */
function byFile(a, b) {
    return (0,_util_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .z)(a.file ?? '', b.file ?? '');
}
/**
 * Stable order for every renderer: file, line, column, rule; names in byte order, whatever the
 * machine's locale (and without the ICU collator, whose first use cost a diff scan 8-15 ms).
 */
function compareFindings(a, b) {
    return (byFile(a, b) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        (0,_util_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .z)(a.rule, b.rule));
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XW: () => (/* binding */ asInputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iD: () => (/* binding */ withPath)
/* harmony export */ });
/* unused harmony export inputErrorFromSystem */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A user's mistake (bad flag, unreadable file, malformed config or document): exit 2 with one
 * line naming the file and the problem, never a stack trace.
 */
class InputError extends Error {
    file;
    line;
    column;
    /** Further problems of the same input (a config with several mistakes lists them all). */
    more = [];
    constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'InputError';
    }
    /** The first problem, carrying the rest; undefined for none. */
    static all(problems) {
        const [first, ...rest] = problems;
        if (first)
            first.more = rest;
        return first;
    }
    /** `file:line:col: message`, the form editors and pre-commit users click on. */
    toLine() {
        if (!this.file)
            return this.message;
        const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
            .filter((part) => part !== undefined)
            .join(':');
        return `${where}: ${this.message}`;
    }
}
/** The user-facing form of a thrown value when it is the user's problem (input or environment). */
function asInputError(error) {
    return error instanceof InputError ? error : inputErrorFromSystem(error);
}
/** Describe any thrown value in one line, without a stack. */
function oneLine(error) {
    if (error instanceof InputError)
        return error.toLine();
    if (error instanceof Error)
        return error.message.split('\n')[0] ?? String(error);
    return String(error);
}
/**
 * Node's system errors that carry a path (ENOSPC, EISDIR, EACCES, EROFS, … from fs or a spawn)
 * are the user's environment, not a pipeguard bug: one line naming the file and the problem,
 * exit 2. The engine's top-level handlers pass every thrown value through here.
 */
function inputErrorFromSystem(error, cwd = process.cwd()) {
    if (!isSystemError(error) || typeof error.path !== 'string')
        return undefined;
    const action = error.action ?? actionOf(error.syscall);
    return new InputError(`cannot ${action} ${shownPath(error.path, cwd)}: ${problemOf(error)}`);
}
/**
 * The same failure, attributed to `file` (a writer's temp file or a directory it creates is an
 * implementation detail; the user knows the file they asked for) and to what was being done.
 */
function withPath(error, file, action) {
    if (!isSystemError(error))
        return error;
    return Object.assign(new Error(`${error.code}: ${problemOf(error)}, ${action} '${file}'`), {
        code: error.code,
        errno: error.errno,
        syscall: error.syscall,
        path: file,
        action,
    });
}
function isSystemError(error) {
    return (error instanceof Error &&
        typeof error.code === 'string' &&
        /^E[A-Z0-9]+$/.test(error.code) &&
        typeof error.syscall === 'string');
}
/** Plain words for the codes users meet; libuv's own text for the rest. */
const PROBLEMS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EISDIR: 'is a directory',
    ENOTDIR: 'a parent of it is not a directory',
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EEXIST: 'already exists',
    EIO: 'input/output error',
    ENAMETOOLONG: 'name too long',
    ELOOP: 'too many levels of symbolic links',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files in the system',
    EBUSY: 'resource busy',
};
function problemOf(error) {
    return PROBLEMS[error.code] ?? /^E[A-Z0-9]+: ([^,]+)/.exec(error.message)?.[1] ?? error.code;
}
function actionOf(syscall) {
    if (!syscall)
        return 'access';
    if (syscall.startsWith('spawn'))
        return 'run';
    if (/^(read|readdir|scandir|stat|lstat|fstat|realpath|readlink|access)$/.test(syscall))
        return 'read';
    if (/^(write|fsync|fdatasync|ftruncate|rename|unlink|rmdir|copyfile|chmod|utime|symlink|link)$/.test(syscall))
        return 'write';
    if (syscall === 'mkdir')
        return 'create directory';
    return syscall === 'open' ? 'open' : 'access';
}
/** Relative to the working directory when inside it (as the user typed it), else absolute. */
function shownPath(file, cwd) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel)
        ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')
        : file;
}


/***/ }),

/***/ 1917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Pk: () => (/* binding */ resolveInsideRoot),
/* harmony export */   TU: () => (/* binding */ isPipeguardTempName),
/* harmony export */   TY: () => (/* binding */ appendLinesWhole),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   yY: () => (/* binding */ relativeToRoot)
/* harmony export */ });
/* unused harmony export tempNameFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/** File-system rules that hold everywhere: stay inside the root, write atomically. */






/** `/`-separated path of `absolute` relative to `root`, for Findings and reports. */
function relativeToRoot(root, absolute) {
    return node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
}
/**
 * Resolve a user-given path against the root and refuse anything that lands outside it,
 * through `..` or through a symlink anywhere on the way.
 */
function resolveInsideRoot(root, userPath, label = userPath) {
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(root, userPath);
    if (!isInside(root, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('path leaves the scanned root', label);
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(candidate);
    }
    catch {
        // Not existing yet is fine for outputs; check the nearest existing parent instead.
        real = node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(nearestExisting(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(candidate))), node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(candidate));
    }
    if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root), real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('path resolves outside the scanned root through a symlink', label);
    }
    return candidate;
}
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel));
}
function nearestExisting(dir) {
    let current = dir;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(current);
            return current;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(current);
            if (parent === current)
                return current;
            current = parent;
        }
    }
}
/**
 * pipeguard's temp files, the one pattern every writer uses and every directory walk recognises:
 * `.<target name>.pipeguard-<pid>-<12 hex>.tmp`, beside the target. The pid says whose it is, so
 * a later write can tell a killed writer's leftover from a live concurrent writer's temp.
 */
const TEMP_NAME = /^\..+\.pipeguard-(\d+)-[0-9a-f]{12}\.tmp$/;
/** A leftover this old is removed even when its pid is alive (reused by another process). */
const STALE_TEMP_AGE_MS = 10 * 60 * 1000;
function tempNameFor(target) {
    return `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(target)}.pipeguard-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
}
/** True for a name pipeguard's atomic writes use (see tempNameFor). */
function isPipeguardTempName(name) {
    return TEMP_NAME.test(name);
}
/**
 * Write via a temp file in the same directory, fsync, then rename: readers see the old file or the
 * new one, never half of one. The temp is removed on every failure (write, fsync, close, rename)
 * and on SIGINT / SIGTERM; a leftover from a killed writer (SIGKILL, power loss) is removed by the
 * next write into the same directory. Failures name `file`, never the temp.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, dir, 'create directory');
    }
    await removeStaleTemps(dir);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, tempNameFor(file));
    // Tracked before the open: a signal arriving while it is pending still finds the name.
    trackTemp(temp);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true }).catch(() => undefined);
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, file, 'write');
    }
    finally {
        untrackTemp(temp);
    }
}
/** Best effort: a directory we cannot list or a temp we cannot remove does not stop the write. */
async function removeStaleTemps(dir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch {
        return;
    }
    const now = Date.now();
    for (const name of names) {
        const pid = Number(TEMP_NAME.exec(name)?.[1] ?? Number.NaN);
        if (Number.isNaN(pid) || pid === process.pid)
            continue;
        const temp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, name);
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(temp);
            if (!info.isFile())
                continue;
            if (processAlive(pid) && now - info.mtimeMs < STALE_TEMP_AGE_MS)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        }
        catch {
            // vanished meanwhile (its writer renamed it) or not ours to remove
        }
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it exists but belongs to someone else.
        return error.code === 'EPERM';
    }
}
/** Temps being written now, removed synchronously if a signal ends the process. */
const liveTemps = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM'];
function onSignal(signal) {
    for (const temp of liveTemps) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // never created, or already renamed
        }
    }
    // The shell's convention for death by signal: 128 + its number (130 for SIGINT, 143 for SIGTERM).
    process.exit(128 + (node_os__WEBPACK_IMPORTED_MODULE_3__.constants.signals[signal] ?? 0));
}
function trackTemp(temp) {
    // Handlers only while a temp exists: otherwise Node's default (die on the signal) stands.
    if (liveTemps.size === 0)
        for (const signal of SIGNALS)
            process.on(signal, onSignal);
    liveTemps.add(temp);
}
function untrackTemp(temp) {
    liveTemps.delete(temp);
    if (liveTemps.size === 0)
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
}
/**
 * Append whole lines so that they land whole or not at all: one write() on an O_APPEND descriptor
 * (concurrent appenders never interleave), and when the disk fills part-way the file is truncated
 * back to where this append began, so no half record stays for the next append to be glued onto.
 * A file whose last line has no newline (torn by a crash or an older writer) is reported through
 * `onTornLine` with that line's number, and the new lines start on a fresh line.
 */
async function appendLinesWhole(file, lines, onTornLine) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), { recursive: true });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), 'create directory');
    }
    let handle;
    try {
        // a+: O_APPEND for the write, readable for the look at the last byte.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'a+', 0o644);
        const before = (await handle.stat()).size;
        let prefix = '';
        if (before > 0 && (await byteAt(handle, before - 1)) !== 0x0a) {
            onTornLine?.(await lineCount(handle, before));
            prefix = '\n';
        }
        const bytes = Buffer.from(prefix + lines);
        const { bytesWritten } = await handle.write(bytes, 0, bytes.length, null);
        if (bytesWritten < bytes.length) {
            // A short write means the disk filled up (or a quota or size limit bit): undo our part.
            const size = (await handle.stat()).size;
            await handle.truncate(Math.max(0, size - bytesWritten)).catch(() => undefined);
            throw await shortWriteError(file, bytesWritten, bytes.length);
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, file, 'write');
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}
async function byteAt(handle, position) {
    const one = Buffer.alloc(1);
    const { bytesRead } = await handle.read(one, 0, 1, position);
    return bytesRead === 1 ? one[0] : undefined;
}
/** 1-based number of the line that holds byte `size - 1`. */
async function lineCount(handle, size) {
    const chunk = Buffer.alloc(1 << 16);
    let newlines = 0;
    for (let position = 0; position < size;) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position);
        if (bytesRead === 0)
            break;
        for (let i = 0; i < bytesRead; i += 1)
            if (chunk[i] === 0x0a)
                newlines += 1;
        position += bytesRead;
    }
    return newlines + 1;
}
/** The kernel stops a regular-file write short when space runs out; say so when statfs agrees. */
async function shortWriteError(file, wrote, wanted) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.statfs)(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file)).catch(() => undefined);
    const full = info !== undefined && info.bavail * info.bsize < wanted - wrote;
    return Object.assign(new Error(full ? 'ENOSPC: no space left on device' : `EIO: wrote only ${wrote} of ${wanted} bytes`), { code: full ? 'ENOSPC' : 'EIO', syscall: 'write' });
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ compareUtf8)
/* harmony export */ });
/**
 * One order for every list pipeguard writes (findings, baselines, manifests): independent of the
 * machine's locale, so a report or a baseline written on one machine is byte-identical on another,
 * and the same as git's and `LC_ALL=C sort`'s.
 */
/**
 * Byte order of the UTF-8 encodings (the order `LC_ALL=C sort` gives), without encoding: UTF-8
 * byte order is code point order, which differs from UTF-16 code unit order only where a
 * surrogate (U+10000 and up) meets U+E000–U+FFFF; remapping those two ranges fixes it.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i += 1) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        }
        return x - y;
    }
    return a.length - b.length;
}


/***/ }),

/***/ 6701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * SHA-256 of bytes, or of a string's UTF-8 bytes, as hex: the project's one helper for it.
 * `crypto.hash` (Node ≥ 20.12) hashes in one call, about half the time of createHash + update +
 * digest: fingerprints are computed for every finding, thousands in one report. Older Node 20
 * releases take the stream path.
 */

const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
function sha256Hex(data) {
    return oneShot
        ? oneShot('sha256', data, 'hex')
        : node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ utf16ByteOrder),
/* harmony export */   Kj: () => (/* binding */ UTF16_NOT_SUPPORTED),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   mM: () => (/* binding */ NOT_UTF8),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * The text of a user's file (documents, configs, policies, exceptions, keys, manifests): UTF-8
 * only, as JSON (RFC 8259) and every tool after pipeguard expect. A UTF-16 file — what Windows
 * PowerShell 5 redirection and Notepad's "Unicode" write — is named as such, so the fix is
 * obvious, instead of failing as garbage; other bytes that are not UTF-8 are refused, never
 * silently replaced (what was validated must be what the next reader sees).
 */


const UTF16_NOT_SUPPORTED = 'UTF-16 is not supported; save as UTF-8';
const NOT_UTF8 = 'is not valid UTF-8';
/**
 * The byte order of a UTF-16 text: a byte order mark (FF FE little-endian, FE FF big-endian), or
 * without one an ASCII first character, which UTF-16 writes as one zero and one non-zero byte
 * (RFC 4627 §3). UTF-8 text never starts with a zero byte next to a non-zero one.
 */
function utf16ByteOrder(bytes) {
    if (bytes.length < 2)
        return undefined;
    const [first, second] = [bytes[0], bytes[1]];
    if (first === 0xff && second === 0xfe)
        return 'utf-16le';
    if (first === 0xfe && second === 0xff)
        return 'utf-16be';
    if (first !== 0 && second === 0)
        return 'utf-16le';
    if (first === 0 && second !== 0)
        return 'utf-16be';
    return undefined;
}
/**
 * Decode as well as possible, and say what is wrong when it is not UTF-8: callers that report a
 * finding per file (validate) still look into the text, e.g. for a `$schema`.
 */
function decodeText(bytes) {
    const order = utf16ByteOrder(bytes);
    if (order)
        return { text: new TextDecoder(order).decode(bytes), problem: UTF16_NOT_SUPPORTED };
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes) ? { text } : { text, problem: NOT_UTF8 };
}
/** The UTF-8 text of a user's file; UTF-16 or other bytes → InputError naming the file (exit 2). */
function decodeUtf8(bytes, file) {
    const { text, problem } = decodeText(bytes);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(problem, file);
    return text;
}
/**
 * Offset → line and column (UTF-16 code units, as SARIF), with the line-start table built once per
 * text: `position` 0-based, `location` 1-based as reports show it.
 */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo, column: offset - this.starts[lo] };
    }
    location(offset) {
        const { line, column } = this.position(offset);
        return { line: line + 1, column: column + 1 };
    }
    text(text, line) {
        const start = this.starts[line] ?? text.length;
        const next = this.starts[line + 1];
        return text.slice(start, next === undefined ? text.length : next - 1);
    }
}


/***/ })

};
