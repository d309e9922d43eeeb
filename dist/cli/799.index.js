export const id = 799;
export const ids = [799];
export const modules = {

/***/ 6799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
  A$: () => (/* binding */ decodePointer),
  Lt: () => (/* binding */ encodePointerSegment),
  be: () => (/* binding */ formatOf),
  eV: () => (/* binding */ parseDocuments)
});

// UNUSED EXPORTS: isOversize

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/schema/json-source.ts
/**
 * JSON text with positions, built only when a position is needed. The fast path is JSON.parse plus
 * a duplicate-key count (`countKeysInText` vs `countProperties`); the full index below runs only for
 * documents that have errors, or whose counts disagree (a duplicate key), or that JSON.parse
 * rejected (then it finds where and why, since V8's messages carry no position for most errors).
 */
/** Malformed JSON, or a key written twice in one object: where, and what a person should read. */
class JsonSourceError extends Error {
    offset;
    duplicateKey;
    constructor(message, offset, duplicateKey) {
        super(message);
        this.offset = offset;
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
/** How many own keys all objects in a parsed value hold (iterative: deep nesting cannot overflow). */
function countProperties(value) {
    let count = 0;
    const pending = [value];
    while (pending.length > 0) {
        const node = pending.pop();
        if (node === null || typeof node !== 'object')
            continue;
        if (Array.isArray(node)) {
            for (const item of node)
                if (item !== null && typeof item === 'object')
                    pending.push(item);
            continue;
        }
        for (const key in node) {
            count++;
            const child = node[key];
            if (child !== null && typeof child === 'object')
                pending.push(child);
        }
    }
    return count;
}
/**
 * Strict JSON (RFC 8259) over `text[from, to)`, returning the node tree with offsets. Throws
 * JsonSourceError at the first syntax error or duplicate key. Iterative, so nesting depth is
 * bounded by memory, not by the call stack.
 */
function indexJson(text, from = 0, to = text.length) {
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
            const end = scanLiteral(text, pos, to);
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
                    throw new JsonSourceError(`duplicate key \`${key}\``, frame.keyStart, key);
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
/** End of a number, `true`, `false` or `null` at `pos`, or `pos` when there is none. */
function scanLiteral(text, pos, to) {
    for (const word of ['true', 'false', 'null']) {
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
/** Offsets of line starts, for offset → 1-based line and column (UTF-16 code units, as SARIF). */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
}

;// CONCATENATED MODULE: ./src/schema/document.ts
/**
 * Parse JSON, YAML (multi-document) and JSONL into values that remember where each node came from,
 * so every schema error can point at file:line:col. JSON takes a fast path (JSON.parse, a cheap
 * duplicate-key count, positions built lazily by json-source.ts); YAML goes through the `yaml`
 * package's AST, which keeps ranges and reports duplicate keys.
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
 * Parse a file's text into its documents. Throws InputError (file:line:col) for malformed text,
 * a duplicate key, an alias bomb or an oversize file: nothing half-parsed is ever returned.
 */
function parseDocuments(text, file, format) {
    if (isOversize(text)) {
        throw new errors/* InputError */.d(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB, not parsed`, file);
    }
    try {
        if (format === 'yaml')
            return parseYaml(text, file);
        const source = new JsonText(text, file);
        return format === 'json' ? [source.document(0, text.length, 0)] : source.lines();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        // Anything else (a parser's own stack overflow on absurd nesting) is still the input's fault.
        const message = error instanceof Error ? firstLine(error.message) : String(error);
        throw new errors/* InputError */.d(`could not be parsed: ${message}`, file);
    }
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
    lineIndex;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    lines() {
        const { text } = this;
        const out = [];
        let start = 0;
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end === -1)
                end = text.length;
            const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
            if (text.slice(start, lineEnd).trim() !== '')
                out.push(this.document(start, lineEnd, out.length));
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
        try {
            value = JSON.parse(slice);
        }
        catch {
            throw this.syntaxError(from, to);
        }
        if (value !== null &&
            typeof value === 'object' &&
            countKeysInText(slice) !== countProperties(value)) {
            // Some object writes a key twice (JSON.parse kept the last); the index says where.
            throw this.syntaxError(from, to);
        }
        let tree;
        let broken = false;
        return {
            file,
            index,
            format: 'json',
            value,
            locate: (pointer, key) => {
                if (!tree && !broken) {
                    try {
                        tree = indexJson(text, from, to);
                    }
                    catch {
                        broken = true;
                    }
                }
                if (!tree)
                    return this.position(from);
                const found = nodeAt(tree, decodePointer(pointer));
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
        this.lineIndex ??= new LineIndex(this.text);
        return this.lineIndex.position(offset);
    }
    syntaxError(from, to) {
        try {
            indexJson(this.text, from, to);
        }
        catch (error) {
            if (error instanceof JsonSourceError) {
                const at = this.position(error.offset);
                const message = error.duplicateKey !== undefined ? error.message : `invalid JSON: ${error.message}`;
                return new errors/* InputError */.d(message, this.file, at.line, at.column);
            }
        }
        const at = this.position(from);
        return new errors/* InputError */.d('invalid JSON', this.file, at.line, at.column);
    }
}
function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    // An empty stream parses to an EmptyStream with no documents.
    if (!Array.isArray(docs))
        return [];
    return docs.map((doc, index) => toSourceDocument(doc, index, file, lineCounter));
}
function toSourceDocument(doc, index, file, lineCounter) {
    const problem = doc.errors[0];
    if (problem) {
        const at = lineCounter.linePos(problem.pos[0]);
        const what = problem.code === 'DUPLICATE_KEY'
            ? duplicateKeyMessage(doc, problem.pos[0])
            : firstLine(problem.message);
        throw new errors/* InputError */.d(what, file, at.line, at.col);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = error instanceof Error ? firstLine(error.message) : String(error);
        const at = lineCounter.linePos(doc.range[0]);
        throw new errors/* InputError */.d(`refused: ${message}`, file, at.line, at.col);
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
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
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
    if ((0,dist/* isSeq */.oP)(node)) {
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
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if (key && (0,dist/* isScalar */.jn)(key) && key.range?.[0] === offset) {
                name = String(key.value);
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return name === undefined ? 'duplicate key' : `duplicate key \`${name}\``;
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}


/***/ })

};
