export const id = 883;
export const ids = [883];
export const modules = {

/***/ 5264:
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/checks/secrets/catalog.ts + 16 modules
var catalog = __webpack_require__(8284);
;// CONCATENATED MODULE: ./src/checks/secrets/rule-runner.ts
const ANY_RULE = '*';
/** Run the rules on the source; messages sorted by range, one per rule + message + range. */
async function runRules(rules, input) {
    const source = new SourceCode(input);
    const reported = new Map();
    const ignores = new Map();
    const handlers = rules.map(({ creator, options }) => {
        const ruleId = creator.meta.id;
        const context = {
            sharedOptions: {},
            createTranslator: translatorFor,
            report(descriptor) {
                const { message, messageId, data } = descriptor.message;
                const range = descriptor.range;
                const key = `${ruleId}\0${messageId}\0${range[0]}\0${range[1]}`;
                if (!reported.has(key))
                    reported.set(key, {
                        ruleId,
                        messageId,
                        message,
                        range,
                        ...(data ? { data: data } : {}),
                    });
            },
            ignore(descriptor) {
                const [start, end] = descriptor.range;
                // A range past the last line is NaN in secretlint too, and covers nothing there.
                if (!Number.isFinite(start) || !Number.isFinite(end))
                    return;
                const target = descriptor.targetRuleId || ANY_RULE;
                const list = ignores.get(target) ?? [];
                list.push({ start, end });
                ignores.set(target, list);
            },
        };
        return {
            creator,
            handler: creator.create(context, options ?? {}),
        };
    });
    await Promise.all(handlers
        .filter(({ creator }) => supports(creator, input.contentType))
        .map(({ handler }) => handler.file?.(source)));
    const covers = new Map([...ignores].map(([rule, ranges]) => [rule, new Coverage(ranges)]));
    const anyRule = covers.get(ANY_RULE);
    return [...reported.values()]
        .map((m) => ({
        ...m,
        ignored: Boolean(anyRule?.contains(m.range) || covers.get(m.ruleId)?.contains(m.range)),
    }))
        .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}
function supports(creator, contentType) {
    const types = creator.meta.supportedContentTypes;
    return types.includes('all') || types.includes(contentType);
}
/** secretlint's translator: a message is a function of the data, or per locale (English here). */
function translatorFor(messages) {
    return ((messageId, props) => {
        const handler = messages[messageId];
        const format = typeof handler === 'function' ? handler : handler?.en;
        if (!format)
            throw new Error(`secretlint rule message ${messageId} has no English text`);
        return {
            message: props && typeof props === 'object' ? format(props) : format(),
            messageId,
            data: props,
        };
    });
}
/**
 * Whether a range lies inside any of a set of inclusive ranges: starts sorted, with the furthest
 * end reached so far, so each question is one binary search.
 */
class Coverage {
    starts;
    reach;
    constructor(ranges) {
        const sorted = [...ranges].sort((a, b) => a.start - b.start);
        this.starts = sorted.map((r) => r.start);
        this.reach = [];
        let furthest = -Infinity;
        for (const r of sorted)
            this.reach.push((furthest = Math.max(furthest, r.end)));
    }
    contains([start, end]) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.starts[mid] <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 && this.reach[lo - 1] >= end;
    }
}
/**
 * The source a rule sees, as `@secretlint/core` builds it: a BOM is stripped, lines break at
 * CR, LF, CRLF, U+2028 and U+2029, positions have 1-based lines and 0-based columns.
 */
class SourceCode {
    hasBOM;
    content;
    filePath;
    physicalFilePath;
    contentType;
    ext;
    lineStarts;
    constructor(input) {
        this.hasBOM = input.content.charCodeAt(0) === 0xfeff;
        this.content = this.hasBOM ? input.content.slice(1) : input.content;
        this.filePath = input.filePath;
        this.physicalFilePath = input.physicalFilePath;
        this.contentType = input.contentType;
        this.ext = input.ext;
    }
    getFilePath() {
        return this.filePath;
    }
    getPhysicalFilePath() {
        return this.physicalFilePath;
    }
    locationToRange(loc) {
        return [this.positionToIndex(loc.start), this.positionToIndex(loc.end)];
    }
    rangeToLocation(range) {
        return { start: this.indexToPosition(range[0]), end: this.indexToPosition(range[1]) };
    }
    positionToIndex(pos) {
        // Past the last line this is NaN, as in secretlint (a range that then covers nothing).
        return (this.starts()[pos.line - 1] ?? NaN) + pos.column;
    }
    indexToPosition(index) {
        const starts = this.starts();
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (starts[mid] <= index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return { line: lo, column: index - starts[lo - 1] };
    }
    starts() {
        if (this.lineStarts)
            return this.lineStarts;
        const starts = [0];
        const text = this.content;
        const breaks = /\r\n?|[\n\u2028\u2029]/g;
        for (let m = breaks.exec(text); m; m = breaks.exec(text))
            starts.push(m.index + m[0].length);
        this.lineStarts = starts;
        return starts;
    }
}

// EXTERNAL MODULE: ./src/checks/secrets/rules/keywords.ts
var keywords = __webpack_require__(8027);
// EXTERNAL MODULE: ./src/checks/secrets/rules/look-alikes.ts
var look_alikes = __webpack_require__(6320);
;// CONCATENATED MODULE: ./src/checks/secrets/engine.ts
/**
 * The detection engine: secretlint's recommended preset and pipeguard's own rule modules, all
 * imported statically (bundled), run through secretlint's rule contract by `runRules` (not
 * `@secretlint/core`'s `lintSource`, whose duplicate filter is quadratic in the number of
 * findings), with a prefilter that hands a text only the rule modules whose triggers occur in it.
 * Returns raw hits (with the secret value, for fingerprinting and masking); they never leave the
 * check unmasked.
 */







const SECRET_DATA_KEYS = ['SECRET', 'TOKEN', 'KEY', 'ID', 'URI', 'URL', 'CREDENTIAL'];
const ALL_TRIGGERS = new keywords/* KeywordSet */.a(catalog/* RULE_MODULES */.Vu.flatMap((m) => m.triggers));
/** Which rule modules a text needs: the prefilter. */
function modulesFor(unit) {
    const present = ALL_TRIGGERS.present(unit.text);
    const ext = external_node_path_default().extname(unit.path).toLowerCase();
    const scanners = [];
    let comments = false;
    for (const module of catalog/* RULE_MODULES */.Vu) {
        const wanted = module.extensions?.includes(ext) || module.triggers.some((t) => t === '' || present.has(t));
        if (!wanted)
            continue;
        if (module.creator.meta.id === catalog/* FILTER_COMMENTS_ID */._l)
            comments = true;
        else
            scanners.push(module);
    }
    return { scanners, comments, present };
}
/** Scan one text with the rule modules its content calls for. */
async function detectSecrets(unit) {
    const { scanners, comments, present } = modulesFor(unit);
    if (scanners.length === 0)
        return [];
    // secretlint's disable-comment rule runs alongside: what it covers is reported as suppressed.
    const modules = comments ? [...scanners, commentFilter()] : scanners;
    const hits = [];
    for (const message of await lint(unit, modules, present)) {
        const hit = toHit(unit, message);
        if (!hit)
            continue;
        if (message.ignored)
            hit.disabledByComment = true;
        hits.push(hit);
    }
    return dedupe(hits);
}
function lint(unit, modules, present) {
    const binary = unit.physicalPath !== undefined && external_node_path_default().extname(unit.path).toLowerCase() === '.p12';
    return runRules(modules.map((m) => ({
        creator: m.creator,
        // pipeguard's own modules reuse the prefilter's result instead of searching again.
        options: m.origin === 'pipeguard' ? { presentKeywords: present } : {},
    })), {
        filePath: binary ? unit.physicalPath : unit.path,
        ...(binary ? { physicalFilePath: unit.physicalPath } : {}),
        content: unit.text,
        ext: external_node_path_default().extname(unit.path),
        contentType: binary ? 'binary' : 'text',
    });
}
function commentFilter() {
    const module = catalog/* RULE_MODULES */.Vu.find((m) => m.creator.meta.id === catalog/* FILTER_COMMENTS_ID */._l);
    if (!module)
        throw new Error('secretlint filter-comments rule missing from the preset');
    return module;
}
function toHit(unit, message) {
    const rule = (0,catalog/* ruleFor */.sG)(message.ruleId, message.messageId);
    if (message.messageId === 'PrivateKeyP12') {
        const bytes = unit.physicalPath
            ? (0,external_node_fs_.readFileSync)(unit.physicalPath)
            : Buffer.from(unit.text, 'latin1');
        return {
            rule: rule.id,
            secret: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            start: 0,
            end: 0,
            binary: true,
        };
    }
    if (message.messageId === 'PrivateKeyJSON')
        return serviceAccountKeyHit(unit, rule.id);
    const [rangeStart, rangeEnd] = message.range;
    const secret = secretOf(message) ?? unit.text.slice(rangeStart, rangeEnd);
    if (secret.length === 0)
        return undefined;
    // Reported ranges are not always the secret's (the AWS rule points at the key name): find the value.
    const at = unit.text.indexOf(secret, rangeStart);
    const start = at >= 0 && at <= rangeEnd ? at : rangeStart;
    const end = at === start ? start + secret.length : rangeEnd;
    const fromPreset = !message.ruleId.startsWith('@pipeguard/');
    if (fromPreset && (0,look_alikes/* isLookAlike */.Qm)(secret, { allowHex: true, allowUuid: true }))
        return undefined;
    // A pipeguard pattern covers this preset rule's formats strictly (e.g. Slack placeholders).
    if (fromPreset && (0,catalog/* supersededPresetRule */.iK)(rule.id))
        return undefined;
    return { rule: rule.id, secret, start, end };
}
function secretOf(message) {
    const data = (message.data ?? {});
    for (const key of SECRET_DATA_KEYS) {
        const value = data[key];
        if (typeof value === 'string' && value.length > 0)
            return value;
    }
    return undefined;
}
/** A GCP service-account JSON: the secret is its private_key, the location the `private_key` member. */
function serviceAccountKeyHit(unit, rule) {
    let key;
    try {
        key = JSON.parse(unit.text).private_key;
    }
    catch {
        return undefined;
    }
    if (typeof key !== 'string')
        return undefined;
    const member = /"private_key"\s*:\s*"/.exec(unit.text);
    const start = member ? member.index : 0;
    const close = member ? unit.text.indexOf('"', start + member[0].length) : -1;
    return { rule, secret: key, start, end: close > start ? close + 1 : start };
}
/**
 * One hit per secret occurrence: the same rule (or the same value) found twice at overlapping
 * places. Hits are taken by start; a hit overlaps an earlier one exactly when it starts before
 * that one's reach, so the furthest-reaching earlier hit per rule and per value is all that must
 * be remembered (linear, whatever the number of hits).
 */
function dedupe(hits) {
    const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    const furthestByRule = new Map();
    const furthestBySecret = new Map();
    for (const hit of sorted) {
        const twin = overlapping(furthestByRule.get(hit.rule), hit) ??
            overlapping(furthestBySecret.get(hit.secret), hit);
        if (twin) {
            if (hit.disabledByComment !== twin.disabledByComment)
                twin.disabledByComment = false;
            continue;
        }
        kept.push(hit);
        for (const [map, key] of [
            [furthestByRule, hit.rule],
            [furthestBySecret, hit.secret],
        ]) {
            const previous = map.get(key);
            if (!previous || reach(hit) > reach(previous))
                map.set(key, hit);
        }
    }
    return kept;
}
/** The end of a hit's span, an empty span counting as one character (binary hits). */
function reach(hit) {
    return Math.max(hit.end, hit.start + 1);
}
/** `earlier` (which starts no later than `hit`) if the two spans overlap. */
function overlapping(earlier, hit) {
    return earlier && hit.start < reach(earlier) ? earlier : undefined;
}

// EXTERNAL MODULE: ./src/checks/secrets/decode.ts
var decode = __webpack_require__(6909);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/checks/secrets/scan-unit.ts
/**
 * One unit of scanning — a file's text, or the added lines of a file in a diff — turned into
 * located hits: engine hits plus hits inside decoded spans (base64, base64 of gzip / zlib, URL,
 * JSON escapes, hex; nested to a bounded depth), with 1-based line and column in the real file
 * (of the outermost encoded text, for a decoded hit) and the inline allow markers on their lines.
 */




/**
 * Layers of encoding decoded, at most (gitleaks' default --max-decode-depth is 5 too). Plain
 * decoding only shrinks text and inflating draws on a per-unit budget, so the work stays bounded.
 */
const DECODE_DEPTH = 5;
async function scanUnit(unit, options) {
    const direct = await detectSecrets({
        path: unit.path,
        text: unit.text,
        physicalPath: unit.physicalPath,
    });
    const located = direct.map((hit) => ({ hit, start: hit.start, end: hit.end }));
    if (options.decode) {
        // A value found both raw and inside an encoded span is one finding: keep the raw one (and
        // of several encoded copies, the first).
        const seen = new Set(direct.map(ruleAndSecret));
        const budget = (0,decode/* newDecodeBudget */.yt)();
        for (const found of await decodedHits(unit.path, unit.text, DECODE_DEPTH, budget)) {
            const key = ruleAndSecret(found.hit);
            if (seen.has(key))
                continue;
            seen.add(key);
            located.push(found);
        }
    }
    if (located.length === 0)
        return [];
    const lines = new util_text/* LineIndex */.rr(unit.text);
    return located.map(({ hit, start, end, encoded }) => {
        const from = lines.position(start);
        const to = lines.position(Math.max(start, end));
        const realLine = (index) => unit.lineNumbers?.[index] ?? index + 1;
        return {
            rule: hit.rule,
            secret: hit.secret,
            line: realLine(from.line),
            column: from.column + 1,
            endLine: realLine(to.line),
            endColumn: to.column + 1,
            ...(encoded ? { encoded } : {}),
            ...(allowedInline(lines, unit.text, from.line) ? { inlineAllowed: true } : {}),
            ...(hit.disabledByComment ? { disabledByComment: true } : {}),
            ...(hit.binary ? { binary: true } : {}),
            ...(unit.commit ? { commit: unit.commit } : {}),
        };
    });
}
/** Hits inside the text's encoded spans, each located at its span, decoding `depth` layers deep. */
async function decodedHits(path, text, depth, budget) {
    const out = [];
    for (const span of await (0,decode/* encodedSpans */.QU)(text, budget)) {
        const encoded = {
            encoding: span.encoding,
            text: text.slice(span.start, span.end),
            layers: [span.encoding],
        };
        const inner = await detectSecrets({ path, text: span.decoded });
        for (const hit of inner)
            out.push({ hit, start: span.start, end: span.end, encoded });
        if (depth > 1) {
            const found = new Set(inner.map(ruleAndSecret));
            for (const nested of await decodedHits(path, span.decoded, depth - 1, budget)) {
                if (found.has(ruleAndSecret(nested.hit)))
                    continue;
                found.add(ruleAndSecret(nested.hit));
                out.push({
                    hit: nested.hit,
                    start: span.start,
                    end: span.end,
                    encoded: { ...encoded, layers: [span.encoding, ...nested.encoded.layers] },
                });
            }
        }
    }
    return out;
}
function ruleAndSecret(hit) {
    return `${hit.rule}\0${hit.secret}`;
}
const ALLOW_SAME_LINE = /pipeguard:allow\b|gitleaks:allow\b|pragma:\s*allowlist\s+secret|trufflehog:ignore\b/;
const ALLOW_NEXT_LINE = /pipeguard:allow-next-line\b|pragma:\s*allowlist\s+nextline\s+secret/;
function allowedInline(lines, text, lineIndex) {
    if (ALLOW_SAME_LINE.test(lines.text(text, lineIndex)) &&
        !ALLOW_NEXT_LINE.test(lines.text(text, lineIndex)))
        return true;
    return lineIndex > 0 && ALLOW_NEXT_LINE.test(lines.text(text, lineIndex - 1));
}

;// CONCATENATED MODULE: ./src/checks/secrets/scan.ts
/**
 * The scanning modes. Tree: the file list streams from git (or a walk) into batches that worker
 * threads read and scan, so no thread holds the tree and only small hit records come back.
 * Staged / diff / history: `git diff|log -U0` streams through the patch parser and only added
 * lines are scanned, one file at a time.
 */







const BATCH_FILES = 128;
/**
 * Bounded memory: a small young generation per worker (V8's default semi-spaces are sized for
 * throughput, not for three isolates under a 300 MB budget; at 4 MB the scan costs the same CPU)
 * and an old generation that collects before it grows past 64 MB. Measured on a 203 MiB tree
 * (bench/secrets, 2 workers): default heaps 340 MB peak RSS, 4 MB young 242-290 MB, plus 64 MB
 * old 196-206 MB, same wall time. A batch that needs more (a pathological 10 MB file) runs again
 * on the calling thread, whose heap is not capped (src/util/worker-pool.ts).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
/** Below this many batches, starting workers costs more than it saves. */
const MIN_BATCHES_FOR_WORKERS = 4;
const scanBatches = (0,worker_pool/* defineWorkerTask */.Zu)('secrets.scan-files', scanBatch);
async function scanBatch(input) {
    const out = emptyOutput();
    for (const rel of input.files) {
        const read = await (0,files/* readCandidate */.G9)(input.root, rel, input.maxFileSize);
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
    const batches = [];
    let current = [];
    let count = 0;
    for await (const rel of files) {
        count++;
        if (own && !own(rel))
            continue;
        current.push(rel);
        if (current.length < BATCH_FILES)
            continue;
        batches.push({
            root,
            files: current,
            maxFileSize: settings.maxFileSize,
            decode: settings.decode,
        });
        current = [];
    }
    if (current.length)
        batches.push({
            root,
            files: current,
            maxFileSize: settings.maxFileSize,
            decode: settings.decode,
        });
    return { batches, count };
}
async function* prefixed(dir, files) {
    for await (const rel of files)
        yield `${dir}/${rel}`;
}
function runBatches(batches, settings) {
    return scanBatches(batches, {
        threads: settings.threads,
        minInputsForWorkers: MIN_BATCHES_FOR_WORKERS,
        resourceLimits: WORKER_LIMITS,
    });
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
