export const id = 3733;
export const ids = [3733];
export const modules = {

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mk: () => (/* reexport */ AllowedSignersError),
  Mi: () => (/* reexport */ ArmorError),
  BL: () => (/* reexport */ MAX_SIGNATURE_BLOCKS),
  NT: () => (/* reexport */ MAX_SIGNATURE_FILE_BYTES),
  yE: () => (/* reexport */ armor),
  Gq: () => (/* reexport */ authorize),
  pD: () => (/* reexport */ parseAllowedSigners),
  p1: () => (/* reexport */ parseSshsig),
  p0: () => (/* reexport */ splitArmoredBlocks),
  vT: () => (/* reexport */ verifyArmoredSignatures),
  vO: () => (/* reexport */ verifySshsig)
});

// UNUSED EXPORTS: CURVES, MIN_RSA_BITS, SUPPORTED_KEY_TYPES, SshFormatError, WireReader, decodeBase64Strict, fingerprintOfBlob, matchPattern, matchPatternList, parsePublicKeyBlob, parsePublicKeyText, parseSshTime, signedData, sshString, unsupportedKeyReason

// EXTERNAL MODULE: ./src/sshsig/wire.ts
var wire = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/sshsig/keys.ts
var keys = __webpack_require__(9395);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sshsig/signature.ts
/**
 * SSHSIG (openssh PROTOCOL.sshsig), the format `ssh-keygen -Y sign` writes: parse the armored
 * blocks, parse each blob strictly (magic, version 1, empty reserved field, no trailing bytes,
 * algorithm consistent with the key), and verify it over a message with node:crypto alone, over
 * the same signed data as OpenSSH's sshsig_wrap_verify.
 */



const MAGIC = Buffer.from('SSHSIG', 'latin1');
const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';
/** A signature blob is a few hundred bytes (RSA 16384: ~4 KiB); anything far larger is not one. */
const MAX_BLOB_BYTES = 16 * 1024;
/** More signatures than this in one `.sig` file is not a sign-off, it is noise (and search cost). */
const MAX_SIGNATURE_BLOCKS = 64;
/**
 * The largest `.sig` file worth reading: MAX_SIGNATURE_BLOCKS blocks of the largest blob, armored
 * (~22 KiB each), with room for CRLF and blank lines. Checked before the file is read.
 */
const MAX_SIGNATURE_FILE_BYTES = MAX_SIGNATURE_BLOCKS * 32 * 1024;
/** Base64 characters of the largest blob: a longer block is refused before it is decoded. */
const MAX_BLOCK_BASE64 = Math.ceil(MAX_BLOB_BYTES / 3) * 4;
/** Text outside armored blocks in a `.sig` file: the file is corrupt, not merely unsigned. */
class ArmorError extends wire/* SshFormatError */.wJ {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'ArmorError';
    }
}
/**
 * Split a `.sig` file into its armored blocks. Blank lines between blocks are fine; any other text
 * outside a block, a block without its END line, or more than MAX_SIGNATURE_BLOCKS blocks throws
 * ArmorError. The whole file's structure, block count and block sizes are checked before any
 * block is decoded, so a huge file of copies costs a line scan, not a decode or a verification
 * per copy. A block whose content is not base64 is returned with `error`, so one damaged signature
 * does not hide the others.
 */
function splitArmoredBlocks(text) {
    return scanArmor(text).map(({ line, base64 }) => {
        if (base64.length > MAX_BLOCK_BASE64) {
            return { line, error: 'signature block is too large to be an SSH signature' };
        }
        try {
            return { line, blob: (0,keys/* decodeBase64Strict */.Fm)(base64, 'signature') };
        }
        catch (error) {
            return { line, error: error.message };
        }
    });
}
/** The armor's structure alone: each block's line and its base64 text, nothing decoded. */
function scanArmor(text) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        if (line !== BEGIN)
            throw new ArmorError(`unexpected text outside an "${BEGIN}" block`, i + 1);
        if (blocks.length === MAX_SIGNATURE_BLOCKS) {
            throw new ArmorError(`more than ${MAX_SIGNATURE_BLOCKS} signature blocks (one per signer is expected)`, i + 1);
        }
        const start = i;
        const body = [];
        let length = 0;
        for (i++; i < lines.length && lines[i].trim() !== END; i++) {
            const content = lines[i].trim();
            if (content === BEGIN)
                throw new ArmorError('signature block has no END line', start + 1);
            // Keep at most one character past the limit: enough to refuse the block, no more.
            if (length <= MAX_BLOCK_BASE64)
                body.push(content);
            length += content.length;
        }
        if (i >= lines.length)
            throw new ArmorError('signature block has no END line', start + 1);
        blocks.push({ line: start + 1, base64: body.join('') });
    }
    return blocks;
}
/** The armored form ssh-keygen writes (base64 wrapped at 70 columns). */
function armor(blob) {
    const base64 = blob.toString('base64');
    const lines = base64.match(/.{1,70}/g) ?? [];
    return `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
}
/** Parse one SSHSIG blob. Throws SshFormatError naming what is wrong. */
function parseSshsig(blob) {
    if (blob.length > MAX_BLOB_BYTES)
        throw new wire/* SshFormatError */.wJ('signature blob is too large');
    const reader = new wire/* WireReader */.ZT(blob);
    if (!reader.raw(MAGIC.length, 'magic').equals(MAGIC))
        throw new wire/* SshFormatError */.wJ('not an SSHSIG blob (bad magic)');
    const version = reader.uint32('version');
    if (version !== 1)
        throw new wire/* SshFormatError */.wJ(`SSHSIG version ${version} is not supported (only 1)`);
    const keyBlob = reader.string('public key');
    const namespace = reader.text('namespace');
    const reserved = reader.string('reserved field');
    const hashName = reader.text('hash algorithm');
    const signatureBlob = reader.string('signature');
    reader.end('the signature');
    if (namespace === '')
        throw new wire/* SshFormatError */.wJ('namespace is empty');
    // OpenSSH writes the reserved field empty and verifies over an empty one whatever the blob holds;
    // content there was put by something other than ssh-keygen, so it is refused (fail closed).
    if (reserved.length !== 0)
        throw new wire/* SshFormatError */.wJ('reserved field is not empty (ssh-keygen writes it empty)');
    if (hashName !== 'sha256' && hashName !== 'sha512') {
        throw new wire/* SshFormatError */.wJ(`hash algorithm ${hashName} is not allowed (sha256 or sha512)`);
    }
    let publicKey;
    try {
        publicKey = (0,keys/* parsePublicKeyBlob */.jQ)(keyBlob);
    }
    catch (error) {
        throw new wire/* SshFormatError */.wJ(`signing key ${(0,keys/* fingerprintOfBlob */.R_)(keyBlob)}: ${error.message}`);
    }
    const { algorithm, signature } = parseSignatureBlob(signatureBlob, publicKey);
    return {
        publicKey,
        namespace,
        hashAlgorithm: hashName,
        signatureAlgorithm: algorithm,
        signature,
    };
}
function parseSignatureBlob(blob, key) {
    const reader = new wire/* WireReader */.ZT(blob);
    const algorithm = reader.text('signature algorithm');
    const bytes = reader.string('signature bytes');
    reader.end('the signature bytes');
    if (key.type === 'ssh-ed25519') {
        if (algorithm !== 'ssh-ed25519')
            throw new wire/* SshFormatError */.wJ(`${algorithm} signature from an ed25519 key`);
        if (bytes.length !== 64)
            throw new wire/* SshFormatError */.wJ('ed25519 signature is not 64 bytes');
        return { algorithm, signature: Buffer.from(bytes) };
    }
    if (key.type === 'ssh-rsa') {
        if (algorithm === 'ssh-rsa')
            throw new wire/* SshFormatError */.wJ('ssh-rsa (SHA-1) signatures are refused; use rsa-sha2-512');
        if (algorithm !== 'rsa-sha2-256' && algorithm !== 'rsa-sha2-512') {
            throw new wire/* SshFormatError */.wJ(`${algorithm} signature from an RSA key`);
        }
        const modulusBytes = Math.ceil(key.bits / 8);
        if (bytes.length === 0 || bytes.length > modulusBytes)
            throw new wire/* SshFormatError */.wJ('RSA signature length does not fit the key');
        // OpenSSH left-pads a short signature to the modulus size; OpenSSL wants it padded.
        const padded = Buffer.alloc(modulusBytes);
        bytes.copy(padded, modulusBytes - bytes.length);
        return { algorithm, signature: padded };
    }
    const curve = keys/* CURVES */.H1[key.type];
    if (algorithm !== key.type)
        throw new wire/* SshFormatError */.wJ(`${algorithm} signature from an ${key.type} key`);
    const inner = new wire/* WireReader */.ZT(bytes);
    const r = inner.mpintPositive('ECDSA r');
    const s = inner.mpintPositive('ECDSA s');
    inner.end('the ECDSA signature');
    if (r.length === 0 ||
        s.length === 0 ||
        r.length > curve.fieldBytes ||
        s.length > curve.fieldBytes) {
        throw new wire/* SshFormatError */.wJ('ECDSA signature values are out of range');
    }
    const signature = Buffer.alloc(curve.fieldBytes * 2);
    r.copy(signature, curve.fieldBytes - r.length);
    s.copy(signature, curve.fieldBytes * 2 - s.length);
    return { algorithm, signature };
}
/**
 * The bytes an SSHSIG signature covers: magic, namespace, an empty reserved string, hash name,
 * H(message). The reserved string is always empty here, as in OpenSSH's sshsig_wrap_verify, never
 * taken from the blob: what verifies here is what `ssh-keygen -Y verify` verifies.
 */
function signedData(sig, message) {
    const digest = (0,external_node_crypto_.createHash)(sig.hashAlgorithm).update(message).digest();
    return Buffer.concat([
        MAGIC,
        (0,wire/* sshString */._G)(sig.namespace),
        (0,wire/* sshString */._G)(''),
        (0,wire/* sshString */._G)(sig.hashAlgorithm),
        (0,wire/* sshString */._G)(digest),
    ]);
}
/**
 * Verify a parsed signature over `message` for `namespace`. Returns undefined when it holds, else
 * the reason it does not. The namespace is pinned: a signature made for git commits or files never
 * counts as an exception approval.
 */
function verifySshsig(sig, message, namespace) {
    if (sig.namespace !== namespace) {
        return `signed for namespace "${sig.namespace}", not "${namespace}"`;
    }
    const data = signedData(sig, message);
    const key = sig.publicKey;
    let ok;
    try {
        if (key.type === 'ssh-ed25519') {
            ok = (0,external_node_crypto_.verify)(null, data, key.key, sig.signature);
        }
        else if (key.type === 'ssh-rsa') {
            const hash = sig.signatureAlgorithm === 'rsa-sha2-256' ? 'sha256' : 'sha512';
            ok = (0,external_node_crypto_.verify)(hash, data, { key: key.key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, sig.signature);
        }
        else {
            ok = (0,external_node_crypto_.verify)(keys/* CURVES */.H1[key.type].hash, data, { key: key.key, dsaEncoding: 'ieee-p1363' }, sig.signature);
        }
    }
    catch {
        ok = false;
    }
    return ok
        ? undefined
        : 'signature does not match the file bytes (changed after signing, or signed a different file)';
}
/** Parse and verify every armored block of a `.sig` file over `message` (ArmorError on stray text). */
function verifyArmoredSignatures(text, message, namespace) {
    return splitArmoredBlocks(text).map((block) => {
        if (!block.blob)
            return { line: block.line, error: block.error ?? 'unreadable signature block' };
        let signature;
        try {
            signature = parseSshsig(block.blob);
        }
        catch (error) {
            return { line: block.line, error: error.message };
        }
        const error = verifySshsig(signature, message, namespace);
        return error ? { line: block.line, signature, error } : { line: block.line, signature };
    });
}

;// CONCATENATED MODULE: ./src/sshsig/allowed-signers.ts
/**
 * allowed_signers, the file git (`gpg.ssh.allowedSignersFile`) and `ssh-keygen -Y verify` read:
 * `principals [options] keytype base64 [comment]`. Parsed as OpenSSH's sshsig.c parses it —
 * principals are a pattern-list (`*`, `?`, `!`), options are `cert-authority`, `namespaces="…"`,
 * `valid-after="…"`, `valid-before="…"` (quoted, keywords case-insensitive) — but stricter in one
 * way: any malformed line fails the whole file, where OpenSSH skips lines whose principals don't
 * match. A gate should not depend on which line a lookup happens to reach.
 */


class AllowedSignersError extends wire/* SshFormatError */.wJ {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'AllowedSignersError';
    }
}
/** Parse the whole file; throws AllowedSignersError (with its line) on the first malformed line. */
function parseAllowedSigners(text) {
    const out = [];
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const raw = lines[index].replace(/\r$/, '');
        const body = raw.replace(/^[ \t]+/, '');
        if (body === '' || body.startsWith('#'))
            continue;
        try {
            out.push(parseLine(body, index + 1));
        }
        catch (error) {
            throw new AllowedSignersError(error.message, index + 1);
        }
    }
    return out;
}
function parseLine(body, line) {
    const { token: principals, rest: afterPrincipals } = takePrincipals(body);
    if (principals === '')
        throw new wire/* SshFormatError */.wJ('empty principals');
    let rest = afterPrincipals;
    let options = '';
    if (!startsWithKey(rest)) {
        const end = endOfOptions(rest);
        options = rest.slice(0, end);
        rest = rest.slice(end).replace(/^[ \t]+/, '');
        if (rest === '')
            throw new wire/* SshFormatError */.wJ('missing key');
    }
    const parsed = parseOptions(options);
    let key;
    try {
        key = (0,keys/* parsePublicKeyText */.nc)(rest);
    }
    catch (error) {
        throw new wire/* SshFormatError */.wJ(`invalid key: ${error.message}`);
    }
    const unsupported = (0,keys/* unsupportedKeyReason */.JL)(key.type);
    return {
        line,
        principals,
        ...parsed,
        keyType: key.type,
        keyBlob: key.blob,
        fingerprint: (0,keys/* fingerprintOfBlob */.R_)(key.blob),
        ...(unsupported ? { unsupported } : {}),
    };
}
function takePrincipals(body) {
    if (body.startsWith('"')) {
        const close = body.indexOf('"', 1);
        if (close < 0)
            throw new wire/* SshFormatError */.wJ('principals: missing end quote');
        return { token: body.slice(1, close), rest: body.slice(close + 1).replace(/^[ \t]+/, '') };
    }
    const match = /^([^ \t"]+)(?:[ \t]+|$)/.exec(body);
    if (!match)
        throw new wire/* SshFormatError */.wJ('principals: unexpected quote');
    return { token: match[1], rest: body.slice(match[0].length) };
}
/**
 * True when the text at hand is `keytype base64…` rather than options: every SSH key type begins
 * `ssh-`, `ecdsa-` or `sk-`, and no option does.
 */
function startsWithKey(rest) {
    return /^(ssh|ecdsa|sk)-/.test(rest);
}
/** Options end at the first space or tab outside double quotes. */
function endOfOptions(rest) {
    let quoted = false;
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === '\\' && quoted && rest[i + 1] === '"')
            i++;
        else if (c === '"')
            quoted = !quoted;
        else if (!quoted && (c === ' ' || c === '\t'))
            return i;
    }
    if (quoted)
        throw new wire/* SshFormatError */.wJ('options: missing end quote');
    return rest.length;
}
function parseOptions(options) {
    const out = { certAuthority: false };
    let at = 0;
    const startsWithWord = (word) => options.slice(at, at + word.length).toLowerCase() === word;
    while (at < options.length) {
        if (startsWithWord('cert-authority')) {
            out.certAuthority = true;
            at += 'cert-authority'.length;
        }
        else {
            const name = ['namespaces', 'valid-after', 'valid-before'].find((word) => startsWithWord(`${word}=`));
            if (!name)
                throw new wire/* SshFormatError */.wJ(`unsupported option at "${options.slice(at, at + 20)}"`);
            at += name.length + 1;
            const { value, next } = dequote(options, at, name);
            at = next;
            if (name === 'namespaces') {
                if (out.namespaces !== undefined)
                    throw new wire/* SshFormatError */.wJ('multiple "namespaces" clauses');
                out.namespaces = value;
            }
            else {
                const field = name === 'valid-after' ? 'validAfter' : 'validBefore';
                if (out[field] !== undefined)
                    throw new wire/* SshFormatError */.wJ(`multiple "${name}" clauses`);
                const seconds = parseSshTime(value);
                if (seconds === undefined || seconds <= 0)
                    throw new wire/* SshFormatError */.wJ(`invalid "${name}" time "${value}"`);
                out[field] = seconds;
            }
        }
        if (at >= options.length)
            break;
        if (options[at] !== ',')
            throw new wire/* SshFormatError */.wJ('unknown key option');
        at++;
        if (at >= options.length)
            throw new wire/* SshFormatError */.wJ('unexpected end-of-options');
    }
    if (out.validAfter !== undefined &&
        out.validBefore !== undefined &&
        out.validBefore <= out.validAfter) {
        throw new wire/* SshFormatError */.wJ('"valid-before" time is before "valid-after"');
    }
    return out;
}
function dequote(options, at, name) {
    if (options[at] !== '"')
        throw new wire/* SshFormatError */.wJ(`${name}: missing start quote (write ${name}="…")`);
    let value = '';
    let i = at + 1;
    for (; i < options.length && options[i] !== '"'; i++) {
        if (options[i] === '\\' && options[i + 1] === '"')
            i++;
        value += options[i];
    }
    if (i >= options.length)
        throw new wire/* SshFormatError */.wJ(`${name}: missing end quote`);
    return { value, next: i + 1 };
}
/**
 * `YYYYMMDD[Z]`, `YYYYMMDDHHMM[Z]` or `YYYYMMDDHHMMSS[Z]` (also `UTC` suffix) to epoch seconds, as
 * OpenSSH's parse_absolute_time reads it: UTC with the suffix, local time without. Impossible
 * calendar values are refused instead of being rolled over.
 */
function parseSshTime(value) {
    let text = value;
    let utc = false;
    if (/z$/i.test(text) && text.length > 1) {
        utc = true;
        text = text.slice(0, -1);
    }
    else if (/utc$/i.test(text) && text.length > 3) {
        utc = true;
        text = text.slice(0, -3);
    }
    if (!/^\d+$/.test(text) || ![8, 12, 14].includes(text.length))
        return undefined;
    const part = (from, to) => text.length >= to ? Number(text.slice(from, to)) : 0;
    const [year, month, day, hour, minute, second] = [
        part(0, 4),
        part(4, 6),
        part(6, 8),
        part(8, 10),
        part(10, 12),
        part(12, 14),
    ];
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return undefined;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth)
        return undefined;
    const millis = utc
        ? Date.UTC(year, month - 1, day, hour, minute, second)
        : new Date(year, month - 1, day, hour, minute, second).getTime();
    return Math.floor(millis / 1000);
}
/** OpenSSH's match_pattern: `*` any run of characters, `?` exactly one; case-sensitive. */
function matchPattern(text, pattern) {
    // Iterative glob match with single-star backtracking: linear-ish, no regex from user input.
    let t = 0;
    let p = 0;
    let starP = -1;
    let starT = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
            t++;
            p++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starT = t;
        }
        else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/**
 * OpenSSH's match_pattern_list: 1 when some positive pattern matches and no negated (`!`) one does,
 * -1 when a negated pattern matches, 0 otherwise.
 */
function matchPatternList(text, list) {
    let positive = false;
    for (const raw of list.split(',')) {
        const negated = raw.startsWith('!');
        const pattern = negated ? raw.slice(1) : raw;
        if (pattern.length >= 1023)
            return 0;
        if (matchPattern(text, pattern)) {
            if (negated)
                return -1;
            positive = true;
        }
    }
    return positive ? 1 : 0;
}
/**
 * May the key with this blob sign for `principal` in `namespace` at `when`? Mirrors
 * `ssh-keygen -Y verify -I principal -n namespace -Overify-time=when`: the first line listing the
 * principal and the byte-equal key whose options allow it wins.
 */
function authorize(signers, keyBlob, principal, namespace, when) {
    const seconds = Math.floor(when.getTime() / 1000);
    let refusal;
    let listedFor = [];
    for (const entry of signers) {
        if (entry.certAuthority || !entry.keyBlob.equals(keyBlob))
            continue;
        if (matchPatternList(principal, entry.principals) !== 1) {
            listedFor.push(`"${entry.principals}" (line ${entry.line})`);
            continue;
        }
        if (entry.namespaces !== undefined && matchPatternList(namespace, entry.namespaces) !== 1) {
            refusal ??= `line ${entry.line} allows namespaces "${entry.namespaces}", not "${namespace}"`;
            continue;
        }
        if (entry.validAfter !== undefined && seconds < entry.validAfter) {
            refusal ??= `line ${entry.line}: key not valid before ${isoSeconds(entry.validAfter)} (checked at ${isoSeconds(seconds)})`;
            continue;
        }
        if (entry.validBefore !== undefined && seconds > entry.validBefore) {
            refusal ??= `line ${entry.line}: key expired at ${isoSeconds(entry.validBefore)} (valid-before; checked at ${isoSeconds(seconds)})`;
            continue;
        }
        return { ok: true, line: entry.line };
    }
    if (refusal)
        return { ok: false, reason: refusal };
    listedFor = [...new Set(listedFor)];
    if (listedFor.length > 0)
        return { ok: false, reason: `key is listed for ${listedFor.join(', ')}, not for ${principal}` };
    return { ok: false, reason: `key ${(0,keys/* fingerprintOfBlob */.R_)(keyBlob)} is not in allowed_signers` };
}
function isoSeconds(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

;// CONCATENATED MODULE: ./src/sshsig/index.ts
/** SSH signatures (SSHSIG) and allowed_signers, verified offline with node:crypto only. */






/***/ }),

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ decodeBase64Strict),
/* harmony export */   H1: () => (/* binding */ CURVES),
/* harmony export */   JL: () => (/* binding */ unsupportedKeyReason),
/* harmony export */   R_: () => (/* binding */ fingerprintOfBlob),
/* harmony export */   jQ: () => (/* binding */ parsePublicKeyBlob),
/* harmony export */   nc: () => (/* binding */ parsePublicKeyText)
/* harmony export */ });
/* unused harmony exports SUPPORTED_KEY_TYPES, MIN_RSA_BITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/**
 * SSH public keys (wire blobs and `type base64 [comment]` text) turned into Node KeyObjects via
 * JWK, with no dependency: ed25519, ECDSA P-256/384/521 and RSA. FIDO (`sk-*`) keys and
 * certificates are recognised and refused with a reason, since their signatures are computed
 * over different data that pipeguard does not verify.
 */


const SUPPORTED_KEY_TYPES = [
    'ssh-ed25519',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'ssh-rsa',
];
/** RSA keys below this are refused (OpenSSH's own floor is 1024; NIST retired < 2048 in 2013). */
const MIN_RSA_BITS = 2048;
const CURVES = {
    'ecdsa-sha2-nistp256': { name: 'nistp256', jwk: 'P-256', fieldBytes: 32, hash: 'sha256' },
    'ecdsa-sha2-nistp384': { name: 'nistp384', jwk: 'P-384', fieldBytes: 48, hash: 'sha384' },
    'ecdsa-sha2-nistp521': { name: 'nistp521', jwk: 'P-521', fieldBytes: 66, hash: 'sha512' },
};
function fingerprintOfBlob(blob) {
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
/** Why a key type that parses as SSH is still refused, or undefined when it is supported. */
function unsupportedKeyReason(type) {
    if (SUPPORTED_KEY_TYPES.includes(type))
        return undefined;
    if (type.startsWith('sk-')) {
        return `FIDO security-key type ${type} is not supported (its signatures cover different data); sign with an ed25519, ECDSA or RSA key`;
    }
    if (type.includes('-cert-v0')) {
        return `certificate type ${type} is not supported; list the signer's plain public key in allowed_signers`;
    }
    if (type === 'ssh-dss')
        return 'DSA keys are not supported (removed from OpenSSH)';
    return `unknown key type ${JSON.stringify(type.slice(0, 60))}`;
}
/** Parse an SSH public key wire blob. Throws SshFormatError with the reason on anything else. */
function parsePublicKeyBlob(blob) {
    const reader = new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .WireReader */ .ZT(blob);
    const type = reader.text('key type');
    const refused = unsupportedKeyReason(type);
    if (refused)
        throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(refused);
    let key;
    let bits;
    let label;
    const b64u = (bytes) => bytes.toString('base64url');
    if (type === 'ssh-ed25519') {
        const point = reader.string('ed25519 public key');
        if (point.length !== 32)
            throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ('ed25519 public key is not 32 bytes');
        reader.end('the ed25519 key');
        key = importJwk({ kty: 'OKP', crv: 'Ed25519', x: b64u(point) });
        bits = 256;
        label = 'ED25519';
    }
    else if (type === 'ssh-rsa') {
        const e = reader.mpintPositive('RSA exponent');
        const n = reader.mpintPositive('RSA modulus');
        reader.end('the RSA key');
        if (e.length === 0 || n.length === 0)
            throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ('RSA key has an empty exponent or modulus');
        bits = bitLength(n);
        if (bits < MIN_RSA_BITS)
            throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`RSA key of ${bits} bits is below the ${MIN_RSA_BITS}-bit minimum`);
        if (bits > 16384)
            throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`RSA key of ${bits} bits is larger than OpenSSH accepts`);
        key = importJwk({ kty: 'RSA', n: b64u(n), e: b64u(e) });
        label = 'RSA';
    }
    else {
        const curve = CURVES[type];
        const curveName = reader.text('curve name');
        if (curveName !== curve.name)
            throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`key type ${type} names curve ${curveName}`);
        const point = reader.string('EC point');
        reader.end('the ECDSA key');
        if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
            throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`EC point is not an uncompressed ${curve.jwk} point`);
        }
        const x = point.subarray(1, 1 + curve.fieldBytes);
        const y = point.subarray(1 + curve.fieldBytes);
        // createPublicKey checks the point lies on the curve.
        key = importJwk({ kty: 'EC', crv: curve.jwk, x: b64u(x), y: b64u(y) });
        bits = curve.fieldBytes === 66 ? 521 : curve.fieldBytes * 8;
        label = 'ECDSA';
    }
    return {
        type: type,
        blob,
        key,
        fingerprint: fingerprintOfBlob(blob),
        label,
        bits,
    };
}
function importJwk(jwk) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: jwk, format: 'jwk' });
    }
    catch (error) {
        throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`public key rejected by the crypto library (${error.message})`);
    }
}
function bitLength(magnitude) {
    if (magnitude.length === 0)
        return 0;
    return (magnitude.length - 1) * 8 + (32 - Math.clz32(magnitude[0]));
}
/** Strict standard base64 (padding only at the end), as OpenSSH's decoder accepts it. */
function decodeBase64Strict(text, what) {
    if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
        throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`${what} is not valid base64`);
    }
    const bytes = Buffer.from(text, 'base64');
    if (bytes.toString('base64') !== text)
        throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`${what} is not canonical base64`);
    return bytes;
}
/** `type base64 [comment]` as in `id_ed25519.pub`; the written type must match the blob's. */
function parsePublicKeyText(text) {
    const match = /^\s*(\S+)\s+(\S+)(?:\s+(.*))?$/s.exec(text.trim());
    if (!match)
        throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ('expected "<key type> <base64 key> [comment]"');
    const type = match[1];
    const blob = decodeBase64Strict(match[2], 'key');
    const inner = new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .WireReader */ .ZT(blob).text('key type');
    if (inner !== type)
        throw new _wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshFormatError */ .wJ(`key says ${type} but its data is ${inner}`);
    return { type, blob, comment: (match[3] ?? '').trim() };
}


/***/ }),

/***/ 7370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ WireReader),
/* harmony export */   _G: () => (/* binding */ sshString),
/* harmony export */   wJ: () => (/* binding */ SshFormatError)
/* harmony export */ });
/**
 * The SSH wire encoding (RFC 4251 §5): uint32, length-prefixed strings and mpints. The reader is
 * bounded by the buffer it was given and throws SshFormatError on any overrun, so hostile input can
 * fail a parse but never read past its end or allocate more than it holds.
 */
class SshFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SshFormatError';
    }
}
class WireReader {
    buffer;
    offset = 0;
    constructor(buffer) {
        this.buffer = buffer;
    }
    get remaining() {
        return this.buffer.length - this.offset;
    }
    uint32(what) {
        if (this.remaining < 4)
            throw new SshFormatError(`truncated ${what}`);
        const value = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return value;
    }
    raw(length, what) {
        if (this.remaining < length)
            throw new SshFormatError(`truncated ${what}`);
        const out = this.buffer.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    /** A length-prefixed byte string. */
    string(what) {
        const length = this.uint32(what);
        return this.raw(length, what);
    }
    /** A length-prefixed string that must be printable ASCII (algorithm and namespace names). */
    text(what) {
        const bytes = this.string(what);
        for (const byte of bytes) {
            if (byte < 0x20 || byte > 0x7e)
                throw new SshFormatError(`${what} is not printable ASCII`);
        }
        return bytes.toString('latin1');
    }
    /**
     * A non-negative mpint as its unsigned big-endian magnitude (leading zero bytes removed).
     * Negative values and non-minimal encodings are refused, as OpenSSH refuses them.
     */
    mpintPositive(what) {
        const bytes = this.string(what);
        if (bytes.length === 0)
            return bytes;
        if ((bytes[0] & 0x80) !== 0)
            throw new SshFormatError(`${what} is negative`);
        if (bytes[0] === 0 && (bytes.length === 1 || (bytes[1] & 0x80) === 0)) {
            throw new SshFormatError(`${what} has a needless leading zero`);
        }
        return bytes[0] === 0 ? bytes.subarray(1) : bytes;
    }
    /** Refuse trailing bytes: a signature or key blob must be exactly what it claims. */
    end(what) {
        if (this.remaining !== 0)
            throw new SshFormatError(`${this.remaining} trailing byte(s) after ${what}`);
    }
}
/** `string` in wire encoding: uint32 length then the bytes. */
function sshString(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
}


/***/ })

};
