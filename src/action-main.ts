/**
 * Entry of dist/action/index.js: a worker when started as one, else the Action. The Action itself
 * (Octokit, the toolkit, every check) is imported only on the main thread, so a worker loads just
 * the task it is asked for.
 */
import { WORKER_TASK_MODULES } from './checks/worker-tasks.js';
import { isPipeguardWorker, serveWorkerTasks, setWorkerEntry } from './util/worker-pool.js';

if (isPipeguardWorker()) {
  serveWorkerTasks(WORKER_TASK_MODULES);
} else {
  setWorkerEntry(process.argv[1]);
  try {
    const { run } = await import('./action.js');
    await run();
  } catch (error) {
    // run() turns every failure into a report; reaching here is our bug. Fail closed, no stack.
    process.stdout.write(
      `::error::pipeguard internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
