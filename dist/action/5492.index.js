export const id = 5492;
export const ids = [5492];
export const modules = {

/***/ 5492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHUNK_BYTES: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   MIN_BYTES_FOR_WORKERS: () => (/* binding */ MIN_BYTES_FOR_WORKERS),
/* harmony export */   NotRegularFileError: () => (/* binding */ NotRegularFileError),
/* harmony export */   hashFiles: () => (/* binding */ hashFiles),
/* harmony export */   sha256OfFileSync: () => (/* binding */ sha256OfFileSync)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3330);
/**
 * SHA-256 of many files at the speed of the hardware.
 *
 * - A file is read in 256 KiB chunks into a reused buffer and hashed chunk by chunk, so memory
 *   stays at a few MiB whatever the file size. 256 KiB fits the core's L2 cache: the kernel's copy
 *   out of the page cache lands in cache and the hash reads it from there (measured on 8 files of
 *   128 MiB: ~10 % less time per file than 1 MiB reads, whose copy went out to memory).
 *   Reads are blocking, on every thread: the chunk is hashed on the core that copied it, and no
 *   thread-pool thread competes for the cores (measured: the calling thread overlapping async
 *   reads took ~40 % longer per file than a worker). The calling thread yields to its event loop
 *   between files.
 *   bench/checksums/strategies.mjs measures these against createReadStream and other sizes.
 * - Many files are spread over threads that pull the next file (biggest first) from one shared
 *   counter in a SharedArrayBuffer: the calling thread, which starts at once, and one worker per
 *   other core (src/util/worker-pool.ts), so worker start-up is never idle time and no core runs
 *   two hashing threads (on 2 cores, 3 threads left one core hashing alone at the end).
 * - SHA-256 is a sequential chain (each 64-byte block updates the state the previous block left),
 *   so ONE file can never be hashed by more than one core: a single big file runs at one core's
 *   rate, and only many files use many cores.
 */





const CHUNK_BYTES = 256 * 1024;
/**
 * Below this many bytes in total, starting a worker (~30 ms of Node start-up) costs more than it
 * saves. Many small files do not count: their cost is syscalls and bookkeeping on the calling
 * thread, and measured 20 000 files took more CPU with workers than without.
 */
const MIN_BYTES_FOR_WORKERS = 64 * 1024 * 1024;
/**
 * No final symlink (a swapped-in link is refused, ELOOP) and no blocking open on a FIFO; the
 * caller then insists on a regular file, so a pipe or device can neither hang nor fool it.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK;
class NotRegularFileError extends Error {
}
// One buffer per thread, reused for every file: hashing a file is synchronous.
let readBuffer;
/** Hash a file with plain blocking reads into the thread's buffer. */
function sha256OfFileSync(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, OPEN_FLAGS);
    const buffer = (readBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            throw new NotRegularFileError('not a regular file');
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let position = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, CHUNK_BYTES, position);
            if (n === 0)
                break;
            hash.update(buffer.subarray(0, n));
            position += n;
            // A short read of a regular file is its end: saves a syscall per small file.
            if (n < CHUNK_BYTES)
                break;
        }
        return { sha256: hash.digest('hex'), size: position };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function outcomeOfError(error) {
    if (error instanceof NotRegularFileError)
        return { ok: false, error: error.message, notRegular: true };
    const code = error.code;
    if (code === 'ELOOP')
        return { ok: false, error: 'became a symlink while verifying', notRegular: true };
    if (code === 'ENOENT')
        return { ok: false, error: 'disappeared while verifying' };
    return { ok: false, error: code ?? (error instanceof Error ? error.message : String(error)) };
}
/**
 * Hash claimed files until none are left, on any thread; between big files the thread yields to
 * its event loop (a yield per small file would cost more than the files).
 */
async function drain(queue) {
    const next = new Int32Array(queue.next);
    const done = [];
    for (;;) {
        const index = Atomics.add(next, 0, 1);
        const file = queue.files[index];
        if (file === undefined)
            return done;
        let outcome;
        try {
            outcome = { ok: true, ...sha256OfFileSync(file) };
        }
        catch (error) {
            outcome = outcomeOfError(error);
        }
        done.push({ index, outcome, thread: node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.threadId });
        if ((queue.sizes[index] ?? 0) >= CHUNK_BYTES)
            await new Promise(setImmediate);
    }
}
const drainInWorkers = (0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .defineWorkerTask */ .Zu)('checksums.hash', drain);
/** Hash every job, spread over the calling thread and workers. */
async function hashFiles(jobs, options = {}) {
    const order = jobs
        .map((_, index) => index)
        .sort((a, b) => (jobs[b]?.size ?? 0) - (jobs[a]?.size ?? 0));
    const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
    let workers;
    let callerHashes = true;
    if (options.threads === undefined) {
        const cores = Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), jobs.length);
        workers = cores >= 2 && totalBytes >= MIN_BYTES_FOR_WORKERS ? cores - 1 : 0;
    }
    else {
        workers = Math.min(Math.max(1, Math.floor(options.threads)), Math.max(1, jobs.length));
        if (workers === 1)
            workers = 0;
        else
            callerHashes = false;
    }
    const queue = {
        files: order.map((index) => jobs[index]?.file ?? ''),
        sizes: order.map((index) => jobs[index]?.size ?? 0),
        next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
    };
    // Workers first: the pool creates them synchronously, so they boot while this thread hashes.
    const remote = workers > 0
        ? drainInWorkers(Array.from({ length: workers }, () => queue), { threads: workers, minInputsForWorkers: 1 }).then((lists) => lists.flat())
        : Promise.resolve([]);
    // Held as a settled value so a failing worker cannot surface as an unhandled rejection meanwhile.
    const settled = remote.then((claims) => ({ claims }), (error) => ({ error }));
    const local = callerHashes ? await drain(queue) : [];
    const fromWorkers = await settled;
    if ('error' in fromWorkers)
        throw fromWorkers.error;
    const claims = [...local, ...fromWorkers.claims];
    const outcomes = new Array(jobs.length);
    for (const claim of claims) {
        const jobIndex = order[claim.index];
        if (jobIndex !== undefined)
            outcomes[jobIndex] = claim.outcome;
    }
    // The pool's in-process fallback (no bundle entry) runs "worker" drains here: count by thread.
    return { outcomes, hashedInWorkers: claims.filter((c) => c.thread !== node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.threadId).length };
}


/***/ })

};
