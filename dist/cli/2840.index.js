export const id = 2840;
export const ids = [2840];
export const modules = {

/***/ 2840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ lifetimeAndRoleProblems),
/* harmony export */   Nm: () => (/* binding */ listExceptionFiles),
/* harmony export */   Pq: () => (/* binding */ CREATED_SKEW_MS),
/* harmony export */   Rz: () => (/* binding */ loadExceptions),
/* harmony export */   SE: () => (/* binding */ loadUniqueExceptions),
/* harmony export */   Sq: () => (/* binding */ exceptionTimes),
/* harmony export */   ab: () => (/* binding */ rolesRequiredFor),
/* harmony export */   iM: () => (/* binding */ assessException),
/* harmony export */   jk: () => (/* binding */ validityProblems),
/* harmony export */   p8: () => (/* binding */ parseException)
/* harmony export */ });
/* unused harmony export scopeProblems */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1917);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6043);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1827);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(818);
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
    const absolute = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRoot */ .Pk)(root, dir);
    const out = [];
    const walk = async (current) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(current, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' && current === absolute)
                return;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`exceptions folder cannot be read (${code})`, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, current));
        }
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && /\.ya?ml$/i.test(entry.name))
                out.push((0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, full));
        }
    };
    await walk(absolute);
    if (out.length > MAX_EXCEPTION_FILES) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`more than ${MAX_EXCEPTION_FILES} exception files`, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, absolute));
    }
    return out.sort();
}
function parseException(input) {
    const doc = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSingleDocument */ .$9)(input, 'exception file', _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .EVAL_EXCEPTION_SCHEMA */ .$N);
    const exception = doc.value;
    const seen = new Set();
    exception.waivers.forEach((waiver, index) => {
        if (seen.has(waiver.metric)) {
            const at = doc.locate(`/waivers/${index}/metric`);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`metric ${waiver.metric} is waived twice`, input.name, at.line, at.column);
        }
        seen.add(waiver.metric);
    });
    return { input, doc, exception, times: exceptionTimes(input, doc, exception) };
}
/**
 * `created` and `expires` as epoch milliseconds. The date-time format lets through times no clock
 * shows (hour 24 behind an offset): refused here, so no expiry or cap check ever compares NaN.
 */
function exceptionTimes(input, doc, exception) {
    const time = (field) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .timestampOrInputError */ .UB)(exception[field], field, input.name, doc.locate(`/${field}`));
    return { created: time('created'), expires: time('expires') };
}
async function loadExceptions(ctx, files) {
    return loadUniqueExceptions(ctx, files, 'exception file', parseException);
}
/** Read and parse each file (any exception kind), refusing an id two files share. */
async function loadUniqueExceptions(ctx, files, what, parse) {
    const loaded = [];
    const ids = new Map();
    for (const file of files) {
        const parsed = parse(await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecorded */ .HH)(ctx, file, what));
        const other = ids.get(parsed.exception.id);
        if (other) {
            const at = parsed.doc.locate('/id');
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`exception id ${parsed.exception.id} is also used by ${other}`, parsed.input.name, at.line, at.column);
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
    const problems = lifetimeAndRoleProblems(file, scope);
    const at = (pointer) => doc.locate(pointer);
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
/**
 * What makes any exception file (eval, model or dependency) unusable whatever it waives: expiry
 * against the CI clock, lifetime over the policy's cap, a creation date in the future, and required
 * roles nobody is configured to approve.
 */
function lifetimeAndRoleProblems(file, scope) {
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
            ? { covered: true, reason: `${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(value)} ≥ waiver min ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(waiver.min)}` }
            : {
                covered: false,
                reason: `observed ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(value)} is below the waiver's min ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(waiver.min)}`,
            };
    }
    if (evaluation.direction === 'lower' && waiver.max !== undefined) {
        return value <= waiver.max
            ? { covered: true, reason: `${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(value)} ≤ waiver max ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(waiver.max)}` }
            : {
                covered: false,
                reason: `observed ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(value)} is above the waiver's max ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(waiver.max)}`,
            };
    }
    return { covered: false, reason: 'the waiver bound points the wrong way for this metric' };
}
function days(ms) {
    return (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_6__/* .fmt */ .Sc)(Math.round((ms / 86_400_000) * 10) / 10);
}


/***/ }),

/***/ 1827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ parseSingleDocument),
/* harmony export */   $N: () => (/* binding */ EVAL_EXCEPTION_SCHEMA),
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   HH: () => (/* binding */ readRecorded),
/* harmony export */   KQ: () => (/* binding */ recordedInputs),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   k5: () => (/* binding */ EVAL_POLICY_SCHEMA),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   qq: () => (/* binding */ recordInput)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8626);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1917);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1204);
/* harmony import */ var _util_sha256_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6701);
/**
 * Every file the gate decides on is read once through here: inside the root, size-capped, its
 * sha256 recorded (audit records and --replay re-derive the decision from these digests), and
 * structured documents parsed with positions and checked against their shipped schema.
 */








const EVAL_POLICY_SCHEMA = 'https://pipeguard.dev/schemas/eval-policy.v1.schema.json';
const EVAL_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/eval-exception.v1.schema.json';
/** JUnit reports with captured output can be large; nothing the gate reads is larger than this. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/**
 * Read a file given relative to the root (never outside it), refusing one larger than `maxBytes`
 * before reading it. Unreadable → InputError (exit 2).
 */
async function readInput(root, userPath, what, maxBytes = MAX_INPUT_BYTES) {
    const absolute = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideRoot */ .Pk)(root, userPath);
    const name = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeToRoot */ .yY)(root, absolute);
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
        if (!info.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} is not a regular file`, name);
        size = info.size;
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        const code = error.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(code === 'ENOENT' ? `${what} not found` : `${what} cannot be read (${code})`, name);
    }
    if (size > maxBytes)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} is larger than ${sizeText(maxBytes)}`, name);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} cannot be read (${error.code})`, name);
    }
    return { name, absolute, bytes, sha256: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .f)(bytes) };
}
function sizeText(bytes) {
    return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}
function digestOf(input) {
    return { name: input.name, sha256: input.sha256 };
}
/** Decode UTF-8 strictly: a document with invalid bytes is refused, not silently repaired. */
function utf8(input) {
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(input.bytes, input.name);
}
/** One JSON or YAML document (by extension; YAML otherwise), optionally schema-checked. */
function parseSingleDocument(input, what, schemaId) {
    const format = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.formatOf)(input.name) ?? 'yaml';
    if (format === 'jsonl')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} must be JSON or YAML, not JSON Lines`, input.name);
    const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.parseDocuments)(utf8(input), input.name, format);
    if (docs.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(docs.length === 0 ? `${what} is empty` : `${what} holds more than one document`, input.name);
    }
    const doc = docs[0];
    if (schemaId) {
        const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .validatorFor */ .qA)(schemaId);
        if (!validate)
            throw new Error(`internal: schema ${schemaId} is not registered`);
        if (!validate(doc.value)) {
            throw ((0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaInputError */ .GE)(doc, validate.errors ?? [], input.name) ??
                new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('does not match its schema', input.name));
        }
    }
    return doc;
}
/**
 * Everything read for one decision, keyed by the context it was read under: each file is read
 * once (so what was hashed is what was judged), and the gate lists them all in the audit record.
 * Other parts (approval sources) record what they read the same way.
 */
const readsByContext = new WeakMap();
async function readRecorded(ctx, userPath, what, maxBytes = MAX_INPUT_BYTES) {
    let reads = readsByContext.get(ctx);
    if (!reads)
        readsByContext.set(ctx, (reads = new Map()));
    const name = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeToRoot */ .yY)(ctx.root, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideRoot */ .Pk)(ctx.root, userPath));
    const known = reads.get(name);
    if (known)
        return known;
    const input = await readInput(ctx.root, userPath, what, maxBytes);
    reads.set(input.name, input);
    return input;
}
/**
 * Record bytes that are not a file under the root (e.g. the PR reviews an approval rested on).
 * The name must be `scheme:…` (`github:pr-reviews#12`): replay takes such evidence from the record.
 */
function recordInput(ctx, name, bytes) {
    if (!/^[a-z][a-z0-9+.-]*:/.test(name))
        throw new Error(`internal: evidence name ${name} must be scheme:…`);
    let reads = readsByContext.get(ctx);
    if (!reads)
        readsByContext.set(ctx, (reads = new Map()));
    const input = { name, absolute: '', bytes, sha256: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .f)(bytes) };
    reads.set(name, input);
    return input;
}
function recordedInputs(ctx) {
    return [...(readsByContext.get(ctx)?.values() ?? [])].sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareUtf8 */ .z)(a.name, b.name));
}


/***/ }),

/***/ 818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ evaluateMetric),
/* harmony export */   Sc: () => (/* binding */ fmt)
/* harmony export */ });
/* unused harmony export worseBy */
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


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ readTimestamp),
/* harmony export */   UB: () => (/* binding */ timestampOrInputError),
/* harmony export */   h2: () => (/* binding */ readDate),
/* harmony export */   r4: () => (/* binding */ formatInstant)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/**
 * The one reader of user timestamps. It reads exactly the strings the schemas' `date-time` format
 * accepts (RFC 3339 as ajv-formats checks it: `T`, `t` or one whitespace between date and time,
 * `Z` or a `±HH[[:]MM]` offset) into epoch milliseconds, and never answers NaN: a string that names
 * no instant is refused with the reason, for the caller to turn into an input error or a finding.
 *
 * Leap seconds: POSIX time has none, so `23:59:60` (UTC, after the offset) is read as the second
 * after `23:59:59`, i.e. the next day's `00:00:00`, fractions carried. Second 60 anywhere else,
 * hour 24 or minute 60 (which the format lets through behind some offsets) are refused.
 * Fractions beyond milliseconds are truncated, as Date.parse does. Date.parse itself is not used:
 * it returns NaN for leap seconds and rolls 2026-02-30 over into March.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The separator set of ajv-formats' date-time (`/t|\s/i`), exactly one character.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;
const LAST_MINUTE_OF_DAY = 23 * 60 + 59;
/** RFC 3339 date-time → epoch milliseconds, or why the string names no instant. */
function readTimestamp(text) {
    const match = DATE_TIME.exec(text);
    if (!match)
        return refuse('not an RFC 3339 date-time such as 2026-06-01T10:00:00Z');
    const [, dateText, hh, mm, ss, fraction = '', zone] = match;
    const day = readDate(dateText);
    if (!day.ok)
        return day;
    if (zone === undefined)
        return refuse('has no time zone: end it with Z or an offset such as +01:00');
    const [hour, minute, second] = [Number(hh), Number(mm), Number(ss)];
    const offset = offsetMinutes(zone);
    if (offset === undefined)
        return refuse(`time zone offset ${zone} is out of range (-23:59 … +23:59)`);
    if (hour > 23)
        return refuse(`hour ${hh} is out of range (00-23)`);
    if (minute > 59)
        return refuse(`minute ${mm} is out of range (00-59)`);
    if (second > 60)
        return refuse(`second ${ss} is out of range (00-59, or 60 for a leap second)`);
    const leapSecond = second === 60;
    if (leapSecond) {
        const utcMinute = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
        if (utcMinute !== LAST_MINUTE_OF_DAY)
            return refuse('second 60 is a leap second, which exists only at 23:59:60 UTC');
    }
    const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
    // Second 60 adds up to the next minute's 00: the leap second is read as the second after it.
    const ms = day.ms + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
    return { ok: true, ms, leapSecond };
}
/** A full date `YYYY-MM-DD` that exists in the calendar → epoch milliseconds of its UTC midnight. */
function readDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return refuse('not a date written YYYY-MM-DD');
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12)
        return refuse(`month ${match[2]} is out of range (01-12)`);
    const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (day < 1 || day > last)
        return refuse(`day ${match[3]} does not exist in ${match[1]}-${match[2]} (01-${last})`);
    return { ok: true, ms: daysFromCivil(year, month, day) * MS_PER_DAY, leapSecond: false };
}
/**
 * Read a timestamp from an input file or option, or throw the one-line input error that names
 * where it came from (`created: "…" names no instant: hour 24 is out of range`).
 */
function timestampOrInputError(text, field, file, position) {
    const reading = readTimestamp(text);
    if (reading.ok)
        return reading.ms;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${field} ${JSON.stringify(text)} is not a usable time: ${reading.problem}`, file, position?.line, position?.column);
}
/** `2026-12-01T00:00:00Z`: an instant in UTC, milliseconds only when there are some. */
function formatInstant(ms) {
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
function refuse(problem) {
    return { ok: false, problem };
}
/** `Z` → 0, `+01:00` / `+0100` / `+01` → 60; undefined when the offset is out of range. */
function offsetMinutes(zone) {
    if (zone === 'Z' || zone === 'z')
        return 0;
    const match = OFFSET.exec(zone);
    const hours = Number(match[2]);
    const minutes = Number(match[3] ?? '0');
    if (hours > 23 || minutes > 59)
        return undefined;
    return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
function isLeapYear(year) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}


/***/ })

};
