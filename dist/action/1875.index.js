export const id = 1875;
export const ids = [1875,3968,1587];
export const modules = {

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   a1: () => (/* binding */ rawValuesOf),
/* harmony export */   bV: () => (/* binding */ secretDigest),
/* harmony export */   fi: () => (/* binding */ CHECK),
/* harmony export */   hD: () => (/* binding */ findingOf)
/* harmony export */ });
/* unused harmony export secretFingerprint */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/* harmony import */ var _util_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6701);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6909);
/**
 * Located hits become Findings: masked (a public prefix at most, then a fixed mask that does not
 * reveal the length), fingerprinted by rule + path + SHA-256 of the secret (no line number, so a
 * moved line keeps its fingerprint and a different secret on the same line does not inherit it).
 */



const CHECK = 'secrets';
const MASK = '…[masked]';
function secretDigest(secret) {
    return (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .f)(secret);
}
function secretFingerprint(rule, file, secret) {
    return (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintOf */ .ax)(CHECK, rule, file, secretDigest(secret));
}
/**
 * The one place a secret is masked: the longest of the rule's literal public prefixes the value
 * starts with (never a character count, which showed 4 secret characters of legacy `sk-…` OpenAI
 * keys), cut to a third of the value and 12 characters, then a fixed mask hiding the length.
 */
function maskSecret(secret, publicPrefixes = []) {
    let prefix = '';
    for (const candidate of publicPrefixes)
        if (candidate.length > prefix.length && secret.startsWith(candidate))
            prefix = candidate;
    const visible = Math.min(prefix.length, Math.floor(secret.length / 3), 12);
    return `${secret.slice(0, visible)}${MASK}`;
}
function findingOf(hit, rule) {
    const where = hit.encoded ? ` inside a ${describeLayers(hit.encoded.layers)} value` : '';
    const when = hit.commit ? ` (added in commit ${hit.commit.slice(0, 12)})` : '';
    const shown = hit.binary
        ? 'in a binary key file'
        : maskSecret(hit.secret, hit.encoded ? [] : rule.publicPrefixes);
    return {
        check: CHECK,
        rule: rule.id,
        severity: rule.severity,
        message: `${rule.title}: ${shown}${where}${when}`,
        file: hit.path,
        line: hit.line,
        column: hit.column,
        endLine: hit.endLine,
        endColumn: hit.endColumn,
        fingerprint: secretFingerprint(rule.id, hit.path, hit.secret),
        remedy: rule.help,
    };
}
/** `base64-encoded`; nested: `base64-encoded value, then JSON-escaped` (outermost first). */
function describeLayers(layers) {
    const [outer, ...inner] = layers.map(_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEncoding */ .Pz);
    return inner.length ? `${outer} value, then ${inner.join(', then ')}` : outer;
}
/** The raw values to mask in logs for a hit: the secret, and the encoded text it was found in. */
function rawValuesOf(hit) {
    if (hit.binary)
        return [];
    const values = hit.encoded ? [hit.secret, hit.encoded.text] : [hit.secret];
    // Log maskers match line by line: a multi-line value (a PEM key) is also registered per line.
    for (const value of [...values]) {
        if (!/[\r\n]|\\n/.test(value))
            continue;
        for (const line of value.split(/\r?\n|\\n/)) {
            const trimmed = line.trim();
            if (trimmed.length >= 8 && !/^-----(?:BEGIN|END) /.test(trimmed))
                values.push(trimmed);
        }
    }
    return [...new Set(values)];
}


/***/ }),

/***/ 9172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ entryFinding),
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   FI: () => (/* binding */ loadIgnoreFile),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   a0: () => (/* binding */ parseIgnoreFile),
/* harmony export */   oU: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6867);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1204);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1917);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6043);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2561);
/**
 * Suppression by content, never by line: the ignore file (`.pipeguard/secrets-ignore`, YAML:
 * fingerprint + reason + optional expiry) and the baseline (`--write-baseline` / `--baseline`,
 * JSON, sorted, no timestamps or line numbers, so it does not churn). Suppressed findings stay in
 * the report with `suppressed` set; expired and unused entries become findings of their own.
 */









const FINGERPRINT = /^[0-9a-f]{32}$/;
const ENTRY_KEYS = new Set(['fingerprint', 'reason', 'expires', 'rule', 'file']);
/** Read and validate the ignore file; a missing default file is an empty list. */
async function loadIgnoreFile(absolute, display, required) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        if (error.code === 'ENOENT' && !required)
            return [];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read the secrets ignore file (${error.code ?? 'error'})`, display);
    }
    return parseIgnoreFile((0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(bytes, display), display);
}
/**
 * The YAML parser and the document helpers (about 400 KB of bundle) load only when there is an
 * ignore file or a baseline to read, not on every scan: measured ~10 ms of a `--diff` run.
 */
const documents = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8626)]).then(__webpack_require__.bind(__webpack_require__, 8626));
async function parseIgnoreFile(text, display) {
    const docs = (await documents()).parseDocuments(text, display, 'yaml');
    if (docs.length === 0 || (docs.length === 1 && docs[0].value == null))
        return [];
    if (docs.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('expected one YAML document', display, docs[1].locate('').line);
    const doc = docs[0];
    let list = doc.value;
    let base = '';
    if (isRecord(list)) {
        for (const key of Object.keys(list)) {
            if (key !== 'ignores' && key !== 'version')
                fail(doc, '', `unknown key "${key}" (expected "version" and "ignores")`, key);
        }
        if (list.version !== undefined && list.version !== 1)
            fail(doc, '/version', 'version must be 1');
        list = list.ignores ?? [];
        base = '/ignores';
    }
    if (!Array.isArray(list))
        fail(doc, base, 'expected a list of entries (fingerprint, reason, optional expires)');
    const seen = new Map();
    return list.map((raw, index) => {
        const at = `${base}/${index}`;
        if (!isRecord(raw))
            fail(doc, at, 'each entry must be a mapping with fingerprint and reason');
        const entry = raw;
        for (const key of Object.keys(entry))
            if (!ENTRY_KEYS.has(key))
                fail(doc, at, `unknown key "${key}"`, key);
        const { fingerprint, reason, expires, rule, file } = entry;
        if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) {
            fail(doc, `${at}/fingerprint`, 'fingerprint must be the 32 hex characters pipeguard reports');
        }
        if (typeof reason !== 'string' || reason.trim() === '')
            fail(doc, `${at}/reason`, 'every entry needs a reason');
        if (expires !== undefined) {
            const day = typeof expires === 'string' ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .readDate */ .h2)(expires) : undefined;
            if (!day?.ok) {
                fail(doc, `${at}/expires`, `expires must be a date written YYYY-MM-DD${day ? ` (${expires}: ${day.problem})` : ''}`);
            }
        }
        for (const [name, value] of [
            ['rule', rule],
            ['file', file],
        ]) {
            if (value !== undefined && typeof value !== 'string')
                fail(doc, `${at}/${name}`, `${name} must be a string`);
        }
        const line = doc.locate(at).line;
        const previous = seen.get(fingerprint);
        if (previous !== undefined)
            fail(doc, `${at}/fingerprint`, `duplicate fingerprint (first listed on line ${previous})`);
        seen.set(fingerprint, line);
        return {
            fingerprint: fingerprint,
            reason: reason.trim(),
            ...(expires ? { expires: expires } : {}),
            ...(rule ? { rule: rule } : {}),
            ...(file ? { file: file } : {}),
            line,
        };
    });
}
function fail(doc, pointer, message, key) {
    const where = doc.locate(pointer, key);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(message, doc.file, where.line, where.column);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isExpired(entry, now) {
    if (entry.expires === undefined)
        return false;
    const day = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .readDate */ .h2)(entry.expires);
    // Entries are checked when read; one that still names no day no longer suppresses anything.
    return !day.ok || day.ms <= now.getTime();
}
async function loadBaseline(absolute, display) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read the baseline (${error.code ?? 'error'})`, display);
    }
    const docs = (await documents()).parseDocuments((0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(bytes, display), display, 'json');
    const doc = docs[0];
    const value = doc?.value;
    if (!doc || !isRecord(value) || value.version !== 1 || !Array.isArray(value.findings)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('not a pipeguard secrets baseline (expected {"version": 1, "findings": [...]})', display, 1);
    }
    const fingerprints = new Set();
    value.findings.forEach((entry, index) => {
        if (!isRecord(entry) ||
            typeof entry.fingerprint !== 'string' ||
            !FINGERPRINT.test(entry.fingerprint)) {
            fail(doc, `/findings/${index}`, 'each baseline entry needs a 32-hex fingerprint');
        }
        fingerprints.add(entry.fingerprint);
    });
    return { fingerprints, raw: value };
}
/**
 * Write the baseline of the given findings: one entry per fingerprint, sorted, no line numbers
 * or timestamps. Fields a user added to entries that are still present, and top-level fields,
 * are kept.
 */
async function writeBaseline(absolute, findings, previous) {
    const kept = new Map((previous?.findings ?? []).map((e) => [e.fingerprint, e]));
    const entries = new Map();
    for (const f of findings) {
        if (f.rule.startsWith('ignore-') ||
            f.rule.startsWith('baseline-') ||
            f.rule.startsWith('scan-'))
            continue;
        if (entries.has(f.fingerprint))
            continue;
        entries.set(f.fingerprint, {
            ...(kept.get(f.fingerprint) ?? {}),
            fingerprint: f.fingerprint,
            rule: f.rule,
            file: f.file ?? '',
        });
    }
    const sorted = [...entries.values()].sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_8__/* .compareUtf8 */ .z)(a.file, b.file) ||
        (0,_util_order_js__WEBPACK_IMPORTED_MODULE_8__/* .compareUtf8 */ .z)(a.rule, b.rule) ||
        (0,_util_order_js__WEBPACK_IMPORTED_MODULE_8__/* .compareUtf8 */ .z)(a.fingerprint, b.fingerprint));
    const doc = {
        ...(previous ?? {}),
        version: 1,
        tool: 'pipeguard',
        check: 'secrets',
        findings: sorted,
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute), { recursive: true });
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(absolute, `${JSON.stringify(doc, null, 2)}\n`);
    return sorted.length;
}
/** Findings about the ignore file and baseline themselves: expired and unused entries. */
function entryFinding(rule, file, line, fingerprint, message) {
    return {
        check: _findings_js__WEBPACK_IMPORTED_MODULE_7__/* .CHECK */ .fi,
        rule,
        severity: rule === 'ignore-expired' ? 'medium' : 'low',
        message,
        file,
        ...(line !== undefined ? { line } : {}),
        fingerprint: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintOf */ .ax)(_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .CHECK */ .fi, rule, file, fingerprint),
        remedy: rule === 'ignore-expired'
            ? 'Rotate the secret and remove it, or renew the entry with a new expiry and reason.'
            : 'Remove the entry: nothing it covers is found any more.',
    };
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   isGitRepo: () => (/* binding */ isGitRepo),
/* harmony export */   jo: () => (/* binding */ ignoredPaths),
/* harmony export */   lS: () => (/* binding */ requireGitWorkTree),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* unused harmony export workTreeTop */
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
