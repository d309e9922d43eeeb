export const id = 854;
export const ids = [854];
export const modules = {

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

/***/ 854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MODEL_DIRS: () => (/* binding */ DEFAULT_MODEL_DIRS),
  configuredTargets: () => (/* binding */ configuredTargets),
  criticalUncovered: () => (/* binding */ criticalUncovered),
  findingsOf: () => (/* binding */ findingsOf),
  modelFinding: () => (/* binding */ modelFinding),
  modelsCheck: () => (/* binding */ modelsCheck),
  modelsSection: () => (/* binding */ modelsSection),
  scanTargets: () => (/* binding */ scanTargets)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/checks/checksums/index.ts + 1 modules
var checks_checksums = __webpack_require__(3028);
// EXTERNAL MODULE: ./src/checks/checksums/discover.ts
var discover = __webpack_require__(3139);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/checks/checksums/walk.ts
var walk = __webpack_require__(9725);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/models/exceptions.ts
var exceptions = __webpack_require__(4348);
// EXTERNAL MODULE: ./src/checks/models/rules.ts
var rules = __webpack_require__(7595);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/checks/models/globals.ts
/**
 * What a pickle's imports mean: critical when the global runs code or touches the system (`os`,
 * `subprocess`, `builtins.eval`, …), nothing when it is on the documented allowlist of what
 * legitimate model files reference (torch tensor rebuilders, numpy arrays and dtypes, sklearn
 * estimator classes, …), medium for everything else, listed for a reviewer. Module names are
 * normalised the way `pickle.load` maps Python 2 names (`__builtin__` → `builtins`), and dotted
 * attribute paths (protocol 4's `name` may be `a.b.c`) are judged on every segment.
 */
/** The module renames `pickle.load(fix_imports=True)` applies (CPython's _compat_pickle, subset). */
const PY2_MODULES = {
    __builtin__: 'builtins',
    copy_reg: 'copyreg',
    cPickle: 'pickle',
    commands: 'subprocess',
    exceptions: 'builtins',
    urllib2: 'urllib.request',
    httplib: 'http.client',
    SocketServer: 'socketserver',
    cStringIO: 'io',
    StringIO: 'io',
    thread: '_thread',
    dummy_thread: '_dummy_thread',
    Queue: 'queue',
    repr: 'reprlib',
    UserDict: 'collections',
    UserList: 'collections',
    UserString: 'collections',
    whichdb: 'dbm',
    anydbm: 'dbm',
    xmlrpclib: 'xmlrpc.client',
    urlparse: 'urllib.parse',
    robotparser: 'urllib.robotparser',
    cookielib: 'http.cookiejar',
    Cookie: 'http.cookies',
    HTMLParser: 'html.parser',
    htmlentitydefs: 'html.entities',
    BaseHTTPServer: 'http.server',
    SimpleHTTPServer: 'http.server',
    CGIHTTPServer: 'http.server',
};
/** Modules whose every global runs code, spawns processes, or reads / writes / sends data. */
const CRITICAL_MODULES = [
    'os',
    'posix',
    'nt',
    'posixpath',
    'ntpath',
    'subprocess',
    'sys',
    'runpy',
    'socket',
    'socketserver',
    'shutil',
    'webbrowser',
    'pty',
    'importlib',
    'imp',
    'pkgutil',
    'zipimport',
    'pickle',
    '_pickle',
    'dill',
    'cloudpickle',
    'marshal',
    'types',
    'code',
    'codeop',
    'ctypes',
    '_ctypes',
    'multiprocessing',
    'concurrent',
    'asyncio',
    'threading',
    '_thread',
    'signal',
    'pdb',
    'bdb',
    'timeit',
    'profile',
    'cProfile',
    'trace',
    'platform',
    'pip',
    'setuptools',
    'distutils',
    'http',
    'urllib',
    'requests',
    'httpx',
    'aiohttp',
    'ftplib',
    'smtplib',
    'telnetlib',
    'xmlrpc',
    'io',
    '_io',
    'pathlib',
    'tempfile',
    'glob',
    'fileinput',
    'sqlite3',
    'dbm',
    'shelve',
    'inspect',
    'operator',
    '_operator',
    'site',
    'sysconfig',
    'gc',
    'ensurepip',
    'venv',
];
/** builtins that execute code, import, reach attributes, or do I/O. */
const CRITICAL_BUILTINS = new Set([
    'eval',
    'exec',
    'compile',
    '__import__',
    'open',
    'getattr',
    'setattr',
    'delattr',
    'globals',
    'locals',
    'vars',
    'input',
    'breakpoint',
    'help',
    'exit',
    'quit',
    'memoryview',
    '__build_class__',
    '__loader__',
    'copyright',
    'credits',
    'license',
]);
/** Globals of otherwise-trusted libraries that load another pickle or run code. */
const CRITICAL_NAMES = new Set([
    'torch.load',
    'torch.hub.load',
    'torch.hub.load_state_dict_from_url',
    'torch.storage._load_from_bytes',
    'torch.serialization.load',
    'torch.jit.load',
    'torch.package.PackageImporter',
    'numpy.load',
    'numpy.lib.npyio.load',
    'numpy.loadtxt',
    'numpy.fromfile',
    'numpy.save',
    'numpy.testing._private.utils.runstring',
    'joblib.load',
    'pandas.read_pickle',
    'pandas.io.pickle.read_pickle',
    'keras.models.load_model',
    'tensorflow.io.read_file',
    'tensorflow.io.write_file',
]);
/**
 * The allowlist: exact `module.name` of what torch, numpy, scikit-learn and joblib files reference
 * (docs/models.md lists it). Anything else is reported for review.
 */
const ALLOWED_GLOBALS = new Set([
    // Python containers and scalars
    'collections.OrderedDict',
    'collections.defaultdict',
    'collections.Counter',
    'collections.deque',
    'builtins.set',
    'builtins.frozenset',
    'builtins.list',
    'builtins.dict',
    'builtins.tuple',
    'builtins.int',
    'builtins.float',
    'builtins.complex',
    'builtins.bool',
    'builtins.str',
    'builtins.bytes',
    'builtins.bytearray',
    'builtins.slice',
    'builtins.range',
    'builtins.object',
    'copyreg._reconstructor',
    'copyreg.__newobj__',
    '_codecs.encode',
    'datetime.datetime',
    'datetime.date',
    'datetime.timedelta',
    'datetime.timezone',
    'decimal.Decimal',
    'fractions.Fraction',
    'uuid.UUID',
    // torch (torch.save / state dicts)
    'torch._utils._rebuild_tensor',
    'torch._utils._rebuild_tensor_v2',
    'torch._utils._rebuild_tensor_v3',
    'torch._utils._rebuild_parameter',
    'torch._utils._rebuild_parameter_with_state',
    'torch._utils._rebuild_qtensor',
    'torch._utils._rebuild_sparse_tensor',
    'torch._utils._rebuild_meta_tensor_no_storage',
    'torch._utils._rebuild_wrapper_subclass',
    'torch._utils._rebuild_device_tensor_from_numpy',
    'torch._utils._rebuild_nested_tensor',
    'torch._tensor._rebuild_from_type_v2',
    'torch.nn.parameter.Parameter',
    'torch.Size',
    'torch.device',
    'torch.dtype',
    'torch.FloatStorage',
    'torch.DoubleStorage',
    'torch.HalfStorage',
    'torch.BFloat16Storage',
    'torch.LongStorage',
    'torch.IntStorage',
    'torch.ShortStorage',
    'torch.CharStorage',
    'torch.ByteStorage',
    'torch.BoolStorage',
    'torch.ComplexFloatStorage',
    'torch.ComplexDoubleStorage',
    'torch.storage.UntypedStorage',
    'torch.storage.TypedStorage',
    'torch.UntypedStorage',
    'torch.float32',
    'torch.float64',
    'torch.float16',
    'torch.bfloat16',
    'torch.int64',
    'torch.int32',
    'torch.int16',
    'torch.int8',
    'torch.uint8',
    'torch.bool',
    'torch.complex64',
    'torch.complex128',
    'torch.contiguous_format',
    'torch.channels_last',
    'torch.preserve_format',
    // numpy
    'numpy.ndarray',
    'numpy.dtype',
    'numpy.core.multiarray._reconstruct',
    'numpy._core.multiarray._reconstruct',
    'numpy.core.multiarray.scalar',
    'numpy._core.multiarray.scalar',
    'numpy.core.numeric._frombuffer',
    'numpy._core.numeric._frombuffer',
    'numpy.random._pickle.__randomstate_ctor',
    'numpy.random._pickle.__bit_generator_ctor',
    'numpy.random._pickle.__generator_ctor',
    'numpy.random.mtrand.RandomState',
    'numpy.random._mt19937.MT19937',
    'numpy.random._pcg64.PCG64',
    'numpy.random.bit_generator.SeedSequence',
    'numpy.float64',
    'numpy.float32',
    'numpy.int64',
    'numpy.int32',
    'numpy.bool_',
    // joblib
    'joblib.numpy_pickle.NumpyArrayWrapper',
    'joblib.numpy_pickle.NDArrayWrapper',
]);
/** Modules whose classes (CapitalisedNames) are estimator / model classes: allowed by class. */
const CLASS_MODULE_PREFIXES = ['sklearn.', 'xgboost.', 'lightgbm.', 'scipy.sparse.'];
/** numpy scalar type names as `numpy.<dtype>` (numpy.float16, numpy.uint8, …). */
const NUMPY_SCALAR = /^(u?int(8|16|32|64)|float(16|32|64|128)|complex(64|128|256)|bool_|str_|bytes_|void|datetime64|timedelta64)$/;
function normaliseModule(module) {
    return Object.hasOwn(PY2_MODULES, module) ? PY2_MODULES[module] : module;
}
function isUnder(qualified, prefix) {
    return qualified === prefix || qualified.startsWith(`${prefix}.`);
}
/** Judge one imported global. */
function judgeGlobal(rawModule, name) {
    const module = normaliseModule(rawModule);
    const qualified = `${module}.${name}`;
    const segments = [...module.split('.'), ...name.split('.')];
    const critical = (reason) => ({ verdict: 'critical', qualified, reason });
    if (module === '' || name === '' || segments.some((s) => s === '')) {
        return critical('an empty module or attribute name');
    }
    if (/[\0-\x1f\s]/.test(qualified))
        return critical('control characters or spaces in the name');
    const dunder = name.split('.').find((s) => /^__.*__$/.test(s) && s !== '__newobj__');
    if (dunder)
        return critical(`reaches through ${dunder}, a classic way out to arbitrary objects`);
    for (const bad of CRITICAL_MODULES) {
        if (isUnder(module, bad) || isUnder(qualified, bad))
            return critical(`${bad} runs code or touches files, processes or the network`);
    }
    const builtinName = module === 'builtins' ? name.split('.')[0] : undefined;
    if (builtinName !== undefined && CRITICAL_BUILTINS.has(builtinName))
        return critical(`builtins.${builtinName} executes code, imports or reaches arbitrary attributes`);
    if (CRITICAL_NAMES.has(qualified))
        return critical(`${qualified} loads or runs other code`);
    // A dotted attribute path that walks into a critical module (numpy.os.system and the like).
    if (name.includes('.')) {
        const hit = name
            .split('.')
            .find((s) => CRITICAL_MODULES.includes(s) ||
            CRITICAL_BUILTINS.has(s) ||
            s === 'system');
        if (hit)
            return critical(`the attribute path ${name} reaches ${hit}`);
    }
    if (ALLOWED_GLOBALS.has(qualified))
        return { verdict: 'allowed', qualified, reason: 'on the allowlist' };
    if (module === 'numpy' && NUMPY_SCALAR.test(name))
        return { verdict: 'allowed', qualified, reason: 'a numpy scalar type' };
    if (!name.includes('.') &&
        /^[A-Z]/.test(name) &&
        CLASS_MODULE_PREFIXES.some((p) => module.startsWith(p) || `${module}.` === p))
        return { verdict: 'allowed', qualified, reason: 'an estimator / model class' };
    return {
        verdict: 'unknown',
        qualified,
        reason: 'not on the allowlist of globals legitimate model files reference',
    };
}

;// CONCATENATED MODULE: ./src/checks/models/keras.ts
/**
 * Keras v3 `.keras` archives: `config.json` describes every layer and object by `module`,
 * `class_name` and `registered_name`. A `Lambda` layer carries Python bytecode (marshalled, base64
 * in `function.config.code`) that runs when the model is loaded without safe_mode; any object
 * whose module is not Keras' own is a custom object whose code the loader imports.
 */

const KERAS_MODULES = /^(keras|tf_keras|tensorflow\.keras|keras_core|keras_nlp|keras_hub|keras_cv)(\.|$)/;
const MAX_NODES = 1_000_000;
function judgeKerasConfig(config) {
    const findings = [];
    let nodes = 0;
    const visit = (value, pointer, depth) => {
        if (++nodes > MAX_NODES || depth > 200) {
            throw new Error('config.json is too large or too deeply nested to judge');
        }
        if (Array.isArray(value)) {
            value.forEach((item, i) => visit(item, `${pointer}/${i}`, depth + 1));
            return;
        }
        if (typeof value !== 'object' || value === null)
            return;
        const obj = value;
        const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
        const module = typeof obj.module === 'string' ? obj.module : undefined;
        if (className === 'Lambda' || className === '__lambda__') {
            const bytecode = className === '__lambda__' || hasLambdaBytecode(obj);
            findings.push({
                kind: 'lambda',
                severity: 'critical',
                pointer,
                message: bytecode
                    ? `${className} carries marshalled Python bytecode that runs when the model loads`
                    : `Lambda layer: its function is Python code the loader runs`,
            });
        }
        else if (className === 'function' && module !== undefined && !KERAS_MODULES.test(module)) {
            const judged = judgeGlobal(module, typeof obj.config === 'string' ? obj.config : 'function');
            findings.push({
                kind: 'custom-object',
                severity: judged.verdict === 'critical' ? 'critical' : 'medium',
                pointer,
                message: `serialized function from module ${module}${judged.verdict === 'critical' ? ` (${judged.reason})` : ''}`,
            });
        }
        else if (module !== undefined && className !== undefined && !KERAS_MODULES.test(module)) {
            const judged = judgeGlobal(module, className);
            findings.push({
                kind: 'custom-object',
                severity: judged.verdict === 'critical' ? 'critical' : 'medium',
                pointer,
                message: `custom object ${module}.${className}${typeof obj.registered_name === 'string' ? ` (registered as ${obj.registered_name})` : ''}: loading imports its code${judged.verdict === 'critical' ? `; ${judged.reason}` : ''}`,
            });
        }
        for (const [key, child] of Object.entries(obj))
            visit(child, `${pointer}/${escapePointer(key)}`, depth + 1);
    };
    visit(config, '', 0);
    return findings;
}
function hasLambdaBytecode(obj) {
    const config = obj.config;
    const fn = config?.function;
    if (typeof fn === 'object' && fn !== null) {
        const inner = fn.config;
        return typeof inner === 'object' && inner !== null && 'code' in inner;
    }
    return Array.isArray(fn) || typeof fn === 'string';
}
function escapePointer(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

;// CONCATENATED MODULE: ./src/checks/models/npy.ts
const NPY_MAGIC = Uint8Array.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]); // \x93NUMPY
/** numpy itself refuses headers past 10 000 bytes unless told otherwise (max_header_size). */
const MAX_HEADER = 1024 * 1024;
class NpyProblem extends Error {
}
function isNpy(head) {
    return NPY_MAGIC.every((b, i) => head[i] === b);
}
/** Read the header at `start`; throws NpyProblem when it is not a well-formed .npy header. */
function readNpyHeader(source, start = 0) {
    const fixed = source.read(start, 12);
    if (fixed.length < 10 || !isNpy(fixed))
        throw new NpyProblem('no .npy magic');
    const major = fixed[6];
    const minor = fixed[7];
    let length;
    let headerStart;
    if (major === 1) {
        length = fixed[8] | (fixed[9] << 8);
        headerStart = start + 10;
    }
    else if (major === 2 || major === 3) {
        if (fixed.length < 12)
            throw new NpyProblem('truncated .npy header');
        length = (fixed[8] | (fixed[9] << 8) | (fixed[10] << 16)) + fixed[11] * 0x1000000;
        headerStart = start + 12;
    }
    else {
        throw new NpyProblem(`unknown .npy format version ${major}.${minor}`);
    }
    if (length > MAX_HEADER)
        throw new NpyProblem(`.npy header of ${length} bytes (at most ${MAX_HEADER})`);
    const bytes = source.read(headerStart, length);
    if (bytes.length < length)
        throw new NpyProblem('truncated .npy header');
    const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes);
    let parsed;
    try {
        parsed = parsePyLiteral(text);
    }
    catch (error) {
        throw new NpyProblem(`the .npy header is not a Python literal: ${error.message}`);
    }
    if (typeof parsed !== 'object' ||
        parsed === null ||
        Array.isArray(parsed) ||
        !('descr' in parsed)) {
        throw new NpyProblem("the .npy header has no 'descr'");
    }
    const descr = parsed.descr;
    return {
        version: `${major}.${minor}`,
        dataOffset: headerStart + length,
        descr,
        objectDtype: hasObjectDtype(descr),
    };
}
/** A typestring (`|O`, `<f8`) or a structured descr list holding an object type anywhere. */
function hasObjectDtype(descr, depth = 0) {
    if (depth > 32)
        return true;
    if (typeof descr === 'string')
        return /^[<>|=]?O/.test(descr);
    if (Array.isArray(descr)) {
        // [(name, type[, shape]), …]: the type is the second item of each field.
        return descr.some((field) => Array.isArray(field)
            ? field.length > 1 && hasObjectDtype(field[1], depth + 1)
            : hasObjectDtype(field, depth + 1));
    }
    return false;
}
/**
 * A Python literal of the subset `repr()` writes in .npy headers: strings, integers, floats,
 * True / False / None, tuples, lists and dicts with string keys. Throws on anything else.
 */
function parsePyLiteral(text) {
    let i = 0;
    let depth = 0;
    const ws = () => {
        while (i < text.length && /\s/.test(text[i]))
            i += 1;
    };
    const fail = (what) => {
        throw new Error(`${what} at ${i}`);
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === undefined)
            return fail('unexpected end');
        if (c === "'" || c === '"')
            return str();
        if (c === '(' || c === '[')
            return seq(c === '(' ? ')' : ']');
        if (c === '{')
            return dict();
        const word = /^(True|False|None|[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+)L?)/.exec(text.slice(i, i + 64));
        if (!word)
            return fail('unexpected character');
        i += word[0].length;
        if (word[0] === 'True')
            return true;
        if (word[0] === 'False')
            return false;
        if (word[0] === 'None')
            return null;
        return Number(word[0].replace(/L$/, ''));
    };
    const str = () => {
        const quote = text[i];
        i += 1;
        let out = '';
        while (i < text.length && text[i] !== quote) {
            if (text[i] === '\\') {
                const next = text[i + 1];
                if (next === undefined)
                    fail('unterminated escape');
                out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
                i += 2;
            }
            else {
                out += text[i];
                i += 1;
            }
        }
        if (i >= text.length)
            fail('unterminated string');
        i += 1;
        return out;
    };
    const enter = () => {
        depth += 1;
        if (depth > 64)
            fail('nesting too deep');
    };
    const seq = (close) => {
        enter();
        i += 1;
        const items = [];
        for (;;) {
            ws();
            if (text[i] === close)
                break;
            items.push(value());
            ws();
            if (text[i] === ',')
                i += 1;
            else if (text[i] !== close)
                fail(`expected , or ${close}`);
        }
        i += 1;
        depth -= 1;
        return items;
    };
    const dict = () => {
        enter();
        i += 1;
        const out = Object.create(null);
        for (;;) {
            ws();
            if (text[i] === '}')
                break;
            const key = value();
            if (typeof key !== 'string')
                fail('dict key is not a string');
            ws();
            if (text[i] !== ':')
                fail('expected :');
            i += 1;
            out[key] = value();
            ws();
            if (text[i] === ',')
                i += 1;
            else if (text[i] !== '}')
                fail('expected , or }');
        }
        i += 1;
        depth -= 1;
        return out;
    };
    const result = value();
    ws();
    if (i < text.length)
        fail('trailing characters');
    return result;
}

;// CONCATENATED MODULE: ./src/checks/models/onnx.ts
/** Which length-delimited fields of each message are themselves messages worth entering. */
const CHILDREN = {
    model: { 7: 'graph', 20: 'training', 25: 'function' },
    training: { 1: 'graph', 2: 'graph' },
    graph: { 1: 'node', 5: 'tensor', 15: 'sparse' },
    function: { 7: 'node' },
    node: { 5: 'attribute' },
    attribute: { 5: 'tensor', 6: 'graph', 10: 'tensor', 11: 'graph', 22: 'sparse', 23: 'sparse' },
    sparse: { 1: 'tensor', 2: 'tensor' },
    tensor: { 13: 'entry' },
    entry: {},
};
class OnnxProblem extends Error {
}
const MAX_DEPTH = 64;
const MAX_FIELDS = 5_000_000;
const MAX_STRING = 64 * 1024;
function readOnnxExternalData(source) {
    const found = [];
    let fields = 0;
    const decoder = new TextDecoder('utf-8');
    const varint = (pos, end) => {
        let result = 0;
        let shift = 0;
        for (let i = 0; i < 10; i += 1) {
            if (pos.at >= end)
                throw new OnnxProblem('truncated varint');
            const b = source.read(pos.at, 1)[0];
            if (b === undefined)
                throw new OnnxProblem('truncated varint');
            pos.at += 1;
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
            shift += 7;
        }
        throw new OnnxProblem('varint longer than 10 bytes');
    };
    const walk = (kind, start, end, depth) => {
        if (depth > MAX_DEPTH)
            throw new OnnxProblem(`messages nested deeper than ${MAX_DEPTH}`);
        const strings = new Map();
        const pos = { at: start };
        const tensorEntries = [];
        while (pos.at < end) {
            if (++fields > MAX_FIELDS)
                throw new OnnxProblem(`more than ${MAX_FIELDS} protobuf fields`);
            const key = varint(pos, end);
            const field = Math.floor(key / 8);
            const wire = key % 8;
            if (field === 0)
                throw new OnnxProblem('field number 0');
            switch (wire) {
                case 0:
                    varint(pos, end);
                    break;
                case 1:
                    pos.at += 8;
                    break;
                case 5:
                    pos.at += 4;
                    break;
                case 2: {
                    const length = varint(pos, end);
                    const childStart = pos.at;
                    const childEnd = childStart + length;
                    if (childEnd > end)
                        throw new OnnxProblem('a field runs past its message');
                    const child = CHILDREN[kind][field];
                    if (child) {
                        const inner = walk(child, childStart, childEnd, depth + 1);
                        if (kind === 'tensor' && child === 'entry')
                            tensorEntries.push(inner.strings);
                    }
                    else if ((kind === 'entry' && (field === 1 || field === 2)) ||
                        (kind === 'tensor' && field === 8)) {
                        if (length <= MAX_STRING)
                            strings.set(field, decoder.decode(source.read(childStart, length)));
                    }
                    pos.at = childEnd;
                    break;
                }
                default:
                    throw new OnnxProblem(`wire type ${wire} is not valid protobuf`);
            }
            if (pos.at > end)
                throw new OnnxProblem('a field runs past its message');
        }
        if (kind === 'tensor') {
            for (const entry of tensorEntries) {
                if (entry.get(1) !== 'location')
                    continue;
                const name = strings.get(8);
                found.push({
                    offset: start,
                    location: entry.get(2) ?? '',
                    ...(name !== undefined ? { tensor: name.slice(0, 200) } : {}),
                });
            }
        }
        return { strings };
    };
    walk('model', 0, source.size, 0);
    return found;
}

;// CONCATENATED MODULE: ./src/checks/models/opcodes.ts
/**
 * The pickle opcode table, protocols 0–5, as Python's `pickletools` documents it (name, code byte,
 * argument encoding, protocol that introduced it). The walker (pickle.ts) reads arguments by these
 * encodings; an opcode byte not in this table is one `pickle.load` refuses too.
 */
const TABLE = [
    ['INT', 'I', 'line', 0],
    ['BININT', 'J', 'int4', 1],
    ['BININT1', 'K', 'uint1', 1],
    ['BININT2', 'M', 'uint2', 1],
    ['LONG', 'L', 'line', 0],
    ['LONG1', '\x8a', 'long1', 2],
    ['LONG4', '\x8b', 'long4', 2],
    ['STRING', 'S', 'stringnl', 0],
    ['BINSTRING', 'T', 'string4', 1],
    ['SHORT_BINSTRING', 'U', 'string1', 1],
    ['BINBYTES', 'B', 'bytes4', 3],
    ['SHORT_BINBYTES', 'C', 'bytes1', 3],
    ['BINBYTES8', '\x8e', 'bytes8', 4],
    ['BYTEARRAY8', '\x96', 'bytearray8', 5],
    ['NEXT_BUFFER', '\x97', 'none', 5],
    ['READONLY_BUFFER', '\x98', 'none', 5],
    ['NONE', 'N', 'none', 0],
    ['NEWTRUE', '\x88', 'none', 2],
    ['NEWFALSE', '\x89', 'none', 2],
    ['UNICODE', 'V', 'unicodestringnl', 0],
    ['SHORT_BINUNICODE', '\x8c', 'unicodestring1', 4],
    ['BINUNICODE', 'X', 'unicodestring4', 1],
    ['BINUNICODE8', '\x8d', 'unicodestring8', 4],
    ['FLOAT', 'F', 'line', 0],
    ['BINFLOAT', 'G', 'float8', 1],
    ['EMPTY_LIST', ']', 'none', 1],
    ['APPEND', 'a', 'none', 0],
    ['APPENDS', 'e', 'none', 1],
    ['LIST', 'l', 'none', 0],
    ['EMPTY_TUPLE', ')', 'none', 1],
    ['TUPLE', 't', 'none', 0],
    ['TUPLE1', '\x85', 'none', 2],
    ['TUPLE2', '\x86', 'none', 2],
    ['TUPLE3', '\x87', 'none', 2],
    ['EMPTY_DICT', '}', 'none', 1],
    ['DICT', 'd', 'none', 0],
    ['SETITEM', 's', 'none', 0],
    ['SETITEMS', 'u', 'none', 1],
    ['EMPTY_SET', '\x8f', 'none', 4],
    ['ADDITEMS', '\x90', 'none', 4],
    ['FROZENSET', '\x91', 'none', 4],
    ['POP', '0', 'none', 0],
    ['DUP', '2', 'none', 0],
    ['MARK', '(', 'none', 0],
    ['POP_MARK', '1', 'none', 1],
    ['GET', 'g', 'line', 0],
    ['BINGET', 'h', 'uint1', 1],
    ['LONG_BINGET', 'j', 'uint4', 1],
    ['PUT', 'p', 'line', 0],
    ['BINPUT', 'q', 'uint1', 1],
    ['LONG_BINPUT', 'r', 'uint4', 1],
    ['MEMOIZE', '\x94', 'none', 4],
    ['EXT1', '\x82', 'uint1', 2],
    ['EXT2', '\x83', 'uint2', 2],
    ['EXT4', '\x84', 'int4', 2],
    ['GLOBAL', 'c', 'linepair', 0],
    ['STACK_GLOBAL', '\x93', 'none', 4],
    ['REDUCE', 'R', 'none', 0],
    ['BUILD', 'b', 'none', 0],
    ['INST', 'i', 'linepair', 0],
    ['OBJ', 'o', 'none', 1],
    ['NEWOBJ', '\x81', 'none', 2],
    ['NEWOBJ_EX', '\x92', 'none', 4],
    ['PROTO', '\x80', 'uint1', 2],
    ['STOP', '.', 'none', 0],
    ['FRAME', '\x95', 'uint8', 4],
    ['PERSID', 'P', 'line', 0],
    ['BINPERSID', 'Q', 'none', 1],
];
/** Opcode by its byte; undefined for the 188 bytes that are no opcode. */
const OPCODES = (() => {
    const byCode = new Array(256).fill(undefined);
    for (const [name, char, arg, proto] of TABLE) {
        const code = char.charCodeAt(0);
        byCode[code] = { name, code, arg, proto };
    }
    return byCode;
})();
/** The highest protocol `pickle.load` accepts (Python 3.8+). */
const HIGHEST_PROTOCOL = 5;

;// CONCATENATED MODULE: ./src/checks/models/pickle.ts
/**
 * A pickle opcode walker: reads the stream the way `pickle.load` would, without ever loading it.
 * It keeps a symbolic stack and memo (strings, numbers, tuples, dicts, imported globals, calls) so
 * that every import is found however the stream builds its operands: GLOBAL / INST lines,
 * STACK_GLOBAL over strings from any string opcode or the memo, EXT* registry codes. An import
 * whose name cannot be read statically is itself a problem. Several pickles in one file are
 * walked in turn (joblib's inline arrays and nested object-array pickles, legacy torch.save's five
 * pickles). Work is bounded: opcodes, stack, memo, retained items and nesting all have limits,
 * and a truncated or malformed stream ends the walk with a problem, never an exception.
 */

const DEFAULT_LIMITS = {
    maxOpcodes: 20_000_000,
    maxStack: 1_000_000,
    maxMemo: 1_000_000,
    maxRetained: 1_000_000,
    maxNesting: 16,
};
/** Strings longer than this are tracked as "some string" (never a module or attribute name). */
const MAX_KEPT_STRING = 4096;
/** Legacy torch.save's first pickle: this magic number (torch/serialization.py). */
const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
class Stop extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
const OTHER = { k: 'other' };
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
/** Walk every pickle in the source from `start`. Never throws for any input bytes. */
function walkPickles(source, options = {}) {
    const walker = new Walker(source, { ...DEFAULT_LIMITS, ...options.limits });
    walker.plainReading = options.plainReading !== false;
    walker.run(options.start ?? 0, options.trailing ?? 'walk');
    return walker.result();
}
class Walker {
    src;
    limits;
    pos = 0;
    opcodes = 0;
    retained = 0;
    depth = 0;
    globals = [];
    problems = [];
    pickles = 0;
    protocol = 0;
    skippedArrays = 0;
    skippedBytes = 0;
    /** Reading as plain pickle.load would: joblib's arrays are not skipped. */
    plain = false;
    plainReading = true;
    constructor(src, limits) {
        this.src = src;
        this.limits = limits;
    }
    result() {
        return {
            globals: this.globals,
            problems: this.problems,
            pickles: this.pickles,
            protocol: this.protocol,
            opcodes: this.opcodes,
            end: this.pos,
            skippedArrays: this.skippedArrays,
            skippedBytes: this.skippedBytes,
        };
    }
    run(start, trailing) {
        this.pos = start;
        let index = 0;
        let legacyTorch = false;
        while (this.pos < this.src.size) {
            const segmentStart = this.pos;
            const importsBefore = this.globals.length;
            try {
                const value = this.walkOne();
                if (index === 0 && value.k === 'int' && value.big === TORCH_LEGACY_MAGIC)
                    legacyTorch = true;
            }
            catch (error) {
                if (!(error instanceof Stop))
                    throw error;
                const trailingJunk = index > 0 && this.globals.length === importsBefore && error.problem.kind !== 'limit';
                if (trailingJunk) {
                    // Bytes after a complete pickle that are no pickle import nothing when loaded again.
                    this.pos = segmentStart;
                }
                else {
                    this.problems.push(error.problem);
                }
                return;
            }
            index += 1;
            // Legacy torch.save: magic, protocol, sys info, the object, the storage keys; then raw data.
            if (legacyTorch && index === 5)
                return;
            if (trailing === 'ignore' && !legacyTorch)
                return;
        }
    }
    /** One pickle, MARK/memo state fresh, to its STOP; returns the unpickled top value. */
    walkOne(seed) {
        const stack = seed ? [...seed.stack] : [];
        const marks = seed ? [...seed.marks] : [];
        const memo = new Map(seed?.memo);
        const fence = () => marks[marks.length - 1] ?? 0;
        const push = (value, at) => {
            if (stack.length >= this.limits.maxStack)
                this.limit(`stack deeper than ${this.limits.maxStack}`, at);
            stack.push(value);
        };
        const pop = (at, what) => {
            if (stack.length <= fence())
                this.malformed(`stack underflow at ${what}`, at);
            return stack.pop();
        };
        const top = (at, what) => {
            if (stack.length <= fence())
                this.malformed(`stack underflow at ${what}`, at);
            return stack[stack.length - 1];
        };
        const popMark = (at, what) => {
            const mark = marks.pop();
            if (mark === undefined)
                this.malformed(`${what} without MARK`, at);
            const items = stack.splice(mark);
            return items;
        };
        const memoGet = (key, at) => {
            const value = memo.get(key);
            if (!value)
                this.malformed(`memo key ${key} read before it was written`, at);
            return value;
        };
        const memoPut = (key, at) => {
            if (key < 0)
                this.malformed('negative memo key', at);
            if (!memo.has(key) && memo.size >= this.limits.maxMemo)
                this.limit(`memo larger than ${this.limits.maxMemo} entries`, at);
            memo.set(key, top(at, 'PUT'));
        };
        for (;;) {
            const at = this.pos;
            if (++this.opcodes > this.limits.maxOpcodes)
                this.limit(`more than ${this.limits.maxOpcodes} opcodes`, at);
            const code = this.byte(at, 'an opcode');
            const op = OPCODES[code];
            if (!op)
                this.malformed(`byte 0x${code.toString(16).padStart(2, '0')} is no pickle opcode`, at);
            this.pos = at + 1;
            switch (op.name) {
                case 'PROTO': {
                    const proto = this.byte(this.pos, 'PROTO');
                    this.pos += 1;
                    if (proto > HIGHEST_PROTOCOL)
                        this.malformed(`unsupported protocol ${proto}`, at);
                    this.protocol = Math.max(this.protocol, proto);
                    break;
                }
                case 'FRAME':
                    this.uint(8, 'FRAME');
                    break;
                case 'STOP': {
                    const value = pop(at, 'STOP');
                    if (stack.length > 0 || marks.length > 0) {
                        // pickle.load returns here too; leftovers are legal but noted by nothing.
                    }
                    this.pickles += 1;
                    return value;
                }
                case 'INT': {
                    const text = this.line('INT').text;
                    if (text === '01' || text === '00')
                        push({ k: 'bool', b: text === '01' }, at);
                    else
                        push(intValue(text, () => this.malformed(`INT ${clip(text)} is no integer`, at)), at);
                    break;
                }
                case 'LONG': {
                    const text = this.line('LONG').text;
                    push(intValue(text?.replace(/L$/, ''), () => this.malformed(`LONG ${clip(text)} is no integer`, at)), at);
                    break;
                }
                case 'BININT':
                    push({ k: 'int', n: this.int32('BININT') }, at);
                    break;
                case 'BININT1':
                    push({ k: 'int', n: this.uint(1, 'BININT1') }, at);
                    break;
                case 'BININT2':
                    push({ k: 'int', n: this.uint(2, 'BININT2') }, at);
                    break;
                case 'LONG1':
                case 'LONG4': {
                    const length = op.name === 'LONG1' ? this.uint(1, 'LONG1') : this.int32('LONG4');
                    if (length < 0)
                        this.malformed('LONG4 with a negative length', at);
                    push(this.longValue(length, op.name), at);
                    break;
                }
                case 'FLOAT': {
                    const text = this.line('FLOAT').text;
                    if (text !== undefined && Number.isNaN(Number(text)) && !/^-?(nan|inf)$/i.test(text))
                        this.malformed(`FLOAT ${clip(text)} is no number`, at);
                    push({ k: 'float' }, at);
                    break;
                }
                case 'BINFLOAT':
                    this.skip(8, 'BINFLOAT');
                    push({ k: 'float' }, at);
                    break;
                case 'STRING': {
                    const { text } = this.line('STRING');
                    push({
                        k: 'str',
                        ...optional(text === undefined
                            ? undefined
                            : pythonStringLiteral(text, () => this.malformed('STRING is not a quoted string', at))),
                    }, at);
                    break;
                }
                case 'BINSTRING':
                case 'SHORT_BINSTRING': {
                    const length = op.name === 'BINSTRING' ? this.int32('BINSTRING') : this.uint(1, 'SHORT_BINSTRING');
                    if (length < 0)
                        this.malformed('BINSTRING with a negative length', at);
                    push({ k: 'str', ...optional(this.text(length, latin1, op.name)) }, at);
                    break;
                }
                case 'UNICODE': {
                    const { text } = this.line('UNICODE');
                    push({ k: 'str', ...optional(text === undefined ? undefined : rawUnicodeEscape(text)) }, at);
                    break;
                }
                case 'SHORT_BINUNICODE':
                case 'BINUNICODE':
                case 'BINUNICODE8': {
                    const length = op.name === 'SHORT_BINUNICODE'
                        ? this.uint(1, op.name)
                        : op.name === 'BINUNICODE'
                            ? this.uint(4, op.name)
                            : this.uint(8, op.name);
                    push({ k: 'str', ...optional(this.text(length, utf8, op.name)) }, at);
                    break;
                }
                case 'BINBYTES':
                case 'SHORT_BINBYTES':
                case 'BINBYTES8':
                case 'BYTEARRAY8': {
                    const size = op.name === 'SHORT_BINBYTES' ? 1 : op.name === 'BINBYTES' ? 4 : 8;
                    const length = this.uint(size, op.name);
                    this.skip(length, op.name);
                    push({ k: 'bytes' }, at);
                    break;
                }
                case 'NEXT_BUFFER':
                    push(OTHER, at);
                    break;
                case 'READONLY_BUFFER':
                    top(at, 'READONLY_BUFFER');
                    break;
                case 'NONE':
                    push({ k: 'none' }, at);
                    break;
                case 'NEWTRUE':
                case 'NEWFALSE':
                    push({ k: 'bool', b: op.name === 'NEWTRUE' }, at);
                    break;
                case 'EMPTY_LIST':
                    push({ k: 'list', items: [] }, at);
                    break;
                case 'EMPTY_TUPLE':
                    push({ k: 'tuple', items: [] }, at);
                    break;
                case 'EMPTY_DICT':
                    push({ k: 'dict', entries: [] }, at);
                    break;
                case 'EMPTY_SET':
                    push({ k: 'set' }, at);
                    break;
                case 'APPEND': {
                    const item = pop(at, 'APPEND');
                    this.retain(top(at, 'APPEND'), [item]);
                    break;
                }
                case 'APPENDS': {
                    const items = popMark(at, 'APPENDS');
                    this.retain(top(at, 'APPENDS'), items);
                    break;
                }
                case 'LIST':
                    push(this.collection('list', popMark(at, 'LIST')), at);
                    break;
                case 'TUPLE':
                    push(this.collection('tuple', popMark(at, 'TUPLE')), at);
                    break;
                case 'TUPLE1':
                case 'TUPLE2':
                case 'TUPLE3': {
                    const n = Number(op.name.slice(-1));
                    const items = [];
                    for (let i = 0; i < n; i += 1)
                        items.unshift(pop(at, op.name));
                    push(this.collection('tuple', items), at);
                    break;
                }
                case 'DICT': {
                    const items = popMark(at, 'DICT');
                    if (items.length % 2)
                        this.malformed('DICT with an odd number of items', at);
                    const dict = { k: 'dict', entries: [] };
                    this.retain(dict, items);
                    push(dict, at);
                    break;
                }
                case 'SETITEM': {
                    const value = pop(at, 'SETITEM');
                    const key = pop(at, 'SETITEM');
                    this.retain(top(at, 'SETITEM'), [key, value]);
                    break;
                }
                case 'SETITEMS': {
                    const items = popMark(at, 'SETITEMS');
                    if (items.length % 2)
                        this.malformed('SETITEMS with an odd number of items', at);
                    this.retain(top(at, 'SETITEMS'), items);
                    break;
                }
                case 'ADDITEMS':
                    popMark(at, 'ADDITEMS');
                    top(at, 'ADDITEMS');
                    break;
                case 'FROZENSET':
                    popMark(at, 'FROZENSET');
                    push({ k: 'set' }, at);
                    break;
                case 'POP':
                    if (stack.length > fence())
                        stack.pop();
                    else if (marks.length > 0)
                        marks.pop(); // pickle.py: POP of an empty frame pops the mark
                    else
                        this.malformed('stack underflow at POP', at);
                    break;
                case 'DUP':
                    push(top(at, 'DUP'), at);
                    break;
                case 'MARK':
                    if (marks.length >= this.limits.maxStack)
                        this.limit('too many open MARKs', at);
                    marks.push(stack.length);
                    break;
                case 'POP_MARK':
                    popMark(at, 'POP_MARK');
                    break;
                case 'GET':
                    push(memoGet(this.lineInt('GET', at), at), at);
                    break;
                case 'BINGET':
                    push(memoGet(this.uint(1, 'BINGET'), at), at);
                    break;
                case 'LONG_BINGET':
                    push(memoGet(this.uint(4, 'LONG_BINGET'), at), at);
                    break;
                case 'PUT':
                    memoPut(this.lineInt('PUT', at), at);
                    break;
                case 'BINPUT':
                    memoPut(this.uint(1, 'BINPUT'), at);
                    break;
                case 'LONG_BINPUT':
                    memoPut(this.uint(4, 'LONG_BINPUT'), at);
                    break;
                case 'MEMOIZE':
                    memoPut(memo.size, at);
                    break;
                case 'EXT1':
                case 'EXT2':
                case 'EXT4': {
                    const code = op.name === 'EXT1'
                        ? this.uint(1, 'EXT1')
                        : op.name === 'EXT2'
                            ? this.uint(2, 'EXT2')
                            : this.int32('EXT4');
                    this.problems.push({
                        kind: 'unresolved-global',
                        message: `${op.name} ${code} imports whatever the copyreg extension registry maps that code to; it cannot be known from the file`,
                        offset: at,
                    });
                    push(OTHER, at);
                    break;
                }
                case 'GLOBAL': {
                    const g = this.importLines('GLOBAL', at);
                    push({ k: 'global', g }, at);
                    break;
                }
                case 'INST': {
                    const g = this.importLines('INST', at);
                    g.called = true;
                    const args = popMark(at, 'INST');
                    push({ k: 'call', fn: { k: 'global', g }, args: this.collection('tuple', args) }, at);
                    break;
                }
                case 'STACK_GLOBAL': {
                    const name = pop(at, 'STACK_GLOBAL');
                    const module = pop(at, 'STACK_GLOBAL');
                    if (module.k === 'str' &&
                        name.k === 'str' &&
                        module.s !== undefined &&
                        name.s !== undefined) {
                        const g = {
                            module: module.s,
                            name: name.s,
                            offset: at,
                            opcode: 'STACK_GLOBAL',
                            called: false,
                        };
                        this.globals.push(g);
                        push({ k: 'global', g }, at);
                    }
                    else {
                        this.problems.push({
                            kind: 'unresolved-global',
                            message: `STACK_GLOBAL imports from operands that are not plain strings (${describe(module)}, ${describe(name)}): the import is hidden from static reading`,
                            offset: at,
                        });
                        push(OTHER, at);
                    }
                    break;
                }
                case 'REDUCE': {
                    const args = pop(at, 'REDUCE');
                    const fn = pop(at, 'REDUCE');
                    push(call(fn, args), at);
                    break;
                }
                case 'NEWOBJ': {
                    const args = pop(at, 'NEWOBJ');
                    const cls = pop(at, 'NEWOBJ');
                    push(call(cls, args), at);
                    break;
                }
                case 'NEWOBJ_EX': {
                    pop(at, 'NEWOBJ_EX');
                    const args = pop(at, 'NEWOBJ_EX');
                    const cls = pop(at, 'NEWOBJ_EX');
                    push(call(cls, args), at);
                    break;
                }
                case 'OBJ': {
                    const items = popMark(at, 'OBJ');
                    if (items.length === 0)
                        this.malformed('OBJ without a class', at);
                    push(call(items[0], this.collection('tuple', items.slice(1))), at);
                    break;
                }
                case 'BUILD': {
                    const state = pop(at, 'BUILD');
                    const target = top(at, 'BUILD');
                    if (target.k === 'call')
                        target.state = state;
                    if (!this.plain && isJoblibArray(target)) {
                        stack[stack.length - 1] = OTHER;
                        this.skipJoblibArray(state, at, { stack, marks, memo });
                    }
                    break;
                }
                case 'PERSID':
                    this.line('PERSID');
                    push(OTHER, at);
                    break;
                case 'BINPERSID':
                    pop(at, 'BINPERSID');
                    push(OTHER, at);
                    break;
                default:
                    this.malformed(`opcode ${op.name} is not handled`, at);
            }
        }
    }
    /** joblib writes a NumpyArrayWrapper, then the array's bytes (or a nested pickle) right after BUILD. */
    skipJoblibArray(state, at, seed) {
        const field = (key) => state.k === 'dict'
            ? state.entries.find(([k]) => k.k === 'str' && k.s === key)?.[1]
            : undefined;
        const dtype = dtypeOf(field('dtype'));
        const shape = field('shape');
        if (!dtype)
            this.unresolvable('the dtype of a joblib array', at);
        if (dtype.object) {
            if (this.depth >= this.limits.maxNesting)
                this.limit(`joblib arrays nested deeper than ${this.limits.maxNesting}`, at);
            this.depth += 1;
            try {
                this.walkOne();
            }
            finally {
                this.depth -= 1;
            }
            this.skippedArrays += 1;
            return;
        }
        let count = 1;
        if (!shape || shape.k !== 'tuple')
            this.unresolvable('the shape of a joblib array', at);
        for (const dim of shape.items) {
            if (dim.k !== 'int' || dim.n < 0)
                this.unresolvable('a dimension of a joblib array', at);
            count *= dim.n;
        }
        const alignment = field('numpy_array_alignment_bytes');
        if (alignment && alignment.k === 'int') {
            // The padding length byte is at most the alignment (16): never a pickle opcode, so plain
            // pickle.load stops right here and cannot run what the skipped bytes would hold.
            const padding = this.uint(1, 'joblib padding');
            if (padding > alignment.n || OPCODES[padding])
                this.malformed(`joblib padding length ${padding} exceeds the alignment ${alignment.n}`, at);
            this.skip(padding, 'joblib padding');
        }
        else if (this.plainReading) {
            this.shadowWalk(seed);
        }
        const bytes = count * dtype.itemsize;
        if (!Number.isSafeInteger(bytes))
            this.unresolvable('the size of a joblib array', at);
        this.skip(bytes, 'joblib array data');
        this.skippedArrays += 1;
        this.skippedBytes += bytes;
    }
    /**
     * Without a padding byte, plain pickle.load (not joblib's unpickler) would read the array bytes
     * as opcodes: walk them that way too, and keep any import that reading reaches.
     */
    shadowWalk(seed) {
        const shadow = new Walker(this.src, { ...this.limits, maxOpcodes: 100_000 });
        shadow.plain = true;
        shadow.pos = this.pos;
        try {
            shadow.walkOne(seed);
        }
        catch (error) {
            if (!(error instanceof Stop))
                throw error;
        }
        this.globals.push(...shadow.globals);
        this.problems.push(...shadow.problems.filter((p) => p.kind === 'unresolved-global'));
    }
    unresolvable(what, at) {
        throw new Stop({
            kind: 'malformed',
            message: `${what} cannot be read statically, so the rest of the stream cannot be located`,
            offset: at,
        });
    }
    importLines(opcode, at) {
        const module = this.line(opcode, 1024).text;
        const name = this.line(opcode, 1024).text;
        if (module === undefined || name === undefined)
            this.malformed(`${opcode} names longer than 1024 bytes`, at);
        const g = { module: module, name: name, offset: at, opcode, called: false };
        this.globals.push(g);
        return g;
    }
    retain(target, items) {
        if (target.k === 'list' || target.k === 'tuple') {
            for (const item of items) {
                if (this.retained >= this.limits.maxRetained)
                    return;
                target.items.push(item);
                this.retained += 1;
            }
        }
        else if (target.k === 'dict') {
            for (let i = 0; i + 1 < items.length; i += 2) {
                if (this.retained >= this.limits.maxRetained)
                    return;
                target.entries.push([items[i], items[i + 1]]);
                this.retained += 2;
            }
        }
    }
    collection(k, items) {
        const kept = items.slice(0, Math.max(0, this.limits.maxRetained - this.retained));
        this.retained += kept.length;
        return { k, items: kept };
    }
    longValue(length, what) {
        if (length > 64) {
            this.skip(length, what);
            return { k: 'int', n: Number.NaN };
        }
        const bytes = this.bytes(length, what);
        let big = 0n;
        for (let i = bytes.length - 1; i >= 0; i -= 1)
            big = (big << 8n) | BigInt(bytes[i]);
        if (length > 0 && bytes[length - 1] & 0x80)
            big -= 1n << BigInt(8 * length);
        return { k: 'int', n: Number(big), big };
    }
    byte(at, what) {
        const got = this.src.read(at, 1);
        if (got.length < 1)
            this.truncated(what, at);
        return got[0];
    }
    bytes(length, what) {
        const got = this.src.read(this.pos, length);
        if (got.length < length)
            this.truncated(what, this.pos);
        this.pos += length;
        return got;
    }
    skip(length, what) {
        if (length < 0 || this.pos + length > this.src.size)
            this.truncated(what, this.pos);
        this.pos += length;
    }
    uint(size, what) {
        const b = this.bytes(size, what);
        let n = 0;
        for (let i = size - 1; i >= 0; i -= 1)
            n = n * 256 + b[i];
        return n;
    }
    int32(what) {
        const n = this.uint(4, what);
        return n >= 0x80000000 ? n - 0x100000000 : n;
    }
    /** A string argument: kept when short enough to be a name, else skipped unread. */
    text(length, decoder, what) {
        if (length > MAX_KEPT_STRING) {
            this.skip(length, what);
            return undefined;
        }
        return decoder.decode(this.bytes(length, what));
    }
    /** A newline-terminated argument; text kept only up to `keep` bytes. */
    line(what, keep = MAX_KEPT_STRING) {
        const start = this.pos;
        let scan = start;
        for (;;) {
            const chunk = this.src.read(scan, 64 * 1024);
            if (chunk.length === 0)
                this.truncated(`${what} (no newline)`, start);
            const nl = chunk.indexOf(0x0a);
            if (nl >= 0) {
                const end = scan + nl;
                this.pos = end + 1;
                if (end - start > keep)
                    return {};
                return { text: utf8.decode(this.src.read(start, end - start)) };
            }
            scan += chunk.length;
        }
    }
    lineInt(what, at) {
        const text = this.line(what, 64).text;
        if (text === undefined || !/^\s*[-+]?\d+\s*$/.test(text))
            this.malformed(`${what} argument is no integer`, at);
        return Number(text);
    }
    truncated(what, at) {
        throw new Stop({ kind: 'truncated', message: `the stream ends inside ${what}`, offset: at });
    }
    malformed(message, at) {
        throw new Stop({ kind: 'malformed', message, offset: at });
    }
    limit(message, at) {
        throw new Stop({ kind: 'limit', message: `analysis stopped: ${message}`, offset: at });
    }
}
function call(fn, args) {
    if (fn.k === 'global')
        fn.g.called = true;
    return { k: 'call', fn, args };
}
function optional(s) {
    return s === undefined ? {} : { s };
}
function clip(text) {
    return text === undefined ? '(long)' : JSON.stringify(text.slice(0, 40));
}
function intValue(text, fail) {
    if (text === undefined || !/^\s*[-+]?\d+\s*$/.test(text))
        fail();
    const big = BigInt(text.trim());
    return { k: 'int', n: Number(big), big };
}
function describe(value) {
    if (value.k === 'str')
        return value.s === undefined ? 'a very long string' : 'a string';
    if (value.k === 'call')
        return 'the result of a call';
    if (value.k === 'global')
        return `the global ${value.g.module}.${value.g.name}`;
    return `a ${value.k}`;
}
function isGlobal(value, module, name) {
    return value?.k === 'global' && value.g.module === module && value.g.name === name;
}
function isJoblibArray(value) {
    if (value.k !== 'call')
        return false;
    if (isGlobal(value.fn, 'joblib.numpy_pickle', 'NumpyArrayWrapper'))
        return true;
    if (isGlobal(value.fn, 'sklearn.externals.joblib.numpy_pickle', 'NumpyArrayWrapper'))
        return true;
    // Protocols 0 and 1: copyreg._reconstructor(NumpyArrayWrapper, object, None).
    if ((isGlobal(value.fn, 'copyreg', '_reconstructor') ||
        isGlobal(value.fn, 'copy_reg', '_reconstructor')) &&
        value.args.k === 'tuple') {
        return isJoblibArray({ k: 'call', fn: value.args.items[0] ?? OTHER, args: OTHER });
    }
    return false;
}
/** numpy.dtype(...) as pickled: its item size and whether it holds Python objects. */
function dtypeOf(value) {
    if (!value || value.k !== 'call' || value.fn.k !== 'global' || value.fn.g.name !== 'dtype')
        return undefined;
    if (!/^numpy(\.core|\._core)?(\.multiarray)?$/.test(value.fn.g.module))
        return undefined;
    const args = value.args.k === 'tuple' ? value.args.items : [];
    const spec = args[0];
    if (spec?.k !== 'str' || spec.s === undefined)
        return undefined;
    const match = /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(spec.s);
    if (!match)
        return undefined;
    const kind = match[1];
    const state = value.state?.k === 'tuple' ? value.state.items : [];
    const object = kind === 'O' || hasObjectField(state[4]);
    const elsize = state[5];
    if (elsize?.k === 'int' && elsize.n > 0)
        return { itemsize: elsize.n, object };
    if (match[2] === '')
        return kind === '?' ? { itemsize: 1, object } : undefined;
    const digits = Number(match[2]);
    const itemsize = kind === 'U' ? digits * 4 : digits;
    return { itemsize, object };
}
function hasObjectField(fields, depth = 0) {
    if (!fields || depth > 16)
        return false;
    if (fields.k === 'call') {
        const args = fields.args.k === 'tuple' ? fields.args.items : [];
        if (args[0]?.k === 'str' && /^[<>|=]?O/.test(args[0].s ?? ''))
            return true;
        return hasObjectField(fields.state, depth + 1);
    }
    if (fields.k === 'dict')
        return fields.entries.some(([, v]) => hasObjectField(v, depth + 1));
    if (fields.k === 'tuple' || fields.k === 'list')
        return fields.items.some((v) => hasObjectField(v, depth + 1));
    return false;
}
/** A Python 2 `repr()` string literal as STRING writes it ('...' or "..."), escapes decoded. */
function pythonStringLiteral(text, fail) {
    const trimmed = text.replace(/\r$/, '');
    const quote = trimmed[0];
    if (trimmed.length < 2 ||
        (quote !== "'" && quote !== '"') ||
        trimmed[trimmed.length - 1] !== quote)
        fail();
    const body = trimmed.slice(1, -1);
    let out = '';
    for (let i = 0; i < body.length; i += 1) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = body[i + 1];
        i += 1;
        switch (next) {
            case undefined:
                fail();
                break;
            case '\n':
                break;
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'a':
                out += '\x07';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'v':
                out += '\v';
                break;
            case 'x': {
                const hex = body.slice(i + 1, i + 3);
                if (!/^[0-9a-fA-F]{2}$/.test(hex))
                    fail();
                out += String.fromCharCode(parseInt(hex, 16));
                i += 2;
                break;
            }
            default:
                if (/[0-7]/.test(next)) {
                    const oct = /^[0-7]{1,3}/.exec(body.slice(i))[0];
                    out += String.fromCharCode(parseInt(oct, 8) & 0xff);
                    i += oct.length - 1;
                }
                else {
                    out += `\\${next}`;
                }
        }
    }
    return out;
}
/** Python's raw-unicode-escape decoding (UNICODE opcode): \uXXXX and \UXXXXXXXX only. */
function rawUnicodeEscape(text) {
    return text.replace(/(\\+)(u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/g, (whole, slashes, _e, u4, u8) => {
        if (slashes.length % 2 === 0)
            return whole;
        const code = parseInt(u4 ?? u8, 16);
        const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        return slashes.slice(1) + char;
    });
}

;// CONCATENATED MODULE: ./src/checks/models/safetensors.ts
/** The reference implementation's MAX_HEADER_SIZE. */
const MAX_SAFETENSORS_HEADER = 100_000_000;
/** dtype → size in bits (safetensors' Dtype enum, sub-byte float formats included). */
const SAFETENSORS_DTYPE_BITS = {
    BOOL: 8,
    U8: 8,
    I8: 8,
    F8_E5M2: 8,
    F8_E4M3: 8,
    F8_E8M0: 8,
    I16: 16,
    U16: 16,
    F16: 16,
    BF16: 16,
    I32: 32,
    U32: 32,
    F32: 32,
    C64: 64,
    F64: 64,
    I64: 64,
    U64: 64,
    F4: 4,
    F6_E2M3: 6,
    F6_E3M2: 6,
};
function checkSafetensors(source) {
    const problems = [];
    const report = (headerLength, tensors) => ({
        headerLength,
        tensors,
        problems,
    });
    const prefix = source.read(0, 8);
    if (prefix.length < 8) {
        problems.push('shorter than the 8-byte header length');
        return report(0, 0);
    }
    const view = new DataView(prefix.buffer, prefix.byteOffset, 8);
    const length64 = view.getBigUint64(0, true);
    if (length64 > BigInt(MAX_SAFETENSORS_HEADER)) {
        problems.push(`header length ${length64} exceeds ${MAX_SAFETENSORS_HEADER} bytes`);
        return report(0, 0);
    }
    const headerLength = Number(length64);
    if (8 + headerLength > source.size) {
        problems.push(`header length ${headerLength} runs past the end of the file (${source.size} bytes)`);
        return report(headerLength, 0);
    }
    const bytes = source.read(8, headerLength);
    let header;
    try {
        header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        problems.push(`header is not UTF-8 JSON (${error.message.slice(0, 120)})`);
        return report(headerLength, 0);
    }
    if (typeof header !== 'object' || header === null || Array.isArray(header)) {
        problems.push('header is not a JSON object');
        return report(headerLength, 0);
    }
    const dataLength = source.size - 8 - headerLength;
    const spans = [];
    for (const [name, raw] of Object.entries(header)) {
        if (name === '__metadata__') {
            const okMeta = typeof raw === 'object' &&
                raw !== null &&
                !Array.isArray(raw) &&
                Object.values(raw).every((v) => typeof v === 'string');
            if (!okMeta)
                problems.push('__metadata__ must map strings to strings');
            continue;
        }
        const label = JSON.stringify(name.slice(0, 200));
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            problems.push(`tensor ${label} is not an object`);
            continue;
        }
        const info = raw;
        const extra = Object.keys(info).filter((k) => !['dtype', 'shape', 'data_offsets'].includes(k));
        if (extra.length)
            problems.push(`tensor ${label} has unknown field(s) ${extra.slice(0, 5).join(', ')}`);
        const bits = typeof info.dtype === 'string' ? SAFETENSORS_DTYPE_BITS[info.dtype] : undefined;
        if (bits === undefined)
            problems.push(`tensor ${label} has an unknown dtype ${JSON.stringify(info.dtype)}`);
        const shapeOk = Array.isArray(info.shape) &&
            info.shape.every((d) => Number.isSafeInteger(d) && d >= 0);
        if (!shapeOk)
            problems.push(`tensor ${label} has a shape that is not a list of non-negative integers`);
        const offsets = info.data_offsets;
        const offsetsOk = Array.isArray(offsets) &&
            offsets.length === 2 &&
            offsets.every((o) => Number.isSafeInteger(o) && o >= 0) &&
            offsets[0] <= offsets[1];
        if (!offsetsOk) {
            problems.push(`tensor ${label} has data_offsets that are not [begin, end] with begin ≤ end`);
            continue;
        }
        const [begin, end] = offsets;
        if (end > dataLength)
            problems.push(`tensor ${label} ends at ${end}, past the data region (${dataLength} bytes)`);
        if (bits !== undefined && shapeOk) {
            const elements = info.shape.reduce((a, b) => a * b, 1);
            const totalBits = elements * bits;
            if (!Number.isSafeInteger(totalBits) || totalBits % 8 !== 0) {
                problems.push(`tensor ${label}: shape × dtype size is not a whole number of bytes`);
            }
            else if (totalBits / 8 !== end - begin) {
                problems.push(`tensor ${label}: shape × dtype size is ${totalBits / 8} bytes but data_offsets span ${end - begin}`);
            }
        }
        spans.push({ name: label, begin, end });
        if (problems.length > 100)
            break;
    }
    spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let cursor = 0;
    for (const span of spans) {
        if (span.begin < cursor)
            problems.push(`tensor ${span.name} overlaps the tensor before it`);
        else if (span.begin > cursor)
            problems.push(`a gap of ${span.begin - cursor} unaccounted bytes before tensor ${span.name}`);
        cursor = Math.max(cursor, span.end);
    }
    if (cursor < dataLength)
        problems.push(`${dataLength - cursor} bytes after the last tensor belong to none`);
    return report(headerLength, spans.length);
}

;// CONCATENATED MODULE: ./src/checks/models/source.ts
/**
 * Random-access bytes for the parsers: a whole buffer (a zip member, a decompressed stream) or a
 * file read through a small window, so skipping a tensor payload is moving an offset, not reading
 * it. Synchronous: the parsers are plain loops, and one file is read at a time.
 */

class BufferSource {
    bytes;
    size;
    bytesRead = 0;
    constructor(bytes) {
        this.bytes = bytes;
        this.size = bytes.length;
    }
    read(position, length) {
        const start = Math.max(0, Math.min(position, this.size));
        const end = Math.max(start, Math.min(this.size, position + length));
        this.bytesRead += end - start;
        return this.bytes.subarray(start, end);
    }
}
const WINDOW = 64 * 1024;
class FileSource {
    fd;
    size;
    bytesRead = 0;
    window = Buffer.alloc(WINDOW);
    windowStart = 0;
    windowLength = 0;
    fills = 0;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    read(position, length) {
        if (position < 0 || position >= this.size || length <= 0)
            return new Uint8Array(0);
        const wanted = Math.min(length, this.size - position);
        if (position >= this.windowStart && position + wanted <= this.windowStart + this.windowLength) {
            const from = position - this.windowStart;
            return this.window.subarray(from, from + wanted);
        }
        if (wanted > WINDOW) {
            const out = Buffer.alloc(wanted);
            const got = this.fill(out, position);
            return out.subarray(0, got);
        }
        // The first read is usually the magic bytes only: a small fill, so a file whose format is
        // told by its first bytes (or is no model at all) costs one page, not a window.
        this.windowStart = position;
        const fillSize = this.fills++ === 0 ? Math.max(wanted, 4096) : WINDOW;
        this.windowLength = this.fill(this.window.subarray(0, fillSize), position);
        return this.window.subarray(0, Math.min(wanted, this.windowLength));
    }
    fill(target, position) {
        let got = 0;
        const want = Math.min(target.length, this.size - position);
        while (got < want) {
            const n = (0,external_node_fs_.readSync)(this.fd, target, got, want - got, position + got);
            if (n === 0)
                break;
            got += n;
        }
        this.bytesRead += got;
        return got;
    }
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/checks/models/zip.ts
/**
 * Zip containers (PyTorch archives, .npz, .keras) through yauzl: the central directory is listed,
 * and only the members a scanner asks for are streamed, each up to a byte cap — tensor payloads
 * (`<archive>/data/*`, weights files) are never read. yauzl validates every member's declared
 * size against what inflates, so a zip bomb stops at the cap or at its lie, whichever comes first.
 */

class ZipProblem extends Error {
}
/** At most this many members are listed: past it the archive is reported, not walked. */
const MAX_ZIP_ENTRIES = 200_000;
/** Open the zip at `fd` (the caller closes it) and list its members. Throws ZipProblem on a bad archive. */
async function openZip(fd) {
    const zip = await new Promise((resolve, reject) => {
        yauzl.fromFd(fd, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (error, zipfile) => (error ? reject(new ZipProblem(error.message)) : resolve(zipfile)));
    }).catch((error) => {
        throw error instanceof ZipProblem ? error : new ZipProblem(String(error));
    });
    // The fd belongs to the caller: yauzl's close() would close it, so it is never called here.
    if (zip.entryCount > MAX_ZIP_ENTRIES) {
        throw new ZipProblem(`the archive lists ${zip.entryCount} members (at most ${MAX_ZIP_ENTRIES} are read)`);
    }
    const members = await new Promise((resolve, reject) => {
        const out = [];
        zip.on('entry', (entry) => {
            out.push({
                name: entry.fileName,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                encrypted: (entry.generalPurposeBitFlag & 0x1) !== 0,
                entry,
            });
            zip.readEntry();
        });
        zip.on('end', () => resolve(out));
        zip.on('error', (error) => reject(new ZipProblem(error.message)));
        zip.readEntry();
    }).catch((error) => {
        throw error instanceof ZipProblem ? error : new ZipProblem(String(error));
    });
    return {
        members,
        close: () => zip.removeAllListeners(),
        read: (member, maxBytes) => readMember(zip, member, maxBytes, false),
        readPrefix: (member, length) => readMember(zip, member, length, true),
    };
}
async function readMember(zip, member, maxBytes, prefixOnly) {
    if (member.encrypted)
        throw new ZipProblem(`${member.name} is encrypted`);
    if (!prefixOnly && member.uncompressedSize > maxBytes) {
        throw new ZipProblem(`${member.name} declares ${member.uncompressedSize} bytes (at most ${maxBytes} are read)`);
    }
    const stream = await zip.openReadStreamPromise(member.entry).catch((error) => {
        throw new ZipProblem(`${member.name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of stream) {
            if (prefixOnly && total + chunk.length >= maxBytes) {
                chunks.push(chunk.subarray(0, maxBytes - total));
                total = maxBytes;
                stream.destroy();
                break;
            }
            total += chunk.length;
            if (total > maxBytes)
                throw new ZipProblem(`${member.name} inflates past ${maxBytes} bytes`);
            chunks.push(chunk);
        }
    }
    catch (error) {
        stream.destroy();
        if (error instanceof ZipProblem)
            throw error;
        throw new ZipProblem(`${member.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return Buffer.concat(chunks, total);
}

;// CONCATENATED MODULE: ./src/checks/models/scan.ts
/**
 * One model file: recognise its format by magic bytes (and extension where magic is silent), run
 * the matching reader, and turn what it saw into issues with their evidence (archive member,
 * opcode offset, imported global). Nothing is ever unpickled, imported or decompressed past a cap;
 * tensor payloads are skipped by offset.
 */













/** Extensions that name a pickle (or a pickle inside a zip): a stream that does not parse is a finding. */
const PICKLE_EXTENSIONS = new Set([
    '.pkl',
    '.pickle',
    '.joblib',
    '.pt',
    '.pth',
    '.ckpt',
    '.sav',
    '.dill',
    '.p',
]);
/** Extensions that are sometimes pickles, sometimes raw bytes: walked, and kept only if they import. */
const MAYBE_PICKLE_EXTENSIONS = new Set(['.bin', '.model', '.dat', '.data', '.mar', '.pickled']);
/** Extensions this scan recognises at all (for "model files a PR adds"). */
const MODEL_EXTENSIONS = [
    ...PICKLE_EXTENSIONS,
    ...MAYBE_PICKLE_EXTENSIONS,
    '.npy',
    '.npz',
    '.keras',
    '.safetensors',
    '.onnx',
    '.h5',
    '.hdf5',
];
/** Members read from an archive (data.pkl, config.json, an object array). */
const MAX_MEMBER_BYTES = 256 * 1024 * 1024;
/** A compressed joblib file is inflated up to this many bytes. */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const MAX_KERAS_CONFIG = 16 * 1024 * 1024;
async function scanArtifact(root, file) {
    const scan = {
        file,
        pickleBased: false,
        issues: [],
        globals: {},
        size: 0,
        bytesRead: 0,
        notes: [],
    };
    const absolute = external_node_path_default().join(root, file);
    const link = (0,external_node_fs_.lstatSync)(absolute);
    let target = absolute;
    if (link.isSymbolicLink()) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(absolute);
        }
        catch {
            real = undefined;
        }
        if (!real || !(0,fs/* isInside */.FK)((0,external_node_fs_.realpathSync)(root), real)) {
            scan.issues.push({
                rule: 'symlink-escape',
                message: `${file} is a symlink to a file outside the root; not scanned`,
            });
            return scan;
        }
        target = real;
    }
    const fd = (0,external_node_fs_.openSync)(target, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return scan;
        scan.size = stat.size;
        const source = new FileSource(fd, stat.size);
        try {
            await dispatch(scan, fd, source, external_node_path_default().extname(file).toLowerCase(), root);
        }
        finally {
            scan.bytesRead += source.bytesRead;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return scan;
}
async function dispatch(scan, fd, source, ext, root) {
    const head = source.read(0, 16);
    if (isZip(head))
        return scanZip(scan, fd, ext);
    if (isNpy(head))
        return scanNpy(scan, source, undefined);
    if (ext === '.safetensors' || (ext !== '.onnx' && looksLikeSafetensors(head, source.size))) {
        scan.format = 'safetensors';
        for (const problem of checkSafetensors(source).problems) {
            scan.issues.push({ rule: 'safetensors-malformed', message: problem });
        }
        return;
    }
    if (ext === '.onnx')
        return scanOnnx(scan, source, root);
    if (PICKLE_EXTENSIONS.has(ext) || (head[0] === 0x80 && head[1] >= 2 && head[1] <= 5)) {
        const compressed = compressionOf(head);
        if (compressed)
            return scanCompressedJoblib(scan, fd, source.size, compressed);
        scan.format = 'pickle';
        scan.pickleBased = true;
        judgePickle(scan, walkPickles(source), undefined);
        return;
    }
    if (MAYBE_PICKLE_EXTENSIONS.has(ext) && head.length > 0 && OPCODES[head[0]]) {
        const walked = walkPickles(source);
        if (walked.globals.length > 0 ||
            (walked.pickles > 0 && walked.problems.length === 0) ||
            walked.protocol > 0) {
            scan.format = 'pickle';
            scan.pickleBased = true;
            judgePickle(scan, walked, undefined);
        }
    }
}
function isZip(head) {
    return (head[0] === 0x50 &&
        head[1] === 0x4b &&
        ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6)));
}
function looksLikeSafetensors(head, size) {
    if (head.length < 9 || head[8] !== 0x7b)
        return false;
    const length = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
    return length > 1n && length + 8n <= BigInt(size);
}
/** joblib's compressor magics (joblib/compressor.py, numpy_pickle_utils.py). */
function compressionOf(head) {
    if (head[0] === 0x78 && ((head[0] << 8) | head[1]) % 31 === 0)
        return 'zlib';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68)
        return 'bz2';
    if (head[0] === 0xfd &&
        head[1] === 0x37 &&
        head[2] === 0x7a &&
        head[3] === 0x58 &&
        head[4] === 0x5a)
        return 'xz';
    if (head[0] === 0x04 && head[1] === 0x22 && head[2] === 0x4d && head[3] === 0x18)
        return 'lz4';
    if (head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00)
        return 'lzma';
    if (head[0] === 0x5a && head[1] === 0x46)
        return 'joblib-zf';
    return undefined;
}
function scanCompressedJoblib(scan, fd, size, compression) {
    scan.format = 'joblib-compressed';
    scan.pickleBased = true;
    if (compression !== 'zlib' && compression !== 'gzip') {
        scan.issues.push({
            rule: 'unreadable',
            message: `${compression}-compressed pickle: pipeguard inflates only zlib and gzip, so its imports are unknown`,
        });
        return;
    }
    if (size > MAX_INFLATED_BYTES) {
        scan.issues.push({
            rule: 'unreadable',
            message: `compressed pickle of ${size} bytes (at most ${MAX_INFLATED_BYTES} are read)`,
        });
        return;
    }
    const compressed = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
        const n = (0,external_node_fs_.readSync)(fd, compressed, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    scan.bytesRead += got;
    let inflated;
    try {
        const options = { maxOutputLength: MAX_INFLATED_BYTES };
        inflated =
            compression === 'zlib' ? (0,external_node_zlib_.inflateSync)(compressed, options) : (0,external_node_zlib_.gunzipSync)(compressed, options);
    }
    catch (error) {
        scan.issues.push({
            rule: 'unreadable',
            message: `the ${compression} stream cannot be inflated within ${MAX_INFLATED_BYTES} bytes (${error.message.slice(0, 120)})`,
        });
        return;
    }
    judgePickle(scan, walkPickles(new BufferSource(inflated), { plainReading: false }), `${compression}-inflated stream`);
}
function scanNpy(scan, source, member) {
    scan.format ??= 'npy';
    try {
        const header = readNpyHeader(source);
        if (!header.objectDtype)
            return;
        scan.pickleBased = true;
        judgePickle(scan, walkPickles(source, { start: header.dataOffset, trailing: 'ignore' }), member);
    }
    catch (error) {
        if (!(error instanceof NpyProblem))
            throw error;
        scan.issues.push({
            rule: 'npy-malformed',
            message: error.message,
            ...(member ? { member } : {}),
        });
    }
}
function scanOnnx(scan, source, root) {
    scan.format = 'onnx';
    let external;
    try {
        external = readOnnxExternalData(source);
    }
    catch (error) {
        if (!(error instanceof OnnxProblem))
            throw error;
        // No loader can read it either, so it names no external data: noted, not a finding.
        scan.notes.push(`not a ModelProto pipeguard can walk (${error.message}); external data not checked`);
        return;
    }
    const modelDir = external_node_path_default().join(root, external_node_path_default().dirname(scan.file));
    const seen = new Set();
    for (const entry of external) {
        const location = entry.location ?? '';
        if (seen.has(location))
            continue;
        seen.add(location);
        const where = `tensor ${JSON.stringify(entry.tensor ?? '?')} (TensorProto at offset ${entry.offset})`;
        const shown = JSON.stringify(location.slice(0, 300));
        const escape = externalDataEscape(location) ?? escapeOnDisk(modelDir, location);
        if (escape === 'missing') {
            scan.issues.push({
                rule: 'onnx-external-data-missing',
                message: `${where}: external data file ${shown} does not exist beside the model`,
                offset: entry.offset,
            });
        }
        else if (escape) {
            scan.issues.push({
                rule: 'onnx-external-data-escape',
                message: `${where}: external data location ${shown} ${escape}`,
                offset: entry.offset,
            });
        }
    }
}
/** Why an external-data location is not a plain relative path inside the model directory. */
function externalDataEscape(location) {
    if (location === '')
        return 'is empty';
    if (location.includes('\0'))
        return 'contains a NUL byte';
    const normalised = location.replace(/\\/g, '/');
    if (normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised))
        return 'is absolute';
    if (normalised.split('/').includes('..'))
        return 'climbs out with ".."';
    return undefined;
}
/** A relative location on disk: present, and (through symlinks) still inside the model directory. */
function escapeOnDisk(modelDir, location) {
    let real;
    let realDir;
    try {
        real = (0,external_node_fs_.realpathSync)(external_node_path_default().join(modelDir, location.replace(/\\/g, '/')));
        realDir = (0,external_node_fs_.realpathSync)(modelDir);
    }
    catch {
        return 'missing';
    }
    return (0,fs/* isInside */.FK)(realDir, real) ? undefined : 'is a symlink out of the model directory';
}
async function scanZip(scan, fd, ext) {
    scan.format = 'zip';
    let zip;
    try {
        zip = await openZip(fd);
    }
    catch (error) {
        if (!(error instanceof ZipProblem))
            throw error;
        if (PICKLE_EXTENSIONS.has(ext) ||
            ext === '.npz' ||
            ext === '.keras' ||
            MAYBE_PICKLE_EXTENSIONS.has(ext)) {
            scan.issues.push({
                rule: 'unreadable',
                message: `the zip archive cannot be read: ${error.message}`,
            });
        }
        return;
    }
    try {
        const names = new Set(zip.members.map((m) => m.name));
        const pickles = zip.members.filter((m) => isPickleMember(m.name));
        const arrays = zip.members.filter((m) => m.name.toLowerCase().endsWith('.npy'));
        const isKeras = ext === '.keras' || (names.has('config.json') && names.has('metadata.json'));
        if (pickles.some((m) => /(^|\/)data\.pkl$/.test(m.name)))
            scan.format = 'pytorch-zip';
        else if (isKeras)
            scan.format = 'keras';
        else if (arrays.length > 0 || ext === '.npz')
            scan.format = 'npz';
        for (const member of pickles) {
            scan.pickleBased = true;
            const bytes = await readMemberOrIssue(scan, zip, member, MAX_MEMBER_BYTES);
            if (bytes)
                judgePickle(scan, walkPickles(new BufferSource(bytes)), member.name);
        }
        for (const member of arrays)
            await scanNpzMember(scan, zip, member);
        if (isKeras)
            await scanKeras(scan, zip);
    }
    finally {
        zip.close();
    }
}
/** `data.pkl`, `constants.pkl`, any `*.pkl` — never the tensor payloads under `data/`. */
function isPickleMember(name) {
    const lower = name.toLowerCase();
    if (/(^|\/)data\//.test(lower) && !lower.endsWith('.pkl'))
        return false;
    return lower.endsWith('.pkl') || lower.endsWith('.pickle');
}
async function readMemberOrIssue(scan, zip, member, cap) {
    try {
        const bytes = await zip.read(member, cap);
        scan.bytesRead += bytes.length;
        return bytes;
    }
    catch (error) {
        if (!(error instanceof ZipProblem))
            throw error;
        scan.issues.push({ rule: 'unreadable', message: error.message, member: member.name });
        return undefined;
    }
}
async function scanNpzMember(scan, zip, member) {
    // The header is at the start; a numeric array is never inflated past it.
    let prefix;
    try {
        prefix = await zip.readPrefix(member, 64 * 1024);
    }
    catch (error) {
        if (!(error instanceof ZipProblem))
            throw error;
        scan.issues.push({ rule: 'unreadable', message: error.message, member: member.name });
        return;
    }
    scan.bytesRead += prefix.length;
    let header;
    try {
        header = readNpyHeader(new BufferSource(prefix));
    }
    catch (error) {
        if (!(error instanceof NpyProblem))
            throw error;
        scan.issues.push({ rule: 'npy-malformed', message: error.message, member: member.name });
        return;
    }
    if (!header.objectDtype)
        return;
    scan.pickleBased = true;
    const bytes = await readMemberOrIssue(scan, zip, member, MAX_MEMBER_BYTES);
    if (bytes)
        judgePickle(scan, walkPickles(new BufferSource(bytes), { start: header.dataOffset, trailing: 'ignore' }), member.name);
}
async function scanKeras(scan, zip) {
    const config = zip.members.find((m) => m.name === 'config.json');
    if (!config) {
        scan.issues.push({ rule: 'keras-malformed', message: 'the archive has no config.json' });
        return;
    }
    const bytes = await readMemberOrIssue(scan, zip, config, MAX_KERAS_CONFIG);
    if (!bytes)
        return;
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        scan.issues.push({
            rule: 'keras-malformed',
            message: `config.json is not UTF-8 JSON (${error.message.slice(0, 120)})`,
            member: 'config.json',
        });
        return;
    }
    try {
        for (const finding of judgeKerasConfig(parsed)) {
            scan.issues.push({
                rule: finding.kind === 'lambda' ? 'keras-lambda' : 'keras-custom-object',
                message: `${finding.message} (config.json${finding.pointer ? ` at ${finding.pointer}` : ''})`,
                member: 'config.json',
                severity: finding.severity,
            });
        }
    }
    catch (error) {
        scan.issues.push({
            rule: 'keras-malformed',
            message: error.message,
            member: 'config.json',
        });
    }
}
/** Turn one walk into issues: one per distinct global (first offset, count), one per problem. */
function judgePickle(scan, walked, member) {
    const at = member ? { member } : {};
    const seen = new Map();
    for (const g of walked.globals) {
        const key = `${g.module}\0${g.name}`;
        const known = seen.get(key);
        if (known) {
            known.count += 1;
            known.called ||= g.called;
        }
        else {
            seen.set(key, {
                offset: g.offset,
                count: 1,
                called: g.called,
                opcode: g.opcode,
                module: g.module,
                name: g.name,
            });
        }
    }
    for (const g of seen.values()) {
        const judged = judgeGlobal(g.module, g.name);
        scan.globals[judged.qualified] = judged.verdict;
        if (judged.verdict === 'allowed')
            continue;
        const where = `${g.opcode} at offset ${g.offset}${member ? ` in ${member}` : ''}${g.count > 1 ? ` (${g.count} times)` : ''}`;
        const shown = printable(judged.qualified);
        scan.issues.push({
            rule: judged.verdict === 'critical' ? 'pickle-code-execution' : 'pickle-unknown-global',
            message: judged.verdict === 'critical'
                ? `imports ${shown}${g.called ? ' and calls it' : ''} (${where}): ${judged.reason}`
                : `imports ${shown}${g.called ? ' and calls it' : ''} (${where}), ${judged.reason}`,
            offset: g.offset,
            global: judged.qualified,
            ...at,
        });
    }
    for (const problem of walked.problems) {
        const where = `offset ${problem.offset}${member ? ` in ${member}` : ''}`;
        scan.issues.push({
            rule: problem.kind === 'unresolved-global' ? 'pickle-hidden-import' : 'pickle-malformed',
            message: `${problem.message} (${where})`,
            offset: problem.offset,
            ...at,
        });
    }
}
/** Names from a PR-chosen file, safe to print in one line. */
function printable(text) {
    const clipped = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    return /^[\x21-\x7e]+$/.test(clipped) ? clipped : JSON.stringify(clipped);
}

// EXTERNAL MODULE: ./src/checks/models/spec.ts
var spec = __webpack_require__(5677);
;// CONCATENATED MODULE: ./src/checks/models/index.ts
/**
 * The models check: `pipeguard models [PATH…]` and the configured run (`pipeguard check`, the
 * `models/` sub-action): every model file under the artifact directories (those the checksums
 * config names, runs/<run>/artifact/, deployments/) and every model file a pull request adds,
 * read without ever being loaded. Critical findings can be waived only by a model exception
 * (exceptions.ts), approved like eval-gate exceptions, bound to the file's sha256 and the rule.
 */
















/** Artifact directories scanned besides those the checksums config names. */
const DEFAULT_MODEL_DIRS = ['runs/*/artifact', 'deployments'];
const modelsCheck = (0,checks_define/* implementCheck */.gs)(spec/* MODELS_SPEC */.h, (ctx) => runModels(ctx, {}), {
    models: async (ctx, args) => [await runModels(ctx, args)],
});
function modelsSection(ctx) {
    return (0,types/* sectionOf */.Z)(ctx.config, rules/* CHECK */.f);
}
async function runModels(ctx, args) {
    const section = modelsSection(ctx);
    const started = Date.now();
    const positionals = args.positionals ?? [];
    const targets = positionals.length > 0
        ? explicitTargets(ctx, positionals)
        : await configuredTargets(ctx, section);
    const allowPickle = args.values?.['deny-pickle'] === true ? false : section['allow-pickle'] !== false;
    const exceptionsDir = (typeof args.values?.['exceptions-dir'] === 'string'
        ? args.values['exceptions-dir']
        : undefined) ??
        section['exceptions-dir'] ??
        spec/* DEFAULT_MODEL_EXCEPTIONS_DIR */.F;
    const { scans, findings: walkFindings } = await scanTargets(ctx.root, targets);
    const findings = [...walkFindings, ...scans.flatMap((scan) => findingsOf(scan, allowPickle))];
    const outcome = await (0,exceptions/* applyModelExceptions */.IS)(ctx, exceptionsDir, scans, findings);
    return modelsResult(ctx, scans, findings, outcome, Date.now() - started);
}
function explicitTargets(ctx, positionals) {
    const files = [];
    const dirs = [];
    for (const given of positionals) {
        const absolute = (0,fs/* resolveInsideRoot */.Pk)(ctx.root, given);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            throw new errors/* InputError */.dz('no such file or directory', (0,fs/* relativeToRoot */.yY)(ctx.root, absolute) || given);
        }
        (stat.isDirectory() ? dirs : files).push((0,fs/* relativeToRoot */.yY)(ctx.root, absolute) || '.');
    }
    return { files, dirs };
}
/** The artifact directories of the config, plus the model files the pull request adds. */
async function configuredTargets(ctx, section) {
    const checksums = (0,types/* sectionOf */.Z)(ctx.config, 'checksums');
    let dirGlobs;
    let manifestGlobs = [];
    if (section.paths) {
        dirGlobs = section.paths;
    }
    else {
        dirGlobs = [...DEFAULT_MODEL_DIRS, ...(checksums.require ?? checks_checksums.DEFAULT_REQUIRED_DIRS)];
        manifestGlobs = checksums.manifests ?? checks_checksums.DEFAULT_MANIFEST_GLOBS;
    }
    const matched = await (0,discover/* matchGlobs */.j)(ctx.root, dirGlobs, ctx.configSource);
    const manifests = manifestGlobs.length
        ? (await (0,discover/* matchGlobs */.j)(ctx.root, manifestGlobs, ctx.configSource)).files
        : [];
    const dirs = new Set([
        ...matched.directories,
        ...manifests.map((m) => external_node_path_default().posix.dirname(m)),
    ]);
    // Globs naming a directory itself (deployments) match no entry inside; take them as given.
    for (const glob of dirGlobs) {
        if (!/[*?[\]{}!]/.test(glob) && isDirectory(ctx.root, glob))
            dirs.add(glob.replace(/\/+$/, ''));
    }
    const files = new Set(matched.files);
    for (const added of await filesAddedByPullRequest(ctx))
        files.add(added);
    return { files: [...files].sort(order/* compareUtf8 */.z), dirs: collapse([...dirs]) };
}
function isDirectory(root, rel) {
    try {
        return (0,external_node_fs_.statSync)((0,fs/* resolveInsideRoot */.Pk)(root, rel)).isDirectory();
    }
    catch {
        return false;
    }
}
/** Drop directories inside another listed one (each file scanned once). */
function collapse(dirs) {
    const sorted = [...new Set(dirs)].sort(order/* compareUtf8 */.z);
    return sorted.filter((dir) => !sorted.some((other) => other !== dir && (other === '.' || dir.startsWith(`${other}/`))));
}
/** Model files (by extension) that the pull request adds, from git (base...head). */
async function filesAddedByPullRequest(ctx) {
    const pr = ctx.ci.pullRequest;
    if (!pr)
        return [];
    let out;
    try {
        out = await (0,git.runGit)(ctx.root, [
            'diff',
            '--name-only',
            '--no-renames',
            '--diff-filter=A',
            '-z',
            `${pr.baseSha}...${pr.headSha}`,
        ], 'the files the pull request adds');
    }
    catch (error) {
        ctx.log.warn(`models: cannot list the files the pull request adds (${error instanceof Error ? error.message : String(error)}); scanning the artifact directories only`);
        return [];
    }
    return out
        .split('\0')
        .filter((name) => name !== '' && MODEL_EXTENSIONS.includes(external_node_path_default().posix.extname(name).toLowerCase()))
        .filter((name) => {
        try {
            return (0,external_node_fs_.statSync)((0,fs/* resolveInsideRoot */.Pk)(ctx.root, name)).isFile();
        }
        catch {
            return false;
        }
    });
}
/** Scan every file of the targets once; symlinks out of a directory are findings, not scans. */
async function scanTargets(root, targets) {
    const files = new Set(targets.files);
    const findings = [];
    for (const dir of targets.dirs) {
        const real = (0,external_node_fs_.realpathSync)((0,fs/* resolveInsideRoot */.Pk)(root, dir));
        const walked = (0,walk/* walkArtifactDir */.LH)(real, () => false);
        const prefix = dir === '.' ? '' : `${dir}/`;
        for (const file of walked.files)
            files.add(`${prefix}${file.path}`);
        for (const problem of walked.problems) {
            if (problem.kind !== 'symlink-escape')
                continue;
            findings.push(modelFinding({
                rule: 'symlink-escape',
                file: `${prefix}${problem.path}`,
                message: `${prefix}${problem.path}: ${problem.detail}`,
            }));
        }
    }
    const scans = [];
    for (const file of [...files].sort(order/* compareUtf8 */.z))
        scans.push(await scanArtifact(root, file));
    return { scans, findings };
}
function modelFinding(spec) {
    return (0,model/* ruleFinding */.Ex)(rules/* CHECK */.f, rules/* RULES */.y, { ...spec, remedy: remedyFor(spec.rule) });
}
function remedyFor(rule) {
    if (rule.startsWith('pickle') || rule === 'unreadable')
        return 'do not load it; re-export the weights as safetensors (or waive it with a model exception bound to its sha256)';
    return undefined;
}
/** One Finding per issue; evidence (member, offset, global) in the message and the fingerprint. */
function findingsOf(scan, allowPickle) {
    const findings = scan.issues.map((issue) => modelFinding({
        rule: issue.rule,
        file: scan.file,
        message: issue.member && !issue.message.includes(issue.member)
            ? `${issue.member}: ${issue.message}`
            : issue.message,
        subject: [
            issue.member ?? '',
            issue.global ?? issue.message.replace(/offset \d+/g, 'offset'),
        ].join('\0'),
        ...(issue.severity ? { severity: issue.severity } : {}),
    }));
    if (scan.pickleBased && !allowPickle) {
        findings.push(modelFinding({
            rule: 'pickle-not-allowed',
            file: scan.file,
            message: `${scan.format ?? 'pickle'} artifact: loading it runs pickle, and models.allow-pickle is false; save it as safetensors`,
            subject: 'pickle-not-allowed',
        }));
    }
    return findings;
}
function modelsResult(ctx, scans, findings, outcome, elapsedMs) {
    const models = scans.filter((s) => s.format !== undefined);
    const bytes = scans.reduce((sum, s) => sum + s.size, 0);
    const read = scans.reduce((sum, s) => sum + s.bytesRead, 0);
    const result = (0,model/* resultFromFindings */.Ot)(rules/* CHECK */.f, findings, (0,types/* failOnFor */.p)(ctx.config, rules/* CHECK */.f), (failing, total) => failing > 0
        ? `${failing} problem(s) in ${models.length} model file(s)`
        : `${models.length} model file(s) of ${scans.length} file(s) checked${total > 0 ? `, ${total} finding(s) below fail-on or waived` : ''}`, {
        artifacts: models.map((s) => ({
            file: s.file,
            format: s.format,
            pickleBased: s.pickleBased,
            size: s.size,
            bytesRead: s.bytesRead,
            ...(Object.keys(s.globals).length ? { globals: s.globals } : {}),
            ...(outcome.digests.has(s.file) ? { sha256: outcome.digests.get(s.file) } : {}),
            ...(s.notes.length ? { notes: s.notes } : {}),
        })),
        files: scans.length,
        bytes,
        bytesRead: read,
        exceptions: outcome.used,
        elapsedMs,
    });
    return {
        ...result,
        rules: rules/* RULES */.y,
        inputs: [...outcome.inputs],
        outputs: {
            'model-files': String(models.length),
            'blocking-findings': String(criticalUncovered(findings).length),
        },
    };
}
/** Critical findings no exception covers: what blocks provenance stamp and eval-gate promotion. */
function criticalUncovered(findings) {
    return findings.filter((f) => f.severity === 'critical' && !f.suppressed);
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


/***/ })

};
