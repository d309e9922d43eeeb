/** The `--shard I/N` option (and Action input) of the commands that can run as one of N shards. */
import type { OptionSpec } from '../checks/types.js';

export const SHARD_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'I/N',
  description:
    'run shard I of N (a job matrix); each shard scans its part of the work, `pipeguard report merge` joins them',
};
