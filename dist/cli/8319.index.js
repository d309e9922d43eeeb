export const id = 8319;
export const ids = [8319,2275];
export const modules = {

/***/ 7803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ exceptionKindOf),
/* harmony export */   f3: () => (/* binding */ kindsByFolder),
/* harmony export */   m7: () => (/* binding */ exceptionDirs),
/* harmony export */   s: () => (/* binding */ EXCEPTION_KINDS)
/* harmony export */ });
/* unused harmony export isUnder */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8626);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2143);
/* harmony import */ var _deps_exceptions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4904);
/* harmony import */ var _deps_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5833);
/* harmony import */ var _models_exceptions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4348);
/* harmony import */ var _models_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5677);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4228);
/* harmony import */ var _exceptions_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2840);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1827);
/**
 * The three kinds of exception `pipeguard exception sign` and `exception verify` take — eval
 * (schemas/eval-exception.v1), dependency (deps-exception.v1) and model (model-exception.v1) —
 * and how a file's kind is told: the schema it declares (`$schema`, or a YAML
 * `# yaml-language-server: $schema=…` modeline), else the one key only that kind has (`waivers`,
 * `advisory`, `rules`), else the configured folder it sits in. A declared schema that is none of
 * the three, or a file nothing identifies, is an input error (exit 2).
 */












const EXCEPTION_KINDS = {
    eval: {
        label: 'eval exception',
        schema: _inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .EVAL_EXCEPTION_SCHEMA */ .$N,
        key: 'waivers',
        dirKey: 'eval-gate.exceptions-dir',
        parse: _exceptions_js__WEBPACK_IMPORTED_MODULE_9__/* .parseException */ .p8,
    },
    deps: {
        label: 'dependency exception',
        schema: _deps_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPS_EXCEPTION_SCHEMA */ .jb,
        key: 'advisory',
        dirKey: 'deps.exceptions-dir',
        parse: _deps_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDepsException */ .hV,
    },
    model: {
        label: 'model exception',
        schema: _models_exceptions_js__WEBPACK_IMPORTED_MODULE_6__/* .MODEL_EXCEPTION_SCHEMA */ .e9,
        key: 'rules',
        dirKey: 'models.exceptions-dir',
        parse: _models_exceptions_js__WEBPACK_IMPORTED_MODULE_6__/* .parseModelException */ .QE,
    },
};
const KINDS = Object.keys(EXCEPTION_KINDS);
const SCHEMA_NAMES = 'eval-exception.v1, deps-exception.v1 or model-exception.v1';
/** Each kind's folder as the config (else the defaults) names it, root-relative with `/`. */
function exceptionDirs(ctx, evalDir) {
    const dir = (value) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(value.replace(/\\/g, '/'));
    return {
        eval: dir(evalDir ?? (0,_config_js__WEBPACK_IMPORTED_MODULE_8__/* .evalGateSection */ .p1)(ctx.config)['exceptions-dir'] ?? _config_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULTS */ .zY.exceptionsDir),
        deps: dir((0,_config_types_js__WEBPACK_IMPORTED_MODULE_11__/* .sectionOf */ .Z)(ctx.config, 'deps')['exceptions-dir'] ??
            _deps_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPS_DEFAULTS */ .O.exceptionsDir),
        model: dir((0,_config_types_js__WEBPACK_IMPORTED_MODULE_11__/* .sectionOf */ .Z)(ctx.config, 'models')['exceptions-dir'] ??
            _models_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_MODEL_EXCEPTIONS_DIR */ .F),
    };
}
/** Is the root-relative `file` inside the root-relative folder `dir`? */
function isUnder(file, dir) {
    if (dir === '.' || dir === '')
        return true;
    return file.startsWith(`${dir.replace(/\/+$/, '')}/`);
}
/** The kinds whose configured folder holds the file. */
function kindsByFolder(file, dirs) {
    return KINDS.filter((kind) => isUnder(file, dirs[kind]));
}
/**
 * Which kind of exception the file is (see the module note). Only the kind is decided here: the
 * kind's own parser then checks the file against its schema.
 */
function exceptionKindOf(input, dirs) {
    const format = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.formatOf)(input.name) ?? 'yaml';
    if (format === 'jsonl')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('an exception file must be JSON or YAML, not JSON Lines', input.name);
    const text = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .utf8 */ .As)(input);
    const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.parseDocuments)(text, input.name, format);
    if (docs.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(docs.length === 0 ? 'exception file is empty' : 'exception file holds more than one document', input.name);
    const doc = docs[0];
    const value = doc.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('an exception file must be a mapping', input.name);
    const record = value;
    let declared;
    if (typeof record.$schema === 'string') {
        declared = { reference: record.$schema, line: doc.locate('', '$schema').line };
    }
    else if (record.$schema !== undefined) {
        const at = doc.locate('', '$schema');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('$schema must be a string', input.name, at.line, at.column);
    }
    else if (doc.format === 'yaml') {
        const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m.exec(text);
        if (modeline)
            declared = {
                reference: modeline[1],
                line: text.slice(0, modeline.index).split('\n').length,
            };
    }
    if (declared) {
        const id = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSchemaId */ .nT)(declared.reference);
        const kind = KINDS.find((k) => EXCEPTION_KINDS[k].schema === id);
        if (!kind)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`unknown exception kind: its schema ${printable(declared.reference)} is none of ${SCHEMA_NAMES}`, input.name, declared.line, 1);
        return kind;
    }
    const byKey = KINDS.filter((k) => EXCEPTION_KINDS[k].key in record);
    if (byKey.length === 1)
        return byKey[0];
    const byFolder = kindsByFolder(input.name, dirs);
    if (byKey.length === 0 && byFolder.length === 1)
        return byFolder[0];
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`unknown exception kind: declare $schema (${SCHEMA_NAMES}); ${byKey.length
        ? `it has the keys of several kinds (${byKey.map((k) => EXCEPTION_KINDS[k].key).join(', ')})`
        : 'it has none of the keys waivers, advisory, rules'}`, input.name);
}
/** A `$schema` value a PR chose, as one short plain string. */
function printable(reference) {
    const line = reference.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    return JSON.stringify(line.length > 120 ? `${line.slice(0, 119)}…` : line);
}


/***/ }),

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
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(259);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4228);
/* harmony import */ var _exception_kinds_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7803);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1827);
/* harmony import */ var _signature_approvals_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(39);
/**
 * `pipeguard exception sign FILE --key KEY`: runs `ssh-keygen -Y sign` over the exact file bytes
 * (key file, or the agent with --agent), checks what it produced verifies, and appends it to
 * FILE.sig atomically — replacing an earlier signature by the same key, keeping everyone else's.
 */













/** The arguments every `… sign` command takes: one target, --key, --agent, --hash-algorithm. */
function signArgs(args, command, target) {
    if (args.positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${command} takes exactly one ${target}`);
    const key = (0,_options_js__WEBPACK_IMPORTED_MODULE_12__/* .textOption */ .v)(args.values, 'key');
    if (!key)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${command} needs --key KEY (your SSH key, e.g. ~/.ssh/id_ed25519)`);
    const hash = (0,_options_js__WEBPACK_IMPORTED_MODULE_12__/* .textOption */ .v)(args.values, 'hash-algorithm') ?? 'sha512';
    if (hash !== 'sha256' && hash !== 'sha512')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`--hash-algorithm must be sha512 or sha256; got ${hash}`);
    return {
        target: args.positionals[0],
        options: { key, agent: args.values.agent === true, hashAlgorithm: hash },
    };
}
async function signException(ctx, file, options) {
    const input = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readInput */ .R5)(ctx.root, file, 'exception file');
    // Every kind (eval, dependency, model) is signed the same way, in the same namespace.
    const kind = (0,_exception_kinds_js__WEBPACK_IMPORTED_MODULE_9__/* .exceptionKindOf */ .$5)(input, (0,_exception_kinds_js__WEBPACK_IMPORTED_MODULE_9__/* .exceptionDirs */ .m7)(ctx));
    const { exception } = _exception_kinds_js__WEBPACK_IMPORTED_MODULE_9__/* .EXCEPTION_KINDS */ .s[kind].parse(input);
    const keyPath = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.key.replace(/^~(?=$|\/)/, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)()));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(keyPath))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('key file not found', options.key);
    const { blob, signature } = await sshKeygenSign(options, keyPath, input.bytes, input.name, _signature_approvals_js__WEBPACK_IMPORTED_MODULE_11__.EXCEPTION_NAMESPACE);
    const sigName = (0,_signature_approvals_js__WEBPACK_IMPORTED_MODULE_11__.sigFileOf)(input.name);
    const sigPath = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInsideRoot */ .Pk)(ctx.root, sigName);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(sigPath)
        ? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .utf8 */ .As)(await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readInput */ .R5)(ctx.root, sigName, 'signature file', _sshsig_index_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SIGNATURE_FILE_BYTES */ .NT))
        : '';
    const merged = mergeSignatureBlocks(existing, blob, signature.publicKey.fingerprint, (message, line) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(message, sigName, line, line === undefined ? undefined : 1));
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(sigPath, merged.text);
    const { kept, replaced } = merged;
    const { roles: allowedFor, findings } = await signerCounts(ctx, {
        check: 'exception',
        namespace: _signature_approvals_js__WEBPACK_IMPORTED_MODULE_11__.EXCEPTION_NAMESPACE,
        key: signature.publicKey,
        file: sigName,
        subject: sigName,
        what: 'sign',
        remedy: (signersFile) => `add "<principal> namespaces=\\"${_signature_approvals_js__WEBPACK_IMPORTED_MODULE_11__.EXCEPTION_NAMESPACE}\\" <public key>" to ${signersFile} and the principal to eval-gate.roles`,
    });
    const total = kept + 1;
    return {
        check: 'exception',
        status: 'pass',
        summary: `signed ${_exception_kinds_js__WEBPACK_IMPORTED_MODULE_9__/* .EXCEPTION_KINDS */ .s[kind].label} ${exception.id} (${input.name}) with ${signature.publicKey.label} key ${signature.publicKey.fingerprint}${allowedFor.length ? ` — counts for ${allowedFor.join(', ')}` : ''}; ${sigName} holds ${total} signature(s)${replaced ? " (replaced this key's earlier one)" : ''}`,
        findings,
        details: {
            exception: exception.id,
            kind,
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
        const loaded = await (0,_signature_approvals_js__WEBPACK_IMPORTED_MODULE_11__.loadAllowedSigners)(ctx);
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


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ applyModelExceptions),
/* harmony export */   QE: () => (/* binding */ parseModelException),
/* harmony export */   XV: () => (/* binding */ modelExceptionScope),
/* harmony export */   e9: () => (/* binding */ MODEL_EXCEPTION_SCHEMA)
/* harmony export */ });
/* unused harmony exports DEFAULT_MODEL_EXCEPTION_MAX_DAYS, fileDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _eval_gate_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4228);
/* harmony import */ var _eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2840);
/* harmony import */ var _eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1827);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7595);
/**
 * Model exceptions (schemas/model-exception.v1): a file in `models.exceptions-dir` that waives
 * named `models` rules for one model file, bound to that file's sha256. It is judged with the
 * eval gate's machinery — the same lifetime and role rules (eval-gate/exceptions.ts) and the same
 * approval sources, SSH signatures in `<file>.sig` and/or PR reviews, by every required role of
 * `eval-gate.roles` (eval-gate/approvals.ts). Anything short of that leaves the finding standing.
 */








const MODEL_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/model-exception.v1.schema.json';
/** Longest lifetime of a model exception unless models.exception-max-days says otherwise. */
const DEFAULT_MODEL_EXCEPTION_MAX_DAYS = 30;
/** sha256 of a whole file, streamed (only files with findings are hashed). */
async function fileDigest(absolute) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(absolute))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
/** A model exception file, schema-checked, its dates read (malformed → InputError, exit 2). */
function parseModelException(input) {
    const doc = (0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSingleDocument */ .$9)(input, 'model exception file', MODEL_EXCEPTION_SCHEMA);
    const exception = doc.value;
    return { input, doc, exception, times: (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_5__/* .exceptionTimes */ .Sq)(input, doc, exception) };
}
/** Lifetime cap and roles model exceptions are judged by (models.exception-max-days, models.required-roles). */
function modelExceptionScope(ctx) {
    const section = ctx.config.models;
    return {
        now: ctx.now,
        maxDays: section?.['exception-max-days'] ?? DEFAULT_MODEL_EXCEPTION_MAX_DAYS,
        configuredRoles: Object.keys((0,_eval_gate_config_js__WEBPACK_IMPORTED_MODULE_4__/* .rolesOf */ .R7)(ctx.config)),
        ...(section?.['required-roles'] ? { requiredRoles: section['required-roles'] } : {}),
    };
}
/**
 * Mark the findings a valid, approved exception covers as suppressed (in place), and say which
 * exceptions were consulted. Bad exception files are input errors (exit 2), as for the eval gate.
 */
async function applyModelExceptions(ctx, exceptionsDir, scans, findings) {
    const digests = new Map();
    const flagged = new Set(findings.map((f) => f.file).filter((f) => f !== undefined));
    for (const scan of scans) {
        if (flagged.has(scan.file))
            digests.set(scan.file, await fileDigest(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.root, scan.file)));
    }
    const outcome = { used: [], digests, inputs: [] };
    if (flagged.size === 0)
        return outcome;
    const files = await (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_5__/* .listExceptionFiles */ .Nm)(ctx.root, exceptionsDir);
    if (files.length === 0)
        return outcome;
    const scope = modelExceptionScope(ctx);
    const byDigest = new Map();
    for (const [file, digest] of digests)
        byDigest.set(digest, [...(byDigest.get(digest) ?? []), file]);
    const { APPROVAL_SOURCES } = await Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(2551), __webpack_require__.e(3733), __webpack_require__.e(4838)]).then(__webpack_require__.bind(__webpack_require__, 4838));
    const { evaluateApprovals } = await __webpack_require__.e(/* import() */ 2244).then(__webpack_require__.bind(__webpack_require__, 2244));
    const mode = (0,_eval_gate_config_js__WEBPACK_IMPORTED_MODULE_4__/* .evalGateSection */ .p1)(ctx.config).approval ?? _eval_gate_config_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.approval;
    const seenIds = new Set();
    for (const name of files) {
        const input = await (0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readRecorded */ .HH)(ctx, name, 'model exception file');
        outcome.inputs.push((0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .digestOf */ .ol)(input));
        const file = parseModelException(input);
        const { doc, exception } = file;
        if (seenIds.has(exception.id)) {
            const at = doc.locate('/id');
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`model exception id ${exception.id} is used twice`, input.name, at.line, at.column);
        }
        seenIds.add(exception.id);
        const matches = byDigest.get(exception.artifact_digest) ?? [];
        const use = {
            id: exception.id,
            file: input.name,
            artifactDigest: exception.artifact_digest,
            matches,
            approved: false,
            problems: (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_5__/* .lifetimeAndRoleProblems */ .Jz)(file, scope).map((p) => p.message),
            covers: [],
        };
        outcome.used.push(use);
        if (matches.length === 0)
            continue;
        const covered = findings.filter((f) => f.check === _rules_js__WEBPACK_IMPORTED_MODULE_7__/* .CHECK */ .f &&
            f.file !== undefined &&
            matches.includes(f.file) &&
            exception.rules.includes(f.rule) &&
            !f.suppressed);
        if (covered.length === 0 || use.problems.length > 0)
            continue;
        const approval = await evaluateApprovals(mode, APPROVAL_SOURCES, {
            exceptionFile: input.name,
            exceptionBytes: input.bytes,
            exception,
            roles: (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_5__/* .rolesRequiredFor */ .ab)(exception, scope),
        }, ctx);
        use.approved = approval.approved;
        if (!approval.approved) {
            use.problems.push(...approval.missing.map((m) => `role ${m.role} (${m.via}): ${m.reason}`));
            continue;
        }
        for (const finding of covered) {
            finding.suppressed = {
                kind: 'exception',
                reason: `model exception ${exception.id} (${input.name})`,
            };
            use.covers.push(finding.fingerprint);
        }
    }
    for (const use of outcome.used) {
        if (use.matches.length > 0 && !use.approved)
            ctx.log.warn(`models: exception ${use.id} (${use.file}) does not apply: ${use.problems.join('; ') || 'it waives none of the rules that fired'}`);
    }
    return outcome;
}


/***/ }),

/***/ 7595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CHECK),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
const CHECK = 'models';
const RULES = {
    'pickle-code-execution': {
        title: 'pickle imports a global that runs code or touches the system',
        help: 'Loading this file (pickle.load, torch.load, joblib.load, np.load(allow_pickle=True)) imports and can call the named global: os, subprocess, builtins.eval / exec / getattr, socket, … Never load it. Re-export the weights as safetensors from a trusted environment.',
        severity: 'critical',
    },
    'pickle-hidden-import': {
        title: 'pickle import that cannot be read statically',
        help: 'A STACK_GLOBAL whose module or name is not a plain string (built by a call, or a very long string), or an EXT1/2/4 extension-registry code: the file hides what it imports. Treat it as malicious.',
        severity: 'critical',
    },
    'pickle-malformed': {
        title: 'malformed or truncated pickle stream',
        help: 'The opcode stream is not one pickle.load accepts all the way through (truncated, unknown opcode, stack underflow, memo read before write) or is too large to analyse. Whatever ran before the break still runs when it is loaded; re-export the artifact.',
        severity: 'critical',
    },
    'pickle-unknown-global': {
        title: 'pickle imports a global outside the allowlist',
        help: 'The global is not one that legitimate torch / numpy / scikit-learn / joblib files reference (docs/models.md lists the allowlist). Review what it does when called; prefer safetensors for weights.',
        severity: 'medium',
    },
    'pickle-not-allowed': {
        title: 'pickle-based artifact (models.allow-pickle: false)',
        help: 'The configuration forbids pickle-based formats: loading one can run code. Save tensors with safetensors (safetensors.torch.save_file / save_model) and estimators as ONNX or skops.',
        severity: 'high',
    },
    unreadable: {
        title: 'model artifact could not be analysed',
        help: 'An archive member is encrypted, too large, or the archive or compression (bz2 / xz / lz4 joblib) cannot be read, so what loading it runs is unknown. Fail closed: re-export it in a readable form.',
        severity: 'critical',
    },
    'keras-lambda': {
        title: 'Keras Lambda layer (Python bytecode)',
        help: 'A Lambda layer stores a Python function (marshalled bytecode in .keras archives) that runs when the model is loaded with safe_mode off, or when it is called. Replace it with a registered custom layer reviewed as code.',
        severity: 'critical',
    },
    'keras-custom-object': {
        title: 'Keras custom object from outside Keras',
        help: 'config.json names a class or function from a module outside Keras: loading imports that module. Make sure it is your reviewed code; critical when the module itself runs commands or I/O.',
        severity: 'medium',
    },
    'keras-malformed': {
        title: '.keras archive without a readable config.json',
        help: 'A .keras file must hold config.json (UTF-8 JSON, bounded size). Re-save it with model.save("x.keras").',
        severity: 'high',
    },
    'safetensors-malformed': {
        title: 'malformed safetensors header',
        help: 'The 8-byte header length, the JSON header, the dtypes, shapes or data_offsets are invalid (offsets outside the file, overlaps, gaps, shape × dtype size ≠ byte length). Loaders disagree on such files; re-save it with the safetensors library.',
        severity: 'high',
    },
    'npy-malformed': {
        title: 'malformed .npy header',
        help: 'The NumPy header is not the documented magic, version, length and dict literal. Re-save it with np.save.',
        severity: 'high',
    },
    'onnx-external-data-escape': {
        title: 'ONNX external data path leaves the model directory',
        help: 'An initializer\'s external_data location is absolute, climbs with "..", or is a symlink out of the model directory: loading reads (and may expose) an arbitrary file. Keep external data files beside the model with plain relative names.',
        severity: 'critical',
    },
    'onnx-external-data-missing': {
        title: 'ONNX external data file is missing',
        help: 'An initializer names an external data file that is not beside the model; the model cannot load as shipped. Copy the data file with the model.',
        severity: 'medium',
    },
    'symlink-escape': {
        title: 'model file is a symlink out of the root',
        help: 'A model path is a symlink to a file outside the scanned root: the loader reads a file neither checksums nor this scan can vouch for. Replace the link with the file.',
        severity: 'critical',
    },
};


/***/ }),

/***/ 8319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseRecordTarget: () => (/* binding */ parseRecordTarget),
/* harmony export */   replaceLine: () => (/* binding */ replaceLine),
/* harmony export */   signApproval: () => (/* binding */ signApproval),
/* harmony export */   splitLines: () => (/* binding */ splitLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _schema_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6784);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1917);
/* harmony import */ var _eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1827);
/* harmony import */ var _eval_gate_sign_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2275);
/* harmony import */ var _rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9150);
/**
 * `pipeguard approval sign FILE[:LINE] --key KEY`: signs one approval record (an audit-record.v1
 * line with `check: approval`) the way `pipeguard exception sign` signs an exception — by running
 * `ssh-keygen -Y sign`, here in namespace `pipeguard-approval` over the record's signed bytes
 * (rules/approval-proof.ts) — checks the signature verifies, and stores it in the record's
 * `ssh_signature`, replacing an earlier signature by the same key and keeping everyone else's.
 * The other lines of the file are kept byte for byte; the file is replaced atomically. Its result
 * is check `approval-sign`, so an audit record of the signing never reads as an approval itself.
 */










/** `FILE` or `FILE:LINE` (an existing file named with a colon wins). */
function parseRecordTarget(root, target) {
    const match = /^(.+):([1-9][0-9]{0,8})$/.exec(target);
    if (!match || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, target)))
        return { file: target, line: undefined };
    return { file: match[1], line: Number(match[2]) };
}
/** Lines with their endings: joined back they are the text, byte for byte. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/** The text with line `index` replaced by `content`, keeping its ending and every other line. */
function replaceLine(lines, index, content) {
    const ending = /\r?\n$/.exec(lines[index])?.[0] ?? '';
    return lines.map((line, i) => (i === index ? `${content}${ending}` : line)).join('');
}
async function signApproval(ctx, target, options) {
    const { file, line: wanted } = parseRecordTarget(ctx.root, target);
    const jsonl = /\.jsonl$/i.test(file);
    if (!jsonl && !/\.json$/i.test(file)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('approval sign writes JSON records: keep approvals in approvals.jsonl, approvals/*.json or the audit log', file);
    }
    const input = await (0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readInput */ .R5)(ctx.root, file, 'approval file');
    const text = (0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .utf8 */ .As)(input);
    // Lines with their endings, so every other line is written back unchanged.
    const lines = splitLines(text);
    let index;
    if (!jsonl) {
        index = -1;
    }
    else if (wanted !== undefined) {
        index = wanted - 1;
        if (index >= lines.length || lines[index].trim() === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`line ${wanted} holds no record`, input.name, wanted);
    }
    else {
        const records = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
        if (records.length !== 1)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`holds ${records.length} records: name the one to sign as ${input.name}:LINE`, input.name);
        index = records[0];
    }
    const lineNumber = index < 0 ? 1 : index + 1;
    const label = `${input.name}:${lineNumber}`;
    const source = index < 0 ? text : lines[index];
    let record;
    try {
        const parsed = JSON.parse(source);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not a JSON object');
        record = parsed;
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`is not a JSON record (${error.message})`, input.name, lineNumber);
    }
    const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .validatorFor */ .qA)(_schema_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_IDS */ .r.auditRecord);
    if (!validate?.(record))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('is not a valid audit record (pipeguard validate names what is wrong)', input.name, lineNumber);
    if (record.check !== 'approval' || record.decision !== 'allowed')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`is not an approval (check: approval, decision: allowed); got check ${String(record.check)}, decision ${String(record.decision)}`, input.name, lineNumber);
    const message = (0,_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .signedBytesOf */ .dc)(record);
    if (!Buffer.isBuffer(message))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(message.problem, input.name, lineNumber);
    const keyPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.key.replace(/^~(?=$|\/)/, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(keyPath))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('key file not found', options.key);
    const { blob, signature } = await (0,_eval_gate_sign_js__WEBPACK_IMPORTED_MODULE_8__.sshKeygenSign)(options, keyPath, message, label, _rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .APPROVAL_NAMESPACE */ .og);
    const existing = record[_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .SIGNATURE_FIELD */ .kA];
    if (existing !== undefined && typeof existing !== 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .SIGNATURE_FIELD */ .kA} is not a string`, input.name, lineNumber);
    const merged = (0,_eval_gate_sign_js__WEBPACK_IMPORTED_MODULE_8__.mergeSignatureBlocks)(existing ?? '', blob, signature.publicKey.fingerprint, (problem) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .SIGNATURE_FIELD */ .kA}: ${problem}`, input.name, lineNumber));
    record[_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .SIGNATURE_FIELD */ .kA] = merged.text;
    let written;
    if (index < 0) {
        written = `${JSON.stringify(record, null, 2)}\n`;
    }
    else {
        written = replaceLine(lines, index, JSON.stringify(record));
    }
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(input.absolute, written);
    const { roles, findings } = await (0,_eval_gate_sign_js__WEBPACK_IMPORTED_MODULE_8__.signerCounts)(ctx, {
        check: 'approval-sign',
        namespace: _rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .APPROVAL_NAMESPACE */ .og,
        key: signature.publicKey,
        file: input.name,
        line: lineNumber,
        subject: label,
        what: 'sign approvals',
        remedy: (signersFile) => `allow namespace ${_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .APPROVAL_NAMESPACE */ .og} for the key in ${signersFile} (namespaces="pipeguard-exception,${_rules_approval_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .APPROVAL_NAMESPACE */ .og}") and list the principal in eval-gate.roles`,
    });
    const total = merged.kept + 1;
    return {
        check: 'approval-sign',
        status: 'pass',
        summary: `signed the approval of stage ${String(record.stage)} of run ${String(record.run_id)} (${label}) with ${signature.publicKey.label} key ${signature.publicKey.fingerprint}${roles.length ? ` — counts for ${roles.join(', ')}` : ''}; the record holds ${total} signature(s)${merged.replaced ? " (replaced this key's earlier one)" : ''}`,
        findings,
        details: {
            file: input.name,
            line: lineNumber,
            run_id: record.run_id,
            stage: record.stage,
            fingerprint: signature.publicKey.fingerprint,
            allowedFor: roles,
            signatures: total,
        },
    };
}


/***/ })

};
