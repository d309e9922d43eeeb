export const id = 6692;
export const ids = [6692];
export const modules = {

/***/ 6692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ treeFiles),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   G1: () => (/* binding */ unreadablePaths),
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   Xg: () => (/* binding */ submodulePaths),
/* harmony export */   cf: () => (/* binding */ isCheckedOutSubmodule),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   nf: () => (/* binding */ unreadablePathError),
/* harmony export */   rt: () => (/* binding */ readCandidateSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1917);
/* harmony import */ var _git_stream_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8396);
/* harmony import */ var _rules_pkcs12_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4607);
/**
 * Which files a tree scan reads, and reading one safely: never through a symlink, never more than
 * the size cap, never a binary (except the key formats a rule understands); every file not read is
 * a reported skip, never a silent one.
 */







/** Binary formats some rule reads itself (PKCS#12 key stores: GCP .p12, any .p12 / .pfx). */
const BINARY_KEY_EXTENSIONS = new Set(_rules_pkcs12_js__WEBPACK_IMPORTED_MODULE_6__/* .PKCS12_EXTENSIONS */ .im);
const SNIFF_BYTES = 8000;
const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** `10MB`, `512k`, `1048576` → bytes. */
function parseSize(value, fallback) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value === 'number') {
        if (!Number.isInteger(value) || value <= 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`max-file-size must be a positive number of bytes, not ${value}`);
        return value;
    }
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
    if (!match)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`max-file-size must look like 10MB, 512k or 1048576, not "${value}"`);
    const unit = (match[2] ?? 'b').toLowerCase()[0];
    const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
    const bytes = Math.floor(Number(match[1]) * factor);
    if (bytes <= 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`max-file-size must be positive, not "${value}"`);
    return bytes;
}
/**
 * Read one listed file for scanning, with four system calls (open, fstat, read, close) and no
 * thread-pool round trips (the callers scan what they read at once, on a thread of their own or in
 * a command doing nothing else meanwhile): on a tree of small files the
 * asynchronous lstat / open / fstat / read / read-to-EOF / close sequence left them idle about a
 * fifth of the time (bench/secrets profile). `O_NOFOLLOW` refuses a symlink at open, so a link is
 * never read through (its target is scanned where it lives inside the root, or not at all);
 * `O_NONBLOCK` keeps a FIFO in a walked tree from blocking the scan.
 */
function readCandidateSync(root, rel, maxBytes) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel);
    let fd;
    try {
        const refused = linkRefusal(absolute);
        if (refused)
            throw refused;
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, OPEN_FLAGS);
    }
    catch (error) {
        return openFailure(root, rel, absolute, error);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (info.isDirectory())
            return skip(rel, 'directory');
        if (!info.isFile())
            return skip(rel, 'not-a-file');
        if (info.size > maxBytes)
            return skip(rel, 'too-large', `${info.size} bytes > ${maxBytes}`);
        const buffer = Buffer.allocUnsafe(info.size);
        let length = 0;
        // One read returns the whole file in practice; a short read (a file shrinking) ends it.
        while (length < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        return classify(rel, buffer.subarray(0, length));
    }
    catch (error) {
        return skip(rel, 'unreadable', codeOf(error));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Where the platform has no `O_NOFOLLOW` (Windows), an lstat before the open refuses links
 * instead (`undefined` flags would otherwise silently drop out of the mask).
 */
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const LOOP = 'ELOOP';
/** Without `O_NOFOLLOW`: the error an open of a symlink would have given, else undefined. */
function linkRefusal(absolute) {
    if (NOFOLLOW !== undefined)
        return undefined;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute).isSymbolicLink())
            return undefined;
    }
    catch {
        return undefined;
    }
    return Object.assign(new Error('symbolic link'), { code: LOOP });
}
/** Why a listed path could not be opened: a symlink (inside or leaving the root), else its error. */
function openFailure(root, rel, absolute, error) {
    const code = codeOf(error);
    if (code !== LOOP)
        return skip(rel, 'unreadable', code);
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    }
    catch {
        target = undefined;
    }
    const outside = target === undefined || !(0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), target);
    return skip(rel, outside ? 'symlink-outside-root' : 'symlink');
}
function classify(rel, buffer) {
    if (isBinary(buffer)) {
        if (BINARY_KEY_EXTENSIONS.has(node_path__WEBPACK_IMPORTED_MODULE_2___default().extname(rel).toLowerCase()))
            return { kind: 'binary-key', text: '', bytes: buffer.length };
        return skip(rel, 'binary');
    }
    return decodeText(buffer);
}
/** A NUL byte in the first 8000 bytes, as git decides. */
function isBinary(buffer) {
    return buffer.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 text; bytes that are not UTF-8 become U+FFFD (ASCII secrets around them still match). */
function decodeText(buffer) {
    try {
        const text = strictUtf8.decode(buffer);
        return { kind: 'text', text, bytes: buffer.length, nonUtf8: false, utf8: buffer };
    }
    catch {
        return { kind: 'text', text: buffer.toString('utf8'), bytes: buffer.length, nonUtf8: true };
    }
}
function skip(rel, reason, detail) {
    return { kind: 'skip', skip: { path: rel, reason, ...(detail ? { detail } : {}) } };
}
function codeOf(error) {
    return error.code ?? 'error';
}
/**
 * Files of the tree, root-relative: in a git work tree what git tracks plus untracked files that
 * are not ignored (so .gitignore is respected); elsewhere a walk that skips `.git`.
 */
async function* treeFiles(root, inGit, pathspecs) {
    if (inGit) {
        const specs = ['--', ...(pathspecs.length ? pathspecs : ['.'])];
        // Two listings side by side, tracked files yielded first: git prints those at once from its
        // index, while finding the untracked ones walks the whole directory first (68 ms of an 80 ms
        // listing of a 3,500-file tree), so the scan starts that much sooner. The two sets are
        // disjoint: an untracked file is one the index does not hold.
        const untracked = collect(gitPaths(root, ['ls-files', '-z', '--others', '--exclude-standard', ...specs]));
        // Its failure is thrown where it is awaited below, not as an unhandled rejection meanwhile.
        untracked.catch(() => undefined);
        yield* gitPaths(root, ['ls-files', '-z', '--cached', '--deduplicate', ...specs]);
        yield* await untracked;
        return;
    }
    for (const spec of pathspecs.length ? pathspecs : ['.'])
        yield* walk(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, spec));
}
/** Every item of an async iterable (`Array.fromAsync`, which Node 20 lacks). */
async function collect(items) {
    const out = [];
    for await (const item of items)
        out.push(item);
    return out;
}
/** The NUL-separated paths a `git ls-files -z` prints, as they stream. */
async function* gitPaths(root, args) {
    // -z output is one NUL-separated "line"; split it as it streams.
    // A newline inside a file name arrives as a line break: put it back.
    let rest;
    for await (const line of (0,_git_stream_js__WEBPACK_IMPORTED_MODULE_5__/* .gitLines */ .QS)(root, args, 'list the files to scan')) {
        const parts = (rest === undefined ? line : `${rest}\n${line}`).split('\0');
        rest = parts.pop() ?? '';
        for (const part of parts)
            if (part)
                yield part;
    }
    if (rest)
        yield rest;
}
/**
 * Synchronous reads of each directory: the listing is all this thread does meanwhile (workers boot
 * on their own threads), and a thread-pool round trip per directory made the walk of the bench's
 * 8,000-file tree take as long as a worker's start.
 */
async function* walk(root, start) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(start);
    }
    catch {
        yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, start);
        return;
    }
    if (!info.isDirectory()) {
        yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, start);
        return;
    }
    const stack = [start];
    while (stack.length > 0) {
        const dir = stack.pop();
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, dir);
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    stack.push(full);
            }
            else
                yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, full);
        }
    }
}
/**
 * The paths a user named that cannot be read, each with the reason (`ENOENT`, `EACCES`, …): a
 * typo must stop the run rather than scan nothing and pass.
 */
async function unreadablePaths(root, given) {
    const out = [];
    for (const p of given) {
        try {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, p);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
            // The walk never follows links, so a named link would scan nothing and pass.
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, absolute) !== '' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absolute)).isSymbolicLink())
                out.push({ path: p, code: SYMLINK });
        }
        catch (error) {
            out.push({ path: p, code: codeOf(error) });
        }
    }
    return out;
}
const SYMLINK = 'SYMLINK';
function unreadablePathError(p, code) {
    const problem = code === 'ENOENT'
        ? 'no such file or directory'
        : code === SYMLINK
            ? 'is a symbolic link, which is never followed: name the path it points to'
            : `cannot be read (${code})`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(problem, p);
}
/** Of the root-relative paths, those git records as submodules (gitlinks, mode 160000). */
async function submodulePaths(root, rels) {
    const wanted = new Set(rels.filter((r) => r !== '.' && r !== ''));
    if (wanted.size === 0)
        return new Set();
    const listed = await (0,_git_stream_js__WEBPACK_IMPORTED_MODULE_5__/* .gitOutput */ .oM)(root, ['ls-files', '-z', '--stage', '--', ...[...wanted].map((r) => `:(literal)${r}`)], 'list the named paths');
    const found = new Set();
    for (const entry of listed.split('\0')) {
        const tab = entry.indexOf('\t');
        if (entry.startsWith('160000 ') && wanted.has(entry.slice(tab + 1)))
            found.add(entry.slice(tab + 1));
    }
    return found;
}
/** A submodule's work tree is checked out when it has its own `.git` (a file or a directory). */
async function isCheckedOutSubmodule(root, rel) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel, '.git'));
        return true;
    }
    catch {
        return false;
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

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ keyed),
/* harmony export */   T: () => (/* binding */ patternRule)
/* harmony export */ });
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8027);
/* harmony import */ var _look_alikes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6320);


/**
 * A context-keyed pattern: the key or variable name, an assignment (`=`, `:`, `:=`, `?=`, `=>`, a
 * comma as in `setenv("NAME", "value")`, a space
 * as in `--flag value`, an XML element's `>` or an appSettings `key="…" value="…"`, or a call's
 * opening parenthesis), an optional quote, then the value.
 * Case-insensitive.
 */
function keyed(name, value) {
    return new RegExp(String.raw `(?:${name})["'\]]?(?:\s*(?:=|:=|::=|\?=|:|=>|,)\s*|\s+(?:value\s*=\s*)?|>|(?<=\())["'\x60]?(?!value\s*=)(?<secret>${value})(?![A-Za-z0-9_\-])`, 'gdi');
}
function patternRule(id, docsUrl, patterns) {
    const messages = {};
    for (const spec of patterns) {
        messages[spec.name] = {
            en: (props) => `found ${spec.title}: ${props?.SECRET ?? ''}`,
        };
    }
    // Only plain secretlint needs the module's own prefilter: built on first use.
    let keywords;
    const byTrigger = patternsByTrigger(patterns);
    const creator = {
        messages,
        meta: {
            id,
            recommended: true,
            type: 'scanner',
            supportedContentTypes: ['text'],
            docs: { url: docsUrl },
        },
        create(context, options) {
            const t = context.createTranslator(messages);
            const allows = (options?.allows ?? []).map(toMatcher);
            return {
                file(source) {
                    const content = source.content;
                    const present = options?.presentKeywords ??
                        (keywords ??= new _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .KeywordSet */ .a(patterns.flatMap((p) => p.keywords))).present(content);
                    for (const index of wantedPatterns(byTrigger, present, patterns.length)) {
                        const spec = patterns[index];
                        for (const match of allMatches(spec.pattern, content)) {
                            const secret = match.groups?.secret ?? match[0];
                            if (!acceptable(spec, secret, match))
                                continue;
                            if (allows.some((allow) => allow(secret)))
                                continue;
                            const start = (match.index ?? 0) + secretOffset(match, secret);
                            context.report({
                                message: t(spec.name, { SECRET: secret }),
                                range: [start, start + secret.length],
                            });
                        }
                    }
                },
            };
        },
    };
    return { creator, patterns };
}
/** Each trigger → the indexes of the patterns it enables. */
function patternsByTrigger(patterns) {
    const map = new Map();
    patterns.forEach((spec, index) => {
        for (const trigger of spec.keywords) {
            const list = map.get(trigger) ?? [];
            if (list.at(-1) !== index)
                list.push(index);
            map.set(trigger, list);
        }
    });
    return map;
}
/**
 * The patterns whose keywords occur, in catalog order (the order findings are reported in): found
 * from the keywords present, so a file costs what it contains, not the module's pattern count.
 */
function wantedPatterns(byTrigger, present, count) {
    const wanted = new Uint8Array(count);
    let any = false;
    const mark = (indexes) => {
        any = true;
        for (const index of indexes)
            wanted[index] = 1;
    };
    // The triggers both sides share, walking the smaller side: a text dense with keywords has more
    // of them present than a module has triggers (this loop took 1.4 % of a scan of such a tree).
    if (present.size <= byTrigger.size) {
        for (const trigger of present) {
            const indexes = byTrigger.get(trigger);
            if (indexes)
                mark(indexes);
        }
    }
    else {
        for (const [trigger, indexes] of byTrigger)
            if (present.has(trigger))
                mark(indexes);
    }
    if (!any)
        return [];
    const out = [];
    for (let index = 0; index < count; index++)
        if (wanted[index] === 1)
            out.push(index);
    return out;
}
/**
 * Every match of a global pattern, as `matchAll` gives them, without the copy of the regex that
 * `matchAll` makes per call (the pattern is not shared while this runs: it is synchronous).
 */
function* allMatches(pattern, content) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
        if (match[0] === '')
            pattern.lastIndex++;
        yield match;
    }
}
function acceptable(spec, secret, match) {
    if ((0,_look_alikes_js__WEBPACK_IMPORTED_MODULE_1__/* .isLookAlike */ .Qm)(secret, spec))
        return false;
    if (spec.minEntropy !== undefined && (0,_look_alikes_js__WEBPACK_IMPORTED_MODULE_1__/* .shannonEntropy */ .ly)(secret) < spec.minEntropy)
        return false;
    return spec.accept ? spec.accept(secret, match) : true;
}
/** Offset of the `secret` group inside the whole match (`d` flag indices when present). */
function secretOffset(match, secret) {
    const indices = match.indices;
    const span = indices?.groups?.secret;
    if (span)
        return span[0] - (match.index ?? 0);
    const at = match[0].indexOf(secret);
    return at < 0 ? 0 : at;
}
function toMatcher(allow) {
    const literal = /^\/(.+)\/([a-z]*)$/s.exec(allow);
    if (literal?.[1]) {
        const re = new RegExp(literal[1], (literal[2] ?? '').replace(/[gy]/g, ''));
        return (value) => re.test(value);
    }
    return (value) => value === allow;
}


/***/ }),

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ KeywordSet)
/* harmony export */ });
/* unused harmony export leadingLiteral */
/**
 * The keyword prefilter: which of several hundred keywords occur in a text, in one pass over its
 * UTF-8 bytes. All-lowercase keywords match case-insensitively (ASCII case), keywords with an
 * uppercase letter exactly; a RegExp trigger is tested on its own.
 *
 * The keywords form one Aho-Corasick automaton over their lowercased forms, compiled to a dense
 * transition table (a deterministic automaton: one table lookup per byte, whatever the number
 * of keywords). An exact keyword's hit is confirmed against the original bytes. This replaced a
 * prefix-tree regex over the lowercased text, which cost 38 % of a one-thread scan of a dependency
 * tree (bench/secrets profile): the regex tried a branch at every position and the lowercased
 * copy doubled the bytes touched. The automaton reads bytes, not characters: a file's bytes are
 * at hand already, and a typed-array load per byte took half the time of `charCodeAt` per
 * character (bench/secrets profile of the dependency tree).
 *
 * Bytes find what characters would: UTF-8 writes each ASCII character as that one byte, in order,
 * and every other character with bytes of 0x80 and above only. Those all share one symbol that no
 * keyword holds, so a run of them leaves the automaton at its root, as one such character does.
 */
/** Bytes outside the keywords' alphabet (and every non-ASCII one) share symbol 0. */
const OTHER = 0;
const ASCII = 128;
class KeywordSet {
    keywords;
    /** Per keyword: it must match exactly (it has an uppercase letter). */
    exact;
    /** Byte → symbol (case folded; OTHER from 0x80 up). */
    symbols = new Uint8Array(256);
    /** Symbols per state row, a power of two: a state's row starts at `state << shift`. */
    shift;
    /**
     * Row start of a state + symbol → row start of the next state, bitwise-negated (negative) when
     * keywords end at that state: the scan's one load tells both where to go and whether to look.
     */
    delta;
    /**
     * Per state: the number of the scan in which all its keywords were found (a state then costs
     * nothing more in that scan). Numbering scans spares a per-text copy of `accepting`.
     */
    settledIn;
    scans = 0;
    /** Keywords ending at each state (its own and its suffix states'), as indexes into `keywords`. */
    outputs;
    patterns;
    constructor(triggers) {
        const keywords = new Set();
        const patterns = [];
        for (const trigger of triggers) {
            if (typeof trigger !== 'string')
                patterns.push(patternTrigger(trigger));
            else if (trigger !== '')
                keywords.add(trigger);
        }
        this.keywords = [...keywords];
        this.exact = this.keywords.map((k) => k !== k.toLowerCase());
        this.patterns = patterns;
        let alphabet = 1;
        for (const keyword of this.keywords) {
            for (const ch of keyword.toLowerCase()) {
                const code = ch.charCodeAt(0);
                if (ch.length !== 1 || code >= ASCII)
                    throw new Error(`secret rule keyword "${keyword}" is not ASCII`);
                if (this.symbols[code] === OTHER)
                    this.symbols[code] = alphabet++;
            }
        }
        for (let code = 65; code <= 90; code++)
            this.symbols[code] = this.symbols[code + 32];
        this.shift = Math.max(1, Math.ceil(Math.log2(alphabet)));
        const { delta, outputs } = compile(this.keywords, this.symbols, this.shift);
        this.delta = delta;
        this.outputs = outputs;
        this.settledIn = new Uint32Array(outputs.length);
    }
    /**
     * The triggers that occur in the text. `utf8`, when given, holds the UTF-8 bytes the text was
     * decoded from (a file's own bytes, a leading BOM allowed): it spares encoding the text again.
     */
    present(text, utf8) {
        const found = new Set();
        if (this.keywords.length > 0)
            this.scan(utf8 ?? Buffer.from(text, 'utf8'), found);
        for (const trigger of this.patterns)
            if (matches(trigger, text))
                found.add(trigger.pattern);
        return found;
    }
    scan(bytes, found) {
        const { symbols, delta, shift, settledIn } = this;
        // Scan numbers are never 0 (the table's initial value); on wrap-around, start afresh.
        if (++this.scans === 0xffffffff) {
            settledIn.fill(0);
            this.scans = 1;
        }
        const scan = this.scans;
        const left = { count: this.keywords.length };
        let row = 0;
        for (let at = nextAccepting(delta, symbols, bytes, 0, row); at >= 0; at = nextAccepting(delta, symbols, bytes, at + 1, row)) {
            row = reachedRow;
            const state = row >>> shift;
            if (settledIn[state] === scan)
                continue;
            if (this.take(bytes, at, state, found, left))
                settledIn[state] = scan;
            if (left.count === 0)
                return;
        }
    }
    /** Record the keywords ending at `end`; true when all of the state's keywords are found. */
    take(bytes, end, state, found, left) {
        let settled = true;
        for (const k of this.outputs[state]) {
            const keyword = this.keywords[k];
            if (found.has(keyword))
                continue;
            if (this.exact[k] && !endsAt(bytes, end, keyword)) {
                settled = false;
                continue;
            }
            found.add(keyword);
            left.count--;
        }
        return settled;
    }
}
/** The row the last nextAccepting call reached: its second result (a pair would be allocated). */
let reachedRow = 0;
/**
 * From byte `from`, in the state whose row starts at `row`: the index of the next byte whose
 * transition reaches a state where keywords end (-1: none before the end), that state's row in
 * reachedRow. Only this loop runs per byte; with the keyword bookkeeping in the same function it
 * ran about 1.5 ns a byte slower (4.7-6.3 against 2.8-3.8 ns, the deps tree, warm).
 */
function nextAccepting(delta, symbols, bytes, from, row) {
    for (let i = from; i < bytes.length; i++) {
        row = delta[row + symbols[bytes[i]]];
        if (row < 0) {
            reachedRow = ~row;
            return i;
        }
    }
    reachedRow = row;
    return -1;
}
function patternTrigger(pattern) {
    const literal = leadingLiteral(pattern);
    if (literal === undefined)
        return { pattern };
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    return { pattern, literal, sticky };
}
/**
 * Whether the trigger matches the text. A pattern that starts with a literal is tried only where
 * indexOf (a native scan) finds it: the URL-credential triggers (`://` …) cost 1-1.5 ns per byte
 * of every text as regex searches, on a dependency tree full of `:`.
 */
function matches({ pattern, literal, sticky }, text) {
    if (literal === undefined || sticky === undefined) {
        pattern.lastIndex = 0;
        return pattern.test(text);
    }
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
        sticky.lastIndex = at;
        if (sticky.test(text))
            return true;
    }
    return false;
}
const REGEX_SYNTAX = new Set('^$\\.*+?()[]{}|');
const QUANTIFIERS = new Set('*+?{');
/**
 * The ASCII literal, two characters at least, that every match of the pattern starts with, when
 * its source shows one plainly: a pattern with an alternation anywhere, or that folds case, has
 * none here. The literal ends before the first syntax character or quantified character.
 */
function leadingLiteral(pattern) {
    const { source, flags } = pattern;
    if (flags.includes('i') || source.includes('|'))
        return undefined;
    let literal = '';
    for (let i = 0; i < source.length;) {
        let ch = source[i];
        let width = 1;
        if (ch === '\\') {
            // `\/`, `\.` are the character; `\d`, `\b`, `\1`, `\u…` are classes, assertions, references.
            const escaped = source[i + 1];
            if (escaped === undefined || /[A-Za-z0-9]/.test(escaped))
                break;
            ch = escaped;
            width = 2;
        }
        else if (REGEX_SYNTAX.has(ch)) {
            break;
        }
        if (ch.charCodeAt(0) >= 128)
            break;
        // A quantified character may occur zero times (or is repeated): the literal ends before it.
        const next = source[i + width];
        if (next !== undefined && QUANTIFIERS.has(next))
            break;
        literal += ch;
        i += width;
    }
    return literal.length >= 2 ? literal : undefined;
}
/** Whether the ASCII `keyword` ends at byte `end`, exactly (case included). */
function endsAt(bytes, end, keyword) {
    const start = end + 1 - keyword.length;
    if (start < 0)
        return false;
    for (let j = 0; j < keyword.length; j++)
        if (bytes[start + j] !== keyword.charCodeAt(j))
            return false;
    return true;
}
/**
 * The automaton: a trie of the lowercased keywords, failure links by breadth-first order, and the
 * full transition function, so the scan never backs up. A state's row starts as a copy of its
 * failure state's row (complete already, in breadth-first order), then takes its own edges.
 */
function compile(keywords, symbols, shift) {
    const edges = [new Map()];
    const ends = [[]];
    keywords.forEach((keyword, k) => {
        let state = 0;
        for (const ch of keyword.toLowerCase()) {
            const symbol = symbols[ch.charCodeAt(0)];
            let next = edges[state].get(symbol);
            if (next === undefined) {
                next = edges.length;
                edges.push(new Map());
                ends.push([]);
                edges[state].set(symbol, next);
            }
            state = next;
        }
        ends[state].push(k);
    });
    // Rows hold row starts (state << shift), so the scan needs no multiplication.
    const delta = new Int32Array(edges.length << shift);
    const fail = new Uint32Array(edges.length);
    const outputs = new Array(edges.length);
    const queue = [];
    for (const [symbol, next] of edges[0]) {
        delta[symbol] = next << shift;
        queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
        const state = queue[head];
        const failure = fail[state];
        const own = ends[state];
        const inherited = outputs[failure];
        if (own.length > 0 || inherited)
            outputs[state] = [...own, ...(inherited ?? [])];
        const row = state << shift;
        delta.copyWithin(row, failure << shift, (failure + 1) << shift);
        for (const [symbol, next] of edges[state]) {
            fail[next] = delta[(failure << shift) + symbol] >>> shift;
            delta[row + symbol] = next << shift;
            queue.push(next);
        }
    }
    // Accepting targets are marked once every row is complete (rows are copied while building).
    for (let at = 0; at < delta.length; at++)
        if (outputs[delta[at] >>> shift])
            delta[at] = ~delta[at];
    return { delta, outputs };
}


/***/ }),

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ isLookAlike),
/* harmony export */   TD: () => (/* binding */ decodeBase64Value),
/* harmony export */   kw: () => (/* binding */ isEncodedLookAlike),
/* harmony export */   ly: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/* unused harmony export isLowVariety */
/**
 * Values that look like secrets but are not: placeholders, documentation examples, references to
 * the environment or a secret store, digests, UUIDs, integrity hashes. Shared by pipeguard's own
 * rules and by the engine, which applies the same test to what secretlint's preset reports.
 */
/** Substrings that mark a documentation or template value (compared case-insensitively). */
const PLACEHOLDER_WORDS = [
    'example',
    'changeme',
    'change_me',
    'change-me',
    'placeholder',
    'redacted',
    'dummy',
    'sample',
    'your_',
    'your-',
    'yourkey',
    'yourtoken',
    'yoursecret',
    'yourpassword',
    'replace_me',
    'replaceme',
    'insert_',
    'xxxxxx',
    '******',
    '<your',
    'todo',
    'fixme',
];
/** `${VAR}`, `${{ secrets.X }}`, `{{ x }}`, `$(cmd)`, `%VAR%`, `@VAR@`, `$VAR`, `os.environ[…]`, `process.env.X`. */
const REFERENCE_PATTERNS = [
    /\$\{[^}]*\}?/,
    /\{\{[^}]*\}?\}?/,
    /\$\([^)]*\)?/,
    /%[A-Za-z_][A-Za-z0-9_]*%/,
    /@[A-Z_][A-Z0-9_]*@/,
    /^\$[A-Za-z_][A-Za-z0-9_]*$/,
    /\bos\.environ\b|\bos\.getenv\b|\bprocess\.env\b|\bgetenv\(|\bENV\[|\bSystem\.getenv\b/,
    /<[A-Za-z_][^<>]*>/,
];
/** A character every reference pattern above needs: without one, none of them can match. */
const REFERENCE_CHAR = /[$%@<{.([]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const INTEGRITY = /^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$/;
/** True when the value is a placeholder, a reference, or a digest/UUID rather than a credential. */
function isLookAlike(value, options = {}) {
    if (value.length === 0)
        return true;
    if (value.includes('...') || value.includes('…'))
        return true;
    const lower = value.toLowerCase();
    if (PLACEHOLDER_WORDS.some((word) => lower.includes(word)))
        return true;
    if (REFERENCE_CHAR.test(value) && REFERENCE_PATTERNS.some((pattern) => pattern.test(value)))
        return true;
    if (!options.allowUuid && UUID.test(value))
        return true;
    if (!options.allowHex && HEX_DIGEST.test(value))
        return true;
    if (INTEGRITY.test(value))
        return true;
    // Filler runs (`XXXX`, `0000`, `****`) in anything shorter than key material.
    if (value.length < 200 && /([xX0*#])\1{3,}/.test(value))
        return true;
    return isLowVariety(value);
}
/**
 * Strict base64 (standard alphabet, padded) of UTF-8 text without control characters — one
 * trailing newline, as `echo value | base64` leaves, is dropped — else undefined.
 */
function decodeBase64Value(encoded) {
    if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded))
        return undefined;
    const text = Buffer.from(encoded, 'base64')
        .toString('utf8')
        .replace(/\r?\n$/, '');
    return /[\x00-\x08\x0b-\x1f\x7f\ufffd]/.test(text) ? undefined : text;
}
/** A placeholder written base64-encoded (`cGxhY2Vob2xkZXI=`): encoded text that is a look-alike. */
function isEncodedLookAlike(value) {
    const text = decodeBase64Value(value);
    return text !== undefined && isLookAlike(text);
}
/**
 * Runs of one character, sequences such as `abcdefgh` or `12345678`, and values with very few
 * distinct characters: what people type when they fill a field with something that is not a key.
 */
function isLowVariety(value) {
    const body = value.replace(/^[a-z0-9]{1,8}[-_]/i, '');
    if (body.length >= 8 && fewerDistinctThan(body, Math.min(6, Math.ceil(body.length / 3))))
        return true;
    return hasSequentialRun(value, 8);
}
/**
 * Whether the value has fewer than `limit` distinct characters (code points, as a Set of them
 * counts): stops at the limit, where a Set of a 4,000-character value took every one of them.
 */
function fewerDistinctThan(value, limit) {
    const seen = [];
    for (const ch of value) {
        if (seen.includes(ch))
            continue;
        seen.push(ch);
        if (seen.length >= limit)
            return false;
    }
    return true;
}
function hasSequentialRun(value, length) {
    let ascending = 1;
    let descending = 1;
    for (let i = 1; i < value.length; i++) {
        const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
        ascending = step === 1 ? ascending + 1 : 1;
        descending = step === -1 ? descending + 1 : 1;
        if (ascending >= length || descending >= length)
            return true;
    }
    return false;
}
/** Per Latin-1 character: its count in the value being measured (zeroed again after each use). */
const latin1Counts = new Uint32Array(256);
/** The value's characters in order of first occurrence. */
const latin1Order = new Uint8Array(256);
/**
 * Shannon entropy in bits per character (code point). A value of Latin-1 characters (every
 * issuer's token) is counted in a table, about 20 times faster than a Map of characters (the
 * check runs on every candidate of a context-keyed rule), and summed in the Map's order (first
 * occurrence), so the result is the same double; any other value takes the Map.
 */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    let distinct = 0;
    let latin1 = true;
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code > 0xff) {
            latin1 = false;
            break;
        }
        const count = latin1Counts[code];
        if (count === 0)
            latin1Order[distinct++] = code;
        latin1Counts[code] = count + 1;
    }
    let entropy = 0;
    for (let k = 0; k < distinct; k++) {
        const code = latin1Order[k];
        const p = latin1Counts[code] / value.length;
        latin1Counts[code] = 0;
        entropy -= p * Math.log2(p);
    }
    return latin1 ? entropy : entropyOfCodePoints(value);
}
/** The same measure over code points (a surrogate pair is one character). */
function entropyOfCodePoints(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let entropy = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}


/***/ }),

/***/ 4607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zh: () => (/* binding */ pkcs12Rule),
/* harmony export */   cN: () => (/* binding */ PKCS12_RULE),
/* harmony export */   im: () => (/* binding */ PKCS12_EXTENSIONS)
/* harmony export */ });
/* unused harmony export isPkcs12 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4097);
/**
 * A committed PKCS#12 key store (`.p12` / `.pfx`, as gitleaks' `pkcs12-file`): it holds a
 * private key, protected at best by a password that usually sits beside it. Unlike gitleaks,
 * which goes by the file name alone, the file must start as a PKCS#12 PFX does (RFC 7292: a DER
 * or BER SEQUENCE, version 3, then a `data` or `signedData` ContentInfo), so a Git LFS pointer, an
 * empty placeholder or a certificate saved under that name is not a finding. The secret is the
 * file's SHA-256 (the engine's binary key handling, as for GCP `.p12` keys: messageId
 * `PrivateKeyP12`); a GCP service-account `.p12` stays the preset's finding.
 */



/** File extensions of PKCS#12 key stores (lowercase). */
const PKCS12_EXTENSIONS = ['.p12', '.pfx'];
const PKCS12_RULE = {
    id: 'pkcs12-file',
    title: 'PKCS#12 key store file (.p12 / .pfx)',
    help: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .help */ .yj)('the certificate authority or service that issued the key (revoke the certificate, issue a new key pair, and keep key stores in a secret store)'),
    severity: 'high',
    family: 'PKCS#12 key store',
    formats: '`.p12` / `.pfx` file holding a PKCS#12 PFX (version 3), binary',
    peers: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .peers */ .os)('g'),
};
/** The message id the engine treats as a binary key file (the secret is the file's SHA-256). */
const MESSAGE_ID = 'PrivateKeyP12';
const messages = {
    [MESSAGE_ID]: {
        en: (props) => `found a PKCS#12 key store: ${props?.FILE_NAME ?? ''}`,
    },
};
/** Bytes of the head read: the PFX header and the first ContentInfo's type. */
const HEAD_BYTES = 64;
const OID_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
const OID_SIGNED_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const pkcs12Rule = {
    messages,
    meta: {
        id: '@pipeguard/secretlint-rule-pkcs12',
        recommended: true,
        type: 'scanner',
        supportedContentTypes: ['all'],
        docs: { url: 'https://pipeguard.dev/docs/secrets#pkcs12' },
    },
    create(context) {
        const t = context.createTranslator(messages);
        return {
            file(source) {
                if (!PKCS12_EXTENSIONS.includes(source.ext.toLowerCase()))
                    return;
                if (!isPkcs12(headOf(source)))
                    return;
                const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(source.filePath ?? '');
                context.report({
                    message: t(MESSAGE_ID, { FILE_NAME: name }),
                    // Just past the content: a GCP service-account key's preset finding on the same file
                    // (same range start, same secret) sorts first and is the one the engine keeps.
                    range: [0, source.content.length + 1],
                });
            },
        };
    },
};
/** The first HEAD_BYTES of the file: read from disk for a binary source, else the text's bytes. */
function headOf(source) {
    const file = source.contentType === 'binary' ? source.getPhysicalFilePath() : undefined;
    if (!file)
        return Buffer.from(source.content.slice(0, HEAD_BYTES), 'latin1');
    const head = Buffer.alloc(HEAD_BYTES);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        return head.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, HEAD_BYTES, 0));
    }
    catch {
        return new Uint8Array(0);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * `PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, macData MacData OPTIONAL }`
 * with authSafe's contentType `data` (password integrity) or `signedData` (public-key integrity).
 * Lengths may be definite (DER) or indefinite (BER, as some Windows and Java tools write).
 */
function isPkcs12(bytes) {
    let at = 0;
    const header = (tag) => {
        if (bytes[at] !== tag)
            return false;
        const first = bytes[at + 1];
        if (first === undefined)
            return false;
        // Short form, indefinite (0x80), or long form with 1-4 length bytes.
        const extra = first < 0x80 ? 0 : first === 0x80 ? 0 : first - 0x80;
        if (extra > 4)
            return false;
        at += 2 + extra;
        return at <= bytes.length;
    };
    if (!header(0x30))
        return false;
    if (bytes[at] !== 0x02 || bytes[at + 1] !== 0x01 || bytes[at + 2] !== 0x03)
        return false;
    at += 3;
    if (!header(0x30))
        return false;
    const oid = bytes.subarray(at, at + OID_DATA.length);
    const same = (want) => oid.length === want.length && want.every((b, i) => oid[i] === b);
    return same(OID_DATA) || same(OID_SIGNED_DATA);
}


/***/ }),

/***/ 4097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ ALNUM),
/* harmony export */   KT: () => (/* binding */ named),
/* harmony export */   Sh: () => (/* binding */ token),
/* harmony export */   UG: () => (/* binding */ HEX),
/* harmony export */   dD: () => (/* binding */ URLSAFE),
/* harmony export */   kk: () => (/* binding */ UUID),
/* harmony export */   os: () => (/* binding */ peers),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   yj: () => (/* binding */ help)
/* harmony export */ });
/* unused harmony export escapeRegex */
/* harmony import */ var _factory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4377);

const PEERS = { g: 'gitleaks', s: 'secretlint', t: 'trufflehog' };
const peers = (letters) => [...letters].map((l) => PEERS[l]).filter((p) => p !== undefined);
const help = (where) => `Revoke or rotate it in ${where}, then load it from the CI secret store or the environment instead of the repository.`;
function common(spec) {
    return {
        name: spec.name,
        title: spec.title,
        help: help(spec.where ?? spec.family),
        severity: spec.severity ?? 'high',
        family: spec.family,
        formats: spec.formats,
        peers: peers(spec.by),
        ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
        ...(spec.allowHex ? { allowHex: true } : {}),
        ...(spec.allowUuid ? { allowUuid: true } : {}),
        ...(spec.accept ? { accept: spec.accept } : {}),
        ...(spec.supersedesPreset ? { supersedesPreset: true } : {}),
    };
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function token(spec) {
    const edge = spec.edge ?? String.raw `A-Za-z0-9_\-`;
    // `=` may end a base64 token but always precedes a value (`KEY=token`): never a leading edge.
    const lead = edge.replace('=', '');
    const prefixes = [...spec.prefixes].sort((a, b) => b.length - a.length);
    return {
        ...common(spec),
        keywords: spec.keywords ?? prefixes,
        pattern: new RegExp(String.raw `(?<![${lead}])(?<secret>(?:${prefixes.map(escapeRegex).join('|')})${spec.body})(?![${edge}])`, 'dg'),
        publicPrefixes: prefixes,
    };
}
/**
 * Any identifier holding the issuer's name and ending in a secret word (`HEROKU_DEPLOY_SECRET`,
 * `sentryToken`), except names of values meant to be public (`ALGOLIA_SEARCH_KEY`).
 */
function issuerKey(keywords) {
    const issuers = keywords.filter((k) => typeof k === 'string' && /^[a-z][a-z0-9]{3,}$/.test(k));
    if (issuers.length === 0)
        return undefined;
    return String.raw `(?:${issuers.join('|')})(?![\w.-]{0,24}?(?:public|publishable|search|anon|client[_-]?id|app[_-]?id))[\w.-]{0,20}?(?:key|token|secret|pat|password|passwd|credentials?)`;
}
function named(spec) {
    const broad = issuerKey(spec.keywords);
    return {
        ...common(spec),
        minEntropy: spec.minEntropy ?? 3,
        keywords: spec.keywords,
        pattern: (0,_factory_js__WEBPACK_IMPORTED_MODULE_0__/* .keyed */ .D)(broad ? `${spec.key}|${broad}` : spec.key, spec.value),
        ...(spec.publicPrefixes ? { publicPrefixes: spec.publicPrefixes } : {}),
    };
}
/** Value alphabets, as regex sources. */
const HEX = (n) => `[a-f0-9]{${n}}`;
const ALNUM = (n) => `[A-Za-z0-9]{${n}}`;
const URLSAFE = (n) => `[A-Za-z0-9_\\-]{${n}}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Family-table metadata for patterns written out in full: name → [family, formats, peers]. */
function describe(patterns, meta) {
    return patterns.map((p) => {
        const m = meta[p.name];
        return m && p.family === undefined
            ? { ...p, family: m[0], formats: m[1], peers: peers(m[2]) }
            : p;
    });
}


/***/ })

};
