/** `pipeguard report merge` as the CLI and the `merge` sub-action know it (implementation: merge.ts). */
import type { CommandSpec, OptionValue } from '../checks/types.js';

/** `secrets,validate` / `secrets validate` → the names (checked against the registry by the merge). */
function expectedChecks(value: OptionValue): string[] {
  if (typeof value !== 'string') return [];
  return value.split(/[\s,]+/).filter(Boolean);
}

export const REPORT_MERGE_COMMAND: CommandSpec = {
  name: ['report', 'merge'],
  summary:
    'merge the JSON reports of a sharded run (--shard I/N) into one report; a missing, duplicate or mismatched shard is an error',
  positionals: 'REPORT|DIR…',
  options: {
    checks: {
      type: 'string',
      valueName: 'LIST',
      description:
        'the checks the matrix runs (e.g. secrets,validate,checksums): one no shard reported is an error, never a pass',
    },
  },
  run: async (ctx, args) =>
    (await import('./merge.js')).mergeReports(
      ctx,
      args.positionals,
      expectedChecks(args.values.checks),
    ),
};
