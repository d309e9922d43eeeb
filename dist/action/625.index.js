export const id = 625;
export const ids = [625,3968,1587];
export const modules = {

/***/ 7069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ modelGate)
/* harmony export */ });
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1917);
/* harmony import */ var _exceptions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4348);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(854);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5677);




async function modelGate(ctx, artifactDirAbs, check) {
    const section = (0,_index_js__WEBPACK_IMPORTED_MODULE_2__.modelsSection)(ctx);
    if (section.enabled === false)
        return { blocking: [], models: 0, inputs: [] };
    const dir = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeToRoot */ .yY)(ctx.root, artifactDirAbs) || '.';
    const { scans, findings } = await (0,_index_js__WEBPACK_IMPORTED_MODULE_2__.scanTargets)(ctx.root, { files: [], dirs: [dir] });
    const all = [
        ...findings,
        ...scans.flatMap((scan) => (0,_index_js__WEBPACK_IMPORTED_MODULE_2__.findingsOf)(scan, section['allow-pickle'] !== false)),
    ];
    const outcome = await (0,_exceptions_js__WEBPACK_IMPORTED_MODULE_1__/* .applyModelExceptions */ .IS)(ctx, section['exceptions-dir'] ?? _spec_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MODEL_EXCEPTIONS_DIR */ .F, scans, all);
    return {
        blocking: (0,_index_js__WEBPACK_IMPORTED_MODULE_2__.criticalUncovered)(all).map((finding) => ({
            ...finding,
            check,
            message: `${finding.message}${outcome.digests.has(finding.file ?? '') ? ` [${outcome.digests.get(finding.file ?? '')}]` : ''}`,
        })),
        models: scans.filter((scan) => scan.format !== undefined).length,
        inputs: outcome.inputs,
    };
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DEPLOYMENT_GLOBS: () => (/* binding */ DEFAULT_DEPLOYMENT_GLOBS),
  DEFAULT_RUN_GLOBS: () => (/* binding */ DEFAULT_RUN_GLOBS),
  provenanceCheck: () => (/* binding */ provenanceCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/provenance/spec.ts
var spec = __webpack_require__(5850);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/sshsig/keys.ts
var keys = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/sshsig/wire.ts
var wire = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/checks/provenance/keys.ts
/**
 * Signing and verification keys for DSSE envelopes, from the files people already have:
 * PEM (PKCS#8, PKCS#1, SEC1, SPKI; encrypted PKCS#8 with a passphrase) or OpenSSH
 * (`-----BEGIN OPENSSH PRIVATE KEY-----` and `ssh-ed25519 AAAA…` public lines). OpenSSH keys are
 * imported into node:crypto as JWKs, so signing stays offline and needs no ssh-agent.
 */




/** `sha256:<hex>` of the DER SubjectPublicKeyInfo: the same key gets the same id in PEM or SSH form. */
function keyIdOf(publicKey) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex')}`;
}
function loadSigningKey(text, label, passphrase) {
    let privateKey;
    if (text.includes('-----BEGIN OPENSSH PRIVATE KEY-----')) {
        privateKey = openSshPrivateKey(text, label);
    }
    else if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)({
                key: text,
                format: 'pem',
                ...(passphrase ? { passphrase } : {}),
            });
        }
        catch (error) {
            const encrypted = text.includes('ENCRYPTED');
            throw new errors/* InputError */.dz(encrypted && !passphrase
                ? 'the PEM private key is encrypted: give its passphrase through --key-passphrase-env'
                : `not a usable PEM private key (${firstLine(error)})`, label);
        }
    }
    else {
        throw new errors/* InputError */.dz('not a private key: expected PEM or OpenSSH private key text', label);
    }
    assertSupported(privateKey, label);
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    return { privateKey, publicKey, keyid: keyIdOf(publicKey) };
}
function loadVerificationKey(text, label) {
    const trimmed = text.trim();
    let publicKey;
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
        // A private key handed to a verifier usually means key material is being copied around.
        throw new errors/* InputError */.dz('this is a private key; verify with the public key only', label);
    }
    else if (trimmed.startsWith('-----BEGIN')) {
        try {
            publicKey = (0,external_node_crypto_.createPublicKey)({ key: trimmed, format: 'pem' });
        }
        catch (error) {
            throw new errors/* InputError */.dz(`not a usable PEM public key (${firstLine(error)})`, label);
        }
    }
    else {
        publicKey = openSshPublicKey(trimmed, label);
    }
    assertSupported(publicKey, label);
    return { publicKey, keyid: keyIdOf(publicKey), label };
}
function assertSupported(key, label) {
    const type = key.asymmetricKeyType;
    if (type !== 'ed25519' && type !== 'ec' && type !== 'rsa' && type !== 'rsa-pss') {
        throw new errors/* InputError */.dz(`unsupported key type ${type ?? 'unknown'}: use ed25519, ECDSA (P-256/384/521) or RSA`, label);
    }
    if (type === 'ec' &&
        !['prime256v1', 'secp384r1', 'secp521r1'].includes(key.asymmetricKeyDetails?.namedCurve ?? '')) {
        throw new errors/* InputError */.dz(`unsupported ECDSA curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`, label);
    }
    if ((type === 'rsa' || type === 'rsa-pss') &&
        (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
        throw new errors/* InputError */.dz('RSA keys shorter than 2048 bits are refused', label);
    }
}
// ---------------------------------------------------------------------------------------------
// OpenSSH keys: the wire format and public keys are src/sshsig's; private keys per PROTOCOL.key.
const b64url = (bytes) => bytes.toString('base64url');
/** Runs an SSH parser; its reason becomes a one-line input error naming the key file. */
function parsedOrInputError(label, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof wire/* SshFormatError */.wJ)
            throw new errors/* InputError */.dz(`OpenSSH key refused: ${error.message}`, label);
        throw error;
    }
}
function padTo(bytes, size, label) {
    if (bytes.length > size)
        throw new errors/* InputError */.dz('malformed ECDSA key: coordinate too long', label);
    return Buffer.concat([Buffer.alloc(size - bytes.length), bytes]);
}
function importPrivateJwk(jwk, label) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: jwk, format: 'jwk' });
    }
    catch (error) {
        throw new errors/* InputError */.dz(`the SSH key does not form a valid key (${firstLine(error)})`, label);
    }
}
/** `ssh-ed25519 AAAA… comment` (the `.pub` file or an allowed_signers-style key). */
function openSshPublicKey(line, label) {
    if (!/^\S+\s+[A-Za-z0-9+/]+={0,2}(\s|$)/.test(line)) {
        throw new errors/* InputError */.dz('not a public key: expected PEM or an OpenSSH `type base64 [comment]` line', label);
    }
    return parsedOrInputError(label, () => (0,keys/* parsePublicKeyBlob */.jQ)((0,keys/* parsePublicKeyText */.nc)(line).blob).key);
}
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/** An unencrypted `openssh-key-v1` private key (PROTOCOL.key). */
function openSshPrivateKey(text, label) {
    const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text)?.[1];
    if (body === undefined)
        throw new errors/* InputError */.dz('truncated OpenSSH private key (no END line)', label);
    const bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    if (!bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)) {
        throw new errors/* InputError */.dz('not an openssh-key-v1 private key', label);
    }
    return parsedOrInputError(label, () => {
        const reader = new wire/* WireReader */.ZT(bytes.subarray(OPENSSH_MAGIC.length));
        const cipher = reader.text('cipher name');
        const kdf = reader.text('KDF name');
        reader.string('KDF options');
        if (cipher !== 'none' || kdf !== 'none') {
            throw new errors/* InputError */.dz('the OpenSSH private key is passphrase-protected; node:crypto cannot decrypt it (bcrypt KDF). ' +
                "Sign with an unencrypted copy kept in a CI secret (ssh-keygen -p -N '' -f COPY) or a PEM key with --key-passphrase-env", label);
        }
        if (reader.uint32('key count') !== 1)
            throw new errors/* InputError */.dz('OpenSSH key files holding several keys are not supported', label);
        const publicKey = (0,keys/* parsePublicKeyBlob */.jQ)(reader.string('public key'));
        const secret = new wire/* WireReader */.ZT(reader.string('private section'));
        if (secret.uint32('check bytes') !== secret.uint32('check bytes'))
            throw new errors/* InputError */.dz('corrupt OpenSSH private key (check bytes differ)', label);
        if (secret.text('key type') !== publicKey.type)
            throw new errors/* InputError */.dz('the private section holds another key type than the file', label);
        const jwk = publicKey.key.export({ format: 'jwk' });
        let privateKey;
        if (publicKey.type === 'ssh-rsa') {
            privateKey = importPrivateJwk(rsaPrivateJwk(secret), label);
        }
        else if (publicKey.type === 'ssh-ed25519') {
            secret.string('ed25519 public key');
            const both = secret.string('ed25519 private key'); // seed ‖ public key
            if (both.length !== 64)
                throw new errors/* InputError */.dz('malformed ed25519 private key', label);
            privateKey = importPrivateJwk({ ...jwk, d: b64url(both.subarray(0, 32)) }, label);
        }
        else {
            const curve = keys/* CURVES */.H1[publicKey.type];
            secret.text('curve name');
            secret.string('EC point');
            const d = padTo(secret.mpintPositive('EC private key'), curve.fieldBytes, label);
            privateKey = importPrivateJwk({ ...jwk, d: b64url(d) }, label);
        }
        // The public half the file states must be the one the private key has.
        if (keyIdOf((0,external_node_crypto_.createPublicKey)(privateKey)) !== keyIdOf(publicKey.key))
            throw new errors/* InputError */.dz('the private key does not match the public key in the file', label);
        return privateKey;
    });
}
/** The ssh-rsa private section: n, e, d, iqmp, p, q (note: n before e, unlike the public blob). */
function rsaPrivateJwk(reader) {
    const [n, e, d, iqmp, p, q] = ['n', 'e', 'd', 'iqmp', 'p', 'q'].map((part) => reader.mpintPositive(`RSA ${part}`));
    const dBig = toBigInt(d);
    return {
        kty: 'RSA',
        n: b64url(n),
        e: b64url(e),
        d: b64url(d),
        p: b64url(p),
        q: b64url(q),
        dp: b64url(fromBigInt(dBig % (toBigInt(p) - 1n))),
        dq: b64url(fromBigInt(dBig % (toBigInt(q) - 1n))),
        qi: b64url(iqmp),
    };
}
function toBigInt(bytes) {
    return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`);
}
function fromBigInt(value) {
    let hex = value.toString(16);
    if (hex.length % 2)
        hex = `0${hex}`;
    return Buffer.from(hex, 'hex');
}
function firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0] ?? message;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/checks/provenance/rules.ts
/** Every way provenance verification can fail, one rule id each (SARIF rules, fingerprints). */

const CHECK = 'provenance';
const RULES = {
    'subject-mismatch': {
        title: 'artifact differs from the provenance statement',
        help: "The artifact's digest is not the one the statement recorded when the run was stamped: the file was replaced or modified afterwards. Redeploy the artifact of the stamped run.",
        severity: 'critical',
    },
    'subject-missing': {
        title: 'attested artifact missing',
        help: 'The statement names an artifact the checksum manifest does not list: it was removed or renamed after stamping.',
        severity: 'critical',
    },
    'unattested-artifact': {
        title: 'artifact not in the provenance statement',
        help: 'The checksum manifest lists a file the statement does not attest: it was added after stamping. Remove it, or stamp the run again if it belongs to it.',
        severity: 'critical',
    },
    'manifest-digest-mismatch': {
        title: 'checksum manifest differs from the stamped one',
        help: 'checksum.sha256 is not the manifest whose digest meta.json and the statement recorded: it was rewritten after stamping.',
        severity: 'critical',
    },
    'manifest-missing': {
        title: 'no checksum manifest beside the artifacts',
        help: "The artifact directory has no checksum.sha256; stamping writes one. Copy the run's artifact directory whole, manifest included.",
        severity: 'critical',
    },
    'meta-changed': {
        title: 'meta.json changed after stamping',
        help: 'The statement binds the digest of meta.json as written by the stamp; the file was edited since. Restore it, or stamp the run again (re-signing it).',
        severity: 'high',
    },
    'stamp-torn': {
        title: 'meta.json and the statement come from different stamps',
        help: 'meta.json was written by a later stamp whose statement never replaced this one (the stamp was interrupted between writing meta.json and the statement): the pair vouches for no single run state. Re-run `pipeguard provenance stamp` (with the signing key, if the run is signed). If nobody stamped since, treat it as meta-changed.',
        severity: 'high',
    },
    'meta-missing': {
        title: 'meta.json missing',
        help: 'The run directory has no meta.json to check the statement against.',
        severity: 'high',
    },
    'meta-invalid': {
        title: 'meta.json does not match run-meta.v1',
        help: 'meta.json fails schemas/run-meta.v1.schema.json.',
        severity: 'high',
    },
    'meta-mismatch': {
        title: 'meta.json and the statement disagree',
        help: 'A fact recorded in both (commit, run id) differs between meta.json and the statement: one of them was edited.',
        severity: 'high',
    },
    'statement-mismatch': {
        title: 'statement differs from the signed envelope',
        help: 'provenance.intoto.json is not the payload the DSSE envelope signed: it was edited after signing. The signed payload is what counts.',
        severity: 'critical',
    },
    'commit-missing': {
        title: 'recorded commit not in the repository',
        help: 'The commit the run recorded does not exist in this clone (git cat-file -e): it was never pushed, was rewritten away, or the clone is shallow (fetch-depth: 0).',
        severity: 'high',
    },
    'commit-unverifiable': {
        title: 'recorded commit cannot be checked',
        help: 'The root is not a git work tree, so the recorded commit cannot be looked up. Verify inside a clone of the repository.',
        severity: 'medium',
    },
    'signature-invalid': {
        title: 'no valid signature by a trusted key',
        help: 'The DSSE envelope holds no signature over its payload that verifies with this public key: wrong key, or the payload was changed after signing.',
        severity: 'critical',
    },
    'signature-unverified': {
        title: 'signed provenance, but no public key to verify it',
        help: 'The run carries a DSSE envelope but no public key was given (--public-key or provenance.public-keys), so its signature proves nothing yet.',
        severity: 'high',
    },
    unsigned: {
        title: 'provenance is not signed',
        help: 'A public key or require-signature is configured, but the run has no provenance.intoto.dsse.json. Stamp with --sign-key.',
        severity: 'high',
    },
    'payload-type': {
        title: 'envelope payload is not an in-toto statement',
        help: "The DSSE envelope's payloadType is not application/vnd.in-toto+json.",
        severity: 'critical',
    },
    'no-stamped-run': {
        title: 'deployment traces back to no stamped run',
        help: 'No stamped run under the configured run directories produced these artifacts (same manifest digest or same files). Deploy from a stamped run, or pass --run.',
        severity: 'critical',
    },
};
function provenanceFinding(spec) {
    return (0,model/* ruleFinding */.Ex)(CHECK, RULES, spec);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/checks/provenance/inputs.ts
/**
 * The one way provenance opens the files it reads — meta.json, statements, envelopes, policies,
 * manifests, keys, the audit log: resolved inside the root (no `..`, no symlink leaving it on any
 * component, the file itself included), a regular file, under a size cap. Otherwise a file outside
 * the root could be copied into a stamped record or stand in for the one being verified.
 * A path the user typed on the command line that lies outside the root is its own root (the
 * design's rule for command-line paths); inside the root, the root's rule holds for it too.
 */





/** Nothing provenance reads is larger than this (a statement of 100k subjects is ~20 MiB). */
const MAX_PROVENANCE_INPUT_BYTES = 64 * 1024 * 1024;
/** Where `file` (absolute, or relative to the root) is, refused if it leaves the root. */
function locateInput(root, file, options = {}) {
    const absolute = external_node_path_default().resolve(root, file);
    const outside = !(0,fs/* isInside */.FK)(root, absolute);
    const shown = outside ? absolute : (0,fs/* relativeToRoot */.yY)(root, absolute) || '.';
    if (outside && options.commandLine)
        return { absolute, shown };
    return { absolute: (0,fs/* resolveInsideRoot */.Pk)(root, absolute, shown), shown };
}
/** The file's bytes, or undefined when it does not exist. Anything else wrong → InputError. */
async function readOptionalInput(root, file, what, options = {}) {
    const located = locateInput(root, file, options);
    const maxBytes = options.maxBytes ?? MAX_PROVENANCE_INPUT_BYTES;
    let handle;
    try {
        // Non-blocking, so a FIFO planted under the name is refused below instead of hanging the read.
        handle = await (0,promises_.open)(located.absolute, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz(`${what} cannot be read (${code ?? 'error'})`, located.shown);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new errors/* InputError */.dz(`${what} is not a regular file`, located.shown);
        if (info.size > maxBytes) {
            throw new errors/* InputError */.dz(`${what} is larger than ${maxBytes >> 20} MiB`, located.shown);
        }
        return { ...located, bytes: await handle.readFile() };
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code;
        throw new errors/* InputError */.dz(`${what} cannot be read (${code ?? 'error'})`, located.shown);
    }
    finally {
        await handle.close();
    }
}
/** The file's bytes; a missing file is an InputError naming it. */
async function readInput(root, file, what, options = {}) {
    const read = await readOptionalInput(root, file, what, options);
    if (!read)
        throw new errors/* InputError */.dz(`${what} not found`, locateInput(root, file, options).shown);
    return read;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/checks/checksums/parse.ts
var parse = __webpack_require__(8921);
// EXTERNAL MODULE: ./src/checks/checksums/rules.ts
var rules = __webpack_require__(8941);
// EXTERNAL MODULE: ./src/checks/checksums/manifest.ts
var checksums_manifest = __webpack_require__(6105);
;// CONCATENATED MODULE: ./src/util/lock.ts
/**
 * An exclusive lock on a directory, for work that rewrites several files in it as one change: a lock
 * file created with O_EXCL, holding the owner's pid, host and a nonce. A lock whose owner is gone
 * (same host, pid not running: a killed or crashed run) is broken; a live one is waited for, up
 * to a bound, then refused with one line naming the lock file (exit 2).
 */





/** Content written to the lock file before it is readable is at most this old; older is garbage. */
const UNREADABLE_GRACE_MS = 10_000;
const DEFAULT_LOCK_TIMEOUT_MS = 120_000;
/** Run `work` holding `dir/name`; the lock is released however `work` ends. */
async function withDirectoryLock(dir, name, shown, work, options = {}) {
    const release = await acquire(external_node_path_default().join(dir, name), shown, options);
    try {
        return await work();
    }
    finally {
        await release();
    }
}
async function acquire(file, shown, options) {
    const me = {
        pid: process.pid,
        host: (0,external_node_os_.hostname)(),
        nonce: (0,external_node_crypto_.randomBytes)(8).toString('hex'),
        since: new Date().toISOString(),
    };
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    let told = false;
    for (let attempt = 0;; attempt++) {
        if (await tryCreate(file, shown, me))
            return () => releaseIfOurs(file, me.nonce);
        const holder = await readHolder(file);
        if (holder === 'gone')
            continue;
        if (holder === 'unreadable' ? await olderThan(file, UNREADABLE_GRACE_MS) : isDead(holder)) {
            await breakStale(file, holder === 'unreadable' ? undefined : holder.nonce);
            continue;
        }
        const who = holder === 'unreadable' ? 'another process' : describe(holder);
        if (Date.now() >= deadline) {
            throw new errors/* InputError */.dz(`locked by ${who}; still held after ${Math.round((options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS) / 1000)} s (if that process is gone, delete the lock file)`, shown);
        }
        if (!told)
            options.onWait?.(who);
        told = true;
        // Short polls first (a stamp takes well under a second), then back off.
        await sleep(Math.min(25 * 2 ** Math.min(attempt, 4), 400) + Math.random() * 25);
    }
}
async function tryCreate(file, shown, me) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'wx', 0o644);
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw (0,errors/* withPath */.iD)(error, file, 'write');
    }
    try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
    }
    catch (error) {
        // A lock without its holder (a full disk) would make every later stamp wait: take it back.
        await handle.close();
        await (0,promises_.rm)(file, { force: true });
        throw (0,errors/* withPath */.iD)(error, file, 'write');
    }
    await handle.close();
    return true;
}
async function readHolder(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        return error.code === 'ENOENT' ? 'gone' : 'unreadable';
    }
    try {
        const value = JSON.parse(text);
        if (typeof value.pid === 'number' &&
            typeof value.host === 'string' &&
            typeof value.nonce === 'string') {
            return { pid: value.pid, host: value.host, nonce: value.nonce, since: String(value.since) };
        }
    }
    catch {
        // Fall through: being written right now, or garbage.
    }
    return 'unreadable';
}
/** Only a holder on this host can be known dead; one elsewhere is waited for. */
function isDead(holder) {
    if (holder.host !== (0,external_node_os_.hostname)())
        return false;
    try {
        process.kill(holder.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Remove a stale lock without removing a fresh one another waiter created meanwhile: move it
 * aside (only one waiter wins the rename), and if what was moved is not the stale lock judged,
 * put it back.
 */
async function breakStale(file, staleNonce) {
    const aside = `${file}.stale-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.rename)(file, aside);
    }
    catch {
        return;
    }
    const moved = await readHolder(aside);
    const isTheStaleOne = staleNonce === undefined
        ? moved === 'unreadable'
        : typeof moved === 'object' && moved.nonce === staleNonce;
    if (!isTheStaleOne)
        await (0,promises_.link)(aside, file).catch(() => undefined);
    await (0,promises_.rm)(aside, { force: true });
}
async function releaseIfOurs(file, nonce) {
    const holder = await readHolder(file);
    if (typeof holder === 'object' && holder.nonce === nonce)
        await (0,promises_.rm)(file, { force: true });
}
async function olderThan(file, ms) {
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > ms;
}
function describe(holder) {
    return `pid ${holder.pid}${holder.host === (0,external_node_os_.hostname)() ? '' : ` on ${holder.host}`} since ${holder.since}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/report/audit.ts
var audit = __webpack_require__(8809);
// EXTERNAL MODULE: ./src/schema/catalog.ts + 9 modules
var catalog = __webpack_require__(6784);
// EXTERNAL MODULE: ./src/schema/document.ts
var schema_document = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/schema/registry.ts + 2 modules
var registry = __webpack_require__(1312);
;// CONCATENATED MODULE: ./src/checks/provenance/approvals.ts
/**
 * Approval decisions for a run, read back from pipeguard's own JSONL audit log
 * (schemas/audit-record.v1.schema.json): the eval gate's decisions with the exception ids that
 * covered them, their signers and PR reviewers. Records are matched by run_id, and an eval-gate
 * decision also by the run it evaluated (its metrics or manifest inside the stamped run directory),
 * so a gate run locally without PIPEGUARD_RUN_ID still reaches the run's meta.json. The log is
 * streamed line by line, so an append-only log of any size is fine.
 */










/** Checks whose decisions are approvals; any other record counts only when it names an exception. */
const GATE_CHECKS = new Set(['eval-gate', 'exception', 'approval']);
async function readApprovals(logFile, shownLog, match, warn = () => undefined) {
    if (!logFile)
        return { approvals: [], exceptionIds: [], audit: null };
    const { runIds } = match;
    const wanted = new Set(runIds);
    const linkedRunIds = new Set();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const approvals = [];
    let records = 0;
    const exists = await (0,promises_.stat)(logFile).then((info) => info.isFile(), () => false);
    if (exists) {
        const validate = (0,registry/* validatorFor */.qA)(catalog/* SCHEMA_IDS */.r.auditRecord);
        // Cheap pre-filter: a line that holds none of the ids as a JSON string cannot match.
        const needles = runIds.map((id) => JSON.stringify(id));
        // A path inside the run directory, as the record's JSON writes it: `"runs/run-1/…`.
        if (match.runDir)
            needles.push(JSON.stringify(`${match.runDir}/`).slice(0, -1));
        // A last line without its newline is a record torn by a crash or a full disk: reported and
        // skipped when it does not parse, as every audit-log reader does (see TORN_RECORD).
        const tornAtEnd = await endsTorn(logFile);
        let unparsed;
        const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(logFile), crlfDelay: Infinity });
        let lineNumber = 0;
        for await (const line of lines) {
            if (unparsed)
                throw unparsed;
            lineNumber += 1;
            if (!needles.some((n) => line.includes(n)))
                continue;
            let doc;
            try {
                doc = parseLine(line, shownLog, lineNumber);
            }
            catch (error) {
                if (!tornAtEnd || !(error instanceof errors/* InputError */.dz))
                    throw error;
                unparsed = error;
                continue;
            }
            if (!doc)
                continue;
            const record = doc.value;
            if (typeof record !== 'object' || record === null)
                continue;
            const byRunId = wanted.has(record.run_id);
            if (!byRunId && !evaluatedRunIn(record, match.runDir))
                continue;
            if (!validate(record)) {
                const [first] = (0,registry/* locateErrors */.yU)(doc, validate.errors ?? []);
                throw new errors/* InputError */.dz(`audit record: ${first?.message ?? 'invalid'}`, shownLog, lineNumber, first?.position.column);
            }
            records += 1;
            if (!byRunId)
                linkedRunIds.add(String(record.run_id));
            hash.update(`${line}\n`);
            const approval = approvalOf(record);
            if (approval)
                approvals.push(approval);
        }
        if (unparsed)
            warn(`${shownLog}:${lineNumber}: ${audit.TORN_RECORD}; skipped`);
    }
    const exceptionIds = [...new Set(approvals.flatMap((a) => a.exception_ids ?? []))].sort();
    return {
        approvals,
        exceptionIds,
        audit: {
            log: shownLog,
            records,
            sha256: hash.digest('hex'),
            run_ids: [...new Set([...wanted, ...linkedRunIds])].sort(),
        },
    };
}
/** An eval-gate decision whose metrics or manifest lie inside the run directory. */
function evaluatedRunIn(record, runDir) {
    if (!runDir || record.check !== 'eval-gate' || !isRecord(record.details))
        return false;
    const params = record.details.params;
    if (!isRecord(params))
        return false;
    return [params.metrics, params.manifest].some((file) => typeof file === 'string' && external_node_path_default().posix.normalize(file).startsWith(`${runDir}/`));
}
/**
 * What a record says about approval. `details` is check-specific; the eval gate and PR-review
 * approval record exception ids, signers and reviewers under these names (strings or objects).
 */
function approvalOf(record) {
    const details = isRecord(record.details) ? record.details : {};
    const exceptionIds = unique([
        ...strings(details.exception_id),
        ...strings(details.exception_ids),
        ...namesOf(details.exception, ['id']),
        // The eval gate lists every exception it considered; only those that covered a metric count.
        ...namesOf(asList(details.exceptions).filter(coveredSomething), ['id']),
        ...(isRecord(details.covered) ? strings(Object.values(details.covered)) : []),
    ]);
    // The eval gate's `signers` are {exception, role, by, via: signature | review}.
    const verdicts = asList(details.signers);
    const byReview = (item) => isRecord(item) && item.via === 'review';
    const signers = unique(withRoles(verdicts.filter((v) => !byReview(v)), SIGNER_KEYS));
    const reviewers = unique([
        ...withRoles(verdicts.filter(byReview), SIGNER_KEYS),
        ...namesOf(details.reviewers, ['login', 'user', 'name']),
        ...namesOf(details.approvers, ['login', 'user', 'name']),
    ]);
    const check = String(record.check);
    if (!GATE_CHECKS.has(check) &&
        exceptionIds.length === 0 &&
        signers.length === 0 &&
        reviewers.length === 0) {
        return undefined;
    }
    return {
        check,
        stage: String(record.stage),
        decision: record.decision,
        time: String(record.time),
        ...(typeof record.actor === 'string' ? { actor: record.actor } : {}),
        ...(typeof record.reason === 'string' && record.reason ? { reason: record.reason } : {}),
        ...(exceptionIds.length ? { exception_ids: exceptionIds } : {}),
        ...(signers.length ? { signers } : {}),
        ...(reviewers.length ? { reviewers } : {}),
    };
}
/** One JSONL line; errors re-pointed at the line's number in the whole log. */
async function endsTorn(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return false;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] !== 0x0a;
    }
    finally {
        await handle.close();
    }
}
function parseLine(line, file, lineNumber) {
    try {
        return (0,schema_document.parseDocuments)(line, file, 'jsonl')[0];
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw new errors/* InputError */.dz(error.message, file, lineNumber, error.column);
        throw error;
    }
}
const SIGNER_KEYS = ['principal', 'by', 'login', 'name', 'signer', 'id'];
function asList(value) {
    return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
/** An exception entry without a `covers` list, or with a non-empty one (and not marked unusable). */
function coveredSomething(item) {
    if (!isRecord(item))
        return typeof item === 'string';
    if (item.usable === false)
        return false;
    return !Array.isArray(item.covers) || item.covers.length > 0;
}
/** Names, as `name (role)` when the entry says which role it satisfied. */
function withRoles(items, keys) {
    return items.flatMap((item) => {
        const [name] = namesOf(item, keys);
        if (!name)
            return [];
        return isRecord(item) && typeof item.role === 'string' && item.role
            ? [`${name} (${item.role})`]
            : [name];
    });
}
function strings(value) {
    if (typeof value === 'string' && value)
        return [value];
    return Array.isArray(value)
        ? value.filter((v) => typeof v === 'string' && v !== '')
        : [];
}
/** Strings, or the first string property among `keys` of objects, from a value or list of values. */
function namesOf(value, keys) {
    const items = asList(value);
    const out = [];
    for (const item of items) {
        if (typeof item === 'string' && item)
            out.push(item);
        else if (isRecord(item)) {
            const key = keys.find((k) => typeof item[k] === 'string' && item[k] !== '');
            if (key)
                out.push(item[key]);
            else if (isRecord(item.user) && typeof item.user.login === 'string')
                out.push(item.user.login);
        }
    }
    return out;
}
function unique(values) {
    return [...new Set(values)];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/checks/provenance/ci-facts.ts
/**
 * Where a run was stamped, in the vocabulary of GitHub's SLSA buildType (workflow ref, repository,
 * path; event, ids, runner environment) and Fulcio's OIDs. Outside CI: `ci: null` and a local builder,
 * with no user or host names recorded.
 */


const LOCAL_BUILDER_ID = 'https://pipeguard.dev/builders/local/v1';
/** The GitHub Actions facts of this run, or null outside GitHub Actions. */
function collectCiFacts(ci, env) {
    if (!ci.isGitHubActions)
        return null;
    const missing = [
        ['GITHUB_REPOSITORY', ci.repository],
        ['GITHUB_EVENT_NAME', ci.eventName],
        ['GITHUB_RUN_ID', ci.runId],
    ]
        .filter(([, value]) => !value)
        .map(([name]) => name);
    if (missing.length > 0) {
        // Fail closed: a half-described CI run would look like trustworthy provenance.
        throw new errors/* InputError */.dz(`GITHUB_ACTIONS is true but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set`);
    }
    const repository = ci.repository;
    const runId = ci.runId;
    const runAttempt = ci.runAttempt || '1';
    const facts = {
        provider: 'github-actions',
        server_url: ci.serverUrl,
        repository,
        ...defined({
            repository_id: env.GITHUB_REPOSITORY_ID,
            repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID,
            workflow_ref: ci.workflowRef,
        }),
        workflow_sha: objectIdOrNull(ci.workflowSha),
        event_name: ci.eventName,
        ...defined({ ref: ci.ref }),
        sha: objectIdOrNull(ci.sha),
        ...defined({
            actor: ci.actor,
            actor_id: env.GITHUB_ACTOR_ID,
            triggering_actor: env.GITHUB_TRIGGERING_ACTOR,
        }),
        run_id: runId,
        run_attempt: runAttempt,
        ...defined({
            run_number: ci.runNumber,
            runner_environment: ci.runnerEnvironment,
            runner_os: env.RUNNER_OS,
            runner_arch: env.RUNNER_ARCH,
        }),
        invocation_url: `${ci.serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`,
    };
    if (ci.pullRequest) {
        facts.pull_request = {
            number: ci.pullRequest.number,
            head_sha: ci.pullRequest.headSha.toLowerCase(),
            base_sha: ci.pullRequest.baseSha.toLowerCase(),
            ...defined({
                head_ref: ci.pullRequest.headRef || undefined,
                base_ref: ci.pullRequest.baseRef || undefined,
                author: ci.pullRequest.author || undefined,
            }),
        };
    }
    return facts;
}
/**
 * SLSA builder.id: the workflow (server URL + workflow ref), as actions/attest derives it from the
 * job_workflow_ref claim; outside CI, pipeguard's local builder with platform and Node version.
 */
function builderFacts(ci) {
    if (ci) {
        return {
            id: ci.workflow_ref
                ? `${ci.server_url}/${ci.workflow_ref}`
                : `${ci.server_url}/${ci.repository}/actions`,
            kind: 'github-actions',
        };
    }
    return {
        id: LOCAL_BUILDER_ID,
        kind: 'local',
        platform: `${(0,external_node_os_.platform)()}-${(0,external_node_os_.arch)()}`,
        node: process.version,
    };
}
/**
 * The buildType's `workflow.path`: the workflow ref minus the `owner/repo/` prefix and the `@ref`
 * suffix (both the path and the ref may contain `@`, so the known ref is stripped when it matches).
 */
function workflowPath(ci) {
    const ref = ci.workflow_ref;
    if (!ref)
        return undefined;
    const prefix = `${ci.repository}/`;
    let rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : ref;
    if (ci.ref && rest.endsWith(`@${ci.ref}`))
        rest = rest.slice(0, -(ci.ref.length + 1));
    else {
        const at = rest.indexOf('@refs/');
        if (at >= 0)
            rest = rest.slice(0, at);
        else if (rest.lastIndexOf('@') > 0)
            rest = rest.slice(0, rest.lastIndexOf('@'));
    }
    return rest;
}
function objectIdOrNull(value) {
    const lower = value?.toLowerCase();
    return lower && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lower) ? lower : null;
}
function defined(record) {
    const out = {};
    for (const [key, value] of Object.entries(record))
        if (value)
            out[key] = value;
    return out;
}

// EXTERNAL MODULE: ./src/checks/checksums/hash.ts
var hash = __webpack_require__(5492);
// EXTERNAL MODULE: ./src/checks/checksums/walk.ts
var walk = __webpack_require__(9725);
;// CONCATENATED MODULE: ./src/checks/provenance/data-digest.ts
/**
 * `data_digest` for a dataset file or directory, reproducible with coreutils:
 *   file:       `sha256sum FILE`
 *   directory:  sha256 of the manifest `pipeguard checksums write` would write for it (sorted
 *               `<hex>  <path>` lines), i.e.
 *               `cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`
 * Hashing, walking and line format are the checksums check's, so both always agree.
 */






async function dataDigestOf(absolute, shown) {
    let real;
    try {
        real = await (0,promises_.realpath)(absolute);
    }
    catch {
        throw new errors/* InputError */.dz('data path not found (needed for --data-digest)', shown);
    }
    const info = await (0,promises_.stat)(real);
    if (info.isFile()) {
        const [outcome] = (await (0,hash.hashFiles)([{ file: real, size: info.size }])).outcomes;
        if (!outcome?.ok)
            throw new errors/* InputError */.dz(`cannot read the data file: ${outcome?.error ?? 'not hashed'}`, shown);
        return { digest: `sha256:${outcome.sha256}`, files: 1, bytes: outcome.size };
    }
    if (!info.isDirectory())
        throw new errors/* InputError */.dz('data path is neither a file nor a directory', shown);
    const { files, problems } = await (0,walk/* walkArtifactDir */.LH)(real, () => false);
    const problem = problems[0];
    if (problem)
        throw new errors/* InputError */.dz(`cannot digest ${problem.path}: ${problem.detail}`, shown);
    if (files.length === 0)
        throw new errors/* InputError */.dz('the data directory is empty', shown);
    for (const file of files) {
        const reason = (0,parse/* unwritableNameReason */.PB)(file.path);
        if (reason)
            throw new errors/* InputError */.dz(`cannot digest "${file.path}" reproducibly: its name ${reason}`, shown);
    }
    const { outcomes } = await (0,hash.hashFiles)(files.map((f) => ({ file: f.real, size: f.size })));
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    files.forEach((file, i) => {
        const outcome = outcomes[i];
        if (!outcome?.ok)
            throw new errors/* InputError */.dz(`cannot read ${file.path}: ${outcome?.error ?? 'not hashed'}`, shown);
        bytes += outcome.size;
        manifest.update((0,parse/* formatGnuLine */.cf)(outcome.sha256, file.path));
    });
    return { digest: `sha256:${manifest.digest('hex')}`, files: files.length, bytes };
}

;// CONCATENATED MODULE: ./src/checks/provenance/dsse.ts
/**
 * DSSE envelopes (secure-systems-lab/dsse v1): signatures over PAE(payloadType, payload), never over
 * the JSON text, so re-serialising the envelope cannot change what was signed. Verification follows
 * the protocol's order: decode, verify over PAE, check the type, and only then hand back the payload.
 * Every signature is checked with node:crypto (sigstore's verifier looks at signatures[0] only).
 */


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Pre-Authentication Encoding: `DSSEv1 SP len(type) SP type SP len(body) SP body`. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload,
    ]);
}
/**
 * The digest each key type signs with: Ed25519 none (it hashes internally), ECDSA the curve's own
 * hash (DER-encoded signature, as cosign and securesystemslib do), RSA SHA-256 with PKCS#1 v1.5.
 */
function algorithmFor(key) {
    switch (key.asymmetricKeyType) {
        case 'ed25519':
            return null;
        case 'ec': {
            const curve = key.asymmetricKeyDetails?.namedCurve;
            return curve === 'secp384r1' ? 'sha384' : curve === 'secp521r1' ? 'sha512' : 'sha256';
        }
        default:
            return 'sha256';
    }
}
function signEnvelope(payload, payloadType, keys) {
    const message = pae(payloadType, payload);
    return {
        payloadType,
        payload: Buffer.from(payload).toString('base64'),
        signatures: keys.map((key) => ({
            keyid: key.keyid,
            sig: (0,external_node_crypto_.sign)(algorithmFor(key.privateKey), message, key.privateKey).toString('base64'),
        })),
    };
}
/** For each trusted key, whether some signature in the envelope verifies under it. */
function verifyEnvelope(envelope, keys) {
    const payload = decodeBase64(envelope.payload);
    const message = pae(envelope.payloadType, payload ?? Buffer.alloc(0));
    const signatures = envelope.signatures.map((s) => decodeBase64(s.sig));
    const verdicts = keys.map((key) => {
        if (payload === undefined)
            return { key };
        const index = signatures.findIndex((sig) => sig !== undefined && verifiesUnder(key.publicKey, message, sig));
        return index >= 0 ? { key, signatureIndex: index } : { key };
    });
    return { payload: payload ?? Buffer.alloc(0), payloadType: envelope.payloadType, verdicts };
}
function verifiesUnder(key, message, signature) {
    try {
        return (0,external_node_crypto_.verify)(algorithmFor(key), message, key, signature);
    }
    catch {
        return false; // a signature of another algorithm's shape is simply not a match
    }
}
/** Standard or URL-safe base64, strictly (junk characters are not silently skipped). */
function decodeBase64(text) {
    const clean = text.replace(/=+$/, '');
    if (!/^[A-Za-z0-9+/]*$/.test(clean) && !/^[A-Za-z0-9_-]*$/.test(clean))
        return undefined;
    if (clean.length % 4 === 1)
        return undefined;
    return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
/** Shape check of a parsed envelope; anything else is an input error naming the file. */
function envelopeFrom(value, file) {
    const fail = (what) => {
        throw new errors/* InputError */.dz(`not a DSSE envelope: ${what}`, file);
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail('expected a JSON object');
    const record = value;
    if (typeof record.payloadType !== 'string' || record.payloadType === '')
        return fail('`payloadType` missing');
    if (typeof record.payload !== 'string')
        return fail('`payload` missing');
    if (decodeBase64(record.payload) === undefined)
        return fail('`payload` is not base64');
    if (!Array.isArray(record.signatures) || record.signatures.length === 0)
        return fail('no `signatures`');
    const signatures = record.signatures.map((s, i) => {
        if (typeof s !== 'object' || s === null || typeof s.sig !== 'string') {
            return fail(`signatures[${i}] has no \`sig\``);
        }
        const { keyid, sig } = s;
        return typeof keyid === 'string' ? { keyid, sig } : { sig };
    });
    return { payloadType: record.payloadType, payload: record.payload, signatures };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
;// CONCATENATED MODULE: ./src/checks/provenance/git-facts.ts
/**
 * What the code of a run was: the commit (the PR head on pull_request, never GitHub's merge commit),
 * the branch, a credential-free repository URL and whether the work tree differed from the commit.
 */




const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function collectGitFacts(input) {
    const { root, ci, env, log } = input;
    await (0,git/* requireGitWorkTree */.lS)(root, 'provenance records the commit a run came from');
    const checkedOut = await headCommit(root);
    let commit = checkedOut;
    if (ci.pullRequest) {
        // GITHUB_SHA is the merge commit of refs/pull/N/merge; what was reviewed is the head.
        commit = ci.pullRequest.headSha.toLowerCase();
        if (!OBJECT_ID.test(commit)) {
            throw new errors/* InputError */.dz('the event payload holds no valid pull_request.head.sha', env.GITHUB_EVENT_PATH);
        }
        if (checkedOut !== commit && checkedOut !== ci.sha) {
            log.warn(`checked-out commit ${checkedOut} is neither the PR head ${commit} nor its merge commit ${ci.sha ?? '?'}`);
        }
    }
    else if (ci.sha && ci.sha !== checkedOut) {
        log.warn(`GITHUB_SHA ${ci.sha} differs from the checked-out commit ${checkedOut}; recording the checkout`);
    }
    const [branch, repoUrl, diff] = await Promise.all([
        branchOf(root, ci, env),
        repositoryUrl(root, ci, input.registerSecret),
        diffDigest(root, input.exclude),
    ]);
    return { commit, checkedOut, branch, repoUrl, dirty: diff !== null, diffSha256: diff };
}
async function headCommit(root) {
    try {
        return (await (0,git.runGit)(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], 'resolve HEAD')).trim();
    }
    catch {
        throw new errors/* InputError */.dz('the repository has no commit yet: commit the code before stamping a run', root);
    }
}
async function branchOf(root, ci, env) {
    if (ci.pullRequest?.headRef)
        return ci.pullRequest.headRef;
    if (env.GITHUB_HEAD_REF)
        return env.GITHUB_HEAD_REF;
    if (ci.isGitHubActions && ci.ref?.startsWith('refs/heads/'))
        return ci.ref.slice('refs/heads/'.length);
    try {
        const name = (await (0,git.runGit)(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], 'read the branch')).trim();
        return name || null;
    }
    catch {
        return null; // detached HEAD
    }
}
async function repositoryUrl(root, ci, registerSecret) {
    if (ci.isGitHubActions && ci.repository)
        return `${ci.serverUrl}/${ci.repository}`;
    let remote = '';
    try {
        remote = (await (0,git.runGit)(root, ['config', '--get', 'remote.origin.url'], 'read the origin URL')).trim();
    }
    catch {
        const names = (await (0,git.runGit)(root, ['remote'], 'list remotes')).split('\n').filter(Boolean);
        if (names[0])
            remote = (await (0,git.runGit)(root, ['remote', 'get-url', names[0]], 'read a remote URL')).trim();
    }
    return remote ? publicRepositoryUrl(remote, registerSecret) : null;
}
/**
 * A remote URL as a credential-free web URL: `git@host:o/r.git` and `ssh://git@host/o/r.git` become
 * `https://host/o/r`; user names, passwords and tokens are dropped (and handed to `registerSecret`
 * so the Action masks them); query, fragment and `.git` are removed. Local paths become `file://`.
 */
function publicRepositoryUrl(remote, registerSecret = () => { }) {
    const text = remote.trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^[A-Za-z]:[\\/]/.test(text)) {
        // scp-like `[user@]host:path`: the user is an SSH login, never a secret, and is dropped.
        const scp = /^(?:[^@/\s:]+@)?([A-Za-z0-9.-]+):(?!\/)([^\s?#]+)$/.exec(text);
        if (scp)
            return `https://${scp[1].toLowerCase()}/${trimRepoPath(scp[2])}`;
        if (!text.startsWith('/'))
            return null;
    }
    if (text.startsWith('/')) {
        return /^[^\s?#]+$/.test(text) ? `file:///${trimRepoPath(text)}` : null;
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return null;
    }
    // The password is a credential; a user name only when it stands alone over http(s)
    // (`https://TOKEN@host/...`): masking `git` or `oauth2` would blank every log line.
    if (url.password)
        registerSecret(safeDecode(url.password));
    else if (url.username && /^https?:$/.test(url.protocol))
        registerSecret(safeDecode(url.username));
    const path = trimRepoPath(url.pathname);
    switch (url.protocol) {
        case 'https:':
        case 'http:':
            return `${url.protocol}//${url.host}/${path}`;
        case 'ssh:':
        case 'git:':
        case 'git+ssh:':
        case 'ssh+git:':
            // The web URL of an SSH remote: same host, https, no SSH port.
            return `https://${url.hostname}/${path}`;
        case 'file:':
            return `file:///${path}`;
        default:
            return null;
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function trimRepoPath(path) {
    return path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
}
/**
 * SHA-256 of `git diff HEAD --binary` over the whole repository (tracked files, staged or not),
 * leaving out the run directory itself; null when there is no difference. Streamed: a large diff
 * is never held in memory.
 */
async function diffDigest(root, exclude) {
    const args = [
        '-c',
        'core.quotepath=off',
        'diff',
        'HEAD',
        '--binary',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--',
        ':/',
        ...exclude.map((p) => `:(exclude)${p}`),
    ];
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stdout.on('data', (chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 2000)
                stderr += chunk.toString();
        });
        child.on('error', (error) => reject(new errors/* InputError */.dz(`git could not diff the work tree: ${error.message}`)));
        child.on('close', (code) => {
            if (code === 0)
                resolve();
            else
                reject(new errors/* InputError */.dz(`git could not diff the work tree: ${stderr.split('\n')[0] ?? `exit ${code}`}`));
        });
    });
    return bytes === 0 ? null : hash.digest('hex');
}
/** True when the repository at `root` holds `commit` as a commit object (`git cat-file -e`). */
async function commitExists(root, commit) {
    if (!OBJECT_ID.test(commit))
        return false;
    try {
        await (0,git.runGit)(root, ['cat-file', '-e', `${commit}^{commit}`], 'look up the commit');
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/checks/provenance/meta.ts
/**
 * meta.json: pipeguard's run metadata (schemas/run-meta.v1.schema.json). Stamping merges facts into
 * the file the pipeline already wrote: every key pipeguard does not own is kept as it was, key
 * order included; the result is validated before it is written atomically.
 */






const RUN_META_SCHEMA_ID = 'https://pipeguard.dev/schemas/run-meta.v1.schema.json';
const META_FILE_NAME = 'meta.json';
/**
 * The existing meta.json (inside the root: never through a symlink out of it), or undefined when
 * there is none. Not an object → InputError.
 */
async function readMeta(root, file) {
    const input = await readOptionalInput(root, file, 'meta.json');
    if (!input)
        return undefined;
    const { bytes, shown } = input;
    const docs = (0,schema_document.parseDocuments)((0,util_text/* decodeUtf8 */._6)(bytes, shown), shown, 'json');
    const doc = docs[0];
    if (!doc || typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
        throw new errors/* InputError */.dz('meta.json must hold a JSON object', shown, 1, 1);
    }
    return { value: doc.value, bytes, doc };
}
/**
 * `stamped` over `existing`: stamped keys replace (they are facts measured now), all other keys
 * stay. Keys the stamp leaves undefined keep the existing value (e.g. a dataset the pipeline wrote).
 */
function mergeMeta(existing, stamped) {
    // A `$schema` pipeguard adds goes first, where editors and readers look for it.
    const out = {
        ...(existing.$schema === undefined && stamped.$schema !== undefined
            ? { $schema: stamped.$schema }
            : {}),
        ...existing,
    };
    for (const [key, value] of Object.entries(stamped))
        if (value !== undefined)
            out[key] = value;
    return out;
}
/** Schema problems of a meta object, each located in `doc` when given. */
function metaProblems(value, doc) {
    const validate = (0,registry/* validatorFor */.qA)(RUN_META_SCHEMA_ID);
    if (!validate)
        throw new Error('the run-meta schema is not registered');
    if (validate(value))
        return [];
    const errors = validate.errors ?? [];
    if (doc)
        return (0,registry/* locateErrors */.yU)(doc, errors).map((e) => ({ message: e.message, ...e.position }));
    return errors.map((e) => ({
        message: `${e.instancePath || 'meta.json'} ${e.message ?? 'is invalid'}`,
    }));
}
/** Serialised as pipelines write JSON: two-space indent, trailing newline. */
function serializeMeta(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
async function writeMeta(file, shown, value) {
    const problems = metaProblems(value);
    if (problems.length > 0) {
        // A user key of the wrong type (e.g. `dataset: 5`) would make the stamped file invalid.
        throw new errors/* InputError */.dz(`stamped metadata would not validate: ${problems.map((p) => p.message).join('; ')}`, shown);
    }
    const text = serializeMeta(value);
    await (0,fs/* writeFileAtomic */.Zf)(file, text);
    return text;
}

;// CONCATENATED MODULE: ./src/checks/provenance/policies.ts
/**
 * The policy documents in force for a run (seed 000: "policy settings are captured in run
 * metadata"): each recorded with its path, digest, policy_id and settings, so the run can be
 * replayed and audited against exactly the rules it ran under.
 */







/** Files in the run directory itself that are taken as its policies. */
const RUN_POLICY_NAME = /(^|[-_.])policy\.(json|ya?ml)$/i;
const MAX_POLICY_BYTES = 1024 * 1024;
/** Explicit policy files (root-relative) plus `*policy.{json,yaml,yml}` found in the run directory. */
async function collectPolicies(root, runDirAbs, explicit) {
    const files = new Set();
    for (const p of explicit)
        files.add(external_node_path_default().resolve(root, p));
    for (const entry of await (0,promises_.readdir)(runDirAbs, { withFileTypes: true })) {
        // Symlinks too: one leading out of the root is refused when read, never silently skipped.
        if ((entry.isFile() || entry.isSymbolicLink()) && RUN_POLICY_NAME.test(entry.name))
            files.add(external_node_path_default().join(runDirAbs, entry.name));
    }
    const records = [];
    for (const file of [...files].sort())
        records.push(await readPolicy(root, file));
    return records;
}
async function readPolicy(root, file) {
    const format = (0,schema_document.formatOf)(file);
    const { bytes, shown } = await readInput(root, file, 'policy file', {
        maxBytes: MAX_POLICY_BYTES,
    });
    if (format !== 'json' && format !== 'yaml') {
        throw new errors/* InputError */.dz('a policy must be a .json, .yaml or .yml document', shown);
    }
    const docs = (0,schema_document.parseDocuments)((0,util_text/* decodeUtf8 */._6)(bytes, shown), shown, format);
    if (docs.length !== 1)
        throw new errors/* InputError */.dz('a policy file must hold exactly one document', shown);
    const value = docs[0].value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz('a policy must be a mapping of settings', shown, 1, 1);
    }
    const { policy_id: id, schema_version: version, ...rest } = value;
    const settings = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== '$schema'));
    return {
        file: shown,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        ...(typeof id === 'string' && id ? { policy_id: id } : {}),
        ...(typeof version === 'string' || typeof version === 'number'
            ? { schema_version: String(version) }
            : {}),
        settings,
    };
}

// EXTERNAL MODULE: ./src/checks/models/gate.ts
var gate = __webpack_require__(7069);
// EXTERNAL MODULE: ./src/checks/models/rules.ts
var models_rules = __webpack_require__(7595);
;// CONCATENATED MODULE: ./src/checks/provenance/statement.ts
/**
 * The in-toto Statement v1 with a SLSA Provenance v1 predicate that `provenance stamp` writes beside
 * meta.json. Subjects are the artifact files named exactly as in checksum.sha256, so the same
 * manifest can be handed to `actions/attest` as `subject-checksums`. In GitHub Actions the
 * predicate uses GitHub's workflow buildType; elsewhere pipeguard's own run buildType
 * (docs/provenance.md). The manifest and meta.json are byproducts: their digests are bound here.
 */




const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** What actions/attest-build-provenance emits (actions/buildtypes workflow/v1). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** pipeguard's buildType for a run stamped outside GitHub Actions (documented in docs/provenance.md). */
const PIPEGUARD_RUN_BUILD_TYPE = 'https://pipeguard.dev/buildtypes/run/v1';
function buildStatement(facts) {
    const { ci, git } = facts;
    const pipeguard = {
        run_id: facts.runId,
        git_dirty: git.dirty,
        ...(git.diffSha256 ? { git_diff_sha256: git.diffSha256 } : {}),
        ...(facts.exceptionIds.length ? { exception_ids: facts.exceptionIds } : {}),
        ...(facts.auditSha256 ? { audit_sha256: facts.auditSha256 } : {}),
    };
    const source = {
        ...(sourceUri(facts) ? { uri: sourceUri(facts) } : { name: 'source' }),
        digest: { gitCommit: git.commit },
    };
    const dependencies = [source];
    const dataDigest = /^sha256:([0-9a-f]{64})$/.exec(facts.data.digest ?? '')?.[1];
    if (facts.data.path || dataDigest) {
        dependencies.push({
            ...(facts.data.dataset ? { name: facts.data.dataset } : {}),
            ...(facts.data.path ? { uri: facts.data.path } : {}),
            ...(dataDigest ? { digest: { sha256: dataDigest } } : {}),
            annotations: { role: 'dataset' },
        });
    }
    for (const policy of facts.policies) {
        dependencies.push({
            name: policy.file,
            digest: { sha256: policy.sha256 },
            annotations: { role: 'policy', ...(policy.policy_id ? { policy_id: policy.policy_id } : {}) },
        });
    }
    const buildDefinition = ci
        ? {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: ci.ref ?? '',
                    repository: `${ci.server_url}/${ci.repository}`,
                    path: workflowPath(ci) ?? '',
                },
            },
            internalParameters: {
                github: {
                    event_name: ci.event_name,
                    ...(ci.repository_id ? { repository_id: ci.repository_id } : {}),
                    ...(ci.repository_owner_id ? { repository_owner_id: ci.repository_owner_id } : {}),
                    ...(ci.runner_environment ? { runner_environment: ci.runner_environment } : {}),
                },
                pipeguard,
            },
            resolvedDependencies: dependencies,
        }
        : {
            buildType: PIPEGUARD_RUN_BUILD_TYPE,
            externalParameters: {
                run_id: facts.runId,
                ...(git.repoUrl ? { repository: git.repoUrl } : {}),
                ...(git.branch ? { ref: `refs/heads/${git.branch}` } : {}),
                ...(facts.data.dataset ? { dataset: facts.data.dataset } : {}),
                ...(facts.data.path ? { data_path: facts.data.path } : {}),
            },
            internalParameters: { pipeguard },
            resolvedDependencies: dependencies,
        };
    return {
        _type: STATEMENT_TYPE,
        subject: facts.subjects.map((s) => ({ name: s.path, digest: { sha256: s.sha256 } })),
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition,
            runDetails: {
                builder: { id: facts.builder.id, version: { pipeguard: facts.version } },
                metadata: {
                    invocationId: ci ? ci.invocation_url : `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`,
                    startedOn: facts.startedOn,
                    finishedOn: facts.finishedOn,
                },
                byproducts: facts.byproducts.map((b) => ({
                    name: b.name,
                    digest: { sha256: b.sha256 },
                    mediaType: b.mediaType,
                })),
            },
        },
    };
}
/** `git+<repo>@<ref>` the commit was resolved from (the PR head ref on pull_request). */
function sourceUri(facts) {
    const { ci, git } = facts;
    if (ci) {
        const ref = ci.pull_request ? `refs/pull/${ci.pull_request.number}/head` : ci.ref;
        return `git+${ci.server_url}/${ci.repository}${ref ? `@${ref}` : ''}`;
    }
    if (!git.repoUrl)
        return undefined;
    return `git+${git.repoUrl}${git.branch ? `@refs/heads/${git.branch}` : ''}`;
}
function serializeStatement(statement) {
    return `${JSON.stringify(statement, null, 2)}\n`;
}
// ---------------------------------------------------------------------------------------------
// Reading a statement back: every structural problem is one line naming the file and position.
const HEX64 = /^[0-9a-f]{64}$/;
function parseStatement(text, shown) {
    if (text.trim() === '')
        throw new errors/* InputError */.dz('the provenance statement is empty', shown);
    const doc = (0,schema_document.parseDocuments)(text, shown, 'json')[0];
    if (!doc)
        throw new errors/* InputError */.dz('the provenance statement is empty', shown);
    const fail = (pointer, message) => {
        const at = doc.locate(pointer);
        throw new errors/* InputError */.dz(`not a valid in-toto statement: ${message}`, shown, at.line, at.column);
    };
    const value = doc.value;
    if (!statement_isRecord(value))
        return fail('', 'expected a JSON object');
    if (value._type !== STATEMENT_TYPE)
        fail('/_type', `\`_type\` must be ${STATEMENT_TYPE}`);
    if (value.predicateType !== SLSA_PROVENANCE_V1)
        fail('/predicateType', `\`predicateType\` must be ${SLSA_PROVENANCE_V1}`);
    if (!Array.isArray(value.subject) || value.subject.length === 0)
        fail('/subject', '`subject` must list the artifacts');
    const names = new Set();
    value.subject.forEach((subject, i) => {
        const at = `/subject/${i}`;
        if (!statement_isRecord(subject))
            return fail(at, `subject ${i} must be an object`);
        if (typeof subject.name !== 'string' || subject.name === '')
            fail(`${at}/name`, `subject ${i} has no name`);
        if (names.has(subject.name))
            fail(`${at}/name`, `subject \`${String(subject.name)}\` is listed twice`);
        names.add(subject.name);
        if (!statement_isRecord(subject.digest) ||
            typeof subject.digest.sha256 !== 'string' ||
            !HEX64.test(subject.digest.sha256)) {
            fail(`${at}/digest`, `subject \`${String(subject.name)}\` needs a sha256 digest of 64 lowercase hex`);
        }
    });
    const predicate = value.predicate;
    if (!statement_isRecord(predicate))
        return fail('/predicate', '`predicate` missing');
    const build = predicate.buildDefinition;
    if (!statement_isRecord(build) ||
        typeof build.buildType !== 'string' ||
        !statement_isRecord(build.externalParameters)) {
        fail('/predicate/buildDefinition', '`buildDefinition` needs buildType and externalParameters');
    }
    const run = predicate.runDetails;
    if (!statement_isRecord(run) || !statement_isRecord(run.builder) || typeof run.builder.id !== 'string') {
        fail('/predicate/runDetails', '`runDetails.builder.id` missing');
    }
    const deps = build.resolvedDependencies;
    if (deps !== undefined && !Array.isArray(deps))
        fail('/predicate/buildDefinition/resolvedDependencies', 'must be a list');
    const byproducts = run.byproducts;
    if (byproducts !== undefined && !Array.isArray(byproducts))
        fail('/predicate/runDetails/byproducts', 'must be a list');
    return { statement: value, doc };
}
/** The commit the statement says the code came from (first resolvedDependency with a gitCommit). */
function statementCommit(statement) {
    for (const dep of statement.predicate.buildDefinition.resolvedDependencies ?? []) {
        const commit = statement_isRecord(dep) && statement_isRecord(dep.digest) ? dep.digest.gitCommit : undefined;
        if (typeof commit === 'string')
            return commit;
    }
    return undefined;
}
/** sha256 of a byproduct by name (`meta.json`, `artifact/checksum.sha256`). */
function byproductDigest(statement, name) {
    const found = (statement.predicate.runDetails.byproducts ?? []).find((b) => statement_isRecord(b) && b.name === name);
    const digest = found && statement_isRecord(found.digest) ? found.digest.sha256 : undefined;
    return typeof digest === 'string' ? digest : undefined;
}
function statement_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/util/sha256.ts
var sha256 = __webpack_require__(6701);
;// CONCATENATED MODULE: ./src/checks/provenance/stamp.ts
/**
 * `pipeguard provenance stamp RUN_DIR`: measure the run's provenance (code, data, artifacts,
 * policy, approvals, CI) and merge it into RUN_DIR/meta.json, then write the in-toto statement
 * beside it, optionally signed into a DSSE envelope. An artifact directory whose manifest does not
 * verify is refused: provenance never vouches for files that already differ from their checksums.
 * A stamp holds the run directory's lock from reading meta.json to writing the last file, so
 * concurrent stamps run one after the other; meta.json names the statement it replaces, so
 * verify can tell a stamp interrupted between its two renames from an edited meta.json.
 */
























const STATEMENT_FILE_NAME = 'provenance.intoto.json';
const ENVELOPE_FILE_NAME = 'provenance.intoto.dsse.json';
/** Held in the run directory while a stamp rewrites it. */
const STAMP_LOCK_FILE_NAME = '.pipeguard-stamp.lock';
const RUN_ID = /^[^/\\\u0000-\u001f]{1,200}$/;
/** The RFC 3339 profile written into meta.json and the statement as given; others are rewritten in UTC. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
async function stampRun(ctx, options) {
    const runDirAbs = await directoryInsideRoot(ctx.root, options.runDir, 'run directory');
    const lockShown = (0,fs/* relativeToRoot */.yY)(ctx.root, external_node_path_default().join(runDirAbs, STAMP_LOCK_FILE_NAME));
    return withDirectoryLock(runDirAbs, STAMP_LOCK_FILE_NAME, lockShown, () => stampLocked(ctx, options, runDirAbs), { onWait: (holder) => ctx.log.info(`${lockShown}: waiting for the stamp by ${holder}`) });
}
async function stampLocked(ctx, options, runDirAbs) {
    const { root } = ctx;
    const runShown = (0,fs/* relativeToRoot */.yY)(root, runDirAbs) || '.';
    const metaFile = external_node_path_default().join(runDirAbs, META_FILE_NAME);
    const metaShown = (0,fs/* relativeToRoot */.yY)(root, metaFile);
    const existing = (await readMeta(root, metaFile))?.value ?? {};
    const statementFile = external_node_path_default().join(runDirAbs, STATEMENT_FILE_NAME);
    const replaced = await readOptionalInput(root, statementFile, 'statement');
    const runId = options.runId ?? stringOf(existing.run_id) ?? external_node_path_default().basename(runDirAbs);
    if (!RUN_ID.test(runId))
        throw new errors/* InputError */.dz(`run id "${runId}" must be 1-200 characters without / or control characters`);
    const artifactRel = normalizeArtifactDir(options.artifactDir);
    const artifactAbs = await directoryInsideRoot(root, external_node_path_default().join(runShown, artifactRel), 'artifact directory');
    // 1. Facts, every input read before anything is written.
    const ci = collectCiFacts(ctx.ci, ctx.env);
    const builder = builderFacts(ci);
    const git = await collectGitFacts({
        root,
        ci: ctx.ci,
        env: ctx.env,
        exclude: runShown === '.' ? [] : [runShown],
        log: ctx.log,
        registerSecret: (value) => ctx.registerSecret(value),
    });
    const existingCommit = stringOf(existing.git_commit);
    if (existingCommit && existingCommit !== git.commit) {
        ctx.log.warn(`${metaShown}: git_commit ${existingCommit} replaced by the measured ${git.commit}`);
    }
    const dataset = options.dataset ?? keepOrNull(existing, 'dataset');
    const dataPath = options.dataPath ?? keepOrNull(existing, 'data_path');
    let dataDigest;
    if (options.dataDigest) {
        const local = dataPath ?? stringOf(existing.data_path);
        if (!local)
            throw new errors/* InputError */.dz('--data-digest needs a data path (--data-path or data_path in meta.json)');
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(local)) {
            throw new errors/* InputError */.dz(`--data-digest hashes local data only; ${local} is a URI (pass the digest in meta.json instead)`);
        }
        const data = locateInput(root, local);
        dataDigest = (await dataDigestOf(data.absolute, data.shown)).digest;
    }
    const policies = await collectPolicies(root, runDirAbs, options.policies);
    // The audit log is the user's choice (flag or config), so outside the root it is its own root.
    const audit = options.auditLog
        ? locateInput(root, options.auditLog, { commandLine: true })
        : undefined;
    const approvals = await readApprovals(audit?.absolute, audit?.shown ?? '', { runIds: auditRunIds(runId, ctx.env), runDir: runShown === '.' ? undefined : runShown }, (message) => ctx.log.warn(message));
    // 2. Model files that run code on load are never vouched for (nor checksummed) unless a model
    // exception covers them.
    const models = await (0,gate/* modelGate */.b)(ctx, artifactAbs, CHECK);
    if (models.blocking.length > 0) {
        return {
            check: CHECK,
            status: 'fail',
            summary: `not stamped: ${models.blocking.length} critical model finding(s) in ${(0,fs/* relativeToRoot */.yY)(root, artifactAbs)} that no model exception covers`,
            findings: models.blocking,
            rules: models_rules/* RULES */.y,
            inputs: models.inputs,
        };
    }
    // 3. The artifact manifest: verified when present, written when absent.
    const manifest = await artifactManifest(ctx, artifactAbs);
    if ('findings' in manifest)
        return manifest;
    const startedOn = timeOption(options.startedOn, '--started-on') ??
        validTime(existing.started_on) ??
        ctx.now.toISOString();
    const finishedOn = timeOption(options.finishedOn, '--finished-on') ?? new Date().toISOString();
    const manifestRel = `${artifactRel}/${checksums_manifest/* CHECKSUM_FILE_NAME */.BW}`;
    // 3. meta.json: measured facts over the pipeline's own keys.
    const stamped = {
        ...(existing.$schema === undefined ? { $schema: RUN_META_SCHEMA_ID } : {}),
        schema_version: '1',
        run_id: runId,
        git_commit: git.commit,
        git_branch: git.branch,
        git_repo_url: git.repoUrl,
        git_dirty: git.dirty,
        git_diff_sha256: git.diffSha256,
        dataset,
        data_path: dataPath,
        data_digest: dataDigest,
        artifact_dir: artifactRel,
        artifact_manifest: manifestRel,
        artifact_manifest_sha256: manifest.manifestDigest,
        artifact_count: manifest.entries.length,
        policies,
        approvals: approvals.approvals,
        exception_ids: approvals.exceptionIds,
        audit: approvals.audit,
        ci,
        builder,
        started_on: startedOn,
        finished_on: finishedOn,
        stamped_on: ctx.now.toISOString(),
        pipeguard_version: version/* VERSION */.x,
        provenance_statement: STATEMENT_FILE_NAME,
        previous_statement_sha256: replaced ? (0,sha256/* sha256Hex */.f)(replaced.bytes) : null,
    };
    const metaText = await writeMeta(metaFile, metaShown, mergeMeta(existing, stamped));
    // 4. The statement, and its signed envelope.
    const statement = buildStatement({
        runId,
        subjects: manifest.entries,
        git,
        ci,
        builder,
        data: {
            dataset: dataset ?? stringOf(existing.dataset) ?? null,
            path: dataPath ?? stringOf(existing.data_path) ?? null,
            digest: dataDigest ?? stringOf(existing.data_digest) ?? null,
        },
        policies,
        exceptionIds: approvals.exceptionIds,
        auditSha256: approvals.audit && approvals.audit.records > 0 ? approvals.audit.sha256 : null,
        startedOn,
        finishedOn,
        version: version/* VERSION */.x,
        byproducts: [
            {
                name: manifestRel,
                sha256: manifest.manifestDigest,
                mediaType: 'text/plain; charset=utf-8',
            },
            { name: META_FILE_NAME, sha256: (0,sha256/* sha256Hex */.f)(metaText), mediaType: 'application/json' },
        ],
    });
    const statementText = serializeStatement(statement);
    await (0,fs/* writeFileAtomic */.Zf)(statementFile, statementText);
    const envelopeFile = external_node_path_default().join(runDirAbs, ENVELOPE_FILE_NAME);
    if (options.signingKeys.length > 0) {
        const envelope = signEnvelope(Buffer.from(statementText, 'utf8'), IN_TOTO_PAYLOAD_TYPE, options.signingKeys);
        await (0,fs/* writeFileAtomic */.Zf)(envelopeFile, `${JSON.stringify(envelope, null, 2)}\n`);
    }
    else if (await (0,promises_.stat)(envelopeFile).then(() => true, () => false)) {
        // A signature over the previous stamp would no longer match: never leave it behind.
        await (0,promises_.rm)(envelopeFile, { force: true });
        ctx.log.warn(`${(0,fs/* relativeToRoot */.yY)(root, envelopeFile)}: removed the envelope of the previous stamp (not signed this time)`);
    }
    const signed = options.signingKeys.length;
    const manifestShown = (0,fs/* relativeToRoot */.yY)(root, external_node_path_default().join(artifactAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW));
    const outputs = {
        'meta-file': metaShown,
        'statement-file': (0,fs/* relativeToRoot */.yY)(root, statementFile),
        'manifest-digest': manifest.manifestDigest,
        'subject-checksums': await subjectChecksums(ctx, artifactAbs, manifestShown, manifest.entries),
        ...(signed ? { 'envelope-file': (0,fs/* relativeToRoot */.yY)(root, envelopeFile) } : {}),
    };
    const inputs = [
        { name: manifestShown, sha256: manifest.manifestDigest },
        ...policies.map((p) => ({ name: p.file, sha256: p.sha256 })),
    ];
    return {
        check: CHECK,
        status: 'pass',
        summary: `stamped ${runShown}: commit ${git.commit.slice(0, 12)}${git.dirty ? ' (dirty work tree)' : ''}, ` +
            `${manifest.entries.length} artifact${manifest.entries.length === 1 ? '' : 's'}, manifest sha256 ${manifest.manifestDigest.slice(0, 12)}…` +
            `${ci ? `, ${ci.event_name} run ${ci.run_id}` : ', local run'}${signed ? `, signed by ${signed} key${signed > 1 ? 's' : ''}` : ''}`,
        findings: [],
        outputs,
        inputs,
        details: {
            run_id: runId,
            git_commit: git.commit,
            git_dirty: git.dirty,
            manifest_digest: manifest.manifestDigest,
            subjects: manifest.entries.length,
            builder: builder.id,
            signed: signed > 0,
            audit: { run_id: runId, git_commit: git.commit, manifest_digest: manifest.manifestDigest },
        },
    };
}
/** The run's artifact manifest, verified (a failing result when it does not verify) or freshly written. */
async function artifactManifest(ctx, artifactAbs) {
    const checksumFile = external_node_path_default().join(artifactAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW);
    const present = await (0,promises_.stat)(checksumFile).then(() => true, () => false);
    if (!present) {
        const written = await (0,checksums_manifest/* writeChecksumFile */.JS)(artifactAbs, { root: ctx.root });
        ctx.log.info(`wrote ${(0,fs/* relativeToRoot */.yY)(ctx.root, written.file)} (${written.entries.length} file${written.entries.length === 1 ? '' : 's'})`);
        return {
            manifestDigest: written.manifestDigest,
            entries: written.entries.map(({ path: p, sha256 }) => ({ path: p, sha256 })),
        };
    }
    const verified = await (0,checksums_manifest/* verifyChecksums */.S4)(artifactAbs, { root: ctx.root });
    if (verified.findings.length > 0) {
        const findings = verified.findings.map(asProvenanceFinding);
        return {
            check: CHECK,
            status: 'fail',
            summary: `not stamped: ${verified.manifest} does not verify (${findings.length} problem${findings.length > 1 ? 's' : ''})`,
            findings,
            rules: rules/* RULES */.y0,
        };
    }
    return { manifestDigest: verified.manifestDigest, entries: verified.entries };
}
/**
 * A file `actions/attest` accepts as `subject-checksums`, naming exactly the statement's subjects:
 * the manifest itself when every line is `<hex>  <name>`; otherwise (a `# run_id:` comment, which
 * attest rejects as an invalid digest, or CRLF) the same entries re-rendered under RUNNER_TEMP.
 */
async function subjectChecksums(ctx, artifactAbs, manifestShown, entries) {
    const manifest = await readInput(ctx.root, external_node_path_default().join(artifactAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW), 'checksum file');
    const text = manifest.bytes.toString('utf8');
    const lines = text.split('\n').filter((line) => line !== '');
    if (lines.every((line) => /^[0-9a-f]{64} [ *][^\r]+$/.test(line)))
        return manifestShown;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'pipeguard-subjects-'));
    const file = external_node_path_default().join(dir, 'subjects.sha256');
    await (0,fs/* writeFileAtomic */.Zf)(file, entries.map((e) => (0,parse/* formatGnuLine */.cf)(e.sha256, e.path)).join(''));
    return file;
}
/** A checksum finding reported by the provenance check (same rule id, same fingerprint). */
function asProvenanceFinding(finding) {
    return { ...finding, check: CHECK };
}
async function directoryInsideRoot(root, userPath, what) {
    const absolute = (0,fs/* resolveInsideRoot */.Pk)(root, userPath);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz(`${what} not found`, (0,fs/* relativeToRoot */.yY)(root, absolute) || userPath);
    return absolute;
}
function normalizeArtifactDir(dir) {
    const normalized = external_node_path_default().posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (normalized === '.' ||
        normalized === '' ||
        normalized.startsWith('..') ||
        external_node_path_default().posix.isAbsolute(normalized)) {
        // meta.json and the statement live in the run directory; a manifest over it would list them.
        throw new errors/* InputError */.dz(`artifact-dir must be a subdirectory of the run directory; got "${dir}"`);
    }
    return normalized;
}
/** The run ids audit records of this run carry (engine: PIPEGUARD_RUN_ID, else gha-<id>-<attempt>). */
function auditRunIds(runId, env) {
    const ids = new Set([runId]);
    if (env.PIPEGUARD_RUN_ID)
        ids.add(env.PIPEGUARD_RUN_ID);
    if (env.GITHUB_RUN_ID)
        ids.add(`gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`);
    return [...ids];
}
function timeOption(value, flag) {
    if (value === undefined)
        return undefined;
    const written = writtenTime(value);
    if ('problem' in written) {
        throw new errors/* InputError */.dz(`${flag} must be an RFC 3339 time such as 2024-06-01T10:00:00Z; got ${value} (${written.problem})`);
    }
    return written.text;
}
function validTime(value) {
    if (typeof value !== 'string')
        return undefined;
    const written = writtenTime(value);
    return 'text' in written ? written.text : undefined;
}
/**
 * A time as meta.json and the statement carry it: as given when it is plain RFC 3339, else (a
 * leap second, a space separator, a `+0100` offset) the same instant in UTC, so no reader of the
 * record meets a time its own parser cannot read.
 */
function writtenTime(value) {
    const reading = (0,time/* readTimestamp */.L2)(value);
    if (!reading.ok)
        return { problem: reading.problem };
    return { text: RFC3339.test(value) && !reading.leapSecond ? value : (0,time/* formatInstant */.r4)(reading.ms) };
}
function stringOf(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** undefined keeps the pipeline's value; null records "unknown" when it wrote none. */
function keepOrNull(existing, key) {
    return key in existing ? undefined : null;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/provenance/verify.ts
/**
 * `pipeguard provenance verify RUN_DIR|DEPLOY_DIR`: prove the artifacts are the ones the stamped
 * provenance names. Checks, each mismatch a Finding naming the file:
 *   - the DSSE signature (when present) verifies with every given public key, over PAE, first;
 *   - the plain statement equals the signed payload;
 *   - meta.json validates and is the file the statement bound (byproduct digest);
 *   - the manifest verifies strictly (checksums), its digest equals meta.json's and the statement's;
 *   - the manifest's files are exactly the statement's subjects, digest for digest;
 *   - the recorded commit is the same in both and exists in the repository (`git cat-file -e`).
 * A deploy directory without provenance of its own is traced to the stamped run that produced it.
 */




















async function verifyProvenance(ctx, options) {
    const outcome = await verifyTarget(ctx, options);
    const target = (0,fs/* relativeToRoot */.yY)(ctx.root, (0,fs/* resolveInsideRoot */.Pk)(ctx.root, options.target)) || '.';
    return finish(target, outcome, options.failOn);
}
function finish(target, outcome, failOn) {
    const result = (0,model/* resultFromFindings */.Ot)(CHECK, outcome.findings, failOn, (failing) => failing === 0
        ? `${target}: provenance verified${outcome.runDir && outcome.runDir !== target ? ` (stamped run ${outcome.runDir})` : ''}`
        : `${target}: ${failing} provenance problem${failing > 1 ? 's' : ''}`);
    return {
        ...result,
        rules: { ...RULES, ...rules/* RULES */.y0 },
        outputs: {
            ...(outcome.metaFile ? { 'meta-file': outcome.metaFile } : {}),
            ...(outcome.statementFile ? { 'statement-file': outcome.statementFile } : {}),
            ...(outcome.manifestDigest ? { 'manifest-digest': outcome.manifestDigest } : {}),
        },
        details: { run: outcome.runDir, manifest_digest: outcome.manifestDigest },
    };
}
async function verifyTarget(ctx, options) {
    const { root } = ctx;
    const targetAbs = (0,fs/* resolveInsideRoot */.Pk)(root, options.target);
    if (!(await isDirectory(targetAbs)))
        throw new errors/* InputError */.dz('no such directory', (0,fs/* relativeToRoot */.yY)(root, targetAbs) || options.target);
    const findings = [];
    const add = (spec) => {
        findings.push(provenanceFinding(spec));
    };
    // Where the provenance is: the target itself, --run, or the stamped run a deploy dir came from.
    let runDirAbs;
    if (options.run)
        runDirAbs = (0,fs/* resolveInsideRoot */.Pk)(root, options.run);
    else if (await hasProvenance(targetAbs))
        runDirAbs = targetAbs;
    else {
        runDirAbs = await findRunOfDeployment(ctx, targetAbs, options);
        if (!runDirAbs) {
            const manifest = external_node_path_default().join(targetAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW);
            if (!(await exists(manifest))) {
                throw new errors/* InputError */.dz(`no ${STATEMENT_FILE_NAME} (not a stamped run) and no ${checksums_manifest/* CHECKSUM_FILE_NAME */.BW} (not a deployment): run \`pipeguard provenance stamp\` first`, (0,fs/* relativeToRoot */.yY)(root, targetAbs) || '.');
            }
            const { bytes, shown } = await readInput(root, manifest, 'checksum file');
            add({
                rule: 'no-stamped-run',
                file: shown,
                message: `no stamped run under ${options.runGlobs.join(', ')} produced these artifacts (manifest sha256 ${(0,sha256/* sha256Hex */.f)(bytes)})`,
            });
            return { findings };
        }
    }
    const runShown = (0,fs/* relativeToRoot */.yY)(root, runDirAbs) || '.';
    if (!(await hasProvenance(runDirAbs))) {
        throw new errors/* InputError */.dz(`no ${STATEMENT_FILE_NAME}: run \`pipeguard provenance stamp ${runShown}\` first`, runShown);
    }
    // 1. Signature first, then the statement it covers.
    const statementFile = external_node_path_default().join(runDirAbs, STATEMENT_FILE_NAME);
    const envelopeFile = external_node_path_default().join(runDirAbs, ENVELOPE_FILE_NAME);
    const statementShown = (0,fs/* relativeToRoot */.yY)(root, statementFile);
    const envelopeShown = (0,fs/* relativeToRoot */.yY)(root, envelopeFile);
    let statementBytes;
    let statementSource = statementShown;
    if (await exists(envelopeFile)) {
        const envelopeBytes = (await readInput(root, envelopeFile, 'DSSE envelope')).bytes;
        const text = (0,util_text/* decodeUtf8 */._6)(envelopeBytes, envelopeShown);
        const [doc] = (0,schema_document.parseDocuments)(text, envelopeShown, 'json');
        const envelope = envelopeFrom(doc?.value, envelopeShown);
        const verification = verifyEnvelope(envelope, options.publicKeys);
        if (options.publicKeys.length === 0) {
            add({
                rule: 'signature-unverified',
                file: envelopeShown,
                message: `${envelopeShown} is signed but no public key was given to verify it (--public-key)`,
            });
        }
        for (const verdict of verification.verdicts) {
            if (verdict.signatureIndex === undefined) {
                add({
                    rule: 'signature-invalid',
                    file: envelopeShown,
                    subject: verdict.key.keyid,
                    message: `${envelopeShown}: no signature verifies with ${verdict.key.label} (${verdict.key.keyid})`,
                });
            }
        }
        if (verification.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
            add({
                rule: 'payload-type',
                file: envelopeShown,
                message: `${envelopeShown}: payloadType is ${verification.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}`,
            });
            return { findings, runDir: runShown };
        }
        statementBytes = verification.payload;
        statementSource = `${envelopeShown} (payload)`;
        if (await exists(statementFile)) {
            const plain = (await readInput(root, statementFile, 'statement')).bytes;
            if (!plain.equals(verification.payload)) {
                add({
                    rule: 'statement-mismatch',
                    file: statementShown,
                    message: `${statementShown} differs from the payload signed in ${envelopeShown}; the signed payload is what was verified`,
                });
            }
        }
    }
    else {
        if (options.publicKeys.length > 0 || options.requireSignature) {
            add({
                rule: 'unsigned',
                file: statementShown,
                message: `${runShown} has no ${ENVELOPE_FILE_NAME}: its provenance is not signed`,
            });
        }
        statementBytes = (await readInput(root, statementFile, 'statement')).bytes;
    }
    const { statement } = parseStatement((0,util_text/* decodeUtf8 */._6)(statementBytes, statementSource), statementSource);
    // 2. meta.json: present, valid, the one the statement bound, agreeing on shared facts (unless
    // it belongs to another stamp: then stamp-torn says so, and the facts may differ rightly).
    let torn = false;
    const metaFile = external_node_path_default().join(runDirAbs, META_FILE_NAME);
    const metaShown = (0,fs/* relativeToRoot */.yY)(root, metaFile);
    const meta = await readMeta(root, metaFile);
    if (!meta)
        add({ rule: 'meta-missing', file: metaShown, message: `${metaShown} is missing` });
    else {
        for (const problem of metaProblems(meta.value, meta.doc)) {
            add({
                rule: 'meta-invalid',
                file: metaShown,
                line: problem.line,
                column: problem.column,
                message: `${metaShown}: ${problem.message}`,
            });
        }
        const bound = byproductDigest(statement, META_FILE_NAME);
        const actual = (0,sha256/* sha256Hex */.f)(meta.bytes);
        // A meta.json written by a stamp over THIS statement: that stamp never wrote its own.
        torn =
            bound !== undefined &&
                bound !== actual &&
                meta.value.previous_statement_sha256 === (0,sha256/* sha256Hex */.f)(statementBytes);
        if (torn) {
            add({
                rule: 'stamp-torn',
                file: metaShown,
                message: `${metaShown} is from a later stamp than ${statementSource} (interrupted between writing the two): re-run \`pipeguard provenance stamp ${runShown}\``,
            });
        }
        else if (bound && bound !== actual) {
            add({
                rule: 'meta-changed',
                file: metaShown,
                message: `${metaShown} changed after stamping (statement binds sha256 ${bound}, file has ${actual})`,
            });
        }
        const runId = statement.predicate.buildDefinition.internalParameters?.pipeguard?.run_id;
        if (!torn && typeof runId === 'string' && runId !== meta.value.run_id) {
            add({
                rule: 'meta-mismatch',
                file: metaShown,
                subject: 'run_id',
                message: `${metaShown}: run_id ${String(meta.value.run_id)} but the statement says ${runId}`,
            });
        }
    }
    // 3. Artifacts: the manifest verifies, is the stamped one, and equals the subjects.
    const artifactAbs = await artifactDirOf(root, targetAbs, runDirAbs, meta?.value.artifact_dir, options.artifactDir);
    const manifestFile = external_node_path_default().join(artifactAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW);
    const manifestShown = (0,fs/* relativeToRoot */.yY)(root, manifestFile);
    const artifactShown = (0,fs/* relativeToRoot */.yY)(root, artifactAbs);
    let manifestDigest;
    let entries = [];
    if (!(await exists(manifestFile))) {
        add({
            rule: 'manifest-missing',
            file: manifestShown,
            message: `${manifestShown} is missing: the artifacts cannot be matched to the statement`,
        });
    }
    else {
        const verified = await (0,checksums_manifest/* verifyChecksums */.S4)(artifactAbs, { root });
        // Provenance files copied beside the artifacts of a deployment are not artifacts.
        const ours = new Set([META_FILE_NAME, STATEMENT_FILE_NAME, ENVELOPE_FILE_NAME]);
        for (const finding of verified.findings) {
            const unlistedOurs = finding.rule === 'unlisted-file' &&
                artifactAbs === runDirAbs &&
                [...ours].some((n) => finding.message.startsWith(`${n}: `));
            if (!unlistedOurs)
                findings.push(asProvenanceFinding(finding));
        }
        manifestDigest = verified.manifestDigest;
        entries = verified.entries;
        const recorded = typeof meta?.value.artifact_manifest_sha256 === 'string'
            ? meta.value.artifact_manifest_sha256
            : undefined;
        if (meta && recorded !== manifestDigest) {
            add({
                rule: 'manifest-digest-mismatch',
                file: manifestShown,
                subject: 'meta',
                message: `${manifestShown}: sha256 ${manifestDigest}, but ${metaShown} recorded ${recorded ?? 'none'}`,
            });
        }
        const boundManifest = manifestByproduct(statement);
        if (boundManifest && boundManifest !== manifestDigest) {
            add({
                rule: 'manifest-digest-mismatch',
                file: manifestShown,
                subject: 'statement',
                message: `${manifestShown}: sha256 ${manifestDigest}, but the statement bound ${boundManifest}`,
            });
        }
    }
    compareSubjects(statement, entries, artifactShown, add, manifestDigest !== undefined);
    // 4. The commit.
    const commit = statementCommit(statement);
    if (meta && !torn && commit && meta.value.git_commit !== commit) {
        add({
            rule: 'meta-mismatch',
            file: metaShown,
            subject: 'git_commit',
            message: `${metaShown}: git_commit ${String(meta.value.git_commit)} but the statement says ${commit}`,
        });
    }
    const recordedCommit = commit ?? (typeof meta?.value.git_commit === 'string' ? meta.value.git_commit : undefined);
    if (recordedCommit) {
        if (!(await (0,git.isGitRepo)(root))) {
            add({
                rule: 'commit-unverifiable',
                file: statementShown,
                message: `commit ${recordedCommit} cannot be looked up: ${root} is not a git work tree`,
            });
        }
        else if (!(await commitExists(root, recordedCommit))) {
            add({
                rule: 'commit-missing',
                file: meta ? metaShown : statementShown,
                subject: recordedCommit,
                message: `recorded commit ${recordedCommit} does not exist in this repository (git cat-file -e)`,
            });
        }
    }
    return {
        findings,
        runDir: runShown,
        ...(manifestDigest ? { manifestDigest } : {}),
        statementFile: statementShown,
        metaFile: metaShown,
    };
}
/** The statement's subjects against the manifest's entries, by name then digest. */
function compareSubjects(statement, entries, artifactShown, add, haveManifest) {
    const listed = new Map(entries.map((e) => [e.path, e.sha256]));
    const attested = new Set();
    const fileOf = (name) => (artifactShown ? `${artifactShown}/${name}` : name);
    for (const subject of statement.subject) {
        attested.add(subject.name);
        const actual = listed.get(subject.name);
        if (actual === undefined) {
            if (haveManifest) {
                add({
                    rule: 'subject-missing',
                    file: fileOf(subject.name),
                    subject: subject.name,
                    message: `${fileOf(subject.name)}: attested by the statement but not among the artifacts`,
                });
            }
        }
        else if (actual !== subject.digest.sha256) {
            add({
                rule: 'subject-mismatch',
                file: fileOf(subject.name),
                subject: subject.name,
                message: `${fileOf(subject.name)}: sha256 ${actual} is not the attested ${subject.digest.sha256}`,
            });
        }
    }
    for (const entry of entries) {
        if (!attested.has(entry.path)) {
            add({
                rule: 'unattested-artifact',
                file: fileOf(entry.path),
                subject: entry.path,
                message: `${fileOf(entry.path)}: not attested by the statement (added after stamping?)`,
            });
        }
    }
}
function manifestByproduct(statement) {
    for (const b of statement.predicate.runDetails.byproducts ?? []) {
        if (typeof b?.name === 'string' &&
            (b.name === checksums_manifest/* CHECKSUM_FILE_NAME */.BW || b.name.endsWith(`/${checksums_manifest/* CHECKSUM_FILE_NAME */.BW}`))) {
            const digest = b.digest?.sha256;
            if (typeof digest === 'string')
                return digest;
        }
    }
    return undefined;
}
/**
 * The artifact directory to check: a deploy target itself when it holds the manifest, else the
 * run's artifact subdirectory (from meta.json, else the configured default).
 */
async function artifactDirOf(root, targetAbs, runDirAbs, fromMeta, fallback) {
    if (targetAbs !== runDirAbs)
        return targetAbs;
    const sub = typeof fromMeta === 'string' && fromMeta ? fromMeta : fallback;
    const candidate = (0,fs/* resolveInsideRoot */.Pk)(root, external_node_path_default().join((0,fs/* relativeToRoot */.yY)(root, runDirAbs), sub));
    if (await exists(external_node_path_default().join(candidate, checksums_manifest/* CHECKSUM_FILE_NAME */.BW)))
        return candidate;
    // A deployment that carries its provenance beside the artifacts.
    if (await exists(external_node_path_default().join(runDirAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW)))
        return runDirAbs;
    return candidate;
}
/**
 * The stamped run a deploy directory's artifacts came from: the run whose recorded manifest digest
 * equals the deployment's, else the run attesting the same file names (then verified file by file).
 */
async function findRunOfDeployment(ctx, deployAbs, options) {
    const manifestFile = external_node_path_default().join(deployAbs, checksums_manifest/* CHECKSUM_FILE_NAME */.BW);
    if (!(await exists(manifestFile)))
        return undefined;
    const manifest = (await readInput(ctx.root, manifestFile, 'checksum file')).bytes;
    const digest = (0,sha256/* sha256Hex */.f)(manifest);
    // Names only: the files are hashed once, by the verification that follows.
    const deployed = new Set((0,parse/* parseChecksumFile */.j7)(manifest).entries.flatMap((e) => {
        const listed = (0,parse/* classifyListedPath */.fl)(e.name);
        return listed.kind === 'relative' ? [listed.path] : [];
    }));
    let byNames;
    for (const runDir of await expandDirectoryGlobs(ctx.root, options.runGlobs)) {
        if (runDir === deployAbs || !(await hasProvenance(runDir)))
            continue;
        const meta = await readMeta(ctx.root, external_node_path_default().join(runDir, META_FILE_NAME)).catch(() => undefined);
        if (meta?.value.artifact_manifest_sha256 === digest)
            return runDir;
        if (!byNames) {
            const names = await attestedNames(ctx.root, runDir);
            if (names && names.size === deployed.size && [...names].every((n) => deployed.has(n)))
                byNames = runDir;
        }
    }
    return byNames;
}
async function attestedNames(root, runDir) {
    try {
        const { bytes } = await readInput(root, external_node_path_default().join(runDir, STATEMENT_FILE_NAME), 'statement');
        const text = bytes.toString('utf8');
        return new Set(parseStatement(text, STATEMENT_FILE_NAME).statement.subject.map((s) => s.name));
    }
    catch {
        return undefined;
    }
}
/** Directories under the root matching any of the globs (root-relative, `/`), sorted. */
async function expandDirectoryGlobs(root, globs) {
    const out = new Set();
    for (const glob of globs) {
        const { base } = picomatch_default().scan(glob);
        const matches = picomatch_default()(glob, { dot: false });
        const depth = glob.includes('**') ? 6 : glob.split('/').length;
        let baseAbs;
        try {
            baseAbs = (0,fs/* resolveInsideRoot */.Pk)(root, base || '.');
        }
        catch {
            continue;
        }
        const walk = async (dir, level) => {
            if (level > depth)
                return;
            const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
            for (const entry of entries) {
                if (!entry.isDirectory() || entry.name === '.git' || entry.name === 'node_modules')
                    continue;
                const abs = external_node_path_default().join(dir, entry.name);
                if (matches((0,fs/* relativeToRoot */.yY)(root, abs)))
                    out.add(abs);
                await walk(abs, level + 1);
            }
        };
        await walk(baseAbs, (0,fs/* relativeToRoot */.yY)(root, baseAbs).split('/').filter(Boolean).length + 1);
    }
    return [...out].sort();
}
async function hasProvenance(dir) {
    return ((await exists(external_node_path_default().join(dir, STATEMENT_FILE_NAME))) ||
        (await exists(external_node_path_default().join(dir, ENVELOPE_FILE_NAME))));
}
async function exists(file) {
    return (0,promises_.stat)(file).then(() => true, () => false);
}
async function isDirectory(file) {
    return (0,promises_.stat)(file).then((info) => info.isDirectory(), () => false);
}

;// CONCATENATED MODULE: ./src/checks/provenance/index.ts
/**
 * The provenance check: `pipeguard provenance stamp RUN_DIR` and `pipeguard provenance verify
 * RUN_DIR|DEPLOY_DIR`; under `pipeguard check` (when the `provenance` section is present) every
 * stamped run and every deployment is verified.
 */














const DEFAULT_RUN_GLOBS = ['runs/*'];
/** A PEM or OpenSSH key is a few KiB; 1 MiB is not a key. */
const MAX_KEY_BYTES = 1024 * 1024;
const DEFAULT_DEPLOYMENT_GLOBS = ['deployments/*'];
const provenanceCheck = (0,checks_define/* implementCheck */.gs)(spec/* PROVENANCE_SPEC */.k, async (ctx) => verifyConfigured(ctx), {
    'provenance stamp': async (ctx, args) => [await stampCommand(ctx, args)],
    'provenance verify': async (ctx, args) => verifyCommand(ctx, args),
});
function section(ctx) {
    return (0,types/* sectionOf */.Z)(ctx.config, CHECK);
}
async function stampCommand(ctx, args) {
    const [runDir, ...extra] = args.positionals;
    if (!runDir || extra.length > 0)
        throw new errors/* InputError */.dz('provenance stamp takes exactly one RUN_DIR');
    const config = section(ctx);
    const v = args.values;
    return stampRun(ctx, {
        runDir,
        ...(str(v['run-id']) ? { runId: str(v['run-id']) } : {}),
        artifactDir: str(v['artifact-dir']) ?? config['artifact-dir'] ?? spec/* DEFAULT_ARTIFACT_DIR */.n,
        ...optional('dataset', str(v.dataset) ?? config.dataset),
        ...optional('dataPath', str(v['data-path']) ?? config['data-path']),
        dataDigest: v['data-digest'] === true ||
            (v['data-digest'] === undefined && config['data-digest'] === true),
        policies: [...(config.policies ?? []), ...list(v.policy)],
        ...optional('startedOn', str(v['started-on'])),
        ...optional('finishedOn', str(v['finished-on'])),
        ...optional('auditLog', auditLogOf(ctx)),
        signingKeys: await signingKeys(ctx, v),
    });
}
async function verifyCommand(ctx, args) {
    if (args.positionals.length === 0)
        throw new errors/* InputError */.dz('provenance verify takes a RUN_DIR or DEPLOY_DIR');
    const config = section(ctx);
    const v = args.values;
    const keys = await verificationKeys(ctx, v);
    const results = [];
    for (const target of args.positionals) {
        results.push(await verifyProvenance(ctx, {
            target,
            artifactDir: str(v['artifact-dir']) ?? config['artifact-dir'] ?? spec/* DEFAULT_ARTIFACT_DIR */.n,
            ...optional('run', str(v.run)),
            publicKeys: keys,
            requireSignature: v['require-signature'] === true || config['require-signature'] === true,
            runGlobs: config.runs ?? DEFAULT_RUN_GLOBS,
            failOn: (0,types/* failOnFor */.p)(ctx.config, CHECK),
        }));
    }
    return results;
}
/** `pipeguard check`: every stamped run and every deployment with a manifest, in one result. */
async function verifyConfigured(ctx) {
    const config = section(ctx);
    const runGlobs = config.runs ?? DEFAULT_RUN_GLOBS;
    const keys = await verificationKeys(ctx, {});
    const findings = [];
    const runs = (await expandDirectoryGlobs(ctx.root, runGlobs)).filter((d) => (0,external_node_fs_.existsSync)(d));
    const stamped = [];
    for (const dir of runs)
        if (await hasProvenance(dir))
            stamped.push(dir);
    const deployments = (await expandDirectoryGlobs(ctx.root, config.deployments ?? DEFAULT_DEPLOYMENT_GLOBS)).filter((d) => (0,external_node_fs_.existsSync)(external_node_path_default().join(d, checksums_manifest/* CHECKSUM_FILE_NAME */.BW)));
    const base = {
        artifactDir: config['artifact-dir'] ?? spec/* DEFAULT_ARTIFACT_DIR */.n,
        publicKeys: keys,
        requireSignature: config['require-signature'] === true,
        runGlobs,
        failOn: (0,types/* failOnFor */.p)(ctx.config, CHECK),
    };
    for (const dir of [...stamped, ...deployments]) {
        const outcome = await verifyTarget(ctx, { ...base, target: (0,fs/* relativeToRoot */.yY)(ctx.root, dir) });
        findings.push(...outcome.findings);
    }
    const result = finish('.', { findings }, base.failOn);
    const checked = `${stamped.length} stamped run${stamped.length === 1 ? '' : 's'}, ${deployments.length} deployment${deployments.length === 1 ? '' : 's'}`;
    const unstamped = runs.length - stamped.length;
    return {
        ...result,
        summary: `${result.status === 'pass' ? 'provenance verified' : result.summary.replace(/^\.: /, '')}: ${checked}${unstamped ? ` (${unstamped} run${unstamped === 1 ? '' : 's'} not stamped)` : ''}`,
        outputs: {},
        details: {
            stamped: stamped.map((d) => (0,fs/* relativeToRoot */.yY)(ctx.root, d)),
            deployments: deployments.map((d) => (0,fs/* relativeToRoot */.yY)(ctx.root, d)),
        },
    };
}
/**
 * The audit log approvals are read from: the --audit-log flag / input (already absolute, the
 * caller's choice) or config `audit.log`, which stays inside the root.
 */
function auditLogOf(ctx) {
    const log = ctx.config.audit?.log;
    if (!log)
        return undefined;
    return external_node_path_default().isAbsolute(log) ? log : (0,fs/* resolveInsideRoot */.Pk)(ctx.root, log, ctx.configSource);
}
async function signingKeys(ctx, v) {
    const config = section(ctx);
    const passphraseVar = str(v['key-passphrase-env']) ?? config['key-passphrase-env'];
    const passphrase = passphraseVar ? ctx.env[passphraseVar] : undefined;
    if (passphraseVar && !passphrase)
        throw new errors/* InputError */.dz(`environment variable ${passphraseVar} (key passphrase) is not set`);
    if (passphrase)
        ctx.registerSecret(passphrase);
    const keys = [];
    const envVar = str(v['sign-key-env']) ?? config['sign-key-env'];
    if (envVar) {
        const text = ctx.env[envVar];
        if (!text)
            throw new errors/* InputError */.dz(`environment variable ${envVar} (signing key) is not set or empty`);
        registerKeyText(ctx, text);
        keys.push(loadSigningKey(text, `$${envVar}`, passphrase));
    }
    const flagFile = str(v['sign-key']);
    const file = flagFile ?? config['sign-key'];
    if (file) {
        const { bytes, shown } = await readInput(ctx.root, file, 'signing key', {
            commandLine: flagFile !== undefined,
            maxBytes: MAX_KEY_BYTES,
        });
        const text = (0,util_text/* decodeUtf8 */._6)(bytes, shown);
        registerKeyText(ctx, text);
        keys.push(loadSigningKey(text, shown, passphrase));
    }
    return keys;
}
/** Every base64 line of a private key is masked, so no log line can ever show a piece of it. */
function registerKeyText(ctx, text) {
    for (const line of text.split(/\r?\n/))
        if (line.trim().length >= 8 && !line.startsWith('-----'))
            ctx.registerSecret(line.trim());
}
async function verificationKeys(ctx, v) {
    const config = section(ctx);
    const files = [
        ...(config['public-keys'] ?? []).map((file) => ({ file, commandLine: false })),
        ...list(v['public-key']).map((file) => ({ file, commandLine: true })),
    ];
    const keys = [];
    for (const { file, commandLine } of files) {
        const { bytes, shown } = await readInput(ctx.root, file, 'public key', {
            commandLine,
            maxBytes: MAX_KEY_BYTES,
        });
        keys.push(loadVerificationKey((0,util_text/* decodeUtf8 */._6)(bytes, shown), shown));
    }
    return keys;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function list(value) {
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string' && v !== '');
    return typeof value === 'string' && value ? [value] : [];
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}


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
/* harmony import */ var _schema_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6784);
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


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   isGitRepo: () => (/* binding */ isGitRepo),
/* harmony export */   jo: () => (/* binding */ ignoredPaths),
/* harmony export */   lS: () => (/* binding */ requireGitWorkTree),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* unused harmony export workTreeTop */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * git through simple-git, with failures turned into one-line input errors; the `rev-parse` probes
 * most commands start with go straight to child_process (see revParse).
 */


async function gitAt(root) {
    const { simpleGit } = await __webpack_require__.e(/* import() */ 4724).then(__webpack_require__.bind(__webpack_require__, 4724));
    return simpleGit({ baseDir: root, maxConcurrentProcesses: 4, trimmed: false });
}
/**
 * One `git rev-parse`, its stdout or what git said on failure. The probes below run at the start
 * of most commands (a `--staged` hook on every commit): loading simple-git and going through its
 * task queue cost more than the probe itself (bench/secrets, --diff and --staged start-up).
 */
function revParse(root, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', ...args], { cwd: root, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => resolve(error ? { said: stderr || error.message } : { out: stdout }));
    });
}
/** True when `root` is inside a git work tree. */
async function isGitRepo(root) {
    const answer = await revParse(root, ['--is-inside-work-tree']);
    return 'out' in answer && answer.out.trim() === 'true';
}
/**
 * Refuse, in one line, a root that is not a git work tree, before any mode that needs git runs
 * git (outside a repository `git diff --cached` says "unknown option 'cached'" and a range says
 * its commit is missing). `needs` says why git is needed; git's own reason is kept when it is
 * something else (dubious ownership, git missing).
 */
async function requireGitWorkTree(root, needs) {
    const answer = await revParse(root, ['--is-inside-work-tree']);
    if ('said' in answer) {
        const said = answer.said
            .split('\n')
            .map((line) => line.replace(/^(fatal|error): /, '').trim())
            .find(Boolean);
        const why = !said || /not a git repository/i.test(said) ? '' : ` (git: ${said})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository${why}: ${needs}`, root);
    }
    if (answer.out.trim() !== 'true')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository work tree (inside .git?): ${needs}`, root);
}
/** Paths git tracks under `root`, `/`-separated and relative to it. */
async function trackedFiles(root) {
    const out = await runGit(root, ['ls-files', '-z', '--full-name', '--', '.'], 'list tracked files');
    const prefix = (await runGit(root, ['rev-parse', '--show-prefix'], 'find the repository root')).trim();
    return out
        .split('\0')
        .filter(Boolean)
        .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}
/** Of the given root-relative paths, those git would ignore. */
async function ignoredPaths(root, paths) {
    if (paths.length === 0)
        return new Set();
    try {
        // Without -z (which needs --stdin): fine for the plain probe paths callers pass.
        const out = await (await gitAt(root)).raw(['check-ignore', '--no-index', '--', ...paths]);
        return new Set(out.split('\n').filter(Boolean));
    }
    catch (error) {
        // check-ignore exits 1 when nothing is ignored; simple-git reports that as an error with no output.
        const message = error instanceof Error ? error.message : String(error);
        if (message.trim() === '')
            return new Set();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git check-ignore failed: ${message.split('\n')[0]}`);
    }
}
async function runGit(root, args, what) {
    try {
        return await (await gitAt(root)).raw(args);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git could not ${what}: ${message}`);
    }
}
/** The top level of the work tree `dir` is in, or undefined outside any. */
async function workTreeTop(dir) {
    const answer = await revParse(dir, ['--show-toplevel']);
    return 'out' in answer ? answer.out.trim() || undefined : undefined;
}


/***/ })

};
