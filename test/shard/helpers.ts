/** Sharded runs of the built CLI and their reports, for the merge tests. */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type ProcessResult } from '../helpers/run.js';

/** Fields that time a run: the only ones a merged report may differ in from an unsharded one. */
const TIMING = new Set(['elapsedMs', 'threads', 'hashedInWorkers']);

/** The JSON report with timing fields removed, as the bytes a comparison reads. */
export function withoutTiming(text: string): string {
  return JSON.stringify(
    JSON.parse(text),
    (key, value: unknown) => (TIMING.has(key) ? undefined : value),
    2,
  );
}

export interface ShardedRun {
  /** The directory holding the N shard reports (s<I>.json). */
  dir: string;
  files: string[];
}

/** Runs `args` once per shard of N into `outDir/nN/`, each shard as its own process. */
export function runShards(
  cwd: string,
  args: string[],
  count: number,
  outDir: string,
  expectCode?: number,
): ShardedRun {
  const dir = path.join(outDir, `n${count}-${Math.random().toString(36).slice(2, 8)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = path.join(dir, `s${i}.json`);
    const run = runCli(
      [...args, '--shard', `${i}/${count}`, '--format', 'json', '--output', file],
      {
        cwd,
      },
    );
    if (expectCode !== undefined) expect(run.code, run.stderr + run.stdout).toBe(expectCode);
    else expect([0, 1], run.stderr + run.stdout).toContain(run.code);
    files.push(file);
  }
  return { dir, files };
}

export function merge(reports: string[], extra: string[] = [], cwd?: string): ProcessResult {
  return runCli(['report', 'merge', ...reports, ...extra], cwd ? { cwd } : {});
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
