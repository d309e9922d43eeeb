#!/usr/bin/env node
/**
 * Entry of dist/cli/index.js: the `pipeguard` CLI (cli-main.ts), or a worker thread of it. Kept to
 * what both need, so a worker loads only the task it is asked for, not the whole CLI (config,
 * renderers, every check's registration): on the bench machine a worker's start from the full
 * entry took ~100 ms, about twice a bare worker's.
 */
import { WORKER_TASK_MODULES } from './checks/worker-tasks.js';
import { enableCompileCache } from './util/compile-cache.js';
import { isPipeguardWorker, serveWorkerTasks, setWorkerEntry } from './util/worker-pool.js';

// Before any chunk loads, in workers too (each thread loads the chunks it needs).
enableCompileCache(process.env);
if (isPipeguardWorker()) {
  serveWorkerTasks(WORKER_TASK_MODULES);
} else {
  setWorkerEntry(process.argv[1]);
  try {
    const { runCli } = await import('./cli-main.js');
    await runCli();
  } catch (error) {
    // runCli() reports every failure itself; only a bundle that cannot load gets here. No stack.
    process.stderr.write(
      `pipeguard: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
