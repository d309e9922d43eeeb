/**
 * `pipeguard report merge REPORT…`: the JSON reports of a sharded run (`--shard I/N` in a job
 * matrix) joined into the one report an unsharded run gives — findings, status, summary, details —
 * so it renders to every format and exits as `check` would have.
 *
 * It fails closed: a report that is not a shard's, a missing or duplicate shard, shards of
 * different commits, configs, options, pipeguard versions or work lists, or work lists that do
 * not add up to the whole (counts and additive digests, src/shard/partition.ts) is an input error
 * (exit 2), never a pass. A finding two shards saw (history: one secret in several commits) is
 * reported once, by fingerprint, from the earliest shard; a finding that says something is absent
 * (an unused ignore entry) only when every shard says so. Findings are put in the check's own
 * order, the one its unsharded runs use.
 */
import { open, readdir, lstat } from 'node:fs/promises';
import path from 'node:path';
import { CHECKS } from '../checks/registry.js';
import type { CheckContext } from '../checks/types.js';
import { addDigests } from '../shard/partition.js';
import { InputError } from '../util/errors.js';
import { VERSION } from '../version.js';
import {
  isSeverity,
  orderFindings,
  resultFromFindings,
  type CheckResult,
  type Finding,
  type InputDigest,
  type ShardRecord,
} from './model.js';

/** A shard report is JSON written by pipeguard; anything larger is not one. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** 256 shards (the most --shard takes) of every shardable command, with room to spare. */
const MAX_REPORT_FILES = 4096;
const STATUSES = new Set(['pass', 'fail', 'blocked', 'error']);

interface ShardResult {
  file: string;
  result: CheckResult;
  shard: ShardRecord;
}

export async function mergeReports(
  ctx: CheckContext,
  given: string[],
  expected: string[] = [],
): Promise<CheckResult[]> {
  if (given.length === 0)
    throw new InputError('report merge needs the shard reports (files or directories of *.json)');
  const known = CHECKS.map((c) => c.name as string);
  const unknownExpected = expected.filter((name) => !known.includes(name));
  if (unknownExpected.length)
    throw new InputError(
      `--checks names unknown check(s) ${unknownExpected.join(', ')}; known: ${known.join(', ')}`,
    );
  const files = await reportFiles(ctx.root, given);
  if (files.length === 0)
    throw new InputError(`no *.json report in ${given.join(', ')}: nothing to merge`);
  const groups = new Map<string, ShardResult[]>();
  for (const file of files) {
    for (const result of await readReport(ctx.root, file)) {
      const list = groups.get(result.check);
      const entry = { file: shown(ctx.root, file), result, shard: result.shard! };
      if (list) list.push(entry);
      else groups.set(result.check, [entry]);
    }
  }
  const merged: CheckResult[] = [];
  // Registry order, as `pipeguard check` runs them.
  for (const check of CHECKS) {
    const shards = groups.get(check.name);
    if (!shards) continue;
    groups.delete(check.name);
    verifyShards(check.name, shards);
    merged.push(await mergeCheck(check, shards));
    ctx.log.info(
      `report merge: ${check.name}: ${shards.length} shard(s), ${shards[0]!.shard.work.items} ${shards[0]!.shard.key} in all`,
    );
  }
  const unknown = [...groups.keys()];
  if (unknown.length)
    throw new InputError(`unknown check "${unknown[0]}" in ${groups.get(unknown[0]!)![0]!.file}`);
  // A check the matrix was meant to run that no shard reported (its step never ran, its report
  // was never uploaded) would otherwise leave the verdict to the others: a failure, never a pass.
  const missing = expected.filter((name) => !merged.some((m) => m.check === name));
  if (missing.length)
    throw new InputError(
      `no shard report holds ${missing.join(', ')} (--checks names it): a check the matrix did not run cannot pass`,
    );
  return merged;
}

/** The files named, directories expanded to the *.json files under them (sorted); no symlinks. */
async function reportFiles(root: string, given: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const name of given) {
    const absolute = path.resolve(root, name);
    const info = await lstat(absolute).catch(() => undefined);
    if (!info) throw new InputError('no such file or directory', name);
    if (info.isSymbolicLink())
      throw new InputError('is a symbolic link, which is never followed: name the report', name);
    if (!info.isDirectory()) {
      out.push(absolute);
      continue;
    }
    // Every *.json below (one directory per downloaded artifact); links are not followed, so a
    // linked report is not read, and its shard is then missing: an error, never a pass.
    const pending = [absolute];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const child = path.join(dir, entry.name);
        if (entry.isDirectory()) pending.push(child);
        else if (entry.isFile() && entry.name.endsWith('.json')) out.push(child);
      }
    }
  }
  const files = [...new Set(out)].sort();
  if (files.length > MAX_REPORT_FILES)
    throw new InputError(
      `${files.length} *.json files in ${given.join(', ')}: more than the ${MAX_REPORT_FILES} shard reports a merge takes (name the reports' directory)`,
    );
  return files;
}

function shown(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : file;
}

async function readBounded(file: string, display: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new InputError(
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      display,
    );
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError('is not a regular file', display);
    if (info.size > MAX_REPORT_BYTES)
      throw new InputError(
        `is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a shard report`,
        display,
      );
    const buffer = Buffer.alloc(info.size);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** A JSON report's check results, each checked for the shape the merge relies on. */
async function readReport(root: string, file: string): Promise<CheckResult[]> {
  const display = shown(root, file);
  let report: unknown;
  try {
    report = JSON.parse(await readBounded(file, display));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      'is not a JSON report (pipeguard … --format json --output FILE writes one)',
      display,
    );
  }
  const bad = (what: string): InputError =>
    new InputError(`not a pipeguard JSON report: ${what}`, display);
  if (!isRecord(report) || !isRecord(report.tool) || report.tool.name !== 'pipeguard')
    throw bad('no tool.name "pipeguard"');
  if (typeof report.tool.version !== 'string') throw bad('no tool.version');
  if (report.tool.version !== VERSION)
    throw new InputError(
      `written by pipeguard ${report.tool.version}, merged by ${VERSION}: run every shard and the merge with one version`,
      display,
    );
  if (!Array.isArray(report.checks) || report.checks.length === 0) throw bad('no checks');
  return report.checks.map((check: unknown, i: number) => {
    const where = `checks[${i}]`;
    if (
      !isRecord(check) ||
      typeof check.check !== 'string' ||
      typeof check.summary !== 'string' ||
      !STATUSES.has(check.status as string) ||
      !Array.isArray(check.findings)
    )
      throw bad(`${where} is not a check result`);
    check.findings.forEach((f: unknown, j: number) => {
      if (!isFinding(f)) throw bad(`${where}.findings[${j}] is not a finding`);
    });
    if (check.shard === undefined) {
      const why = check.status === 'error' ? ` (it stopped with an error: ${check.summary})` : '';
      throw new InputError(
        `${check.check} did not run as a shard (no --shard I/N)${why}: an unsharded report cannot be merged with shards`,
        display,
      );
    }
    if (!isShardRecord(check.shard)) throw bad(`${where}.shard is malformed`);
    return check as unknown as CheckResult;
  });
}

/** Every fail-closed rule of the merge, for one check's shards. */
function verifyShards(check: string, shards: ShardResult[]): void {
  // Shard order (then file order): shard 1 is what the others are compared with.
  shards.sort((a, b) => a.shard.index - b.shard.index);
  const first = shards[0]!;
  const fail = (message: string): never => {
    throw new InputError(`report merge: ${check}: ${message}`);
  };
  const facts: Array<[keyof ShardRecord, string]> = [
    ['version', 'pipeguard versions'],
    ['count', 'shard counts (N of I/N)'],
    ['commit', 'commits'],
    ['config', 'configs'],
    ['options', 'options or paths'],
    ['key', 'partition keys'],
    ['failOn', 'fail-on thresholds'],
  ];
  for (const s of shards) {
    for (const [field, what] of facts) {
      if (s.shard[field] !== first.shard[field])
        fail(
          `shards of different ${what}: ${shortFact(first.shard[field])} in ${first.file}, ${shortFact(s.shard[field])} in ${s.file}`,
        );
    }
    if (
      s.shard.work.items !== first.shard.work.items ||
      s.shard.work.digest !== first.shard.work.digest
    )
      fail(
        `shards saw different work lists (${first.shard.work.items} ${first.shard.key} in ${first.file}, ${s.shard.work.items} in ${s.file}): not the same checkout`,
      );
  }
  const count = first.shard.count;
  const byIndex = new Map<number, ShardResult>();
  for (const s of shards) {
    const other = byIndex.get(s.shard.index);
    if (other) fail(`shard ${s.shard.index}/${count} twice (${other.file} and ${s.file})`);
    byIndex.set(s.shard.index, s);
  }
  const missing: string[] = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(`${i}/${count}`);
  if (missing.length) fail(`missing shard(s) ${missing.join(', ')}: never a pass without them`);
  const items = shards.reduce((sum, s) => sum + s.shard.own.items, 0);
  const digest = addDigests(shards.map((s) => s.shard.own.digest));
  if (items !== first.shard.work.items || digest !== first.shard.work.digest)
    fail(
      `the shards' work does not add up to the whole (${items} of ${first.shard.work.items} ${first.shard.key}${items === first.shard.work.items ? ', different items' : ''})`,
    );
}

function shortFact(value: unknown): string {
  const text = String(value);
  return /^[0-9a-f]{40,}$/.test(text) ? text.slice(0, 12) : text;
}

async function mergeCheck(
  check: (typeof CHECKS)[number],
  shards: ShardResult[],
): Promise<CheckResult> {
  const results = shards.map((s) => s.result);
  const merged = mergeFindings(shards);
  const name = check.name;
  const errored = shards.filter((s) => s.result.status === 'error');
  const rules = Object.assign({}, ...results.map((r) => r.rules ?? {})) as CheckResult['rules'];
  const parts = await check.mergeShards!(results, merged);
  const findings = orderFindings(merged, parts.order);
  const inputs = parts.inputs ?? uniqueInputs(results.flatMap((r) => r.inputs ?? []));
  const base = errored.length
    ? {
        check: name,
        status: 'error' as const,
        summary: errored
          .map((s) => `shard ${s.shard.index}/${s.shard.count}: ${s.result.summary}`)
          .join('; '),
        findings,
        details: parts.details,
      }
    : resultFromFindings(name, findings, shards[0]!.shard.failOn, parts.summary, parts.details);
  // Outputs that depend on the whole run come from the check's merge; the rest are every shard's.
  const outputs = parts.outputs ?? results[0]?.outputs ?? {};
  return {
    ...base,
    ...(rules && Object.keys(rules).length ? { rules } : {}),
    ...(inputs.length ? { inputs } : {}),
    ...(Object.keys(outputs).length ? { outputs } : {}),
  };
}

/**
 * Every shard's findings once: a fingerprint an earlier shard reported is dropped (shards are in
 * work order, so history keeps a secret's first commit), and an absence finding is kept only when
 * every shard reported it.
 */
function mergeFindings(shards: ShardResult[]): Finding[] {
  const absence = new Set(shards.flatMap((s) => s.shard.absence ?? []));
  const seenBefore = new Set<string>();
  const out: Finding[] = [];
  const absent = new Map<string, { finding: Finding; shards: number }>();
  for (const { result } of shards) {
    const mine = new Set<string>();
    for (const finding of result.findings) {
      if (absence.has(finding.rule)) {
        const key = `${finding.rule}\0${finding.fingerprint}`;
        if (mine.has(key)) continue;
        mine.add(key);
        const entry = absent.get(key);
        if (entry) entry.shards++;
        else absent.set(key, { finding, shards: 1 });
        continue;
      }
      if (seenBefore.has(finding.fingerprint)) continue;
      out.push(finding);
      mine.add(finding.fingerprint);
    }
    for (const fingerprint of mine) seenBefore.add(fingerprint);
  }
  for (const { finding, shards: count } of absent.values())
    if (count === shards.length) out.push(finding);
  return out;
}

function uniqueInputs(inputs: InputDigest[]): InputDigest[] {
  const seen = new Set<string>();
  return inputs.filter((i) => {
    const key = `${i.name}\0${i.sha256}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFinding(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.check === 'string' &&
    typeof value.rule === 'string' &&
    isSeverity(value.severity) &&
    typeof value.message === 'string' &&
    typeof value.fingerprint === 'string' &&
    (value.file === undefined || typeof value.file === 'string') &&
    (value.remedy === undefined || typeof value.remedy === 'string') &&
    (value.suppressed === undefined ||
      (isRecord(value.suppressed) && typeof value.suppressed.kind === 'string')) &&
    POSITIONS.every(
      (key) =>
        value[key] === undefined ||
        (Number.isSafeInteger(value[key]) && (value[key] as number) >= 1),
    )
  );
}

const POSITIONS = ['line', 'column', 'endLine', 'endColumn'] as const;

const HEX64 = /^[0-9a-f]{64}$/;

function isWork(value: unknown): boolean {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.items) &&
    (value.items as number) >= 0 &&
    typeof value.digest === 'string' &&
    HEX64.test(value.digest)
  );
}

function isShardRecord(value: unknown): value is ShardRecord {
  if (!isRecord(value)) return false;
  const { index, count } = value;
  return (
    Number.isSafeInteger(index) &&
    Number.isSafeInteger(count) &&
    (index as number) >= 1 &&
    (index as number) <= (count as number) &&
    typeof value.key === 'string' &&
    isWork(value.work) &&
    isWork(value.own) &&
    (value.commit === null || typeof value.commit === 'string') &&
    typeof value.config === 'string' &&
    typeof value.options === 'string' &&
    typeof value.version === 'string' &&
    isSeverity(value.failOn) &&
    (value.absence === undefined ||
      (Array.isArray(value.absence) && value.absence.every((r) => typeof r === 'string')))
  );
}
