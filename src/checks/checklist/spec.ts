/** The checklist check as --help and the Action know it (implementation: index.ts). */
import type { CheckInfo } from '../types.js';

export const CHECKLIST_SPEC: CheckInfo = {
  name: 'checklist',
  title: 'Repository hygiene checklist',
  commands: [
    {
      name: ['checklist'],
      summary:
        'repository hygiene checklist: env files, data files, keys, lockfiles, pins, per-mode controls',
    },
  ],
};
