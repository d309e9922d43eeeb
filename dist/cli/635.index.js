export const id = 635;
export const ids = [635];
export const modules = {

/***/ 2016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMIT_MARK: () => (/* reexport */ COMMIT_MARK),
  PATCH_ARGS: () => (/* binding */ PATCH_ARGS),
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
// EXTERNAL MODULE: ./src/util/worker-pool.ts
var worker_pool = __webpack_require__(9123);
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
const loadEngine = () => (engine ??= Promise.all(/* import() */[__webpack_require__.e(577), __webpack_require__.e(403), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 2839)));
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
        : { path: rel, text: read.text };
    for (const hit of await scanUnit(unit, { decode: decode && read.kind === 'text' }))
        out.hits.push({ ...hit, path: rel });
}
function emptyOutput() {
    return { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } };
}
async function scanTree(root, inGit, pathspecs, settings, own) {
    const specs = pathspecs.map((p) => `:(literal)${p}`);
    let listed = inGit
        ? await batchesOf(root, (0,files/* treeFiles */.CU)(root, true, specs), settings, own)
        : { batches: [], count: 0 };
    // A root that git ignores (or an empty repository) lists nothing: walk it rather than pass empty.
    const listedByGit = listed.count > 0;
    if (!listedByGit)
        listed = await batchesOf(root, (0,files/* treeFiles */.CU)(root, false, pathspecs), settings, own);
    const batches = listed.batches;
    const out = merge(await runBatches(batches, settings));
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
        Object.assign(out, merge([out, ...(await runBatches(nested, settings))]));
    }
}
async function batchesOf(root, files, settings, own) {
    const mine = [];
    let count = 0;
    for await (const rel of files) {
        count++;
        if (!own || own(rel))
            mine.push(rel);
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
 * This thread and (threads - 1) workers scan from one queue: this thread starts on the first batch
 * at once, while the workers load the bundle (they join after a warm-up that builds the rule
 * catalog), and one isolate fewer bounds peak RSS.
 */
async function runBatches(batches, settings) {
    const threads = scanningThreads(settings);
    // A tree too small for workers is one batch (batchesOf); one scanning thread is this one.
    const workers = batches.length < 2 || threads === 1 ? 0 : threads;
    const { outputs } = await (0,worker_pool/* runShared */.bk)(SCAN_TASK, scanBatch, batches, {
        workers,
        thisThreadWorks: false,
        warmUp: { ...batches[0], files: [] },
        resourceLimits: WORKER_LIMITS,
    });
    return outputs;
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



/***/ })

};
