export const id = 6909;
export const ids = [6909];
export const modules = {

/***/ 6909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ describeEncoding),
/* harmony export */   QU: () => (/* binding */ encodedSpans),
/* harmony export */   yt: () => (/* binding */ newDecodeBudget)
/* harmony export */ });
/* unused harmony exports DECODE_LIMITS, deflatesToText, decodeBase64Text, textOf, decodeHexText, decodeUrl, decodeJsonEscapes, inflateHead, inflateRawHead */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Encoded values worth a second look: base64 (Kubernetes Secret `data:`, `.dockerconfigjson`,
 * `_auth`, basic-auth headers), also wrapped over several lines (PEM-like 64 / 76-column bodies,
 * YAML block scalars), base64 of gzip, zlib or raw DEFLATE data, URL-encoding, JSON string escapes
 * (`\u0067`, `\/`) and hex. Only spans that look encoded are decoded (an alphabet run of the
 * right shape, an escape that hides a printable character, a compression header), and only
 * text-like results are kept. Each call decodes one layer; the caller (scan-unit) decodes the
 * decoded text again, to a bounded depth. Inflating is capped per span and per scanned unit, so a
 * decompression bomb costs at most that much memory and time (its head is still scanned).
 * Nothing here throws on any input.
 */

/** Limits: every one bounds work or memory on input a PR chooses. */
const DECODE_LIMITS = {
    /** Shortest base64 run considered (15 bytes decoded: shorter is no credential). */
    minBase64: 20,
    /**
     * Shortest base64 run tried as raw DEFLATE (24 bytes: no header says it is compressed, so only
     * runs long enough to hold a compressed credential are tried).
     */
    minDeflate: 32,
    /**
     * Shortest line of a base64 block wrapped over lines (PEM bodies are 64 columns, MIME and
     * `base64` output 76); each line but the last has this width, a multiple of 4.
     */
    minWrapWidth: 40,
    /** Shortest hex run considered (as gitleaks: 32 hex characters, 16 bytes). */
    minHex: 32,
    /** Shortest decoded JSON-escaped text worth scanning. */
    minDecodedJson: 16,
    /** Longest encoded span decoded. */
    maxCandidate: 64 * 1024,
    /** Spans decoded per text and encoding, at most. */
    maxCandidatesPerText: 5000,
    /** Inflated bytes kept from one compressed span (its head: the rest is not scanned). */
    maxInflatedPerSpan: 1024 * 1024,
    /** Inflated bytes per scanned unit, over all spans and layers. */
    maxInflatedPerUnit: 4 * 1024 * 1024,
};
const { minBase64: MIN_BASE64, minHex: MIN_HEX, minDeflate: MIN_DEFLATE, minWrapWidth: MIN_WRAP_WIDTH, maxCandidate: MAX_CANDIDATE, } = DECODE_LIMITS;
/** The shortest alphabet run that can matter: padding (`==`) brings it to MIN_BASE64. */
const MIN_RUN = MIN_BASE64 - 2;
function newDecodeBudget() {
    return { inflateBytes: DECODE_LIMITS.maxInflatedPerUnit };
}
/** How a finding names the encoding it was found in. */
function describeEncoding(encoding) {
    switch (encoding) {
        case 'base64':
            return 'base64-encoded';
        case 'url':
            return 'URL-encoded';
        case 'json':
            return 'JSON-escaped';
        case 'hex':
            return 'hex-encoded';
        case 'gzip':
            return 'gzip-compressed, base64-encoded';
        case 'zlib':
            return 'zlib-compressed, base64-encoded';
        case 'deflate':
            return 'DEFLATE-compressed, base64-encoded';
    }
}
/** Characters of the base64 and base64url alphabets (padding handled separately). */
const BASE64_CHAR = new Uint8Array(128);
const inBase64Alphabet = (c) => c < 128 && BASE64_CHAR[c] === 1;
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
    BASE64_CHAR[ch.charCodeAt(0)] = 1;
/** Hex digit values + 1 (0 = not a hex digit). */
const HEX_VALUE = new Uint8Array(128);
for (let i = 0; i < 16; i++) {
    HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i + 1;
    HEX_VALUE['0123456789ABCDEF'.charCodeAt(i)] = i + 1;
}
/** A character code (NaN past the end) of a hex digit. */
const isHexDigit = (c) => c < 128 && HEX_VALUE[c] !== 0;
const EQUALS = 61;
const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const PERCENT_ESCAPES = /%[0-9A-Fa-f]{2}/g;
const URL_TOKEN_CHAR = /[A-Za-z0-9._~+%-]/;
const SLASH = 47;
const LOWER_U = 117;
/** ASCII characters that end a JSON-escaped span: whitespace, quotes, punctuation no token holds. */
const JSON_SPAN_STOP = new Uint8Array(128);
for (const ch of ' \t\n\v\f\r"\'`<>,;(){}[]')
    JSON_SPAN_STOP[ch.charCodeAt(0)] = 1;
/** base64 of the gzip magic and method (1f 8b 08). */
const GZIP_BASE64 = 'H4sI';
/** Encoded spans of the text whose decoded form is readable text (one layer). */
async function encodedSpans(text, budget = newDecodeBudget()) {
    const compressed = [];
    const spans = base64Spans(text, compressed);
    if (text.includes('%'))
        spans.push(...urlEncodedSpans(text));
    spans.push(...jsonEscapedSpans(text));
    for (const { start, end, body, kind } of compressed) {
        if (budget.inflateBytes <= 0)
            break;
        const bytes = base64Bytes(body);
        const cap = Math.min(DECODE_LIMITS.maxInflatedPerSpan, budget.inflateBytes);
        const inflated = kind === 'deflate' ? await inflateRawHead(bytes, cap) : await inflateHead(bytes, kind, cap);
        if (!inflated)
            continue;
        budget.inflateBytes -= inflated.length;
        const decoded = textOf(inflated);
        if (decoded !== undefined)
            spans.push({ encoding: kind, start, end, decoded });
    }
    return spans;
}
/**
 * Runs of the base64 alphabet (one pass over the characters: several times faster than a regex
 * here) that decode to text, and the hex spans inside them; runs that start with a gzip, zlib or
 * raw DEFLATE block header are set aside for inflating. A run that fills its line and is
 * continued by lines of the same width and indentation (a wrapped block) is decoded joined, as
 * one span from its first line to its last.
 */
function base64Spans(text, compressed) {
    const spans = [];
    const found = {
        spans,
        hex: { spans, seen: 0 },
        compressed,
        seen: 0,
        wrappedUntil: -1,
    };
    const length = text.length;
    // Runs shorter than MIN_RUN never matter (padding brings at most 2 to MIN_BASE64; hex and wrapped
    // lines need more). So probe one character in MIN_RUN: a run that long holds a probe, and a
    // probe outside the alphabet skips MIN_RUN characters at once. Runs found from a probe are whole
    // (everything before `scanned` is settled, its last character outside the alphabet).
    let scanned = 0;
    while (scanned + MIN_RUN <= length) {
        const probe = scanned + MIN_RUN - 1;
        if (!inBase64Alphabet(text.charCodeAt(probe))) {
            scanned = probe + 1;
            continue;
        }
        let runStart = probe;
        while (runStart > scanned && inBase64Alphabet(text.charCodeAt(runStart - 1)))
            runStart--;
        let i = probe + 1;
        while (i < length && inBase64Alphabet(text.charCodeAt(i)))
            i++;
        scanned = i + 1;
        // This loop is what runs per character. A run is weighed in a function of its own, too large
        // for V8 to inline: its rarely taken paths, part of the loop's function, deoptimized it again
        // and again (--trace-deopt), and each recompile cost a worker 20-30 ms of its own time.
        if (i - runStart >= MIN_RUN && !weighRun(text, runStart, i, found))
            break;
    }
    return spans;
}
/** A run [runStart, runEnd) of the alphabet, MIN_RUN long at least; false once enough were decoded. */
function weighRun(text, runStart, runEnd, found) {
    const { length } = text;
    const c = runEnd < length ? text.charCodeAt(runEnd) : 0;
    // Hex is a subset of the alphabet: a hex span lies inside a run at least as long.
    if (runEnd - runStart >= MIN_HEX)
        hexSpansIn(text, runStart, runEnd, found.hex);
    if (runStart < found.wrappedUntil)
        return true;
    let end = runEnd;
    let encoded;
    // A wrapped block's first line: a long run ending its line (checked here, not in a call).
    const block = (c === LF || c === CR) && runEnd - runStart >= MIN_WRAP_WIDTH && (runEnd - runStart) % 4 === 0
        ? wrappedBlock(text, runStart, runEnd)
        : undefined;
    if (block !== undefined) {
        end = block.end;
        encoded = block.body;
        found.wrappedUntil = end;
    }
    else {
        while (end < length && end - runEnd < 2 && text.charCodeAt(end) === EQUALS)
            end++;
        if (end - runStart < MIN_BASE64 || end - runStart > MAX_CANDIDATE)
            return true;
        // Most long runs are identifiers and paths: refuse them before any copy or regex (the
        // verdict below: no compressed header, too short for raw DEFLATE, and a quantum that
        // cannot start a text byte).
        if (!mayBeCompressed(text, runStart) &&
            end - runStart < MIN_DEFLATE &&
            !asciiQuanta(text, runStart, runEnd))
            return true;
        encoded = text.slice(runStart, end);
    }
    if (!wholeQuanta(encoded))
        return true;
    const { compressed } = found;
    const kind = compressionOf(encoded);
    if (kind) {
        if (compressed.length < DECODE_LIMITS.maxCandidatesPerText)
            compressed.push({ start: runStart, end, body: encoded, kind });
        return true;
    }
    const body = withoutPadding(encoded);
    if (!mixedAlphabet(body))
        return true;
    if (asciiQuanta(body)) {
        if (++found.seen > DECODE_LIMITS.maxCandidatesPerText)
            return false;
        const decoded = decodeBase64Text(encoded);
        if (decoded !== undefined) {
            found.spans.push({ encoding: 'base64', start: runStart, end, decoded });
            return true;
        }
    }
    // Bytes that are not text: raw DEFLATE data, if its first block header is well formed.
    if (rawDeflateCandidate(encoded) && compressed.length < DECODE_LIMITS.maxCandidatesPerText)
        compressed.push({ start: runStart, end, body: encoded, kind: 'deflate' });
    return true;
}
/**
 * The wrapped base64 block whose first line is the run [runStart, runEnd) (the caller has seen
 * it end its line, its width a multiple of 4): the run is alone on its line (after
 * indentation), and the next lines have the same
 * indentation and width but the last, which may be shorter and padded. Two lines at least, and
 * no more than the longest span decoded. Its body is the lines joined.
 */
function wrappedBlock(text, runStart, runEnd) {
    const width = runEnd - runStart;
    let lineStart = runStart;
    while (lineStart > 0 && isIndent(text.charCodeAt(lineStart - 1)))
        lineStart--;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== LF)
        return undefined;
    const indent = runStart - lineStart;
    const lines = [text.slice(runStart, runEnd)];
    let end = runEnd;
    let size = width;
    for (;;) {
        let next = end + (text.charCodeAt(end) === CR ? 1 : 0);
        if (text.charCodeAt(next) !== LF)
            break;
        next++;
        // The same indentation, character for character.
        if (text.slice(next, next + indent) !== text.slice(lineStart, runStart))
            break;
        const from = next + indent;
        let to = from;
        while (to < text.length && to - from <= width) {
            const c = text.charCodeAt(to);
            if (c >= 128 || BASE64_CHAR[c] !== 1)
                break;
            to++;
        }
        const run = to - from;
        while (to < text.length && to - from < width && text.charCodeAt(to) === EQUALS)
            to++;
        if (run === 0 || to - from > width || !lineBreakAt(text, to))
            break;
        if (size + (to - from) > MAX_CANDIDATE)
            break;
        lines.push(text.slice(from, to));
        size += to - from;
        end = to;
        // A shorter (or padded) line ends the block.
        if (to - from < width || run < width)
            break;
    }
    return lines.length >= 2 ? { end, body: lines.join('') } : undefined;
}
function lineBreakAt(text, at) {
    const c = text.charCodeAt(at);
    return at >= text.length || c === LF || c === CR;
}
function isIndent(c) {
    return c === SPACE || c === TAB;
}
/** A whole number of base64 quanta, or unpadded base64(url) that is not one character over. */
function wholeQuanta(value) {
    const padded = value.charCodeAt(value.length - 1) === EQUALS;
    const body = padded ? value.replace(/=+$/, '') : value;
    return padded ? value.length % 4 === 0 && !body.includes('=') : body.length % 4 !== 1;
}
/** Base64 whose bytes start with a gzip header, or a valid zlib header (CMF/FLG, no dictionary). */
function compressionOf(encoded) {
    if (encoded.startsWith(GZIP_BASE64))
        return 'gzip';
    if (encoded.charCodeAt(0) !== 101 /* e: first byte 0x78, a 32 KiB deflate window */)
        return;
    const head = base64Bytes(encoded.slice(0, 4));
    const [cmf, flg] = [head[0], head[1]];
    return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0 && (flg & 0x20) === 0
        ? 'zlib'
        : undefined;
}
/** The first character compressionOf accepts: `H` (gzip) or `e` (zlib). */
function mayBeCompressed(text, start) {
    const c = text.charCodeAt(start);
    return c === 72 || c === 101;
}
/**
 * Base64 long enough to hold a compressed credential, in one alphabet (URL paths such as
 * `eslint-community/eslint-utils` mix both), whose bytes start as a DEFLATE stream of text does:
 * see deflatesToText. Raw DEFLATE has no header, so this is what keeps identifiers, paths and
 * digests from costing a zlib call each.
 */
function rawDeflateCandidate(encoded) {
    if (encoded.length < MIN_DEFLATE)
        return false;
    // A stored or fixed-Huffman block reaches 12 text bytes within 48 bytes; a dynamic block's
    // tables come first (a few hundred bytes at most): decode a bounded head, never the whole run.
    const head = base64Bytes(encoded.slice(0, 64));
    const type = (head[0] >> 1) & 3;
    if (type === 3)
        return false;
    const bytes = type === 2 ? base64Bytes(encoded.slice(0, 1024)) : head;
    return deflatesToText(bytes) && !(/[-_]/.test(encoded) && /[+/]/.test(encoded));
}
/** Printable ASCII and whitespace, as text starts (bytes ≥ 0x80 count separately). */
function textByte(byte) {
    return (byte >= 0x20 && byte < 0x7f) || byte === 9 || byte === 10 || byte === 13;
}
/**
 * The code for `lengths`, or undefined when over-subscribed or incomplete (but a one-code set).
 * No codes at all is a valid distance code (a block of literals only): nothing decodes with it.
 */
function huffman(lengths, n) {
    const count = new Uint16Array(16);
    for (let i = 0; i < n; i++)
        count[lengths[i]]++;
    if (count[0] === n)
        return { count, symbol: new Uint16Array(0) };
    let left = 1;
    for (let len = 1; len < 16; len++) {
        left = left * 2 - count[len];
        if (left < 0)
            return undefined;
    }
    if (left > 0 && n - count[0] !== 1)
        return undefined;
    const offsets = new Uint16Array(16);
    for (let len = 1; len < 15; len++)
        offsets[len + 1] = offsets[len] + count[len];
    const symbol = new Uint16Array(n);
    for (let i = 0; i < n; i++)
        if (lengths[i])
            symbol[offsets[lengths[i]]++] = i;
    return { count, symbol };
}
const FIXED_LENGTHS = new Uint8Array(320);
FIXED_LENGTHS.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
// All 32 five-bit distance codes (30 and 31 are decoded, then refused).
FIXED_LENGTHS.fill(5, 288, 320);
const FIXED_LITERALS = huffman(FIXED_LENGTHS, 288);
const FIXED_DISTANCES = huffman(FIXED_LENGTHS.subarray(288), 32);
const LENGTH_BASE = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DISTANCE_BASE = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
    3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
/** Output bytes a DEFLATE head must give, all text-like, to be worth inflating. */
const TEXT_HEAD = 12;
/**
 * Whether raw DEFLATE data starts with TEXT_HEAD text bytes (at most two of them ≥ 0x80): the
 * blocks are walked as RFC 1951 says (a small inflater after Mark Adler's puff) until that much
 * output, so a header or code that zlib would refuse, or bytes no text starts with, stop it.
 * Random bytes pass about once in a few thousand tries; zlib then inflates what passes.
 */
function deflatesToText(bytes) {
    let at = 0;
    let bitBuffer = 0;
    let bitCount = 0;
    /** `n` bits, LSB first; -1 past the end. */
    const bits = (n) => {
        while (bitCount < n) {
            if (at >= bytes.length)
                return -1;
            bitBuffer |= bytes[at++] << bitCount;
            bitCount += 8;
        }
        const value = bitBuffer & ((1 << n) - 1);
        bitBuffer >>>= n;
        bitCount -= n;
        return value;
    };
    const decode = (code) => {
        let value = 0;
        let first = 0;
        let index = 0;
        for (let len = 1; len < 16; len++) {
            const bit = bits(1);
            if (bit < 0)
                return -1;
            value |= bit;
            const count = code.count[len];
            if (value - count < first)
                return code.symbol[index + value - first];
            index += count;
            first = (first + count) * 2;
            value *= 2;
        }
        return -1;
    };
    const out = [];
    let high = 0;
    const emit = (byte) => {
        out.push(byte);
        return byte >= 0x80 ? ++high <= 2 : textByte(byte);
    };
    for (;;) {
        const last = bits(1);
        const type = bits(2);
        if (type < 0 || type === 3)
            return false;
        if (type === 0) {
            bitBuffer = 0;
            bitCount = 0;
            if (at + 4 > bytes.length)
                return false;
            const len = bytes[at] | (bytes[at + 1] << 8);
            if ((len ^ 0xffff) !== (bytes[at + 2] | (bytes[at + 3] << 8)))
                return false;
            at += 4;
            for (let i = 0; i < len && out.length < TEXT_HEAD; i++) {
                if (at >= bytes.length || !emit(bytes[at++]))
                    return false;
            }
        }
        else {
            let literals = FIXED_LITERALS;
            let distances = FIXED_DISTANCES;
            if (type === 2) {
                const tables = dynamicTables(bits, decode);
                if (!tables)
                    return false;
                [literals, distances] = tables;
            }
            for (;;) {
                if (out.length >= TEXT_HEAD)
                    return true;
                const symbol = decode(literals);
                if (symbol < 0)
                    return false;
                if (symbol < 256) {
                    if (!emit(symbol))
                        return false;
                    continue;
                }
                if (symbol === 256)
                    break;
                const index = symbol - 257;
                if (index >= 29)
                    return false;
                const extra = bits(LENGTH_EXTRA[index]);
                const code = decode(distances);
                if (extra < 0 || code < 0 || code >= 30)
                    return false;
                const distanceExtra = bits(DISTANCE_EXTRA[code]);
                if (distanceExtra < 0)
                    return false;
                const distance = DISTANCE_BASE[code] + distanceExtra;
                if (distance > out.length)
                    return false;
                const length = LENGTH_BASE[index] + extra;
                for (let i = 0; i < length && out.length < TEXT_HEAD; i++)
                    emit(out[out.length - distance]);
            }
        }
        if (out.length >= TEXT_HEAD)
            return true;
        if (last === 1)
            return false;
    }
}
/** A dynamic block's literal / length and distance codes (RFC 1951 3.2.7), if well formed. */
function dynamicTables(bits, decode) {
    const literalCount = bits(5) + 257;
    const distanceCount = bits(5) + 1;
    const codeCount = bits(4) + 4;
    if (codeCount < 4 || literalCount > 286 || distanceCount > 30)
        return undefined;
    const lengths = new Uint8Array(320);
    for (let i = 0; i < codeCount; i++) {
        const len = bits(3);
        if (len < 0)
            return undefined;
        lengths[CODE_LENGTH_ORDER[i]] = len;
    }
    const lengthCode = huffman(lengths, 19);
    if (!lengthCode || lengthCode.count[0] === 19)
        return undefined;
    lengths.fill(0);
    const total = literalCount + distanceCount;
    for (let i = 0; i < total;) {
        const symbol = decode(lengthCode);
        if (symbol < 0)
            return undefined;
        if (symbol < 16) {
            lengths[i++] = symbol;
            continue;
        }
        if (symbol === 16 && i === 0)
            return undefined;
        const value = symbol === 16 ? lengths[i - 1] : 0;
        const extra = bits(symbol === 16 ? 2 : symbol === 17 ? 3 : 7);
        const repeat = (symbol === 18 ? 11 : 3) + extra;
        if (extra < 0 || i + repeat > total)
            return undefined;
        lengths.fill(value, i, i + repeat);
        i += repeat;
    }
    if (lengths[256] === 0)
        return undefined;
    const literals = huffman(lengths, literalCount);
    const distances = huffman(lengths.subarray(literalCount), distanceCount);
    return literals && distances ? [literals, distances] : undefined;
}
/** The base64 text without its padding (no regex: candidates are many). */
function withoutPadding(value) {
    let end = value.length;
    while (end > 0 && value.charCodeAt(end - 1) === EQUALS)
        end--;
    return end === value.length ? value : value.slice(0, end);
}
/**
 * Worth decoding as text (the body [start, end), without padding): since decoded text is ASCII,
 * every quantum starts with a character worth less than 32.
 */
function asciiQuanta(body, start = 0, end = body.length) {
    for (let i = start; i < end; i += 4) {
        const c = body.charCodeAt(i);
        // A-Z (0-25) and a-f (26-31) encode sextets below 32, i.e. bytes below 0x80.
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}
/** Identifiers and paths are base64-alphabet too; encoded data mixes cases and digits. */
function mixedAlphabet(value) {
    return (/[a-z]/.test(value) &&
        /[A-Z]/.test(value) &&
        /[0-9+/]/.test(value) &&
        !/^[A-Za-z]+(?:\/[A-Za-z]+)+$/.test(value));
}
/** base64 or base64url (Node's base64 decoder takes both alphabets, and skips whitespace). */
function base64Bytes(encoded) {
    return Buffer.from(encoded, 'base64');
}
/** base64 or base64url → UTF-8 text, or undefined when the bytes are not text. */
function decodeBase64Text(encoded) {
    return textOf(base64Bytes(encoded));
}
/**
 * Bytes → text when they are text: at least 12 bytes, no NUL, 97 % printable, and mostly ASCII
 * (secrets and the configs that carry them are ASCII; binary that happens to be >0x20 is not).
 */
function textOf(bytes) {
    if (bytes.length < 12)
        return undefined;
    const allowed = Math.floor(bytes.length * 0.03);
    let unprintable = 0;
    for (const byte of bytes) {
        if (byte === 0)
            return undefined;
        if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && ++unprintable > allowed)
            return undefined;
    }
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    let ascii = 0;
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) < 0x7f)
            ascii++;
    return ascii / text.length >= 0.9 ? text : undefined;
}
/**
 * Maximal hex runs of at least 32 characters (as gitleaks finds them) inside [from, to) that
 * decode to text.
 */
function hexSpansIn(text, from, to, out) {
    let start = -1;
    for (let i = from; i <= to; i++) {
        if (i < to && HEX_VALUE[text.charCodeAt(i)] !== 0) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start < 0)
            continue;
        const runStart = start;
        start = -1;
        const size = i - runStart;
        if (size < MIN_HEX || size > MAX_CANDIDATE || size % 2 !== 0)
            continue;
        if (!asciiHighNibbles(text, runStart, i))
            continue;
        if (++out.seen > DECODE_LIMITS.maxCandidatesPerText)
            return;
        const decoded = decodeHexText(text.slice(runStart, i));
        if (decoded !== undefined)
            out.spans.push({ encoding: 'hex', start: runStart, end: i, decoded });
    }
}
/**
 * Text bytes are below 0x80 and mostly at or above 0x20: the first digit of each pair is 0-7.
 * Digests and ids fail this within a few pairs, before anything is decoded.
 */
function asciiHighNibbles(text, start, end) {
    for (let i = start; i < end; i += 2)
        if (HEX_VALUE[text.charCodeAt(i)] > 8)
            return false;
    return true;
}
/** Hex (either case, even length) → text, or undefined when it is not hex of text. */
function decodeHexText(encoded) {
    if (encoded.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(encoded))
        return undefined;
    return textOf(Buffer.from(encoded, 'hex'));
}
/** Tokens holding at least two %XX escapes, found from the escapes outwards. */
function urlEncodedSpans(text) {
    const spans = [];
    let seen = 0;
    for (let at = nextPercentEscape(text, 0); at >= 0;) {
        let start = at;
        while (start > 0 && URL_TOKEN_CHAR.test(text[start - 1]))
            start--;
        let end = at + 3;
        while (end < text.length && URL_TOKEN_CHAR.test(text[end]))
            end++;
        at = nextPercentEscape(text, end);
        const encoded = text.slice(start, end);
        if (encoded.length > DECODE_LIMITS.maxCandidate ||
            (encoded.match(PERCENT_ESCAPES)?.length ?? 0) < 2)
            continue;
        if (++seen > DECODE_LIMITS.maxCandidatesPerText)
            break;
        const decoded = decodeUrl(encoded);
        if (decoded !== undefined && decoded !== encoded)
            spans.push({ encoding: 'url', start, end, decoded });
    }
    return spans;
}
/**
 * Where the next `%` and two hex digits start, from `from` on (-1: none). `%` is found with
 * indexOf, a native scan: a regex took ten times as long on a dependency tree, where `%` is
 * mostly the remainder operator.
 */
function nextPercentEscape(text, from) {
    for (let at = text.indexOf('%', from); at >= 0; at = text.indexOf('%', at + 1)) {
        if (isHexDigit(text.charCodeAt(at + 1)) && isHexDigit(text.charCodeAt(at + 2)))
            return at;
    }
    return -1;
}
/** URL-encoded text (`+` as a space) → text, or undefined when an escape is not UTF-8. */
function decodeUrl(encoded) {
    try {
        return decodeURIComponent(encoded.replace(/\+/g, ' '));
    }
    catch {
        return undefined;
    }
}
/**
 * JSON string content holding an escape that hides a printable ASCII character (`\u0067`, `\/`):
 * the run of string characters around it, decoded. Escapes of other characters (`\u00e9`, `\n`)
 * hide nothing a token is made of, so they alone do not make a span worth decoding. Backslashes
 * are found with indexOf (a native scan), not a regex.
 */
function jsonEscapedSpans(text) {
    const spans = [];
    let seen = 0;
    for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
        const length = hidingEscapeAt(text, at);
        if (length === 0)
            continue;
        if (++seen > DECODE_LIMITS.maxCandidatesPerText)
            break;
        // The span is taken apart from this loop, which then stays optimized (see base64Spans).
        at = takeJsonSpan(text, at, length, spans) - 1;
    }
    return spans;
}
/** The span around the escape [at, at + length): decoded into `spans` when long enough; its end. */
function takeJsonSpan(text, at, length, spans) {
    let start = at;
    const floor = Math.max(0, at - DECODE_LIMITS.maxCandidate);
    while (start > floor && !endsJsonSpan(text.charCodeAt(start - 1)))
        start--;
    let end = at + length;
    const ceiling = Math.min(text.length, start + DECODE_LIMITS.maxCandidate);
    while (end < ceiling) {
        const c = text.charCodeAt(end);
        // An escape is one unit: `\"` and `\ ` do not end the span.
        if (c === BACKSLASH && end + 1 < ceiling)
            end += 2;
        else if (endsJsonSpan(c))
            break;
        else
            end++;
    }
    end = Math.min(end, ceiling);
    const decoded = decodeJsonEscapes(text.slice(start, end));
    if (decoded.length >= DECODE_LIMITS.minDecodedJson)
        spans.push({ encoding: 'json', start, end, decoded });
    return end;
}
/** The length of a `\/` or of a `\uXXXX` of a printable ASCII character at `at`, else 0. */
function hidingEscapeAt(text, at) {
    const next = text.charCodeAt(at + 1);
    if (next === SLASH)
        return 2;
    if (next !== LOWER_U || at + 6 > text.length)
        return 0;
    let code = 0;
    for (let i = at + 2; i < at + 6; i++) {
        const c = text.charCodeAt(i);
        const digit = c < 128 ? HEX_VALUE[c] : 0;
        if (digit === 0)
            return 0;
        code = code * 16 + digit - 1;
    }
    return code > 0x20 && code < 0x7f ? 6 : 0;
}
/** Whitespace, quotes and punctuation no token holds end a JSON-escaped span. */
function endsJsonSpan(c) {
    return c < 128 ? JSON_SPAN_STOP[c] === 1 : /\s/.test(String.fromCharCode(c));
}
const JSON_ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|([/"\\bfnrt]))/g;
const SIMPLE_ESCAPES = {
    '/': '/',
    '"': '"',
    '\\': '\\',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/**
 * JSON string escapes → characters, one level (`\\u0067` becomes `\u0067`: the next layer decodes
 * it). Anything that is not a valid JSON escape is left as written.
 */
function decodeJsonEscapes(encoded) {
    return encoded.replace(JSON_ESCAPE, (_all, hex, simple) => hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : SIMPLE_ESCAPES[simple]);
}
/**
 * The first `cap` bytes a gzip, zlib or raw DEFLATE stream inflates to (a truncated or corrupt stream gives
 * what inflated before the damage), undefined when nothing did. Streamed, so a bomb stops at the
 * cap instead of being inflated whole.
 */
function inflateHead(bytes, kind, cap = DECODE_LIMITS.maxInflatedPerSpan) {
    return new Promise((resolve) => {
        const options = { finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH };
        const stream = kind === 'gzip'
            ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip)(options)
            : kind === 'zlib'
                ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createInflate)(options)
                : (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createInflateRaw)(options);
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = () => {
            if (settled)
                return;
            settled = true;
            stream.removeAllListeners('data');
            stream.destroy();
            const all = Buffer.concat(chunks, size);
            resolve(size > 0 ? all.subarray(0, Math.min(size, cap)) : undefined);
        };
        stream.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= cap)
                finish();
        });
        stream.on('end', finish);
        stream.on('error', finish);
        stream.on('close', finish);
        stream.end(bytes);
    });
}
/**
 * The first `cap` bytes raw DEFLATE data inflates to, undefined when it is not DEFLATE data. Raw
 * data has no header to tell it from noise, so most candidates fail: they are tried at once
 * (cheaper than a stream); only a stream that would inflate past the cap (a bomb) is streamed,
 * to keep its head.
 */
async function inflateRawHead(bytes, cap = DECODE_LIMITS.maxInflatedPerSpan) {
    try {
        const out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(bytes, {
            finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH,
            maxOutputLength: cap,
        });
        return out.length > 0 ? out : undefined;
    }
    catch (error) {
        if (error.code !== 'ERR_BUFFER_TOO_LARGE')
            return undefined;
        return inflateHead(bytes, 'deflate', cap);
    }
}


/***/ })

};
