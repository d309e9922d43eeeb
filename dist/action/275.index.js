export const id = 275;
export const ids = [275];
export const modules = {

/***/ 2275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeSignatureBlocks: () => (/* binding */ mergeSignatureBlocks),
/* harmony export */   signArgs: () => (/* binding */ signArgs),
/* harmony export */   signException: () => (/* binding */ signException),
/* harmony export */   signerCounts: () => (/* binding */ signerCounts),
/* harmony export */   sshKeygenSign: () => (/* binding */ sshKeygenSign)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6867);
/* harmony import */ var _sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3733);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1917);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(259);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4228);
/* harmony import */ var _deps_exceptions_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4904);
/* harmony import */ var _exceptions_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2840);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1827);
/* harmony import */ var _signature_approvals_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(39);
/**
 * `pipeguard exception sign FILE --key KEY`: runs `ssh-keygen -Y sign` over the exact file bytes
 * (key file, or the agent with --agent), checks what it produced verifies, and appends it to
 * FILE.sig atomically — replacing an earlier signature by the same key, keeping everyone else's.
 */














/** The arguments every `… sign` command takes: one target, --key, --agent, --hash-algorithm. */
function signArgs(args, command, target) {
    if (args.positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${command} takes exactly one ${target}`);
    const key = (0,_options_js__WEBPACK_IMPORTED_MODULE_13__/* .textOption */ .v)(args.values, 'key');
    if (!key)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${command} needs --key KEY (your SSH key, e.g. ~/.ssh/id_ed25519)`);
    const hash = (0,_options_js__WEBPACK_IMPORTED_MODULE_13__/* .textOption */ .v)(args.values, 'hash-algorithm') ?? 'sha512';
    if (hash !== 'sha256' && hash !== 'sha512')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`--hash-algorithm must be sha512 or sha256; got ${hash}`);
    return {
        target: args.positionals[0],
        options: { key, agent: args.values.agent === true, hashAlgorithm: hash },
    };
}
async function signException(ctx, file, options) {
    const input = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readInput */ .R5)(ctx.root, file, 'exception file');
    // A dependency exception (schemas/deps-exception.v1) is signed the same way, in the same namespace.
    const { exception } = (0,_deps_exceptions_js__WEBPACK_IMPORTED_MODULE_9__/* .isDepsException */ .sP)(input) ? (0,_deps_exceptions_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDepsException */ .hV)(input) : (0,_exceptions_js__WEBPACK_IMPORTED_MODULE_10__/* .parseException */ .p8)(input);
    const keyPath = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.key.replace(/^~(?=$|\/)/, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)()));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(keyPath))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('key file not found', options.key);
    const { blob, signature } = await sshKeygenSign(options, keyPath, input.bytes, input.name, _signature_approvals_js__WEBPACK_IMPORTED_MODULE_12__.EXCEPTION_NAMESPACE);
    const sigName = (0,_signature_approvals_js__WEBPACK_IMPORTED_MODULE_12__.sigFileOf)(input.name);
    const sigPath = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInsideRoot */ .Pk)(ctx.root, sigName);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(sigPath)
        ? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .utf8 */ .As)(await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readInput */ .R5)(ctx.root, sigName, 'signature file', _sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SIGNATURE_FILE_BYTES */ .NT))
        : '';
    const merged = mergeSignatureBlocks(existing, blob, signature.publicKey.fingerprint, (message, line) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(message, sigName, line, line === undefined ? undefined : 1));
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(sigPath, merged.text);
    const { kept, replaced } = merged;
    const { roles: allowedFor, findings } = await signerCounts(ctx, {
        check: 'exception',
        namespace: _signature_approvals_js__WEBPACK_IMPORTED_MODULE_12__.EXCEPTION_NAMESPACE,
        key: signature.publicKey,
        file: sigName,
        subject: sigName,
        what: 'sign',
        remedy: (signersFile) => `add "<principal> namespaces=\\"${_signature_approvals_js__WEBPACK_IMPORTED_MODULE_12__.EXCEPTION_NAMESPACE}\\" <public key>" to ${signersFile} and the principal to eval-gate.roles`,
    });
    const total = kept + 1;
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
/**
 * `ssh-keygen -Y sign` over the message in the namespace; the one block it produced, parsed and
 * verified (an unusable or non-verifying signature is an input error naming `label`).
 */
async function sshKeygenSign(options, keyPath, message, label, namespace) {
    const armored = await runSshKeygen(options, keyPath, message, label, namespace);
    let signature;
    let blob;
    try {
        const blocks = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .splitArmoredBlocks */ .p0)(armored);
        if (blocks.length !== 1 || !blocks[0].blob)
            throw new Error('expected one signature block');
        blob = blocks[0].blob;
        signature = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSshsig */ .p1)(blob);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`ssh-keygen produced an unusable signature (${error.message})`, label);
    }
    const problem = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .verifySshsig */ .vO)(signature, message, namespace);
    if (problem)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`the new signature does not verify (${problem})`, label);
    return { blob, signature };
}
/**
 * Add a new block to existing armored blocks, replacing an earlier block by the same key and
 * keeping everyone else's. Unreadable existing text is refused (`fail` names where).
 */
function mergeSignatureBlocks(existing, blob, fingerprint, fail) {
    const kept = [];
    let replaced = 0;
    let blocks;
    try {
        blocks = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .splitArmoredBlocks */ .p0)(existing);
    }
    catch (error) {
        if (error instanceof _sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ArmorError */ .Mi)
            throw fail(`${error.message}; fix or delete it before signing`, error.line);
        throw error;
    }
    for (const block of blocks) {
        if (!block.blob)
            throw fail(`unreadable signature block (${block.error}); fix or delete it before signing`, block.line);
        let other;
        try {
            other = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSshsig */ .p1)(block.blob).publicKey.fingerprint;
        }
        catch {
            other = undefined;
        }
        if (other === fingerprint)
            replaced++;
        else
            kept.push(block.blob);
    }
    if (kept.length + 1 > _sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SIGNATURE_BLOCKS */ .BL) {
        throw fail(`already holds ${kept.length} signatures by other keys; more than ${_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SIGNATURE_BLOCKS */ .BL} are refused`);
    }
    return { text: [...kept, blob].map(_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .armor */ .yE).join(''), kept: kept.length, replaced };
}
/**
 * `role as principal` for every configured role's principal this key may sign for in the
 * namespace now, and a finding when it may sign for none (nothing when allowed_signers cannot be
 * read: a warning says so).
 */
async function signerCounts(ctx, signed) {
    let signersFile;
    const roles = [];
    try {
        const loaded = await (0,_signature_approvals_js__WEBPACK_IMPORTED_MODULE_12__.loadAllowedSigners)(ctx);
        signersFile = loaded.file;
        for (const [role, members] of Object.entries((0,_config_js__WEBPACK_IMPORTED_MODULE_8__/* .rolesOf */ .R7)(ctx.config))) {
            for (const principal of members.principals ?? []) {
                if ((0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .authorize */ .Gq)(loaded.signers, signed.key.blob, principal, signed.namespace, ctx.now).ok)
                    roles.push(`${role} as ${principal}`);
            }
        }
    }
    catch (error) {
        if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz))
            throw error;
        ctx.log.warn(`cannot tell which roles this key may sign for: ${error.toLine()}`);
        return { roles, findings: [] };
    }
    if (roles.length > 0)
        return { roles, findings: [] };
    const { fingerprint } = signed.key;
    return {
        roles,
        findings: [
            {
                check: signed.check,
                rule: 'signer-not-allowed',
                severity: 'medium',
                message: `key ${fingerprint} may not ${signed.what} for any role's principal in ${signersFile} now; this signature will not count`,
                file: signed.file,
                ...(signed.line !== undefined ? { line: signed.line } : {}),
                fingerprint: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintOf */ .ax)(signed.check, 'signer-not-allowed', signed.subject, fingerprint),
                remedy: signed.remedy(signersFile),
            },
        ],
    };
}
function runSshKeygen(options, keyPath, message, label, namespace) {
    const args = [
        '-Y',
        'sign',
        '-n',
        namespace,
        '-f',
        keyPath,
        '-O',
        `hashalg=${options.hashAlgorithm}`,
    ];
    if (options.agent)
        args.push('-U');
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.sshKeygen ?? 'ssh-keygen', args, {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(error.code === 'ENOENT'
                ? 'ssh-keygen not found: install OpenSSH 8.2 or later'
                : `cannot run ssh-keygen (${error.message})`, label));
        });
        child.on('close', (code) => {
            if (code === 0)
                return resolve(Buffer.concat(out).toString('utf8'));
            const lines = Buffer.concat(err).toString('utf8').trim().split('\n').filter(Boolean);
            reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`ssh-keygen -Y sign failed: ${lines[lines.length - 1] ?? `exit ${code}`}`, label));
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(message);
    });
}


/***/ })

};
