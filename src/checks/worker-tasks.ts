/** The module defining each worker task, for the entries' workers to import on demand. */
import type { WorkerTaskModules } from '../util/worker-pool.js';

export const WORKER_TASK_MODULES: WorkerTaskModules = {
  'checksums.hash': () => import('./checksums/hash.js'),
  'secrets.scan-files': () => import('./secrets/scan.js'),
  'validate.batch': () => import('./validate/engine.js'),
};
