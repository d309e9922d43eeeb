export const id = 997;
export const ids = [997];
export const modules = {

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(6538);
;// CONCATENATED MODULE: ./src/report/merge-command.ts
/** `secrets,validate` / `secrets validate` → the names (checked against the registry by the merge). */
function expectedChecks(value) {
    if (typeof value !== 'string')
        return [];
    return value.split(/[\s,]+/).filter(Boolean);
}
const merge_command_REPORT_MERGE_COMMAND = {
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

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
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
var report_escape = __webpack_require__(6412);
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

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/action-inputs.ts
/**
 * The Action's inputs, read and checked all at once before any check runs: a bad value is one
 * InputError naming the input and what it accepts (exit 2, `status` error), never a run of every
 * check followed by a late refusal. Values a check parses itself (a time, a size, a digest) are
 * checked by that check as its first step; here is everything the adapter decides on.
 */








/** The sub-action that merges shard reports (`pipeguard report merge`). */
const MERGE_SUB_ACTION = 'merge';
/** Inputs every action (root and sub-actions) declares in its action.yml. */
const COMMON_INPUTS = (/* unused pure expression or super */ null && ([
    'config',
    'working-directory',
    'format',
    'output',
    'audit-log',
    'fail-on',
]));
/**
 * Every input the code reads for an action: the common ones, the root's `checks`, a sub-action's
 * `command`, `paths` and command options, and the gate's token (read by src/github from
 * INPUT_GITHUB-TOKEN). Each action.yml declares a subset (a test holds them together).
 */
function actionInputNames(subAction) {
    const names = new Set([...COMMON_INPUTS, 'github-token']);
    if (subAction === MERGE_SUB_ACTION)
        return [...names, 'reports', ...Object.keys(REPORT_MERGE_COMMAND.options ?? {})];
    if (!subAction)
        names.add('checks');
    const check = CHECKS.find((c) => c.name === subAction);
    for (const spec of check?.commands ?? []) {
        names.add('paths');
        for (const option of Object.keys(spec.options ?? {}))
            names.add(option);
    }
    if ((check?.commands.length ?? 0) > 1)
        names.add('command');
    return [...names];
}
/** The YAML 1.2 core booleans, as core.getBooleanInput accepts them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function readActionInputs(subAction, workspace, tempDir) {
    const format = core/* getInput */.V4('format') || 'json';
    if (!isFormat(format))
        throw badValue('format', FORMATS, format);
    const failOn = core/* getInput */.V4('fail-on');
    if (failOn && !(0,model/* isSeverity */._Z)(failOn))
        throw badValue('fail-on', model/* SEVERITIES */.oC, failOn);
    const root = external_node_path_default().resolve(workspace, core/* getInput */.V4('working-directory') || '.');
    requireKind('working-directory', root, 'directory');
    const configFile = pathInput('config', workspace);
    if (configFile)
        requireKind('config', configFile, 'file');
    const auditLog = pathInput('audit-log', workspace);
    if (auditLog)
        refuseDirectory('audit-log', auditLog);
    const output = pathInput('output', workspace);
    if (output)
        refuseDirectory('output', output);
    const reportFile = output ?? external_node_path_default().join(tempDir, `pipeguard-report.${format === 'text' ? 'txt' : format}`);
    const common = {
        root,
        ...(configFile ? { configFile } : {}),
        ...(failOn && (0,model/* isSeverity */._Z)(failOn) ? { failOn } : {}),
        ...(auditLog ? { auditLog } : {}),
        format,
        reportFile,
    };
    if (!subAction) {
        const checks = listInput('checks');
        const known = registry/* CHECKS */.u.map((c) => c.name);
        const unknown = (checks ?? []).filter((name) => !known.includes(name));
        if (unknown.length)
            throw badValue('checks', known, unknown.join(', '));
        return { ...common, ...(checks ? { checks } : {}) };
    }
    if (subAction === MERGE_SUB_ACTION) {
        const reports = listInput('reports');
        if (!reports)
            throw new errors/* InputError */.dz('input reports is required: the shard reports (files or directories)');
        return {
            ...common,
            command: {
                spec: merge_command_REPORT_MERGE_COMMAND,
                args: {
                    positionals: reports,
                    values: Object.fromEntries(Object.keys(merge_command_REPORT_MERGE_COMMAND.options ?? {}).flatMap((name) => {
                        const list = listInput(name);
                        return list ? [[name, list.join(',')]] : [];
                    })),
                },
            },
        };
    }
    return { ...common, command: commandInputs(subAction) };
}
/** The sub-action's command and its arguments; an input of another command is refused. */
function commandInputs(subAction) {
    const check = registry/* CHECKS */.u.find((c) => c.name === subAction);
    if (!check)
        throw new errors/* InputError */.dz(`unknown sub-action ${subAction}`);
    const commandName = (spec) => spec.name[spec.name.length - 1];
    const wanted = core/* getInput */.V4('command');
    const spec = wanted ? check.commands.find((c) => commandName(c) === wanted) : check.commands[0];
    if (!spec)
        throw badValue('command', check.commands.map(commandName), wanted);
    const options = spec.options ?? {};
    for (const other of check.commands) {
        for (const name of Object.keys(other.options ?? {})) {
            if (!(name in options) && core/* getInput */.V4(name) !== '')
                throw new errors/* InputError */.dz(`input ${name} is for command ${commandName(other)}; this step runs command ${commandName(spec)}`);
        }
    }
    const paths = listInput('paths');
    if (paths && !spec.positionals)
        throw new errors/* InputError */.dz(`input paths is not used by command ${commandName(spec)}`);
    return { spec, args: { positionals: paths ?? [], values: optionValues(options) } };
}
/** Inputs mirror the CLI: each option of the command is read from the input of the same name. */
function optionValues(options) {
    const values = {};
    for (const [name, option] of Object.entries(options)) {
        const raw = core/* getInput */.V4(name);
        if (raw === '')
            continue;
        if (option.type === 'boolean')
            values[name] = booleanInput(name, raw);
        else
            values[name] = option.multiple ? splitList(raw) : raw;
    }
    return values;
}
function booleanInput(name, raw) {
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw badValue(name, ['true', 'false'], raw);
}
function badValue(name, allowed, got) {
    return new errors/* InputError */.dz(`input ${name} must be one of ${allowed.join(', ')}; got ${got}`);
}
function pathInput(name, workspace) {
    const raw = core/* getInput */.V4(name);
    return raw ? external_node_path_default().resolve(workspace, raw) : undefined;
}
function requireKind(name, file, kind) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(file);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* InputError */.dz(`input ${name} (${file}): ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`}`);
    }
    if (kind === 'directory' ? !stats.isDirectory() : !stats.isFile())
        throw new errors/* InputError */.dz(`input ${name} (${file}): not a ${kind}`);
}
function refuseDirectory(name, file) {
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        // Not there yet: it is created when written.
    }
    if (isDirectory)
        throw new errors/* InputError */.dz(`input ${name} (${file}): is a directory, not a file`);
}
function listInput(name) {
    const raw = core/* getInput */.V4(name);
    return raw ? splitList(raw) : undefined;
}
function splitList(raw) {
    return raw.split(/[\s,]+/).filter(Boolean);
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
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
    for (const check of CHECKS) {
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

;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * GitHub annotations from findings. The runner shows at most 10 per type per step, so we emit the
 * 10 most severe of each type and one notice summarising the rest (which the job summary lists).
 * The workflow-command encoding (%, CR, LF in the message; also `:` and `,` in properties) is
 * @actions/core's when the Action issues them; the file stays the real path so GitHub can link
 * it, while message and title text is kept printable.
 */


const ANNOTATIONS_PER_LEVEL = 10;
function levelOf(finding) {
    if (finding.severity === 'critical' || finding.severity === 'high')
        return 'error';
    return finding.severity === 'medium' ? 'warning' : 'notice';
}
function annotationsFor(report) {
    const active = report.findings
        .filter((f) => !f.suppressed)
        .sort((a, b) => (0,model/* severityRank */.qs)(b.severity) - (0,model/* severityRank */.qs)(a.severity) || (0,model/* compareFindings */.Eg)(a, b));
    const byLevel = new Map();
    for (const f of active) {
        const list = byLevel.get(levelOf(f));
        if (list)
            list.push(f);
        else
            byLevel.set(levelOf(f), [f]);
    }
    const out = [];
    let overflow = 0;
    for (const level of ['error', 'warning', 'notice']) {
        const list = byLevel.get(level) ?? [];
        // The overflow notice itself takes one notice slot.
        const room = level === 'notice' && overflowAfter(byLevel) > 0
            ? ANNOTATIONS_PER_LEVEL - 1
            : ANNOTATIONS_PER_LEVEL;
        list.slice(0, room).forEach((f) => out.push(toAnnotation(f, level)));
        overflow += Math.max(0, list.length - room);
    }
    if (overflow > 0) {
        out.push({
            level: 'notice',
            title: 'pipeguard',
            message: `${overflow} more finding(s) not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per type); see the job summary or the report file.`,
        });
    }
    return out;
}
function overflowAfter(byLevel) {
    return ['error', 'warning', 'notice'].reduce((sum, level) => sum + Math.max(0, (byLevel.get(level)?.length ?? 0) - ANNOTATIONS_PER_LEVEL), 0);
}
function toAnnotation(f, level) {
    const singleLine = f.endLine === undefined || f.endLine === f.line;
    return {
        level,
        title: (0,report_escape/* printable */.g)(`pipeguard ${f.check}: ${f.rule} (${f.severity})`),
        message: f.remedy ? `${(0,report_escape/* printable */.g)(f.message)}\n${(0,report_escape/* printable */.g)(f.remedy)}` : (0,report_escape/* printable */.g)(f.message),
        ...(f.file ? { file: f.file } : {}),
        ...(f.line !== undefined ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
        // GitHub ignores columns on multi-line annotations.
        ...(f.column !== undefined && singleLine ? { startColumn: f.column } : {}),
        ...(f.endColumn !== undefined && singleLine ? { endColumn: f.endColumn } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/placement.ts
/**
 * Findings placed where GitHub looks for them. Reports keep files relative to the scanned root;
 * annotations and code scanning resolve files against the repository (GITHUB_WORKSPACE), so with
 * `working-directory: ml` every file gains the `ml/` prefix. A finding about a file that does not
 * exist (a repository-wide checklist item such as a missing `.env.example`) keeps no file: an
 * annotation then stands on the job, and SARIF uses a stand-in that exists.
 */


function placeInWorkspace(report, { root, workspace }) {
    const prefix = external_node_path_default().relative(workspace, root).split((external_node_path_default()).sep).join('/');
    const outside = prefix.startsWith('..') || external_node_path_default().isAbsolute(prefix);
    const exists = new Map();
    const existing = (file) => {
        let known = exists.get(file);
        if (known === undefined)
            exists.set(file, (known = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, file))));
        return known;
    };
    const place = (f) => {
        if (f.file === undefined)
            return f;
        if (!outside && existing(f.file))
            return { ...f, file: prefix ? `${prefix}/${f.file}` : f.file };
        const positionless = { ...f };
        for (const key of ['file', 'line', 'column', 'endLine', 'endColumn'])
            delete positionless[key];
        return positionless;
    };
    return {
        ...report,
        findings: report.findings.map(place),
        checks: report.checks.map((check) => ({ ...check, findings: check.findings.map(place) })),
    };
}
/**
 * The SARIF category of one analysis: the action (root or sub-action, and the root's `checks`) and
 * the working directory. GitHub refuses a second upload of a category in one run, and replaces an
 * analysis only by one of the same category, so both must be stable and distinct.
 */
function sarifCategory(action, workingDirectory) {
    const where = workingDirectory === '' || workingDirectory === '.' ? 'root' : workingDirectory;
    return `pipeguard/${action}/${where}/`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (Markdown): a table per run of checks, the checklist as ✅/❌, check-specific
 * sections (e.g. how to unblock the eval gate), and the findings table, kept under GitHub's 1 MiB.
 */




const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const STATUS_ICON = { pass: '✅', fail: '❌', blocked: '⛔', error: '⚠️' };
function renderSummary(report, limitBytes = SUMMARY_LIMIT_BYTES) {
    const head = [];
    head.push(`## ${STATUS_ICON[report.status]} pipeguard: ${report.status}`);
    head.push('');
    head.push('| Check | Status | Summary |');
    head.push('|---|---|---|');
    for (const c of report.checks)
        head.push(`| ${(0,report_escape/* markdownCell */.U)(c.check)} | ${STATUS_ICON[c.status]} ${(0,report_escape/* markdownCell */.U)(c.status)} | ${(0,report_escape/* markdownCell */.U)(c.summary)} |`);
    head.push('');
    for (const c of report.checks) {
        const rows = checklistRows(c);
        if (rows) {
            head.push(`### Checklist`);
            head.push('');
            head.push('| Area | Status | Risk | Note |');
            head.push('|---|---|---|---|');
            for (const r of rows)
                head.push(`| ${(0,report_escape/* markdownCell */.U)(r.item)} | ${r.ok ? '✅' : '❌'} | ${(0,report_escape/* markdownCell */.U)(r.risk ?? '')} | ${(0,report_escape/* markdownCell */.U)(r.note)} |`);
            head.push('');
        }
        const markdown = c.details?.summaryMarkdown;
        if (typeof markdown === 'string' && markdown.trim()) {
            head.push(markdown.trim());
            head.push('');
        }
    }
    const findings = report.findings
        .filter((f) => !f.suppressed)
        .sort((a, b) => (0,model/* severityRank */.qs)(b.severity) - (0,model/* severityRank */.qs)(a.severity) || (0,model/* compareFindings */.Eg)(a, b));
    const suppressed = report.findings.length - findings.length;
    const parts = [head.join('\n')];
    if (findings.length) {
        parts.push(`### Findings (${findings.length})\n\n| Severity | Check | Rule | Location | Message |\n|---|---|---|---|---|`);
    }
    const notes = [
        ...(suppressed ? [`${suppressed} suppressed finding(s) are listed in the report file.`] : []),
        ...(sarifOmissionNote(report) ? [sarifOmissionNote(report)] : []),
    ];
    const footer = notes.length ? `\n\n${notes.join('\n\n')}\n` : '\n';
    let size = Buffer.byteLength(parts.join('\n\n')) + Buffer.byteLength(footer) + 200;
    let shown = 0;
    const rows = [];
    for (const f of findings) {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
        const row = `| ${(0,report_escape/* markdownCell */.U)(f.severity)} | ${(0,report_escape/* markdownCell */.U)(f.check)} | ${(0,report_escape/* markdownCell */.U)(f.rule)} | ${(0,report_escape/* markdownCell */.U)(where)} | ${(0,report_escape/* markdownCell */.U)(f.message)} |`;
        const bytes = Buffer.byteLength(row) + 1;
        if (size + bytes > limitBytes)
            break;
        rows.push(row);
        size += bytes;
        shown++;
    }
    let body = parts.join('\n\n');
    if (rows.length)
        body += `\n${rows.join('\n')}`;
    if (shown < findings.length)
        body += `\n\n${findings.length - shown} more finding(s) omitted to stay under 1 MiB; see the report file.`;
    return body + footer;
}

;// CONCATENATED MODULE: ./src/action.ts
/**
 * The GitHub Action adapter: inputs (all checked first, see action-inputs.ts) → engine →
 * annotations, job summary, report files, outputs, exit code (12 stays 12). The root action runs
 * the configured checklist; a sub-action (`dist/action/<check>.js`) runs that check's command with
 * inputs named as its CLI options.
 */
















/** Set by the sub-action stubs the build writes (`dist/action/<check>.js`). */
const SUB_ACTION = Symbol.for('pipeguard.subAction');
async function run() {
    const subAction = globalThis[SUB_ACTION];
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const stage = subAction ?? 'check';
    let inputs;
    try {
        inputs = readActionInputs(subAction, workspace, process.env.RUNNER_TEMP ?? workspace);
    }
    catch (error) {
        refuseInputs((0,errors/* oneLine */.TN)(error));
        return;
    }
    let results;
    let ctx;
    try {
        ctx = await createContext({
            root: inputs.root,
            configFile: inputs.configFile,
            failOn: inputs.failOn,
            auditLog: inputs.auditLog,
            env: process.env,
            // One line per message: a file name in a log line must not start a workflow command.
            log: {
                info: (m) => core/* info */.pq((0,report_escape/* printable */.g)(m)),
                warn: (m) => core/* warning */.$e((0,report_escape/* printable */.g)(m)),
                debug: (m) => core/* debug */.Yz((0,report_escape/* printable */.g)(m)),
            },
            // Masked before anything is printed: the runner replaces it with *** in every log line.
            registerSecret: (value) => core/* setSecret */.Pq(value),
        });
        results = inputs.command
            ? await runCommand(inputs.command.spec, ctx, inputs.command.args)
            : await runConfiguredChecks(ctx, inputs.checks);
    }
    catch (error) {
        results = [errorResult(stage, error)];
    }
    if (ctx) {
        try {
            await writeAudit(ctx, results, inputs.auditLog, stage);
        }
        catch (error) {
            results.push(errorResult('audit', error));
        }
    }
    await publish(finishReport(results), inputs, {
        workspace,
        category: sarifCategory(subAction === MERGE_SUB_ACTION
            ? mergedAnalysis(results)
            : (subAction ?? (inputs.checks ? [...inputs.checks].sort().join('+') : 'check')), external_node_path_default().relative(workspace, inputs.root).split((external_node_path_default()).sep).join('/')),
    });
}
/**
 * The analysis a merge of shards stands for: the merged checks' own (`secrets` for the shards of
 * the secrets sub-action), so code scanning sees one analysis whether it ran sharded or not.
 */
function mergedAnalysis(results) {
    const checks = [...new Set(results.map((r) => r.check))].sort();
    return checks.length > 0 && !checks.includes('report') ? checks.join('+') : MERGE_SUB_ACTION;
}
/**
 * The file code scanning shows repository-wide findings on: the config, else the running
 * workflow's file (GITHUB_WORKFLOW_REF is `owner/repo/PATH@ref`), repository-relative.
 */
function standInFile(inputs, workspace) {
    const workflow = /^[^/]+\/[^/]+\/(.+)@[^@]*$/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    const candidates = [
        inputs.configFile ?? external_node_path_default().join(inputs.root, '.pipeguard.yml'),
        ...(workflow ? [external_node_path_default().join(workspace, workflow)] : []),
    ];
    const found = candidates.find((file) => (0,fs/* isInside */.FK)(workspace, file) && (0,external_node_fs_.existsSync)(file));
    return found && external_node_path_default().relative(workspace, found).split((external_node_path_default()).sep).join('/');
}
/**
 * A bad input: one `::error::` line, the `status` output `error` (later steps branch on it), a
 * summary line, exit 2; no check has run.
 */
function refuseInputs(message) {
    core/* error */.z3(message);
    const publisher = new RunnerFiles();
    publisher.summary(`## ⚠️ pipeguard: error\n\n${(0,report_escape/* markdownCell */.U)(message)}\n`);
    publisher.outputs({ status: 'error' });
    publisher.reportProblems();
    process.exitCode = 2;
}
/**
 * Fail closed on the runner's files: the verdict (text report, annotations, the `pipeguard
 * <status>` line) is printed before anything is written, so a write that fails cannot hide it;
 * a failed write is one line naming the file, makes `status` error and the exit code 2 (2 wins
 * over all, so a failing or blocked gate never turns into a pass).
 */
async function publish(report, inputs, github) {
    printUntrusted(renderText(report, { color: false }));
    // Annotations and SARIF resolve files against the repository, not the working directory.
    const placed = placeInWorkspace(report, { root: inputs.root, workspace: github.workspace });
    const sarif = () => renderSarif(placed, undefined, {
        category: github.category,
        standIn: standInFile(inputs, github.workspace),
    });
    for (const a of annotationsFor(placed)) {
        const { level, message, ...properties } = a;
        if (level === 'error')
            core/* error */.z3(message, properties);
        else if (level === 'warning')
            core/* warning */.$e(message, properties);
        else
            core/* notice */.lm(message, properties);
    }
    const code = (0,model/* exitCodeFor */.Rr)(report.status);
    if (code !== 0) {
        const failed = report.checks
            .filter((c) => c.status !== 'pass')
            .map((c) => `${c.check}: ${(0,report_escape/* printable */.g)(c.summary)}`);
        core/* error */.z3(`pipeguard ${report.status}: ${failed.join('; ')}`);
    }
    const files = new RunnerFiles();
    const { reportFile } = inputs;
    const sarifFile = external_node_path_default().join(external_node_path_default().dirname(reportFile), 'pipeguard.sarif');
    const wroteReport = await files.write('report file', reportFile, () => (0,fs/* writeFileAtomic */.Zf)(reportFile, inputs.format === 'sarif' ? sarif() : render(report, inputs.format, false)));
    const wroteSarif = reportFile === sarifFile
        ? wroteReport
        : await files.write('SARIF file', sarifFile, () => (0,fs/* writeFileAtomic */.Zf)(sarifFile, sarif()));
    files.summary(renderSummary(report));
    const outputs = {
        status: files.failed ? 'error' : report.status,
        findings: String(report.findings.filter((f) => !f.suppressed).length),
        ...(wroteReport ? { 'report-file': reportFile } : {}),
        ...(wroteSarif ? { 'sarif-file': sarifFile } : {}),
    };
    for (const check of report.checks) {
        for (const [name, value] of Object.entries(check.outputs ?? {}))
            outputs[name] ??= value;
    }
    files.outputs(outputs);
    files.reportProblems();
    process.exitCode = files.failed ? 2 : code;
}
/**
 * Writes to the report files, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT that remember what failed
 * (ENOSPC, EISDIR, EACCES …) instead of throwing, so every write is attempted in order and each
 * failure becomes one line naming the file.
 */
class RunnerFiles {
    problems = [];
    get failed() {
        return this.problems.length > 0;
    }
    async write(what, file, write) {
        try {
            await write();
            return true;
        }
        catch (error) {
            this.problems.push(`cannot write ${what} (${file}): ${fileProblem(error)}`);
            return false;
        }
    }
    summary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            return;
        // Appended as core.summary does, but with the file system's own error (core's access check
        // turns every cause into one generic message).
        this.attempt('GITHUB_STEP_SUMMARY', file, () => (0,external_node_fs_.appendFileSync)(file, markdown));
    }
    /** `status` first: it is what later steps branch on; after one failure the file is left alone. */
    outputs(values) {
        const file = process.env.GITHUB_OUTPUT;
        this.attempt('GITHUB_OUTPUT', file ?? 'stdout', () => {
            for (const [name, value] of Object.entries(values))
                core/* setOutput */.uH(name, value);
        });
    }
    reportProblems() {
        for (const problem of this.problems)
            core/* error */.z3(problem);
    }
    attempt(what, file, write) {
        try {
            write();
        }
        catch (error) {
            this.problems.push(`cannot write ${what} (${file}): ${fileProblem(error)}`);
        }
    }
}
/** The cause without Node's repetition of the path (`ENOSPC: no space left on device, write`). */
function fileProblem(error) {
    const code = error?.code;
    const message = (0,errors/* oneLine */.TN)(error);
    if (code)
        return message.replace(/, \w+(?: '[^']*')?$/, '');
    // @actions/core's own check that the file exists.
    return /^Missing file at path/.test(message) ? 'ENOENT: no such file' : message;
}
/**
 * Print text built from the scanned tree (file names, messages) with workflow commands stopped:
 * the runner trims leading spaces before looking for `::`, so a file named `::warning::…` would
 * otherwise be a command. The token is random so the text cannot resume commands itself.
 */
function printUntrusted(text) {
    const token = `pipeguard-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    process.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`);
}


/***/ }),

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

/***/ 2760:
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
/* harmony import */ var _checksums_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
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

/***/ 6412:
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
