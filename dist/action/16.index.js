export const id = 16;
export const ids = [16];
export const modules = {

/***/ 8396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ gitSucceeds),
/* harmony export */   QS: () => (/* binding */ gitLines),
/* harmony export */   oM: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * git as a child process with streamed output: diffs and histories can be far larger than memory
 * should hold, and simple-git buffers whole outputs. Failures become one-line InputErrors.
 */



const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    GIT_OPTIONAL_LOCKS: '0',
};
const BASE_ARGS = [
    '-c',
    'core.quotePath=false',
    '-c',
    'diff.noprefix=false',
    '-c',
    'color.ui=never',
];
/** Run git and yield its stdout line by line; throws InputError naming `what` on a non-zero exit. */
async function* gitLines(root, args, what, 
/** Written to git's standard input (e.g. the commits of `--stdin`); none when absent. */
input) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...BASE_ARGS, ...args], {
        cwd: root,
        env: { ...process.env, ...GIT_ENV },
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    // A git that exits early closes the pipe: its exit code says what went wrong, not EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    // Split chunks by hand: readline's per-line event machinery costs more than the scan of a diff.
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    let partial = '';
    try {
        for await (const chunk of child.stdout) {
            const lines = (partial + decoder.write(chunk)).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                yield line.endsWith('\r') ? line.slice(0, -1) : line;
        }
        partial += decoder.end();
        if (partial !== '')
            yield partial;
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
    const code = await exited.catch((error) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git could not ${what}: ${error.message}`);
    });
    if (code !== 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git could not ${what}: ${firstLine(stderr) || `exit code ${code}`}`);
}
/** Run git and return stdout (small outputs). */
async function gitOutput(root, args, what) {
    const out = [];
    for await (const line of gitLines(root, args, what))
        out.push(line);
    return out.join('\n');
}
/** Run git for its exit status only. */
async function gitSucceeds(root, args) {
    try {
        for await (const _ of gitLines(root, args, 'run'))
            void _;
        return true;
    }
    catch {
        return false;
    }
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '');
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ discoverFiles),
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8626);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1917);
/**
 * Which files to validate: the paths given (files, or directories walked for JSON / YAML / JSONL),
 * or — with none given — the repository's files the schema map covers. Nothing outside the root
 * is ever read: given paths go through resolveInsideRoot and walks do not follow symlinks.
 */





/** Directories a walk never enters: VCS data and dependency trees are not the user's documents. */
const SKIPPED_DIRECTORIES = new Set([
    '.git',
    'node_modules',
    '.hg',
    '.svn',
    '.venv',
    '__pycache__',
]);
const isDocument = (name) => (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_2__.formatOf)(name) !== undefined;
function expandPaths(root, paths, accept = isDocument) {
    const out = [];
    for (const given of paths) {
        const absolute = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideRoot */ .Pk)(root, given);
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
        }
        catch {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no such file or directory', given);
        }
        if (stat.isDirectory()) {
            out.push(...walk(root, absolute, accept));
        }
        else {
            out.push({ absolute, relative: (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, absolute) });
        }
    }
    if (paths.length < 2)
        return out;
    // Overlapping paths (a file and its directory) name a file once.
    const seen = new Set();
    return out.filter((file) => !seen.has(file.relative) && seen.add(file.relative));
}
/** Every file `accept` names under a directory (no symlinks followed, skipped dirs pruned). */
function walk(root, directory, accept) {
    const out = [];
    // Paths are built by concatenation: path.join/relative per file cost more than reading it.
    const pending = [
        [directory, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, directory)],
    ];
    while (pending.length > 0) {
        const [dir, rel] = pending.pop();
        const prefix = rel === '' ? '' : `${rel}/`;
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot list directory (${error.code ?? 'error'})`, rel || '.');
        }
        for (const entry of entries) {
            const name = entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(name))
                    pending.push([`${dir}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}${name}`, `${prefix}${name}`]);
            }
            else if (entry.isFile() && accept(name)) {
                out.push({ absolute: `${dir}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}${name}`, relative: `${prefix}${name}` });
            }
        }
    }
    return out;
}
/**
 * The repository's candidate files with no paths given: in a git work tree, tracked files plus
 * untracked ones git does not ignore (so generated run directories count once they are not
 * ignored); elsewhere a walk of the root.
 */
async function discoverFiles(root, inScope, accept = isDocument) {
    let candidates;
    // Loaded here only: git (simple-git, child_process) costs start-up time that runs given paths
    // (the pre-commit hook) never need.
    const { isGitRepo, runGit } = await __webpack_require__.e(/* import() */ 1587).then(__webpack_require__.bind(__webpack_require__, 3968));
    if (await isGitRepo(root)) {
        const listed = await runGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], 'list the repository files');
        // Paths come relative to the root (git runs there); deleted-but-tracked files and symlinks drop out.
        candidates = [...new Set(listed.split('\0').filter(Boolean))].filter(inScope).filter((file) => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file)).isFile();
            }
            catch {
                return false;
            }
        });
    }
    else {
        candidates = walk(root, root, accept)
            .map((f) => f.relative)
            .filter(inScope);
    }
    return candidates.map((relative) => ({ absolute: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative), relative }));
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate),
  validateCheck: () => (/* binding */ validateCheck)
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
// EXTERNAL MODULE: ./src/shard/details.ts
var shard_details = __webpack_require__(9730);
// EXTERNAL MODULE: ./src/shard/partition.ts
var partition = __webpack_require__(2230);
// EXTERNAL MODULE: ./src/shard/record.ts
var record = __webpack_require__(4147);
// EXTERNAL MODULE: ./src/schema/catalog.ts + 9 modules
var catalog = __webpack_require__(6784);
// EXTERNAL MODULE: ./src/schema/registry.ts + 2 modules
var registry = __webpack_require__(1312);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/util/threads.ts
var threads = __webpack_require__(1361);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/validate/engine.ts
var engine = __webpack_require__(9872);
// EXTERNAL MODULE: ./src/checks/validate/files.ts
var validate_files = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/checks/validate/select.ts
var validate_select = __webpack_require__(2318);
// EXTERNAL MODULE: ./src/checks/validate/findings.ts
var validate_findings = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/schema/document.ts
var schema_document = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/checks/eval-gate/exceptions.ts
var exceptions = __webpack_require__(2840);
// EXTERNAL MODULE: ./src/checks/validate/rules/approval-proof.ts
var approval_proof = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/checks/validate/rules/approvals.ts
/**
 * Approval evidence for an approval-gated request (docs/validate.md#approval-evidence): an
 * audit-record.v1 document with `check: approval`, `decision: allowed`, the envelope's `run_id`, and
 * its `stage` (or `*` for every stage of the run), recorded at an instant no later than the
 * envelope's `created_at` when it has one (and not in the future), and proven to come from the
 * required roles (approval-proof.ts: SSH signatures and/or PR reviews). Looked for in
 *  - the documents being validated (an approvals.jsonl passed along),
 *  - `approvals.jsonl`, `approval.{json,yaml,yml}` and `approvals/*.{json,jsonl,yaml,yml}` in the
 *    envelope's directory and every parent directory up to the root,
 *  - the configured audit log (`audit.log`).
 */







/** Proofs are judged once per record, however many envelopes it would approve. */
const proofs = new WeakMap();
async function findApproval(context, ctx, envelopeFile, envelope) {
    const id = catalog/* SCHEMA_IDS */.r.auditRecord;
    const files = candidateFiles(context, ctx, envelopeFile);
    const records = [];
    for (const file of files)
        records.push(...context.validDocuments(file, id));
    // Approval records validated in this run but kept elsewhere count too.
    for (const doc of context.all())
        if (doc.valid && doc.schemaId === id && !files.includes(doc.file))
            records.push(doc);
    const matching = records.filter((doc) => {
        const record = doc.doc.value;
        return (record.check === 'approval' &&
            record.decision === 'allowed' &&
            record.run_id === envelope.run_id &&
            (record.stage === envelope.stage || record.stage === '*'));
    });
    const none = (reason, unproven = []) => ({
        found: false,
        reason,
        unproven,
    });
    // Fail closed on times that name no instant: an approval must be shown to precede the request.
    const requestedAt = envelope.created_at === undefined ? undefined : (0,time/* readTimestamp */.L2)(envelope.created_at);
    if (requestedAt && !requestedAt.ok && matching.length > 0) {
        return none(`the request's created_at (${envelope.created_at}) names no instant, so no approval can be shown to precede it`);
    }
    const latest = ctx.now.getTime() + exceptions/* CREATED_SKEW_MS */.Pq;
    const inTime = matching.filter((doc) => {
        const recorded = (0,time/* readTimestamp */.L2)(doc.doc.value.time);
        if (!recorded.ok || recorded.ms > latest)
            return false;
        return requestedAt === undefined || (requestedAt.ok && recorded.ms <= requestedAt.ms);
    });
    // Every candidate is judged, so a record without proof is named even when another approves.
    const unproven = [];
    let approved;
    for (const doc of inTime) {
        const proof = await proofOf(doc, ctx);
        if (!proof.approved)
            unproven.push({ doc, missing: proof.missing });
        else
            approved ??= { doc, by: proof.by };
    }
    if (approved) {
        const record = approved.doc.doc.value;
        return { found: true, file: approved.doc.file, actor: record.actor, by: approved.by, unproven };
    }
    if (unproven.length > 0) {
        return none(`no approval record carries the roles' approval (${unproven
            .map((u) => `${(0,approval_proof/* recordPlace */.ZJ)(u.doc)}: ${u.missing}`)
            .join(' | ')})`, unproven);
    }
    if (matching.length > 0) {
        const late = matching[0].doc.value;
        const recorded = (0,time/* readTimestamp */.L2)(late.time);
        const place = (0,approval_proof/* recordPlace */.ZJ)(matching[0]);
        if (!recorded.ok)
            return none(`the only approval (${place}) has a time that names no instant (${late.time}: ${recorded.problem})`);
        if (recorded.ms > latest)
            return none(`the only approval (${place}, ${late.time}) is dated in the future (checked at ${ctx.now.toISOString()})`);
        return none(`the only approval (${place}, ${late.time}) was recorded after the request (${envelope.created_at})`);
    }
    const looked = files.length > 0 ? files.join(', ') : 'no approval files exist next to it or above it';
    return none(`no approval record (check: approval, decision: allowed, run_id ${envelope.run_id}, stage ${envelope.stage}) was found; looked in: ${looked}`);
}
function proofOf(doc, ctx) {
    let proof = proofs.get(doc);
    if (!proof)
        proofs.set(doc, (proof = (0,approval_proof/* proveRecord */.Qt)(doc, ctx.check)));
    return proof;
}
/** Existing approval files from the envelope's directory up to the root, then the audit log. */
function candidateFiles(context, ctx, envelopeFile) {
    const out = [];
    let directory = external_node_path_default().posix.dirname(envelopeFile);
    for (;;) {
        const join = (name) => (directory === '.' ? name : `${directory}/${name}`);
        for (const name of ['approvals.jsonl', 'approval.json', 'approval.yaml', 'approval.yml']) {
            if (context.isFile(join(name)))
                out.push(join(name));
        }
        for (const name of listDirectory(external_node_path_default().join(ctx.root, join('approvals')))) {
            if ((0,schema_document.formatOf)(name) && context.isFile(join(`approvals/${name}`)))
                out.push(join(`approvals/${name}`));
        }
        if (directory === '.')
            break;
        directory = external_node_path_default().posix.dirname(directory);
    }
    const auditLog = ctx.config.audit?.log?.replace(/^\.\//, '');
    if (auditLog && context.isFile(auditLog) && !out.includes(auditLog))
        out.push(auditLog);
    return out;
}
function listDirectory(absolute) {
    try {
        return (0,external_node_fs_.readdirSync)(absolute).sort();
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/checks/validate/read.ts
var validate_read = __webpack_require__(6818);
;// CONCATENATED MODULE: ./src/checks/validate/rules/context.ts
/**
 * Documents the semantic rules consult beyond the ones being validated: the policy governing an
 * envelope, approval records for its run. Loaded from the repository on demand (a pre-commit run
 * passes only the changed envelope), validated against their schema, cached per file. A file that
 * cannot be read or parsed contributes nothing here: it is reported when it is validated itself.
 */






class DocumentContext {
    root;
    byFile = new Map();
    constructor(root, checked) {
        this.root = root;
        for (const doc of checked)
            this.byFile.set(doc.file, [...(this.byFile.get(doc.file) ?? []), doc]);
    }
    /** Valid documents of a root-relative file as `schemaId` (validated now if not already). */
    validDocuments(relative, schemaId) {
        let docs = this.byFile.get(relative);
        if (!docs) {
            docs = this.load(relative, schemaId);
            this.byFile.set(relative, docs);
        }
        return docs.filter((d) => d.valid && d.schemaId === schemaId);
    }
    /** Every document already loaded, checked or consulted. */
    all() {
        return [...this.byFile.values()].flat();
    }
    isFile(relative) {
        const absolute = external_node_path_default().join(this.root, relative);
        if (!(0,fs/* isInside */.FK)(this.root, absolute))
            return false;
        try {
            return (0,external_node_fs_.lstatSync)(absolute).isFile();
        }
        catch {
            return false;
        }
    }
    /** The first document of a root-relative JSON/YAML file, unvalidated; undefined if unreadable. */
    rawValue(relative) {
        if (!this.isFile(relative))
            return undefined;
        try {
            const read = (0,validate_read/* readBounded */.C)(external_node_path_default().join(this.root, relative), relative);
            if ('oversize' in read || read.problem)
                return undefined;
            return (0,schema_document.parseDocuments)(read.text, relative, (0,schema_document.formatOf)(relative) ?? 'yaml')[0]?.value;
        }
        catch {
            return undefined;
        }
    }
    load(relative, schemaId) {
        if (!this.isFile(relative))
            return [];
        const validate = (0,registry/* validatorFor */.qA)(schemaId);
        if (!validate)
            return [];
        try {
            const read = (0,validate_read/* readBounded */.C)(external_node_path_default().join(this.root, relative), relative);
            if ('oversize' in read || read.problem)
                return [];
            return (0,schema_document.parseDocuments)(read.text, relative, (0,schema_document.formatOf)(relative) ?? 'yaml').map((doc) => ({
                file: relative,
                doc,
                schemaId,
                valid: validate(doc.value),
            }));
        }
        catch {
            return [];
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/validate/rules/run-windows.ts
/**
 * The run-window grammar of automation-policy.v1 (docs/validate.md#run-windows):
 *
 *   window = days ":" time "-" time [ "@" zone ]
 *   days   = "daily" | "weekday" | "weekend" | item *( "," item )
 *   item   = day [ "-" day ]            ; a range, which may wrap: fri-mon
 *   day    = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
 *   time   = HH ":" MM                  ; 00:00 … 23:59; the end may also be 24:00
 *   zone   = "UTC" | ( "+" | "-" ) HH ":" MM | IANA name such as Europe/Berlin   ; default UTC
 *
 * A window opens on each listed day at its start and closes at its end; an end before the start
 * closes on the next day (`daily:22:00-06:00`). A start equal to the end is an error (empty window),
 * as are a day listed twice and a time zone the runtime does not know.
 */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTES_PER_DAY = 24 * 60;
const WINDOW = /^([a-z,-]+):(\d{2}):(\d{2})-(\d{2}):(\d{2})(?:@(.+))?$/;
function parseRunWindow(text) {
    const match = WINDOW.exec(text);
    if (!match) {
        return { error: 'not `<days>:<HH:MM>-<HH:MM>[@<zone>]` (e.g. `weekday:09:00-18:00`)' };
    }
    const [, daysText, startH, startM, endH, endM, zoneText] = match;
    const days = parseDays(daysText);
    if ('error' in days)
        return days;
    const start = minutesOf(startH, startM, false);
    if (typeof start === 'string')
        return { error: `start ${start}` };
    const end = minutesOf(endH, endM, true);
    if (typeof end === 'string')
        return { error: `end ${end}` };
    if (start === end)
        return { error: 'start and end are the same time: the window is empty' };
    const zone = parseZone(zoneText);
    if ('error' in zone)
        return zone;
    return { window: { days: days.days, start, end, zone: zone.zone } };
}
function parseDays(text) {
    if (text === 'daily')
        return { days: new Set([0, 1, 2, 3, 4, 5, 6]) };
    if (text === 'weekday')
        return { days: new Set([1, 2, 3, 4, 5]) };
    if (text === 'weekend')
        return { days: new Set([0, 6]) };
    const days = new Set();
    for (const item of text.split(',')) {
        const bounds = item.split('-');
        if (bounds.length > 2 || bounds.some((b) => b === ''))
            return { error: `\`${item}\` is not a day or a day range` };
        const indexes = bounds.map((b) => DAYS.indexOf(b));
        const unknown = bounds.find((_, i) => indexes[i] === -1);
        if (unknown !== undefined) {
            return {
                error: `unknown day \`${unknown}\` (days: daily, weekday, weekend, mon, tue, wed, thu, fri, sat, sun)`,
            };
        }
        const [from, to = from] = indexes;
        for (let day = from;; day = (day + 1) % 7) {
            if (days.has(day))
                return { error: `day \`${DAYS[day]}\` is listed twice` };
            days.add(day);
            if (day === to)
                break;
        }
    }
    return { days };
}
function minutesOf(hours, minutes, isEnd) {
    const h = Number(hours);
    const m = Number(minutes);
    if (isEnd && h === 24 && m === 0)
        return MINUTES_PER_DAY;
    if (h > 23)
        return `hour ${hours} is out of range (00-23${isEnd ? ', or 24:00' : ''})`;
    if (m > 59)
        return `minute ${minutes} is out of range (00-59)`;
    return h * 60 + m;
}
function parseZone(text) {
    if (text === undefined || text === 'UTC')
        return { zone: { kind: 'utc' } };
    const offset = /^([+-])(\d{2}):(\d{2})$/.exec(text);
    if (offset) {
        const minutes = Number(offset[2]) * 60 + Number(offset[3]);
        if (Number(offset[3]) > 59 || minutes > 14 * 60)
            return { error: `offset \`${text}\` is out of range (-14:00 … +14:00)` };
        if (minutes === 0)
            return { zone: { kind: 'utc' } };
        return { zone: { kind: 'offset', minutes: offset[1] === '-' ? -minutes : minutes } };
    }
    if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(text) || !isKnownTimeZone(text)) {
        return {
            error: `time zone \`${text}\` is not known (use UTC, an offset such as +01:00, or an IANA name such as Europe/Berlin)`,
        };
    }
    return { zone: { kind: 'iana', name: text } };
}
function isKnownTimeZone(name) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/** Local day of week (0 = Sunday) and minute of day of an instant in a window's zone. */
function localTime(instant, zone) {
    if (zone.kind !== 'iana') {
        const shifted = new Date(instant.getTime() + (zone.kind === 'offset' ? zone.minutes : 0) * 60_000);
        return {
            day: shifted.getUTCDay(),
            minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
        };
    }
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone.name,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
    }).formatToParts(instant);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
    const day = DAYS.indexOf(part('weekday').toLowerCase().slice(0, 3));
    return { day, minute: Number(part('hour')) * 60 + Number(part('minute')) };
}
/** Whether the window is open at an instant. */
function windowAllows(window, instant) {
    const { day, minute } = localTime(instant, window.zone);
    if (window.end > window.start)
        return window.days.has(day) && minute >= window.start && minute < window.end;
    // Overnight: opened today after the start, or opened yesterday and not yet closed.
    const yesterday = (day + 6) % 7;
    return ((window.days.has(day) && minute >= window.start) ||
        (window.days.has(yesterday) && minute < window.end));
}
/** A window in one canonical spelling, to spot the same window written twice. */
function canonicalWindow(window) {
    const zone = window.zone.kind === 'utc'
        ? 'UTC'
        : window.zone.kind === 'offset'
            ? `${window.zone.minutes}`
            : window.zone.name;
    return `${[...window.days].sort().join(',')}:${window.start}-${window.end}@${zone}`;
}

;// CONCATENATED MODULE: ./src/checks/validate/rules/index.ts
/**
 * Semantic policy rules: what the schemas cannot say, across documents (issue 4, docs/validate.md).
 * They run on schema-valid documents only, so every field they read has its schema's shape.
 *
 * How an envelope finds its policy: by `policy_id` when it has one (any automation policy in the
 * repository with that id), else the nearest automation policy up the directory tree from the
 * envelope (a policy governs its own directory and everything below; a policy kept in a
 * `policies/`, `automation-policies/` or `policies/automation/` folder governs that folder's parent).
 */









/**
 * Hosts of model providers' own APIs: a "gateway" pointing there is direct egress, which SPEC-260
 * forbids in cloud and hybrid modes.
 */
const PROVIDER_API_HOSTS = [
    /^api\.openai\.com$/,
    /\.openai\.azure\.com$/,
    /^api\.anthropic\.com$/,
    /^generativelanguage\.googleapis\.com$/,
    /-aiplatform\.googleapis\.com$/,
    /^bedrock-runtime\.[a-z0-9-]+\.amazonaws\.com$/,
    /^api\.mistral\.ai$/,
    /^api\.cohere\.(ai|com)$/,
    /^api\.groq\.com$/,
    /^api\.together\.(xyz|ai)$/,
    /^api\.deepseek\.com$/,
    /^api\.x\.ai$/,
    /^api\.fireworks\.ai$/,
    /^api\.perplexity\.ai$/,
    /^api-inference\.huggingface\.co$/,
];
const POLICY_FOLDERS = [['policies', 'automation'], ['automation-policies'], ['policies']];
async function applySemanticRules(checked, ctx) {
    try {
        return await applyRules(checked, ctx);
    }
    catch (error) {
        // A response_schema named a schema file, which is compiled to know it is one: the rules keep
        // no state between runs, so load the compiler and run them again.
        if (!(error instanceof registry/* SchemaCompilerNotLoaded */.T3))
            throw error;
        await (0,registry/* loadSchemaCompiler */.TQ)();
        return applyRules(checked, ctx);
    }
}
async function applyRules(checked, ctx) {
    const disabled = new Set(ctx.section['disable-rules'] ?? []);
    const findings = [];
    const report = (doc, pointer, input) => {
        if (disabled.has(input.rule))
            return;
        findings.push((0,validate_findings/* makeFinding */.MH)({
            ...input,
            file: doc.file,
            position: doc.doc.locate(pointer),
            subject: `${doc.doc.index}:${pointer}:${input.subject ?? ''}`,
        }));
    };
    const valid = checked.filter((d) => d.valid);
    for (const doc of valid.filter((d) => d.schemaId === catalog/* SCHEMA_IDS */.r.automationPolicy))
        checkPolicy(doc, ctx, report);
    const envelopes = valid.filter((d) => d.schemaId === catalog/* SCHEMA_IDS */.r.modelRequestEnvelope);
    if (envelopes.length === 0)
        return findings;
    const context = new DocumentContext(ctx.root, checked);
    const policies = await policyDocuments(context, ctx);
    const windowsOf = new Map();
    const reportedRecords = new Set();
    for (const envelopeDoc of envelopes) {
        const envelope = envelopeDoc.doc.value;
        checkEnvelopeAlone(envelopeDoc, envelope, ctx, report);
        const governing = governingPolicy(envelopeDoc, envelope, policies);
        if ('problem' in governing) {
            report(envelopeDoc, governing.pointer, {
                rule: 'policy-not-found',
                message: governing.problem,
            });
            continue;
        }
        const policyDoc = governing.policy;
        const policy = policyDoc.doc.value;
        const named = `policy \`${policy.policy_id}\` (${policyDoc.file})`;
        if (!policyDoc.valid) {
            report(envelopeDoc, '', {
                rule: 'policy-not-found',
                message: `the governing ${named} does not match its schema, so nothing it allows can be relied on`,
                subject: policy.policy_id,
            });
            continue;
        }
        if (!policy.allowed_models.includes(envelope.model)) {
            report(envelopeDoc, '/model', {
                rule: 'model-not-allowed',
                message: `model \`${envelope.model}\` is not allowed by ${named}; allowed: ${policy.allowed_models.join(', ')}`,
                subject: envelope.model,
            });
        }
        if (envelope.created_at !== undefined) {
            if (!windowsOf.has(policyDoc))
                windowsOf.set(policyDoc, parsedWindows(policy));
            const windows = windowsOf.get(policyDoc);
            const at = (0,time/* readTimestamp */.L2)(envelope.created_at);
            if (!at.ok) {
                report(envelopeDoc, '/created_at', {
                    rule: 'invalid-time',
                    message: `created_at ${envelope.created_at} names no instant (${at.problem}), so no run window or approval time can be checked`,
                });
            }
            else if (windows.length > 0 && !windows.some((w) => windowAllows(w, new Date(at.ms)))) {
                report(envelopeDoc, '/created_at', {
                    rule: 'outside-run-window',
                    message: `created at ${envelope.created_at}, outside every run window of ${named}: ${policy.run_windows.join(', ')}`,
                });
            }
        }
        checkBudgets(envelopeDoc, envelope, policy, named, context, report);
        if (policy.requires_approval && isGated(policy, envelope.stage)) {
            const approval = await findApproval(context, ctx, envelopeDoc.file, envelope);
            for (const { doc, missing } of approval.unproven) {
                const key = `${doc.file}#${doc.doc.index}`;
                if (reportedRecords.has(key))
                    continue;
                reportedRecords.add(key);
                const record = doc.doc.value;
                report(doc, '', {
                    rule: 'approval-unproven',
                    message: `approval record for stage \`${record.stage}\` of run \`${record.run_id}\` does not count: nothing shows the required roles gave it — ${missing}`,
                    subject: `${record.run_id}:${record.stage}`,
                });
            }
            if (!approval.found) {
                report(envelopeDoc, '/stage', {
                    rule: 'approval-missing',
                    message: `stage \`${envelope.stage}\` of run \`${envelope.run_id}\` needs an approval under ${named}, but ${approval.reason}`,
                    subject: `${envelope.run_id}:${envelope.stage}`,
                });
            }
        }
    }
    return findings;
}
/**
 * Budgets are enforced, not only typed: an envelope may not ask for more than its policy allows,
 * and the run's recorded cost and runtime (meta.json `cost_usd`, `runtime_minutes`, else
 * `finished_on` − `started_on`) may exceed neither the policy's ceiling nor the envelope's budget.
 */
function checkBudgets(doc, envelope, policy, named, context, report) {
    const limits = [
        ['max_cost_usd', 'cost', (n) => `$${n}`],
        ['max_runtime_minutes', 'runtime', (n) => `${n} min`],
    ];
    for (const [key, what, show] of limits) {
        const ceiling = policy[key];
        const asked = envelope[key];
        if (ceiling !== undefined && asked !== undefined && asked > ceiling) {
            report(doc, `/${key}`, {
                rule: 'budget-exceeded',
                message: `the envelope's ${what} budget ${show(asked)} exceeds the ${show(ceiling)} ${named} allows`,
                subject: `${key}:envelope`,
            });
        }
    }
    const metaFile = runMetaFile(doc.file, envelope.run_id, context);
    if (!metaFile)
        return;
    const meta = context.rawValue(metaFile);
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta))
        return;
    const recorded = recordedUsage(meta);
    for (const [key, what, show] of limits) {
        const used = key === 'max_cost_usd' ? recorded.cost : recorded.runtime;
        if (used === undefined)
            continue;
        for (const [limit, whose] of [
            [policy[key], named],
            [envelope[key], 'the envelope'],
        ]) {
            if (limit === undefined || used <= limit)
                continue;
            report(doc, '/run_id', {
                rule: 'budget-exceeded',
                message: `run \`${envelope.run_id}\` recorded ${what} ${show(Math.round(used * 100) / 100)} in ${metaFile}, over the ${show(limit)} ${whose} allows`,
                subject: `${key}:${whose}`,
            });
        }
    }
}
/** The run's meta.json: beside the envelope in its run directory, else runs/<run_id>/meta.json. */
function runMetaFile(envelopeFile, runId, context) {
    const runDir = /^(.*?(?:^|\/)runs\/[^/]+)\//.exec(envelopeFile)?.[1];
    const candidates = [
        ...(runDir ? [`${runDir}/meta.json`] : []),
        ...(/^[A-Za-z0-9._-]+$/.test(runId) && runId !== '.' && runId !== '..'
            ? [`runs/${runId}/meta.json`]
            : []),
    ];
    return candidates.find((file) => context.isFile(file));
}
/** Cost (USD) and runtime (minutes) a run records; a value that is not a usable number is none. */
function recordedUsage(meta) {
    const number = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
    const cost = number(meta.cost_usd);
    let runtime = number(meta.runtime_minutes);
    if (runtime === undefined &&
        typeof meta.started_on === 'string' &&
        typeof meta.finished_on === 'string') {
        const start = (0,time/* readTimestamp */.L2)(meta.started_on);
        const end = (0,time/* readTimestamp */.L2)(meta.finished_on);
        if (start.ok && end.ok && end.ms >= start.ms)
            runtime = (end.ms - start.ms) / 60_000;
    }
    return { ...(cost !== undefined ? { cost } : {}), ...(runtime !== undefined ? { runtime } : {}) };
}
function checkPolicy(doc, ctx, report) {
    const policy = doc.doc.value;
    const seen = new Map();
    policy.run_windows.forEach((text, i) => {
        const parsed = parseRunWindow(text);
        if ('error' in parsed) {
            report(doc, `/run_windows/${i}`, {
                rule: 'run-window',
                message: `run window \`${text}\`: ${parsed.error}`,
            });
            return;
        }
        const canonical = canonicalWindow(parsed.window);
        const first = seen.get(canonical);
        if (first !== undefined) {
            report(doc, `/run_windows/${i}`, {
                rule: 'run-window',
                severity: 'low',
                message: `run window \`${text}\` repeats run_windows[${first}] \`${policy.run_windows[first]}\``,
            });
        }
        else {
            seen.set(canonical, i);
        }
    });
    if (policy.execution_mode !== 'local' && policy.gateway) {
        const gateways = ctx.section.gateways;
        if (gateways && !gateways.includes(policy.gateway.id)) {
            report(doc, '/gateway/id', {
                rule: 'gateway',
                message: `gateway \`${policy.gateway.id}\` is not one of the gateways validate.gateways allows: ${gateways.join(', ') || '(none)'}`,
            });
        }
        const host = hostOf(policy.gateway.endpoint);
        if (host && PROVIDER_API_HOSTS.some((pattern) => pattern.test(host))) {
            report(doc, '/gateway/endpoint', {
                rule: 'gateway',
                message: `gateway endpoint \`${host}\` is a model provider's API: in ${policy.execution_mode} mode egress must route through a gateway, not straight to the provider`,
            });
        }
    }
    if (policy.default_redaction_profile !== undefined) {
        checkRedactionProfile(doc, policy.default_redaction_profile, '/default_redaction_profile', ctx, report);
    }
}
/** The rules an envelope answers alone: its redaction profile, response schema and run directory. */
function checkEnvelopeAlone(doc, envelope, ctx, report) {
    checkRedactionProfile(doc, envelope.redaction_profile, '/redaction_profile', ctx, report);
    if (!responseSchemaExists(envelope.response_schema, doc.file, ctx)) {
        report(doc, '/response_schema', {
            rule: 'response-schema',
            message: `response_schema \`${envelope.response_schema}\` names no schema pipeguard knows (shipped, in validate.extra-schemas, or a schema file in the repository), so the response cannot be validated before actions run`,
        });
    }
    const runDirectory = /(?:^|\/)runs\/([^/]+)\//.exec(doc.file)?.[1];
    if (runDirectory !== undefined && runDirectory !== envelope.run_id) {
        report(doc, '/run_id', {
            rule: 'run-id-mismatch',
            message: `run_id \`${envelope.run_id}\` differs from its run directory runs/${runDirectory}/`,
        });
    }
}
function checkRedactionProfile(doc, profile, pointer, ctx, report) {
    const defined = ctx.section['redaction-profiles'];
    if (defined?.includes(profile))
        return;
    report(doc, pointer, {
        rule: 'redaction-profile',
        message: defined
            ? `redaction profile \`${profile}\` is not defined; validate.redaction-profiles lists ${defined.join(', ') || 'none'}`
            : `redaction profile \`${profile}\` cannot be confirmed: no profiles are defined (set validate.redaction-profiles in .pipeguard.yml)`,
        subject: profile,
    });
}
function responseSchemaExists(reference, file, ctx) {
    if ((0,registry/* resolveSchemaId */.nT)(reference))
        return true;
    // A path to a schema file in the repository (relative to the envelope), never a remote URL.
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference))
        return false;
    return 'id' in ctx.selector.resolve(reference, file);
}
function isGated(policy, stage) {
    const gated = policy.approval_gated_stages;
    return gated === undefined || gated.includes('*') || gated.includes(stage);
}
function parsedWindows(policy) {
    const out = [];
    for (const text of policy.run_windows) {
        const parsed = parseRunWindow(text);
        if ('window' in parsed)
            out.push(parsed.window);
    }
    return out;
}
function hostOf(endpoint) {
    try {
        return new URL(endpoint).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
}
/** Every automation policy document: the ones validated now and the repository's others. */
async function policyDocuments(context, ctx) {
    const policyId = catalog/* SCHEMA_IDS */.r.automationPolicy;
    const files = await (0,validate_files/* discoverFiles */.Z)(ctx.root, (file) => ctx.selector.mapped(file) === policyId);
    for (const file of files)
        context.validDocuments(file.relative, policyId);
    return context.all().filter((d) => d.schemaId === policyId);
}
function governingPolicy(envelopeDoc, envelope, policies) {
    const idOf = (d) => d.doc.value?.policy_id;
    if (envelope.policy_id !== undefined) {
        const matches = policies.filter((d) => idOf(d) === envelope.policy_id);
        if (matches.length === 1)
            return { policy: matches[0] };
        return {
            pointer: '/policy_id',
            problem: matches.length === 0
                ? `no automation policy with policy_id \`${envelope.policy_id}\` was found in the repository`
                : `policy_id \`${envelope.policy_id}\` is defined ${matches.length} times (${[...new Set(matches.map((m) => m.file))].join(', ')}); it must be unique`,
        };
    }
    let directory = external_node_path_default().posix.dirname(envelopeDoc.file);
    for (;;) {
        const here = policies.filter((d) => scopeOf(d.file) === directory);
        if (here.length === 1)
            return { policy: here[0] };
        if (here.length > 1) {
            return {
                pointer: '',
                problem: `${here.length} automation policies govern ${directory === '.' ? 'the repository root' : `${directory}/`} (${here.map((d) => d.file).join(', ')}); set policy_id to choose one`,
            };
        }
        if (directory === '.')
            break;
        directory = external_node_path_default().posix.dirname(directory);
    }
    return {
        pointer: '',
        problem: 'no automation policy governs this envelope: set policy_id, or put an automation policy (e.g. automation-policy.yaml) in its directory or a parent directory',
    };
}
/** The directory a policy file governs: its own, or its policy folder's parent. */
function scopeOf(file) {
    const parts = external_node_path_default().posix.dirname(file).split('/');
    for (const folder of POLICY_FOLDERS) {
        const tail = parts.slice(-folder.length);
        if (tail.length === folder.length && tail.every((p, i) => p === folder[i])) {
            const rest = parts.slice(0, -folder.length);
            return rest.length === 0 ? '.' : rest.join('/');
        }
    }
    return parts.join('/');
}

// EXTERNAL MODULE: ./src/checks/validate/settings.ts
var settings = __webpack_require__(1139);
// EXTERNAL MODULE: ./src/checks/validate/spec.ts
var spec = __webpack_require__(1777);
;// CONCATENATED MODULE: ./src/checks/validate/index.ts
/**
 * `pipeguard validate [PATH…]`: documents against their schemas (errors at file:line:col), then
 * the semantic policy rules across documents. A pure core: reads files under ctx.root, returns a
 * CheckResult, throws InputError for usage and configuration mistakes.
 */




















/** The documents the semantic rules read. */
const RULE_INPUTS = [
    catalog/* SCHEMA_IDS */.r.modelRequestEnvelope,
    catalog/* SCHEMA_IDS */.r.automationPolicy,
    catalog/* SCHEMA_IDS */.r.auditRecord,
];
/** The root-relative path of a `--schema` that names a file (inside the root), else undefined. */
function schemaFileOf(root, reference) {
    const absolute = external_node_path_default().resolve(root, reference);
    if (!(0,external_node_fs_.existsSync)(absolute))
        return undefined;
    return (0,fs/* relativeToRoot */.yY)(root, (0,fs/* resolveInsideRoot */.Pk)(root, absolute, reference));
}
async function runValidate(ctx, request, shardArgs = { positionals: request.paths, values: {} }) {
    const started = performance.now();
    const configured = (0,settings/* validateSectionOf */.z)(ctx.config);
    // `--schema FILE`: a schema file is registered like the config's extra schemas (in every thread).
    const schemaFile = request.schema !== undefined && !(0,registry/* resolveSchemaId */.nT)(request.schema)
        ? schemaFileOf(ctx.root, request.schema)
        : undefined;
    const section = schemaFile
        ? { ...configured, 'extra-schemas': [...(configured['extra-schemas'] ?? []), schemaFile] }
        : configured;
    const rulesOn = !request.schemaOnly;
    const job = {
        root: ctx.root,
        section,
        auditLog: ctx.config.audit?.log,
        // Only what the semantic rules read is kept; everything else is dropped as soon as checked.
        keep: rulesOn ? RULE_INPUTS : [],
        digestAll: Boolean(ctx.config.audit?.log),
        threads: (0,threads/* threadsFromEnv */.b)(ctx.env.PIPEGUARD_THREADS),
    };
    if ((section['extra-schemas'] ?? []).length > 0) {
        await (0,registry/* loadSchemaCompiler */.TQ)();
        job.schemaCompiler = true;
    }
    // Registers validate.extra-schemas first: a broken one is a configuration error (exit 2).
    const selector = (0,engine.selectorFor)(job);
    let fallbackSchema;
    if (request.schema !== undefined) {
        fallbackSchema = schemaFile
            ? (0,validate_select/* loadSchemaFile */.C0)(ctx.root, external_node_path_default().resolve(ctx.root, schemaFile))
            : (0,registry/* resolveSchemaId */.nT)(request.schema);
        if (!fallbackSchema) {
            const known = (0,registry/* knownSchemaIds */.$Q)().map(engine.nameOf).join(', ');
            throw new errors/* InputError */.dz(`--schema: unknown schema \`${request.schema}\` (known: ${known})`);
        }
    }
    job.fallbackSchema = fallbackSchema;
    const candidates = request.paths.length > 0
        ? (0,validate_files/* expandPaths */.p)(ctx.root, request.paths)
        : await (0,validate_files/* discoverFiles */.Z)(ctx.root, (file) => selector.inScope(file));
    const all = candidates.filter((file) => !selector.isExcluded(file.relative));
    const work = request.shard ? new partition/* WorkList */.kT(request.shard, 'files') : undefined;
    const files = work ? all.filter((file) => work.take(file.relative)) : all;
    const listed = performance.now();
    const outcome = await (0,engine.validateAll)(files, job);
    if (work && rulesOn && work.spec.index === 1 && files.length < all.length) {
        // The policy rules read documents across files (an envelope and its policy): shard 1 runs
        // them over every file's documents, reporting schema problems of its own files only.
        const mine = new Set(files);
        const others = all.filter((file) => !mine.has(file));
        const rest = await (0,engine.validateAll)(others, { ...job, digestAll: false });
        const position = new Map(all.map((file, i) => [file.relative, i]));
        outcome.documents = [...outcome.documents, ...rest.documents].sort((a, b) => position.get(a.file) - position.get(b.file));
    }
    ctx.log.debug(`validate: ${files.length} files listed in ${(listed - started).toFixed(0)} ms, validated in ${(performance.now() - listed).toFixed(0)} ms on ${outcome.threads} thread(s)`);
    const findings = [...outcome.findings];
    if (rulesOn && (!work || work.spec.index === 1)) {
        findings.push(...(await applySemanticRules(outcome.documents, {
            root: ctx.root,
            config: ctx.config,
            section,
            selector,
            now: ctx.now,
            check: ctx,
        })));
    }
    // By name, so shards' counts add up to the same object.
    const perSchema = {};
    for (const [id, count] of Object.entries(outcome.counts).sort(([a], [b]) => (0,engine.nameOf)(a) < (0,engine.nameOf)(b) ? -1 : 1))
        perSchema[(0,engine.nameOf)(id)] = count;
    // One order, sharded or not, so the merge of shards equals an unsharded run.
    (0,model/* orderFindings */.$t)(findings, validateOrder);
    const details = {
        filesValidated: outcome.filesValidated,
        filesSkipped: outcome.filesSkipped.length,
        threads: outcome.threads,
        documents: perSchema,
    };
    const result = (0,model/* resultFromFindings */.Ot)(validate_findings/* CHECK */.fi, findings, (0,types/* failOnFor */.p)(ctx.config, 'validate'), (failing, total) => summaryOf(details, failing, total), details);
    const done = {
        ...result,
        rules: (0,validate_findings/* ruleInfos */.UX)(),
        inputs: outcome.inputs,
        outputs: outputsOf(details),
    };
    if (!work || !request.shard)
        return done;
    return (0,record/* withShardRecord */.s)(ctx, done, {
        spec: request.shard,
        work,
        command: spec/* VALIDATE_SPEC */.n.commands[0],
        args: shardArgs,
    });
}
function documentCount(details) {
    return Object.values(details.documents).reduce((a, b) => a + b, 0);
}
function summaryOf(details, failing, total) {
    const documents = documentCount(details);
    const scope = `${documents} document${documents === 1 ? '' : 's'} in ${details.filesValidated} file${details.filesValidated === 1 ? '' : 's'}`;
    if (details.filesValidated === 0)
        return `no documents to validate (${details.filesSkipped} files had no schema)`;
    if (total === 0)
        return `${scope}: all valid`;
    return `${scope}: ${total} problem${total === 1 ? '' : 's'}${failing < total ? ` (${failing} at or above fail-on)` : ''}`;
}
function outputsOf(details) {
    return {
        documents: String(documentCount(details)),
        'files-validated': String(details.filesValidated),
    };
}
/** What a file's own documents say (its shard reports them), not the cross-document rules. */
const DOCUMENT_RULES = new Set(['schema', 'syntax', 'duplicate-key', 'refused', 'unknown-schema']);
/**
 * By file, each file's document problems before the cross-document rules' findings (shard 1
 * reports those for every file), each group in the order the run found them.
 */
function validateOrder(a, b) {
    const rank = (f) => (DOCUMENT_RULES.has(f.rule) ? 0 : 1);
    return (0,model/* byFile */.y9)(a, b) || rank(a) - rank(b);
}
/** The shards of a validate run as one run (`pipeguard report merge`). */
function mergeValidateShards(shards) {
    const details = (0,shard_details/* sumDetails */.c)(shards.map((s) => s.details ?? {}));
    const counts = details;
    counts.documents = Object.fromEntries(Object.entries(counts.documents).sort(([a], [b]) => (a < b ? -1 : 1)));
    // One digest per failing file, in path order as one run lists them.
    const inputs = shards
        .flatMap((s) => s.inputs ?? [])
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        details,
        order: validateOrder,
        summary: (failing, total) => summaryOf(counts, failing, total),
        outputs: outputsOf(counts),
        inputs,
    };
}
const validateCheck = (0,checks_define/* implementCheck */.gs)(spec/* VALIDATE_SPEC */.n, (ctx) => runValidate(ctx, { paths: [] }), {
    validate: async (ctx, args) => [
        await runValidate(ctx, {
            paths: args.positionals,
            schema: typeof args.values.schema === 'string' && args.values.schema !== ''
                ? args.values.schema
                : undefined,
            schemaOnly: args.values['schema-only'] === true,
            shard: (0,partition/* shardOption */.Kn)(args.values.shard),
        }, args),
    ],
    'approval sign': async (ctx, args) => {
        // Loaded on use: validating never pays for the signer.
        const [{ signApproval }, { signArgs }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(8362), __webpack_require__.e(2551), __webpack_require__.e(8627), __webpack_require__.e(8319)]).then(__webpack_require__.bind(__webpack_require__, 8319)),
            Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(8362), __webpack_require__.e(2551), __webpack_require__.e(8627), __webpack_require__.e(2275)]).then(__webpack_require__.bind(__webpack_require__, 2275)),
        ]);
        const { target, options } = signArgs(args, 'approval sign', 'FILE[:LINE]');
        return [await signApproval(ctx, target, options)];
    },
}, { merge: mergeValidateShards });


/***/ }),

/***/ 9150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qt: () => (/* binding */ proveRecord),
/* harmony export */   ZJ: () => (/* binding */ recordPlace),
/* harmony export */   dc: () => (/* binding */ signedBytesOf),
/* harmony export */   kA: () => (/* binding */ SIGNATURE_FIELD),
/* harmony export */   og: () => (/* binding */ APPROVAL_NAMESPACE)
/* harmony export */ });
/* harmony import */ var _eval_gate_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4228);
/* harmony import */ var _eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2840);
/* harmony import */ var _eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1827);
/* harmony import */ var _sshsig_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3733);
/* harmony import */ var _shard_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4147);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8626);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9997);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);








const APPROVAL_NAMESPACE = 'pipeguard-approval';
const SIGNATURE_FIELD = 'ssh_signature';
/** Where a record is, for messages: `file:line`. */
function recordPlace(doc) {
    return `${doc.file}:${doc.doc.locate('').line}`;
}
/**
 * The bytes an approval record's signatures cover, or why it has none: a value JSON cannot hold
 * (NaN, Infinity from YAML) would read the same as null, so such a record cannot be signed.
 */
function signedBytesOf(record) {
    const rest = Object.fromEntries(Object.entries(record).filter(([k]) => k !== SIGNATURE_FIELD));
    const bad = nonJsonValue(rest, '');
    if (bad !== undefined)
        return { problem: `${bad || 'the record'} holds a value JSON cannot hold (NaN or Infinity)` };
    return Buffer.from((0,_shard_record_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(rest), 'utf8');
}
function nonJsonValue(value, at) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? undefined : at;
    if (typeof value === 'string' || typeof value === 'boolean' || value === null)
        return undefined;
    if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) {
            const bad = nonJsonValue(item, `${at}/${i}`);
            if (bad !== undefined)
                return bad;
        }
        return undefined;
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value)) {
            const bad = nonJsonValue(item, `${at}/${key}`);
            if (bad !== undefined)
                return bad;
        }
        return undefined;
    }
    return at;
}
/** The signature source for one record: its `ssh_signature` blocks over its signed bytes. */
function recordSignatures(doc, signatures) {
    const { judgeSignatures: judge, loadAllowedSigners: loadSigners } = signatures;
    return {
        kind: 'signatures',
        async evaluate(request, ctx) {
            const record = doc.doc.value;
            const unsatisfied = (reason) => request.roles.map((role) => ({
                role,
                satisfied: false,
                via: 'signature',
                reason,
            }));
            const armored = record[SIGNATURE_FIELD];
            if (armored === undefined)
                return unsatisfied(`unsigned: the record has no ${SIGNATURE_FIELD}`);
            if (typeof armored !== 'string')
                return unsatisfied(`${SIGNATURE_FIELD} is not a string`);
            const message = signedBytesOf(record);
            if (!Buffer.isBuffer(message))
                return unsatisfied(message.problem);
            let signers;
            try {
                ({ signers } = await loadSigners(ctx));
            }
            catch (error) {
                if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz)
                    return unsatisfied(`no signature can be checked: ${error.toLine()}`);
                throw error;
            }
            const place = recordPlace(doc);
            try {
                return judge({
                    armored,
                    message,
                    namespace: APPROVAL_NAMESPACE,
                    roles: request.roles,
                    signers,
                    place: (line) => `${place} ${SIGNATURE_FIELD} block at its line ${line}`,
                }, ctx).verdicts;
            }
            catch (error) {
                if (error instanceof _sshsig_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ArmorError */ .Mi)
                    return unsatisfied(`${SIGNATURE_FIELD} is not armored SSH signatures: ${error.message}`);
                throw error;
            }
        },
    };
}
/**
 * The review source for one record. A PR review approves a whole file as the PR leaves it, so it
 * proves a record only when the record is alone in its file: then the PR that changed the file
 * (or the merged PR that brought its bytes) is exactly the PR that added the record, and earlier
 * unreviewed lines cannot ride along on a later PR's approval.
 */
function recordReviews(doc, reviews) {
    return {
        kind: 'reviews',
        async evaluate(request, ctx) {
            const count = recordsIn(request.exceptionBytes, doc.file);
            if (count === 1)
                return reviews.evaluate(request, ctx);
            const reason = `a PR review approves a whole file, and ${doc.file} holds ${count === undefined ? 'unreadable content besides this record' : `${count} records`}: keep a record approved by review alone in its file (e.g. approvals/<run>-<stage>.json), or sign it`;
            return request.roles.map((role) => ({ role, satisfied: false, via: 'review', reason }));
        },
    };
}
function recordsIn(bytes, file) {
    try {
        const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_5__.parseDocuments)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8 */ ._6)(bytes, file), file, (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_5__.formatOf)(file) ?? 'yaml');
        return docs.length;
    }
    catch {
        return undefined;
    }
}
/**
 * Judge one approval record against the configured sources. Never throws for what a record holds
 * (that is an unproven record); an unreadable allowed_signers or config is an input error.
 */
async function proveRecord(doc, ctx) {
    const mode = (0,_eval_gate_config_js__WEBPACK_IMPORTED_MODULE_0__/* .evalGateSection */ .p1)(ctx.config).approval ?? _eval_gate_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .zY.approval;
    const roles = (0,_eval_gate_exceptions_js__WEBPACK_IMPORTED_MODULE_1__/* .rolesRequiredFor */ .ab)({ required_roles: [] }, { configuredRoles: Object.keys((0,_eval_gate_config_js__WEBPACK_IMPORTED_MODULE_0__/* .rolesOf */ .R7)(ctx.config)) });
    if (roles.length === 0) {
        return {
            approved: false,
            by: '',
            missing: 'no role can approve it: define eval-gate.roles in .pipeguard.yml',
        };
    }
    // Loaded on use: a run without gated stages never pays for the GitHub client.
    const [{ APPROVAL_SOURCES }, { evaluateApprovals }, signatures] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(2551), __webpack_require__.e(2625)]).then(__webpack_require__.bind(__webpack_require__, 4838)),
        __webpack_require__.e(/* import() */ 2244).then(__webpack_require__.bind(__webpack_require__, 2244)),
        __webpack_require__.e(/* import() */ 39).then(__webpack_require__.bind(__webpack_require__, 39)),
    ]);
    const needsBytes = mode !== 'signatures';
    const outcome = await evaluateApprovals(mode, {
        signatures: recordSignatures(doc, signatures),
        ...(APPROVAL_SOURCES.reviews
            ? { reviews: recordReviews(doc, APPROVAL_SOURCES.reviews) }
            : {}),
    }, {
        exceptionFile: doc.file,
        // The review source judges the file's bytes against the PR head: the file as it is.
        exceptionBytes: needsBytes
            ? (await (0,_eval_gate_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readRecorded */ .HH)(ctx, doc.file, 'approval file')).bytes
            : Buffer.alloc(0),
        exception: { id: recordPlace(doc) },
        roles,
    }, ctx);
    return {
        approved: outcome.approved,
        outcome,
        by: outcome.verdicts
            .filter((v) => v.satisfied)
            .map((v) => `${v.role}: ${v.by ?? '?'} (${v.via})`)
            .join(', '),
        missing: outcome.missing.map((m) => `${m.role} (${m.via}): ${m.reason}`).join('; '),
    };
}


/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ sumDetails)
/* harmony export */ });
/* unused harmony export TIMING_FIELDS */
/** Details that time a run differ between runs: never compared, the slowest shard's kept. */
const TIMING_FIELDS = new Set(['elapsedMs', 'threads']);
/**
 * The shards' details as one run's: numbers add up (timings take the slowest), objects merge key
 * by key, arrays concatenate, anything else is the first shard's (the same in every shard), as are
 * the `shared` fields (facts about the whole run, such as the range's commit count).
 */
function sumDetails(list, shared = []) {
    const out = {};
    for (const details of list) {
        for (const [key, value] of Object.entries(details)) {
            const previous = out[key];
            if (!(key in out))
                out[key] = clone(value);
            else if (shared.includes(key))
                continue;
            else if (typeof value === 'number' && typeof previous === 'number')
                out[key] = TIMING_FIELDS.has(key) ? Math.max(previous, value) : previous + value;
            else if (Array.isArray(value) && Array.isArray(previous))
                out[key] = [...previous, ...value];
            else if (isRecord(value) && isRecord(previous))
                out[key] = sumDetails([previous, value]);
        }
    }
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function clone(value) {
    return isRecord(value) ? sumDetails([value]) : Array.isArray(value) ? [...value] : value;
}


/***/ }),

/***/ 2230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ shardOption),
/* harmony export */   Pn: () => (/* binding */ addDigests),
/* harmony export */   VN: () => (/* binding */ blockOf),
/* harmony export */   kT: () => (/* binding */ WorkList)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, parseShard, shardOfPath, itemDigest, sumHex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * `--shard I/N`: which part of the work a shard does, computed by every shard alone from the same
 * checkout, and digests that let `pipeguard report merge` prove the parts add up to the whole.
 *
 * - Files (secrets tree, validate) and manifests (checksums verify) are placed by rendezvous
 *   (highest-random-weight) hashing of their root-relative path: a path's shard depends on the path
 *   and N only. So the partition is the same whatever order the files are listed in, adding or
 *   removing files never moves any other file, and going from N to N+1 shards moves only the files
 *   the new shard wins (about 1/(N+1) of them). Bytes are balanced statistically: each file lands
 *   on a uniformly random shard, so with many files every shard gets close to 1/N of the bytes (the
 *   bench measures it). A greedy bin-packing by size would balance a few huge files better but moves
 *   files whenever one is added, and needs every file's size in every shard before the first read.
 * - Commits (secrets history) are split into N contiguous blocks of the range's commits in the
 *   order the scan reads them (oldest first): shard order is history order, so the merge keeps a
 *   secret's first occurrence exactly as an unsharded scan does.
 *
 * The work list's digest is additive: the SHA-256 of each item read as a 256-bit number, summed
 * modulo 2^256. It needs no sorting (it streams), it is the same for any listing order, and the
 * shards' sums add up to the full list's sum exactly when the shards' lists add up to the list.
 */


/** More shards than this is a typo (GitHub allows 256 jobs per matrix). */
const MAX_SHARDS = 256;
/** `I/N` with 1 ≤ I ≤ N ≤ 256, both plain decimal integers without leading zeros. */
function parseShard(value, label = '--shard') {
    const match = /^([1-9]\d{0,2})\/([1-9]\d{0,2})$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index > count || count > MAX_SHARDS)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${label} must be I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4); got "${value}"`);
    return { index, count };
}
/** The `shard` option value of a command (CLI flag or Action input), parsed; undefined when absent. */
function shardOption(value) {
    if (value === undefined || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--shard must be I/N (e.g. 2/4)');
    return parseShard(value);
}
function fmix32(value) {
    let h = value;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** The 1-based shard a path belongs to among `count` (rendezvous hashing). */
function shardOfPath(item, count) {
    if (count === 1)
        return 1;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(item, 'utf8').digest();
    const a = digest.readUInt32BE(0);
    const b = digest.readUInt32BE(4);
    let best = 0;
    let bestScore = -1;
    for (let shard = 0; shard < count; shard++) {
        const score = fmix32(a ^ fmix32((b + Math.imul(shard + 1, 0x9e3779b9)) >>> 0));
        if (score > bestScore) {
            best = shard;
            bestScore = score;
        }
    }
    return best + 1;
}
/** The [start, end) positions of a shard's contiguous block of `total` ordered items. */
function blockOf(total, spec) {
    return {
        start: Math.floor(((spec.index - 1) * total) / spec.count),
        end: Math.floor((spec.index * total) / spec.count),
    };
}
const MODULUS = 1n << 256n;
function itemDigest(item) {
    return BigInt(`0x${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(item, 'utf8').digest('hex')}`);
}
/** Hex of a sum of item digests, modulo 2^256. */
function sumHex(sum) {
    return (((sum % MODULUS) + MODULUS) % MODULUS).toString(16).padStart(64, '0');
}
/** The sum of several hex work digests (what the shards' lists add up to). */
function addDigests(digests) {
    let sum = 0n;
    for (const d of digests)
        sum += BigInt(`0x${d}`);
    return sumHex(sum);
}
/**
 * Counts and digests a work list as it streams, and says which items are this shard's. Items are
 * namespaced by kind (`file:`, `manifest:`, `commit:`), so two lists can never be confused.
 */
class WorkList {
    spec;
    kind;
    all = 0n;
    mine = 0n;
    allItems = 0;
    mineItems = 0;
    constructor(spec, kind) {
        this.spec = spec;
        this.kind = kind;
    }
    /** Records the item; true when it is this shard's (by path hash). */
    take(item) {
        return this.record(item, shardOfPath(item, this.spec.count) === this.spec.index);
    }
    /** Records the item with a placement decided elsewhere (a contiguous block). */
    record(item, mine) {
        const digest = itemDigest(`${this.kind}:${item}`);
        this.all += digest;
        this.allItems++;
        if (mine) {
            this.mine += digest;
            this.mineItems++;
        }
        return mine;
    }
    get work() {
        return { items: this.allItems, digest: sumHex(this.all) };
    }
    get own() {
        return { items: this.mineItems, digest: sumHex(this.mine) };
    }
}


/***/ }),

/***/ 4147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson),
/* harmony export */   s: () => (/* binding */ withShardRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2143);
/* harmony import */ var _checks_secrets_git_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8396);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1013);
/**
 * The shard record a sharded check attaches to its result (model.ts ShardRecord): where the shard
 * stands in the whole, and every fact the shards must share for a merge to be sound.
 */




/** JSON with object keys sorted, so equal values digest equally. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
async function headCommit(root) {
    try {
        return (await (0,_checks_secrets_git_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOutput */ .oM)(root, ['rev-parse', '--verify', '-q', 'HEAD'], 'read HEAD')).trim();
    }
    catch {
        return null;
    }
}
/** Attach the shard record to a sharded check's result (returned for chaining). */
async function withShardRecord(ctx, result, facts) {
    // The command's own options (global ones such as --format or --output differ freely).
    const values = Object.fromEntries(Object.keys(facts.command.options ?? {})
        .filter((name) => name !== 'shard' && facts.args.values[name] !== undefined)
        .sort()
        .map((name) => [name, facts.args.values[name]]));
    const record = {
        index: facts.spec.index,
        count: facts.spec.count,
        key: facts.work.kind,
        work: facts.work.work,
        own: facts.work.own,
        commit: await headCommit(ctx.root),
        config: sha256(canonicalJson(ctx.config)),
        options: sha256(canonicalJson({
            command: facts.command.name.join(' '),
            values,
            paths: facts.args.positionals,
        })),
        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x,
        failOn: (0,_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnFor */ .p)(ctx.config, result.check),
        ...(facts.absence?.length ? { absence: facts.absence } : {}),
    };
    result.shard = record;
    return result;
}


/***/ }),

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ threadsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/** PIPEGUARD_THREADS: how many threads a large run works on (1: none but this one). */
function threadsFromEnv(value) {
    if (value === undefined || value === '')
        return undefined;
    const threads = Number(value);
    if (!Number.isInteger(threads) || threads < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`PIPEGUARD_THREADS must be a whole number of at least 1; got ${value}`);
    }
    return threads;
}


/***/ })

};
