export const id = 4248;
export const ids = [4248];
export const modules = {

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


/***/ })

};
