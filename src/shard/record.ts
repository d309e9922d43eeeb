/**
 * The shard record a sharded check attaches to its result (model.ts ShardRecord): where the shard
 * stands in the whole, and every fact the shards must share for a merge to be sound.
 */
import { createHash } from 'node:crypto';
import type { CheckContext, CommandArgs, CommandInfo } from '../checks/types.js';
import { failOnFor } from '../config/types.js';
import type { CheckResult, ShardRecord } from '../report/model.js';
import { gitOutput } from '../checks/secrets/git-stream.js';
import { VERSION } from '../version.js';
import type { ShardSpec, WorkList } from './partition.js';

/** JSON with object keys sorted, so equal values digest equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function headCommit(root: string): Promise<string | null> {
  try {
    return (await gitOutput(root, ['rev-parse', '--verify', '-q', 'HEAD'], 'read HEAD')).trim();
  } catch {
    return null;
  }
}

export interface ShardFacts {
  spec: ShardSpec;
  work: WorkList;
  command: CommandInfo;
  args: CommandArgs;
  absence?: string[];
}

/** Attach the shard record to a sharded check's result (returned for chaining). */
export async function withShardRecord(
  ctx: CheckContext,
  result: CheckResult,
  facts: ShardFacts,
): Promise<CheckResult> {
  // The command's own options (global ones such as --format or --output differ freely).
  const values = Object.fromEntries(
    Object.keys(facts.command.options ?? {})
      .filter((name) => name !== 'shard' && facts.args.values[name] !== undefined)
      .sort()
      .map((name) => [name, facts.args.values[name]]),
  );
  const record: ShardRecord = {
    index: facts.spec.index,
    count: facts.spec.count,
    key: facts.work.kind,
    work: facts.work.work,
    own: facts.work.own,
    commit: await headCommit(ctx.root),
    config: sha256(canonicalJson(ctx.config)),
    options: sha256(
      canonicalJson({
        command: facts.command.name.join(' '),
        values,
        paths: facts.args.positionals,
      }),
    ),
    version: VERSION,
    failOn: failOnFor(ctx.config, result.check),
    ...(facts.absence?.length ? { absence: facts.absence } : {}),
  };
  result.shard = record;
  return result;
}
