/** `pipeguard report merge` as the CLI and the `merge` sub-action know it (implementation: merge.ts). */
import type { CommandSpec } from '../checks/types.js';

export const REPORT_MERGE_COMMAND: CommandSpec = {
  name: ['report', 'merge'],
  summary:
    'merge the JSON reports of a sharded run (--shard I/N) into one report; a missing, duplicate or mismatched shard is an error',
  positionals: 'REPORT|DIR…',
  run: async (ctx, args) => (await import('./merge.js')).mergeReports(ctx, args.positionals),
};
