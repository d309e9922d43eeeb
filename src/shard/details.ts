/**
 * The check-specific half of `pipeguard report merge`: a sharded check rebuilds its details and
 * summary from its shards' (the findings, status and shard checks are the merge's own).
 */
import type { CheckResult, Finding, InputDigest } from '../report/model.js';

export interface MergedParts {
  details: Record<string, unknown>;
  /** The summary line, as the check words it, from the merged counts. */
  summary: (failing: number, total: number) => string;
  /** Step outputs, when they depend on more than one shard. */
  outputs?: Record<string, string>;
  /** Input digests in one run's order (default: each distinct one, in shard order). */
  inputs?: InputDigest[];
  /** The check's finding order (the one its unsharded runs use; see orderFindings). */
  order: (a: Finding, b: Finding) => number;
}

/** The check's own merge of details and summary (CheckDefinition.mergeShards). */
export type ShardMerger = (shards: CheckResult[], findings: Finding[]) => MergedParts;

/** Details that time a run differ between runs: never compared, the slowest shard's kept. */
export const TIMING_FIELDS = new Set(['elapsedMs', 'threads']);

/**
 * The shards' details as one run's: numbers add up (timings take the slowest), objects merge key
 * by key, arrays concatenate, anything else is the first shard's (the same in every shard), as are
 * the `shared` fields (facts about the whole run, such as the range's commit count).
 */
export function sumDetails(
  list: Array<Record<string, unknown>>,
  shared: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const details of list) {
    for (const [key, value] of Object.entries(details)) {
      const previous = out[key];
      if (!(key in out)) out[key] = clone(value);
      else if (shared.includes(key)) continue;
      else if (typeof value === 'number' && typeof previous === 'number')
        out[key] = TIMING_FIELDS.has(key) ? Math.max(previous, value) : previous + value;
      else if (Array.isArray(value) && Array.isArray(previous)) out[key] = [...previous, ...value];
      else if (isRecord(value) && isRecord(previous)) out[key] = sumDetails([previous, value]);
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone(value: unknown): unknown {
  return isRecord(value) ? sumDetails([value]) : Array.isArray(value) ? [...value] : value;
}
