export const id = 864;
export const ids = [864,968];
export const modules = {

/***/ 2864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DATA_GLOBS: () => (/* binding */ DEFAULT_DATA_GLOBS),
  checklistCheck: () => (/* binding */ checklistCheck),
  probePathFor: () => (/* binding */ probePathFor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
;// CONCATENATED MODULE: ./src/checks/checklist/requirements.ts
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

// EXTERNAL MODULE: ./src/checks/checklist/spec.ts
var spec = __webpack_require__(1387);
;// CONCATENATED MODULE: ./src/checks/checklist/index.ts
/**
 * The repository hygiene checklist (seed 004) and the per-mode controls (seed 000): what is tracked
 * that must not be, what must exist that does not. git decides tracked and ignored, not guesses.
 */












const DEFAULT_DATA_GLOBS = [
    'data/**/*.csv',
    'data/**/*.tsv',
    'data/**/*.parquet',
    'data/**/*.feather',
    'data/**/*.arrow',
    'data/**/*.jsonl',
    'data/**/*.h5',
    'data/**/*.npy',
    'data/**/*.npz',
    'data/**/*.xlsx',
];
const ITEMS = {
    'env-file-tracked': {
        area: 'No secrets in repo: .env not tracked',
        severity: 'critical',
        title: 'an environment file is tracked by git',
        remedy: 'git rm --cached the file, add it to .gitignore, and rotate every value it held',
    },
    'env-example-missing': {
        area: '.env.example documents the variables',
        severity: 'medium',
        title: 'code reads environment variables but no .env.example is tracked',
        remedy: 'commit a .env.example listing each variable with a placeholder value',
    },
    'data-file-tracked': {
        area: 'data/*.csv (and similar) not tracked',
        severity: 'high',
        title: 'a data file is tracked by git',
        remedy: 'git rm --cached the file, keep data in secure storage and pass its path at run time',
    },
    'data-not-ignored': {
        area: 'data/*.csv (and similar) in .gitignore',
        severity: 'medium',
        title: 'data files are not git-ignored',
        remedy: 'add the data patterns (e.g. data/**/*.csv) to .gitignore',
    },
    'credential-file-tracked': {
        area: 'No private keys or credential files tracked',
        severity: 'critical',
        title: 'a private key or credential file is tracked by git',
        remedy: 'git rm --cached the file, purge it from history, and revoke the key',
    },
    'lockfile-missing': {
        area: 'A lockfile for each package manager',
        severity: 'high',
        title: 'dependencies are declared without a lockfile',
        remedy: 'commit the lockfile your package manager writes (npm install, poetry lock, uv lock, pip-compile …)',
    },
    'requirements-unpinned': {
        area: 'Python requirements pinned with ==',
        severity: 'medium',
        title: 'a Python requirement is not pinned to one version',
        remedy: 'pin with == (regenerate with pip-compile requirements.in -o requirements.txt)',
    },
    'audit-log-missing': {
        area: 'Audit logging configured',
        // Raised to high for hybrid and cloud modes, where models act beyond a laptop.
        severity: 'low',
        title: 'no audit log is configured for gate decisions',
        remedy: 'set audit.log in .pipeguard.yml (or pass --audit-log) so every decision is recorded',
    },
    'validation-disabled': {
        area: 'Model-facing documents schema-validated',
        severity: 'high',
        title: 'schema validation is disabled',
        remedy: 'remove `validate: {enabled: false}` from .pipeguard.yml',
    },
    'secrets-disabled': {
        area: 'Secret scanning enabled',
        severity: 'high',
        title: 'secret scanning is disabled',
        remedy: 'remove `secrets: {enabled: false}` from .pipeguard.yml',
    },
    'eval-gate-missing': {
        area: 'Eval gate configured (hybrid/cloud)',
        severity: 'high',
        title: 'the execution mode needs an eval gate, and none is configured',
        remedy: 'add an eval-gate section with a policy to .pipeguard.yml',
    },
};
const CREDENTIAL_NAMES = picomatch_default()([
    '**/id_rsa',
    '**/id_dsa',
    '**/id_ecdsa',
    '**/id_ed25519',
    '**/id_ecdsa_sk',
    '**/id_ed25519_sk',
    '**/*.p12',
    '**/*.pfx',
    '**/*.jks',
    '**/*.keystore',
    '**/.netrc',
    '**/_netrc',
    '**/.pgpass',
    '**/.git-credentials',
    '**/.aws/credentials',
    '**/.docker/config.json',
], { dot: true, basename: false });
/** Names that hold a key only if their content says so (a .pem may be a public certificate). */
const MAYBE_KEY_NAMES = picomatch_default()(['**/*.pem', '**/*.key', '**/credentials.json', '**/*service*account*.json', '**/*-sa.json'], { dot: true });
const ENV_FILE = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/;
const ENV_EXAMPLE = /(^|\/)\.env\.(example|sample|template|dist)$|(^|\/)[^/]+\.env\.(example|sample|template)$/;
const SOURCE_FILE = /\.(py|ipynb|js|mjs|cjs|ts|mts|cts|jsx|tsx|go|rb|rs|java|kt|scala|sh|bash|r|R|jl)$/;
const READS_ENV = /\bos\.environ\b|\bos\.getenv\(|\bprocess\.env\b|\bimport\.meta\.env\b|\bgetenv\(|\bENV\[|\bstd::env::var|\benv::var\(|\bSystem\.getenv\(|\bSys\.getenv\(|\bload_dotenv\(|\bdotenv\b/;
const SCAN_CAP_BYTES = 512 * 1024;
const checklistCheck = (0,checks_define/* implementCheck */.gs)(spec/* CHECKLIST_SPEC */.j, runChecklist, {
    checklist: async (ctx) => [await runChecklist(ctx)],
});
async function runChecklist(ctx) {
    const section = (0,types/* sectionOf */.Z)(ctx.config, 'checklist');
    await (0,git/* requireGitWorkTree */.lS)(ctx.root, 'the checklist needs git to know what is tracked');
    const disabled = new Set(section.disable ?? []);
    const unknown = [...disabled].filter((id) => !(id in ITEMS));
    if (unknown.length)
        throw new errors/* InputError */.dz(`checklist.disable names unknown item(s): ${unknown.join(', ')}`, ctx.configSource);
    const tracked = await (0,git/* trackedFiles */.O)(ctx.root);
    const findings = [];
    const add = (id, file, message, line, severity) => {
        if (disabled.has(id))
            return;
        const item = ITEMS[id];
        findings.push({
            check: 'checklist',
            rule: id,
            severity: severity ?? item.severity,
            message,
            ...(file ? { file } : {}),
            ...(line ? { line, column: 1 } : {}),
            fingerprint: (0,model/* fingerprintOf */.ax)('checklist', id, file, message),
            remedy: item.remedy,
        });
    };
    // Environment files and the example that documents them.
    for (const file of tracked) {
        if (ENV_FILE.test(file) && !ENV_EXAMPLE.test(file))
            add('env-file-tracked', file, `${file} is tracked by git`);
    }
    const hasExample = tracked.some((f) => ENV_EXAMPLE.test(f));
    if (!hasExample) {
        const reader = await firstMatching(ctx.root, tracked.filter((f) => SOURCE_FILE.test(f)), READS_ENV);
        if (reader)
            add('env-example-missing', reader, `${reader} reads environment variables, and no .env.example is tracked`);
    }
    // Data files: tracked ones, and whether the patterns are ignored at all.
    const dataGlobs = section['data-globs'] ?? DEFAULT_DATA_GLOBS;
    const isData = picomatch_default()(dataGlobs, { dot: true });
    for (const file of tracked)
        if (isData(file))
            add('data-file-tracked', file, `${file} is a data file tracked by git`);
    // A pattern matters where its folder exists (an ML repo's data/), not in every repository.
    const relevant = dataGlobs.filter((g) => (0,external_node_fs_.existsSync)(external_node_path_default().join(ctx.root, picomatch_default().scan(g).base || '.')));
    const probes = relevant.map(probePathFor);
    const ignored = await (0,git/* ignoredPaths */.jo)(ctx.root, probes);
    const notIgnored = relevant.filter((_g, i) => !ignored.has(probes[i]));
    if (notIgnored.length) {
        add('data-not-ignored', '.gitignore', `.gitignore does not ignore ${notIgnored.join(', ')}`);
    }
    // Keys and credential files.
    for (const file of tracked) {
        if (CREDENTIAL_NAMES(file))
            add('credential-file-tracked', file, `${file} is a private key or credential file`);
        else if (MAYBE_KEY_NAMES(file) && (await holdsKeyMaterial(external_node_path_default().join(ctx.root, file)))) {
            add('credential-file-tracked', file, `${file} holds private key material`);
        }
    }
    // Lockfiles and pins.
    const trackedSet = new Set(tracked);
    for (const problem of await lockfileProblems(ctx.root, tracked, trackedSet))
        add('lockfile-missing', problem.file, problem.message);
    for (const file of tracked.filter((f) => /(^|\/)requirements[^/]*\.txt$/.test(f))) {
        const text = await readCapped(external_node_path_default().join(ctx.root, file));
        if (text === undefined)
            continue;
        for (const p of unpinnedRequirements(text)) {
            add('requirements-unpinned', file, `\`${p.requirement}\` is not pinned with == (${p.reason})`, p.line);
        }
    }
    // Controls of the execution mode (SPEC-260): every mode audits, validates and scans; hybrid and
    // cloud, where models act beyond the laptop, also need the eval gate.
    const mode = section['execution-mode'] ?? 'local';
    if (!ctx.config.audit?.log) {
        const severity = mode === 'local' ? 'low' : 'high';
        add('audit-log-missing', undefined, `no audit log configured (execution mode: ${mode})`, undefined, severity);
    }
    if (!(0,defaults/* isEnabled */.O)(ctx.config, 'validate'))
        add('validation-disabled', undefined, 'schema validation is disabled in the config');
    if (!(0,defaults/* isEnabled */.O)(ctx.config, 'secrets'))
        add('secrets-disabled', undefined, 'secret scanning is disabled in the config');
    if (mode !== 'local' && !(0,defaults/* isEnabled */.O)(ctx.config, 'eval-gate')) {
        add('eval-gate-missing', undefined, `execution mode ${mode} requires an eval gate`);
    }
    const rows = checklistTable(findings, disabled, mode);
    const holding = rows.filter((r) => r.ok).length;
    const result = (0,model/* resultFromFindings */.Ot)('checklist', findings, (0,types/* failOnFor */.p)(ctx.config, 'checklist'), (failing) => `${holding}/${rows.length} items hold${failing ? `; ${failing} finding(s) fail` : ''}`, { checklist: rows, executionMode: mode });
    return { ...result, rules: RULES };
}
const RULES = Object.fromEntries(Object.entries(ITEMS).map(([id, item]) => [
    id,
    { title: item.title, help: item.remedy, severity: item.severity },
]));
function checklistTable(findings, disabled, mode) {
    const rows = [];
    for (const [id, item] of Object.entries(ITEMS)) {
        if (disabled.has(id))
            continue;
        if (id === 'eval-gate-missing' && mode === 'local')
            continue;
        const hits = findings.filter((f) => f.rule === id);
        rows.push({
            item: item.area,
            ok: hits.length === 0,
            risk: item.severity,
            note: hits.length === 0
                ? ''
                : hits.length === 1
                    ? hits[0].message
                    : `${hits.length} problems, first: ${hits[0].message}`,
        });
    }
    return rows;
}
/** A path git would have to ignore if the glob were covered: `data/**\/*.csv` → `data/pipeguard-probe/x.csv`. */
function probePathFor(glob) {
    return glob
        .replace(/\*\*\//g, 'pipeguard-probe/')
        .replace(/\*\*/g, 'pipeguard-probe')
        .replace(/\*/g, 'pipeguard-probe');
}
async function firstMatching(root, files, pattern) {
    for (const file of files) {
        const text = await readCapped(external_node_path_default().join(root, file));
        if (text !== undefined && pattern.test(text))
            return file;
    }
    return undefined;
}
async function holdsKeyMaterial(file) {
    const text = await readCapped(file);
    if (text === undefined)
        return false;
    return (/-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/.test(text) ||
        /"private_key"\s*:\s*"-----BEGIN/.test(text));
}
/** Read at most SCAN_CAP_BYTES of a tracked file (a symlink or unreadable file reads as nothing). */
async function readCapped(file) {
    try {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const stat = await handle.stat();
            if (!stat.isFile())
                return undefined;
            const buffer = Buffer.alloc(Math.min(stat.size, SCAN_CAP_BYTES));
            await handle.read(buffer, 0, buffer.length, 0);
            return buffer.toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return undefined;
    }
}
const NODE_LOCKS = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
    'bun.lock',
    'bun.lockb',
];
const PYTHON_LOCKS = [
    'uv.lock',
    'poetry.lock',
    'pdm.lock',
    'Pipfile.lock',
    'pylock.toml',
    'requirements.txt',
];
async function lockfileProblems(root, tracked, trackedSet) {
    const problems = [];
    const dirOf = (f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : '');
    const hasIn = (dir, names) => names.some((n) => trackedSet.has(`${dir}${n}`));
    for (const file of tracked) {
        const dir = dirOf(file);
        const name = file.slice(dir.length);
        if (name === 'package.json' && !file.includes('node_modules/')) {
            const text = await readCapped(external_node_path_default().join(root, file));
            const declares = text !== undefined && /"(dev|optional|peer)?[dD]ependencies"\s*:\s*\{\s*"/.test(text);
            // A workspace member is locked by its root's lockfile.
            if (declares && !ancestorsOf(dir).some((d) => hasIn(d, NODE_LOCKS))) {
                problems.push({
                    file,
                    message: `${file} declares dependencies, and no npm/pnpm/yarn/bun lockfile is tracked`,
                });
            }
        }
        else if (name === 'pyproject.toml') {
            const text = (await readCapped(external_node_path_default().join(root, file))) ?? '';
            const tool = /^\[tool\.poetry\]/m.test(text)
                ? 'poetry.lock'
                : /^\[tool\.uv\]/m.test(text)
                    ? 'uv.lock'
                    : undefined;
            const declares = /^dependencies\s*=\s*\[\s*["']/m.test(text) ||
                /^\[tool\.poetry\.dependencies\]/m.test(text);
            if (declares && !hasIn(dir, tool ? [tool] : PYTHON_LOCKS)) {
                problems.push({
                    file,
                    message: `${file} declares dependencies, and no ${tool ?? 'Python lockfile (uv.lock, poetry.lock, pdm.lock, requirements.txt)'} is tracked`,
                });
            }
        }
        else if (name === 'Pipfile' && !hasIn(dir, ['Pipfile.lock'])) {
            problems.push({ file, message: `${file} has no Pipfile.lock` });
        }
        else if (name === 'requirements.in' && !hasIn(dir, ['requirements.txt'])) {
            problems.push({ file, message: `${file} has no compiled requirements.txt (pip-compile)` });
        }
    }
    return problems;
}
function ancestorsOf(dir) {
    const parts = dir.split('/').filter(Boolean);
    return parts.map((_p, i) => `${parts.slice(0, parts.length - i).join('/')}/`).concat(['']);
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
/* unused harmony exports gitAt, workTreeTop */
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4724);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/** git through simple-git, with failures turned into one-line input errors. */


function gitAt(root) {
    return (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({ baseDir: root, maxConcurrentProcesses: 4, trimmed: false });
}
/** True when `root` is inside a git work tree. */
async function isGitRepo(root) {
    try {
        return (await gitAt(root).revparse(['--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
/**
 * Refuse, in one line, a root that is not a git work tree, before any mode that needs git runs
 * git (outside a repository `git diff --cached` says "unknown option 'cached'" and a range says
 * its commit is missing). `needs` says why git is needed; git's own reason is kept when it is
 * something else (dubious ownership, git missing).
 */
async function requireGitWorkTree(root, needs) {
    let answer;
    try {
        answer = (await gitAt(root).revparse(['--is-inside-work-tree'])).trim();
    }
    catch (error) {
        const said = (error instanceof Error ? error.message : String(error))
            .split('\n')
            .map((line) => line.replace(/^(fatal|error): /, '').trim())
            .find(Boolean);
        const why = !said || /not a git repository/i.test(said) ? '' : ` (git: ${said})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository${why}: ${needs}`, root);
    }
    if (answer !== 'true')
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
        const out = await gitAt(root).raw(['check-ignore', '--no-index', '--', ...paths]);
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
        return await gitAt(root).raw(args);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git could not ${what}: ${message}`);
    }
}
/** The top level of the work tree `dir` is in, or undefined outside any. */
async function workTreeTop(dir) {
    try {
        const top = (await gitAt(dir).revparse(['--show-toplevel'])).trim();
        return top || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
