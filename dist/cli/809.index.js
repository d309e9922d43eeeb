export const id = 809;
export const ids = [809];
export const modules = {

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


/***/ })

};
