export const id = 8626;
export const ids = [8626];
export const modules = {

/***/ 8626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_DOCUMENT_BYTES: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   decodePointer: () => (/* binding */ decodePointer),
/* harmony export */   encodePointerSegment: () => (/* binding */ encodePointerSegment),
/* harmony export */   formatOf: () => (/* binding */ formatOf),
/* harmony export */   isOversize: () => (/* binding */ isOversize),
/* harmony export */   parseDocuments: () => (/* binding */ parseDocuments),
/* harmony export */   parseDocumentsPerLine: () => (/* binding */ parseDocumentsPerLine),
/* harmony export */   parseJson: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
/* harmony import */ var _json_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4267);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5441);
/**
 * Parse JSON, YAML (multi-document) and JSONL into values that remember where each node came from,
 * so every schema error can point at file:line:col. JSON takes a fast path (JSON.parse, a cheap
 * duplicate-key and depth count, positions built lazily by json-source.ts); YAML goes through the
 * `yaml` package's AST, which keeps ranges and reports duplicate keys. Both refuse nesting deeper
 * than MAX_NESTING_DEPTH (nesting.ts).
 */





/** Bigger documents are refused, not parsed: a policy or envelope is never this large. */
const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Alias expansions allowed per document: the billion-laughs guard. */
const MAX_ALIAS_COUNT = 100;
function formatOf(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson'))
        return 'jsonl';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return undefined;
}
function decodePointer(pointer) {
    if (pointer === '' || pointer === '/')
        return pointer === '/' ? [''] : [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function encodePointerSegment(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/**
 * JSONL read line by line: every well-formed line is a document, every malformed one an error,
 * so one broken line never hides the others' problems. Other formats as parseDocuments.
 */
function parseDocumentsPerLine(text, file, format) {
    if (format !== 'jsonl' || isOversize(text))
        return { docs: parseDocuments(text, file, format), errors: [] };
    const errors = [];
    try {
        return { docs: new JsonText(text, file).lines(errors), errors };
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw error;
        const message = error instanceof Error ? firstLine(error.message) : String(error);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`could not be parsed: ${message}`, file);
    }
}
/**
 * Parse a file's text into its documents. Throws InputError (file:line:col) for malformed text,
 * a duplicate key, an alias bomb or an oversize file: nothing half-parsed is ever returned.
 */
function parseDocuments(text, file, format) {
    if (isOversize(text)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB, not parsed`, file);
    }
    try {
        if (format === 'yaml')
            return parseYaml(text, file);
        const source = new JsonText(text, file);
        return format === 'json' ? [source.document(0, text.length, 0)] : source.lines();
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw error;
        // Anything else (a parser's own stack overflow on absurd nesting) is still the input's fault.
        const message = error instanceof Error ? firstLine(error.message) : String(error);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`could not be parsed: ${message}`, file);
    }
}
/**
 * One JSON text as a document, without the size cap (the caller bounds what it reads, e.g. the
 * eval gate's multi-megabyte metrics). Throws InputError at file:line:col like parseDocuments.
 */
function parseJson(text, file, options = {}) {
    return new JsonText(text, file, options).document(0, text.length, 0);
}
function isOversize(text) {
    // Cheap bounds first: UTF-8 needs 1 to 3 bytes per UTF-16 code unit.
    if (text.length > MAX_DOCUMENT_BYTES)
        return true;
    if (text.length * 3 <= MAX_DOCUMENT_BYTES)
        return false;
    return Buffer.byteLength(text) > MAX_DOCUMENT_BYTES;
}
/**
 * JSON and JSONL: JSON.parse is the fast path; positions (and the reason a text is rejected) come
 * from indexJson, built only when first needed.
 */
class JsonText {
    text;
    file;
    options;
    lineIndex;
    constructor(text, file, options = {}) {
        this.text = text;
        this.file = file;
        this.options = options;
    }
    /**
     * One document per non-blank line. With `errors`, a malformed line is recorded there and the
     * other lines are still read (their indices count the good lines only); without, it throws.
     */
    lines(errors) {
        const { text } = this;
        const out = [];
        let start = 0;
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end === -1)
                end = text.length;
            const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
            if (text.slice(start, lineEnd).trim() !== '') {
                try {
                    out.push(this.document(start, lineEnd, out.length));
                }
                catch (error) {
                    if (!errors || !(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz))
                        throw error;
                    errors.push(error);
                }
            }
            start = end + 1;
        }
        return out;
    }
    document(from, to, index) {
        const { text, file } = this;
        // A UTF-8 byte order mark is not JSON whitespace; skip it without shifting columns.
        if (from === 0 && text.charCodeAt(0) === 0xfeff)
            from = 1;
        const slice = from === 0 && to === text.length ? text : text.slice(from, to);
        let value;
        let tree;
        try {
            value = JSON.parse(slice);
        }
        catch {
            // Malformed (the index says where), or NaN / Infinity that only `nonFinite` accepts.
            tree = this.index(from, to);
            value = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOf */ .RP)(tree, text);
        }
        if (!tree && value !== null && typeof value === 'object') {
            const shape = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .shapeOf */ .F5)(value);
            if (shape.depth > _nesting_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NESTING_DEPTH */ .wM || (0,_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .countKeysInText */ .SA)(slice) !== shape.properties) {
                // Too deep, or some object writes a key twice (JSON.parse kept the last): the index says
                // where.
                throw this.syntaxError(from, to);
            }
        }
        let broken = false;
        return {
            file,
            index,
            format: 'json',
            value,
            locate: (pointer, key) => {
                if (!tree && !broken) {
                    try {
                        tree = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .indexJson */ .Hh)(text, from, to, this.options);
                    }
                    catch {
                        broken = true;
                    }
                }
                if (!tree)
                    return this.position(from);
                const found = (0,_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAt */ .oB)(tree, decodePointer(pointer));
                if (key !== undefined &&
                    found.node.kind === 'object' &&
                    found.depth === decodePointer(pointer).length) {
                    const entry = found.node.entries.get(key);
                    if (entry)
                        return this.position(entry.keyStart);
                }
                return this.position(found.node.start);
            },
        };
    }
    position(offset) {
        this.lineIndex ??= new _util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(this.text);
        return this.lineIndex.location(offset);
    }
    /** The node tree of `text[from, to)`, or the InputError saying where and why it is refused. */
    index(from, to) {
        try {
            return (0,_json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .indexJson */ .Hh)(this.text, from, to, this.options);
        }
        catch (error) {
            if (!(error instanceof _json_source_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonSourceError */ .Gi))
                throw error;
            const at = this.position(error.offset);
            const message = error.kind === 'duplicate-key'
                ? error.message
                : error.kind === 'too-deep'
                    ? `refused: ${error.message}`
                    : `invalid JSON: ${error.message}`;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(message, this.file, at.line, at.column);
        }
    }
    syntaxError(from, to) {
        try {
            this.index(from, to);
        }
        catch (error) {
            if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
                return error;
            throw error;
        }
        const at = this.position(from);
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('invalid JSON', this.file, at.line, at.column);
    }
}
function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // parseAllDocuments in two steps: the token tree is built without recursion, so its depth is
    // checked before the composer (recursive, once per level) and toJS ever see it.
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine).parse(text)];
    let aliases = false;
    for (const token of tokens) {
        const nesting = (0,_nesting_js__WEBPACK_IMPORTED_MODULE_4__/* .yamlTokenNesting */ .Fj)(token);
        if (nesting.problem)
            throw nestingError(nesting.problem, file, lineCounter);
        aliases ||= nesting.aliases;
    }
    const docs = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ uniqueKeys: true }).compose(tokens)];
    return docs.map((doc, index) => toSourceDocument(doc, index, file, lineCounter, aliases));
}
function nestingError(problem, file, lineCounter) {
    const at = lineCounter.linePos(problem.offset);
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`refused: ${problem.message}`, file, at.line, at.col);
}
function toSourceDocument(doc, index, file, lineCounter, aliases) {
    const problem = doc.errors[0];
    if (problem) {
        const at = lineCounter.linePos(problem.pos[0]);
        const what = problem.code === 'DUPLICATE_KEY'
            ? duplicateKeyMessage(doc, problem.pos[0])
            : firstLine(problem.message);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(what, file, at.line, at.col);
    }
    const tooDeep = aliases ? (0,_nesting_js__WEBPACK_IMPORTED_MODULE_4__/* .aliasNestingProblem */ .oK)(doc.contents) : undefined;
    if (tooDeep)
        throw nestingError(tooDeep, file, lineCounter);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = error instanceof Error ? firstLine(error.message) : String(error);
        const at = lineCounter.linePos(doc.range[0]);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`refused: ${message}`, file, at.line, at.col);
    }
    const position = (offset) => {
        const at = lineCounter.linePos(offset);
        return { line: at.line, column: at.col };
    };
    const start = doc.contents?.range?.[0] ?? 0;
    return {
        file,
        index,
        format: 'yaml',
        value,
        locate(pointer, key) {
            let node = doc.contents;
            let offset = start;
            let complete = true;
            for (const segment of decodePointer(pointer)) {
                const next = childOf(node, segment);
                if (!next) {
                    complete = false;
                    break;
                }
                node = next.value;
                offset = next.offset;
            }
            if (key !== undefined && complete) {
                const keyed = childOf(node, key);
                if (keyed)
                    return position(keyed.keyOffset ?? keyed.offset);
            }
            return position(offset);
        },
    };
}
function childOf(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                continue;
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
            if (key !== segment)
                continue;
            const keyNode = pair.key;
            const valueNode = pair.value;
            const keyOffset = keyNode.range?.[0];
            return {
                value: valueNode,
                offset: valueNode?.range?.[0] ?? keyOffset ?? 0,
                keyOffset,
            };
        }
        return undefined;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const item = node.items[Number(segment)];
        if (!/^\d+$/.test(segment) || !item)
            return undefined;
        return { value: item, offset: item.range?.[0] ?? 0 };
    }
    return undefined;
}
/** Name the key written twice: the second pair whose key starts at the error's offset. */
function duplicateKeyMessage(doc, offset) {
    let name;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if (key && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && key.range?.[0] === offset) {
                name = String(key.value);
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
            return undefined;
        },
    });
    return name === undefined ? 'duplicate key' : `duplicate key \`${name}\``;
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}


/***/ }),

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   Gi: () => (/* binding */ JsonSourceError),
/* harmony export */   Hh: () => (/* binding */ indexJson),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   SA: () => (/* binding */ countKeysInText),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony export countProperties */
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5441);
/**
 * The one JSON reader with positions (validate, the eval gate, configs' JSON, provenance records).
 * The fast path is JSON.parse plus one walk that counts keys and depth (`shapeOf`, compared with
 * `countKeysInText`); the full index below runs only for documents that have errors, a duplicate
 * key, nesting beyond MAX_NESTING_DEPTH, that JSON.parse rejected (then it finds where and why,
 * since V8's messages carry no position for most errors), or whose positions are asked for.
 * With `nonFinite`, the literals Python's json module writes (NaN, Infinity, -Infinity) are read
 * as numbers, so a NaN metric fails as "not a finite number" instead of making a file unreadable.
 */

/**
 * Malformed JSON, a key written twice in one object, or nesting beyond MAX_NESTING_DEPTH: where,
 * and what a person should read.
 */
class JsonSourceError extends Error {
    offset;
    kind;
    duplicateKey;
    constructor(message, offset, kind = 'syntax', 
    /** The key written twice, for a duplicate-key error. */
    duplicateKey) {
        super(message);
        this.offset = offset;
        this.kind = kind;
        this.duplicateKey = duplicateKey;
        this.name = 'JsonSourceError';
    }
}
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
function isSpace(code) {
    return code === SPACE || code === LF || code === CR || code === TAB;
}
/**
 * How many property keys the text writes, duplicates included. Valid JSON only (call it after
 * JSON.parse succeeded): a string followed by `:` is a key. Cheap: one native indexOf per string.
 */
function countKeysInText(text) {
    let keys = 0;
    let open = text.indexOf('"');
    while (open !== -1) {
        let close = text.indexOf('"', open + 1);
        while (close !== -1 && isEscaped(text, close))
            close = text.indexOf('"', close + 1);
        if (close === -1)
            return keys;
        let next = close + 1;
        let code = text.charCodeAt(next);
        while (isSpace(code))
            code = text.charCodeAt(++next);
        if (code === COLON)
            keys++;
        open = text.indexOf('"', next);
    }
    return keys;
}
function isEscaped(text, quote) {
    let backslashes = 0;
    for (let i = quote - 1; text.charCodeAt(i) === BACKSLASH; i--)
        backslashes++;
    return backslashes % 2 === 1;
}
/**
 * How many own keys all objects in a parsed value hold, and how deeply its arrays and objects nest
 * (a scalar is depth 0, `[]` is 1). Iterative: deep nesting cannot overflow the stack.
 */
function shapeOf(value) {
    let properties = 0;
    let depth = 0;
    const pending = [value];
    const levels = [1];
    while (pending.length > 0) {
        const node = pending.pop();
        const level = levels.pop();
        if (node === null || typeof node !== 'object')
            continue;
        if (level > depth)
            depth = level;
        if (Array.isArray(node)) {
            for (const item of node) {
                if (item !== null && typeof item === 'object') {
                    pending.push(item);
                    levels.push(level + 1);
                }
            }
            continue;
        }
        for (const key in node) {
            properties++;
            const child = node[key];
            if (child !== null && typeof child === 'object') {
                pending.push(child);
                levels.push(level + 1);
            }
        }
    }
    return { properties, depth };
}
/** How many own keys all objects in a parsed value hold. */
function countProperties(value) {
    return shapeOf(value).properties;
}
/**
 * Strict JSON (RFC 8259) over `text[from, to)`, returning the node tree with offsets. Throws
 * JsonSourceError at the first syntax error, duplicate key, or array/object that opens nesting
 * level MAX_NESTING_DEPTH + 1. Iterative, so the call stack never limits it.
 */
function indexJson(text, from = 0, to = text.length, options = {}) {
    const stack = [];
    const describeAt = (pos) => pos >= to ? 'the end of the input' : `\`${text[pos] === '`' ? "'`'" : text[pos]}\``;
    const skip = (pos) => {
        while (pos < to && isSpace(text.charCodeAt(pos)))
            pos++;
        return pos;
    };
    const fail = (pos, message) => {
        throw new JsonSourceError(message, Math.min(pos, to));
    };
    const scanString = (start) => {
        let pos = start + 1;
        while (pos < to) {
            const code = text.charCodeAt(pos);
            if (code === QUOTE)
                return pos + 1;
            if (code < 0x20)
                fail(pos, 'control character inside a string (write it escaped)');
            if (code === BACKSLASH) {
                const escape = text[pos + 1];
                if (escape === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)) || pos + 6 > to) {
                        fail(pos, 'invalid \\u escape in a string (four hex digits expected)');
                    }
                    pos += 6;
                    continue;
                }
                if (escape === undefined || pos + 1 >= to || !'"\\/bfnrt'.includes(escape)) {
                    fail(pos, 'invalid escape in a string');
                }
                pos += 2;
                continue;
            }
            pos++;
        }
        return fail(start, 'string is never closed');
    };
    const readKey = (frame, pos) => {
        if (text.charCodeAt(pos) !== QUOTE)
            fail(pos, `expected a property name in double quotes, found ${describeAt(pos)}`);
        const end = scanString(pos);
        const raw = text.slice(pos + 1, end - 1);
        frame.key = raw.includes('\\') ? JSON.parse(text.slice(pos, end)) : raw;
        frame.keyStart = pos;
        const colon = skip(end);
        if (text.charCodeAt(colon) !== COLON)
            fail(colon, `expected \`:\` after the property name, found ${describeAt(colon)}`);
        return skip(colon + 1);
    };
    let pos = skip(from);
    for (;;) {
        // Read one value at `pos`; containers push a frame and read their first member first.
        let value;
        const code = text.charCodeAt(pos);
        if (pos >= to)
            return fail(pos, 'unexpected end of the input, a value was expected');
        if ((code === OPEN_BRACE || code === OPEN_BRACKET) && stack.length >= _nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NESTING_DEPTH */ .wM) {
            throw new JsonSourceError(_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .NESTED_TOO_DEEP */ .GN, pos, 'too-deep');
        }
        if (code === OPEN_BRACE) {
            const node = { kind: 'object', start: pos, end: -1, entries: new Map() };
            const inner = skip(pos + 1);
            if (text.charCodeAt(inner) === CLOSE_BRACE) {
                node.end = inner + 1;
                value = node;
                pos = inner + 1;
            }
            else {
                const frame = { node };
                pos = readKey(frame, inner);
                stack.push(frame);
                continue;
            }
        }
        else if (code === OPEN_BRACKET) {
            const node = { kind: 'array', start: pos, end: -1, items: [] };
            const inner = skip(pos + 1);
            if (text.charCodeAt(inner) === CLOSE_BRACKET) {
                node.end = inner + 1;
                value = node;
                pos = inner + 1;
            }
            else {
                stack.push({ node });
                pos = inner;
                continue;
            }
        }
        else if (code === QUOTE) {
            const end = scanString(pos);
            value = { kind: 'scalar', start: pos, end };
            pos = end;
        }
        else {
            const end = scanLiteral(text, pos, to, options.nonFinite === true);
            if (end === pos)
                fail(pos, `unexpected ${describeAt(pos)}, a value was expected`);
            value = { kind: 'scalar', start: pos, end };
            pos = end;
        }
        // Attach the value to its container; close containers as their closers come.
        for (;;) {
            const frame = stack[stack.length - 1];
            if (!frame) {
                const after = skip(pos);
                if (after < to)
                    fail(after, `unexpected ${describeAt(after)} after the JSON value`);
                return value;
            }
            const container = frame.node;
            if (container.kind === 'object') {
                const key = frame.key;
                if (container.entries.has(key)) {
                    throw new JsonSourceError(`duplicate key \`${key}\``, frame.keyStart, 'duplicate-key', key);
                }
                container.entries.set(key, { keyStart: frame.keyStart, value });
            }
            else {
                container.items.push(value);
            }
            pos = skip(pos);
            const next = text.charCodeAt(pos);
            const closer = container.kind === 'object' ? CLOSE_BRACE : CLOSE_BRACKET;
            if (pos < to && next === COMMA) {
                pos = skip(pos + 1);
                if (container.kind === 'object')
                    pos = readKey(frame, pos);
                break;
            }
            if (pos < to && next === closer) {
                container.end = pos + 1;
                pos++;
                stack.pop();
                value = container;
                continue;
            }
            const expected = container.kind === 'object' ? '`,` or `}`' : '`,` or `]`';
            return fail(pos, `expected ${expected}, found ${describeAt(pos)}`);
        }
    }
}
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORDS = ['true', 'false', 'null'];
const NON_FINITE_WORDS = [...WORDS, 'NaN', 'Infinity', '-Infinity'];
/** End of a number or a literal word at `pos`, or `pos` when there is none. */
function scanLiteral(text, pos, to, nonFinite) {
    for (const word of nonFinite ? NON_FINITE_WORDS : WORDS) {
        if (text.startsWith(word, pos) && pos + word.length <= to)
            return pos + word.length;
    }
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match)
        return pos;
    const end = pos + match[0].length;
    return end <= to ? end : pos;
}
/**
 * The value a node tree stands for, as JSON.parse would build it (plus NaN and ±Infinity when the
 * tree was read with `nonFinite`). Recursive: indexJson bounded the depth.
 */
function valueOf(node, text) {
    if (node.kind === 'array')
        return node.items.map((item) => valueOf(item, text));
    if (node.kind === 'object') {
        const object = {};
        for (const [key, entry] of node.entries) {
            // `__proto__` must stay an own property, as JSON.parse keeps it.
            Object.defineProperty(object, key, {
                value: valueOf(entry.value, text),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return object;
    }
    const source = text.slice(node.start, node.end);
    switch (source) {
        case 'NaN':
            return Number.NaN;
        case 'Infinity':
            return Number.POSITIVE_INFINITY;
        case '-Infinity':
            return Number.NEGATIVE_INFINITY;
        default:
            return JSON.parse(source);
    }
}
/** The node at a decoded JSON Pointer, with the key offset when the last step was a property. */
function nodeAt(root, segments) {
    let node = root;
    let keyStart;
    let depth = 0;
    for (const segment of segments) {
        if (node.kind === 'object') {
            const entry = node.entries.get(segment);
            if (!entry)
                break;
            node = entry.value;
            keyStart = entry.keyStart;
        }
        else if (node.kind === 'array') {
            if (!/^(0|[1-9][0-9]*)$/.test(segment))
                break;
            const item = node.items[Number(segment)];
            if (!item)
                break;
            node = item;
            keyStart = undefined;
        }
        else {
            break;
        }
        depth++;
    }
    return { node, keyStart, depth };
}


/***/ }),

/***/ 5441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ yamlTokenNesting),
/* harmony export */   GN: () => (/* binding */ NESTED_TOO_DEEP),
/* harmony export */   oK: () => (/* binding */ aliasNestingProblem),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * How deeply a document's arrays and objects may nest, for every reader (JSON, JSONL, YAML).
 * No policy, envelope, config or metrics file comes near it; past it a document is refused with
 * the place where it crossed the limit, before any recursive code (the `yaml` composer, `toJS`,
 * schema validation, reports) could overflow the call stack on it.
 */

/** Levels of arrays / objects (sequences / mappings): `[]` is one level, `[[]]` two. */
const MAX_NESTING_DEPTH = 256;
const NESTED_TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels`;
/**
 * Check one document of the YAML parser's token tree (CST) before it is composed: the composer
 * recurses once per level. Iterative. Also says whether the document uses aliases, whose
 * expanded depth only the composed document can tell (`aliasNestingProblem`).
 */
function yamlTokenNesting(document) {
    let aliases = false;
    const pending = [[document, 0]];
    while (pending.length > 0) {
        const [token, level] = pending.pop();
        switch (token.type) {
            case 'document':
                if (token.value)
                    pending.push([token.value, level]);
                break;
            case 'alias':
                aliases = true;
                break;
            case 'block-map':
            case 'block-seq':
            case 'flow-collection': {
                const inner = level + 1;
                if (inner > MAX_NESTING_DEPTH)
                    return { problem: { offset: token.offset, message: NESTED_TOO_DEEP }, aliases };
                // Reversed, so the first crossing in the text is the one reported.
                for (let i = token.items.length - 1; i >= 0; i--) {
                    const item = token.items[i];
                    if (item.value)
                        pending.push([item.value, inner]);
                    if (item.key)
                        pending.push([item.key, inner]);
                }
                break;
            }
            default:
                break;
        }
    }
    return { aliases };
}
/**
 * Depth of a composed YAML document with its aliases expanded (an alias stands for its anchored
 * node wherever it is written): `a: &a [[…]]` then `b: [[*a]]` nests deeper than either. An alias
 * to a node that contains it would nest forever. Walks in document order, as aliases resolve to
 * the nearest anchor before them; iterative.
 */
function aliasNestingProblem(contents) {
    /** Anchor name → levels its node adds where an alias repeats it, or 'open' while inside it. */
    const anchors = new Map();
    const stack = [];
    const childrenOf = (node) => {
        const out = [];
        for (const item of ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items : [])) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                out.push(item.key, item.value);
            else
                out.push(item);
        }
        return out;
    };
    const enter = (node, level) => {
        if (!node)
            return undefined;
        const parent = stack[stack.length - 1];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = anchors.get(node.source);
            const offset = node.range?.[0] ?? 0;
            if (target === 'open')
                return {
                    offset,
                    message: `${NESTED_TOO_DEEP} (alias *${node.source} repeats a node that contains it)`,
                };
            const reached = level + (target ?? 0);
            if (reached > MAX_NESTING_DEPTH)
                return { offset, message: `${NESTED_TOO_DEEP} (alias *${node.source} expands there)` };
            if (parent && reached > parent.deepest)
                parent.deepest = reached;
            return undefined;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, 'open');
            stack.push({
                node,
                level: level + 1,
                deepest: level + 1,
                children: childrenOf(node),
                next: 0,
            });
        }
        else if (node.anchor) {
            anchors.set(node.anchor, 0);
        }
        return undefined;
    };
    const first = enter(contents, 0);
    if (first)
        return first;
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.next < frame.children.length) {
            const problem = enter(frame.children[frame.next++], frame.level);
            if (problem)
                return problem;
            continue;
        }
        stack.pop();
        const anchor = frame.node.anchor;
        if (anchor)
            anchors.set(anchor, frame.deepest - frame.level + 1);
        const parent = stack[stack.length - 1];
        if (parent && frame.deepest > parent.deepest)
            parent.deepest = frame.deepest;
    }
    return undefined;
}


/***/ })

};
