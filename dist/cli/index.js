#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ WORKER_TASK_MODULES)
/* harmony export */ });
const WORKER_TASK_MODULES = {
    'checksums.hash': () => __nccwpck_require__.e(/* import() */ 5492).then(__nccwpck_require__.bind(__nccwpck_require__, 5492)),
    'secrets.scan-files': () => Promise.all(/* import() */[__nccwpck_require__.e(6692), __nccwpck_require__.e(4248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2016)),
    'validate.batch': () => Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4006), __nccwpck_require__.e(8626), __nccwpck_require__.e(6784), __nccwpck_require__.e(1312), __nccwpck_require__.e(7429), __nccwpck_require__.e(1409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9872)),
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _checks_worker_tasks_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9396);
/* harmony import */ var _util_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3067);
/* harmony import */ var _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3330);
/**
 * Entry of dist/cli/index.js: the `pipeguard` CLI (cli-main.ts), or a worker thread of it. Kept to
 * what both need, so a worker loads only the task it is asked for, not the whole CLI (config,
 * renderers, every check's registration): on the bench machine a worker's start from the full
 * entry took ~100 ms, about twice a bare worker's.
 */



// Before any chunk loads, in workers too (each thread loads the chunks it needs).
(0,_util_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .enableCompileCache */ .L)(process.env);
if ((0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .isPipeguardWorker */ .uG)()) {
    (0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .serveWorkerTasks */ .gL)(_checks_worker_tasks_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKER_TASK_MODULES */ .b);
}
else {
    (0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .setWorkerEntry */ .HU)(process.argv[1]);
    try {
        const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(1409), __nccwpck_require__.e(3299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3299));
        await runCli();
    }
    catch (error) {
        // runCli() reports every failure itself; only a bundle that cannot load gets here. No stack.
        process.stderr.write(`pipeguard: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ enableCompileCache)
});

// UNUSED EXPORTS: compileCacheDir

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/util/compile-cache.ts
/**
 * Node's on-disk compile cache (Node >= 22.1; a no-op on Node 20) for the CLI, which runs often
 * and briefly (pre-commit runs it per hook): chunks load from cached bytecode instead of being
 * parsed again. The cache lives in the user's own cache directory, never in a shared temp
 * directory where another user could plant entries. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */



function compileCacheDir(env) {
    // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
    const xdg = env.XDG_CACHE_HOME && external_node_path_default().isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : '';
    const home = (0,external_node_os_.homedir)();
    const base = xdg || (external_node_path_default().isAbsolute(home) ? external_node_path_default().join(home, '.cache') : undefined);
    return base ? external_node_path_default().join(base, 'pipeguard', 'compile-cache') : undefined;
}
function enableCompileCache(env) {
    const enable = (external_node_module_default()).enableCompileCache;
    const dir = compileCacheDir(env);
    if (!enable || !dir || env.NODE_DISABLE_COMPILE_CACHE)
        return;
    // A cache that cannot be created or written is skipped by Node itself: never an error here.
    enable(dir);
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zu: () => (/* binding */ defineWorkerTask),
  uG: () => (/* binding */ isPipeguardWorker),
  bk: () => (/* binding */ runShared),
  gL: () => (/* binding */ serveWorkerTasks),
  HU: () => (/* binding */ setWorkerEntry),
  Gf: () => (/* binding */ startWorkers)
});

// UNUSED EXPORTS: PoolWorker, flagsFrozen, workerEntry

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/util/worker-pool.ts
/**
 * Spread CPU-bound work over worker threads. The bundles are single files, so a worker is the same
 * entry file started again with a marker in `workerData`: the entry calls `serveWorkerTasks()`
 * instead of its main when `isPipeguardWorker()`. Task handlers register at module load
 * (`defineWorkerTask`); a worker imports a task's module on the first request for it.
 * Without a registered entry file (tests importing sources), tasks run in-process: same results.
 */



const handlers = new Map();
let entryFile;
/** The entry (dist/cli/index.js, dist/action/index.js) names itself so workers can be started. */
function setWorkerEntry(file) {
    entryFile = file;
}
/** The entry file workers start from, when a bundle registered one (undefined when tests import sources). */
function workerEntry() {
    return entryFile;
}
function isPipeguardWorker() {
    return (!external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.pipeguardWorker === true);
}
/** Worker side: answer task requests until the parent closes the port. */
function serveWorkerTasks(modules) {
    external_node_worker_threads_.parentPort?.on('message', async (request) => {
        let reply;
        try {
            if (!handlers.has(request.task))
                await modules[request.task]?.();
            const handler = handlers.get(request.task);
            if (!handler)
                throw new Error(`unknown worker task ${request.task}`);
            reply = { id: request.id, ok: true, output: await handler(request.input) };
        }
        catch (error) {
            reply = {
                id: request.id,
                ok: false,
                error: error instanceof Error ? error.message : String(error),
            };
        }
        external_node_worker_threads_.parentPort?.postMessage(reply);
    });
}
/**
 * Register a task and get a runner that maps inputs to outputs (same order), in workers when an
 * entry file is known and the batch is large enough, else in-process.
 */
function defineWorkerTask(name, handler) {
    handlers.set(name, handler);
    return async (inputs, options = {}) => {
        const threads = Math.min(options.threads ?? (0,external_node_os_.availableParallelism)(), inputs.length);
        if (!entryFile ||
            threads < (options.threads === undefined ? 2 : 1) ||
            inputs.length < (options.minInputsForWorkers ?? 2)) {
            const out = [];
            for (const input of inputs)
                out.push(await handler(input));
            return out;
        }
        const { outputs } = await runShared(name, handler, inputs, {
            workers: threads,
            resourceLimits: options.resourceLimits,
            thisThreadWorks: false,
        });
        return outputs;
    };
}
const WARM_UP_ID = -1;
function failureOf(outcome) {
    if (outcome.kind === 'failed')
        return outcome.error;
    if (outcome.kind === 'exited')
        return new Error(`worker exited with code ${outcome.code} during a batch`);
    if (outcome.kind === 'out-of-memory')
        return new Error('worker ran out of memory');
    return new Error(outcome.reply.ok ? 'worker replied out of turn' : outcome.reply.error);
}
let optimizingOnWorkerThreads = false;
/**
 * Workers created from now on compile optimized code on their own thread, not on V8's background
 * compiler threads (read when a worker's isolate is created; this thread's isolate keeps its
 * setting). Workers busy enough to be worth starting fill the machine's cores, so a background
 * compile waits for a core while the worker runs its hottest code unoptimized meanwhile: on
 * bench/secrets (2 cores, two workers) a tree scan took 10 % less wall and CPU time this way.
 */
function optimizeOnWorkerThreads() {
    if (optimizingOnWorkerThreads)
        return;
    optimizingOnWorkerThreads = true;
    // Node leaves V8's flags writable unless started with --freeze-flags-after-init: then setting
    // one aborts the process, so the workers keep V8's default.
    if (flagsFrozen(process.execArgv))
        return;
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--no-concurrent-recompilation');
}
/** Whether node's own options froze V8's flags (the last --[no-]freeze-flags-after-init wins). */
function flagsFrozen(execArgv) {
    let frozen = false;
    for (const arg of execArgv) {
        const option = /^--(no-)?freeze[-_]flags[-_]after[-_]init$/.exec(arg);
        if (option)
            frozen = option[1] === undefined;
    }
    return frozen;
}
/**
 * One worker thread and its one request in flight. Once the worker has failed or exited, every
 * later request ends the same way at once, so no caller waits on a thread that is gone.
 */
class PoolWorker {
    /** The warm-up's outcome (undefined without one): the worker takes inputs once it is settled. */
    warm;
    worker;
    pending;
    ended;
    constructor(file, task, warmUp, resourceLimits) {
        optimizeOnWorkerThreads();
        this.worker = new external_node_worker_threads_.Worker(file, { workerData: { pipeguardWorker: true }, resourceLimits });
        this.worker.on('message', (reply) => this.settle({ kind: 'reply', reply }));
        this.worker.on('error', (error) => this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { kind: 'out-of-memory' }
            : { kind: 'failed', error }));
        this.worker.on('exit', (code) => this.end({ kind: 'exited', code }));
        this.warm =
            warmUp === undefined ? Promise.resolve(undefined) : this.request(WARM_UP_ID, task, warmUp);
    }
    request(id, task, input) {
        if (this.ended)
            return Promise.resolve(this.ended);
        return new Promise((resolve) => {
            this.pending = resolve;
            this.worker.postMessage({ id, task, input });
        });
    }
    terminate() {
        return this.worker.terminate();
    }
    settle(outcome) {
        const pending = this.pending;
        this.pending = undefined;
        pending?.(outcome);
    }
    /** An error comes before the exit that follows it: the first one is what the worker ended with. */
    end(outcome) {
        this.ended ??= outcome;
        this.settle(this.ended);
    }
}
/**
 * Start workers now, so they boot and warm up while this thread still prepares the inputs (lists
 * a tree); hand them to `runShared` through `started`, or terminate them. None without a
 * registered entry file (tests importing sources): the work then runs in-process.
 */
function startWorkers(task, count, options = {}) {
    if (!entryFile)
        return [];
    return Array.from({ length: count }, () => new PoolWorker(entryFile, task, options.warmUp, options.resourceLimits));
}
/**
 * Run inputs on worker threads (and on this thread unless `thisThreadWorks` is off), sharing one
 * queue: a worker only gets inputs once it has answered a warm-up request, so a slow start costs
 * nothing; workers may have been started earlier (`started`). A worker that
 * runs out of its capped heap hands the input it held to this thread, whose heap is not capped:
 * one huge input must not fail the run; any other worker failure fails it (fail closed).
 * Without a registered entry (tests importing sources) or with `workers: 0`, everything runs here.
 */
async function runShared(task, handler, inputs, options) {
    const results = new Array(inputs.length);
    const thisThreadWorks = options.thisThreadWorks !== false;
    // Every worker beyond the inputs left for it would idle.
    const spare = thisThreadWorks ? inputs.length - 1 : inputs.length;
    const workers = options.started ?? startWorkers(task, Math.max(0, Math.min(options.workers, spare)), options);
    let next = 0;
    let done = 0;
    /** Inputs a worker could not finish (out of memory): this thread runs them. */
    const handedBack = [];
    let failure;
    const serve = async (worker) => {
        const warm = await worker.warm;
        if (warm && (warm.kind !== 'reply' || !warm.reply.ok)) {
            // Out of memory or exited while warming up, it held no input: it just stops.
            if (warm.kind === 'reply' || warm.kind === 'failed')
                failure ??= failureOf(warm);
            return;
        }
        while (!failure && next < inputs.length) {
            const id = next++;
            const outcome = await worker.request(id, task, inputs[id]);
            if (outcome.kind === 'out-of-memory') {
                handedBack.push(id);
                return;
            }
            // A failed task, a crash, or an exit while holding an input (which would lose it).
            if (outcome.kind !== 'reply' || !outcome.reply.ok) {
                failure ??= failureOf(outcome);
                return;
            }
            results[id] = outcome.reply.output;
            done++;
        }
    };
    const finished = workers.map(serve);
    // Once every worker has stopped (done, or out of memory), this thread runs what is left.
    let helps = thisThreadWorks || workers.length === 0;
    const take = () => handedBack.pop() ?? (helps && next < inputs.length ? next++ : undefined);
    try {
        for (;;) {
            for (let id = take(); !failure && id !== undefined; id = take()) {
                results[id] = await handler(inputs[id]);
                done++;
                // Let worker replies in between inputs, so they are fed while this thread works.
                if (workers.length > 0)
                    await new Promise((resolve) => setImmediate(resolve));
            }
            await Promise.all(finished);
            helps = true;
            if (failure || (handedBack.length === 0 && next >= inputs.length))
                break;
        }
    }
    finally {
        // Not awaited: a thread takes 10-20 ms to stop, and every output is in hand (or the run
        // failed) by now.
        for (const worker of workers)
            void worker.terminate().catch(() => undefined);
    }
    if (failure)
        throw failure;
    // Fail closed: an input without an output would be work silently not done (a file not scanned).
    if (done !== inputs.length)
        throw new Error(`worker pool finished ${done} of ${inputs.length} inputs`);
    return { outputs: results, workers: workers.length };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
