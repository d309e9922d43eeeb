/**
 * The matrix on the runner's contract: the secrets sub-action with `shard: I/N` in three jobs,
 * then the merge sub-action over their reports as actions/download-artifact lays them out
 * (one directory per artifact): one verdict, annotations, job summary, SARIF, exit code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionInputNames } from '../../src/action-inputs.js';
import { tempDir, tempRepo, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runAction } from '../helpers/run.js';
import { Fake } from '../secrets/fake-keys.js';
import { merge } from './helpers.js';

const fake = new Fake(1820);
let repo: TempRepo;
let out: { dir: string; cleanup: () => void };

beforeAll(() => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++)
    files[`svc${i % 3}/conf${i}.py`] =
      i % 4 === 0 ? `TOKEN = "${['gh', 'p_'].join('')}${fake.alnum(36)}"\n` : 'x = 1\n';
  repo = tempRepo(files);
  out = tempDir('pipeguard-shard-action-');
});
afterAll(() => {
  repo?.cleanup();
  out?.cleanup();
});

/** Three scan jobs, each writing its report where its artifact is downloaded from. */
function scanJobs(count: number): string {
  const downloads = path.join(out.dir, `downloads-${count}-${Math.random().toString(36).slice(2)}`);
  for (let i = 1; i <= count; i++) {
    const report = path.join(downloads, `pipeguard-shard-${i}`, 'pipeguard-report.json');
    const run = runAction({
      entry: 'secrets',
      workspace: repo.dir,
      eventName: 'push',
      inputs: { tree: 'true', shard: `${i}/${count}`, output: report },
    });
    expect([0, 1], run.stdout).toContain(run.code);
  }
  return downloads;
}

describe('the merge sub-action', () => {
  it('declares only inputs the code reads, and every output a merged check sets', () => {
    const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'merge', 'action.yml'), 'utf8'));
    const read = actionInputNames('merge');
    expect(Object.keys(action.inputs).filter((name) => !read.includes(name))).toEqual([]);
    expect(action.inputs.reports.required).toBe(true);
    for (const sub of ['secrets', 'validate', 'checksums']) {
      const subAction = parseYaml(readFileSync(path.join(REPO_ROOT, sub, 'action.yml'), 'utf8'));
      expect(Object.keys(subAction.inputs)).toContain('shard');
      // `checksum-file` is set by checksums write, which has no shards.
      for (const output of Object.keys(subAction.outputs).filter((o) => o !== 'checksum-file'))
        expect(Object.keys(action.outputs), `${sub} output ${output}`).toContain(output);
    }
  });

  it('the checks input: a check the matrix names that no shard reported fails the merge', () => {
    const downloads = scanJobs(3);
    const missing = runAction({
      entry: 'merge',
      workspace: repo.dir,
      eventName: 'push',
      inputs: { reports: downloads, checks: 'secrets\nvalidate' },
    });
    expect(missing.code, missing.stdout).toBe(2);
    expect(missing.outputs.status).toBe('error');
    expect(missing.stdout).toContain('no shard report holds validate');
    const named = runAction({
      entry: 'merge',
      workspace: repo.dir,
      eventName: 'push',
      inputs: { reports: downloads, checks: 'secrets' },
    });
    expect(named.code, named.stdout).toBe(1);
  });

  it('merges the shards of a job matrix into one verdict, as check would give it', () => {
    const downloads = scanJobs(3);
    const merged = runAction({
      entry: 'merge',
      workspace: repo.dir,
      eventName: 'push',
      inputs: { reports: downloads, format: 'sarif' },
    });
    const cli = merge([downloads], ['--format', 'json', '--output', '-']);
    const expected = JSON.parse(cli.stdout) as { findings: unknown[] };
    expect(expected.findings).toHaveLength(6);
    expect(merged.code, merged.stdout).toBe(1);
    expect(merged.outputs.status).toBe('fail');
    expect(merged.outputs.findings).toBe('6');
    expect(merged.outputs.mode).toBe('tree');
    const sarif = JSON.parse(merged.sarifText!) as {
      runs: Array<{ results: unknown[]; automationDetails: { id: string } }>;
    };
    expect(sarif.runs[0]!.results).toHaveLength(6);
    // The analysis the unsharded secrets sub-action uploads: code scanning sees one analysis.
    expect(sarif.runs[0]!.automationDetails.id).toBe('pipeguard/secrets/root/');
    expect(merged.annotations.filter((a) => a.level === 'error' && a.properties.file)).toHaveLength(
      6,
    );
    expect(merged.summary).toMatch(/pipeguard: fail/);
    expect(merged.summary).toMatch(/### Findings \(6\)/);
  }, 120_000);

  it('a missing shard is status error and exit 2, never a pass', () => {
    const downloads = scanJobs(2);
    const onlyOne = path.join(downloads, 'pipeguard-shard-1');
    const merged = runAction({
      entry: 'merge',
      workspace: repo.dir,
      inputs: { reports: onlyOne },
    });
    expect(merged.code).toBe(2);
    expect(merged.outputs.status).toBe('error');
    expect(merged.stdout).toMatch(/missing shard\(s\) 2\/2/);
  }, 60_000);

  it('refuses a run without reports', () => {
    const merged = runAction({ entry: 'merge', workspace: repo.dir, inputs: {} });
    expect(merged.code).toBe(2);
    expect(merged.stdout).toMatch(/input reports is required/);
  });
});
