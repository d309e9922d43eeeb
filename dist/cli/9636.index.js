export const id = 9636;
export const ids = [9636,3968,1587];
export const modules = {

/***/ 9636:
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
// EXTERNAL MODULE: ./src/checks/checklist/requirements.ts
var requirements = __webpack_require__(9004);
;// CONCATENATED MODULE: ./src/checks/checklist/codeowners.ts
/**
 * CODEOWNERS as GitHub reads it: the first of `.github/CODEOWNERS`, `CODEOWNERS`,
 * `docs/CODEOWNERS`; one rule per line (pattern, then owners); gitignore-style patterns without
 * `!` negation or `[ ]` ranges (GitHub skips such lines, and lines with an owner it cannot read);
 * the LAST matching rule decides, and a rule without owners leaves its paths unowned.
 */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub ignores a CODEOWNERS file larger than this. */
const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
// @user, @org/team (GitHub's login and team slug characters), or an e-mail address.
const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
function parseCodeowners(text) {
    const rules = [];
    const skipped = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const tokens = raw.trim().split(/\s+/).filter(Boolean);
        const comment = tokens.findIndex((t) => t.startsWith('#'));
        if (comment >= 0)
            tokens.length = comment;
        if (tokens.length === 0)
            return;
        const [pattern, ...owners] = tokens;
        const problem = patternProblem(pattern) ?? owners.find((o) => !OWNER.test(o));
        if (problem !== undefined) {
            skipped.push({
                line,
                reason: owners.includes(problem)
                    ? `owner ${problem} is not @user, @org/team or an e-mail`
                    : problem,
            });
            return;
        }
        rules.push({ pattern, owners, line, matches: codeownersMatcher(pattern) });
    });
    return { rules, skipped };
}
function patternProblem(pattern) {
    if (pattern.startsWith('!'))
        return `pattern ${pattern}: negation (!) is not supported in CODEOWNERS`;
    if (/[[\]]/.test(pattern))
        return `pattern ${pattern}: character ranges ([ ]) are not supported in CODEOWNERS`;
    if (pattern.startsWith('\\#'))
        return `pattern ${pattern}: escaping # is not supported in CODEOWNERS`;
    if (pattern === '/')
        return 'pattern / matches nothing';
    return undefined;
}
/**
 * A pattern as a test over repository paths (`/` separators, no leading slash): gitignore rules —
 * a pattern with a slash at its start or middle is anchored at the root, else it matches at any
 * depth; a trailing slash matches only a directory's contents; `**` spans directories, `*` and `?`
 * stay within one; a pattern naming a directory owns everything below it, except that a last
 * segment `*` (`docs/*`) owns only the directory's direct files, as GitHub documents.
 */
function codeownersMatcher(pattern) {
    const dirOnly = pattern.endsWith('/');
    const trimmed = pattern.replace(/^\//, '').replace(/\/$/, '');
    const anchored = pattern.startsWith('/') || trimmed.includes('/');
    let body = '';
    const segments = trimmed.split('/');
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            // `**/` at the start or middle: zero or more directories; a trailing `/**`: everything inside.
            body += last ? (i === 0 ? '.*' : '.*') : '(?:[^/]+/)*';
            return;
        }
        body += segment
            .split('')
            .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|\\]/g, '\\$&')))
            .join('')
            .replace(/(?:\[\^\/\]\*){2,}/g, '[^/]*');
        if (!last)
            body += '/';
    });
    const lastSegment = segments.at(-1);
    const suffix = dirOnly
        ? '/.*'
        : lastSegment === '**'
            ? ''
            : lastSegment === '*' && segments.length > 1
                ? ''
                : '(?:/.*)?';
    const regex = new RegExp(`^${anchored ? '' : '(?:[^/]+/)*'}${body}${suffix}$`, 's');
    return (path) => regex.test(path);
}
/** The owners of a path: the last matching rule's (an empty list when it names none), else undefined. */
function ownersOf(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--)
        if (rules[i].matches(path))
            return rules[i].owners;
    return undefined;
}

;// CONCATENATED MODULE: ./src/checks/checklist/trust-roots.ts
/**
 * Deploy protection, offline: the files that decide what ships — deployments/, the eval-gate
 * exceptions folder, the allowed_signers file, .pipeguard.yml and CODEOWNERS itself — must each
 * have a code owner, or anyone with write access can change them in a PR that anyone approves.
 * A folder is owned when every file it holds and a file added to it later (a probe path) are.
 * A repository with nothing to ship (no deployments/, no exceptions, no eval gate) has no trust
 * roots, and its .pipeguard.yml alone is not required to be owned.
 */



const PROBE = 'pipeguard-probe/new-file.yml';
/** The trust roots this repository has (or configures). */
function trustRoots(ctx, tracked, trackedSet) {
    const roots = [];
    const has = (dir) => tracked.some((f) => f.startsWith(dir));
    const gate = (0,defaults/* isEnabled */.O)(ctx.config, 'eval-gate');
    const section = (0,types/* sectionOf */.Z)(ctx.config, 'eval-gate');
    if (has('deployments/'))
        roots.push({ path: 'deployments/', why: 'what is deployed' });
    const exceptions = `${normalize(section['exceptions-dir'] ?? 'exceptions')}/`;
    if (gate || has(exceptions))
        roots.push({ path: exceptions, why: 'eval-gate exceptions' });
    const signers = normalize(section['allowed-signers'] ?? '.github/allowed_signers');
    if (gate || trackedSet.has(signers))
        roots.push({ path: signers, why: 'who may sign' });
    // The config is a trust root where there is something to protect: it can switch the gate off.
    if (roots.length === 0)
        return roots;
    for (const name of ['.pipeguard.yml', '.pipeguard.yaml'])
        if (trackedSet.has(name))
            roots.push({ path: name, why: 'the gate configuration' });
    return roots;
}
async function trustRootProblems(ctx, tracked, trackedSet, read) {
    const roots = trustRoots(ctx, tracked, trackedSet);
    if (roots.length === 0)
        return [];
    const location = CODEOWNERS_LOCATIONS.find((l) => trackedSet.has(l));
    const names = (list) => list.map((r) => r.path).join(', ');
    if (!location)
        return [
            {
                message: `no CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(', ')}); unowned: ${names(roots)}`,
            },
        ];
    const text = await read(`${ctx.root}/${location}`);
    if (text === undefined || Buffer.byteLength(text) >= CODEOWNERS_MAX_BYTES)
        return [{ file: location, message: `${location} cannot be read; unowned: ${names(roots)}` }];
    const { rules } = parseCodeowners(text);
    const all = [...roots, { path: location, why: 'who owns what' }];
    const unowned = all.filter((root) => {
        const paths = root.path.endsWith('/')
            ? [...tracked.filter((f) => f.startsWith(root.path)), `${root.path}${PROBE}`]
            : [root.path];
        return paths.some((p) => !ownersOf(rules, p)?.length);
    });
    if (unowned.length === 0)
        return [];
    return [{ file: location, message: `${location} gives no code owner to ${names(unowned)}` }];
}
function normalize(p) {
    return p.replace(/^\.\//, '').replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/checks/checklist/env-vars.ts
/**
 * Environment variables code reads, and those a `.env.example` documents. Python:
 * `os.environ["X"]`, `os.environ.get("X")`, `os.getenv("X")` (and `environ[…]` / `getenv(…)`
 * imported from os); JavaScript / TypeScript: `process.env.X`, `process.env["X"]`,
 * `const { X, Y } = process.env`, `import.meta.env.X`. Names built at run time cannot be known
 * and are not guessed.
 */

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const PYTHON = [
    new RegExp(`(?<![\\w.])(?:os\\.)?environ\\s*\\[\\s*(['"])(${NAME})\\1\\s*\\]`, 'g'),
    new RegExp(`(?<![\\w.])(?:os\\.)?environ\\.(?:get|setdefault|pop)\\(\\s*(['"])(${NAME})\\1`, 'g'),
    new RegExp(`(?<![\\w.])(?:os\\.)?getenv\\(\\s*(['"])(${NAME})\\1`, 'g'),
];
const JS = [
    new RegExp(`\\b(?:process|import\\.meta)\\.env(?:\\?\\.|\\.)(${NAME})\\b`, 'g'),
    new RegExp(`\\b(?:process|import\\.meta)\\.env(?:\\?\\.)?\\[\\s*(['"\`])(${NAME})\\1\\s*\\]`, 'g'),
];
const JS_DESTRUCTURE = /\{([^{}]{1,2000})\}\s*=\s*(?:process|import\.meta)\.env\b/g;
const PYTHON_SOURCE = /\.py$/;
const JS_SOURCE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
/**
 * Variables every process has, set by the platform rather than by the project's configuration:
 * not expected in `.env.example`.
 */
const PLATFORM_VARIABLE = /^(?:PATH|HOME|USER|USERNAME|LOGNAME|SHELL|PWD|TERM|LANG|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|HOSTNAME|CI|NODE_ENV|DEBUG|NO_COLOR|FORCE_COLOR|(?:GITHUB|RUNNER|ACTIONS)_[A-Z0-9_]+)$/;
/** Every variable a source file reads by a literal name, first read first, each once. */
function envReads(file, text) {
    const patterns = PYTHON_SOURCE.test(file) ? PYTHON : JS_SOURCE.test(file) ? JS : [];
    const found = new Map();
    const lines = new util_text/* LineIndex */.rr(text);
    const lineOf = (offset) => lines.position(offset).line + 1;
    const note = (name, offset) => {
        if (PLATFORM_VARIABLE.test(name))
            return;
        const line = lineOf(offset);
        if (!found.has(name) || found.get(name) > line)
            found.set(name, line);
    };
    for (const pattern of patterns)
        for (const m of text.matchAll(pattern))
            note(m[m.length - 1], m.index);
    if (JS_SOURCE.test(file)) {
        for (const m of text.matchAll(JS_DESTRUCTURE)) {
            for (const part of m[1].split(',')) {
                const name = /^\s*(?:\.\.\.)?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1];
                if (name && !part.trim().startsWith('...'))
                    note(name, m.index);
            }
        }
    }
    return [...found].map(([name, line]) => ({ name, line })).sort((a, b) => a.line - b.line);
}
/** Names a `.env.example` lists: `NAME=…`, `export NAME=…`, or commented out (`# NAME=…`). */
function documentedNames(text) {
    const names = new Set();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
        if (m)
            names.add(m[1]);
    }
    return names;
}

// EXTERNAL MODULE: ./src/schema/document.ts
var schema_document = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/checks/validate/settings.ts
var settings = __webpack_require__(1139);
;// CONCATENATED MODULE: ./src/checks/checklist/execution-mode.ts
/**
 * The execution mode a repository runs in when the config does not pin it: the strictest
 * `execution_mode` its automation policies declare (cloud over hybrid over local), so a hybrid
 * policy under runs/ can no longer leave the checklist in local mode. Policies are found where
 * validate looks for them (its built-in map); one that cannot be read is validate's finding.
 */



const EXECUTION_MODES = ['local', 'hybrid', 'cloud'];
const isPolicyFile = picomatch_default()(settings/* DEFAULT_SCHEMA_MAP */.X.filter((m) => m.schema === 'automation-policy.v1').flatMap((m) => m.files), { dot: true });
async function executionModeFromPolicies(tracked, read) {
    let strictest;
    for (const file of tracked.filter((f) => isPolicyFile(f))) {
        const text = await read(file);
        if (text === undefined)
            continue;
        let docs;
        try {
            docs = (0,schema_document.parseDocuments)(text, file, file.endsWith('.json') ? 'json' : 'yaml');
        }
        catch {
            continue;
        }
        for (const doc of docs) {
            const mode = doc.value?.execution_mode;
            if (typeof mode !== 'string' || !EXECUTION_MODES.includes(mode))
                continue;
            if (!strictest || rank(mode) > rank(strictest.mode))
                strictest = { mode: mode, file };
        }
    }
    return strictest;
}
function rank(mode) {
    return EXECUTION_MODES.indexOf(mode);
}

// EXTERNAL MODULE: ./src/util/time.ts
var util_time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/checks/checklist/retention.ts
/**
 * Retention of `runs/` (the seed's "archive or delete runs older than N days"): each committed
 * run's age from the finish time its meta.json records (`finished_on`, read with the one timestamp
 * reader), else from the commit that added the run. A finish time that names no instant (second 60
 * outside a leap second, NaN, an hour 24) is never silently skipped: it is reported as unusable.
 */



const MS_PER_DAY = 86_400_000;
/** `runs/<run_id>/…` → the run folders git tracks, `runs/<run_id>`. */
function trackedRuns(tracked) {
    const runs = new Set();
    for (const file of tracked) {
        const m = /^runs\/([^/]+)\//.exec(file);
        if (m)
            runs.add(`runs/${m[1]}`);
    }
    return [...runs].sort();
}
async function runAges(root, runs, readJson) {
    const ages = [];
    let added;
    for (const run of runs) {
        const text = await readJson(external_node_path_default().posix.join(run, 'meta.json'));
        const finished = text === undefined ? undefined : finishedOn(text);
        if (finished !== undefined) {
            const reading = (0,util_time/* readTimestamp */.L2)(finished);
            ages.push(reading.ok
                ? { run, source: 'meta.json', finished: reading.ms }
                : {
                    run,
                    source: 'meta.json',
                    problem: `finished_on ${JSON.stringify(finished)} names no instant: ${reading.problem}`,
                });
            continue;
        }
        added ??= await addingCommitTimes(root);
        const time = added.get(run);
        ages.push(time === undefined
            ? { run, source: 'commit', problem: 'no commit adds it' }
            : { run, source: 'commit', finished: time });
    }
    return ages;
}
/** meta.json's `finished_on` when it is a string; anything else (absent, broken JSON) → undefined. */
function finishedOn(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return undefined;
        const finished = value.finished_on;
        if (finished === undefined)
            return undefined;
        return typeof finished === 'string' ? finished : JSON.stringify(finished);
    }
    catch {
        return undefined;
    }
}
/** For each run folder, the committer time of the earliest commit that added a file in it. */
async function addingCommitTimes(root) {
    let out;
    try {
        out = await (0,git.runGit)(root, [
            'log',
            '--relative',
            '--diff-filter=A',
            '--name-only',
            '--no-renames',
            '--format=%x00%ct',
            '--',
            'runs/',
        ], 'find the commits that added runs');
    }
    catch {
        // No commit yet: every run is reported as having no known age (never as young).
        return new Map();
    }
    const times = new Map();
    let current;
    for (const line of out.split('\n')) {
        if (line.startsWith('\0')) {
            current = Number(line.slice(1)) * 1000;
            continue;
        }
        const m = /^(runs\/[^/]+)\//.exec(line);
        if (m && current !== undefined && Number.isFinite(current)) {
            const previous = times.get(m[1]);
            if (previous === undefined || current < previous)
                times.set(m[1], current);
        }
    }
    return times;
}
/** Whole days from `finished` to `now` (negative for a finish in the future). */
function ageInDays(finished, now) {
    return Math.floor((now.getTime() - finished) / MS_PER_DAY);
}
function describeAge(age, now) {
    const days = ageInDays(age.finished, now);
    const when = (0,util_time/* formatInstant */.r4)(age.finished);
    return age.source === 'meta.json'
        ? `finished ${when} (meta.json), ${days} days ago`
        : `added in a commit of ${when}, ${days} days ago (meta.json records no finished_on)`;
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
        area: 'Eval gate configured (runs/, deployments/, hybrid/cloud)',
        severity: 'high',
        title: 'runs or deployments exist (or the execution mode needs a gate), and no eval gate is configured',
        remedy: 'add an eval-gate section with a policy to .pipeguard.yml',
    },
    'env-var-undocumented': {
        area: '.env.example lists every variable code reads',
        severity: 'medium',
        title: 'code reads an environment variable that .env.example does not list',
        remedy: 'add the variable to .env.example with a placeholder value (NAME=<description>)',
    },
    'retention-days-unset': {
        area: 'Retention of runs/ configured',
        severity: 'low',
        title: 'runs/ holds runs and no retention period is configured',
        remedy: 'set checklist.retention-days in .pipeguard.yml (e.g. 90) and archive or delete older runs',
    },
    'run-past-retention': {
        area: 'runs/ older than the retention period archived or deleted',
        severity: 'medium',
        title: 'a run is older than the retention period (or its age cannot be read)',
        remedy: 'archive the run outside the repository (or delete it) and remove it from runs/',
    },
    'deploy-protection': {
        area: 'Default branch: reviews, the pipeguard check, only deploy identities push (with a token)',
        severity: 'high',
        title: 'the default branch does not require reviews and the pipeguard check, or others than the deploy identities may push',
        remedy: 'add a branch ruleset (or classic branch protection that binds administrators) requiring a pull request with an approval and the pipeguard status check, and restrict pushes to the deploy identities',
    },
    'trust-roots-unowned': {
        area: 'CODEOWNERS protects deployments/, exceptions/, allowed_signers, .pipeguard.yml',
        severity: 'high',
        title: 'a trust root has no code owner, so any writer can change it in a reviewed-by-anyone PR',
        remedy: 'add CODEOWNERS rules (e.g. `/deployments/ @org/ml-owners`) and require code owner review on the default branch',
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
/** Bundled or vendored code: its environment reads are its authors', not the project's. */
const VENDORED = /(^|\/)(node_modules|vendor|third_party|dist|build)\/|\.min\.js$/;
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
    if (hasExample) {
        const documented = new Set();
        for (const example of tracked.filter((f) => ENV_EXAMPLE.test(f)))
            for (const name of documentedNames((await readCapped(external_node_path_default().join(ctx.root, example))) ?? ''))
                documented.add(name);
        const reported = new Set();
        const sources = tracked.filter((f) => (PYTHON_SOURCE.test(f) || JS_SOURCE.test(f)) && !VENDORED.test(f));
        for (const file of sources) {
            const text = await readCapped(external_node_path_default().join(ctx.root, file));
            if (text === undefined)
                continue;
            for (const read of envReads(file, text)) {
                if (documented.has(read.name) || reported.has(read.name))
                    continue;
                reported.add(read.name);
                add('env-var-undocumented', file, `${file} reads ${read.name}, which no .env.example lists`, read.line);
            }
        }
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
        for (const p of (0,requirements/* unpinnedRequirements */.G)(text)) {
            add('requirements-unpinned', file, `\`${p.requirement}\` is not pinned with == (${p.reason})`, p.line);
        }
    }
    // Retention of runs/: each committed run's age against checklist.retention-days.
    const runs = trackedRuns(tracked);
    const retention = section['retention-days'];
    if (runs.length > 0 && retention === undefined) {
        add('retention-days-unset', undefined, `runs/ holds ${runs.length} run(s) and checklist.retention-days is not set`);
    }
    else if (runs.length > 0 && retention !== undefined) {
        const read = (file) => trackedSet.has(file) ? readCapped(external_node_path_default().join(ctx.root, file)) : Promise.resolve(undefined);
        for (const age of await runAges(ctx.root, runs, read)) {
            if (age.problem !== undefined) {
                const file = age.source === 'meta.json' ? `${age.run}/meta.json` : age.run;
                add('run-past-retention', file, `${age.run}: age unknown (${age.problem})`);
            }
            else if (ageInDays(age.finished, ctx.now) > retention) {
                add('run-past-retention', age.source === 'meta.json' ? `${age.run}/meta.json` : age.run, `${age.run} ${describeAge(age, ctx.now)}: past the ${retention}-day retention`);
            }
        }
    }
    // Deploy protection offline: CODEOWNERS must own the trust roots.
    for (const problem of await trustRootProblems(ctx, tracked, trackedSet, readCapped))
        add('trust-roots-unowned', problem.file, problem.message);
    // Deploy protection online, when configured and a token can read the branch's rules.
    const protection = disabled.has('deploy-protection') ? undefined : section['deploy-protection'];
    const client = protection ? await Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(6584)]).then(__webpack_require__.bind(__webpack_require__, 6584)) : undefined;
    const token = client?.githubTokenFrom(ctx.env);
    const deployChecked = Boolean(protection && client && token && ctx.ci.repository?.includes('/'));
    if (protection && client && token && deployChecked) {
        const branch = protection.branch ?? defaultBranchOf(ctx.ci.event);
        if (!branch) {
            add('deploy-protection', undefined, 'the default branch is unknown (the event names none): set checklist.deploy-protection.branch');
        }
        else {
            ctx.registerSecret(token);
            const { inspectDeployProtection } = await Promise.all(/* import() */[__webpack_require__.e(6999), __webpack_require__.e(6689)]).then(__webpack_require__.bind(__webpack_require__, 6689));
            const [owner, repo] = ctx.ci.repository.split('/');
            const octokit = client.createGitHubClient(client.clientOptionsFrom(ctx.env, token, ctx.log));
            const problems = await inspectDeployProtection(octokit, { owner, repo }, branch, {
                statusCheck: protection['status-check'] ?? 'pipeguard',
                identities: protection.identities ?? [],
            });
            for (const problem of problems)
                add('deploy-protection', undefined, problem);
        }
    }
    // Controls of the execution mode (SPEC-260): every mode audits, validates and scans; hybrid and
    // cloud, where models act beyond the laptop, also need the eval gate. Unpinned, the mode is the
    // strictest one the repository's automation policies declare.
    const fromPolicies = section['execution-mode']
        ? undefined
        : await executionModeFromPolicies(tracked, (f) => readCapped(external_node_path_default().join(ctx.root, f)));
    const mode = section['execution-mode'] ?? fromPolicies?.mode ?? 'local';
    const shipping = ['runs', 'deployments'].filter((d) => tracked.some((f) => f.startsWith(`${d}/`)));
    if (!ctx.config.audit?.log) {
        const severity = mode === 'local' ? 'low' : 'high';
        add('audit-log-missing', undefined, `no audit log configured (execution mode: ${mode})`, undefined, severity);
    }
    if (!(0,defaults/* isEnabled */.O)(ctx.config, 'validate'))
        add('validation-disabled', undefined, 'schema validation is disabled in the config');
    if (!(0,defaults/* isEnabled */.O)(ctx.config, 'secrets'))
        add('secrets-disabled', undefined, 'secret scanning is disabled in the config');
    // The eval gate is not optional where models are trained or shipped, whatever the mode.
    if ((mode !== 'local' || shipping.length > 0) && !(0,defaults/* isEnabled */.O)(ctx.config, 'eval-gate')) {
        add('eval-gate-missing', undefined, mode !== 'local'
            ? `execution mode ${mode} requires an eval gate`
            : `${shipping.map((d) => `${d}/`).join(' and ')} exist, and no eval gate decides what may ship`);
    }
    const rows = checklistTable(findings, disabled, mode === 'local' && shipping.length === 0, deployChecked);
    const holding = rows.filter((r) => r.ok).length;
    const result = (0,model/* resultFromFindings */.Ot)('checklist', findings, (0,types/* failOnFor */.p)(ctx.config, 'checklist'), (failing) => `${holding}/${rows.length} items hold${failing ? `; ${failing} finding(s) fail` : ''}`, {
        checklist: rows,
        executionMode: mode,
        ...(fromPolicies ? { executionModeFrom: fromPolicies.file } : {}),
    });
    return { ...result, rules: RULES };
}
const RULES = Object.fromEntries(Object.entries(ITEMS).map(([id, item]) => [
    id,
    { title: item.title, help: item.remedy, severity: item.severity },
]));
/** The repository's default branch as the webhook payload names it. */
function defaultBranchOf(event) {
    const repository = event?.repository;
    if (typeof repository !== 'object' || repository === null)
        return undefined;
    const branch = repository.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : undefined;
}
function checklistTable(findings, disabled, gateOptional, deployChecked) {
    const rows = [];
    for (const [id, item] of Object.entries(ITEMS)) {
        if (disabled.has(id))
            continue;
        if (id === 'eval-gate-missing' && gateOptional)
            continue;
        if (id === 'deploy-protection' && !deployChecked)
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
        // O_NOFOLLOW: a tracked symlink is never read through (it may point outside the root).
        const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
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

/***/ 1139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ DEFAULT_SCHEMA_MAP),
/* harmony export */   z: () => (/* binding */ validateSectionOf)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2143);
/* harmony import */ var _schema_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6784);
/**
 * The `validate` section of `.pipeguard.yml` as this check reads it, and the built-in schema map
 * that makes `pipeguard validate` useful on an ML repository with no configuration at all.
 */


const DATA = '{json,yaml,yml}';
/**
 * Where an ML / agent-platform repository usually keeps each kind of document. Entries whose schema
 * this build does not ship are dropped when the map is built, so the list can name every schema.
 */
const DEFAULT_SCHEMA_MAP = [
    { files: ['.pipeguard.yml', '.pipeguard.yaml'], schema: _schema_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_IDS */ .r.config },
    {
        files: [
            `**/envelopes/**/*.${DATA}`,
            `**/envelope.${DATA}`,
            `**/*.envelope.${DATA}`,
            `**/*-envelope.${DATA}`,
        ],
        schema: 'model-request-envelope.v1',
    },
    {
        files: [
            `**/automation-policy.${DATA}`,
            `**/*.automation-policy.${DATA}`,
            `**/automation-policies/**/*.${DATA}`,
            `**/policies/automation/**/*.${DATA}`,
        ],
        schema: 'automation-policy.v1',
    },
    {
        files: [
            `**/eval-policy.${DATA}`,
            `**/*.eval-policy.${DATA}`,
            `**/eval-policies/**/*.${DATA}`,
            `**/policies/eval/**/*.${DATA}`,
        ],
        schema: 'eval-policy.v1',
    },
    { files: [`**/model-exceptions/**/*.${DATA}`], schema: 'model-exception.v1' },
    { files: [`**/exceptions/**/*.${DATA}`, `**/*.exception.${DATA}`], schema: 'eval-exception.v1' },
    { files: [`**/deps-exceptions/**/*.${DATA}`], schema: 'deps-exception.v1' },
    // A pipeline writes meta.json before `pipeguard provenance stamp` completes it: only a stamped one
    // (it carries schema_version) is held to run-meta.v1 by default.
    {
        files: ['runs/*/meta.json', '**/runs/*/meta.json'],
        schema: 'run-meta.v1',
        requireKey: 'schema_version',
    },
    {
        files: [
            '**/audit.jsonl',
            '**/audit-*.jsonl',
            '**/*.audit.jsonl',
            '**/audit/**/*.jsonl',
            '**/approvals.jsonl',
            `**/approval.${DATA}`,
            `**/approvals/**/*.${DATA}`,
        ],
        schema: _schema_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_IDS */ .r.auditRecord,
    },
];
function validateSectionOf(config) {
    return (0,_config_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionOf */ .Z)(config, 'validate');
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
