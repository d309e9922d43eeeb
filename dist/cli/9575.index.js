export const id = 9575;
export const ids = [9575];
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

/***/ 9575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalGateCheck: () => (/* binding */ evalGateCheck),
  gateParams: () => (/* binding */ gateParams)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/checks/models/gate.ts
var gate = __webpack_require__(7069);
// EXTERNAL MODULE: ./src/checks/models/rules.ts
var rules = __webpack_require__(7595);
// EXTERNAL MODULE: ./src/checks/eval-gate/config.ts
var config = __webpack_require__(4228);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/options.ts
var options = __webpack_require__(259);
// EXTERNAL MODULE: ./src/checks/eval-gate/approval-sources.ts
var approval_sources = __webpack_require__(4838);
// EXTERNAL MODULE: ./src/checks/eval-gate/approvals.ts
var approvals = __webpack_require__(2244);
// EXTERNAL MODULE: ./src/checks/eval-gate/exceptions.ts
var eval_gate_exceptions = __webpack_require__(2840);
// EXTERNAL MODULE: ./src/checks/eval-gate/inputs.ts
var inputs = __webpack_require__(1827);
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

// EXTERNAL MODULE: ./src/schema/document.ts
var schema_document = __webpack_require__(8626);
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
        ? (0,schema_document.parseJson)((0,inputs/* utf8 */.As)(input), input.name, { nonFinite: true })
        : (0,inputs/* parseSingleDocument */.$9)(input, what);
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        throw new errors/* InputError */.dz(`${what} must be a JSON/YAML object of metrics`, input.name, 1, 1);
    }
    return { input, doc };
}
/** Resolve an address to the JSON Pointer of the value it names, or undefined when nothing fits. */
function resolveAddress(root, address) {
    if (address.startsWith('/')) {
        const segments = (0,schema_document.decodePointer)(address);
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

// EXTERNAL MODULE: ./src/checks/eval-gate/thresholds.ts
var thresholds = __webpack_require__(818);
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
async function decide(ctx, params, sources = approval_sources.APPROVAL_SOURCES) {
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
    const files = params.exceptionFiles ?? (await (0,eval_gate_exceptions/* listExceptionFiles */.Nm)(ctx.root, params.exceptionsDir));
    const loaded = await (0,eval_gate_exceptions/* loadExceptions */.Rz)(ctx, files);
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
        const assessment = (0,eval_gate_exceptions/* assessException */.iM)(file, scope, failing);
        const verdict = { ...assessment, covers: [], usable: false };
        const worthApproving = assessment.inScope &&
            assessment.problems.length === 0 &&
            assessment.waivers.some((w) => w.covered);
        if (worthApproving) {
            verdict.approval = await (0,approvals.evaluateApprovals)(params.approval, sources, {
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
                ...(0,thresholds/* evaluateMetric */.Qi)(rule, {
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
        return { ...(0,thresholds/* evaluateMetric */.Qi)(rule, observed), source: 'junit', ...atRule };
    }
    const address = rule.path ?? rule.name;
    if (!metrics) {
        return {
            ...(0,thresholds/* evaluateMetric */.Qi)(rule, {
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
    return { ...(0,thresholds/* evaluateMetric */.Qi)(rule, observed, base), source: 'metrics', ...where };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/schema/catalog.ts + 9 modules
var catalog = __webpack_require__(6784);
// EXTERNAL MODULE: ./src/schema/registry.ts + 2 modules
var registry = __webpack_require__(1312);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/audit.ts
var audit = __webpack_require__(8809);
// EXTERNAL MODULE: ./src/util/time.ts
var util_time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/util/sha256.ts
var sha256 = __webpack_require__(6701);
// EXTERNAL MODULE: ./src/checks/eval-gate/signature-approvals.ts
var signature_approvals = __webpack_require__(39);
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
        const now = (0,sha256/* sha256Hex */.f)((0,external_node_fs_.readFileSync)(absolute));
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
        signatures: signature_approvals.signatureApprovals,
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
            ...(unblock ? { unblock, nextSteps: unblockGuide(unblock, 'plain') } : {}),
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
    const pending = unblock.pendingApproval.find((p) => p.missing.length);
    if (pending) {
        const still = pending.missing.map((m) => `${m.role} (${m.who.join(', ') || 'nobody configured'}) by ${m.via}`);
        return `${pending.file} covers it once approved: still needed ${still.join(' and ')} — see Next steps`;
    }
    const bound = e.direction === 'higher' ? 'min' : 'max';
    const who = unblock.roles.map((r) => `${r.role} (${[...r.principals, ...r.github.map((g) => `@${g}`)].join(', ') || 'nobody configured'})`);
    const how = unblock.approval === 'reviews'
        ? 'approved'
        : unblock.approval === 'both'
            ? 'signed and approved'
            : 'signed';
    return `improve the model, or add ${unblock.suggestedFile} waiving ${e.metric} (${bound}: ${(0,thresholds/* fmt */.Sc)(e.value)}), expiring within ${unblock.maxDays} days, ${how} by ${who.join(' and ')} — steps and template under Next steps, in the job summary and in --format json (details.unblock)`;
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
            `# yaml-language-server: $schema=${registry/* PUBLISHED_SCHEMA_BASE */.LI}eval-exception.v1.schema.json`,
            'version: 1',
            `id: EXC-${slug}-${day}`,
            `model: ${decision.model}`,
            `artifact_digest: ${decision.digest}`,
            'waivers:',
            ...waivable.flatMap((w) => [
                `  - metric: ${JSON.stringify(w.metric)}`,
                `    ${w.bound}: ${(0,thresholds/* fmt */.Sc)(w.observed)}`,
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
    const pendingApproval = decision.exceptions
        .filter((x) => x.inScope &&
        x.problems.length === 0 &&
        (x.approval?.missing.length ?? 0) > 0 &&
        waivable.length > 0 &&
        waivable.every((w) => x.waivers.some((v) => v.metric === w.metric && v.covered)))
        .map((x) => ({
        id: x.file.exception.id,
        file: x.file.input.name,
        missing: x.approval.missing.map((m) => ({
            role: m.role,
            via: m.via,
            who: whoHolds(roles.find((r) => r.role === m.role)),
        })),
    }));
    const nearMisses = decision.exceptions
        .filter((x) => x.waivers.length > 0 &&
        !x.usable &&
        (x.inScope || x.file.exception.model === decision.model) &&
        !pendingApproval.some((p) => p.file === x.file.input.name))
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
        latestExpiry: latest.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        nearMisses,
        pendingApproval,
        missingBinding,
    };
}
function whoHolds(role) {
    return role ? [...role.principals, ...role.github.map((g) => `@${g}`)] : [];
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
        lines.push(`| ${(0,report_escape/* markdownCell */.U)(e.metric)} | ${e.value === undefined ? '—' : (0,report_escape/* markdownCell */.U)((0,thresholds/* fmt */.Sc)(e.value))} | ${e.baseline === undefined ? '—' : (0,report_escape/* markdownCell */.U)((0,thresholds/* fmt */.Sc)(e.baseline))} | ${(0,report_escape/* markdownCell */.U)(result)} |`);
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
        lines.push(...unblockGuide(unblock, 'markdown'));
    }
    return lines.join('\n');
}
/**
 * The way out of a blocked decision, step by step: in the job summary (Markdown) and in the
 * terminal (plain text, `details.nextSteps`), from one source so the two never disagree.
 */
function unblockGuide(unblock, style) {
    const md = style === 'markdown';
    const code = (text) => (md ? `\`${text}\`` : text);
    const bold = (text) => (md ? `**${text}**` : text);
    const item = (text) => (md ? `- ${(0,report_escape/* markdownCell */.U)(text)}` : `  - ${text}`);
    const lines = [];
    if (unblock.notWaivable.length) {
        lines.push('These failures cannot be waived — fix the eval run:');
        for (const failure of unblock.notWaivable)
            lines.push(item(failure));
        lines.push('');
    }
    for (const pending of unblock.pendingApproval) {
        lines.push(`${code(pending.file)} (${pending.id}) covers the failure but is not approved yet. Still needed:`);
        for (const m of pending.missing) {
            const who = m.who.length
                ? m.who.join(', ')
                : 'nobody configured: add principals under eval-gate.roles';
            const how = m.via === 'review'
                ? 'an approving review of the pull request that adds it'
                : `a signature: ${code(`pipeguard exception sign ${pending.file} --key ~/.ssh/id_ed25519`)}`;
            lines.push(md ? `- ${bold((0,report_escape/* markdownCell */.U)(m.role))} (${(0,report_escape/* markdownCell */.U)(who)}): ${how}` : `  - ${m.role} (${who}): ${how}`);
        }
        lines.push(`Then check it: ${code(`pipeguard exception verify ${pending.file}`)}`);
        lines.push('');
    }
    if (unblock.nearMisses.length) {
        lines.push('Exceptions that were considered but cannot apply:');
        for (const miss of unblock.nearMisses)
            lines.push(item(miss));
        lines.push('');
    }
    if (!unblock.waivable.length || unblock.pendingApproval.length)
        return trimEnd(lines);
    if (unblock.missingBinding.length) {
        lines.push(`An exception must be bound to ${unblock.missingBinding.join(' and ')}; run the gate with them first.`);
        return lines;
    }
    lines.push(`1. Add ${code(unblock.suggestedFile)} (expires at most ${unblock.maxDays} days after it is created, i.e. no later than ${unblock.latestExpiry}):`);
    lines.push('');
    if (md)
        lines.push('```yaml');
    lines.push(...unblock
        .template.trimEnd()
        .split('\n')
        .map((l) => (md ? l : `     ${l}`)));
    if (md)
        lines.push('```');
    if (!md)
        lines.push('');
    const sign = code(`pipeguard exception sign ${unblock.suggestedFile} --key ~/.ssh/id_ed25519`);
    const how = unblock.approval === 'reviews'
        ? 'approve the pull request'
        : unblock.approval === 'both'
            ? `sign it (${sign}) and approve the pull request`
            : `sign it: ${sign}`;
    lines.push(`2. One person per role must ${how} — a different person for each role:`);
    for (const r of unblock.roles) {
        const who = whoHolds(r);
        const holders = who.length
            ? who.join(', ')
            : '(nobody configured: add principals under eval-gate.roles)';
        lines.push(md ? `   - ${bold(r.role)}: ${holders}` : `   - ${r.role}: ${holders}`);
    }
    lines.push(`3. Check it: ${code(`pipeguard exception verify ${unblock.suggestedFile}`)}, then commit the file and its ${code('.sig')}.`);
    return lines;
}
function trimEnd(lines) {
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
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

// EXTERNAL MODULE: ./src/checks/eval-gate/sign.ts
var sign = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/checks/eval-gate/spec.ts
var spec = __webpack_require__(1609);
// EXTERNAL MODULE: ./src/checks/deps/exceptions.ts
var exceptions = __webpack_require__(4904);
// EXTERNAL MODULE: ./src/checks/models/exceptions.ts
var models_exceptions = __webpack_require__(4348);
// EXTERNAL MODULE: ./src/checks/eval-gate/exception-kinds.ts
var exception_kinds = __webpack_require__(7803);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/checks/eval-gate/verify.ts
/**
 * `pipeguard exception verify [FILE…]`: for each exception file of any kind — eval, dependency
 * (deps-exception.v1) or model (model-exception.v1), told apart by exception-kinds.ts — (default:
 * every kind's configured folder), the schema, its validity (expiry and the kind's cap, roles, and
 * for eval exceptions the waivers against the policy), every signature's verdict — verified or
 * not and why, which role and principal it counts for — and whether every required role is
 * satisfied under the kind's approval mode. A file in another kind's folder is a failure (that
 * check would refuse it). With --pending-ok (the pre-commit hook), roles still unsigned are notes,
 * not failures; a bad signature or an expired file still fails.
 */















async function verifyExceptions(ctx, paths, options, sources = approval_sources.APPROVAL_SOURCES) {
    const section = (0,config/* evalGateSection */.p1)(ctx.config);
    const dirs = (0,exception_kinds/* exceptionDirs */.m7)(ctx, options.exceptionsDir);
    // No FILE: every kind's folder (only the one --exceptions-dir names, when given).
    const folders = options.exceptionsDir ? [dirs.eval] : [...new Set(Object.values(dirs))];
    const files = paths.length
        ? [...new Set(paths.map((p) => p.replace(/\.sig$/, '')))].filter((p) => /\.ya?ml$/i.test(p))
        : [
            ...new Set((await Promise.all(folders.map((d) => (0,eval_gate_exceptions/* listExceptionFiles */.Nm)(ctx.root, d)))).flat()),
        ].sort();
    const dir = folders.join(', ');
    const byKind = new Map();
    for (const file of files) {
        const kind = (0,exception_kinds/* exceptionKindOf */.$5)(await (0,inputs/* readRecorded */.HH)(ctx, file, 'exception file'), dirs);
        byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
    }
    // The eval policy (cap, required roles, gated metrics) is read only when an eval exception is there.
    let policy;
    if (byKind.has('eval') || options.policy) {
        const policyPath = options.policy ?? section.policy ?? config/* DEFAULTS */.zY.policy;
        if (options.policy || (0,external_node_fs_.existsSync)((0,fs/* resolveInsideRoot */.Pk)(ctx.root, policyPath))) {
            policy = loadPolicy(await (0,inputs/* readRecorded */.HH)(ctx, policyPath, 'eval policy'));
        }
        else {
            ctx.log.warn(`no eval policy at ${policyPath}: checking expiry against ${DEFAULT_MAX_DAYS} days and every configured role`);
        }
    }
    const configuredRoles = Object.keys((0,config/* rolesOf */.R7)(ctx.config));
    const evalMode = section.approval ?? config/* DEFAULTS */.zY.approval;
    const judges = {
        eval: {
            scope: {
                now: ctx.now,
                maxDays: policy?.maxDays ?? DEFAULT_MAX_DAYS,
                ...(policy?.requiredRoles ? { requiredRoles: policy.requiredRoles } : {}),
                ...(policy ? { rules: policy.rules } : {}),
                configuredRoles,
            },
            mode: evalMode,
            problems: (file, scope) => (0,eval_gate_exceptions/* validityProblems */.jk)(file, scope),
        },
        deps: ((policy) => ({
            scope: policy,
            mode: policy.approval,
            problems: eval_gate_exceptions/* lifetimeAndRoleProblems */.Jz,
        }))((0,exceptions/* depsExceptionPolicy */.AY)(ctx)),
        model: { scope: (0,models_exceptions/* modelExceptionScope */.XV)(ctx), mode: evalMode, problems: eval_gate_exceptions/* lifetimeAndRoleProblems */.Jz },
    };
    const loaded = [];
    for (const [kind, names] of byKind) {
        const info = exception_kinds/* EXCEPTION_KINDS */.s[kind];
        for (const file of await (0,eval_gate_exceptions/* loadUniqueExceptions */.SE)(ctx, names, info.label, info.parse))
            loaded.push({ kind, file });
    }
    loaded.sort((a, b) => (0,order/* compareUtf8 */.z)(a.file.input.name, b.file.input.name));
    const modes = new Set();
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
    for (const { kind, file } of loaded) {
        const name = file.input.name;
        const id = file.exception.id;
        const { scope, mode, problems: problemsOf } = judges[kind];
        modes.add(mode);
        const problems = problemsOf(file, scope);
        for (const p of problems)
            add(p.rule, 'high', `${id}: ${p.message}`, name, p.position.line);
        const folders = (0,exception_kinds/* kindsByFolder */.f3)(name, dirs);
        if (folders.length && !folders.includes(kind)) {
            add('exception-misplaced', 'high', `${id} is a ${exception_kinds/* EXCEPTION_KINDS */.s[kind].label} but sits in ${folders.map((k) => `${exception_kinds/* EXCEPTION_KINDS */.s[k].dirKey} (${dirs[k]})`).join(', ')}, where it would be read as a ${folders.map((k) => exception_kinds/* EXCEPTION_KINDS */.s[k].label).join(' / ')}: move it to ${dirs[kind]}/`, name);
        }
        const roles = (0,eval_gate_exceptions/* rolesRequiredFor */.ab)(file.exception, scope);
        const request = {
            exceptionFile: name,
            exceptionBytes: file.input.bytes,
            exception: file.exception,
            roles,
        };
        let signatureFacts = [];
        if ((0,approvals.sourceKindsFor)(mode).includes('signatures')) {
            const report = await (0,signature_approvals.checkSignatures)(request, ctx);
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
        const approval = await (0,approvals.evaluateApprovals)(mode, sources, request, ctx);
        const rolesAt = file.doc.locate('/required_roles').line;
        for (const v of approval.verdicts) {
            if (!v.satisfied)
                add('exception-unapproved', options.pendingOk ? 'low' : 'high', `${id}: role ${v.role} not yet satisfied (${v.via}): ${v.reason}`, name, rolesAt);
        }
        if (approval.approved && problems.length === 0)
            approvedCount++;
        perFile.push({
            kind,
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
            'exception-misplaced': {
                title: "Exception file in another kind's folder",
                severity: 'high',
            },
        },
        inputs: (0,inputs/* recordedInputs */.KQ)(ctx).map(inputs/* digestOf */.ol),
        details: { exceptions: perFile, approval: [...modes].join(', ') || evalMode },
    };
}

;// CONCATENATED MODULE: ./src/checks/eval-gate/index.ts
/**
 * The eval gate check: `pipeguard eval-gate` (exit 12 when blocked), `pipeguard exception sign`
 * and `pipeguard exception verify`. Options mirror the `eval-gate` section of .pipeguard.yml; a
 * flag wins over the config. Paths are relative to the root.
 */














const MODEL = /^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$/;
function gateParams(ctx, values = {}) {
    const section = (0,config/* evalGateSection */.p1)(ctx.config);
    const model = (0,options/* textOption */.v)(values, 'model') ?? section.model;
    if (model !== undefined && !MODEL.test(model))
        throw new errors/* InputError */.dz(`--model must be a plain model name without wildcards; got ${model}`);
    const digest = (0,options/* textOption */.v)(values, 'digest');
    const manifest = (0,options/* textOption */.v)(values, 'manifest') ?? (digest ? undefined : section.manifest);
    const metrics = (0,options/* textOption */.v)(values, 'metrics') ?? section.metrics;
    const baseline = (0,options/* textOption */.v)(values, 'baseline') ?? section.baseline;
    return {
        policy: (0,options/* textOption */.v)(values, 'policy') ?? section.policy ?? config/* DEFAULTS */.zY.policy,
        ...(metrics ? { metrics } : {}),
        ...(baseline ? { baseline } : {}),
        junit: (0,options/* listOption */.y)(values, 'junit') ?? section.junit ?? [],
        ...(model ? { model } : {}),
        ...(digest ? { digest } : {}),
        ...(manifest ? { manifest } : {}),
        exceptionsDir: (0,options/* textOption */.v)(values, 'exceptions-dir') ?? section['exceptions-dir'] ?? config/* DEFAULTS */.zY.exceptionsDir,
        approval: section.approval ?? config/* DEFAULTS */.zY.approval,
    };
}
async function runGate(ctx, args) {
    const record = (0,options/* textOption */.v)(args.values, 'replay');
    if (record)
        return [await replay(ctx, record)];
    return [await gatedResult(ctx, gateParams(ctx, args.values))];
}
/**
 * The gate's decision, then the models gate over the candidate's artifact directory (the
 * manifest's folder): a critical model finding no model exception covers blocks promotion too.
 */
async function gatedResult(ctx, params) {
    const result = gateResult(await decide(ctx, params), ctx);
    if (!params.manifest || result.status === 'error')
        return result;
    const dir = external_node_path_default().dirname((0,fs/* resolveInsideRoot */.Pk)(ctx.root, params.manifest));
    const models = await (0,gate/* modelGate */.b)(ctx, dir, result.check);
    if (models.blocking.length === 0)
        return result;
    return {
        ...result,
        status: 'blocked',
        summary: `blocked: ${models.blocking.length} critical model finding(s) in ${(0,fs/* relativeToRoot */.yY)(ctx.root, dir)} (models check) that no model exception covers; ${result.summary}`,
        findings: [...result.findings, ...models.blocking],
        rules: { ...result.rules, ...rules/* RULES */.y },
        inputs: [...(result.inputs ?? []), ...models.inputs],
    };
}
const evalGateCheck = (0,checks_define/* implementCheck */.gs)(spec/* EVAL_GATE_SPEC */.p, async (ctx) => gatedResult(ctx, gateParams(ctx)), {
    'eval-gate': runGate,
    'exception sign': async (ctx, args) => {
        const { target, options } = (0,sign.signArgs)(args, 'exception sign', 'FILE');
        return [await (0,sign.signException)(ctx, target, options)];
    },
    'exception verify': async (ctx, args) => {
        const policy = (0,options/* textOption */.v)(args.values, 'policy');
        const exceptionsDir = (0,options/* textOption */.v)(args.values, 'exceptions-dir');
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


/***/ })

};
