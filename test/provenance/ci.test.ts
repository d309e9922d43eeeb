/**
 * Provenance in GitHub Actions: a pull_request run checks out GitHub's merge commit, and the stamp
 * must record the PR head. Tested in-process and through the built bundles (Action and CLI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RUN_META_SCHEMA_ID } from '../../src/checks/provenance/meta.js';
import { validatorFor } from '../../src/schema/registry.js';
import { provenanceCheck } from '../../src/checks/provenance/index.js';
import { tempDir, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runAction, runCli } from '../helpers/run.js';
import { webhookPayload } from '../helpers/webhooks.js';
import { RUN, runProvenance, runRepo } from './helpers.js';

let repo: TempRepo | undefined;
const events = tempDir('pipeguard-event-');
afterEach(() => repo?.cleanup());
afterAll(() => events.cleanup());

const readJson = (file: string): Record<string, any> => JSON.parse(readFileSync(file, 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any

/** A repo checked out the way actions/checkout does on pull_request: detached at the merge commit. */
function pullRequestCheckout(): {
  repo: TempRepo;
  head: string;
  base: string;
  merge: string;
  event: Record<string, unknown>;
} {
  const r = runRepo();
  r.git('checkout', '-q', '-b', 'feature/better-features');
  r.write({ 'src/train.py': 'print("better")\n' });
  const head = r.commitAll('improve features');
  r.git('checkout', '-q', 'main');
  r.write({ 'README.md': 'docs\n' });
  const base = r.commitAll('docs on main');
  r.git('checkout', '-q', '--detach');
  r.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #42', 'feature/better-features');
  const merge = r.git('rev-parse', 'HEAD').trim();
  const event = webhookPayload('pull_request', 'opened', (p) => {
    p.number = 42;
    p.pull_request.number = 42;
    p.pull_request.head.sha = head;
    p.pull_request.head.ref = 'feature/better-features';
    p.pull_request.base.sha = base;
    p.pull_request.base.ref = 'main';
  });
  return { repo: r, head, base, merge, event };
}

function runnerEnv(eventPath: string, merge: string): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: merge,
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_REF_NAME: '42/merge',
    GITHUB_HEAD_REF: 'feature/better-features',
    GITHUB_REPOSITORY: 'octo-org/ml-project',
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_REPOSITORY_OWNER_ID: '9919',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_WORKFLOW_REF: 'octo-org/ml-project/.github/workflows/train.yml@refs/pull/42/merge',
    GITHUB_WORKFLOW_SHA: merge,
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
}

describe('provenance on a pull_request run', () => {
  it('records the PR head, not the merge commit, in GitHub buildType vocabulary', async () => {
    const pr = pullRequestCheckout();
    repo = pr.repo;
    const eventPath = path.join(events.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pr.event));
    {
      const { result, warnings } = await runProvenance(
        repo.dir,
        'stamp',
        [RUN],
        {},
        runnerEnv(eventPath, pr.merge),
      );
      expect(result.status, result.summary).toBe('pass');
      expect(warnings).toEqual([]); // the checkout is the PR's merge commit: expected, not suspicious
      const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
      expect(validatorFor(RUN_META_SCHEMA_ID)!(meta)).toBe(true);
      expect(meta.git_commit).toBe(pr.head);
      expect(meta.git_commit).not.toBe(pr.merge);
      expect(meta.git_branch).toBe('feature/better-features');
      expect(meta.git_repo_url).toBe('https://github.com/octo-org/ml-project');
      expect(meta.builder).toEqual({
        id: 'https://github.com/octo-org/ml-project/.github/workflows/train.yml@refs/pull/42/merge',
        kind: 'github-actions',
      });
      expect(meta.ci).toMatchObject({
        provider: 'github-actions',
        event_name: 'pull_request',
        sha: pr.merge,
        run_id: '4242',
        run_attempt: '2',
        runner_environment: 'github-hosted',
        invocation_url: 'https://github.com/octo-org/ml-project/actions/runs/4242/attempts/2',
        pull_request: {
          number: 42,
          head_sha: pr.head,
          base_sha: pr.base,
          head_ref: 'feature/better-features',
          base_ref: 'main',
        },
      });

      const statement = readJson(path.join(repo.dir, RUN, 'provenance.intoto.json'));
      const build = statement.predicate.buildDefinition;
      expect(build.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
      expect(build.externalParameters).toEqual({
        workflow: {
          ref: 'refs/pull/42/merge',
          repository: 'https://github.com/octo-org/ml-project',
          path: '.github/workflows/train.yml',
        },
      });
      expect(build.internalParameters.github).toEqual({
        event_name: 'pull_request',
        repository_id: '1296269',
        repository_owner_id: '9919',
        runner_environment: 'github-hosted',
      });
      expect(build.resolvedDependencies[0]).toEqual({
        uri: 'git+https://github.com/octo-org/ml-project@refs/pull/42/head',
        digest: { gitCommit: pr.head },
      });
      expect(statement.predicate.runDetails.metadata.invocationId).toBe(meta.ci.invocation_url);

      // Later, outside CI, the recorded head commit is found in the clone.
      const verified = await runProvenance(repo.dir, 'verify', [RUN]);
      expect(verified.result.status, JSON.stringify(verified.result.findings)).toBe('pass');
    }
  });

  it('the built Action bundle stamps the head sha and sets its outputs; verify fails on a swapped artifact', () => {
    const pr = pullRequestCheckout();
    repo = pr.repo;
    const env = runnerEnv('', pr.merge);
    delete (env as Record<string, string | undefined>).GITHUB_EVENT_PATH;
    const stamp = runAction({
      entry: 'provenance',
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pr.event,
      inputs: { paths: RUN },
      env,
    });
    expect(stamp.code, stamp.stdout + stamp.stderr).toBe(0);
    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    expect(meta.git_commit).toBe(pr.head);
    expect(meta.ci.sha).toBe(pr.merge);
    expect(stamp.outputs).toMatchObject({
      status: 'pass',
      'meta-file': `${RUN}/meta.json`,
      'statement-file': `${RUN}/provenance.intoto.json`,
      'manifest-digest': meta.artifact_manifest_sha256,
      'subject-checksums': `${RUN}/artifact/checksum.sha256`,
    });

    const ok = runAction({
      entry: 'provenance',
      workspace: repo.dir,
      inputs: { command: 'verify', paths: RUN },
      env,
    });
    expect(ok.code, ok.stdout).toBe(0);

    writeFileSync(path.join(repo.dir, RUN, 'artifact/model.bin'), 'swapped');
    const bad = runAction({
      entry: 'provenance',
      workspace: repo.dir,
      inputs: { command: 'verify', paths: RUN },
      env,
    });
    expect(bad.code).toBe(1);
    expect(bad.outputs.status).toBe('fail');
    expect(
      bad.annotations.some((a) => a.level === 'error' && a.message.includes('model.bin')),
    ).toBe(true);
  });
});

describe('provenance through the built CLI', () => {
  it('stamps and verifies (exit 0), names a swapped file (exit 1), refuses a truncated statement (exit 2, one line)', () => {
    repo = runRepo();
    const stamp = runCli(['provenance', 'stamp', RUN, '--format', 'json'], { cwd: repo.dir });
    expect(stamp.code, stamp.stderr).toBe(0);
    const report = JSON.parse(stamp.stdout);
    expect(report.checks[0].outputs['manifest-digest']).toMatch(/^[0-9a-f]{64}$/);
    expect(runCli(['provenance', 'verify', RUN], { cwd: repo.dir }).code).toBe(0);

    const artifact = path.join(repo.dir, RUN, 'artifact');
    writeFileSync(path.join(artifact, 'labels.json'), '["pos", "neg"]\n');
    const swapped = runCli(['provenance', 'verify', RUN], { cwd: repo.dir });
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('labels.json');

    const statement = path.join(repo.dir, RUN, 'provenance.intoto.json');
    writeFileSync(statement, readFileSync(statement, 'utf8').slice(0, 200));
    const truncated = runCli(['provenance', 'verify', RUN], { cwd: repo.dir });
    expect(truncated.code).toBe(2);
    expect(truncated.stdout + truncated.stderr).toMatch(
      /runs\/run-1\/provenance\.intoto\.json:\d+:\d+: /,
    );
    expect(truncated.stdout + truncated.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('provenance/action.yml', () => {
  it('runs the provenance sub-action and declares its inputs and outputs', () => {
    const action = parseYaml(
      readFileSync(path.join(REPO_ROOT, 'provenance', 'action.yml'), 'utf8'),
    );
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/action/provenance.js' });
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['meta-file', 'statement-file', 'manifest-digest', 'status']),
    );
    // Every CLI option of both commands is an input of the same name.
    for (const command of provenanceCheck.commands) {
      for (const option of Object.keys(command.options ?? {}))
        expect(Object.keys(action.inputs)).toContain(option);
    }
  });
});
