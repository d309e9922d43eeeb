/**
 * examples/ml-project, as the README's first command runs it: its run stamped and verified, its
 * deployment traced back to the run, the pipeline's own meta.json fields kept.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runCli } from '../helpers/run.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const RUN = 'runs/run-2026-11-20-baseline';

describe('examples/ml-project provenance', () => {
  it('is stamped and verified from the repository root with --root, as in the README', () => {
    repo = tempRepo({ 'README.md': 'the pipeguard repository\n' });
    cpSync(
      path.join(REPO_ROOT, 'examples', 'ml-project'),
      path.join(repo.dir, 'examples/ml-project'),
      { recursive: true },
    );
    repo.commitAll('example');
    const before = JSON.parse(
      readFileSync(path.join(repo.dir, 'examples/ml-project', RUN, 'meta.json'), 'utf8'),
    );

    const stamp = runCli(
      [
        'provenance',
        'stamp',
        RUN,
        '--root',
        'examples/ml-project',
        '--policy',
        'policies/automation-policy.yaml',
      ],
      { cwd: repo.dir },
    );
    expect(stamp.code, stamp.stdout + stamp.stderr).toBe(0);
    const verify = runCli(
      ['provenance', 'verify', RUN, 'deployments/embedded', '--root', 'examples/ml-project'],
      { cwd: repo.dir },
    );
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain(
      `deployments/embedded: provenance verified (stamped run ${RUN})`,
    );

    const meta = JSON.parse(
      readFileSync(path.join(repo.dir, 'examples/ml-project', RUN, 'meta.json'), 'utf8'),
    );
    expect(meta).toMatchObject(before); // run_id, dataset, data_path, model, owner kept
    expect(meta.git_commit).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(meta.git_dirty).toBe(false); // the stamp's own run directory is not "dirt"
    expect(meta.policies[0]).toMatchObject({
      file: 'policies/automation-policy.yaml',
      policy_id: 'sentiment-local-v1',
    });
  });
});
