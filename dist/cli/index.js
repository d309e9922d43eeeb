#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CHECKSUMS_SPEC)
/* harmony export */ });
/* harmony import */ var _shard_option_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1343);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gs: () => (/* binding */ implementCheck),
/* harmony export */   hA: () => (/* binding */ lazyCheck)
/* harmony export */ });
/* unused harmony export commandKey */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ rolesOf),
/* harmony export */   p1: () => (/* binding */ evalGateSection),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2143);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SIGN_OPTIONS),
/* harmony export */   p: () => (/* binding */ EVAL_GATE_SPEC)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4228);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ CHECKS)
/* harmony export */ });
/* harmony import */ var _checklist_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1387);
/* harmony import */ var _checksums_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(379);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2494);
/* harmony import */ var _models_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5677);
/* harmony import */ var _deps_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5833);
/* harmony import */ var _eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1609);
/* harmony import */ var _pii_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9297);
/* harmony import */ var _provenance_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5850);
/* harmony import */ var _secrets_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(644);
/* harmony import */ var _validate_spec_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(1777);
/**
 * Every check pipeguard knows, in the order `pipeguard check` runs them: each spec now, each
 * implementation imported when the check first runs (see define.ts).
 */










const CHECKS = [
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_checklist_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKLIST_SPEC */ .j, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(768), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9636))).checklistCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_secrets_spec_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRETS_SPEC */ .M, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(768), __nccwpck_require__.e(577), __nccwpck_require__.e(626), __nccwpck_require__.e(403), __nccwpck_require__.e(692), __nccwpck_require__.e(428)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8428))).secretsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_pii_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .PII_SPEC */ .L, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(768), __nccwpck_require__.e(577), __nccwpck_require__.e(548), __nccwpck_require__.e(626), __nccwpck_require__.e(403), __nccwpck_require__.e(692), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9779))).piiCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_validate_spec_js__WEBPACK_IMPORTED_MODULE_9__/* .VALIDATE_SPEC */ .n, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(768), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(840), __nccwpck_require__.e(733), __nccwpck_require__.e(429), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16))).validateCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_checksums_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKSUMS_SPEC */ .f, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(28)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3028))).checksumsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_models_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .MODELS_SPEC */ .h, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(768), __nccwpck_require__.e(994), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(840), __nccwpck_require__.e(28), __nccwpck_require__.e(854), __nccwpck_require__.e(968)]).then(__nccwpck_require__.bind(__nccwpck_require__, 854))).modelsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_deps_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPS_SPEC */ .r, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(999), __nccwpck_require__.e(362), __nccwpck_require__.e(994), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(551), __nccwpck_require__.e(840), __nccwpck_require__.e(627), __nccwpck_require__.e(733), __nccwpck_require__.e(223)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8223))).depsCheck),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .EVAL_GATE_SPEC */ .p, async () => {
        const [{ evalGateCheck }, { publishedOnGitHub }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(999), __nccwpck_require__.e(768), __nccwpck_require__.e(362), __nccwpck_require__.e(994), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(551), __nccwpck_require__.e(840), __nccwpck_require__.e(28), __nccwpck_require__.e(627), __nccwpck_require__.e(733), __nccwpck_require__.e(854), __nccwpck_require__.e(575)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9575)),
            // The gate's commit status, PR comment and merge-blocking guidance (src/github, issue 7).
            Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(999), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(551), __nccwpck_require__.e(67)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605)),
        ]);
        return publishedOnGitHub(evalGateCheck);
    }),
    (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyCheck */ .hA)(_provenance_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .PROVENANCE_SPEC */ .k, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(724), __nccwpck_require__.e(768), __nccwpck_require__.e(994), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(840), __nccwpck_require__.e(28), __nccwpck_require__.e(854), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 625))).provenanceCheck),
];


/***/ }),

/***/ 644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SECRETS_SPEC),
/* harmony export */   O: () => (/* binding */ DEFAULT_IGNORE_FILE)
/* harmony export */ });
/* harmony import */ var _shard_option_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1343);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ VALIDATE_SPEC)
/* harmony export */ });
/* harmony import */ var _shard_option_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1343);
/* harmony import */ var _eval_gate_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1609);
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

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sectionOf),
/* harmony export */   p: () => (/* binding */ failOnFor)
/* harmony export */ });
/** The severity at which a check fails: its own `fail-on`, else the global one. */
function failOnFor(config, check) {
    return config[check]?.['fail-on'] ?? config['fail-on'];
}
/** The section of a check as its own typed view (the schema has already validated it). */
function sectionOf(config, check) {
    return (config[check] ?? {});
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ orderFindings),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ex: () => (/* binding */ ruleFinding),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Ot: () => (/* binding */ resultFromFindings),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   y9: () => (/* binding */ byFile)
/* harmony export */ });
/* unused harmony export overallStatus */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one report model every check returns and every renderer reads.
 * Secret values never enter it: only masked forms and fingerprints.
 */

const SEVERITIES = ['low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITIES.includes(value);
}
/** True when the finding counts against the check under the given `fail-on` threshold. */
function failsAt(finding, failOn) {
    return !finding.suppressed && severityRank(finding.severity) >= severityRank(failOn);
}
/** sha256 over the parts, joined unambiguously; hex, truncated to 32 chars for readability. */
function fingerprintOf(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts) {
        const text = part === undefined ? '' : String(part);
        hash.update(`${text.length}:${text}\0`);
    }
    return hash.digest('hex').slice(0, 32);
}
/**
 * A Finding whose severity comes from the check's rule table and whose fingerprint is
 * (check, rule, file, subject): stable across line moves and runs.
 */
function ruleFinding(check, rules, spec) {
    return {
        check,
        rule: spec.rule,
        severity: spec.severity ?? rules[spec.rule].severity,
        message: spec.message,
        ...(spec.file !== undefined ? { file: spec.file } : {}),
        ...(spec.line !== undefined ? { line: spec.line } : {}),
        ...(spec.column !== undefined ? { column: spec.column } : {}),
        fingerprint: fingerprintOf(check, spec.rule, spec.file, spec.subject ?? spec.message),
        ...(spec.remedy ? { remedy: spec.remedy } : {}),
    };
}
/** The usual way a check turns findings into a result: fail when any finding is at or above `failOn`. */
function resultFromFindings(check, findings, failOn, describe, details) {
    const failing = findings.filter((f) => failsAt(f, failOn)).length;
    return {
        check,
        status: failing > 0 ? 'fail' : 'pass',
        summary: describe(failing, findings.length),
        findings,
        ...(details ? { details } : {}),
    };
}
/** Overall status: error wins, then blocked, then fail. */
function overallStatus(results) {
    const order = ['error', 'blocked', 'fail'];
    for (const status of order)
        if (results.some((r) => r.status === status))
            return status;
    return 'pass';
}
const EXIT = { ok: 0, failed: 1, usage: 2, blocked: 12 };
/** The process exit code of design.md: 2 wins over all, then 12, then 1. */
function exitCodeFor(status) {
    switch (status) {
        case 'error':
            return EXIT.usage;
        case 'blocked':
            return EXIT.blocked;
        case 'fail':
            return EXIT.failed;
        default:
            return EXIT.ok;
    }
}
function buildReport(version, checks) {
    return {
        tool: { name: 'pipeguard', version },
        status: overallStatus(checks),
        checks,
        findings: checks.flatMap((c) => c.findings),
    };
}
/**
 * Orders a check's findings by `key` (a stable sort: ties keep the check's own order), the same
 * way sharded or not, so a merge of shards equals an unsharded run (src/report/merge.ts). Each
 * sharded check picks a key under which findings that tie always come from one shard.
 */
function orderFindings(findings, key = compareFindings) {
    return findings.sort(key);
}
/** By file alone (`/` paths, byte order), each file's findings in the check's order. */
function byFile(a, b) {
    const fa = a.file ?? '';
    const fb = b.file ?? '';
    return fa < fb ? -1 : fa > fb ? 1 : 0;
}
/** Stable order for every renderer: file, line, column, rule. */
function compareFindings(a, b) {
    return ((a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule));
}


/***/ }),

/***/ 1343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SHARD_OPTION)
/* harmony export */ });
const SHARD_OPTION = {
    type: 'string',
    valueName: 'I/N',
    description: 'run shard I of N (a job matrix); each shard scans its part of the work, `pipeguard report merge` joins them',
};


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XW: () => (/* binding */ asInputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iD: () => (/* binding */ withPath)
/* harmony export */ });
/* unused harmony export inputErrorFromSystem */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A user's mistake (bad flag, unreadable file, malformed config or document): exit 2 with one
 * line naming the file and the problem, never a stack trace.
 */
class InputError extends Error {
    file;
    line;
    column;
    /** Further problems of the same input (a config with several mistakes lists them all). */
    more = [];
    constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'InputError';
    }
    /** The first problem, carrying the rest; undefined for none. */
    static all(problems) {
        const [first, ...rest] = problems;
        if (first)
            first.more = rest;
        return first;
    }
    /** `file:line:col: message`, the form editors and pre-commit users click on. */
    toLine() {
        if (!this.file)
            return this.message;
        const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
            .filter((part) => part !== undefined)
            .join(':');
        return `${where}: ${this.message}`;
    }
}
/** The user-facing form of a thrown value when it is the user's problem (input or environment). */
function asInputError(error) {
    return error instanceof InputError ? error : inputErrorFromSystem(error);
}
/** Describe any thrown value in one line, without a stack. */
function oneLine(error) {
    if (error instanceof InputError)
        return error.toLine();
    if (error instanceof Error)
        return error.message.split('\n')[0] ?? String(error);
    return String(error);
}
/**
 * Node's system errors that carry a path (ENOSPC, EISDIR, EACCES, EROFS, … from fs or a spawn)
 * are the user's environment, not a pipeguard bug: one line naming the file and the problem,
 * exit 2. The engine's top-level handlers pass every thrown value through here.
 */
function inputErrorFromSystem(error, cwd = process.cwd()) {
    if (!isSystemError(error) || typeof error.path !== 'string')
        return undefined;
    const action = error.action ?? actionOf(error.syscall);
    return new InputError(`cannot ${action} ${shownPath(error.path, cwd)}: ${problemOf(error)}`);
}
/**
 * The same failure, attributed to `file` (a writer's temp file or a directory it creates is an
 * implementation detail; the user knows the file they asked for) and to what was being done.
 */
function withPath(error, file, action) {
    if (!isSystemError(error))
        return error;
    return Object.assign(new Error(`${error.code}: ${problemOf(error)}, ${action} '${file}'`), {
        code: error.code,
        errno: error.errno,
        syscall: error.syscall,
        path: file,
        action,
    });
}
function isSystemError(error) {
    return (error instanceof Error &&
        typeof error.code === 'string' &&
        /^E[A-Z0-9]+$/.test(error.code) &&
        typeof error.syscall === 'string');
}
/** Plain words for the codes users meet; libuv's own text for the rest. */
const PROBLEMS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EISDIR: 'is a directory',
    ENOTDIR: 'a parent of it is not a directory',
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EEXIST: 'already exists',
    EIO: 'input/output error',
    ENAMETOOLONG: 'name too long',
    ELOOP: 'too many levels of symbolic links',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files in the system',
    EBUSY: 'resource busy',
};
function problemOf(error) {
    return PROBLEMS[error.code] ?? /^E[A-Z0-9]+: ([^,]+)/.exec(error.message)?.[1] ?? error.code;
}
function actionOf(syscall) {
    if (!syscall)
        return 'access';
    if (syscall.startsWith('spawn'))
        return 'run';
    if (/^(read|readdir|scandir|stat|lstat|fstat|realpath|readlink|access)$/.test(syscall))
        return 'read';
    if (/^(write|fsync|fdatasync|ftruncate|rename|unlink|rmdir|copyfile|chmod|utime|symlink|link)$/.test(syscall))
        return 'write';
    if (syscall === 'mkdir')
        return 'create directory';
    return syscall === 'open' ? 'open' : 'access';
}
/** Relative to the working directory when inside it (as the user typed it), else absolute. */
function shownPath(file, cwd) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel)
        ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')
        : file;
}


/***/ }),

/***/ 1917:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Pk: () => (/* binding */ resolveInsideRoot),
/* harmony export */   TU: () => (/* binding */ isPipeguardTempName),
/* harmony export */   TY: () => (/* binding */ appendLinesWhole),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   yY: () => (/* binding */ relativeToRoot)
/* harmony export */ });
/* unused harmony export tempNameFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(17);
/** File-system rules that hold everywhere: stay inside the root, write atomically. */






/** `/`-separated path of `absolute` relative to `root`, for Findings and reports. */
function relativeToRoot(root, absolute) {
    return node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
}
/**
 * Resolve a user-given path against the root and refuse anything that lands outside it,
 * through `..` or through a symlink anywhere on the way.
 */
function resolveInsideRoot(root, userPath, label = userPath) {
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(root, userPath);
    if (!isInside(root, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('path leaves the scanned root', label);
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(candidate);
    }
    catch {
        // Not existing yet is fine for outputs; check the nearest existing parent instead.
        real = node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(nearestExisting(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(candidate))), node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(candidate));
    }
    if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root), real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('path resolves outside the scanned root through a symlink', label);
    }
    return candidate;
}
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel));
}
function nearestExisting(dir) {
    let current = dir;
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(current);
            return current;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(current);
            if (parent === current)
                return current;
            current = parent;
        }
    }
}
/**
 * pipeguard's temp files, the one pattern every writer uses and every directory walk recognises:
 * `.<target name>.pipeguard-<pid>-<12 hex>.tmp`, beside the target. The pid says whose it is, so
 * a later write can tell a killed writer's leftover from a live concurrent writer's temp.
 */
const TEMP_NAME = /^\..+\.pipeguard-(\d+)-[0-9a-f]{12}\.tmp$/;
/** A leftover this old is removed even when its pid is alive (reused by another process). */
const STALE_TEMP_AGE_MS = 10 * 60 * 1000;
function tempNameFor(target) {
    return `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(target)}.pipeguard-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
}
/** True for a name pipeguard's atomic writes use (see tempNameFor). */
function isPipeguardTempName(name) {
    return TEMP_NAME.test(name);
}
/**
 * Write via a temp file in the same directory, fsync, then rename: readers see the old file or the
 * new one, never half of one. The temp is removed on every failure (write, fsync, close, rename)
 * and on SIGINT / SIGTERM; a leftover from a killed writer (SIGKILL, power loss) is removed by the
 * next write into the same directory. Failures name `file`, never the temp.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, dir, 'create directory');
    }
    await removeStaleTemps(dir);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, tempNameFor(file));
    // Tracked before the open: a signal arriving while it is pending still finds the name.
    trackTemp(temp);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true }).catch(() => undefined);
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, file, 'write');
    }
    finally {
        untrackTemp(temp);
    }
}
/** Best effort: a directory we cannot list or a temp we cannot remove does not stop the write. */
async function removeStaleTemps(dir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch {
        return;
    }
    const now = Date.now();
    for (const name of names) {
        const pid = Number(TEMP_NAME.exec(name)?.[1] ?? Number.NaN);
        if (Number.isNaN(pid) || pid === process.pid)
            continue;
        const temp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, name);
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(temp);
            if (!info.isFile())
                continue;
            if (processAlive(pid) && now - info.mtimeMs < STALE_TEMP_AGE_MS)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        }
        catch {
            // vanished meanwhile (its writer renamed it) or not ours to remove
        }
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it exists but belongs to someone else.
        return error.code === 'EPERM';
    }
}
/** Temps being written now, removed synchronously if a signal ends the process. */
const liveTemps = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM'];
function onSignal(signal) {
    for (const temp of liveTemps) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // never created, or already renamed
        }
    }
    // The shell's convention for death by signal: 128 + its number (130 for SIGINT, 143 for SIGTERM).
    process.exit(128 + (node_os__WEBPACK_IMPORTED_MODULE_3__.constants.signals[signal] ?? 0));
}
function trackTemp(temp) {
    // Handlers only while a temp exists: otherwise Node's default (die on the signal) stands.
    if (liveTemps.size === 0)
        for (const signal of SIGNALS)
            process.on(signal, onSignal);
    liveTemps.add(temp);
}
function untrackTemp(temp) {
    liveTemps.delete(temp);
    if (liveTemps.size === 0)
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
}
/**
 * Append whole lines so that they land whole or not at all: one write() on an O_APPEND descriptor
 * (concurrent appenders never interleave), and when the disk fills part-way the file is truncated
 * back to where this append began, so no half record stays for the next append to be glued onto.
 * A file whose last line has no newline (torn by a crash or an older writer) is reported through
 * `onTornLine` with that line's number, and the new lines start on a fresh line.
 */
async function appendLinesWhole(file, lines, onTornLine) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), { recursive: true });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), 'create directory');
    }
    let handle;
    try {
        // a+: O_APPEND for the write, readable for the look at the last byte.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'a+', 0o644);
        const before = (await handle.stat()).size;
        let prefix = '';
        if (before > 0 && (await byteAt(handle, before - 1)) !== 0x0a) {
            onTornLine?.(await lineCount(handle, before));
            prefix = '\n';
        }
        const bytes = Buffer.from(prefix + lines);
        const { bytesWritten } = await handle.write(bytes, 0, bytes.length, null);
        if (bytesWritten < bytes.length) {
            // A short write means the disk filled up (or a quota or size limit bit): undo our part.
            const size = (await handle.stat()).size;
            await handle.truncate(Math.max(0, size - bytesWritten)).catch(() => undefined);
            throw await shortWriteError(file, bytesWritten, bytes.length);
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .withPath */ .iD)(error, file, 'write');
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}
async function byteAt(handle, position) {
    const one = Buffer.alloc(1);
    const { bytesRead } = await handle.read(one, 0, 1, position);
    return bytesRead === 1 ? one[0] : undefined;
}
/** 1-based number of the line that holds byte `size - 1`. */
async function lineCount(handle, size) {
    const chunk = Buffer.alloc(1 << 16);
    let newlines = 0;
    for (let position = 0; position < size;) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position);
        if (bytesRead === 0)
            break;
        for (let i = 0; i < bytesRead; i += 1)
            if (chunk[i] === 0x0a)
                newlines += 1;
        position += bytesRead;
    }
    return newlines + 1;
}
/** The kernel stops a regular-file write short when space runs out; say so when statfs agrees. */
async function shortWriteError(file, wrote, wanted) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.statfs)(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file)).catch(() => undefined);
    const full = info !== undefined && info.bavail * info.bsize < wanted - wrote;
    return Object.assign(new Error(full ? 'ENOSPC: no space left on device' : `EIO: wrote only ${wrote} of ${wanted} bytes`), { code: full ? 'ENOSPC' : 'EIO', syscall: 'write' });
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rr: () => (/* binding */ LineIndex),
  mM: () => (/* binding */ NOT_UTF8),
  Kj: () => (/* binding */ UTF16_NOT_SUPPORTED),
  g7: () => (/* binding */ decodeText),
  _6: () => (/* binding */ decodeUtf8),
  Jg: () => (/* binding */ utf16ByteOrder)
});

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
;// CONCATENATED MODULE: ./src/util/text.ts
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
    return (0,external_node_buffer_namespaceObject.isUtf8)(bytes) ? { text } : { text, problem: NOT_UTF8 };
}
/** The UTF-8 text of a user's file; UTF-16 or other bytes → InputError naming the file (exit 2). */
function decodeUtf8(bytes, file) {
    const { text, problem } = decodeText(bytes);
    if (problem)
        throw new errors/* InputError */.dz(problem, file);
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


/***/ }),

/***/ 9123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ setWorkerEntry),
/* harmony export */   Zu: () => (/* binding */ defineWorkerTask),
/* harmony export */   bk: () => (/* binding */ runShared),
/* harmony export */   gL: () => (/* binding */ serveWorkerTasks),
/* harmony export */   uG: () => (/* binding */ isPipeguardWorker)
/* harmony export */ });
/* unused harmony export workerEntry */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Spread CPU-bound work over worker threads. The bundles are single files, so a worker is the same
 * entry file started again with a marker in `workerData`: the entry calls `serveWorkerTasks()`
 * instead of its main when `isPipeguardWorker()`. Task handlers register at module load
 * (`defineWorkerTask`); a worker imports a task's module on the first request for it.
 * Without a registered entry file (tests importing sources), tasks run in-process: same results.
 */


const handlers = new Map();
let entryFile;
/** The entry (dist/cli/index.js, dist/action/index.js) names itself so workers can be started. */
function setWorkerEntry(file) {
    entryFile = file;
}
/** The entry file workers start from, when a bundle registered one (undefined when tests import sources). */
function workerEntry() {
    return entryFile;
}
function isPipeguardWorker() {
    return (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.pipeguardWorker === true);
}
/** Worker side: answer task requests until the parent closes the port. */
function serveWorkerTasks(modules) {
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort?.on('message', async (request) => {
        let reply;
        try {
            if (!handlers.has(request.task))
                await modules[request.task]?.();
            const handler = handlers.get(request.task);
            if (!handler)
                throw new Error(`unknown worker task ${request.task}`);
            reply = { id: request.id, ok: true, output: await handler(request.input) };
        }
        catch (error) {
            reply = {
                id: request.id,
                ok: false,
                error: error instanceof Error ? error.message : String(error),
            };
        }
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort?.postMessage(reply);
    });
}
/**
 * Register a task and get a runner that maps inputs to outputs (same order), in workers when an
 * entry file is known and the batch is large enough, else in-process.
 */
function defineWorkerTask(name, handler) {
    handlers.set(name, handler);
    return async (inputs, options = {}) => {
        const threads = Math.min(options.threads ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), inputs.length);
        if (!entryFile ||
            threads < (options.threads === undefined ? 2 : 1) ||
            inputs.length < (options.minInputsForWorkers ?? 2)) {
            const out = [];
            for (const input of inputs)
                out.push(await handler(input));
            return out;
        }
        const { outputs } = await runShared(name, handler, inputs, {
            workers: threads,
            resourceLimits: options.resourceLimits,
            thisThreadWorks: false,
        });
        return outputs;
    };
}
const WARM_UP_ID = -1;
/**
 * Run inputs on this thread and on worker threads at once, sharing one queue: this thread never
 * idles while workers start (a worker loads the whole bundle first), and a worker only gets
 * inputs once it has answered a warm-up request, so a slow start costs nothing. A worker that
 * runs out of its capped heap hands the input it held to this thread, whose heap is not capped:
 * one huge input must not fail the run; any other worker failure fails it (fail closed).
 * Without a registered entry (tests importing sources) or with `workers: 0`, everything runs here.
 */
async function runShared(task, handler, inputs, options) {
    const results = new Array(inputs.length);
    const thisThreadWorks = options.thisThreadWorks !== false;
    // Every worker beyond the inputs left for it would idle.
    const spare = thisThreadWorks ? inputs.length - 1 : inputs.length;
    const workerCount = entryFile ? Math.max(0, Math.min(options.workers, spare)) : 0;
    let next = 0;
    let done = 0;
    /** Inputs a worker could not finish (out of memory): this thread runs them. */
    const handedBack = [];
    let failure;
    const workers = [];
    const finished = [];
    for (let w = 0; w < workerCount; w++) {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entryFile, {
            workerData: { pipeguardWorker: true },
            resourceLimits: options.resourceLimits,
        });
        workers.push(worker);
        finished.push(new Promise((resolve) => {
            let held;
            const feed = () => {
                held = undefined;
                if (failure || next >= inputs.length)
                    return resolve();
                held = next++;
                worker.postMessage({ id: held, task, input: inputs[held] });
            };
            worker.on('message', (reply) => {
                if (!reply.ok) {
                    failure ??= new Error(reply.error);
                    return resolve();
                }
                if (reply.id !== WARM_UP_ID) {
                    results[reply.id] = reply.output;
                    done++;
                }
                feed();
            });
            worker.on('error', (error) => {
                if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
                    if (held !== undefined && held !== WARM_UP_ID)
                        handedBack.push(held);
                }
                else
                    failure ??= error;
                held = undefined;
                resolve();
            });
            worker.on('exit', (code) => {
                // An exit while holding an input would lose it: fail closed.
                if (held !== undefined && held !== WARM_UP_ID)
                    failure ??= new Error(`worker exited with code ${code} during a batch`);
                resolve();
            });
            if (options.warmUp === undefined)
                return feed();
            held = WARM_UP_ID;
            worker.postMessage({ id: WARM_UP_ID, task, input: options.warmUp });
        }));
    }
    // Once every worker has stopped (done, or out of memory), this thread runs what is left.
    let helps = thisThreadWorks || workerCount === 0;
    const take = () => handedBack.pop() ?? (helps && next < inputs.length ? next++ : undefined);
    try {
        for (;;) {
            for (let id = take(); !failure && id !== undefined; id = take()) {
                results[id] = await handler(inputs[id]);
                done++;
                // Let worker replies in between inputs, so they are fed while this thread works.
                if (workerCount > 0)
                    await new Promise((resolve) => setImmediate(resolve));
            }
            await Promise.all(finished);
            helps = true;
            if (failure || (handedBack.length === 0 && next >= inputs.length))
                break;
        }
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    if (failure)
        throw failure;
    // Fail closed: an input without an output would be work silently not done (a file not scanned).
    if (done !== inputs.length)
        throw new Error(`worker pool finished ${done} of ${inputs.length} inputs`);
    return { outputs: results, workers: workerCount };
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __nccwpck_require__(6538);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __nccwpck_require__(1954);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/util/text.ts + 1 modules
var util_text = __nccwpck_require__(7666);
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
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(264)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8353));
    return { config: parseConfig(text, label), source: label };
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __nccwpck_require__(2143);
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
var model = __nccwpck_require__(6867);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __nccwpck_require__(1917);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
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
    const { actorFrom, appendAuditRecords, auditRecordFor, runIdFrom, TORN_RECORD } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(644)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8809));
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
    run: async (ctx, args) => (await __nccwpck_require__.e(/* import() */ 278).then(__nccwpck_require__.bind(__nccwpck_require__, 3278))).mergeReports(ctx, args.positionals, expectedChecks(args.values.checks)),
};

;// CONCATENATED MODULE: ./src/report/json.ts
function renderJson(report) {
    const { tool, status, checks, findings } = report;
    return `${JSON.stringify({ tool, status, checks, findings }, null, 2)}\n`;
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
var report_escape = __nccwpck_require__(4031);
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
    const { workTreeTop } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3968));
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

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/util/compile-cache.ts
/**
 * Node's on-disk compile cache (Node >= 22.1; a no-op on Node 20) for the CLI, which runs often
 * and briefly (pre-commit runs it per hook): chunks load from cached bytecode instead of being
 * parsed again. The cache lives in the user's own cache directory, never in a shared temp
 * directory where another user could plant entries. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */



function compileCacheDir(env) {
    // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
    const xdg = env.XDG_CACHE_HOME && external_node_path_default().isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : '';
    const home = (0,external_node_os_.homedir)();
    const base = xdg || (external_node_path_default().isAbsolute(home) ? external_node_path_default().join(home, '.cache') : undefined);
    return base ? external_node_path_default().join(base, 'pipeguard', 'compile-cache') : undefined;
}
function enableCompileCache(env) {
    const enable = (external_node_module_default()).enableCompileCache;
    const dir = compileCacheDir(env);
    if (!enable || !dir || env.NODE_DISABLE_COMPILE_CACHE)
        return;
    // A cache that cannot be created or written is skipped by Node itself: never an error here.
    enable(dir);
}

;// CONCATENATED MODULE: ./src/checks/worker-tasks.ts
const WORKER_TASK_MODULES = {
    'checksums.hash': () => __nccwpck_require__.e(/* import() */ 492).then(__nccwpck_require__.bind(__nccwpck_require__, 5492)),
    'secrets.scan-files': () => Promise.all(/* import() */[__nccwpck_require__.e(692), __nccwpck_require__.e(635)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2016)),
    'validate.batch': () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(768), __nccwpck_require__.e(626), __nccwpck_require__.e(784), __nccwpck_require__.e(312), __nccwpck_require__.e(429)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9872)),
};

// EXTERNAL MODULE: ./src/util/worker-pool.ts
var worker_pool = __nccwpck_require__(9123);
;// CONCATENATED MODULE: ./src/cli.ts
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
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
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
// Before any chunk loads, in workers too (each thread loads the chunks it needs).
enableCompileCache(process.env);
if ((0,worker_pool/* isPipeguardWorker */.uG)()) {
    (0,worker_pool/* serveWorkerTasks */.gL)(WORKER_TASK_MODULES);
}
else {
    (0,worker_pool/* setWorkerEntry */.HU)(process.argv[1]);
    main(process.argv.slice(2), process.env, process.cwd()).then((code) => {
        process.exitCode = code;
    }, (error) => {
        // Last line of defence: never a stack trace for the user, never exit 0.
        const input = (0,errors/* asInputError */.XW)(error);
        process.stderr.write(`pipeguard: ${input ? input.toLine() : `internal error: ${(0,errors/* oneLine */.TN)(error)}`}\n`);
        process.exitCode = model/* EXIT */.dc.usage;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
