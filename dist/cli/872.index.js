export const id = 872;
export const ids = [872];
export const modules = {

/***/ 3872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalGateCheck: () => (/* binding */ evalGateCheck),
  gateParams: () => (/* binding */ gateParams)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/checks/eval-gate/config.ts
var config = __webpack_require__(4228);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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





// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/checks/eval-gate/inputs.ts
var inputs = __webpack_require__(1827);
;// CONCATENATED MODULE: ./src/checks/eval-gate/signature-approvals.ts
/**
 * Approval by SSH signatures: `<exception>.sig` holds one armored SSHSIG block per signer, each
 * over the exact exception bytes in namespace `pipeguard-exception`. A signature counts for a
 * role when it verifies, and allowed_signers lets its key sign for one of the role's principals
 * (namespace and validity window checked against the CI clock). Roles are then matched to
 * signatures so that no signature, principal or key satisfies two roles.
 */






const EXCEPTION_NAMESPACE = 'pipeguard-exception';
function sigFileOf(exceptionFile) {
    return `${exceptionFile}.sig`;
}
async function loadAllowedSigners(ctx) {
    const configured = (0,config/* evalGateSection */.p1)(ctx.config)['allowed-signers'] ?? config/* DEFAULTS */.zY.allowedSigners;
    const input = await (0,inputs/* readRecorded */.HH)(ctx, configured, 'allowed_signers file');
    try {
        return { file: input.name, signers: parseAllowedSigners((0,inputs/* utf8 */.As)(input)) };
    }
    catch (error) {
        if (error instanceof AllowedSignersError)
            throw new errors/* InputError */.dz(error.message, input.name, error.line, 1);
        throw error;
    }
}
async function checkSignatures(request, ctx) {
    const sigFile = sigFileOf(request.exceptionFile);
    const roles = (0,config/* rolesOf */.R7)(ctx.config);
    const unsatisfied = (role, reason) => ({
        role,
        satisfied: false,
        via: 'signature',
        reason,
    });
    if (!(0,external_node_fs_.existsSync)((0,fs/* resolveInsideRoot */.Pk)(ctx.root, sigFile))) {
        const { file } = await loadAllowedSigners(ctx);
        return {
            sigFile,
            allowedSignersFile: file,
            signatures: [],
            verdicts: request.roles.map((role) => unsatisfied(role, `no signatures: ${sigFile} does not exist`)),
        };
    }
    const sigInput = await (0,inputs/* readRecorded */.HH)(ctx, sigFile, 'signature file', MAX_SIGNATURE_FILE_BYTES);
    const { file: allowedSignersFile, signers } = await loadAllowedSigners(ctx);
    let blocks;
    try {
        // Block count and sizes are checked before any decoding or cryptography.
        blocks = verifyArmoredSignatures((0,inputs/* utf8 */.As)(sigInput), request.exceptionBytes, EXCEPTION_NAMESPACE);
    }
    catch (error) {
        if (error instanceof ArmorError)
            throw new errors/* InputError */.dz(error.message, sigInput.name, error.line, 1);
        throw error;
    }
    const explanations = blocks.map((block) => {
        const key = block.signature?.publicKey;
        const explanation = {
            line: block.line,
            ...(key ? { fingerprint: key.fingerprint, keyType: key.label } : {}),
            verified: !block.error,
            allowedFor: [],
            reasons: [],
        };
        if (block.error || !key) {
            explanation.reasons.push(block.error ?? 'unreadable');
            return explanation;
        }
        for (const role of request.roles) {
            const principals = roles[role]?.principals ?? [];
            for (const principal of principals) {
                const verdict = authorize(signers, key.blob, principal, EXCEPTION_NAMESPACE, ctx.now);
                if (verdict.ok)
                    explanation.allowedFor.push({ role, principal, allowedSignersLine: verdict.line });
                else
                    explanation.reasons.push(`${role} as ${principal}: ${verdict.reason}`);
            }
        }
        if (explanation.allowedFor.length === 0 && explanation.reasons.length === 0) {
            explanation.reasons.push('no required role lists any principal');
        }
        return explanation;
    });
    const assignment = assignDistinct(request.roles, explanations);
    const verdicts = request.roles.map((role) => {
        const chosen = assignment.get(role);
        if (chosen) {
            const sig = explanations[chosen.index];
            sig.countedFor = { role, principal: chosen.principal };
            return {
                role,
                satisfied: true,
                by: chosen.principal,
                via: 'signature',
                reason: `signed by ${chosen.principal} with ${sig.keyType} key ${sig.fingerprint} (${sigFile}:${sig.line})`,
            };
        }
        const principals = roles[role]?.principals ?? [];
        if (principals.length === 0)
            return unsatisfied(role, `role ${role} lists no principals in .pipeguard.yml eval-gate.roles`);
        if (explanations.some((e) => e.allowedFor.some((a) => a.role === role))) {
            return unsatisfied(role, `the only valid signatures by ${role} principals already count for another role; each role needs a distinct signer (principal and key)`);
        }
        const why = explanations.map((e) => `${sigFile}:${e.line}: ${e.reasons.find((r) => r.startsWith(`${role} as `)) ?? e.reasons[0] ?? 'not allowed for this role'}`);
        return unsatisfied(role, why.length
            ? `no valid signature by ${principals.join(' or ')} (${why.join('; ')})`
            : `no signature by ${principals.join(' or ')}`);
    });
    return { sigFile, allowedSignersFile, signatures: explanations, verdicts };
}
/**
 * Match roles to signatures so that no two roles share a signature, a principal or a key
 * (backtracking; roles and signatures are few). Returns the largest matching found first, in
 * role order, so a full matching wins whenever one exists.
 */
function assignDistinct(roles, signatures) {
    let best = new Map();
    const current = new Map();
    const usedSig = new Set();
    const usedPrincipal = new Set();
    const usedKey = new Set();
    const search = (i) => {
        if (current.size > best.size)
            best = new Map(current);
        if (best.size === roles.length)
            return true;
        if (i >= roles.length)
            return false;
        const role = roles[i];
        for (let s = 0; s < signatures.length; s++) {
            const sig = signatures[s];
            if (usedSig.has(s) || usedKey.has(sig.fingerprint))
                continue;
            for (const allowed of sig.allowedFor) {
                if (allowed.role !== role || usedPrincipal.has(allowed.principal))
                    continue;
                current.set(role, { index: s, principal: allowed.principal });
                usedSig.add(s);
                usedPrincipal.add(allowed.principal);
                usedKey.add(sig.fingerprint);
                if (search(i + 1))
                    return true;
                current.delete(role);
                usedSig.delete(s);
                usedPrincipal.delete(allowed.principal);
                usedKey.delete(sig.fingerprint);
            }
        }
        // Leave this role unsatisfied and try to satisfy the rest.
        return search(i + 1);
    };
    search(0);
    return best;
}
const signatureApprovals = {
    kind: 'signatures',
    async evaluate(request, ctx) {
        return (await checkSignatures(request, ctx)).verdicts;
    },
};

// EXTERNAL MODULE: ./src/github/review-source.ts + 3 modules
var review_source = __webpack_require__(2551);
;// CONCATENATED MODULE: ./src/checks/eval-gate/approval-sources.ts


const APPROVAL_SOURCES = {
    signatures: signatureApprovals,
    reviews: review_source/* reviewApprovals */.DE,
};

;// CONCATENATED MODULE: ./src/checks/eval-gate/approvals.ts
const VIA = {
    signatures: 'signature',
    reviews: 'review',
};
function sourceKindsFor(mode) {
    return mode === 'both' ? ['signatures', 'reviews'] : [mode];
}
async function evaluateApprovals(mode, sources, request, ctx) {
    const verdicts = [];
    for (const kind of sourceKindsFor(mode)) {
        const source = sources[kind];
        const via = VIA[kind];
        if (!source) {
            for (const role of request.roles) {
                verdicts.push({
                    role,
                    satisfied: false,
                    via,
                    reason: `approval by ${kind} is not available in this pipeguard build`,
                });
            }
            continue;
        }
        const given = await source.evaluate(request, ctx);
        for (const role of request.roles) {
            // A source that forgets a role has not approved it.
            const verdict = given.find((v) => v.role === role && v.via === via);
            verdicts.push(verdict ?? { role, satisfied: false, via, reason: `${kind} gave no verdict for this role` });
        }
    }
    const missing = verdicts
        .filter((v) => !v.satisfied)
        .map(({ role, via, reason }) => ({ role, via, reason }));
    return { approved: verdicts.length > 0 && missing.length === 0, verdicts, missing };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/time.ts
var util_time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/checks/eval-gate/thresholds.ts
const SLACK_ULPS = 8 * Number.EPSILON;
function worseBy(direction, value, baseline) {
    return direction === 'higher' ? baseline - value : value - baseline;
}
function evaluateMetric(rule, observed, baseline) {
    const evaluation = {
        metric: rule.name,
        direction: rule.direction,
        outcomes: [],
        problems: [],
        passed: false,
    };
    if (!observed.ok) {
        evaluation.problems.push(observed.problem);
        return evaluation;
    }
    const value = observed.value;
    evaluation.value = value;
    if (rule.min !== undefined) {
        const ok = value >= rule.min;
        evaluation.outcomes.push({
            kind: 'min',
            limit: rule.min,
            ok,
            actual: value,
            excess: rule.min - value,
            text: ok
                ? `${fmt(value)} ≥ min ${fmt(rule.min)}`
                : `${fmt(value)} < min ${fmt(rule.min)} (short by ${fmt(rule.min - value)})`,
        });
    }
    if (rule.max !== undefined) {
        const ok = value <= rule.max;
        evaluation.outcomes.push({
            kind: 'max',
            limit: rule.max,
            ok,
            actual: value,
            excess: value - rule.max,
            text: ok
                ? `${fmt(value)} ≤ max ${fmt(rule.max)}`
                : `${fmt(value)} > max ${fmt(rule.max)} (over by ${fmt(value - rule.max)})`,
        });
    }
    if (rule.max_drop_abs !== undefined || rule.max_drop_rel !== undefined) {
        if (!baseline) {
            evaluation.problems.push('no baseline metrics file was given, but the rule compares against a baseline');
        }
        else if (!baseline.ok) {
            evaluation.problems.push(`baseline ${baseline.problem}`);
        }
        else {
            evaluation.baseline = baseline.value;
            evaluation.outcomes.push(...dropOutcomes(rule, value, baseline.value));
        }
    }
    evaluation.passed = evaluation.problems.length === 0 && evaluation.outcomes.every((o) => o.ok);
    return evaluation;
}
function dropOutcomes(rule, value, base) {
    const out = [];
    const worse = worseBy(rule.direction, value, base);
    const slack = SLACK_ULPS * Math.max(Math.abs(value), Math.abs(base));
    const against = `baseline ${fmt(base)}`;
    if (rule.max_drop_abs !== undefined) {
        const limit = rule.max_drop_abs;
        const ok = worse <= limit + slack;
        out.push({
            kind: 'max_drop_abs',
            limit,
            ok,
            actual: worse,
            excess: worse - limit,
            text: ok
                ? `${dropWord(worse)} ${fmt(Math.abs(worse))} vs ${against} (max drop ${fmt(limit)})`
                : `dropped ${fmt(worse)} vs ${against}, more than max_drop_abs ${fmt(limit)} (by ${fmt(worse - limit)})`,
        });
    }
    if (rule.max_drop_rel !== undefined) {
        const limit = rule.max_drop_rel;
        if (base === 0) {
            const ok = worse <= slack;
            out.push({
                kind: 'max_drop_rel',
                limit,
                ok,
                actual: ok ? 0 : Number.POSITIVE_INFINITY,
                excess: ok ? 0 : worse,
                text: ok
                    ? `no worse than ${against} (relative change undefined at 0)`
                    : `worse than ${against} by ${fmt(worse)}; with a zero baseline any drop fails max_drop_rel`,
            });
        }
        else {
            const allowed = limit * Math.abs(base);
            const ok = worse <= allowed + slack + SLACK_ULPS * allowed;
            const relative = worse / Math.abs(base);
            out.push({
                kind: 'max_drop_rel',
                limit,
                ok,
                actual: relative,
                excess: relative - limit,
                text: ok
                    ? `${dropWord(worse)} ${pct(Math.abs(relative))} vs ${against} (max drop ${pct(limit)})`
                    : `dropped ${pct(relative)} vs ${against}, more than max_drop_rel ${pct(limit)} (by ${pct(relative - limit)})`,
            });
        }
    }
    return out;
}
function dropWord(worse) {
    return worse > 0 ? 'dropped' : worse < 0 ? 'improved' : 'unchanged,';
}
/** Numbers as people read them: up to 6 significant digits, no float noise. */
function fmt(n) {
    if (!Number.isFinite(n))
        return String(n);
    return String(Number(n.toPrecision(6)));
}
function pct(fraction) {
    return `${fmt(fraction * 100)} %`;
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/exceptions.ts
/**
 * Exception files (schemas/eval-exception.v1): loaded from the configured folder, schema-checked
 * (a malformed file is an input error, exit 2), and judged against one gate decision — model and
 * artifact digest, expiry against the CI clock and the policy's cap, roles, and whether each
 * waiver's bound holds the observed value. Approval is judged separately (approvals.ts).
 */







/** At most this many exception files are read: a folder of thousands is not a reviewable set. */
const MAX_EXCEPTION_FILES = 1000;
/** Clock skew tolerated between the machine that wrote `created` and the CI clock. */
const CREATED_SKEW_MS = 5 * 60 * 1000;
/** Every `*.yml` / `*.yaml` under the folder (recursively, hidden entries skipped), sorted. */
async function listExceptionFiles(root, dir) {
    const absolute = (0,fs/* resolveInsideRoot */.Pk)(root, dir);
    const out = [];
    const walk = async (current) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(current, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' && current === absolute)
                return;
            throw new errors/* InputError */.dz(`exceptions folder cannot be read (${code})`, (0,fs/* relativeToRoot */.yY)(root, current));
        }
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && /\.ya?ml$/i.test(entry.name))
                out.push((0,fs/* relativeToRoot */.yY)(root, full));
        }
    };
    await walk(absolute);
    if (out.length > MAX_EXCEPTION_FILES) {
        throw new errors/* InputError */.dz(`more than ${MAX_EXCEPTION_FILES} exception files`, (0,fs/* relativeToRoot */.yY)(root, absolute));
    }
    return out.sort();
}
function parseException(input) {
    const doc = (0,inputs/* parseSingleDocument */.$9)(input, 'exception file', inputs/* EVAL_EXCEPTION_SCHEMA */.$N);
    const exception = doc.value;
    const seen = new Set();
    exception.waivers.forEach((waiver, index) => {
        if (seen.has(waiver.metric)) {
            const at = doc.locate(`/waivers/${index}/metric`);
            throw new errors/* InputError */.dz(`metric ${waiver.metric} is waived twice`, input.name, at.line, at.column);
        }
        seen.add(waiver.metric);
    });
    // The date-time format lets through times no clock shows (hour 24 behind an offset): refused
    // here, so no expiry or cap check ever compares NaN.
    const time = (field) => (0,util_time/* timestampOrInputError */.UB)(exception[field], field, input.name, doc.locate(`/${field}`));
    return { input, doc, exception, times: { created: time('created'), expires: time('expires') } };
}
async function loadExceptions(ctx, files) {
    const loaded = [];
    const ids = new Map();
    for (const file of files) {
        const parsed = parseException(await (0,inputs/* readRecorded */.HH)(ctx, file, 'exception file'));
        const other = ids.get(parsed.exception.id);
        if (other) {
            const at = parsed.doc.locate('/id');
            throw new errors/* InputError */.dz(`exception id ${parsed.exception.id} is also used by ${other}`, parsed.input.name, at.line, at.column);
        }
        ids.set(parsed.exception.id, parsed.input.name);
        loaded.push(parsed);
    }
    return loaded;
}
/** Policy roles (default: every configured role) ∪ the exception's own. */
function rolesRequiredFor(exception, scope) {
    return [
        ...new Set([...(scope.requiredRoles ?? scope.configuredRoles), ...exception.required_roles]),
    ];
}
/** Does the exception name this decision's model and artifact? */
function scopeProblems(file, scope) {
    const { exception, doc } = file;
    const problems = [];
    if (!scope.model) {
        problems.push({
            rule: 'exception-scope',
            message: 'the gate has no model name (--model, eval-gate.model or the policy model), so no exception can apply',
            position: doc.locate('/model'),
        });
    }
    else if (exception.model !== scope.model) {
        problems.push({
            rule: 'exception-scope',
            message: `is for model ${exception.model}, not ${scope.model}`,
            position: doc.locate('/model'),
        });
    }
    if (!scope.digest) {
        problems.push({
            rule: 'exception-scope',
            message: 'the gate has no artifact digest (--manifest, --digest or eval-gate.manifest), so no exception can apply',
            position: doc.locate('/artifact_digest'),
        });
    }
    else if (exception.artifact_digest !== scope.digest) {
        problems.push({
            rule: 'exception-scope',
            message: `is bound to artifact ${exception.artifact_digest}, not this run's ${scope.digest}`,
            position: doc.locate('/artifact_digest'),
        });
    }
    return problems;
}
/** Everything that makes an exception unusable regardless of the run: time, cap, roles, waivers. */
function validityProblems(file, scope) {
    const { exception, doc } = file;
    const problems = [];
    const at = (pointer) => doc.locate(pointer);
    const { created, expires } = file.times;
    const now = scope.now.getTime();
    const capMs = scope.maxDays * 86_400_000;
    if (expires <= now) {
        problems.push({
            rule: 'exception-expired',
            message: `expired at ${exception.expires}`,
            position: at('/expires'),
        });
    }
    if (expires <= created) {
        problems.push({
            rule: 'exception-expiry-cap',
            message: 'expires before it was created',
            position: at('/expires'),
        });
    }
    else if (expires - created > capMs) {
        problems.push({
            rule: 'exception-expiry-cap',
            message: `lives ${days(expires - created)} days (created ${exception.created}, expires ${exception.expires}); the policy allows at most ${scope.maxDays}`,
            position: at('/expires'),
        });
    }
    else if (expires - now > capMs) {
        problems.push({
            rule: 'exception-expiry-cap',
            message: `expires ${days(expires - now)} days from now; the policy allows at most ${scope.maxDays}`,
            position: at('/expires'),
        });
    }
    if (created > now + CREATED_SKEW_MS) {
        problems.push({
            rule: 'exception-not-yet-valid',
            message: `is dated in the future (created ${exception.created})`,
            position: at('/created'),
        });
    }
    const roles = rolesRequiredFor(exception, scope);
    const unknownRoles = roles.filter((r) => !scope.configuredRoles.includes(r));
    if (unknownRoles.length) {
        problems.push({
            rule: 'exception-roles',
            message: `role(s) ${unknownRoles.join(', ')} are not defined in .pipeguard.yml eval-gate.roles, so nobody can approve them`,
            position: at('/required_roles'),
        });
    }
    if (roles.length === 0) {
        problems.push({
            rule: 'exception-roles',
            message: 'no role must approve it: define eval-gate.roles in .pipeguard.yml',
            position: at('/required_roles'),
        });
    }
    if (scope.rules) {
        exception.waivers.forEach((waiver, index) => {
            const rule = scope.rules.find((r) => r.name === waiver.metric);
            if (!rule) {
                problems.push({
                    rule: 'exception-waiver',
                    message: `waives ${waiver.metric}, which the policy does not gate`,
                    position: at(`/waivers/${index}/metric`),
                });
            }
            else if (rule.direction === 'higher' && waiver.min === undefined) {
                problems.push({
                    rule: 'exception-waiver',
                    message: `${waiver.metric} is higher-is-better: its waiver must give the lowest accepted value (min)`,
                    position: at(`/waivers/${index}`),
                });
            }
            else if (rule.direction === 'lower' && waiver.max === undefined) {
                problems.push({
                    rule: 'exception-waiver',
                    message: `${waiver.metric} is lower-is-better: its waiver must give the highest accepted value (max)`,
                    position: at(`/waivers/${index}`),
                });
            }
        });
    }
    return problems;
}
/** Judge one exception against the decision, except for approval. */
function assessException(file, scope, failing) {
    const outOfScope = scopeProblems(file, scope);
    const waivers = [];
    for (const evaluation of failing) {
        const waiver = file.exception.waivers.find((w) => w.metric === evaluation.metric);
        if (waiver)
            waivers.push({ metric: evaluation.metric, ...coverage(waiver, evaluation) });
    }
    return {
        file,
        inScope: outOfScope.length === 0,
        problems: [...outOfScope, ...validityProblems(file, scope)],
        waivers,
        roles: rolesRequiredFor(file.exception, scope),
    };
}
function coverage(waiver, evaluation) {
    if (evaluation.problems.length || evaluation.value === undefined) {
        return { covered: false, reason: `cannot be waived: ${evaluation.problems.join('; ')}` };
    }
    const value = evaluation.value;
    if (evaluation.direction === 'higher' && waiver.min !== undefined) {
        return value >= waiver.min
            ? { covered: true, reason: `${fmt(value)} ≥ waiver min ${fmt(waiver.min)}` }
            : {
                covered: false,
                reason: `observed ${fmt(value)} is below the waiver's min ${fmt(waiver.min)}`,
            };
    }
    if (evaluation.direction === 'lower' && waiver.max !== undefined) {
        return value <= waiver.max
            ? { covered: true, reason: `${fmt(value)} ≤ waiver max ${fmt(waiver.max)}` }
            : {
                covered: false,
                reason: `observed ${fmt(value)} is above the waiver's max ${fmt(waiver.max)}`,
            };
    }
    return { covered: false, reason: 'the waiver bound points the wrong way for this metric' };
}
function days(ms) {
    return fmt(Math.round((ms / 86_400_000) * 10) / 10);
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/xml.ts
/**
 * A small, strict XML element reader: enough for JUnit reports, nothing that could be abused.
 * It checks well-formedness (one root, matching tags, quoted attributes, known entities), skips
 * comments, CDATA and processing instructions, and refuses DOCTYPE outright, so no entity
 * expansion or external fetch can ever happen. Errors carry the line and column.
 */
class XmlError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'XmlError';
    }
}
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function readXml(text, handler) {
    let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const stack = [];
    let sawRoot = false;
    const fail = (message, offset = at) => {
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        throw new XmlError(message, line, offset - before.lastIndexOf('\n'));
    };
    const skipPast = (terminator, what) => {
        const end = text.indexOf(terminator, at);
        if (end < 0)
            fail(`unterminated ${what}`);
        at = end + terminator.length;
    };
    const readName = () => {
        NAME.lastIndex = at;
        const match = NAME.exec(text);
        if (!match)
            return fail('expected a name');
        at += match[0].length;
        return match[0];
    };
    const skipSpace = () => {
        while (at < text.length && ' \t\r\n'.includes(text[at]))
            at++;
    };
    while (at < text.length) {
        const lt = text.indexOf('<', at);
        const textRun = text.slice(at, lt < 0 ? text.length : lt);
        if (stack.length === 0 && textRun.trim() !== '')
            fail('text outside the root element');
        if (/&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)/.test(textRun))
            fail('bare "&" in text', at + textRun.search(/&/));
        if (lt < 0)
            break;
        at = lt;
        if (text.startsWith('<!--', at)) {
            skipPast('-->', 'comment');
        }
        else if (text.startsWith('<![CDATA[', at)) {
            if (stack.length === 0)
                fail('CDATA outside the root element');
            skipPast(']]>', 'CDATA section');
        }
        else if (text.startsWith('<?', at)) {
            skipPast('?>', 'processing instruction');
        }
        else if (text.startsWith('<!', at)) {
            fail('DOCTYPE and other declarations are not allowed in a JUnit report');
        }
        else if (text.startsWith('</', at)) {
            at += 2;
            const name = readName();
            skipSpace();
            if (text[at] !== '>')
                fail('expected ">"');
            at++;
            const open = stack.pop();
            if (open !== name)
                fail(open ? `</${name}> closes <${open}>` : `</${name}> without an open element`, at - 1);
            handler.close(name);
        }
        else {
            at++;
            const name = readName();
            if (stack.length === 0) {
                if (sawRoot)
                    fail('more than one root element');
                sawRoot = true;
            }
            const attributes = {};
            for (;;) {
                const spaced = at < text.length && ' \t\r\n'.includes(text[at]);
                skipSpace();
                if (text.startsWith('/>', at)) {
                    at += 2;
                    handler.open(name, attributes);
                    handler.close(name);
                    break;
                }
                if (text[at] === '>') {
                    at++;
                    stack.push(name);
                    handler.open(name, attributes);
                    break;
                }
                if (at >= text.length)
                    fail(`unterminated <${name}> tag`);
                if (!spaced)
                    fail('expected a space before the attribute');
                const attribute = readName();
                skipSpace();
                if (text[at] !== '=')
                    fail(`attribute ${attribute} has no value`);
                at++;
                skipSpace();
                const quote = text[at];
                if (quote !== '"' && quote !== "'")
                    fail(`attribute ${attribute} is not quoted`);
                const end = text.indexOf(quote, at + 1);
                if (end < 0)
                    fail(`attribute ${attribute} is not closed`);
                const raw = text.slice(at + 1, end);
                if (raw.includes('<'))
                    fail(`"<" in attribute ${attribute}`);
                if (Object.prototype.hasOwnProperty.call(attributes, attribute))
                    fail(`duplicate attribute ${attribute}`);
                attributes[attribute] = decodeEntities(raw, () => fail(`unknown entity in attribute ${attribute}`));
                at = end + 1;
            }
        }
    }
    if (stack.length)
        fail(`<${stack[stack.length - 1]}> is never closed`, text.length);
    if (!sawRoot)
        fail('no root element', text.length);
}
function decodeEntities(raw, unknown) {
    return raw.replace(/&([^;]*);?/g, (whole, body) => {
        if (!whole.endsWith(';'))
            return unknown();
        if (body in ENTITIES)
            return ENTITIES[body];
        const code = /^#x([0-9a-fA-F]{1,6})$/.exec(body)?.[1];
        const dec = /^#([0-9]{1,7})$/.exec(body)?.[1];
        const point = code !== undefined ? parseInt(code, 16) : dec !== undefined ? Number(dec) : NaN;
        if (!Number.isInteger(point) || point > 0x10ffff || point === 0)
            return unknown();
        return String.fromCodePoint(point);
    });
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/junit.ts
/**
 * JUnit XML as a metrics source: pass/fail counts from the report itself. Each <testcase> is
 * counted once, by its worst child (<error> over <failure> over <skipped>); a report without any
 * <testcase> falls back to the tests/failures/errors/skipped attributes of its innermost suites.
 * Zero tests is never a pass: an eval that ran nothing proves nothing.
 */



const JUNIT_FIELDS = (/* unused pure expression or super */ null && ([
    'tests',
    'passed',
    'failures',
    'errors',
    'skipped',
    'pass_rate',
]));
function junitCounts(input) {
    const cases = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const suites = [];
    const suiteStack = [];
    let root;
    let inCase;
    let depthInCase = 0;
    try {
        readXml((0,inputs/* utf8 */.As)(input), {
            open(name, attributes) {
                root ??= name;
                if (inCase) {
                    depthInCase++;
                    // Only direct children of <testcase> decide its outcome (not <rerunFailure> and the like).
                    if (depthInCase === 1) {
                        if (name === 'error')
                            inCase.error = true;
                        else if (name === 'failure')
                            inCase.failure = true;
                        else if (name === 'skipped')
                            inCase.skipped = true;
                    }
                    return;
                }
                if (name === 'testsuite') {
                    const parent = suiteStack[suiteStack.length - 1];
                    if (parent)
                        parent.hasChildSuite = true;
                    const suite = {
                        tests: count(attributes.tests, 'tests'),
                        failures: count(attributes.failures, 'failures'),
                        errors: count(attributes.errors, 'errors'),
                        skipped: count(attributes.skipped ?? attributes.disabled, 'skipped'),
                        hasChildSuite: false,
                    };
                    suites.push(suite);
                    suiteStack.push(suite);
                }
                else if (name === 'testcase') {
                    inCase = { error: false, failure: false, skipped: false };
                    depthInCase = 0;
                }
            },
            close(name) {
                if (inCase) {
                    if (depthInCase > 0) {
                        depthInCase--;
                        return;
                    }
                    cases.tests++;
                    if (inCase.error)
                        cases.errors++;
                    else if (inCase.failure)
                        cases.failures++;
                    else if (inCase.skipped)
                        cases.skipped++;
                    inCase = undefined;
                    return;
                }
                if (name === 'testsuite')
                    suiteStack.pop();
            },
        });
    }
    catch (error) {
        if (error instanceof XmlError)
            throw new errors/* InputError */.dz(`not well-formed XML: ${error.message}`, input.name, error.line, error.column);
        throw error;
    }
    if (root !== 'testsuites' && root !== 'testsuite') {
        throw new errors/* InputError */.dz(`not a JUnit report (root element <${root}>, expected <testsuites> or <testsuite>)`, input.name);
    }
    if (cases.tests === 0) {
        const leaves = suites.filter((s) => !s.hasChildSuite);
        for (const s of leaves) {
            cases.tests += s.tests;
            cases.failures += s.failures;
            cases.errors += s.errors;
            cases.skipped += s.skipped;
        }
        if (cases.failures + cases.errors + cases.skipped > cases.tests) {
            throw new errors/* InputError */.dz('suite attributes count more failures, errors and skips than tests', input.name);
        }
    }
    return { ...cases, passed: cases.tests - cases.failures - cases.errors - cases.skipped };
    function count(value, what) {
        if (value === undefined)
            return 0;
        if (!/^\d{1,9}$/.test(value.trim()))
            throw new errors/* InputError */.dz(`testsuite attribute ${what}="${value}" is not a count`, input.name);
        return Number(value.trim());
    }
}
function sumCounts(all) {
    return all.reduce((sum, c) => ({
        tests: sum.tests + c.tests,
        passed: sum.passed + c.passed,
        failures: sum.failures + c.failures,
        errors: sum.errors + c.errors,
        skipped: sum.skipped + c.skipped,
    }), { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 });
}
/** A JUnit field as a metric. pass_rate = passed / (tests - skipped); errors count against it. */
function junitValue(counts, field) {
    if (field === 'pass_rate') {
        const ran = counts.tests - counts.skipped;
        return ran > 0 ? counts.passed / ran : undefined;
    }
    return counts[field];
}

// EXTERNAL MODULE: ./src/schema/document.ts + 2 modules
var schema_document = __webpack_require__(9675);
;// CONCATENATED MODULE: ./src/checks/eval-gate/metrics.ts
/**
 * Metrics files (JSON or YAML; flat, nested, or lm-evaluation-harness output) and how a policy
 * addresses a value in them: a JSON Pointer (`/results/sst2/acc,none`) or a dotted path
 * (`results.sst2.acc,none`) where each step takes the longest key that fits, so keys holding
 * dots or commas stay addressable. Values must be finite numbers: NaN, "N/A", strings and
 * booleans are refused, never coerced.
 */



function metricsSource(input, what) {
    // JSON (the usual case, often megabytes of lm-eval output, over the documents' size cap) with
    // Python's NaN / Infinity literals read as numbers, so they fail as "not a finite number".
    const doc = /\.json$/i.test(input.name)
        ? (0,schema_document/* parseJson */.qF)((0,inputs/* utf8 */.As)(input), input.name, { nonFinite: true })
        : (0,inputs/* parseSingleDocument */.$9)(input, what);
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        throw new errors/* InputError */.dz(`${what} must be a JSON/YAML object of metrics`, input.name, 1, 1);
    }
    return { input, doc };
}
/** Resolve an address to the JSON Pointer of the value it names, or undefined when nothing fits. */
function resolveAddress(root, address) {
    if (address.startsWith('/')) {
        const segments = (0,schema_document/* decodePointer */.A$)(address);
        let node = root;
        for (const segment of segments) {
            if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, segment))
                return undefined;
            node = node[segment];
        }
        return segments;
    }
    const segments = [];
    let node = root;
    let rest = address;
    while (rest !== '') {
        if (!isContainer(node))
            return undefined;
        const keys = Object.keys(node);
        // Longest key first: `a.b` beats `a` when both could start the remaining path.
        const key = keys
            .filter((k) => rest === k || rest.startsWith(`${k}.`))
            .sort((x, y) => y.length - x.length)[0];
        if (key === undefined)
            return undefined;
        segments.push(key);
        node = node[key];
        rest = rest === key ? '' : rest.slice(key.length + 1);
    }
    return segments;
}
function lookupMetric(source, address) {
    const segments = resolveAddress(source.doc.value, address);
    if (!segments)
        return { ok: false, problem: `not found at \`${address}\`` };
    const pointer = segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    let value = source.doc.value;
    for (const s of segments)
        value = value[s];
    const position = source.doc.locate(pointer);
    if (typeof value !== 'number') {
        return {
            ok: false,
            problem: `\`${address}\` is ${describeNonNumber(value)}, not a number`,
            pointer,
            position,
        };
    }
    if (!Number.isFinite(value)) {
        return {
            ok: false,
            problem: `\`${address}\` is ${String(value)}, not a finite number`,
            pointer,
            position,
        };
    }
    return { ok: true, value, pointer, position };
}
function isContainer(node) {
    return node !== null && typeof node === 'object';
}
function describeNonNumber(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
    return `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/policy.ts

const DEFAULT_MAX_DAYS = 30;
function loadPolicy(input) {
    const doc = (0,inputs/* parseSingleDocument */.$9)(input, 'eval policy', inputs/* EVAL_POLICY_SCHEMA */.k5);
    const value = doc.value;
    return {
        input,
        doc,
        ...(value.model ? { model: value.model } : {}),
        rules: Object.entries(value.metrics).map(([name, rule]) => ({ name, ...rule })),
        maxDays: value.exceptions?.max_days ?? DEFAULT_MAX_DAYS,
        ...(value.exceptions?.required_roles ? { requiredRoles: value.exceptions.required_roles } : {}),
    };
}
/** When --junit is given and the policy names no JUnit rule: every test must pass. */
function defaultJunitRules() {
    return [
        { name: 'junit.failures', junit: 'failures', direction: 'lower', max: 0 },
        { name: 'junit.errors', junit: 'errors', direction: 'lower', max: 0 },
    ];
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/gate.ts
/**
 * The gate decision: metrics against the policy, then exceptions for whatever failed. Blocked when
 * any failing metric is left without a usable exception (in scope, valid, approved by every
 * required role, its waiver bound holding the observed value). Pure apart from reading its inputs
 * (each recorded with its digest) and consulting approval sources.
 */










const ZERO_TESTS = 'junit.tests';
function normalizeDigest(value, label) {
    const hex = value
        .trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(hex))
        throw new errors/* InputError */.dz(`--digest must be sha256:<64 hex digits>; got ${value}`, label);
    return `sha256:${hex}`;
}
async function decide(ctx, params, sources = APPROVAL_SOURCES) {
    const policy = loadPolicy(await (0,inputs/* readRecorded */.HH)(ctx, params.policy, 'eval policy'));
    const model = params.model ?? policy.model;
    const digest = await resolveDigest(ctx, params);
    if (!params.metrics && params.junit.length === 0) {
        throw new errors/* InputError */.dz('nothing to gate: give a metrics file (--metrics / eval-gate.metrics) or a JUnit report (--junit)', policy.input.name);
    }
    const metrics = params.metrics
        ? metricsSource(await (0,inputs/* readRecorded */.HH)(ctx, params.metrics, 'metrics file'), 'metrics file')
        : undefined;
    const baseline = params.baseline
        ? metricsSource(await (0,inputs/* readRecorded */.HH)(ctx, params.baseline, 'baseline metrics file'), 'baseline metrics file')
        : undefined;
    const junitInputs = [];
    for (const file of params.junit)
        junitInputs.push(junitCounts(await (0,inputs/* readRecorded */.HH)(ctx, file, 'JUnit report')));
    const junit = junitInputs.length ? sumCounts(junitInputs) : undefined;
    const rules = [...policy.rules];
    if (junit && !rules.some((r) => r.junit))
        rules.push(...defaultJunitRules());
    const evaluations = rules.map((rule) => evaluateRule(rule, policy, metrics, baseline, junit));
    if (junit && junit.tests === 0) {
        evaluations.push({
            metric: ZERO_TESTS,
            direction: 'higher',
            outcomes: [],
            problems: ['the JUnit report(s) hold zero tests: an eval that ran nothing proves nothing'],
            passed: false,
            source: 'gate',
            file: params.junit[0],
        });
    }
    const failing = evaluations.filter((e) => !e.passed);
    const files = params.exceptionFiles ?? (await listExceptionFiles(ctx.root, params.exceptionsDir));
    const loaded = await loadExceptions(ctx, files);
    const configuredRoles = Object.keys((0,config/* rolesOf */.R7)(ctx.config));
    const scope = {
        ...(model ? { model } : {}),
        ...(digest ? { digest } : {}),
        now: ctx.now,
        maxDays: policy.maxDays,
        ...(policy.requiredRoles ? { requiredRoles: policy.requiredRoles } : {}),
        rules,
        configuredRoles,
    };
    const exceptions = [];
    for (const file of loaded) {
        const assessment = assessException(file, scope, failing);
        const verdict = { ...assessment, covers: [], usable: false };
        const worthApproving = assessment.inScope &&
            assessment.problems.length === 0 &&
            assessment.waivers.some((w) => w.covered);
        if (worthApproving) {
            verdict.approval = await evaluateApprovals(params.approval, sources, {
                exceptionFile: file.input.name,
                exceptionBytes: file.input.bytes,
                exception: file.exception,
                roles: assessment.roles,
            }, ctx);
            verdict.usable = verdict.approval.approved;
        }
        exceptions.push(verdict);
    }
    const coveredBy = {};
    const uncovered = [];
    for (const evaluation of failing) {
        const cover = exceptions.find((e) => e.usable && e.waivers.some((w) => w.metric === evaluation.metric && w.covered));
        if (cover) {
            coveredBy[evaluation.metric] = cover.file.exception.id;
            cover.covers.push(evaluation.metric);
        }
        else {
            uncovered.push(evaluation);
        }
    }
    return {
        params,
        ...(model ? { model } : {}),
        ...(digest ? { digest } : {}),
        time: ctx.now,
        policy,
        rules,
        evaluations,
        ...(junit ? { junit } : {}),
        exceptions,
        coveredBy,
        uncovered,
        blocked: uncovered.length > 0,
        inputs: (0,inputs/* recordedInputs */.KQ)(ctx),
    };
}
async function resolveDigest(ctx, params) {
    const given = params.digest ? normalizeDigest(params.digest, '--digest') : undefined;
    if (!params.manifest)
        return given;
    const manifest = await (0,inputs/* readRecorded */.HH)(ctx, params.manifest, 'checksum manifest');
    const computed = `sha256:${manifest.sha256}`;
    if (given && given !== computed) {
        throw new errors/* InputError */.dz(`--digest ${given} does not match the manifest's sha256 ${computed}`, manifest.name);
    }
    return computed;
}
function evaluateRule(rule, policy, metrics, baseline, junit) {
    const ruleAt = policy.doc.locate(`/metrics/${rule.name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const atRule = { file: policy.input.name, line: ruleAt.line, column: ruleAt.column };
    if (rule.junit) {
        if (!junit) {
            return {
                ...evaluateMetric(rule, {
                    ok: false,
                    problem: 'no JUnit report was given (--junit / eval-gate.junit)',
                }),
                source: 'junit',
                ...atRule,
            };
        }
        const value = junitValue(junit, rule.junit);
        const observed = value === undefined
            ? { ok: false, problem: `JUnit ${rule.junit} is undefined: no test ran` }
            : { ok: true, value };
        return { ...evaluateMetric(rule, observed), source: 'junit', ...atRule };
    }
    const address = rule.path ?? rule.name;
    if (!metrics) {
        return {
            ...evaluateMetric(rule, {
                ok: false,
                problem: 'no metrics file was given (--metrics / eval-gate.metrics)',
            }),
            source: 'metrics',
            ...atRule,
        };
    }
    const found = lookupMetric(metrics, address);
    const observed = found.ok
        ? { ok: true, value: found.value }
        : { ok: false, problem: `${metrics.input.name}: ${found.problem}` };
    let base;
    if (baseline && (rule.max_drop_abs !== undefined || rule.max_drop_rel !== undefined)) {
        const b = lookupMetric(baseline, address);
        base = b.ok
            ? { ok: true, value: b.value }
            : { ok: false, problem: `${baseline.input.name}: ${b.problem}` };
    }
    const where = found.position
        ? { file: metrics.input.name, line: found.position.line, column: found.position.column }
        : atRule;
    return { ...evaluateMetric(rule, observed, base), source: 'metrics', ...where };
}

// EXTERNAL MODULE: ./src/schema/catalog.ts + 7 modules
var catalog = __webpack_require__(3634);
// EXTERNAL MODULE: ./src/schema/registry.ts + 2 modules
var registry = __webpack_require__(1312);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/audit.ts
var audit = __webpack_require__(8809);
;// CONCATENATED MODULE: ./src/checks/eval-gate/replay.ts
/**
 * `pipeguard eval-gate --replay RECORD[:LINE]`: re-derive a recorded gate decision. The record's
 * inputs are re-read and their sha256 compared (a changed input means the decision cannot be
 * re-derived); then the gate runs again on exactly those files, at the recorded time, with the
 * recorded roles and approval mode, and the outcome is compared metric by metric. Signatures are
 * re-verified; PR-review verdicts cannot be fetched again offline and are taken from the record.
 */












const CHECK = 'eval-gate-replay';
/** `FILE` (its last eval-gate record) or `FILE:N` (line N). Relative to the root. */
function readRecord(root, spec, warn = () => undefined) {
    let file = spec;
    let line;
    const match = /^(.*):(\d+)$/.exec(spec);
    if (match && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, spec))) {
        file = match[1];
        line = Number(match[2]);
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, file), 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`audit log cannot be read (${error.code})`, file);
    }
    const lines = text.split('\n');
    // A last line without its newline: a record torn by a crash or a full disk (the appender starts
    // the next record on a fresh line, so only the last line can be torn this way).
    const torn = text !== '' && !text.endsWith('\n') ? lines.length : undefined;
    const candidates = line !== undefined ? [line] : lines.map((_, i) => i + 1).reverse();
    for (const n of candidates) {
        const raw = lines[n - 1]?.trim();
        if (!raw) {
            if (line !== undefined)
                throw new errors/* InputError */.dz('no record on this line', file, n);
            continue;
        }
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch {
            if (n === torn && line === undefined) {
                warn(`${file}:${n}: ${audit.TORN_RECORD}; skipped`);
                continue;
            }
            throw new errors/* InputError */.dz(n === torn ? audit.TORN_RECORD : 'not a JSON audit record', file, n);
        }
        const validate = (0,registry/* validatorFor */.qA)(catalog/* SCHEMA_IDS */.r.auditRecord);
        if (!validate(parsed))
            throw new errors/* InputError */.dz('not a valid audit record (schemas/audit-record.v1)', file, n);
        const record = parsed;
        if (record.details?.gate === 'eval-gate') {
            // The decision's own time (details.time) is free-form in the schema: read it here.
            const decided = record.details.time;
            const time = (0,util_time/* timestampOrInputError */.UB)(typeof decided === 'string' ? decided : String(decided), 'details.time', file, { line: n });
            return { record, where: `${file}:${n}`, time: new Date(time) };
        }
        if (line !== undefined)
            throw new errors/* InputError */.dz('this record is not an eval-gate decision', file, n);
    }
    throw new errors/* InputError */.dz('holds no eval-gate decision record', file);
}
/** `scheme:…` names mark recorded evidence that is not a file under the root. */
function isEvidenceName(name) {
    return /^[a-z][a-z0-9+.-]*:/.test(name);
}
/** Review verdicts as recorded: the only offline source for them. */
function recordedReviews(recorded) {
    return {
        kind: 'reviews',
        async evaluate(request) {
            const entry = recorded.exceptions.find((x) => x.file === request.exceptionFile);
            return (entry?.approvals ?? []).filter((v) => v.via === 'review');
        },
    };
}
async function replay(ctx, spec) {
    const { record, where, time } = readRecord(ctx.root, spec, (message) => ctx.log.warn(message));
    const recorded = record.details;
    const findings = [];
    const finding = (rule, message, file) => {
        findings.push({
            check: CHECK,
            rule,
            severity: 'high',
            message,
            ...(file ? { file } : {}),
            fingerprint: (0,model/* fingerprintOf */.ax)(CHECK, rule, file, message),
        });
    };
    for (const input of record.inputs) {
        // Evidence that is not a file (`github:pr-reviews#12`, recorded by the PR-review source) is
        // taken from the record, like the review verdicts themselves.
        if (isEvidenceName(input.name))
            continue;
        let absolute;
        try {
            absolute = (0,fs/* resolveInsideRoot */.Pk)(ctx.root, input.name);
        }
        catch {
            finding('replay-input-changed', `${input.name} is not a file under the root; it cannot be re-read`);
            continue;
        }
        if (!(0,external_node_fs_.existsSync)(absolute)) {
            finding('replay-input-changed', `${input.name} no longer exists`, input.name);
            continue;
        }
        const now = (0,inputs/* sha256Hex */.fg)((0,external_node_fs_.readFileSync)(absolute));
        if (now !== input.sha256)
            finding('replay-input-changed', `changed since the decision: sha256 was ${input.sha256}, now ${now}`, input.name);
    }
    if (findings.length) {
        return {
            check: CHECK,
            status: 'fail',
            summary: `cannot re-derive ${where}: ${findings.length} input(s) changed since the decision (recorded: ${recorded.decision})`,
            findings,
            details: { record: where, recorded: recorded.decision },
        };
    }
    const p = recorded.params;
    const params = {
        policy: p.policy,
        ...(p.metrics ? { metrics: p.metrics } : {}),
        ...(p.baseline ? { baseline: p.baseline } : {}),
        junit: p.junit ?? [],
        ...(p.model ? { model: p.model } : {}),
        ...(p.digest ? { digest: p.digest } : {}),
        ...(p.manifest ? { manifest: p.manifest } : {}),
        exceptionsDir: p.exceptionsDir,
        exceptionFiles: p.exceptionFiles,
        approval: p.approval,
    };
    const section = {
        ...(ctx.config['eval-gate'] ?? {}),
        roles: p.roles,
        'allowed-signers': p.allowedSigners,
        approval: p.approval,
    };
    const replayCtx = {
        ...ctx,
        now: time,
        config: { ...ctx.config, 'eval-gate': section },
    };
    const sources = {
        signatures: signatureApprovals,
        reviews: recordedReviews(recorded),
    };
    const again = await decide(replayCtx, params, sources);
    // A file the decision did not read (a .sig added later) must not silently change the replay.
    const recordedNames = new Set(record.inputs.map((i) => i.name));
    for (const input of again.inputs.filter((i) => !recordedNames.has(i.name))) {
        finding('replay-input-changed', `did not exist or was not read at decision time; it cannot take part in a replay`, input.name);
    }
    const decision = again.blocked ? 'blocked' : 'allowed';
    if (decision !== recorded.decision)
        finding('replay-disagrees', `decision was ${recorded.decision}, recomputed ${decision}`);
    for (const e of again.evaluations) {
        const before = recorded.observed[e.metric];
        if (!before)
            finding('replay-disagrees', `${e.metric} was not evaluated in the recorded decision`);
        else if (before.passed !== e.passed || (before.value ?? undefined) !== e.value) {
            finding('replay-disagrees', `${e.metric}: recorded ${before.value} (${before.passed ? 'pass' : 'fail'}), recomputed ${e.value} (${e.passed ? 'pass' : 'fail'})`);
        }
    }
    const coveredNow = JSON.stringify(Object.entries(again.coveredBy).sort());
    if (coveredNow !== JSON.stringify(Object.entries(recorded.covered).sort())) {
        finding('replay-disagrees', `exceptions applied were ${JSON.stringify(recorded.covered)}, recomputed ${JSON.stringify(again.coveredBy)}`);
    }
    const reviews = recorded.exceptions.some((x) => x.approvals.some((v) => v.via === 'review'));
    const agrees = findings.length === 0;
    return {
        check: CHECK,
        status: agrees ? 'pass' : 'fail',
        summary: `${agrees ? 'agrees' : 'DISAGREES'}: ${where} recorded ${recorded.decision}, recomputed ${decision} from ${record.inputs.length} unchanged input(s) at ${recorded.time}${reviews ? ' (PR-review verdicts taken from the record)' : ''}`,
        findings,
        details: {
            record: where,
            recorded: recorded.decision,
            recomputed: decision,
            time: recorded.time,
        },
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/checks/eval-gate/result.ts
/**
 * A gate decision as a CheckResult: one finding per failing metric (suppressed when an exception
 * covers it), findings for exceptions that could not apply or went unused, the audit details that
 * let `--replay` re-derive the decision, and the job-summary Markdown that says what failed, by how
 * much, and exactly how to unblock.
 */





const result_CHECK = 'eval-gate';
const RULES = {
    'eval-threshold': {
        title: 'Eval metric below its threshold',
        severity: 'high',
        help: 'The model does not meet the eval policy. Fix the model, or add an exception file every required role signs.',
    },
    'eval-metric-unusable': {
        title: 'Eval metric missing or not a number',
        severity: 'high',
        help: 'A metric the policy gates is missing, NaN or not a number, or its baseline is; or no test ran. This cannot be waived: fix the eval run.',
    },
    'exception-expired': {
        title: 'Exception has expired',
        severity: 'high',
        help: 'Remove it, or write a new exception (new id, new signatures).',
    },
    'exception-expiry-cap': {
        title: 'Exception lives longer than the policy allows',
        severity: 'high',
    },
    'exception-not-yet-valid': { title: 'Exception is dated in the future', severity: 'high' },
    'exception-roles': { title: 'Exception names roles nobody holds', severity: 'high' },
    'exception-waiver': { title: 'Exception waiver does not hold', severity: 'high' },
    'exception-unapproved': {
        title: 'Exception is not approved by every required role',
        severity: 'high',
    },
    'exception-stale': {
        title: 'Exception not used by this decision',
        severity: 'low',
        help: 'Delete exception files once they are no longer needed.',
    },
};
function gateResult(decision, ctx) {
    const unblock = decision.blocked ? unblockFacts(decision, ctx) : undefined;
    const findings = [];
    for (const evaluation of decision.evaluations.filter((e) => !e.passed))
        findings.push(metricFinding(evaluation, decision, unblock));
    for (const exception of decision.exceptions)
        findings.push(...exceptionFindings(exception, decision));
    const failing = decision.evaluations.filter((e) => !e.passed);
    const applied = decision.exceptions.filter((e) => e.covers.length > 0);
    const summary = decision.blocked
        ? `blocked: ${decision.uncovered.map(shortFailure).join('; ')}${decision.uncovered.length < failing.length ? ` (${failing.length - decision.uncovered.length} other failure(s) covered)` : ''}; no valid exception covers ${decision.uncovered.length > 1 ? 'them' : 'it'}`
        : failing.length
            ? `allowed: ${failing.length} failing metric(s) covered by exception ${applied.map((e) => e.file.exception.id).join(', ')}`
            : `allowed: all ${decision.evaluations.length} metric(s) pass`;
    return {
        check: result_CHECK,
        status: decision.blocked ? 'blocked' : 'pass',
        summary,
        findings,
        rules: RULES,
        inputs: decision.inputs.map(inputs/* digestOf */.ol),
        details: {
            model: decision.model ?? null,
            artifactDigest: decision.digest ?? null,
            metrics: decision.evaluations.map((e) => ({
                metric: e.metric,
                direction: e.direction,
                value: e.value ?? null,
                baseline: e.baseline ?? null,
                passed: e.passed,
                outcomes: e.outcomes.map(({ kind, limit, ok, actual, text }) => ({
                    kind,
                    limit,
                    ok,
                    actual: Number.isFinite(actual) ? actual : null,
                    text,
                })),
                problems: e.problems,
                coveredBy: decision.coveredBy[e.metric] ?? null,
            })),
            ...(decision.junit ? { junit: decision.junit } : {}),
            exceptions: decision.exceptions.map(exceptionFacts),
            ...(unblock ? { unblock } : {}),
            summaryMarkdown: summaryMarkdown(decision, unblock),
            audit: auditDetails(decision, ctx, summary),
        },
        outputs: {
            decision: decision.blocked ? 'blocked' : 'allowed',
            'failing-metrics': String(failing.length),
            'uncovered-metrics': decision.uncovered.map((e) => e.metric).join(','),
            'exceptions-applied': applied.map((e) => e.file.exception.id).join(','),
            ...(decision.digest ? { 'artifact-digest': decision.digest } : {}),
        },
    };
}
function shortFailure(e) {
    const failed = e.outcomes.find((o) => !o.ok);
    if (e.problems.length)
        return `${e.metric} ${e.problems[0]}`;
    return `${e.metric} ${failed?.text ?? 'failed'}`;
}
function metricFinding(e, decision, unblock) {
    const unusable = e.problems.length > 0;
    const failedTexts = [...e.problems, ...e.outcomes.filter((o) => !o.ok).map((o) => o.text)];
    const coveredBy = decision.coveredBy[e.metric];
    const exception = decision.exceptions.find((x) => x.file.exception.id === coveredBy);
    const signers = exception?.approval?.verdicts.filter((v) => v.satisfied).map((v) => `${v.role}: ${v.by}`) ?? [];
    return {
        check: result_CHECK,
        rule: unusable ? 'eval-metric-unusable' : 'eval-threshold',
        severity: 'high',
        message: `${e.metric}: ${failedTexts.join('; ')}`,
        ...(e.file ? { file: e.file } : {}),
        ...(e.line ? { line: e.line, column: e.column } : {}),
        fingerprint: (0,model/* fingerprintOf */.ax)(result_CHECK, unusable ? 'eval-metric-unusable' : 'eval-threshold', decision.model, e.metric),
        remedy: unusable ? 'fix the eval run: this failure cannot be waived' : waiverRemedy(e, unblock),
        ...(exception
            ? {
                suppressed: {
                    kind: 'exception',
                    reason: `${exception.file.exception.id} (${exception.file.input.name}), approved by ${signers.join(', ')}`,
                },
            }
            : {}),
    };
}
/**
 * Findings only for exceptions about this very run (same model and artifact digest): exceptions
 * for other models or artifacts are listed in the details, never flagged, so a folder shared by
 * several models stays quiet. In scope: problems block loudly when the exception was needed (it
 * waives a failing metric), expiry always shows with its line, and an unused one is stale.
 */
/** The concrete way out for one waivable metric: which file, which bound, who signs, how long. */
function waiverRemedy(e, unblock) {
    if (!unblock || e.value === undefined)
        return `improve the model, or add an exception waiving ${e.metric}`;
    if (unblock.missingBinding.length)
        return `improve the model; an exception needs ${unblock.missingBinding.join(' and ')}`;
    const bound = e.direction === 'higher' ? 'min' : 'max';
    const who = unblock.roles.map((r) => `${r.role} (${[...r.principals, ...r.github.map((g) => `@${g}`)].join(', ') || 'nobody configured'})`);
    const how = unblock.approval === 'reviews'
        ? 'approved'
        : unblock.approval === 'both'
            ? 'signed and approved'
            : 'signed';
    return `improve the model, or add ${unblock.suggestedFile} waiving ${e.metric} (${bound}: ${fmt(e.value)}), expiring within ${unblock.maxDays} days, ${how} by ${who.join(' and ')} — template in the job summary and --format json (details.unblock)`;
}
function exceptionFindings(x, decision) {
    if (!x.inScope)
        return [];
    const id = x.file.exception.id;
    const file = x.file.input.name;
    const needed = x.waivers.length > 0;
    const out = [];
    const finding = (rule, message, line, column, severity) => ({
        check: result_CHECK,
        rule,
        severity,
        message: `${id}: ${message}`,
        file,
        line,
        column,
        fingerprint: (0,model/* fingerprintOf */.ax)(result_CHECK, rule, file, id, message),
    });
    for (const problem of x.problems) {
        const severity = needed || problem.rule === 'exception-expired' ? 'high' : 'low';
        out.push(finding(problem.rule, problem.message, problem.position.line, problem.position.column, severity));
    }
    if (x.problems.length === 0) {
        for (const w of x.waivers.filter((w) => !w.covered)) {
            const index = x.file.exception.waivers.findIndex((v) => v.metric === w.metric);
            const at = x.file.doc.locate(`/waivers/${index}`);
            out.push(finding('exception-waiver', `${w.metric}: ${w.reason}`, at.line, at.column, 'high'));
        }
        for (const missing of x.approval?.missing ?? []) {
            const at = x.file.doc.locate('/required_roles');
            out.push(finding('exception-unapproved', `role ${missing.role} not satisfied by ${missing.via}: ${missing.reason}`, at.line, at.column, 'high'));
        }
    }
    if (x.covers.length === 0 && out.length === 0) {
        const at = x.file.doc.locate('/id');
        const why = decision.evaluations.some((e) => !e.passed)
            ? 'it waives none of the failing metrics'
            : 'every metric passes';
        out.push(finding('exception-stale', `not used by this decision (${why}); delete it once it is no longer needed`, at.line, at.column, 'low'));
    }
    return out;
}
function exceptionFacts(x) {
    return {
        id: x.file.exception.id,
        file: x.file.input.name,
        sha256: x.file.input.sha256,
        model: x.file.exception.model,
        artifactDigest: x.file.exception.artifact_digest,
        expires: x.file.exception.expires,
        inScope: x.inScope,
        usable: x.usable,
        covers: x.covers,
        stale: x.inScope && x.covers.length === 0,
        roles: x.roles,
        problems: x.problems.map((p) => ({ rule: p.rule, message: p.message, line: p.position.line })),
        waivers: x.waivers,
        approvals: x.approval?.verdicts ?? [],
    };
}
function unblockFacts(decision, ctx) {
    const notWaivable = decision.uncovered
        .filter((e) => e.problems.length > 0)
        .map((e) => `${e.metric}: ${e.problems.join('; ')}`);
    const waivable = decision.uncovered
        .filter((e) => e.problems.length === 0 && e.value !== undefined)
        .map((e) => ({
        metric: e.metric,
        observed: e.value,
        bound: e.direction === 'higher' ? 'min' : 'max',
    }));
    const configured = (0,config/* rolesOf */.R7)(ctx.config);
    const roleNames = [...new Set([...(decision.policy.requiredRoles ?? Object.keys(configured))])];
    const roles = roleNames.map((role) => ({
        role,
        principals: configured[role]?.principals ?? [],
        github: configured[role]?.github ?? [],
    }));
    const latest = new Date(decision.time.getTime() + decision.policy.maxDays * 86_400_000);
    const day = decision.time.toISOString().slice(0, 10).replace(/-/g, '');
    const slug = (decision.model ?? 'model').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40);
    const dir = decision.params.exceptionsDir.replace(/\/+$/, '');
    const suggestedFile = `${dir}/${slug}-${day}.yml`;
    const missingBinding = [
        ...(decision.model ? [] : ['the model name (--model, eval-gate.model or the policy model)']),
        ...(decision.digest
            ? []
            : ['the artifact digest (--manifest runs/<id>/artifact/checksum.sha256, or --digest)']),
    ];
    const template = waivable.length && missingBinding.length === 0
        ? [
            'version: 1',
            `id: EXC-${slug}-${day}`,
            `model: ${decision.model}`,
            `artifact_digest: ${decision.digest}`,
            'waivers:',
            ...waivable.flatMap((w) => [
                `  - metric: ${JSON.stringify(w.metric)}`,
                `    ${w.bound}: ${fmt(w.observed)}`,
            ]),
            'reason: <why shipping despite this is acceptable — at least 20 characters>',
            'ticket: <tracking ticket>',
            'requested_by: <you>',
            `created: ${decision.time.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
            `expires: ${latest.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
            `required_roles: [${roleNames.join(', ')}]`,
            '',
        ].join('\n')
        : undefined;
    const nearMisses = decision.exceptions
        .filter((x) => x.waivers.length > 0 &&
        !x.usable &&
        (x.inScope || x.file.exception.model === decision.model))
        .map((x) => {
        const why = [
            ...x.problems.map((p) => `${p.message} (${x.file.input.name}:${p.position.line})`),
            ...x.waivers.filter((w) => !w.covered).map((w) => `${w.metric}: ${w.reason}`),
            ...(x.approval?.missing ?? []).map((m) => `role ${m.role}: ${m.reason}`),
        ];
        return `${x.file.exception.id} (${x.file.input.name}): ${why.join('; ')}`;
    });
    return {
        notWaivable,
        waivable,
        exceptionsDir: dir,
        suggestedFile,
        ...(template ? { template } : {}),
        roles,
        approval: (0,config/* evalGateSection */.p1)(ctx.config).approval ?? config/* DEFAULTS */.zY.approval,
        maxDays: decision.policy.maxDays,
        latestExpiry: latest.toISOString(),
        nearMisses,
        missingBinding,
    };
}
function summaryMarkdown(decision, unblock) {
    const lines = [];
    const head = decision.blocked ? '⛔ blocked' : '✅ allowed';
    lines.push(`### Eval gate: ${head} — model \`${decision.model ?? '(none)'}\`, artifact \`${decision.digest ?? '(none)'}\``);
    lines.push('');
    lines.push('| Metric | Value | Baseline | Result |');
    lines.push('|---|---|---|---|');
    for (const e of decision.evaluations) {
        const result = e.passed
            ? `✅ ${e.outcomes.map((o) => o.text).join('; ')}`
            : `${decision.coveredBy[e.metric] ? `☑️ waived by ${decision.coveredBy[e.metric]}:` : '❌'} ${[...e.problems, ...e.outcomes.filter((o) => !o.ok).map((o) => o.text)].join('; ')}`;
        lines.push(`| ${(0,report_escape/* markdownCell */.U)(e.metric)} | ${e.value === undefined ? '—' : (0,report_escape/* markdownCell */.U)(fmt(e.value))} | ${e.baseline === undefined ? '—' : (0,report_escape/* markdownCell */.U)(fmt(e.baseline))} | ${(0,report_escape/* markdownCell */.U)(result)} |`);
    }
    const applied = decision.exceptions.filter((x) => x.covers.length);
    if (applied.length) {
        lines.push('');
        lines.push('**Exceptions applied**');
        lines.push('');
        for (const x of applied) {
            const by = x.approval?.verdicts
                .filter((v) => v.satisfied)
                .map((v) => `${v.role}: ${v.by} (${v.via})`)
                .join(', ');
            lines.push(`- \`${x.file.exception.id}\` (\`${x.file.input.name}\`, expires ${x.file.exception.expires}) waives ${x.covers.join(', ')}; approved by ${by}`);
        }
    }
    const stale = decision.exceptions.filter((x) => x.inScope && x.covers.length === 0);
    if (stale.length) {
        lines.push('');
        lines.push(`Unused exception files (stale): ${stale.map((x) => `\`${x.file.input.name}\``).join(', ')}`);
    }
    const elsewhere = decision.exceptions.filter((x) => !x.inScope);
    if (elsewhere.length) {
        lines.push('');
        lines.push(`${elsewhere.length} exception file(s) are for other models or artifacts and were not considered.`);
    }
    if (unblock) {
        lines.push('');
        lines.push('#### How to unblock');
        lines.push('');
        if (unblock.notWaivable.length) {
            lines.push('These failures cannot be waived — fix the eval run:');
            for (const item of unblock.notWaivable)
                lines.push(`- ${(0,report_escape/* markdownCell */.U)(item)}`);
            lines.push('');
        }
        if (unblock.nearMisses.length) {
            lines.push('Exceptions that were considered but cannot apply:');
            for (const item of unblock.nearMisses)
                lines.push(`- ${(0,report_escape/* markdownCell */.U)(item)}`);
            lines.push('');
        }
        if (unblock.waivable.length) {
            if (unblock.missingBinding.length) {
                lines.push(`An exception must be bound to ${unblock.missingBinding.join(' and ')}; run the gate with them first.`);
            }
            else {
                lines.push(`1. Add \`${unblock.suggestedFile}\` (expires at most ${unblock.maxDays} days after it is created, i.e. no later than ${unblock.latestExpiry}):`);
                lines.push('');
                lines.push('```yaml');
                lines.push(unblock.template.trimEnd());
                lines.push('```');
                const how = unblock.approval === 'reviews'
                    ? 'approve the pull request'
                    : unblock.approval === 'both'
                        ? `sign it (\`pipeguard exception sign ${unblock.suggestedFile} --key ~/.ssh/id_ed25519\`) and approve the pull request`
                        : `sign it: \`pipeguard exception sign ${unblock.suggestedFile} --key ~/.ssh/id_ed25519\``;
                lines.push(`2. One person per role must ${how} — a different person for each role:`);
                for (const r of unblock.roles) {
                    const who = [...r.principals, ...r.github.map((g) => `@${g}`)];
                    lines.push(`   - **${r.role}**: ${who.length ? who.join(', ') : '(nobody configured: add principals under eval-gate.roles)'}`);
                }
                lines.push(`3. Check it: \`pipeguard exception verify ${unblock.suggestedFile}\`, then commit the file and its \`.sig\`.`);
            }
        }
    }
    return lines.join('\n');
}
function auditDetails(decision, ctx, reason) {
    const section = (0,config/* evalGateSection */.p1)(ctx.config);
    const applied = decision.exceptions.filter((x) => x.covers.length);
    return {
        gate: result_CHECK,
        decision: decision.blocked ? 'blocked' : 'allowed',
        reason,
        time: decision.time.toISOString(),
        params: {
            ...decision.params,
            exceptionFiles: decision.exceptions.map((x) => x.file.input.name),
            model: decision.model ?? null,
            digest: decision.digest ?? null,
            roles: (0,config/* rolesOf */.R7)(ctx.config),
            allowedSigners: section['allowed-signers'] ?? config/* DEFAULTS */.zY.allowedSigners,
        },
        thresholds: decision.rules,
        observed: Object.fromEntries(decision.evaluations.map((e) => [
            e.metric,
            {
                value: e.value ?? null,
                baseline: e.baseline ?? null,
                passed: e.passed,
                problems: e.problems,
            },
        ])),
        ...(decision.junit ? { junit: decision.junit } : {}),
        covered: decision.coveredBy,
        uncovered: decision.uncovered.map((e) => e.metric),
        exceptions: decision.exceptions.map((x) => ({
            id: x.file.exception.id,
            file: x.file.input.name,
            sha256: x.file.input.sha256,
            usable: x.usable,
            covers: x.covers,
            approvals: x.approval?.verdicts ?? [],
        })),
        signers: applied.flatMap((x) => x.approval?.verdicts
            .filter((v) => v.satisfied)
            .map((v) => ({ exception: x.file.exception.id, role: v.role, by: v.by, via: v.via })) ??
            []),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/checks/eval-gate/sign.ts
/**
 * `pipeguard exception sign FILE --key KEY`: runs `ssh-keygen -Y sign` over the exact file bytes
 * (key file, or the agent with --agent), checks what it produced verifies, and appends it to
 * FILE.sig atomically — replacing an earlier signature by the same key, keeping everyone else's.
 */












async function signException(ctx, file, options) {
    const input = await (0,inputs/* readInput */.R5)(ctx.root, file, 'exception file');
    const { exception } = parseException(input);
    const keyPath = external_node_path_default().resolve(options.key.replace(/^~(?=$|\/)/, (0,external_node_os_.homedir)()));
    if (!(0,external_node_fs_.existsSync)(keyPath))
        throw new errors/* InputError */.dz('key file not found', options.key);
    const armored = await runSshKeygen(options, keyPath, input.bytes, input.name);
    let signature;
    let blob;
    try {
        const blocks = splitArmoredBlocks(armored);
        if (blocks.length !== 1 || !blocks[0].blob)
            throw new Error('expected one signature block');
        blob = blocks[0].blob;
        signature = parseSshsig(blob);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`ssh-keygen produced an unusable signature (${error.message})`, input.name);
    }
    const problem = verifySshsig(signature, input.bytes, EXCEPTION_NAMESPACE);
    if (problem)
        throw new errors/* InputError */.dz(`the new signature does not verify (${problem})`, input.name);
    const sigName = sigFileOf(input.name);
    const sigPath = (0,fs/* resolveInsideRoot */.Pk)(ctx.root, sigName);
    const kept = [];
    let replaced = 0;
    if ((0,external_node_fs_.existsSync)(sigPath)) {
        const existing = await (0,inputs/* readInput */.R5)(ctx.root, sigName, 'signature file', MAX_SIGNATURE_FILE_BYTES);
        let blocks;
        try {
            blocks = splitArmoredBlocks((0,inputs/* utf8 */.As)(existing));
        }
        catch (error) {
            if (error instanceof ArmorError)
                throw new errors/* InputError */.dz(`${error.message}; fix or delete it before signing`, sigName, error.line, 1);
            throw error;
        }
        for (const block of blocks) {
            if (!block.blob)
                throw new errors/* InputError */.dz(`unreadable signature block (${block.error}); fix or delete it before signing`, sigName, block.line, 1);
            let fingerprint;
            try {
                fingerprint = parseSshsig(block.blob).publicKey.fingerprint;
            }
            catch {
                fingerprint = undefined;
            }
            if (fingerprint === signature.publicKey.fingerprint)
                replaced++;
            else
                kept.push(block.blob);
        }
    }
    if (kept.length + 1 > MAX_SIGNATURE_BLOCKS) {
        throw new errors/* InputError */.dz(`already holds ${kept.length} signatures by other keys; a file with more than ${MAX_SIGNATURE_BLOCKS} is refused`, sigName);
    }
    await (0,fs/* writeFileAtomic */.Zf)(sigPath, [...kept, blob].map(armor).join(''));
    const findings = [];
    const allowedFor = [];
    const configured = (0,config/* rolesOf */.R7)(ctx.config);
    try {
        const { file: signersFile, signers } = await loadAllowedSigners(ctx);
        for (const [role, members] of Object.entries(configured)) {
            for (const principal of members.principals ?? []) {
                if (authorize(signers, signature.publicKey.blob, principal, EXCEPTION_NAMESPACE, ctx.now).ok) {
                    allowedFor.push(`${role} as ${principal}`);
                }
            }
        }
        if (allowedFor.length === 0) {
            findings.push({
                check: 'exception',
                rule: 'signer-not-allowed',
                severity: 'medium',
                message: `key ${signature.publicKey.fingerprint} may not sign for any role's principal in ${signersFile} now; this signature will not count`,
                file: sigName,
                fingerprint: (0,model/* fingerprintOf */.ax)('exception', 'signer-not-allowed', sigName, signature.publicKey.fingerprint),
                remedy: `add "<principal> namespaces=\\"${EXCEPTION_NAMESPACE}\\" <public key>" to ${signersFile} and the principal to eval-gate.roles`,
            });
        }
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        ctx.log.warn(`cannot tell which roles this key may sign for: ${error.toLine()}`);
    }
    const total = kept.length + 1;
    return {
        check: 'exception',
        status: 'pass',
        summary: `signed ${exception.id} (${input.name}) with ${signature.publicKey.label} key ${signature.publicKey.fingerprint}${allowedFor.length ? ` — counts for ${allowedFor.join(', ')}` : ''}; ${sigName} holds ${total} signature(s)${replaced ? " (replaced this key's earlier one)" : ''}`,
        findings,
        details: {
            exception: exception.id,
            file: input.name,
            sigFile: sigName,
            fingerprint: signature.publicKey.fingerprint,
            allowedFor,
            signatures: total,
        },
        outputs: { 'sig-file': sigName },
    };
}
function runSshKeygen(options, keyPath, message, label) {
    const args = [
        '-Y',
        'sign',
        '-n',
        EXCEPTION_NAMESPACE,
        '-f',
        keyPath,
        '-O',
        `hashalg=${options.hashAlgorithm}`,
    ];
    if (options.agent)
        args.push('-U');
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(options.sshKeygen ?? 'ssh-keygen', args, {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            reject(new errors/* InputError */.dz(error.code === 'ENOENT'
                ? 'ssh-keygen not found: install OpenSSH 8.2 or later'
                : `cannot run ssh-keygen (${error.message})`, label));
        });
        child.on('close', (code) => {
            if (code === 0)
                return resolve(Buffer.concat(out).toString('utf8'));
            const lines = Buffer.concat(err).toString('utf8').trim().split('\n').filter(Boolean);
            reject(new errors/* InputError */.dz(`ssh-keygen -Y sign failed: ${lines[lines.length - 1] ?? `exit ${code}`}`, label));
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(message);
    });
}

// EXTERNAL MODULE: ./src/checks/eval-gate/spec.ts
var spec = __webpack_require__(1609);
;// CONCATENATED MODULE: ./src/checks/eval-gate/verify.ts
/**
 * `pipeguard exception verify [FILE…]`: for each exception file (default: the whole folder), the
 * schema, its validity (expiry and cap, roles, waivers against the policy), every signature's
 * verdict — verified or not and why, which role and principal it counts for — and whether every
 * required role is satisfied. With --pending-ok (the pre-commit hook), roles still unsigned are
 * notes, not failures; a bad signature or an expired file still fails.
 */











async function verifyExceptions(ctx, paths, options, sources = APPROVAL_SOURCES) {
    const section = (0,config/* evalGateSection */.p1)(ctx.config);
    const dir = options.exceptionsDir ?? section['exceptions-dir'] ?? config/* DEFAULTS */.zY.exceptionsDir;
    const files = paths.length
        ? [...new Set(paths.map((p) => p.replace(/\.sig$/, '')))].filter((p) => /\.ya?ml$/i.test(p))
        : await listExceptionFiles(ctx.root, dir);
    const policyPath = options.policy ?? section.policy ?? config/* DEFAULTS */.zY.policy;
    let policy;
    if (options.policy || (0,external_node_fs_.existsSync)((0,fs/* resolveInsideRoot */.Pk)(ctx.root, policyPath))) {
        policy = loadPolicy(await (0,inputs/* readRecorded */.HH)(ctx, policyPath, 'eval policy'));
    }
    else {
        ctx.log.warn(`no eval policy at ${policyPath}: checking expiry against ${DEFAULT_MAX_DAYS} days and every configured role`);
    }
    const mode = section.approval ?? config/* DEFAULTS */.zY.approval;
    const configuredRoles = Object.keys((0,config/* rolesOf */.R7)(ctx.config));
    const loaded = await loadExceptions(ctx, files);
    const findings = [];
    let approvedCount = 0;
    const perFile = [];
    const add = (rule, severity, message, file, line, suppressed) => {
        findings.push({
            check: 'exception',
            rule,
            severity,
            message,
            file,
            ...(line ? { line, column: 1 } : {}),
            fingerprint: (0,model/* fingerprintOf */.ax)('exception', rule, file, line, message),
            ...(suppressed ? { suppressed } : {}),
        });
    };
    for (const file of loaded) {
        const name = file.input.name;
        const id = file.exception.id;
        const scope = {
            now: ctx.now,
            maxDays: policy?.maxDays ?? DEFAULT_MAX_DAYS,
            ...(policy?.requiredRoles ? { requiredRoles: policy.requiredRoles } : {}),
            ...(policy ? { rules: policy.rules } : {}),
            configuredRoles,
        };
        const problems = validityProblems(file, scope);
        for (const p of problems)
            add(p.rule, 'high', `${id}: ${p.message}`, name, p.position.line);
        const roles = rolesRequiredFor(file.exception, scope);
        const request = {
            exceptionFile: name,
            exceptionBytes: file.input.bytes,
            exception: file.exception,
            roles,
        };
        let signatureFacts = [];
        if (sourceKindsFor(mode).includes('signatures')) {
            const report = await checkSignatures(request, ctx);
            signatureFacts = report.signatures;
            for (const sig of report.signatures) {
                const key = sig.fingerprint ? `${sig.keyType} key ${sig.fingerprint}` : 'signature';
                if (!sig.verified) {
                    add('signature-invalid', 'high', `${id}: ${key} does not verify: ${sig.reasons[0]}`, report.sigFile, sig.line);
                }
                else if (sig.countedFor) {
                    add('signature-verified', 'low', `${id}: ${key} verifies and counts for ${sig.countedFor.role} as ${sig.countedFor.principal}`, report.sigFile, sig.line, { kind: 'verified' });
                }
                else if (sig.allowedFor.length) {
                    add('signature-unused', 'medium', `${id}: ${key} verifies (allowed for ${sig.allowedFor.map((a) => `${a.role} as ${a.principal}`).join(', ')}) but does not count: its signer already satisfies another role`, report.sigFile, sig.line);
                }
                else {
                    add('signature-unused', 'medium', `${id}: ${key} verifies but may not sign for any required role: ${sig.reasons.join('; ')}`, report.sigFile, sig.line);
                }
            }
        }
        const approval = await evaluateApprovals(mode, sources, request, ctx);
        const rolesAt = file.doc.locate('/required_roles').line;
        for (const v of approval.verdicts) {
            if (!v.satisfied)
                add('exception-unapproved', options.pendingOk ? 'low' : 'high', `${id}: role ${v.role} not yet satisfied (${v.via}): ${v.reason}`, name, rolesAt);
        }
        if (approval.approved && problems.length === 0)
            approvedCount++;
        perFile.push({
            id,
            file: name,
            sha256: file.input.sha256,
            roles,
            problems: problems.map((p) => ({ rule: p.rule, message: p.message, line: p.position.line })),
            signatures: signatureFacts,
            approvals: approval.verdicts,
            approved: approval.approved && problems.length === 0,
        });
    }
    const failing = findings.filter((f) => !f.suppressed && f.severity === 'high');
    const summary = loaded.length === 0
        ? `no exception files${paths.length ? '' : ` under ${dir}`}`
        : `${approvedCount} of ${loaded.length} exception(s) valid and approved by every required role${failing.length ? `; ${failing.length} problem(s)` : ''}`;
    return {
        check: 'exception',
        status: failing.length ? 'fail' : 'pass',
        summary,
        findings,
        rules: {
            ...RULES,
            'signature-invalid': { title: 'Signature does not verify', severity: 'high' },
            'signature-unused': { title: 'Valid signature that counts for no role', severity: 'medium' },
            'signature-verified': { title: 'Signature verifies and counts for a role', severity: 'low' },
        },
        inputs: (0,inputs/* recordedInputs */.KQ)(ctx).map(inputs/* digestOf */.ol),
        details: { exceptions: perFile, approval: mode },
    };
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/index.ts
/**
 * The eval gate check: `pipeguard eval-gate` (exit 12 when blocked), `pipeguard exception sign`
 * and `pipeguard exception verify`. Options mirror the `eval-gate` section of .pipeguard.yml; a
 * flag wins over the config. Paths are relative to the root.
 */









const MODEL = /^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$/;
function eval_gate_text(values, name) {
    const value = values[name];
    if (Array.isArray(value))
        return value[value.length - 1];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function list(values, name) {
    const value = values[name];
    if (Array.isArray(value))
        return value.length ? value : undefined;
    return typeof value === 'string' && value !== '' ? [value] : undefined;
}
function gateParams(ctx, values = {}) {
    const section = (0,config/* evalGateSection */.p1)(ctx.config);
    const model = eval_gate_text(values, 'model') ?? section.model;
    if (model !== undefined && !MODEL.test(model))
        throw new errors/* InputError */.dz(`--model must be a plain model name without wildcards; got ${model}`);
    const digest = eval_gate_text(values, 'digest');
    const manifest = eval_gate_text(values, 'manifest') ?? (digest ? undefined : section.manifest);
    const metrics = eval_gate_text(values, 'metrics') ?? section.metrics;
    const baseline = eval_gate_text(values, 'baseline') ?? section.baseline;
    return {
        policy: eval_gate_text(values, 'policy') ?? section.policy ?? config/* DEFAULTS */.zY.policy,
        ...(metrics ? { metrics } : {}),
        ...(baseline ? { baseline } : {}),
        junit: list(values, 'junit') ?? section.junit ?? [],
        ...(model ? { model } : {}),
        ...(digest ? { digest } : {}),
        ...(manifest ? { manifest } : {}),
        exceptionsDir: eval_gate_text(values, 'exceptions-dir') ?? section['exceptions-dir'] ?? config/* DEFAULTS */.zY.exceptionsDir,
        approval: section.approval ?? config/* DEFAULTS */.zY.approval,
    };
}
async function runGate(ctx, args) {
    const record = eval_gate_text(args.values, 'replay');
    if (record)
        return [await replay(ctx, record)];
    return [gateResult(await decide(ctx, gateParams(ctx, args.values)), ctx)];
}
const evalGateCheck = (0,checks_define/* implementCheck */.gs)(spec/* EVAL_GATE_SPEC */.p, async (ctx) => gateResult(await decide(ctx, gateParams(ctx)), ctx), {
    'eval-gate': runGate,
    'exception sign': async (ctx, args) => {
        if (args.positionals.length !== 1)
            throw new errors/* InputError */.dz('exception sign takes exactly one FILE');
        const key = eval_gate_text(args.values, 'key');
        if (!key)
            throw new errors/* InputError */.dz('exception sign needs --key KEY (your SSH key, e.g. ~/.ssh/id_ed25519)');
        const hash = eval_gate_text(args.values, 'hash-algorithm') ?? 'sha512';
        if (hash !== 'sha256' && hash !== 'sha512')
            throw new errors/* InputError */.dz(`--hash-algorithm must be sha512 or sha256; got ${hash}`);
        return [
            await signException(ctx, args.positionals[0], {
                key,
                agent: args.values.agent === true,
                hashAlgorithm: hash,
            }),
        ];
    },
    'exception verify': async (ctx, args) => {
        const policy = eval_gate_text(args.values, 'policy');
        const exceptionsDir = eval_gate_text(args.values, 'exceptions-dir');
        return [
            await verifyExceptions(ctx, args.positionals, {
                pendingOk: args.values['pending-ok'] === true,
                ...(policy ? { policy } : {}),
                ...(exceptionsDir ? { exceptionsDir } : {}),
            }),
        ];
    },
});


/***/ }),

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TORN_RECORD: () => (/* binding */ TORN_RECORD),
/* harmony export */   actorFrom: () => (/* binding */ actorFrom),
/* harmony export */   appendAuditRecords: () => (/* binding */ appendAuditRecords),
/* harmony export */   auditRecordFor: () => (/* binding */ auditRecordFor),
/* harmony export */   runIdFrom: () => (/* binding */ runIdFrom)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3634);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1312);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1917);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6867);
/**
 * JSONL audit records (schemas/audit-record.v1.schema.json): who decided what, when, on which
 * inputs and why. Inputs appear as digests only. Each record is validated before it is appended,
 * and a batch is appended in one write, whole or not at all, so concurrent writers never interleave
 * half-lines and a full disk leaves no half record.
 */






/** How every reader and the appender name a last line that lost its newline. */
const TORN_RECORD = 'audit record without a trailing newline (torn by a crash or a full disk)';
/** The run id records correlate on: PIPEGUARD_RUN_ID, else the Actions run and attempt, else fresh. */
function runIdFrom(env) {
    if (env.PIPEGUARD_RUN_ID)
        return env.PIPEGUARD_RUN_ID;
    if (env.GITHUB_RUN_ID)
        return `gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
function actorFrom(env) {
    if (env.GITHUB_ACTOR)
        return env.GITHUB_ACTOR;
    try {
        return env.USER || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username || 'unknown';
    }
    catch {
        return 'unknown';
    }
}
function auditRecordFor(check, facts, failOn) {
    const failing = check.findings.filter((f) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .failsAt */ .ZN)(f, failOn));
    const risk = failing.reduce((worst, f) => ((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(f.severity) > (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(worst) ? f.severity : worst), 'low');
    const audit = check.details?.audit;
    return {
        schema_version: '1',
        time: facts.time.toISOString(),
        run_id: facts.runId,
        stage: facts.stage,
        actor: facts.actor,
        check: check.check,
        decision: check.status === 'pass' ? 'allowed' : check.status === 'error' ? 'error' : 'blocked',
        reason: check.summary.slice(0, 2000),
        risk_level: risk,
        tool_version: facts.toolVersion,
        findings: failing.map((f) => f.fingerprint),
        inputs: check.inputs ?? [],
        ...(audit && typeof audit === 'object' ? { details: audit } : {}),
    };
}
/**
 * Append the batch in one write, whole or not at all (see appendLinesWhole); a torn last line
 * already in the log is reported through `onTornLine` and left behind a fresh line.
 */
async function appendAuditRecords(file, records, onTornLine) {
    const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .validatorFor */ .qA)(_schema_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_IDS */ .r.auditRecord);
    for (const record of records) {
        if (!validate?.(record)) {
            // Our own bug, not the user's: refuse to write a record the schema would reject.
            throw new Error(`internal: audit record for ${record.check} does not match its schema`);
        }
    }
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .appendLinesWhole */ .TY)(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''), onTornLine);
}


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
