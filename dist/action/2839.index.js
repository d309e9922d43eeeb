export const id = 2839;
export const ids = [2839];
export const modules = {

/***/ 2839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DECODE_DEPTH: () => (/* binding */ DECODE_DEPTH),
  LineIndex: () => (/* reexport */ util_text/* LineIndex */.rr),
  scanUnit: () => (/* binding */ scanUnit)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/secrets/catalog.ts + 15 modules
var catalog = __webpack_require__(855);
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
// EXTERNAL MODULE: ./src/checks/secrets/rules/pkcs12.ts
var pkcs12 = __webpack_require__(4607);
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
const ALL_TRIGGERS = new keywords/* KeywordSet */.a(catalog.RULE_MODULES.flatMap((m) => m.triggers));
/** Each trigger and each file extension → the indexes of the rule modules it calls for. */
const MODULES_BY_TRIGGER = indexBy((m) => m.triggers);
const MODULES_BY_EXTENSION = indexBy((m) => m.extensions ?? []);
/** Modules with an empty trigger run on every text. */
const ALWAYS = catalog.RULE_MODULES.flatMap((m, index) => (m.triggers.includes('') ? [index] : []));
function indexBy(keys) {
    const map = new Map();
    catalog.RULE_MODULES.forEach((module, index) => {
        for (const key of new Set(keys(module)))
            map.set(key, [...(map.get(key) ?? []), index]);
    });
    return map;
}
/** Which rule modules a text needs (the prefilter), in catalog order. */
function modulesFor(unit) {
    const present = ALL_TRIGGERS.present(unit.text, unit.utf8);
    const wanted = new Uint8Array(catalog.RULE_MODULES.length);
    for (const index of ALWAYS)
        wanted[index] = 1;
    for (const index of MODULES_BY_EXTENSION.get(external_node_path_default().extname(unit.path).toLowerCase()) ?? [])
        wanted[index] = 1;
    for (const trigger of present)
        for (const index of MODULES_BY_TRIGGER.get(trigger) ?? [])
            wanted[index] = 1;
    const scanners = [];
    let comments = false;
    catalog.RULE_MODULES.forEach((module, index) => {
        if (wanted[index] !== 1)
            return;
        if (module.creator.meta.id === catalog.FILTER_COMMENTS_ID)
            comments = true;
        else
            scanners.push(module);
    });
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
    const binary = unit.physicalPath !== undefined &&
        pkcs12/* PKCS12_EXTENSIONS */.im.includes(external_node_path_default().extname(unit.path).toLowerCase());
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
    const module = catalog.RULE_MODULES.find((m) => m.creator.meta.id === catalog.FILTER_COMMENTS_ID);
    if (!module)
        throw new Error('secretlint filter-comments rule missing from the preset');
    return module;
}
function toHit(unit, message) {
    const rule = (0,catalog.ruleFor)(message.ruleId, message.messageId);
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
    if (fromPreset && (0,catalog.supersededPresetRule)(rule.id))
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
        utf8: unit.utf8,
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
