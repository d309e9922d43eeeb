export const id = 3299;
export const ids = [3299];
export const modules = {

/***/ 1387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CHECKLIST_SPEC)
/* harmony export */ });
const CHECKLIST_SPEC = {
    name: 'checklist',
    title: 'Repository hygiene checklist',
    commands: [
        {
            name: ['checklist'],
            summary: 'repository hygiene checklist: env files, data files, keys, lockfiles, pins, per-mode controls',
        },
    ],
};


/***/ }),

/***/ 379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CHECKSUMS_SPEC)
/* harmony export */ });
/* harmony import */ var _shard_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1343);
/** The checksums check as --help and the Action know it (implementation: index.ts). */

const CHECKSUMS_SPEC = {
    name: 'checksums',
    title: 'Artifact checksums',
    // The first command is the sub-action's default (input `command: write` selects the other).
    commands: [
        {
            name: ['checksums', 'verify'],
            summary: 'verify checksum files strictly (no path: every checksum file the config names)',
            positionals: '[DIR|FILE…]',
            options: {
                shard: _shard_option_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARD_OPTION */ .D,
                'allow-unlisted': {
                    type: 'boolean',
                    description: 'do not report files present in the directory but not listed in its checksum file',
                },
            },
        },
        {
            name: ['checksums', 'write'],
            summary: 'write DIR/checksum.sha256 (GNU sha256sum format) listing every file under DIR',
            positionals: 'DIR…',
            options: {
                'run-id': {
                    type: 'string',
                    valueName: 'ID',
                    description: 'record "# run_id: ID" in the checksum file, so a deployment copy is matched to its run',
                },
            },
        },
    ],
};


/***/ }),

/***/ 2494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gs: () => (/* binding */ implementCheck),
/* harmony export */   hA: () => (/* binding */ lazyCheck)
/* harmony export */ });
/* unused harmony export commandKey */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

function commandKey(command) {
    return command.name.join(' ');
}
/** The implementation of a spec: one run per command, keyed by its words (`checksums verify`). */
function implementCheck(info, runConfigured, runs, sharded) {
    const keys = new Set(info.commands.map(commandKey));
    const stray = Object.keys(runs).filter((key) => !keys.has(key));
    if (stray.length)
        throw new Error(`${info.name}: no command ${stray.join(', ')} in its spec`);
    const merge = sharded?.merge;
    return {
        ...info,
        runConfigured,
        ...(merge ? { mergeShards: async (...args) => merge(...args) } : {}),
        commands: info.commands.map((command) => {
            const run = runs[commandKey(command)];
            if (!run)
                throw new Error(`${info.name}: command ${commandKey(command)} has no run`);
            return { ...command, run };
        }),
    };
}
/** The spec now, the implementation imported on first use. */
function lazyCheck(info, load) {
    let loading;
    const loaded = () => (loading ??= load());
    return {
        ...info,
        runConfigured: async (ctx) => (await loaded()).runConfigured(ctx),
        mergeShards: async (...args) => {
            const merge = (await loaded()).mergeShards;
            if (!merge)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${info.name} does not run as shards: nothing to merge`);
            return merge(...args);
        },
        commands: info.commands.map((command) => ({
            ...command,
            run: async (ctx, args) => {
                const key = commandKey(command);
                const implementation = (await loaded()).commands.find((c) => commandKey(c) === key);
                if (!implementation)
                    throw new Error(`${info.name}: command ${key} is not implemented`);
                return implementation.run(ctx, args);
            },
        })),
    };
}


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ DEPS_DEFAULTS),
/* harmony export */   r: () => (/* binding */ DEPS_SPEC)
/* harmony export */ });
const DEPS_DEFAULTS = {
    osvApi: 'https://api.osv.dev',
    exceptionsDir: 'deps-exceptions',
    maxDays: 30,
    timeoutSeconds: 30,
};
const DEPS_SPEC = {
    name: 'deps',
    title: 'Known-vulnerable dependencies',
    commands: [
        {
            name: ['deps'],
            summary: 'report pinned dependencies affected by published OSV advisories (requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, package-lock.json)',
            positionals: '[PATH…]',
            options: {
                'osv-db': {
                    type: 'string',
                    multiple: true,
                    valueName: 'PATH',
                    description: 'offline advisories: an OSV export archive (<Ecosystem>/all.zip) or a folder of OSV JSON records (repeatable; default: deps.osv-db, else the OSV API)',
                },
                'osv-api': {
                    type: 'string',
                    valueName: 'URL',
                    description: `base URL of the OSV API (default: deps.osv-api, else ${DEPS_DEFAULTS.osvApi})`,
                },
                'exceptions-dir': {
                    type: 'string',
                    valueName: 'DIR',
                    description: `folder of dependency exception files (default: deps.exceptions-dir, else ${DEPS_DEFAULTS.exceptionsDir})`,
                },
                'offline-by-default': {
                    type: 'boolean',
                    description: 'never fall back to the public OSV API: advisories from --osv-db / deps.osv-db, or online only when --osv-api / deps.osv-api names the API; with neither, pins are read but not looked up (the summary says so). The pre-commit hook runs this way',
                },
            },
        },
    ],
};


/***/ }),

/***/ 4228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ rolesOf),
/* harmony export */   p1: () => (/* binding */ evalGateSection),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2143);
/** The `eval-gate` section of .pipeguard.yml as this check reads it (the schema has validated it). */

const DEFAULTS = {
    policy: 'eval-policy.yml',
    exceptionsDir: 'exceptions',
    allowedSigners: '.github/allowed_signers',
    approval: 'signatures',
};
function evalGateSection(config) {
    return (0,_config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionOf */ .Z)(config, 'eval-gate');
}
function rolesOf(config) {
    return evalGateSection(config).roles ?? {};
}


/***/ }),

/***/ 1609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SIGN_OPTIONS),
/* harmony export */   p: () => (/* binding */ EVAL_GATE_SPEC)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4228);

/** The options of every `… sign` command (exception sign, approval sign). */
const SIGN_OPTIONS = {
    key: {
        type: 'string',
        valueName: 'KEY',
        description: 'private key file, or with --agent the public key of an agent-held key',
    },
    agent: {
        type: 'boolean',
        description: 'sign with the ssh-agent key matching --key (ssh-keygen -U)',
    },
    'hash-algorithm': {
        type: 'string',
        valueName: 'ALG',
        description: 'sha512 (default) or sha256',
    },
};
const EVAL_GATE_SPEC = {
    name: 'eval-gate',
    title: 'Eval gate',
    commands: [
        {
            name: ['eval-gate'],
            summary: 'gate a model on its eval metrics: exit 12 unless every failure is covered by a signed exception',
            options: {
                metrics: {
                    type: 'string',
                    valueName: 'FILE',
                    description: 'metrics of the candidate run (JSON/YAML; lm-eval-harness keys such as acc,none)',
                },
                baseline: {
                    type: 'string',
                    valueName: 'FILE',
                    description: 'metrics of the baseline run, for max_drop_abs / max_drop_rel rules',
                },
                policy: {
                    type: 'string',
                    valueName: 'FILE',
                    description: `eval policy (default: eval-gate.policy, else ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .zY.policy})`,
                },
                junit: {
                    type: 'string',
                    multiple: true,
                    valueName: 'FILE',
                    description: 'JUnit XML report(s) whose counts are metrics (repeatable)',
                },
                'exceptions-dir': {
                    type: 'string',
                    valueName: 'DIR',
                    description: `folder of exception files (default: ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .zY.exceptionsDir})`,
                },
                model: {
                    type: 'string',
                    valueName: 'NAME',
                    description: 'model name exceptions must name (default: eval-gate.model, else the policy model)',
                },
                digest: {
                    type: 'string',
                    valueName: 'sha256:HEX',
                    description: "artifact digest exceptions are bound to (the run's manifest digest)",
                },
                manifest: {
                    type: 'string',
                    valueName: 'FILE',
                    description: "the run's checksum.sha256; its sha256 is the artifact digest",
                },
                replay: {
                    type: 'string',
                    valueName: 'LOG[:LINE]',
                    description: 're-derive a recorded decision from an audit log and say whether it agrees',
                },
            },
        },
        {
            name: ['exception', 'sign'],
            summary: 'sign an exception file (eval, deps or model) with your SSH key (ssh-keygen -Y sign), appending to FILE.sig',
            positionals: 'FILE',
            options: SIGN_OPTIONS,
        },
        {
            name: ['exception', 'verify'],
            summary: "check exception files of every kind (eval, deps, model): schema, expiry, and each signature's verdict against allowed_signers and the roles",
            positionals: '[FILE…]',
            options: {
                'pending-ok': {
                    type: 'boolean',
                    description: 'roles not yet signed are notes, not failures (for pre-commit)',
                },
                policy: {
                    type: 'string',
                    valueName: 'FILE',
                    description: 'eval policy for the expiry cap and required roles of eval exceptions',
                },
                'exceptions-dir': {
                    type: 'string',
                    valueName: 'DIR',
                    description: 'folder to verify when no FILE is given (default: the eval, deps and models exception folders)',
                },
            },
        },
    ],
};


/***/ }),

/***/ 5677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DEFAULT_MODEL_EXCEPTIONS_DIR),
/* harmony export */   h: () => (/* binding */ MODELS_SPEC)
/* harmony export */ });
const DEFAULT_MODEL_EXCEPTIONS_DIR = 'model-exceptions';
const MODELS_SPEC = {
    name: 'models',
    title: 'Model artifacts that run code on load',
    commands: [
        {
            name: ['models'],
            summary: 'refuse model files that run code when loaded: pickle imports, Keras Lambda layers, bad safetensors headers, ONNX external data leaving the model (no path: the artifact directories)',
            positionals: '[PATH…]',
            options: {
                'deny-pickle': {
                    type: 'boolean',
                    description: 'report every pickle-based artifact, suggesting safetensors (models.allow-pickle: false)',
                },
                'exceptions-dir': {
                    type: 'string',
                    valueName: 'DIR',
                    description: `folder of model exceptions, signed or PR-approved like eval-gate exceptions (default ${DEFAULT_MODEL_EXCEPTIONS_DIR})`,
                },
            },
        },
    ],
};


/***/ }),

/***/ 9297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ PII_SPEC),
/* harmony export */   t: () => (/* binding */ DEFAULT_PII_IGNORE_FILE)
/* harmony export */ });
const DEFAULT_PII_IGNORE_FILE = '.pipeguard/pii-ignore';
const PII_SPEC = {
    name: 'pii',
    title: 'Personal data in committed logs, fixtures and data',
    commands: [
        {
            name: ['pii'],
            summary: 'personal data (e-mail, phone, card, IBAN, SSN, national ids) in committed logs, JSONL, CSV, fixtures and notebook outputs',
            positionals: '[PATH…]',
            options: {
                'ignore-file': {
                    type: 'string',
                    valueName: 'FILE',
                    description: `fingerprint ignore file (default ${DEFAULT_PII_IGNORE_FILE})`,
                },
                'max-file-size': {
                    type: 'string',
                    valueName: 'SIZE',
                    description: 'skip (and report) files larger than this, e.g. 10MB (default 10MB)',
                },
            },
        },
    ],
};


/***/ }),

/***/ 5850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ PROVENANCE_SPEC),
/* harmony export */   n: () => (/* binding */ DEFAULT_ARTIFACT_DIR)
/* harmony export */ });
const DEFAULT_ARTIFACT_DIR = 'artifact';
const STAMP_OPTIONS = {
    'run-id': {
        type: 'string',
        description: 'run id to record (default: run_id in meta.json, else the directory name)',
        valueName: 'ID',
    },
    'artifact-dir': {
        type: 'string',
        description: `artifact subdirectory of the run (default: ${DEFAULT_ARTIFACT_DIR})`,
        valueName: 'DIR',
    },
    dataset: { type: 'string', description: 'dataset name to record', valueName: 'NAME' },
    'data-path': {
        type: 'string',
        description: 'where the data came from (path or URI)',
        valueName: 'PATH',
    },
    'data-digest': {
        type: 'boolean',
        description: 'hash the local data path (file or directory tree) into data_digest',
    },
    policy: {
        type: 'string',
        multiple: true,
        description: 'policy document in force (repeatable; *policy.{json,yaml} in the run directory are added)',
        valueName: 'FILE',
    },
    'started-on': {
        type: 'string',
        description: 'when the run started, RFC 3339 (default: started_on in meta.json, else now)',
        valueName: 'TIME',
    },
    'finished-on': {
        type: 'string',
        description: 'when the run finished, RFC 3339 (default: now)',
        valueName: 'TIME',
    },
    'sign-key': {
        type: 'string',
        description: 'sign the statement (DSSE) with this PEM or OpenSSH private key file',
        valueName: 'FILE',
    },
    'sign-key-env': {
        type: 'string',
        description: 'sign with the private key held in this environment variable',
        valueName: 'VAR',
    },
    'key-passphrase-env': {
        type: 'string',
        description: 'environment variable holding the PEM key passphrase',
        valueName: 'VAR',
    },
};
const VERIFY_OPTIONS = {
    'artifact-dir': STAMP_OPTIONS['artifact-dir'],
    'public-key': {
        type: 'string',
        multiple: true,
        description: 'PEM or OpenSSH public key; each given key must have signed (repeatable)',
        valueName: 'FILE',
    },
    'require-signature': { type: 'boolean', description: 'fail when the provenance is not signed' },
    run: {
        type: 'string',
        description: 'the stamped run a deploy directory came from (default: found by manifest digest)',
        valueName: 'RUN_DIR',
    },
};
const PROVENANCE_SPEC = {
    name: 'provenance',
    title: 'Provenance: run metadata, in-toto/SLSA statement, verification',
    commands: [
        {
            name: ['provenance', 'stamp'],
            summary: 'stamp git, data, policy, approvals and CI facts into RUN_DIR/meta.json and an in-toto statement',
            positionals: 'RUN_DIR',
            options: STAMP_OPTIONS,
        },
        {
            name: ['provenance', 'verify'],
            summary: 'verify artifacts, manifest, meta.json, commit and signature against the stamped provenance',
            positionals: 'RUN_DIR|DEPLOY_DIR…',
            options: VERIFY_OPTIONS,
        },
    ],
};


/***/ }),

/***/ 6538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ CHECKS)
/* harmony export */ });
/* harmony import */ var _checklist_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1387);
/* harmony import */ var _checksums_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(379);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2494);
/* harmony import */ var _models_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5677);
/* harmony import */ var _deps_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5833);
/* harmony import */ var _eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1609);
/* harmony import */ var _pii_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9297);
/* harmony import */ var _provenance_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5850);
/* harmony import */ var _secrets_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(644);
/* harmony import */ var _validate_spec_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1777);
/**
 * Every check pipeguard knows, in the order `pipeguard check` runs them: each spec now, each
 * implementation imported when the check first runs (see define.ts).
 */










const CHECKS = [
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_checklist_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKLIST_SPEC */ .j, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(9636)]).then(__webpack_require__.bind(__webpack_require__, 9636))).checklistCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_secrets_spec_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRETS_SPEC */ .M, async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(6692), __webpack_require__.e(6909), __webpack_require__.e(1875), __webpack_require__.e(8428)]).then(__webpack_require__.bind(__webpack_require__, 8428))).secretsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_pii_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .PII_SPEC */ .L, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(6548), __webpack_require__.e(6692), __webpack_require__.e(6909), __webpack_require__.e(1875), __webpack_require__.e(9779)]).then(__webpack_require__.bind(__webpack_require__, 9779))).piiCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_validate_spec_js__WEBPACK_IMPORTED_MODULE_9__/* .VALIDATE_SPEC */ .n, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(2840), __webpack_require__.e(3733), __webpack_require__.e(7429), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 16))).validateCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_checksums_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKSUMS_SPEC */ .f, async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3028)]).then(__webpack_require__.bind(__webpack_require__, 3028))).checksumsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_models_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .MODELS_SPEC */ .h, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7994), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(2840), __webpack_require__.e(3028), __webpack_require__.e(854), __webpack_require__.e(3968)]).then(__webpack_require__.bind(__webpack_require__, 854))).modelsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_deps_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPS_SPEC */ .r, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6999), __webpack_require__.e(8362), __webpack_require__.e(7994), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(2551), __webpack_require__.e(2840), __webpack_require__.e(8627), __webpack_require__.e(3733), __webpack_require__.e(8223)]).then(__webpack_require__.bind(__webpack_require__, 8223))).depsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .EVAL_GATE_SPEC */ .p, async () => {
        const [{ evalGateCheck }, { publishedOnGitHub }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6999), __webpack_require__.e(4006), __webpack_require__.e(8362), __webpack_require__.e(7994), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(2551), __webpack_require__.e(2840), __webpack_require__.e(3028), __webpack_require__.e(8627), __webpack_require__.e(3733), __webpack_require__.e(854), __webpack_require__.e(9575)]).then(__webpack_require__.bind(__webpack_require__, 9575)),
            // The gate's commit status, PR comment and merge-blocking guidance (src/github, issue 7).
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6999), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(2551), __webpack_require__.e(1067)]).then(__webpack_require__.bind(__webpack_require__, 7605)),
        ]);
        return publishedOnGitHub(evalGateCheck);
    }),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_provenance_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .PROVENANCE_SPEC */ .k, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(7994), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(2840), __webpack_require__.e(3028), __webpack_require__.e(854), __webpack_require__.e(625)]).then(__webpack_require__.bind(__webpack_require__, 625))).provenanceCheck),
];


/***/ }),

/***/ 644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SECRETS_SPEC),
/* harmony export */   O: () => (/* binding */ DEFAULT_IGNORE_FILE)
/* harmony export */ });
/* harmony import */ var _shard_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1343);
/** The secrets check as --help and the Action know it (implementation: index.ts). */

const DEFAULT_IGNORE_FILE = '.pipeguard/secrets-ignore';
const SECRETS_SPEC = {
    name: 'secrets',
    title: 'Secret scanning',
    commands: [
        {
            name: ['secrets'],
            summary: "secret scanning: the tree, staged changes, a PR's added lines or a history range",
            positionals: '[PATH…|-]',
            options: {
                staged: {
                    type: 'boolean',
                    description: 'scan the staged changes only (what the next commit adds); used by the pre-commit hook',
                },
                diff: {
                    type: 'string',
                    valueName: 'BASE...HEAD',
                    description: 'scan the lines added between two commits (fetches what a shallow clone lacks)',
                },
                history: {
                    type: 'string',
                    valueName: 'RANGE',
                    description: 'scan every commit of a range (e.g. main..HEAD, or HEAD for all history); each secret reported once',
                },
                tree: {
                    type: 'boolean',
                    description: 'scan the whole tree even when a CI event would choose a diff',
                },
                baseline: {
                    type: 'string',
                    valueName: 'FILE',
                    description: 'suppress findings listed in this baseline (JSON written by --write-baseline)',
                },
                'write-baseline': {
                    type: 'string',
                    valueName: 'FILE',
                    description: 'write the current findings as a baseline (sorted, no line numbers or timestamps)',
                },
                'ignore-file': {
                    type: 'string',
                    valueName: 'FILE',
                    description: `fingerprint ignore file (default ${DEFAULT_IGNORE_FILE})`,
                },
                'stdin-filename': {
                    type: 'string',
                    valueName: 'NAME',
                    description: 'with - (standard input): the file name rules and messages use (default: stdin)',
                },
                shard: _shard_option_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARD_OPTION */ .D,
                'max-file-size': {
                    type: 'string',
                    valueName: 'SIZE',
                    description: 'skip (and report) files larger than this, e.g. 10MB (default 10MB)',
                },
            },
        },
    ],
};


/***/ }),

/***/ 1777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ VALIDATE_SPEC)
/* harmony export */ });
/* harmony import */ var _shard_option_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1343);
/* harmony import */ var _eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1609);
/** The validate check as --help and the Action know it (implementation: index.ts). */


const VALIDATE_SPEC = {
    name: 'validate',
    title: 'Schema validation of envelopes, policies and pipeguard documents, with semantic policy rules',
    commands: [
        {
            name: ['validate'],
            summary: 'Validate JSON / YAML / JSONL documents against their schemas (errors at file:line:col), then the policy rules',
            positionals: '[PATH…]',
            options: {
                schema: {
                    type: 'string',
                    valueName: 'SCHEMA',
                    description: 'Schema for documents no glob maps and that declare no $schema: $id, short name (e.g. model-request-envelope.v1) or a schema file',
                },
                shard: _shard_option_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARD_OPTION */ .D,
                'schema-only': {
                    type: 'boolean',
                    description: 'Check documents against their schemas only; skip the semantic policy rules',
                },
            },
        },
        {
            name: ['approval', 'sign'],
            summary: 'sign an approval record (FILE[:LINE] of approvals.jsonl) with your SSH key (ssh-keygen -Y sign), into its ssh_signature',
            positionals: 'FILE[:LINE]',
            options: _eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGN_OPTIONS */ .B,
        },
    ],
};


/***/ }),

/***/ 3299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: main

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(6538);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Load `.pipeguard.yml`: parsed with positions, validated against the shipped config schema
 * (ajv 2020, strict), merged over the embedded defaults. Any problem is an InputError at file:line.
 */





const CONFIG_FILE_NAMES = ['.pipeguard.yml', '.pipeguard.yaml'];
/** `explicit` is the --config value; without it the root's `.pipeguard.yml` is used if present. */
async function loadConfig(root, explicit) {
    const file = explicit
        ? external_node_path_default().resolve(root, explicit)
        : CONFIG_FILE_NAMES.map((name) => external_node_path_default().join(root, name)).find((p) => (0,external_node_fs_.existsSync)(p));
    if (!file)
        return { config: structuredClone(defaults/* DEFAULT_CONFIG */.P), source: 'embedded defaults' };
    const label = external_node_path_default().relative(root, file).startsWith('..') ? file : external_node_path_default().relative(root, file);
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? 'config file not found' : `config file cannot be read (${code})`, label);
    }
    const text = (0,util_text/* decodeUtf8 */._6)(bytes, label);
    // The YAML parser and the schema validator load only when there is a file to parse.
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(4264)]).then(__webpack_require__.bind(__webpack_require__, 8353));
    return { config: parseConfig(text, label), source: label };
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * GitHub Actions facts read from the runner's documented environment contract (GITHUB_* variables
 * and the event payload at GITHUB_EVENT_PATH). Pure: no @actions/* import, so checks may use it and
 * the CLI sees the same facts as the Action when it runs inside a workflow.
 */


function readCiContext(env) {
    const isGitHubActions = env.GITHUB_ACTIONS === 'true';
    const eventPath = env.GITHUB_EVENT_PATH;
    let event;
    if (eventPath) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(eventPath, 'utf8');
        }
        catch {
            throw new errors/* InputError */.dz('GITHUB_EVENT_PATH cannot be read', eventPath);
        }
        try {
            const parsed = JSON.parse(text);
            if (!isRecord(parsed))
                throw new Error('not an object');
            event = parsed;
        }
        catch {
            throw new errors/* InputError */.dz('the event payload is not a JSON object', eventPath);
        }
    }
    const eventName = env.GITHUB_EVENT_NAME;
    return {
        isGitHubActions,
        eventName,
        event,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        actor: env.GITHUB_ACTOR,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        runNumber: env.GITHUB_RUN_NUMBER,
        workflowRef: env.GITHUB_WORKFLOW_REF,
        workflowSha: env.GITHUB_WORKFLOW_SHA,
        runnerEnvironment: env.RUNNER_ENVIRONMENT,
        pullRequest: event ? pullRequestOf(event) : undefined,
        push: eventName === 'push' && event ? pushOf(event) : undefined,
    };
}
function pullRequestOf(event) {
    const pr = event.pull_request;
    if (!isRecord(pr))
        return undefined;
    const base = isRecord(pr.base) ? pr.base : {};
    const head = isRecord(pr.head) ? pr.head : {};
    const user = isRecord(pr.user) ? pr.user : {};
    if (typeof pr.number !== 'number' ||
        typeof head.sha !== 'string' ||
        typeof base.sha !== 'string') {
        return undefined;
    }
    return {
        number: pr.number,
        baseSha: base.sha,
        baseRef: typeof base.ref === 'string' ? base.ref : '',
        headSha: head.sha,
        headRef: typeof head.ref === 'string' ? head.ref : '',
        author: typeof user.login === 'string' ? user.login : '',
    };
}
function pushOf(event) {
    return typeof event.before === 'string' && typeof event.after === 'string'
        ? { before: event.before, after: event.after }
        : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/engine.ts
/**
 * What the CLI, the Action and the hooks share: build a CheckContext, run checks or one command,
 * turn thrown input errors into `error` results (exit 2), assemble the report, append audit records.
 * Adapters only parse their inputs and present the outcome.
 */











async function createContext(options) {
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(external_node_path_default().resolve(options.root));
        if (!(0,external_node_fs_.statSync)(root).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new errors/* InputError */.dz('the root is not a readable directory', options.root);
    }
    const { config, source } = await loadConfig(root, options.configFile);
    if (options.failOn)
        config['fail-on'] = options.failOn;
    if (options.auditLog)
        config.audit = { ...config.audit, log: options.auditLog };
    return {
        root,
        config,
        configSource: source,
        env: options.env,
        ci: readCiContext(options.env),
        now: options.now ?? new Date(),
        log: options.log,
        registerSecret: options.registerSecret ?? (() => undefined),
        ...(options.readStdin ? { readStdin: options.readStdin } : {}),
    };
}
/** `pipeguard check` / the root Action: every enabled check (or the named ones), in registry order. */
async function runConfiguredChecks(ctx, only) {
    const unknown = (only ?? []).filter((name) => !registry/* CHECKS */.u.some((c) => c.name === name));
    if (unknown.length)
        throw new errors/* InputError */.dz(`unknown check(s): ${unknown.join(', ')}`);
    const selected = registry/* CHECKS */.u.filter((c) => only?.length ? only.includes(c.name) : (0,defaults/* isEnabled */.O)(ctx.config, c.name));
    const results = [];
    for (const check of selected)
        results.push(await guarded(check.name, () => check.runConfigured(ctx)));
    return results;
}
async function runCommand(spec, ctx, args) {
    try {
        return await spec.run(ctx, args);
    }
    catch (error) {
        return [errorResult(spec.name[0] ?? 'pipeguard', error)];
    }
}
async function guarded(name, run) {
    try {
        return await run();
    }
    catch (error) {
        return errorResult(name, error);
    }
}
/**
 * Bad input stops a check with exit 2 and one line; anything else is our bug, still exit 2 (fail
 * closed), stack only with PIPEGUARD_DEBUG=1.
 */
function errorResult(check, error) {
    const input = (0,errors/* asInputError */.XW)(error);
    if (!input && process.env.PIPEGUARD_DEBUG === '1')
        console.error(error);
    const summary = input ? input.toLine() : `internal error: ${(0,errors/* oneLine */.TN)(error)}`;
    const problems = input && input.more.length > 0 ? [input, ...input.more] : [];
    return {
        check,
        status: 'error',
        summary: problems.length > 0 ? `${summary} (${problems.length} problems, each listed below)` : summary,
        findings: problems.map((p) => ({
            check,
            rule: 'input-error',
            severity: 'high',
            message: p.message,
            ...(p.file ? { file: p.file } : {}),
            ...(p.line !== undefined ? { line: p.line } : {}),
            ...(p.column !== undefined ? { column: p.column } : {}),
            fingerprint: (0,model/* fingerprintOf */.ax)(check, 'input-error', p.file, p.line, p.column, p.message),
        })),
    };
}
function finishReport(results) {
    return (0,model/* buildReport */.FK)(version/* VERSION */.x, results);
}
function findCommand(words) {
    let best;
    for (const check of registry/* CHECKS */.u) {
        for (const spec of check.commands) {
            const n = spec.name.length;
            if (n <= words.length &&
                spec.name.every((w, i) => words[i] === w) &&
                (!best || n > best.used)) {
                best = { spec, check, used: n };
            }
        }
    }
    return best;
}
function shownFile(root, file) {
    return (0,fs/* isInside */.FK)(root, file) ? (0,fs/* relativeToRoot */.yY)(root, file) : file;
}
/** Append one record per check to the audit log (the --audit-log flag, else config `audit.log`). */
async function writeAudit(ctx, results, explicitLog, defaultStage) {
    const configured = ctx.config.audit?.log;
    if (!configured)
        return;
    // Under pre-commit (which sets PRE_COMMIT=1) a hook appending to a log in the work tree makes
    // pre-commit fail the commit ("files were modified by this hook"), and a developer's local run
    // is not a decision of record: the config's log is left alone. --audit-log still writes.
    if (!explicitLog && ctx.env.PRE_COMMIT === '1') {
        ctx.log.debug(`audit: not appending to ${configured} under pre-commit (PRE_COMMIT=1)`);
        return;
    }
    // A flag is the caller's own choice; a path from the (possibly PR-controlled) config stays inside the root.
    const file = explicitLog
        ? external_node_path_default().resolve(ctx.root, explicitLog)
        : (0,fs/* resolveInsideRoot */.Pk)(ctx.root, configured, ctx.configSource);
    // Imported here: the record schema's validator loads only when there is a log to write.
    const { actorFrom, appendAuditRecords, auditRecordFor, runIdFrom, TORN_RECORD } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8626), __webpack_require__.e(6784), __webpack_require__.e(1312), __webpack_require__.e(8644)]).then(__webpack_require__.bind(__webpack_require__, 8809));
    const facts = {
        runId: runIdFrom(ctx.env),
        stage: ctx.config.audit?.stage ?? defaultStage,
        actor: actorFrom(ctx.env),
        toolVersion: version/* VERSION */.x,
        time: ctx.now,
    };
    const records = results.map((r) => auditRecordFor(r, facts, (0,types/* failOnFor */.p)(ctx.config, r.check)));
    await appendAuditRecords(file, records, (line) => ctx.log.warn(`${shownFile(ctx.root, file)}:${line}: ${TORN_RECORD}; the new records start on the next line`));
}

;// CONCATENATED MODULE: ./src/report/merge-command.ts
/** `secrets,validate` / `secrets validate` → the names (checked against the registry by the merge). */
function expectedChecks(value) {
    if (typeof value !== 'string')
        return [];
    return value.split(/[\s,]+/).filter(Boolean);
}
const REPORT_MERGE_COMMAND = {
    name: ['report', 'merge'],
    summary: 'merge the JSON reports of a sharded run (--shard I/N) into one report; a missing, duplicate or mismatched shard is an error',
    positionals: 'REPORT|DIR…',
    options: {
        checks: {
            type: 'string',
            valueName: 'LIST',
            description: 'the checks the matrix runs (e.g. secrets,validate,checksums): one no shard reported is an error, never a pass',
        },
    },
    run: async (ctx, args) => (await __webpack_require__.e(/* import() */ 3278).then(__webpack_require__.bind(__webpack_require__, 3278))).mergeReports(ctx, args.positionals, expectedChecks(args.values.checks)),
};

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The report as UTF-8 bytes, each part encoded as it is written: joining the parts first made one
 * string of the whole report, two bytes per character once any part holds a non-Latin-1 character
 * (every masked value's `…`), which then had to be measured and encoded again (bench/secrets:
 * 4,848 findings, 4.1 MB, 87 ms to render and write; 40 ms this way).
 */
function renderJson(report) {
    const { tool, status, checks, findings } = report;
    const out = new Utf8Sink();
    write(toJsonValue({ tool, status, checks, findings }, ''), '', out, new Set(), new Map());
    out.push('\n');
    return out.bytes();
}
/**
 * JSON indented by two spaces, except that an object or array holding no object or array (a
 * finding, the tool block) is one line: a report of thousands of findings reads, greps and diffs as
 * one finding per line, and renders at the speed of compact `JSON.stringify` (bench/secrets: 4,848
 * findings, listed twice, took 0.19 s through the indenting path). Same value as `JSON.stringify`
 * gives: `toJSON` applies, `undefined` and functions are left out of objects and null in arrays.
 */
function stringifyRecords(value) {
    const parts = [];
    write(toJsonValue(value, ''), '', parts, new Set(), new Map());
    return parts.join('');
}
/** UTF-8 bytes of the strings pushed, in one buffer that doubles when it must grow. */
class Utf8Sink {
    buffer = Buffer.allocUnsafe(64 * 1024);
    length = 0;
    push(...parts) {
        for (const part of parts) {
            // A UTF-16 code unit takes at most 3 bytes of UTF-8.
            const needed = this.length + part.length * 3;
            if (needed > this.buffer.length) {
                const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
                this.buffer.copy(grown, 0, 0, this.length);
                this.buffer = grown;
            }
            this.length += this.buffer.write(part, this.length);
        }
    }
    /** What was written (never the unwritten rest of the buffer). */
    bytes() {
        return this.buffer.subarray(0, this.length);
    }
}
/** Write `json`, a value `toJSON` has already been applied to (as JSON.stringify applies it once). */
function write(json, indent, parts, 
/** The containers being written around this one: a cycle fails as JSON.stringify's does. */
open, 
/**
 * Flat containers already written, with their text: a report lists each finding twice (in its
 * check and in the report's own list), the same object both times.
 */
written) {
    if (json !== null && typeof json === 'object') {
        const known = written.get(json);
        if (known !== undefined) {
            parts.push(known);
            return;
        }
        if (isFlat(json)) {
            const text = JSON.stringify(json);
            written.set(json, text);
            parts.push(text);
            return;
        }
    }
    else {
        parts.push(JSON.stringify(json) ?? 'null');
        return;
    }
    if (open.has(json))
        throw new TypeError('Converting circular structure to JSON');
    open.add(json);
    const inner = `${indent}  `;
    if (Array.isArray(json)) {
        parts.push('[');
        // Indexes, not forEach: a hole is null, as JSON.stringify writes it.
        for (let index = 0; index < json.length; index++) {
            parts.push(index === 0 ? '\n' : ',\n', inner);
            write(toJsonValue(json[index], String(index)), inner, parts, open, written);
        }
        parts.push(`\n${indent}]`);
        open.delete(json);
        return;
    }
    const record = json;
    let first = true;
    parts.push('{');
    for (const name of Object.keys(record)) {
        const item = toJsonValue(record[name], name);
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
            continue;
        parts.push(first ? '\n' : ',\n', inner, JSON.stringify(name), ': ');
        first = false;
        write(item, inner, parts, open, written);
    }
    parts.push(first ? '}' : `\n${indent}}`);
    open.delete(json);
}
function toJsonValue(value, key) {
    const toJSON = value?.toJSON;
    return typeof toJSON === 'function' ? toJSON.call(value, key) : value;
}
/**
 * Holds no object or array (an empty one counts as flat: `{}` and `[]` are one line anyway), and
 * has no `toJSON` of its own: JSON.stringify would apply that a second time.
 */
function isFlat(container) {
    if (typeof container.toJSON === 'function')
        return false;
    for (const item of Object.values(container)) {
        if (item !== null && typeof item === 'object')
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for code scanning: one run, rules with help and security-severity, results with
 * locations relative to %SRCROOT% and partialFingerprints from Finding.fingerprint, so alerts stay
 * the same alert across line moves. Suppressed findings carry an in-source/external suppression.
 *
 * GitHub rejects a whole upload that exceeds one of its hard limits
 * (docs.github.com …/troubleshooting-sarif-uploads/results-exceed-limit): 20 runs per file,
 * 25,000 results and 25,000 rules per run, 1,000 locations per result, 20 tags per rule, 100 tool
 * extensions. pipeguard writes one run, one location per result, two tags per rule, no extensions,
 * and at most one rule per result; only the result count depends on the input, so it is capped
 * here and what was left out is said in the run (properties and a tool notification).
 */

const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub's security-severity bands: critical ≥ 9, high 7–8.9, medium 4–6.9, low < 4. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
};
/** GitHub code scanning's hard limit of results per run. */
const SARIF_MAX_RESULTS = 25_000;
/**
 * The findings a SARIF run carries: all of them when they fit, else the SARIF_MAX_RESULTS that
 * matter most (unsuppressed before suppressed, then most severe, then the usual stable order).
 */
function sarifFindings(findings, limit = SARIF_MAX_RESULTS) {
    if (findings.length <= limit)
        return { kept: [...findings].sort(model/* compareFindings */.Eg), omitted: 0 };
    const kept = [...findings]
        .sort((a, b) => Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) ||
        (0,model/* severityRank */.qs)(b.severity) - (0,model/* severityRank */.qs)(a.severity) ||
        (0,model/* compareFindings */.Eg)(a, b))
        .slice(0, limit)
        .sort(model/* compareFindings */.Eg);
    return { kept, omitted: findings.length - limit };
}
/** One sentence for the job summary and the SARIF notification, when results were left out. */
function sarifOmissionNote(report, limit = SARIF_MAX_RESULTS) {
    const omitted = report.findings.length - limit;
    if (omitted <= 0)
        return undefined;
    return `SARIF: ${omitted} of ${report.findings.length} finding(s) left out of the SARIF file (GitHub code scanning accepts at most ${limit.toLocaleString('en-US')} results per run; the most severe are kept). The report file lists every finding.`;
}
function renderSarif(report, limit = SARIF_MAX_RESULTS, { category = 'pipeguard/', standIn = '.pipeguard.yml' } = {}) {
    const ruleInfo = new Map();
    for (const check of report.checks) {
        for (const [rule, info] of Object.entries(check.rules ?? {}))
            ruleInfo.set(sarifRuleId(check.check, rule), info);
    }
    const { kept: findings, omitted } = sarifFindings(report.findings, limit);
    const ruleIds = [...new Set(findings.map((f) => sarifRuleId(f.check, f.rule)))].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const severityOf = new Map();
    for (const f of findings) {
        const id = sarifRuleId(f.check, f.rule);
        const known = severityOf.get(id);
        if (!known || LEVEL_ORDER.indexOf(f.severity) > LEVEL_ORDER.indexOf(known))
            severityOf.set(id, f.severity);
    }
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pipeguard',
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: 'https://github.com/pipeguard/pipeguard',
                        rules: ruleIds.map((id) => {
                            const info = ruleInfo.get(id);
                            const severity = info?.severity ?? severityOf.get(id) ?? 'medium';
                            return {
                                id,
                                name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => c ? c.toUpperCase() : ''),
                                shortDescription: { text: info?.title ?? id },
                                fullDescription: { text: info?.help ?? info?.title ?? id },
                                ...(info?.help ? { help: { text: info.help } } : {}),
                                defaultConfiguration: { level: LEVEL[severity] },
                                properties: {
                                    'security-severity': SECURITY_SEVERITY[severity],
                                    tags: ['security', id.split('/')[0]],
                                },
                            };
                        }),
                    },
                },
                automationDetails: { id: category },
                ...(omitted > 0 ? omissionFacts(report, omitted, limit) : {}),
                results: findings.map((f) => result(f, index.get(sarifRuleId(f.check, f.rule)) ?? 0, standIn)),
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
/** Where a truncated run says so: a property for tools, a notification for people. */
function omissionFacts(report, omitted, limit) {
    return {
        properties: {
            'pipeguard/resultLimit': limit,
            'pipeguard/totalFindings': report.findings.length,
            'pipeguard/omittedResults': omitted,
        },
        invocations: [
            {
                executionSuccessful: true,
                toolExecutionNotifications: [
                    {
                        descriptor: { id: 'pipeguard/results-truncated' },
                        level: 'warning',
                        message: { text: sarifOmissionNote(report, limit) },
                    },
                ],
            },
        ],
    };
}
const LEVEL_ORDER = ['low', 'medium', 'high', 'critical'];
function sarifRuleId(check, rule) {
    return `${check}/${rule}`;
}
function result(f, ruleIndex, standIn) {
    const region = f.line !== undefined
        ? {
            startLine: f.line,
            ...(f.column !== undefined ? { startColumn: f.column } : {}),
            ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
            ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
        }
        : undefined;
    return {
        ruleId: sarifRuleId(f.check, f.rule),
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.remedy ? `${f.message}. ${f.remedy}` : f.message },
        // Repository-wide findings still need a location for code scanning: a file stands in.
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(f.file ?? standIn), uriBaseId: '%SRCROOT%' },
                    ...(region ? { region } : {}),
                },
            },
        ],
        partialFingerprints: { 'pipeguard/v1': f.fingerprint },
        properties: { severity: f.severity },
        ...(f.suppressed
            ? {
                suppressions: [
                    {
                        kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
                        ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
                    },
                ],
            }
            : {}),
    };
}
function encodeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * Terminal rendering: per check a status line, findings grouped by file; colour only on a TTY.
 * Text from the scanned tree is shown through `printable`, so a file name cannot add lines or
 * terminal escapes.
 */


/** Colour when writing to a terminal and NO_COLOR is unset (no-color.org); FORCE_COLOR forces it. */
function shouldColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true;
}
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1 };
const SEVERITY_STYLE = {
    critical: 'magenta',
    high: 'red',
    medium: 'yellow',
    low: 'blue',
};
const STATUS_MARK = {
    pass: '✔',
    fail: '✖',
    blocked: '⛔',
    error: '!',
};
function renderText(report, options) {
    const paint = options.color
        ? (style, text) => `\x1b[${CODES[style]}m${text}\x1b[0m`
        : (_s, t) => t;
    const lines = [];
    for (const check of report.checks) {
        const style = check.status === 'pass' ? 'green' : check.status === 'error' ? 'yellow' : 'red';
        lines.push(paint('bold', `${paint(style, STATUS_MARK[check.status])} ${check.check}: ${(0,report_escape/* printable */.g)(check.summary)}`));
        const checklist = checklistRows(check);
        if (checklist) {
            for (const row of checklist) {
                lines.push(`    ${row.ok ? paint('green', '✅') : paint('red', '❌')} ${(0,report_escape/* printable */.g)(row.item)}${row.ok ? '' : paint('gray', ` — ${(0,report_escape/* printable */.g)(row.note)}`)}`);
            }
        }
        lines.push(...renderFindings(check.findings, paint));
        const steps = nextSteps(check);
        if (steps.length) {
            lines.push(`  ${paint('bold', 'Next steps:')}`);
            for (const step of steps)
                lines.push(step ? `    ${(0,report_escape/* printable */.g)(step)}` : '');
        }
    }
    const failing = report.findings.filter((f) => !f.suppressed).length;
    lines.push('');
    lines.push(paint('bold', `pipeguard ${report.tool.version}: ${report.status.toUpperCase()} — ${report.checks.length} check(s), ${failing} finding(s)`));
    return `${lines.join('\n')}\n`;
}
function renderFindings(findings, paint) {
    const lines = [];
    const byFile = new Map();
    for (const finding of [...findings].sort(model/* compareFindings */.Eg)) {
        const key = finding.file ?? '(repository)';
        // Appended in place: copying the group per finding made 26,000 findings take seconds.
        const group = byFile.get(key);
        if (group)
            group.push(finding);
        else
            byFile.set(key, [finding]);
    }
    for (const [file, group] of byFile) {
        lines.push(`  ${paint('bold', (0,report_escape/* printable */.g)(file))}`);
        for (const f of group) {
            const where = f.line ? `${f.line}:${f.column ?? 1}`.padEnd(8) : ''.padEnd(8);
            const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
            const suppressed = f.suppressed
                ? paint('gray', ` (suppressed: ${(0,report_escape/* printable */.g)(f.suppressed.kind)})`)
                : '';
            lines.push(`    ${paint('gray', where)} ${sev} ${(0,report_escape/* printable */.g)(f.message)} ${paint('gray', `[${(0,report_escape/* printable */.g)(f.rule)}]`)}${suppressed}`);
            if (f.remedy && !f.suppressed)
                lines.push(`    ${''.padEnd(8)} ${''.padEnd(8)} ${paint('gray', `→ ${(0,report_escape/* printable */.g)(f.remedy)}`)}`);
        }
    }
    return lines;
}
/** A check may say what to do next (the eval gate: how to unblock) in `details.nextSteps`. */
function nextSteps(check) {
    const steps = check.details?.nextSteps;
    return Array.isArray(steps) ? steps.filter((s) => typeof s === 'string') : [];
}
/** A check may carry a checklist table (the hygiene checklist does) in `details.checklist`. */
function checklistRows(check) {
    const rows = check.details?.checklist;
    return Array.isArray(rows) ? rows : undefined;
}

;// CONCATENATED MODULE: ./src/report/render.ts
/** Pick a renderer by --format. */



const FORMATS = ['text', 'json', 'sarif'];
function isFormat(value) {
    return FORMATS.includes(value);
}
/** The report in `format`: text and SARIF as strings, JSON as its UTF-8 bytes. */
function render(report, format, color) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'sarif')
        return renderSarif(report);
    return renderText(report, { color });
}

;// CONCATENATED MODULE: ./src/path-root.ts
/**
 * Paths given on the command line outside the working directory (`pipeguard secrets /abs/dir`,
 * `validate ../other/x.yaml`): without `--root` they are checked as their own root, the work tree
 * they are in (or the directory itself, or a file's directory, outside git), like gitleaks and
 * sha256sum take any path. Every rule that holds inside a root holds there.
 */




/** The root for `paths` (relative to `cwd`) when any lies outside `cwd`; undefined otherwise. */
async function rootForOutsidePaths(cwd, paths) {
    const resolved = paths.map((p) => (p === '-' ? p : external_node_path_default().resolve(cwd, p)));
    if (resolved.every((p) => p === '-' || (0,fs/* isInside */.FK)(cwd, p)))
        return undefined;
    // A named path is taken where it really is: a symlink to a directory is checked as that
    // directory, inside its own work tree (the root itself is never a link to somewhere else).
    const absolute = resolved.map((p) => (p === '-' ? p : realOrAsIs(p)));
    const outside = absolute.filter((p) => p !== '-' && !(0,fs/* isInside */.FK)(cwd, p));
    const roots = new Set(outside.length === 0 ? [cwd] : []);
    for (const file of outside)
        roots.add(await ownRoot(file));
    const [root] = roots;
    const inside = absolute.filter((p) => p !== '-' && !(0,fs/* isInside */.FK)(root, p));
    if (roots.size > 1 || inside.length > 0) {
        if (inside.length > 0)
            roots.add(cwd);
        throw new errors/* InputError */.dz(`these paths are in different roots (${[...roots].join(', ')}): run once per root, or give --root`);
    }
    return {
        root: root,
        paths: absolute.map((p) => (p === '-' ? p : external_node_path_default().relative(root, p) || '.')),
    };
}
function realOrAsIs(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return file;
    }
}
async function ownRoot(file) {
    // A missing path is reported by the check itself, from the nearest directory that exists.
    let dir = file;
    for (;;) {
        try {
            if (!(0,external_node_fs_.statSync)(dir).isDirectory())
                dir = external_node_path_default().dirname(dir);
            break;
        }
        catch {
            if (external_node_path_default().dirname(dir) === dir)
                break;
            dir = external_node_path_default().dirname(dir);
        }
    }
    const { workTreeTop } = await __webpack_require__.e(/* import() */ 1587).then(__webpack_require__.bind(__webpack_require__, 3968));
    const top = await workTreeTop(dir);
    return top && (0,fs/* isInside */.FK)(top, file) ? top : dir;
}

;// CONCATENATED MODULE: ./src/util/stdin.ts
/** The bytes of `input`, or undefined when it holds more than `limit` bytes. */
async function readStdin(input, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of input) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        size += bytes.length;
        if (size > limit) {
            input.destroy();
            return undefined;
        }
        chunks.push(bytes);
    }
    return Buffer.concat(chunks, size);
}

;// CONCATENATED MODULE: ./src/cli-main.ts
/**
 * The `pipeguard` CLI: parse argv, run a command through the engine, render, exit with the code of
 * design.md (0 pass, 1 fail, 2 usage/input error, 12 eval gate blocked).
 */













const GLOBAL_OPTIONS = {
    config: {
        type: 'string',
        description: 'config file (default: .pipeguard.yml in the root, else embedded defaults)',
        valueName: 'FILE',
    },
    format: {
        type: 'string',
        description: `report format: ${FORMATS.join(', ')} (default: text)`,
        valueName: 'FORMAT',
    },
    output: {
        type: 'string',
        description: 'write the report to FILE (stdout still gets the text summary); - for stdout',
        valueName: 'FILE',
    },
    'audit-log': {
        type: 'string',
        description: 'append one JSONL audit record per check decision to FILE',
        valueName: 'FILE',
    },
    root: {
        type: 'string',
        description: 'directory to check (default: the current directory)',
        valueName: 'DIR',
    },
    'fail-on': {
        type: 'string',
        description: `lowest severity that fails: ${model/* SEVERITIES */.oC.join(', ')}`,
        valueName: 'SEVERITY',
    },
    quiet: {
        type: 'boolean',
        short: 'q',
        description: 'print only what failed (nothing when every check passes)',
    },
    verbose: { type: 'boolean', short: 'v', description: 'print debug details on stderr' },
    help: { type: 'boolean', short: 'h', description: 'show help' },
    version: { type: 'boolean', short: 'V', description: 'print the version' },
};
/** `--output -`: the report goes to standard output, the text summary nowhere. */
const STDOUT = '-';
const CHECK_COMMAND = {
    name: ['check'],
    summary: "run every check enabled in the config (the Action's default job)",
    positionals: '[CHECK…]',
    run: async (ctx, args) => runConfiguredChecks(ctx, args.positionals),
};
async function main(argv, env, cwd) {
    // Global options may come before the command (`pipeguard --format json secrets`), as with git.
    const { globals, command } = splitLeadingGlobals(argv);
    const words = leadingWords(command);
    if (words[0] === 'version') {
        process.stdout.write(`${version/* VERSION */.x}\n`);
        return model/* EXIT */.dc.ok;
    }
    if (words[0] === 'help') {
        const topic = words.length > 1 ? findSpec(words.slice(1)) : undefined;
        if (words.length > 1 && !topic)
            return usageError(`unknown command: ${words.slice(1).join(' ')}`);
        process.stdout.write(topic
            ? commandHelp(topic.spec, { ...GLOBAL_OPTIONS, ...(topic.spec.options ?? {}) })
            : generalHelp());
        return model/* EXIT */.dc.ok;
    }
    const found = findSpec(words);
    if (!found) {
        if (argv.includes('--version') || argv.includes('-V')) {
            process.stdout.write(`${version/* VERSION */.x}\n`);
            return model/* EXIT */.dc.ok;
        }
        if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
            process.stdout.write(generalHelp());
            return argv.length === 0 ? model/* EXIT */.dc.usage : model/* EXIT */.dc.ok;
        }
        return usageError(words.length > 0
            ? `unknown command: ${words.slice(0, 2).join(' ')} (see: pipeguard help)`
            : 'no command given (see: pipeguard help)');
    }
    const { spec, used } = found;
    const rest = [...globals, ...command.slice(used)];
    const options = { ...GLOBAL_OPTIONS, ...(spec.options ?? {}) };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: rest,
            options: toParseArgs(options),
            allowPositionals: true,
            strict: true,
        });
    }
    catch (error) {
        return usageError(`${(0,errors/* oneLine */.TN)(error)} (see: pipeguard ${spec.name.join(' ')} --help)`);
    }
    const values = parsed.values;
    if (values.help) {
        process.stdout.write(commandHelp(spec, options));
        return model/* EXIT */.dc.ok;
    }
    const format = values.format ?? 'text';
    if (!isFormat(format))
        return usageError(`--format must be one of ${FORMATS.join(', ')}; got ${format}`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !(0,model/* isSeverity */._Z)(failOn)) {
        return usageError(`--fail-on must be one of ${model/* SEVERITIES */.oC.join(', ')}; got ${failOn}`);
    }
    const resolveFlagPath = (p) => typeof p === 'string' ? external_node_path_default().resolve(cwd, p) : undefined;
    const log = stderrLogger(values.verbose === true || env.PIPEGUARD_DEBUG === '1');
    let results;
    let auditLog;
    let ctx;
    try {
        const outside = 
        // Reports to merge are read where they are; only checks take their root from their paths.
        values.root === undefined && spec !== CHECK_COMMAND && spec !== REPORT_MERGE_COMMAND
            ? await rootForOutsidePaths(cwd, parsed.positionals)
            : undefined;
        ctx = await createContext({
            root: resolveFlagPath(values.root) ?? outside?.root ?? cwd,
            configFile: resolveFlagPath(values.config),
            failOn: failOn,
            auditLog: resolveFlagPath(values['audit-log']),
            env,
            log,
            readStdin: (limit) => readStdin(process.stdin, limit),
        });
        auditLog = resolveFlagPath(values['audit-log']);
        const args = { positionals: outside?.paths ?? parsed.positionals, values };
        results = await runCommand(spec, ctx, args);
    }
    catch (error) {
        results = [errorResult(spec.name[0] ?? 'pipeguard', error)];
    }
    if (ctx) {
        try {
            await writeAudit(ctx, results, auditLog, spec.name.join(' '));
        }
        catch (error) {
            results.push(errorResult('audit', error));
        }
    }
    const report = finishReport(results);
    const color = shouldColor(process.stdout, env);
    if (values.output === STDOUT) {
        process.stdout.write(render(report, format, format === 'text' && color));
        return (0,model/* exitCodeFor */.Rr)(report.status);
    }
    const outputFile = resolveFlagPath(values.output);
    if (outputFile) {
        try {
            await (0,fs/* writeFileAtomic */.Zf)(outputFile, render(report, format, false));
        }
        catch (error) {
            const input = (0,errors/* asInputError */.XW)(error);
            process.stderr.write(`pipeguard: ${input ? `${input.toLine()} (the report)` : `${values.output}: cannot write the report (${(0,errors/* oneLine */.TN)(error)})`}\n`);
            return model/* EXIT */.dc.usage;
        }
    }
    const shown = values.quiet === true ? failuresOnly(report) : report;
    if (shown) {
        process.stdout.write(render(shown, outputFile ? 'text' : format, color && (outputFile !== undefined || format === 'text')));
    }
    return (0,model/* exitCodeFor */.Rr)(report.status);
}
/** `--quiet`: the checks that did not pass, or nothing at all when every check passed. */
function failuresOnly(report) {
    if (report.status === 'pass')
        return undefined;
    const checks = report.checks.filter((check) => check.status !== 'pass');
    const failing = new Set(checks.map((check) => check.check));
    return { ...report, checks, findings: report.findings.filter((f) => failing.has(f.check)) };
}
function findSpec(words) {
    if (words[0] === 'report' && words[1] === 'merge')
        return { spec: REPORT_MERGE_COMMAND, used: 2 };
    return words[0] === 'check' ? { spec: CHECK_COMMAND, used: 1 } : findCommand(words);
}
/**
 * The global options written before the command word, with their values, and the rest of argv.
 * They are handed to the command's parser after its name, where every option is parsed.
 */
function splitLeadingGlobals(argv) {
    const byFlag = new Map();
    for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) {
        byFlag.set(`--${name}`, spec);
        if (spec.short)
            byFlag.set(`-${spec.short}`, spec);
    }
    let i = 0;
    while (i < argv.length) {
        const token = argv[i];
        const spec = byFlag.get(token.split('=')[0]);
        if (!token.startsWith('-') || token === '--' || !spec)
            break;
        i += spec.type === 'string' && !token.includes('=') ? 2 : 1;
    }
    return { globals: argv.slice(0, i), command: argv.slice(i) };
}
/** The leading non-option words, which name the command (`checksums verify DIR` → all three). */
function leadingWords(argv) {
    const out = [];
    for (const a of argv) {
        if (a.startsWith('-'))
            break;
        out.push(a);
    }
    return out;
}
function toParseArgs(options) {
    const out = {};
    for (const [name, spec] of Object.entries(options)) {
        out[name] = {
            type: spec.type,
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {}),
        };
    }
    return out;
}
function usageError(message) {
    process.stderr.write(`pipeguard: ${message}\n`);
    return model/* EXIT */.dc.usage;
}
function stderrLogger(verbose) {
    return {
        info: (m) => process.stderr.write(`${m}\n`),
        warn: (m) => process.stderr.write(`warning: ${m}\n`),
        debug: (m) => {
            if (verbose)
                process.stderr.write(`debug: ${m}\n`);
        },
    };
}
function allCommands() {
    return [CHECK_COMMAND, ...registry/* CHECKS */.u.flatMap((c) => c.commands), REPORT_MERGE_COMMAND];
}
function generalHelp() {
    const commands = allCommands();
    const width = Math.max(...commands.map((c) => `${c.name.join(' ')} ${c.positionals ?? ''}`.length));
    return [
        `pipeguard ${version/* VERSION */.x} — the security gate for ML and agent pipelines`,
        '',
        'Usage: pipeguard [global options] <command> [options]',
        '',
        'Commands:',
        ...commands.map((c) => `  ${`${c.name.join(' ')} ${c.positionals ?? ''}`.padEnd(width)}  ${c.summary}`),
        '',
        'Global options:',
        ...optionLines(GLOBAL_OPTIONS),
        '',
        'Exit codes: 0 passed, 1 a check failed, 2 usage/config/input error, 12 eval gate blocked.',
        "Run `pipeguard help <command>` for a command's options; `pipeguard version` prints the version.",
        '',
    ].join('\n');
}
function commandHelp(spec, options) {
    return [
        ['Usage: pipeguard', ...spec.name, spec.positionals, '[options]'].filter(Boolean).join(' '),
        '',
        spec.summary,
        '',
        'Options:',
        ...optionLines(options),
        '',
    ].join('\n');
}
function optionLines(options) {
    const entries = Object.entries(options).map(([name, o]) => {
        const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.valueName ?? 'VALUE'}` : ''}`;
        return [flag, o.description];
    });
    const width = Math.max(...entries.map(([f]) => f.length));
    return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}
/** Run the command line of this process and set its exit code; never throws, never a stack trace. */
async function runCli() {
    const output = watchStandardOutput();
    try {
        const code = await main(process.argv.slice(2), process.env, process.cwd());
        process.exitCode = output.lost ? model/* EXIT */.dc.usage : code;
    }
    catch (error) {
        // Last line of defence: never a stack trace for the user, never exit 0.
        const input = (0,errors/* asInputError */.XW)(error);
        process.stderr.write(`pipeguard: ${input ? input.toLine() : `internal error: ${(0,errors/* oneLine */.TN)(error)}`}\n`);
        process.exitCode = model/* EXIT */.dc.usage;
    }
}
/**
 * Standard output that cannot be written. A reader that closed the pipe early (`| head`) has what
 * it wanted: the verdict stands. Any other failure (a full disk behind `> report.json`) lost the
 * report: one line and exit 2, never Node's unhandled-error stack trace, and never the verdict's
 * 0 (the error can arrive before or after the command returns).
 */
function watchStandardOutput() {
    const output = { lost: false, readerGone: false };
    process.stdout.on('error', (error) => {
        if (output.readerGone)
            return;
        if (error.code === 'EPIPE') {
            output.readerGone = true;
            return;
        }
        if (!output.lost) {
            const named = (0,errors/* asInputError */.XW)((0,errors/* withPath */.iD)(error, 'standard output', 'write'));
            process.stderr.write(`pipeguard: ${named ? named.toLine() : (0,errors/* oneLine */.TN)(error)}\n`);
        }
        output.lost = true;
        process.exitCode = model/* EXIT */.dc.usage;
    });
    return output;
}


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isEnabled),
/* harmony export */   P: () => (/* binding */ DEFAULT_CONFIG)
/* harmony export */ });
const DEFAULT_CONFIG = {
    version: 1,
    'fail-on': 'medium',
    checklist: { enabled: true },
    secrets: { enabled: true },
    pii: { enabled: true },
    validate: { enabled: true },
    checksums: { enabled: true },
    models: { enabled: true },
};
/** A check runs under `pipeguard check` when its section is present and not disabled. */
function isEnabled(config, check) {
    const section = config[check];
    return (typeof section === 'object' &&
        section !== null &&
        section.enabled !== false);
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ markdownCell),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Escaping for text that comes from the scanned tree (file names, messages quoting keys or
 * values): a PR controls it, so no renderer may let it start a new line, a table row, markup or a
 * terminal escape sequence.
 */
/**
 * C0/C1 controls, DEL, the Unicode line/paragraph separators, and the bidirectional overrides and
 * isolates ("Trojan Source", CVE-2021-42574) that make a name display as something else.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * The text on one line with every unprintable character shown as an escape (`\n`, `\x1b`,
 * `\u202e`), as git shows such file names; printable text is left as it is.
 */
function printable(text) {
    return text.replace(UNPRINTABLE, (c) => {
        const named = NAMED[c];
        if (named)
            return named;
        const code = c.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/**
 * Markdown punctuation that could end a table cell (`|`), open a code span, emphasis,
 * strikethrough or a link, start raw HTML or an autolink (`<`), or an entity (`&`); and the
 * backslash itself so the escapes stay unambiguous.
 */
const MARKDOWN_SPECIAL = /[\\`*_~[\]<>&|]/g;
/**
 * One GitHub-flavoured Markdown table cell showing exactly `text`: on one line, every character
 * that Markdown or the table would read as syntax backslash-escaped (CommonMark allows a backslash
 * before any ASCII punctuation; GFM lets `\|` stand inside a cell). Every cell of every table the
 * job summary renders goes through here.
 */
function markdownCell(text) {
    return printable(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}


/***/ }),

/***/ 1343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SHARD_OPTION)
/* harmony export */ });
const SHARD_OPTION = {
    type: 'string',
    valueName: 'I/N',
    description: 'run shard I of N (a job matrix); each shard scans its part of the work, `pipeguard report merge` joins them',
};


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ })

};
