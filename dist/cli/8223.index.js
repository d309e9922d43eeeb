export const id = 8223;
export const ids = [8223];
export const modules = {

/***/ 8223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  depsCheck: () => (/* binding */ depsCheck),
  depsSection: () => (/* binding */ depsSection),
  groupAliases: () => (/* binding */ groupAliases),
  runDeps: () => (/* binding */ runDeps)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/options.ts
var checks_options = __webpack_require__(259);
// EXTERNAL MODULE: ./src/checks/eval-gate/inputs.ts
var inputs = __webpack_require__(1827);
// EXTERNAL MODULE: ./src/checks/validate/files.ts
var validate_files = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/checks/deps/exceptions.ts
var deps_exceptions = __webpack_require__(4904);
// EXTERNAL MODULE: ./src/checks/deps/manifests.ts
var manifests = __webpack_require__(834);
// EXTERNAL MODULE: ./src/checks/deps/osv.ts
var osv = __webpack_require__(3236);
;// CONCATENATED MODULE: ./src/checks/deps/osv-api.ts
/**
 * OSV's online API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` with one query
 * per distinct (ecosystem, name, version) — at most 1000 per request — following each result's
 * `next_page_token`, then `GET /v1/vulns/{id}` once per advisory id for the full record. Every
 * request has a timeout and a size cap on its answer; any error, a non-2xx status, an answer not in
 * the documented shape or more pages than a sane bound is an InputError (exit 2): a lookup that
 * failed never reads as "no vulnerabilities".
 */


const DEFAULT_OSV_API = 'https://api.osv.dev';
/** The API's documented limit of queries in one batch. */
const BATCH_SIZE = 1000;
const MAX_PAGES = 100;
const MAX_BATCH_ANSWER_BYTES = 32 * 1024 * 1024;
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
const DETAIL_CONCURRENCY = 8;
async function queryOsvApi(queries, options) {
    const base = baseUrlOf(options.baseUrl);
    const ids = queries.map(() => []);
    for (let start = 0; start < queries.length; start += BATCH_SIZE) {
        const slice = queries.slice(start, start + BATCH_SIZE);
        let pending = slice.map((query, i) => ({
            index: start + i,
            query,
            token: undefined,
        }));
        for (let page = 0; pending.length > 0; page++) {
            if (page >= MAX_PAGES)
                throw new errors/* InputError */.dz(`OSV API: more than ${MAX_PAGES} pages of results for one batch`, base);
            const body = {
                queries: pending.map(({ query, token }) => ({
                    package: { ecosystem: query.ecosystem, name: query.name },
                    version: query.version,
                    ...(token ? { page_token: token } : {}),
                })),
            };
            const answer = await requestJson(`${base}/v1/querybatch`, options, MAX_BATCH_ANSWER_BYTES, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
            });
            const results = answer.results;
            if (!Array.isArray(results) || results.length !== pending.length) {
                throw new errors/* InputError */.dz(`OSV API: querybatch answered ${Array.isArray(results) ? results.length : 'no'} results for ${pending.length} queries`, base);
            }
            const next = [];
            results.forEach((result, i) => {
                const item = pending[i];
                const r = (result ?? {});
                if (r.vulns !== undefined && !Array.isArray(r.vulns))
                    throw new errors/* InputError */.dz('OSV API: a querybatch result has a non-list `vulns`', base);
                for (const v of (r.vulns ?? [])) {
                    const id = v?.id;
                    if (typeof id !== 'string' || !(0,osv/* isAdvisoryId */.Lw)(id))
                        throw new errors/* InputError */.dz('OSV API: a querybatch result names no valid advisory id', base);
                    if (!ids[item.index].includes(id))
                        ids[item.index].push(id);
                }
                if (typeof r.next_page_token === 'string' && r.next_page_token !== '')
                    next.push({ ...item, token: r.next_page_token });
            });
            pending = next;
        }
    }
    const unique = [...new Set(ids.flat())].sort();
    const records = new Map();
    let cursor = 0;
    const worker = async () => {
        while (cursor < unique.length) {
            const id = unique[cursor++];
            const record = await requestJson(`${base}/v1/vulns/${encodeURIComponent(id)}`, options, MAX_RECORD_BYTES, { method: 'GET' });
            records.set(id, (0,osv/* checkRecord */.EQ)(record, base, id));
        }
    };
    await Promise.all(Array.from({ length: Math.min(DETAIL_CONCURRENCY, unique.length) }, worker));
    return { ids, records };
}
function baseUrlOf(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz(`OSV API URL is not a URL: ${raw}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(`OSV API URL must be http(s): ${raw}`);
    if (url.username || url.password)
        throw new errors/* InputError */.dz('OSV API URL must not carry credentials');
    return url.toString().replace(/\/+$/, '');
}
async function requestJson(url, options, maxBytes, init) {
    const doFetch = options.fetch ?? fetch;
    const where = url.replace(/\?.*$/, '');
    let response;
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
        response = await doFetch(url, { ...init, signal, redirect: 'error' });
    }
    catch (error) {
        const e = error;
        const why = e.name === 'TimeoutError'
            ? `no answer within ${options.timeoutMs / 1000} s`
            : (e.cause?.code ?? e.message);
        throw new errors/* InputError */.dz(`OSV API request failed (${why})`, where);
    }
    if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new errors/* InputError */.dz(`OSV API answered HTTP ${response.status}`, where);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new errors/* InputError */.dz(`OSV API answer is larger than ${maxBytes} bytes`, where);
    }
    const chunks = [];
    let size = 0;
    try {
        const reader = response.body?.getReader();
        if (reader) {
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                size += value.byteLength;
                if (size > maxBytes) {
                    await reader.cancel().catch(() => undefined);
                    throw new errors/* InputError */.dz(`OSV API answer is larger than ${maxBytes} bytes`, where);
                }
                chunks.push(value);
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const e = error;
        const why = e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : e.message;
        throw new errors/* InputError */.dz(`OSV API answer broke off (${why})`, where);
    }
    try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.dz('OSV API answer is not JSON', where);
    }
}
/** The distinct lookups behind a list of dependencies (same package and version: one query). */
function queriesOf(dependencies, key) {
    const seen = new Map();
    for (const d of dependencies) {
        const k = key(d);
        if (!seen.has(k))
            seen.set(k, { ecosystem: d.ecosystem, name: d.name, version: d.version });
    }
    return [...seen.values()];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
;// CONCATENATED MODULE: ./src/checks/deps/osv-db.ts
/**
 * OSV's offline data: the per-ecosystem export archive (`<Ecosystem>/all.zip`, one OSV JSON
 * record per member, https://google.github.io/osv.dev/data/#data-dumps) read through yauzl, or a
 * folder of such records (the archive unpacked). Reads are bounded — archive size, member count,
 * each member's size, the total inflated bytes and the inflate ratio (zip bombs), with yauzl
 * checking every member inflates to its declared size — and nothing is ever written to disk.
 * Only records naming a wanted (ecosystem, package) are kept.
 */









const LIMITS = {
    archiveBytes: 2 * 1024 * 1024 * 1024,
    members: 2_000_000,
    memberBytes: 16 * 1024 * 1024,
    totalBytes: 8 * 1024 * 1024 * 1024,
    /** Archives up to this size are read whole; larger ones stream member by member. */
    inMemoryBytes: 512 * 1024 * 1024,
    /** Inflated bytes per compressed byte of a member over 64 KiB (OSV's JSON: about 5 to 20). */
    ratio: 200,
};
/** `${ecosystem}\0${name}` (PyPI names PEP 503-normalised). */
function packageKey(ecosystem, name) {
    return `${ecosystem}\0${ecosystem === 'PyPI' ? (0,manifests/* normalizePypiName */.Ty)(name) : name}`;
}
class OsvIndex {
    wanted;
    byPackage = new Map();
    records = 0;
    /** sha256 of each archive read whole, for the audit record. */
    digests = [];
    constructor(wanted) {
        this.wanted = wanted;
    }
    add(record) {
        this.records++;
        const keys = new Set();
        for (const affected of record.affected ?? []) {
            const eco = affected.package?.ecosystem;
            const name = affected.package?.name;
            if ((eco !== 'PyPI' && eco !== 'npm') || typeof name !== 'string')
                continue;
            const key = packageKey(eco, name);
            if (this.wanted.has(key))
                keys.add(key);
        }
        for (const key of keys) {
            const list = this.byPackage.get(key) ?? [];
            list.push(record);
            this.byPackage.set(key, list);
        }
    }
    lookup(ecosystem, name) {
        return this.byPackage.get(packageKey(ecosystem, name)) ?? [];
    }
}
/** Load every configured archive or folder into one index of the wanted packages. */
async function loadOsvDatabases(root, sources, wanted, limits = LIMITS) {
    const index = new OsvIndex(wanted);
    for (const source of sources) {
        const absolute = (0,fs/* resolveInsideRoot */.Pk)(root, source);
        const name = (0,fs/* relativeToRoot */.yY)(root, absolute);
        let info;
        try {
            info = await (0,promises_.lstat)(absolute);
        }
        catch (error) {
            const code = error.code;
            throw new errors/* InputError */.dz(code === 'ENOENT' ? 'OSV database not found' : `OSV database cannot be read (${code})`, name);
        }
        if (info.isDirectory())
            await readFolder(absolute, name, index, limits);
        else if (info.isFile())
            await readArchive(absolute, name, info.size, index, limits);
        else
            throw new errors/* InputError */.dz('OSV database must be an export archive (.zip) or a folder', name);
    }
    return index;
}
function parseRecord(bytes, where) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.dz('OSV record is not valid JSON', where);
    }
    return (0,osv/* checkRecord */.EQ)(value, where);
}
async function readArchive(absolute, name, size, index, limits) {
    if (size > limits.archiveBytes)
        throw new errors/* InputError */.dz(`OSV archive is larger than ${limits.archiveBytes} bytes`, name);
    let zip;
    const options = {
        lazyEntries: true,
        autoClose: true,
        validateEntrySizes: true,
        strictFileNames: false,
    };
    // Archives up to limits.inMemoryBytes are read whole and each member inflated in one bounded call
    // (a stream per member costs more than the record); larger ones stream from the file.
    const whole = size <= limits.inMemoryBytes ? await (0,promises_.readFile)(absolute) : undefined;
    if (whole)
        index.digests.push({ name, sha256: (0,external_node_crypto_.createHash)('sha256').update(whole).digest('hex') });
    try {
        zip = whole
            ? await yauzl.fromBufferPromise(whole, options)
            : await yauzl.openPromise(absolute, options);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`not a readable zip archive (${error.message})`, name);
    }
    if (zip.entryCount > limits.members) {
        zip.close();
        throw new errors/* InputError */.dz(`OSV archive has more than ${limits.members} members`, name);
    }
    let total = 0;
    try {
        for (;;) {
            const entry = await nextEntry(zip);
            if (!entry)
                break;
            if (entry.fileName.endsWith('/') || !entry.fileName.toLowerCase().endsWith('.json'))
                continue;
            const where = `${name}:${entry.fileName.slice(0, 200)}`;
            if (entry.isEncrypted())
                throw new errors/* InputError */.dz('OSV archive member is encrypted', where);
            if (entry.uncompressedSize > limits.memberBytes)
                throw new errors/* InputError */.dz(`OSV archive member is larger than ${limits.memberBytes} bytes`, where);
            if (entry.uncompressedSize > 64 * 1024 &&
                entry.uncompressedSize > entry.compressedSize * limits.ratio)
                throw new errors/* InputError */.dz('OSV archive member inflates too far (a zip bomb?)', where);
            total += entry.uncompressedSize;
            if (total > limits.totalBytes)
                throw new errors/* InputError */.dz(`OSV archive inflates beyond ${limits.totalBytes} bytes`, name);
            const bytes = whole
                ? await inflateMember(zip, whole, entry, where)
                : await readMember(zip, entry, limits.memberBytes, where);
            index.add(parseRecord(bytes, where));
        }
    }
    catch (error) {
        zip.close();
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(`OSV archive cannot be read (${error.message})`, name);
    }
}
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        const onEntry = (entry) => {
            cleanup();
            resolve(entry);
        };
        const onEnd = () => {
            cleanup();
            resolve(undefined);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        zip.on('entry', onEntry);
        zip.on('end', onEnd);
        zip.on('error', onError);
        zip.readEntry();
    });
}
/** One member of an archive held in memory: stored or deflated, inflated to exactly its declared size. */
async function inflateMember(zip, whole, entry, where) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const end = fileDataStart + entry.compressedSize;
    if (end > whole.length)
        throw new errors/* InputError */.dz('OSV archive member runs past the archive', where);
    const data = whole.subarray(fileDataStart, end);
    let out;
    if (entry.compressionMethod === 0)
        out = Buffer.from(data);
    else if (entry.compressionMethod === 8) {
        try {
            // maxOutputLength: a member cannot inflate past what its header declares (plus one byte to tell).
            out = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: entry.uncompressedSize + 1 });
        }
        catch (error) {
            throw new errors/* InputError */.dz(`OSV archive member cannot be inflated (${error.code ?? error.message})`, where);
        }
    }
    else
        throw new errors/* InputError */.dz(`OSV archive member uses compression method ${entry.compressionMethod}`, where);
    if (out.length !== entry.uncompressedSize)
        throw new errors/* InputError */.dz('OSV archive member does not inflate to its declared size', where);
    return out;
}
async function readMember(zip, entry, maxBytes, where) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) {
            stream.destroy();
            throw new errors/* InputError */.dz(`OSV archive member inflates beyond ${maxBytes} bytes`, where);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** A folder of OSV JSON records (recursively; symlinks and hidden entries skipped). */
async function readFolder(absolute, name, index, limits) {
    let members = 0;
    let total = 0;
    const pending = [absolute];
    while (pending.length) {
        const dir = pending.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (error) {
            throw new errors/* InputError */.dz(`OSV database folder cannot be listed (${error.code})`, name);
        }
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory())
                pending.push(full);
            else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
                const where = `${name}/${external_node_path_default().relative(absolute, full).split((external_node_path_default()).sep).join('/')}`;
                if (++members > limits.members)
                    throw new errors/* InputError */.dz(`OSV database folder has more than ${limits.members} records`, name);
                const info = await (0,promises_.lstat)(full);
                if (info.size > limits.memberBytes)
                    throw new errors/* InputError */.dz(`OSV record is larger than ${limits.memberBytes} bytes`, where);
                total += info.size;
                if (total > limits.totalBytes)
                    throw new errors/* InputError */.dz(`OSV database folder holds more than ${limits.totalBytes} bytes`, name);
                index.add(parseRecord(await (0,promises_.readFile)(full), where));
            }
        }
    }
}

// EXTERNAL MODULE: ./src/checks/deps/spec.ts
var spec = __webpack_require__(5833);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/checks/deps/index.ts
/**
 * The deps check: `pipeguard deps [PATH…]` and the configured run. Every exact pin in the
 * repository's Python and npm manifests is looked up in OSV — online through the batch API, or
 * offline in export archives (`--osv-db` / deps.osv-db) — and each pin a published advisory
 * affects is a finding at the pin's line, with the advisory id, its aliases, severity and fixed
 * versions. An approved, unexpired dependency exception waives exactly one (advisory, package,
 * version); otherwise the finding stands and says why the exception did not apply. A failed
 * lookup is an error (exit 2), never a pass.
 */
















const CHECK = 'deps';
/** Lock files of large monorepos run to tens of MiB; nothing larger is a manifest. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const RULES = {
    'vulnerable-dependency': {
        title: 'a pinned dependency version is affected by a published advisory',
        help: 'Upgrade to a fixed version, or document an exception (schemas/deps-exception.v1) approved by the required roles.',
        severity: 'high',
    },
    'unpinned-requirement': {
        title: 'a requirement is not pinned to one version, so it cannot be audited exactly',
        help: 'Pin with == (pip-compile requirements.in -o requirements.txt).',
        severity: 'medium',
    },
    'unaudited-dependency': {
        title: 'a locked dependency comes from a git repository or URL, not an index: no advisory data',
        severity: 'low',
    },
    'exception-unused': {
        title: 'a dependency exception matches no vulnerable pin: remove it',
        severity: 'low',
    },
};
function depsSection(ctx) {
    return (0,types/* sectionOf */.Z)(ctx.config, CHECK);
}
const depsCheck = (0,checks_define/* implementCheck */.gs)(spec/* DEPS_SPEC */.r, 
// Under `pipeguard check` the checklist reports unpinned requirements when it runs.
async (ctx) => runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: !(0,defaults/* isEnabled */.O)(ctx.config, 'checklist') }), { deps: async (ctx, args) => [await runDeps(ctx, args, { reportUnpinned: true })] });
async function deps_manifests(ctx, paths) {
    const accept = (name) => (0,manifests/* manifestKind */.QS)(name) !== undefined;
    if (paths?.length) {
        for (const given of paths) {
            const named = external_node_path_default().basename(given);
            if (external_node_path_default().extname(named) && !accept(named) && !/[\\/]$/.test(given)) {
                // A file named on purpose that is no manifest we read: say so rather than skip it.
                const files = (0,validate_files/* expandPaths */.p)(ctx.root, [given], accept);
                if (files.length === 0)
                    throw new errors/* InputError */.dz('not a dependency manifest deps reads (requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, package-lock.json)', given);
            }
        }
        return (0,validate_files/* expandPaths */.p)(ctx.root, paths, () => true)
            .filter((f) => accept(external_node_path_default().basename(f.relative)))
            .map((f) => f.relative)
            .sort();
    }
    const files = await (0,validate_files/* discoverFiles */.Z)(ctx.root, (rel) => accept(external_node_path_default().posix.basename(rel)) && !/(^|\/)(node_modules|\.venv|\.git)\//.test(rel), accept);
    return files.map((f) => f.relative).sort();
}
async function runDeps(checkCtx, args, options) {
    // Reads are recorded per context object (eval-gate/inputs.ts): a context of its own keeps what
    // deps read (manifests, exceptions, signatures) out of the eval gate's audited inputs under
    // `pipeguard check`, and the gate's out of ours.
    const ctx = { ...checkCtx };
    const section = depsSection(ctx);
    const started = Date.now();
    const files = await deps_manifests(ctx, args.positionals.length ? args.positionals : section.paths);
    const scans = [];
    for (const file of files) {
        const input = await (0,inputs/* readRecorded */.HH)(ctx, file, 'dependency manifest', MAX_MANIFEST_BYTES);
        scans.push((0,manifests/* parseManifest */.Ng)((0,manifests/* manifestKind */.QS)(external_node_path_default().posix.basename(file)), (0,inputs/* utf8 */.As)(input), input.name));
    }
    const dependencies = scans.flatMap((s) => s.dependencies);
    const dbs = (0,checks_options/* listOption */.y)(args.values, 'osv-db') ?? section['osv-db'];
    const namedApi = (0,checks_options/* textOption */.v)(args.values, 'osv-api') ?? section['osv-api'];
    const api = namedApi ?? spec/* DEPS_DEFAULTS */.O.osvApi;
    const databases = [];
    // --offline-by-default (the pre-commit hook): the network only when the config or a flag names it.
    const lookedUp = Boolean(dbs?.length || namedApi || args.values['offline-by-default'] !== true);
    const matches = dbs?.length
        ? await matchOffline(ctx, dbs, dependencies, databases)
        : lookedUp
            ? await matchOnline(api, (section['timeout-seconds'] ?? spec/* DEPS_DEFAULTS */.O.timeoutSeconds) * 1000, dependencies)
            : new Map();
    const source = dbs?.length
        ? `offline OSV data (${dbs.join(', ')})`
        : lookedUp
            ? `the OSV API at ${api}`
            : 'no advisory data';
    if (!lookedUp && dependencies.length)
        ctx.log.warn('deps: advisories not looked up (--offline-by-default, and neither deps.osv-db nor deps.osv-api is configured): set deps.osv-db to an OSV export for offline checks, or deps.osv-api to allow the OSV API');
    const exceptionsDir = (0,checks_options/* textOption */.v)(args.values, 'exceptions-dir') ?? section['exceptions-dir'] ?? spec/* DEPS_DEFAULTS */.O.exceptionsDir;
    const exceptions = await (0,deps_exceptions/* loadDepsExceptions */.nh)(ctx, exceptionsDir);
    const verdicts = new Map();
    const policy = (0,deps_exceptions/* depsExceptionPolicy */.AY)(ctx);
    const verdictOf = (file) => {
        let verdict = verdicts.get(file);
        if (!verdict)
            verdicts.set(file, (verdict = (0,deps_exceptions/* judgeDepsException */.Of)(ctx, file, policy, options.sources)));
        return verdict;
    };
    const unknownSeverity = section['unknown-severity'] ?? 'high';
    const findings = [];
    const advisories = [];
    for (const dependency of dependencies) {
        for (const group of groupAliases(matches.get(dependency) ?? [])) {
            const ids = [group.id, ...group.aliases];
            const severity = group.severity ?? unknownSeverity;
            const fixed = sortVersions(dependency, group.fixed);
            let message = `${plain(dependency.name)} ${plain(dependency.version)} is affected by ${group.id}` +
                (group.aliases.length ? ` (${group.aliases.join(', ')})` : '') +
                (group.summary ? `: ${group.summary}` : '') +
                `; ${fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fixed version published'}` +
                (group.severity ? '' : `; no severity published, treated as ${unknownSeverity}`) +
                (group.unreadable ? `; counted as affecting because ${group.unreadable}` : '');
            const finding = {
                ...(0,model/* ruleFinding */.Ex)(CHECK, RULES, {
                    rule: 'vulnerable-dependency',
                    message,
                    file: dependency.file,
                    line: dependency.line,
                    subject: `${dependency.ecosystem}:${keyName(dependency)}@${dependency.version}:${group.id}`,
                    severity,
                    remedy: fixed.length
                        ? `upgrade ${plain(dependency.name)} to ${fixed[fixed.length - 1]} or later, or add an approved exception in ${exceptionsDir}/`
                        : `replace ${plain(dependency.name)}, or add an approved exception in ${exceptionsDir}/`,
                }),
            };
            let waivedBy;
            const covering = exceptions.filter((e) => (0,deps_exceptions/* exceptionCovers */.On)(e.exception, dependency, ids));
            const refused = [];
            for (const file of covering) {
                const verdict = await verdictOf(file);
                if (verdict.usable) {
                    verdict.used++;
                    waivedBy = file.exception.id;
                    finding.suppressed = {
                        kind: 'exception',
                        reason: `${file.exception.id} (${file.input.name}, expires ${file.exception.expires}), approved by ${(0,deps_exceptions/* approvedBy */.vU)(verdict)}`,
                    };
                    break;
                }
                refused.push(`exception ${file.exception.id} (${file.input.name}) does not apply: ${verdict.why}`);
            }
            if (!finding.suppressed && refused.length) {
                message = `${message} — ${refused.join(' — ')}`;
                finding.message = message;
            }
            findings.push(finding);
            advisories.push({
                id: group.id,
                aliases: group.aliases,
                ecosystem: dependency.ecosystem,
                package: dependency.name,
                version: dependency.version,
                severity,
                fixed,
                file: dependency.file,
                line: dependency.line,
                ...(waivedBy ? { exception: waivedBy } : {}),
            });
        }
    }
    let unpinned = 0;
    for (const scan of scans) {
        for (const u of scan.unaudited) {
            if (u.reason === 'source') {
                findings.push((0,model/* ruleFinding */.Ex)(CHECK, RULES, {
                    rule: 'unaudited-dependency',
                    message: `${plain(u.what)}: no registry version, so no advisory can be matched`,
                    file: u.file,
                    line: u.line,
                    subject: u.what,
                }));
            }
            else if (options.reportUnpinned) {
                findings.push((0,model/* ruleFinding */.Ex)(CHECK, RULES, {
                    rule: 'unpinned-requirement',
                    message: `\`${plain(u.what)}\` is not pinned with == (${u.reason}), so it cannot be audited exactly`,
                    file: u.file,
                    line: u.line,
                    subject: u.what,
                }));
            }
            else {
                unpinned++;
            }
        }
    }
    if (!args.positionals.length && lookedUp) {
        for (const file of exceptions) {
            // An exception consulted for a pin matched it (used or refused): only the others are stale.
            if (verdicts.has(file))
                continue;
            const at = file.doc.locate('/advisory');
            findings.push({
                ...(0,model/* ruleFinding */.Ex)(CHECK, RULES, {
                    rule: 'exception-unused',
                    message: `exception ${file.exception.id} waives ${file.exception.advisory} for ${file.exception.package} ${file.exception.package_version}, which no audited pin is affected by: remove it`,
                    file: file.input.name,
                    line: at.line,
                    column: at.column,
                    subject: file.exception.id,
                }),
            });
        }
    }
    const failOn = (0,types/* failOnFor */.p)(ctx.config, CHECK);
    const vulnerable = findings.filter((f) => f.rule === 'vulnerable-dependency');
    const waived = vulnerable.filter((f) => f.suppressed).length;
    const result = (0,model/* resultFromFindings */.Ot)(CHECK, findings, failOn, (failing) => (lookedUp
        ? `${dependencies.length} pinned dependencies in ${files.length} manifest(s) checked against ${source}: ` +
            `${vulnerable.length} vulnerable (${waived} waived by exception)`
        : `${dependencies.length} pinned dependencies in ${files.length} manifest(s) read; advisories NOT looked up (offline by default: configure deps.osv-db or deps.osv-api)`) +
        (unpinned ? `, ${unpinned} unpinned requirement(s) left to the checklist` : '') +
        (failing ? `; ${failing} finding(s) at or above ${failOn}` : '') +
        ` (${Date.now() - started} ms)`, {
        manifests: files,
        dependencies: dependencies.length,
        source,
        advisories,
        exceptions: [...verdicts.values()].length,
    });
    return {
        ...result,
        rules: RULES,
        inputs: [...(0,inputs/* recordedInputs */.KQ)(ctx).map(inputs/* digestOf */.ol), ...databases],
        outputs: {
            vulnerable: String(vulnerable.length - waived),
            advisories: [
                ...new Set(advisories.filter((a) => !a.exception).map((a) => String(a.id))),
            ].join(','),
        },
    };
}
function keyName(d) {
    return d.ecosystem === 'PyPI' ? (0,manifests/* normalizePypiName */.Ty)(d.name) : d.name;
}
function sortVersions(d, versions) {
    const order = osv/* VERSION_ORDER */.aW[d.ecosystem];
    const unique = [...new Set(versions)];
    const valid = unique.filter((v) => order.valid(v)).sort((a, b) => order.compare(a, b));
    return [...valid, ...unique.filter((v) => !order.valid(v)).sort()];
}
async function matchOffline(ctx, dbs, dependencies, digests) {
    const wanted = new Set(dependencies.map((d) => packageKey(d.ecosystem, d.name)));
    const index = await loadOsvDatabases(ctx.root, dbs, wanted);
    digests.push(...index.digests);
    const out = new Map();
    for (const d of dependencies) {
        const hits = index
            .lookup(d.ecosystem, d.name)
            .map((v) => (0,osv/* advisoryAffects */.Oc)(v, d))
            .filter((m) => m !== undefined);
        if (hits.length)
            out.set(d, hits);
    }
    return out;
}
async function matchOnline(baseUrl, timeoutMs, dependencies) {
    const out = new Map();
    if (dependencies.length === 0)
        return out;
    const key = (d) => `${packageKey(d.ecosystem, d.name)}\0${d.version}`;
    const queries = queriesOf(dependencies, key);
    const answer = await queryOsvApi(queries, { baseUrl, timeoutMs });
    const idsByKey = new Map(queries.map((q, i) => [key(q), answer.ids[i]]));
    for (const d of dependencies) {
        const hits = (idsByKey.get(key(d)) ?? []).map((id) => {
            const record = answer.records.get(id);
            // The API has matched already (fail closed: its word stands); our matcher adds the fixed versions.
            return (0,osv/* advisoryAffects */.Oc)(record, d) ?? { vulnerability: record, fixed: fixedEvents(record, d) };
        });
        if (hits.length)
            out.set(d, hits);
    }
    return out;
}
function fixedEvents(record, d) {
    return (record.affected ?? [])
        .filter((a) => a.package?.ecosystem === d.ecosystem &&
        a.package.name !== undefined &&
        packageKey(d.ecosystem, a.package.name) === packageKey(d.ecosystem, d.name))
        .flatMap((a) => a.ranges ?? [])
        .flatMap((r) => r.events ?? [])
        .map((e) => e.fixed)
        .filter((f) => typeof f === 'string');
}
/**
 * One finding per vulnerability, not per database: records that name each other (a PYSEC and a
 * GHSA record of the same CVE) are merged; the GHSA id leads, else the smallest id.
 */
function groupAliases(matches) {
    const groups = [];
    for (const match of matches) {
        const ids = new Set([
            match.vulnerability.id,
            ...(match.vulnerability.aliases ?? []).filter((a) => typeof a === 'string'),
        ]);
        const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
        const merged = { ids, matches: [match] };
        for (const g of joined) {
            g.ids.forEach((id) => merged.ids.add(id));
            merged.matches.push(...g.matches);
            groups.splice(groups.indexOf(g), 1);
        }
        groups.push(merged);
    }
    return groups
        .map((g) => {
        const ids = [...g.ids].sort();
        const primary = ids.find((id) => id.startsWith('GHSA-') && g.matches.some((m) => m.vulnerability.id === id)) ?? g.matches.map((m) => m.vulnerability.id).sort()[0];
        const severities = g.matches
            .map((m) => (0,osv/* severityOf */.xJ)(m.vulnerability))
            .filter((s) => s !== undefined);
        const severity = severities.sort((a, b) => (0,model/* severityRank */.qs)(b) - (0,model/* severityRank */.qs)(a))[0];
        const summary = g.matches
            .map((m) => m.vulnerability.summary)
            .find((s) => typeof s === 'string' && s.trim() !== '');
        const unreadable = g.matches.find((m) => m.unreadable)?.unreadable;
        return {
            id: primary,
            aliases: ids.filter((id) => id !== primary),
            ...(summary ? { summary: cleanSummary(summary) } : {}),
            ...(severity ? { severity } : {}),
            fixed: [...new Set(g.matches.flatMap((m) => m.fixed))],
            ...(unreadable ? { unreadable } : {}),
        };
    })
        .sort((a, b) => (0,order/* compareUtf8 */.z)(a.id, b.id));
}
/**
 * Text a PR can choose (package names in a lock file, advisory text in a committed offline
 * database) as one short plain line: no control characters (terminal escapes), bounded length.
 */
function plain(text, max = 200) {
    const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
function cleanSummary(summary) {
    return plain(summary, 160);
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


/***/ })

};
