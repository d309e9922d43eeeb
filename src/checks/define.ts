/**
 * A check is two modules: `spec.ts` (name, title, commands and options: what --help, argument
 * parsing and Action inputs need) and `index.ts` (the implementation, with its libraries). The
 * adapters load every spec at start-up and an implementation only when its check runs, so a
 * command pays start-up for its own check alone (the bundles split at these dynamic imports).
 */
import type { ShardMerger } from '../shard/details.js';
import { InputError } from '../util/errors.js';
import type {
  CheckContext,
  CheckDefinition,
  CheckInfo,
  CommandArgs,
  CommandInfo,
  CommandSpec,
} from './types.js';

type Run = CommandSpec['run'];

export function commandKey(command: CommandInfo): string {
  return command.name.join(' ');
}

/** The implementation of a spec: one run per command, keyed by its words (`checksums verify`). */
export function implementCheck(
  info: CheckInfo,
  runConfigured: CheckDefinition['runConfigured'],
  runs: Record<string, Run>,
  sharded?: { merge: ShardMerger },
): CheckDefinition {
  const keys = new Set(info.commands.map(commandKey));
  const stray = Object.keys(runs).filter((key) => !keys.has(key));
  if (stray.length) throw new Error(`${info.name}: no command ${stray.join(', ')} in its spec`);
  const merge = sharded?.merge;
  return {
    ...info,
    runConfigured,
    ...(merge ? { mergeShards: async (...args: Parameters<ShardMerger>) => merge(...args) } : {}),
    commands: info.commands.map((command) => {
      const run = runs[commandKey(command)];
      if (!run) throw new Error(`${info.name}: command ${commandKey(command)} has no run`);
      return { ...command, run };
    }),
  };
}

/** The spec now, the implementation imported on first use. */
export function lazyCheck(info: CheckInfo, load: () => Promise<CheckDefinition>): CheckDefinition {
  let loading: Promise<CheckDefinition> | undefined;
  const loaded = (): Promise<CheckDefinition> => (loading ??= load());
  return {
    ...info,
    runConfigured: async (ctx: CheckContext) => (await loaded()).runConfigured(ctx),
    mergeShards: async (...args) => {
      const merge = (await loaded()).mergeShards;
      if (!merge) throw new InputError(`${info.name} does not run as shards: nothing to merge`);
      return merge(...args);
    },
    commands: info.commands.map((command) => ({
      ...command,
      run: async (ctx: CheckContext, args: CommandArgs) => {
        const key = commandKey(command);
        const implementation = (await loaded()).commands.find((c) => commandKey(c) === key);
        if (!implementation) throw new Error(`${info.name}: command ${key} is not implemented`);
        return implementation.run(ctx, args);
      },
    })),
  };
}
