export const id = 587;
export const ids = [587,968];
export const modules = {

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
/* unused harmony export gitAt */
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
