export const id = 8627;
export const ids = [8627,3968,1587,2625,2244,39,4838];
export const modules = {

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ unpinnedRequirements)
/* harmony export */ });
/**
 * pip requirements files: is every requirement pinned to one exact version (`==` / `===`)?
 * Handles comments, `\` continuations, environment markers, extras, hashes and option lines.
 */
const OPTION_LINE = /^-(r|c|-requirement|-constraint|i|-index-url|-extra-index-url|f|-find-links|-trusted-host|-prefer-binary|-only-binary|-no-binary|-pre|-require-hashes)\b/;
function unpinnedRequirements(text) {
    const problems = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const startLine = i + 1;
        let logical = lines[i];
        // Join `\` continuations (hash lines are usually continued).
        while (/\\\s*$/.test(logical) && i + 1 < lines.length) {
            logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
        }
        const content = stripComment(logical).trim();
        if (content === '' || OPTION_LINE.test(content))
            continue;
        if (/^(-e|--editable)\b/.test(content)) {
            problems.push({ line: startLine, requirement: content, reason: 'editable' });
            continue;
        }
        const requirement = content.replace(/\s--hash[=\s]\S+/g, '').trim();
        const [spec = ''] = requirement.split(';');
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /\s@\s/.test(spec)) {
            // Direct URL: pinned only when it names an immutable commit or a hashed archive.
            if (!/@[0-9a-f]{40}\b/i.test(spec) && !/--hash/.test(content) && !/#sha256=/.test(spec)) {
                problems.push({ line: startLine, requirement: spec.trim(), reason: 'url' });
            }
            continue;
        }
        const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec.trim());
        if (!match)
            continue;
        const specifiers = (match[3] ?? '').trim();
        if (specifiers === '')
            problems.push({ line: startLine, requirement: spec.trim(), reason: 'unpinned' });
        else if (!/^===?\s*[^\s,*]+$/.test(specifiers))
            problems.push({ line: startLine, requirement: spec.trim(), reason: 'range' });
    }
    return problems;
}
/** `#` starts a comment at line start or after whitespace (a URL fragment `#egg=` is not one). */
function stripComment(line) {
    const at = line.search(/(^|\s)#/);
    return at === -1 ? line : line.slice(0, at);
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ depsExceptionPolicy),
/* harmony export */   Of: () => (/* binding */ judgeDepsException),
/* harmony export */   On: () => (/* binding */ exceptionCovers),
/* harmony export */   hV: () => (/* binding */ parseDepsException),
/* harmony export */   jb: () => (/* binding */ DEPS_EXCEPTION_SCHEMA),
/* harmony export */   nh: () => (/* binding */ loadDepsExceptions),
/* harmony export */   vU: () => (/* binding */ approvedBy)
/* harmony export */ });
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _eval_gate_approval_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4838);
/* harmony import */ var _eval_gate_approvals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2244);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2143);
/* harmony import */ var _eval_gate_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4228);
/* harmony import */ var _eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2840);
/* harmony import */ var _eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1827);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3236);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5833);









const DEPS_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/deps-exception.v1.schema.json';
/** The lifetime cap, roles and approval mode dependency exceptions are judged by (deps.*, else eval-gate.*). */
function depsExceptionPolicy(ctx) {
    const section = (0,_config_types_js__WEBPACK_IMPORTED_MODULE_8__/* .sectionOf */ .Z)(ctx.config, 'deps');
    return {
        now: ctx.now,
        maxDays: section['max-days'] ?? _spec_js__WEBPACK_IMPORTED_MODULE_7__/* .DEPS_DEFAULTS */ .O.maxDays,
        ...(section['required-roles'] ? { requiredRoles: section['required-roles'] } : {}),
        configuredRoles: Object.keys((0,_eval_gate_config_js__WEBPACK_IMPORTED_MODULE_3__/* .rolesOf */ .R7)(ctx.config)),
        approval: section.approval ?? (0,_eval_gate_config_js__WEBPACK_IMPORTED_MODULE_3__/* .evalGateSection */ .p1)(ctx.config).approval ?? _eval_gate_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.approval,
    };
}
function parseDepsException(input) {
    const doc = (0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSingleDocument */ .$9)(input, 'dependency exception', DEPS_EXCEPTION_SCHEMA);
    const exception = doc.value;
    const time = (field) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .timestampOrInputError */ .UB)(exception[field], field, input.name, doc.locate(`/${field}`));
    return { input, doc, exception, times: { created: time('created'), expires: time('expires') } };
}
/** Every exception file in the folder (none when it does not exist), ids unique. */
async function loadDepsExceptions(ctx, dir) {
    const files = await (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .listExceptionFiles */ .Nm)(ctx.root, dir);
    return (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .loadUniqueExceptions */ .SE)(ctx, files, 'dependency exception', parseDepsException);
}
/** Does the exception name this advisory (by id or alias), package and exact version? */
function exceptionCovers(exception, dependency, advisoryIds) {
    return (exception.ecosystem === dependency.ecosystem &&
        advisoryIds.includes(exception.advisory) &&
        (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .samePackage */ .nT)(dependency.ecosystem, exception.package, dependency.name) &&
        (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .sameVersion */ .r1)(dependency.ecosystem, exception.package_version, dependency.version));
}
/**
 * Judge an exception once (lifetime, cap, roles, then approval by the configured sources); the
 * approval sources are consulted only for an exception with no other problem.
 */
async function judgeDepsException(ctx, file, policy, sources = _eval_gate_approval_sources_js__WEBPACK_IMPORTED_MODULE_1__.APPROVAL_SOURCES) {
    const problems = (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .lifetimeAndRoleProblems */ .Jz)(file, policy);
    if (problems.length) {
        return {
            file,
            problems,
            usable: false,
            why: problems.map((p) => p.message).join('; '),
            used: 0,
        };
    }
    const approval = await (0,_eval_gate_approvals_js__WEBPACK_IMPORTED_MODULE_2__.evaluateApprovals)(policy.approval, sources, {
        exceptionFile: file.input.name,
        exceptionBytes: file.input.bytes,
        exception: file.exception,
        roles: (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .rolesRequiredFor */ .ab)(file.exception, policy),
    }, ctx);
    return {
        file,
        problems,
        approval,
        usable: approval.approved,
        why: approval.approved
            ? ''
            : `not approved: ${approval.missing.map((m) => `${m.role} (${m.via}): ${m.reason}`).join('; ')}`,
        used: 0,
    };
}
/** Who approved it, for the suppression reason. */
function approvedBy(verdict) {
    return (verdict.approval?.verdicts ?? [])
        .filter((v) => v.satisfied)
        .map((v) => `${v.role}: ${v.by ?? '?'} (${v.via})`)
        .join(', ');
}


/***/ }),

/***/ 834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   QS: () => (/* binding */ manifestKind),
/* harmony export */   Ty: () => (/* binding */ normalizePypiName)
/* harmony export */ });
/* unused harmony exports parseRequirements, parseTomlLock, parsePipfileLock, parsePackageLock */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _schema_json_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4267);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _checklist_requirements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9004);
/**
 * Dependency manifests `deps` audits, each parsed into exact (ecosystem, name, version) pins with
 * the line of the pin: pip requirements files (`==` / `===` pins), poetry.lock, uv.lock,
 * Pipfile.lock and package-lock.json (v2/v3 `packages`, v1 `dependencies`). TOML through
 * smol-toml, JSON through the positioned reader of src/schema; a malformed file is an InputError.
 * What cannot be audited exactly (unpinned requirements, git / path / URL sources) is returned
 * beside the pins, never silently dropped.
 */





/** The manifest kind a file name stands for, or undefined for any other file. */
function manifestKind(fileName) {
    if (/^requirements[^/]*\.txt$/.test(fileName))
        return 'requirements';
    switch (fileName) {
        case 'poetry.lock':
            return 'poetry';
        case 'uv.lock':
            return 'uv';
        case 'Pipfile.lock':
            return 'pipfile';
        case 'package-lock.json':
            return 'npm';
        default:
            return undefined;
    }
}
/** PEP 503: lowercase, runs of `-`, `_` and `.` become one `-`. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function parseManifest(kind, text, file) {
    switch (kind) {
        case 'requirements':
            return { file, kind, ...parseRequirements(text, file) };
        case 'poetry':
        case 'uv':
            return { file, kind, ...parseTomlLock(kind, text, file) };
        case 'pipfile':
            return { file, kind, ...parsePipfileLock(text, file) };
        case 'npm':
            return { file, kind, ...parsePackageLock(text, file) };
    }
}
const PIN = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,;*]+)\s*$/;
/**
 * Pinned requirements (`name[extras]==version`, markers and `--hash` options allowed). Lines the
 * checklist's requirements rule reports (unpinned, ranges, URLs, editables) come back as unaudited.
 */
function parseRequirements(text, file) {
    const unaudited = (0,_checklist_requirements_js__WEBPACK_IMPORTED_MODULE_4__/* .unpinnedRequirements */ .G)(text).map((p) => ({
        file,
        line: p.line,
        what: p.requirement,
        reason: p.reason,
    }));
    const skip = new Set(unaudited.map((u) => u.line));
    const dependencies = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = i + 1;
        let logical = lines[i];
        while (/\\\s*$/.test(logical) && i + 1 < lines.length)
            logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
        if (skip.has(line))
            continue;
        const hash = logical.search(/(^|\s)#/);
        const content = (hash === -1 ? logical : logical.slice(0, hash))
            .replace(/\s--hash[=\s]\S+/g, '')
            .trim();
        if (content === '' || content.startsWith('-'))
            continue;
        const match = PIN.exec(content.split(';')[0].trim());
        if (match) {
            dependencies.push({ ecosystem: 'PyPI', name: match[1], version: match[2], file, line });
        }
    }
    return { dependencies, unaudited };
}
/**
 * poetry.lock and uv.lock: `[[package]]` tables with `name` and `version`. Packages from a git
 * repository, a path or a URL have no registry version to look up: unaudited. The line is the
 * `version =` line of the i-th `[[package]]` header (TOML keeps array-of-tables order).
 */
function parseTomlLock(kind, text, file) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const e = error;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`not valid TOML: ${(e.message ?? 'parse error').split('\n')[0]}`, file, e.line, e.column);
    }
    const packages = doc.package ?? [];
    if (!Array.isArray(packages))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('`package` must be an array of tables', file);
    const headers = packageHeaderLines(text);
    const dependencies = [];
    const unaudited = [];
    packages.forEach((raw, index) => {
        const pkg = (raw ?? {});
        const header = headers[index] ?? { header: 1, version: undefined };
        const line = header.version ?? header.header;
        if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('a [[package]] table has no name or version', file, header.header, 1);
        }
        const source = sourceKind(kind, pkg.source);
        if (source === 'local')
            return;
        if (source !== 'index') {
            unaudited.push({
                file,
                line,
                what: `${pkg.name} ${pkg.version} (${source})`,
                reason: 'source',
            });
            return;
        }
        dependencies.push({ ecosystem: 'PyPI', name: pkg.name, version: pkg.version, file, line });
    });
    return { dependencies, unaudited };
}
/**
 * How a lock entry's source is treated: a package index (audited by version), the project's own
 * code (a local path, the project itself: nothing to look up), or a remote non-registry source (a
 * git repository, a URL: it has no registry version to audit).
 */
function sourceKind(kind, source) {
    if (source === undefined || source === null || typeof source !== 'object')
        return 'index';
    const s = source;
    if (kind === 'poetry') {
        // `legacy` / `supplemental` / `explicit` are package indexes: audited by version.
        const type = typeof s.type === 'string' ? s.type : '';
        if (type === 'directory' || type === 'file')
            return 'local';
        return type === 'git' || type === 'url' ? `${type} source` : 'index';
    }
    if (['path', 'directory', 'editable', 'virtual'].some((k) => k in s))
        return 'local';
    const remote = ['git', 'url'].find((k) => k in s);
    return remote ? `${remote} source` : 'index';
}
/** For each `[[package]]` header in order: its line and the line of its `version =` key. */
function packageHeaderLines(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    let current;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (/^\[\[\s*package\s*\]\]\s*(#.*)?$/.test(line)) {
            current = { header: i + 1 };
            out.push(current);
        }
        else if (/^\[/.test(line)) {
            // A sub-table ([package.source], [package.dependencies]) or another table: keys below are not the package's own.
            current = undefined;
        }
        else if (current && current.version === undefined && /^version\s*=/.test(line)) {
            current.version = i + 1;
        }
    }
    return out;
}
/** JSON with positions; a malformed file names where. */
function positionedJson(text, file) {
    try {
        return { root: (0,_schema_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .indexJson */ .Hh)(text), lines: new _util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text) };
    }
    catch (error) {
        if (error instanceof _schema_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonSourceError */ .Gi) {
            const at = new _util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text).location(error.offset);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`not valid JSON: ${error.message}`, file, at.line, at.column);
        }
        throw error;
    }
}
function stringAt(node, text) {
    if (!node || node.kind !== 'scalar' || text[node.start] !== '"')
        return undefined;
    return JSON.parse(text.slice(node.start, node.end));
}
function entryOf(node, key) {
    return node?.kind === 'object' ? node.entries.get(key)?.value : undefined;
}
/** Pipfile.lock: `default` and `develop` map names to `{ "version": "==x" }`; others are VCS / path. */
function parsePipfileLock(text, file) {
    const { root, lines } = positionedJson(text, file);
    if (root.kind !== 'object')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('Pipfile.lock must be a JSON object', file);
    const dependencies = [];
    const unaudited = [];
    for (const group of ['default', 'develop']) {
        const section = entryOf(root, group);
        if (!section)
            continue;
        if (section.kind !== 'object')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`\`${group}\` must be an object`, file, lines.location(section.start).line);
        for (const [name, entry] of section.entries) {
            const line = lines.location(entry.keyStart).line;
            const version = stringAt(entryOf(entry.value, 'version'), text);
            const exact = version ? /^===?\s*([^\s,;*]+)$/.exec(version.trim()) : null;
            if (exact)
                dependencies.push({ ecosystem: 'PyPI', name, version: exact[1], file, line });
            else
                unaudited.push({
                    file,
                    line,
                    what: `${name} ${version ?? '(no version)'}`,
                    reason: 'source',
                });
        }
    }
    return { dependencies, unaudited };
}
/**
 * package-lock.json: lockfileVersion 2 and 3 list `packages` keyed by install path
 * (`node_modules/a/node_modules/@s/b`), the name being the `name` field (aliases) or the path's
 * last segment; the root (`""`), links and workspace folders are the project's own code. Version 1
 * nests `dependencies`; an alias is written `npm:real@version`.
 */
function parsePackageLock(text, file) {
    const { root, lines } = positionedJson(text, file);
    if (root.kind !== 'object')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('package-lock.json must be a JSON object', file);
    const dependencies = [];
    const unaudited = [];
    const lineOf = (offset) => lines.location(offset).line;
    const packages = entryOf(root, 'packages');
    if (packages) {
        if (packages.kind !== 'object')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('`packages` must be an object', file, lineOf(packages.start));
        for (const [key, entry] of packages.entries) {
            const at = key.lastIndexOf('node_modules/');
            if (key === '' || at === -1)
                continue;
            if (entry.value.kind !== 'object')
                continue;
            const link = entryOf(entry.value, 'link');
            if (link && text.slice(link.start, link.end) === 'true')
                continue;
            const name = stringAt(entryOf(entry.value, 'name'), text) ?? key.slice(at + 'node_modules/'.length);
            const version = stringAt(entryOf(entry.value, 'version'), text);
            const resolved = stringAt(entryOf(entry.value, 'resolved'), text);
            if (resolved?.startsWith('file:'))
                continue;
            if (resolved && !/^https?:\/\//.test(resolved)) {
                unaudited.push({
                    file,
                    line: lineOf(entry.keyStart),
                    what: `${name} (${resolved.split(':')[0]} source)`,
                    reason: 'source',
                });
                continue;
            }
            add(name, version, lineOf(entry.keyStart));
        }
        return { dependencies, unaudited };
    }
    const walk = (node, depth) => {
        if (!node || node.kind !== 'object' || depth > 64)
            return;
        for (const [name, entry] of node.entries) {
            if (entry.value.kind !== 'object')
                continue;
            const version = stringAt(entryOf(entry.value, 'version'), text);
            add(name, version, lineOf(entry.keyStart));
            walk(entryOf(entry.value, 'dependencies'), depth + 1);
        }
    };
    walk(entryOf(root, 'dependencies'), 0);
    return { dependencies, unaudited };
    function add(name, version, line) {
        const alias = version ? /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/.exec(version) : null;
        const realName = alias ? alias[1] : name;
        const realVersion = alias ? alias[2] : version;
        if (realVersion && /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(realVersion))
            dependencies.push({
                ecosystem: 'npm',
                name: realName,
                version: realVersion.replace(/^v/, ''),
                file,
                line,
            });
        else
            unaudited.push({
                file,
                line,
                what: `${name} ${realVersion ?? '(no version)'}`,
                reason: 'source',
            });
    }
}


/***/ }),

/***/ 3236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkRecord),
/* harmony export */   Lw: () => (/* binding */ isAdvisoryId),
/* harmony export */   Oc: () => (/* binding */ advisoryAffects),
/* harmony export */   aW: () => (/* binding */ VERSION_ORDER),
/* harmony export */   nT: () => (/* binding */ samePackage),
/* harmony export */   r1: () => (/* binding */ sameVersion),
/* harmony export */   xJ: () => (/* binding */ severityOf)
/* harmony export */ });
/* unused harmony exports rangeAffects, cvssBaseScore */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4353);
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(834);
/**
 * OSV records (https://ossf.github.io/osv-schema/) and the one question asked of them: does this
 * advisory affect this exact package version? Versions are compared with each ecosystem's own
 * rules through its library (PEP 440 via @renovatebot/pep440 for PyPI, semver for npm); ranges
 * of type ECOSYSTEM and SEMVER are evaluated as the schema's pseudo-code says (introduced / fixed /
 * last_affected / limit events), explicit `versions` lists by equality. A range that cannot be
 * evaluated (an event version the ecosystem cannot read) counts as affecting: fail closed.
 */





const VERSION_ORDER = {
    PyPI: {
        valid: (v) => _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid(v) !== null,
        compare: (a, b) => _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare(a, b),
    },
    npm: {
        valid: (v) => semver__WEBPACK_IMPORTED_MODULE_2___default().valid(v) !== null,
        compare: (a, b) => semver__WEBPACK_IMPORTED_MODULE_2___default().compare(a, b),
    },
};
function samePackage(ecosystem, a, b) {
    return ecosystem === 'PyPI' ? (0,_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePypiName */ .Ty)(a) === (0,_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePypiName */ .Ty)(b) : a === b;
}
/** Exact version equality in the ecosystem (PEP 440: `1.0` == `1.0.0`). */
function sameVersion(ecosystem, a, b) {
    const order = VERSION_ORDER[ecosystem];
    if (a === b)
        return true;
    return order.valid(a) && order.valid(b) && order.compare(a, b) === 0;
}
/**
 * Does one OSV range affect `version`? The schema's evaluation: events sorted by version
 * (`introduced: "0"` first), affected from an introduced at or below the version until a fixed at
 * or below it, or a last_affected below it; a `limit` caps the range (exclusive).
 */
function rangeAffects(order, range, version) {
    const events = range.events ?? [];
    const versionOf = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
    for (const e of events) {
        const v = versionOf(e);
        if (v === undefined)
            return { affected: true, fixed: [], unreadable: 'an event has no version' };
        if (!(e.introduced === '0' || (e.limit === '*' && v === '*')) && !order.valid(v))
            return { affected: true, fixed: [], unreadable: `event version ${v} is not a valid version` };
    }
    // `introduced: "0"` sorts before every version, `limit: "*"` after.
    const special = (e) => (e.introduced === '0' ? -1 : e.limit === '*' ? 1 : 0);
    // At one version, `introduced` comes first: `introduced: v, fixed: v` is the empty interval and
    // `introduced: v, last_affected: v` is v alone, whatever order the advisory lists them in.
    const startsFirst = (e) => (e.introduced !== undefined ? 0 : 1);
    const sorted = [...events].sort((a, b) => {
        const sa = special(a);
        const sb = special(b);
        if (sa || sb)
            return sa - sb;
        return order.compare(versionOf(a), versionOf(b)) || startsFirst(a) - startsFirst(b);
    });
    const cmp = (v) => order.compare(version, v);
    let affected = false;
    for (const e of sorted) {
        if (e.introduced !== undefined) {
            if (e.introduced === '0' || cmp(e.introduced) >= 0)
                affected = true;
        }
        else if (e.fixed !== undefined) {
            if (cmp(e.fixed) >= 0)
                affected = false;
        }
        else if (e.last_affected !== undefined) {
            if (cmp(e.last_affected) > 0)
                affected = false;
        }
    }
    const limits = events.filter((e) => e.limit !== undefined).map((e) => e.limit);
    if (affected && limits.length && !limits.some((l) => l === '*' || cmp(l) < 0))
        affected = false;
    return {
        affected,
        fixed: affected ? events.filter((e) => e.fixed !== undefined).map((e) => e.fixed) : [],
    };
}
/** Whether the advisory affects the dependency (its package entries for this name only). */
function advisoryAffects(vulnerability, dependency) {
    if (vulnerability.withdrawn)
        return undefined;
    const { ecosystem, name, version } = dependency;
    const order = VERSION_ORDER[ecosystem];
    const versionReadable = order.valid(version);
    let hit = false;
    const fixed = new Set();
    let unreadable;
    for (const affected of vulnerability.affected ?? []) {
        const pkg = affected.package;
        if (!pkg || pkg.ecosystem !== ecosystem || typeof pkg.name !== 'string')
            continue;
        if (!samePackage(ecosystem, pkg.name, name))
            continue;
        if ((affected.versions ?? []).some((v) => sameVersion(ecosystem, v, version)))
            hit = true;
        for (const range of affected.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER')
                continue;
            if (!versionReadable) {
                // The pin itself is no version the ecosystem orders: the range cannot clear it.
                hit = true;
                unreadable = `version ${version} cannot be ordered by ${ecosystem} rules`;
                continue;
            }
            const match = rangeAffects(order, range, version);
            if (match.affected) {
                hit = true;
                match.fixed.forEach((f) => fixed.add(f));
                unreadable ??= match.unreadable;
            }
        }
    }
    if (!hit)
        return undefined;
    return { vulnerability, fixed: [...fixed], ...(unreadable ? { unreadable } : {}) };
}
const GHSA_SEVERITY = {
    LOW: 'low',
    MODERATE: 'medium',
    MEDIUM: 'medium',
    HIGH: 'high',
    CRITICAL: 'critical',
};
/**
 * Our severity for an advisory: the database's own rating (`database_specific.severity`, as
 * GitHub's advisories carry it), else the highest CVSS base score among `severity` vectors
 * (v2, v3.x, v4 through ae-cvss-calculator) on CVSS's qualitative scale. Undefined when neither is
 * published.
 */
function severityOf(vulnerability) {
    const ratings = [
        vulnerability.database_specific?.severity,
        ...(vulnerability.affected ?? []).flatMap((a) => [
            a.database_specific?.severity,
            a.ecosystem_specific?.severity,
        ]),
    ];
    for (const rating of ratings) {
        if (typeof rating === 'string' && GHSA_SEVERITY[rating.toUpperCase()])
            return GHSA_SEVERITY[rating.toUpperCase()];
    }
    let best;
    for (const entry of vulnerability.severity ?? []) {
        const score = cvssBaseScore(entry.score);
        if (score !== undefined && (best === undefined || score > best))
            best = score;
    }
    if (best === undefined)
        return undefined;
    if (best >= 9)
        return 'critical';
    if (best >= 7)
        return 'high';
    if (best >= 4)
        return 'medium';
    return 'low';
}
function cvssBaseScore(vector) {
    if (typeof vector !== 'string' || vector.length > 300)
        return undefined;
    try {
        const parsed = (0,ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_1__.fromVector)(vector);
        const base = parsed?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
    }
    catch {
        return undefined;
    }
}
/** OSV ids are short tokens (GHSA-xxxx-xxxx-xxxx, PYSEC-2021-1, CVE-…): nothing to escape into a URL path. */
function isAdvisoryId(id) {
    return /^[A-Za-z0-9][A-Za-z0-9._:-]{1,127}$/.test(id);
}
/** The record's required shape: what the matcher and the report read. */
function checkRecord(value, where, expectedId) {
    const record = value;
    if (!record || typeof record !== 'object' || Array.isArray(record))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('OSV record is not a JSON object', where);
    if (typeof record.id !== 'string' || !isAdvisoryId(record.id))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('OSV record has no valid `id`', where);
    if (expectedId !== undefined && record.id !== expectedId)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`OSV record for ${expectedId} has id ${record.id}`, where);
    if (record.affected !== undefined && !Array.isArray(record.affected))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`OSV record ${record.id}: \`affected\` is not a list`, where);
    if (record.aliases !== undefined && !Array.isArray(record.aliases))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`OSV record ${record.id}: \`aliases\` is not a list`, where);
    for (const affected of record.affected ?? []) {
        if (!affected || typeof affected !== 'object')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`OSV record ${record.id}: an \`affected\` entry is not an object`, where);
        for (const range of affected.ranges ?? []) {
            if (!range ||
                typeof range !== 'object' ||
                (range.events !== undefined && !Array.isArray(range.events)))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`OSV record ${record.id}: a range has no event list`, where);
        }
        if (affected.versions !== undefined && !Array.isArray(affected.versions))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`OSV record ${record.id}: \`versions\` is not a list`, where);
    }
    return record;
}


/***/ }),

/***/ 4838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPROVAL_SOURCES: () => (/* binding */ APPROVAL_SOURCES)
/* harmony export */ });
/* harmony import */ var _signature_approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39);
/* harmony import */ var _github_review_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2551);


const APPROVAL_SOURCES = {
    signatures: _signature_approvals_js__WEBPACK_IMPORTED_MODULE_0__.signatureApprovals,
    reviews: _github_review_source_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewApprovals */ .DE,
};


/***/ }),

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateApprovals: () => (/* binding */ evaluateApprovals),
/* harmony export */   sourceKindsFor: () => (/* binding */ sourceKindsFor)
/* harmony export */ });
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


/***/ }),

/***/ 39:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXCEPTION_NAMESPACE: () => (/* binding */ EXCEPTION_NAMESPACE),
/* harmony export */   checkSignatures: () => (/* binding */ checkSignatures),
/* harmony export */   judgeSignatures: () => (/* binding */ judgeSignatures),
/* harmony export */   loadAllowedSigners: () => (/* binding */ loadAllowedSigners),
/* harmony export */   sigFileOf: () => (/* binding */ sigFileOf),
/* harmony export */   signatureApprovals: () => (/* binding */ signatureApprovals)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3733);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1917);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4228);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1827);
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
    const configured = (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .evalGateSection */ .p1)(ctx.config)['allowed-signers'] ?? _config_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.allowedSigners;
    const input = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecorded */ .HH)(ctx, configured, 'allowed_signers file');
    try {
        return { file: input.name, signers: (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAllowedSigners */ .pD)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .utf8 */ .As)(input)) };
    }
    catch (error) {
        if (error instanceof _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AllowedSignersError */ .mk)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(error.message, input.name, error.line, 1);
        throw error;
    }
}
async function checkSignatures(request, ctx) {
    const sigFile = sigFileOf(request.exceptionFile);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRoot */ .Pk)(ctx.root, sigFile))) {
        const { file } = await loadAllowedSigners(ctx);
        return {
            sigFile,
            allowedSignersFile: file,
            signatures: [],
            verdicts: request.roles.map((role) => ({
                role,
                satisfied: false,
                via: 'signature',
                reason: `no signatures: ${sigFile} does not exist`,
            })),
        };
    }
    const sigInput = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecorded */ .HH)(ctx, sigFile, 'signature file', _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURE_FILE_BYTES */ .NT);
    const { file: allowedSignersFile, signers } = await loadAllowedSigners(ctx);
    try {
        const judged = judgeSignatures({
            armored: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .utf8 */ .As)(sigInput),
            message: request.exceptionBytes,
            namespace: EXCEPTION_NAMESPACE,
            roles: request.roles,
            signers,
            place: (line) => `${sigFile}:${line}`,
        }, ctx);
        return { sigFile, allowedSignersFile, ...judged };
    }
    catch (error) {
        if (error instanceof _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmorError */ .Mi)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(error.message, sigInput.name, error.line, 1);
        throw error;
    }
}
/**
 * Verify every block over the message in the namespace, authorize its key for each role's
 * principals (allowed_signers, at the CI clock), then match roles to distinct signers. Throws
 * ArmorError on text that is not armored blocks (block count and sizes checked before decoding).
 */
function judgeSignatures(signed, ctx) {
    const roles = (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .rolesOf */ .R7)(ctx.config);
    const { namespace, signers, place } = signed;
    const unsatisfied = (role, reason) => ({
        role,
        satisfied: false,
        via: 'signature',
        reason,
    });
    const blocks = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyArmoredSignatures */ .vT)(signed.armored, signed.message, namespace);
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
        for (const role of signed.roles) {
            const principals = roles[role]?.principals ?? [];
            for (const principal of principals) {
                const verdict = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .authorize */ .Gq)(signers, key.blob, principal, namespace, ctx.now);
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
    const assignment = assignDistinct(signed.roles, explanations);
    const verdicts = signed.roles.map((role) => {
        const chosen = assignment.get(role);
        if (chosen) {
            const sig = explanations[chosen.index];
            sig.countedFor = { role, principal: chosen.principal };
            return {
                role,
                satisfied: true,
                by: chosen.principal,
                via: 'signature',
                reason: `signed by ${chosen.principal} with ${sig.keyType} key ${sig.fingerprint} (${place(sig.line)})`,
            };
        }
        const principals = roles[role]?.principals ?? [];
        if (principals.length === 0)
            return unsatisfied(role, `role ${role} lists no principals in .pipeguard.yml eval-gate.roles`);
        if (explanations.some((e) => e.allowedFor.some((a) => a.role === role))) {
            return unsatisfied(role, `the only valid signatures by ${role} principals already count for another role; each role needs a distinct signer (principal and key)`);
        }
        const why = explanations.map((e) => `${place(e.line)}: ${e.reasons.find((r) => r.startsWith(`${role} as `)) ?? e.reasons[0] ?? 'not allowed for this role'}`);
        return unsatisfied(role, why.length
            ? `no valid signature by ${principals.join(' or ')} (${why.join('; ')})`
            : `no signature by ${principals.join(' or ')}`);
    });
    return { signatures: explanations, verdicts };
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


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ textOption),
/* harmony export */   y: () => (/* binding */ listOption)
/* harmony export */ });
/** A string option (the last one when repeated); empty counts as absent. */
function textOption(values, name) {
    const value = values[name];
    if (Array.isArray(value))
        return value[value.length - 1];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A repeatable option as a list; none (or empty) counts as absent. */
function listOption(values, name) {
    const value = values[name];
    if (Array.isArray(value))
        return value.length ? value : undefined;
    return typeof value === 'string' && value !== '' ? [value] : undefined;
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   isGitRepo: () => (/* binding */ isGitRepo),
/* harmony export */   jo: () => (/* binding */ ignoredPaths),
/* harmony export */   lS: () => (/* binding */ requireGitWorkTree),
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   workTreeTop: () => (/* binding */ workTreeTop)
/* harmony export */ });
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
