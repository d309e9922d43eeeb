/**
 * Many findings in one file: the cost must grow linearly. secretlint core's duplicate filter
 * compared every message with every other (26,000 tokens took minutes; issue 13 item 6); the
 * built CLI now scans such a file in a few seconds (measured: ~2-5 s on a shared 2-core machine).
 * The bound here is generous on purpose: it only has to catch quadratic behaviour.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, cleanEnv } from '../helpers/run.js';
import { Fake } from './fake-keys.js';
import { cleanupTemps, tempDir } from './helpers.js';

afterAll(cleanupTemps);

const TOKENS = 26_000;
const BOUND_MS = 30_000;

describe('a file with 26,000 planted tokens', () => {
  it(
    `is scanned by the built CLI in well under ${BOUND_MS / 1000} s, every token reported once`,
    () => {
      const root = tempDir();
      const fake = new Fake(26_000);
      const lines: string[] = [];
      for (let i = 0; i < TOKENS; i++)
        lines.push(`token_${i} = "${['gh', 'p_'].join('')}${fake.alnum(36)}"`);
      writeFileSync(path.join(root, 'tokens.txt'), `${lines.join('\n')}\n`);
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [CLI_BUNDLE, 'secrets', '--format', 'json', '--output', 'report.json'],
        { cwd: root, env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'], timeout: 4 * BOUND_MS },
      );
      const elapsed = performance.now() - started;
      expect(run.status, run.stderr?.toString()).toBe(1);
      expect(elapsed).toBeLessThan(BOUND_MS);
      const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {
        findings: Array<{ rule: string; line: number; fingerprint: string }>;
      };
      expect(report.findings).toHaveLength(TOKENS);
      expect(new Set(report.findings.map((f) => f.line)).size).toBe(TOKENS);
      expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['github-token']));
    },
    10 * BOUND_MS,
  );
});
