import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript shared with bench/pii (no types)
import { buildCorpus } from '../../bench/pii/corpus.mjs';
import { detectPii } from '../../src/checks/pii/detect.js';

interface Line {
  rule: string | null;
  kind?: string;
  text: string;
}

/** Per rule: true positives, false positives, false negatives over the look-alike corpus. */
function score(lines: Line[]) {
  const stats: Record<string, { tp: number; fp: number; fn: number }> = {};
  const wrong: string[] = [];
  const of = (rule: string) => (stats[rule] ??= { tp: 0, fp: 0, fn: 0 });
  for (const line of lines) {
    const found = detectPii(line.text).map((h) => h.rule as string);
    for (const rule of found) {
      if (rule === line.rule) of(rule).tp++;
      else {
        of(rule).fp++;
        wrong.push(`FP ${rule}: ${line.kind ?? line.rule}: ${line.text}`);
      }
    }
    if (line.rule && !found.includes(line.rule)) {
      of(line.rule).fn++;
      wrong.push(`FN ${line.rule}: ${line.text}`);
    }
  }
  return { stats, wrong };
}

describe('the look-alike corpus (bench/pii/corpus.mjs)', () => {
  const lines = buildCorpus(2000, 17) as Line[];

  it('holds every rule and every kind of look-alike', () => {
    expect(new Set(lines.filter((l) => l.rule).map((l) => l.rule)).size).toBe(8);
    expect(new Set(lines.filter((l) => !l.rule).map((l) => l.kind)).size).toBeGreaterThan(25);
  });

  it('precision 1: no look-alike is reported, and every real-shaped value is', () => {
    const { stats, wrong } = score(lines);
    expect(wrong).toEqual([]);
    for (const s of Object.values(stats)) expect(s.fp).toBe(0);
  });
});
