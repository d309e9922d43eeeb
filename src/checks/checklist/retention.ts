/**
 * Retention of `runs/` (the seed's "archive or delete runs older than N days"): each committed
 * run's age from the finish time its meta.json records (`finished_on`, read with the one timestamp
 * reader), else from the commit that added the run. A finish time that names no instant (second 60
 * outside a leap second, NaN, an hour 24) is never silently skipped: it is reported as unusable.
 */
import path from 'node:path';
import { readTimestamp, formatInstant } from '../../util/time.js';
import { runGit } from '../../util/git.js';

const MS_PER_DAY = 86_400_000;

export interface RunAge {
  run: string;
  /** Where the age comes from. */
  source: 'meta.json' | 'commit';
  /** Epoch ms of the finish (or the adding commit); undefined when unusable. */
  finished?: number;
  /** Why meta.json's finish time could not be used. */
  problem?: string;
}

/** `runs/<run_id>/…` → the run folders git tracks, `runs/<run_id>`. */
export function trackedRuns(tracked: readonly string[]): string[] {
  const runs = new Set<string>();
  for (const file of tracked) {
    const m = /^runs\/([^/]+)\//.exec(file);
    if (m) runs.add(`runs/${m[1]}`);
  }
  return [...runs].sort();
}

export async function runAges(
  root: string,
  runs: readonly string[],
  readJson: (file: string) => Promise<string | undefined>,
): Promise<RunAge[]> {
  const ages: RunAge[] = [];
  let added: Map<string, number> | undefined;
  for (const run of runs) {
    const text = await readJson(path.posix.join(run, 'meta.json'));
    const finished = text === undefined ? undefined : finishedOn(text);
    if (finished !== undefined) {
      const reading = readTimestamp(finished);
      ages.push(
        reading.ok
          ? { run, source: 'meta.json', finished: reading.ms }
          : {
              run,
              source: 'meta.json',
              problem: `finished_on ${JSON.stringify(finished)} names no instant: ${reading.problem}`,
            },
      );
      continue;
    }
    added ??= await addingCommitTimes(root);
    const time = added.get(run);
    ages.push(
      time === undefined
        ? { run, source: 'commit', problem: 'no commit adds it' }
        : { run, source: 'commit', finished: time },
    );
  }
  return ages;
}

/** meta.json's `finished_on` when it is a string; anything else (absent, broken JSON) → undefined. */
function finishedOn(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const finished = (value as Record<string, unknown>).finished_on;
    if (finished === undefined) return undefined;
    return typeof finished === 'string' ? finished : JSON.stringify(finished);
  } catch {
    return undefined;
  }
}

/** For each run folder, the committer time of the earliest commit that added a file in it. */
async function addingCommitTimes(root: string): Promise<Map<string, number>> {
  let out: string;
  try {
    out = await runGit(
      root,
      [
        'log',
        '--relative',
        '--diff-filter=A',
        '--name-only',
        '--no-renames',
        '--format=%x00%ct',
        '--',
        'runs/',
      ],
      'find the commits that added runs',
    );
  } catch {
    // No commit yet: every run is reported as having no known age (never as young).
    return new Map();
  }
  const times = new Map<string, number>();
  let current: number | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith('\0')) {
      current = Number(line.slice(1)) * 1000;
      continue;
    }
    const m = /^(runs\/[^/]+)\//.exec(line);
    if (m && current !== undefined && Number.isFinite(current)) {
      const previous = times.get(m[1]!);
      if (previous === undefined || current < previous) times.set(m[1]!, current);
    }
  }
  return times;
}

/** Whole days from `finished` to `now` (negative for a finish in the future). */
export function ageInDays(finished: number, now: Date): number {
  return Math.floor((now.getTime() - finished) / MS_PER_DAY);
}

export function describeAge(age: RunAge, now: Date): string {
  const days = ageInDays(age.finished!, now);
  const when = formatInstant(age.finished!);
  return age.source === 'meta.json'
    ? `finished ${when} (meta.json), ${days} days ago`
    : `added in a commit of ${when}, ${days} days ago (meta.json records no finished_on)`;
}
