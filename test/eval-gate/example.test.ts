/**
 * `npm run example` tells the whole story on the built CLI — blocked (exit 12, with the template),
 * signed by two keys generated on the spot, allowed, stamped with the approvals, checked — and
 * nothing it runs on can expire: the example ships no dated exception.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'ml-project');

/** The environment of a developer's shell: no CI run ids to correlate records on. */
function localEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('GITHUB_') || key.startsWith('PIPEGUARD_') || key === 'CI') delete env[key];
  }
  return env;
}

describe('npm run example', () => {
  it('blocks, signs, allows, stamps the approvals without PIPEGUARD_RUN_ID, and checks: exit 0', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'example.mjs')], {
      cwd: REPO_ROOT,
      env: localEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = run.stdout + run.stderr;
    expect(run.status, out).toBe(0);
    // 1. Blocked, with the way out printed in the terminal.
    expect(out).toContain('blocked: accuracy 0.874 < min 0.88 (short by 0.006)');
    expect(out).toContain('(exit 12, as expected)');
    expect(out).toMatch(/Next steps:\n {4}1\. Add exceptions\/sentiment-distilbert-\d{8}\.yml/);
    expect(out).toMatch(/^ {9}artifact_digest: sha256:[0-9a-f]{64}$/m);
    // 2. Signed by both roles with keys made on the spot, then verified.
    expect(out).toMatch(/counts for security as sam@ml-project\.example/);
    expect(out).toMatch(/counts for ml-owner as maria@ml-project\.example/);
    expect(out).toContain('1 of 1 exception(s) valid and approved by every required role');
    // 3. The same gate opens.
    expect(out).toMatch(
      /allowed: 1 failing metric\(s\) covered by exception EXC-sentiment-distilbert-\d{8}/,
    );
    // 4. meta.json records the approval that let the run through, found through the run it evaluated.
    expect(out).toMatch(
      /approval: eval-gate allowed at \S+ by sam@ml-project\.example \(security\), maria@ml-project\.example \(ml-owner\)/,
    );
    expect(out).toContain('provenance verified');
    // 5. Every configured check.
    expect(out).toMatch(
      /pipeguard 1\.\d+\.\d+: PASS — \d+ check\(s\), 0 finding\(s\)\n\nThe story ran/,
    );
  });

  it('ships nothing dated that a reader follows: no exception, no signature in the example', () => {
    const exceptions = readdirSync(path.join(EXAMPLE, 'exceptions'));
    expect(exceptions.filter((name) => /\.(ya?ml|sig)$/i.test(name))).toEqual([]);
    const walkthrough = readFileSync(path.join(EXAMPLE, 'README.md'), 'utf8');
    expect(walkthrough).not.toMatch(/\b20\d\d-\d\d-\d\dT/);
  });
});
