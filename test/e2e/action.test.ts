/** The built Action bundle run the way the runner runs it. */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runAction } from '../helpers/run.js';
import { sarifErrors } from '../helpers/sarif.js';
import { webhookPayload } from '../helpers/webhooks.js';
import { refreshDepsExceptions } from '../helpers/example.js';
import { FAKE } from '../secrets/fake-keys.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function exampleRepo(): TempRepo {
  repo = tempRepo();
  cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), repo.dir, { recursive: true });
  refreshDepsExceptions(repo.dir);
  repo.commitAll('example');
  return repo;
}

describe('action.yml', () => {
  it('runs on node24 from the committed bundle and declares the outputs', () => {
    const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['status', 'findings', 'report-file', 'sarif-file']),
    );
  });
});

describe('root action on a pull_request event', () => {
  it('passes the example project and publishes outputs and a summary', () => {
    const r = exampleRepo();
    const event = webhookPayload('pull_request', 'opened');
    const result = runAction({ workspace: r.dir, eventName: 'pull_request', event });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.status).toBe('pass');
    expect(result.outputs.findings).toBe('0');
    const report = JSON.parse(result.reportText!);
    expect(sarifErrors(JSON.parse(result.sarifText!))).toBeUndefined();
    expect(report.tool.name).toBe('pipeguard');
    expect(result.summary).toContain('pipeguard: pass');
    expect(result.summary).toContain('| No secrets in repo: .env not tracked | ✅ |');
    // The payload's PR commits are not in this temp repo: secrets says so (a warning) and scans the tree.
    expect(result.annotations.filter((a) => a.level === 'error' || a.properties.file)).toEqual([]);
  });

  it('fails with annotations at file and line, exit 1, and a ❌ row', () => {
    const r = exampleRepo();
    r.write({ 'requirements.txt': 'numpy==2.1.3\nrequests>=2.0\n', '.env': 'X=1\n' });
    r.git('add', '-f', '.env', 'requirements.txt');
    r.commitAll('oops');
    const result = runAction({
      workspace: r.dir,
      eventName: 'pull_request',
      event: webhookPayload('pull_request', 'synchronize'),
    });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('fail');
    expect(Number(result.outputs.findings)).toBe(2);
    expect(result.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          properties: expect.objectContaining({ file: '.env' }),
        }),
        expect.objectContaining({
          level: 'warning',
          properties: expect.objectContaining({ file: 'requirements.txt', line: '2', col: '1' }),
        }),
      ]),
    );
    expect(result.summary).toContain('❌');
    expect(result.stdout).toMatch(/^::error::pipeguard fail: checklist/m);
  });

  it('turns a malformed config into exit 2 with the file and line, fail closed', () => {
    const r = exampleRepo();
    r.write({ '.pipeguard.yml': 'version: 1\nchecks: [secrets]\n' });
    r.commitAll('bad config');
    const result = runAction({ workspace: r.dir });
    expect(result.code).toBe(2);
    expect(result.outputs.status).toBe('error');
    expect(result.stdout).toContain('.pipeguard.yml:2:1: unknown key `checks`');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('honours inputs: working-directory, format, output, fail-on, audit-log', () => {
    repo = tempRepo();
    cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), path.join(repo.dir, 'ml'), {
      recursive: true,
    });
    refreshDepsExceptions(path.join(repo.dir, 'ml'));
    repo.write({ 'ml/requirements.txt': 'numpy==2.1.3\nrequests>=2.0\n' });
    repo.commitAll('nested');
    const result = runAction({
      workspace: repo.dir,
      inputs: {
        'working-directory': 'ml',
        format: 'sarif',
        output: 'out/pipeguard.sarif',
        'fail-on': 'high',
        'audit-log': 'out/audit.jsonl',
      },
    });
    // The unpinned requirement is medium: reported, but under fail-on high it does not fail.
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['report-file']).toBe(path.join(repo.dir, 'out', 'pipeguard.sarif'));
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out', 'pipeguard.sarif'), 'utf8'));
    // Code scanning resolves files against the repository, not the working directory.
    // (The first unsuppressed result: the example's waived deps finding is listed too.)
    const reported = sarif.runs[0].results.find(
      (r: { suppressions?: unknown[] }) => !r.suppressions?.length,
    );
    expect(reported.locations[0].physicalLocation.artifactLocation.uri).toBe('ml/requirements.txt');
    expect(sarif.runs[0].automationDetails.id).toBe('pipeguard/check/ml/');
    const audit = readFileSync(path.join(repo.dir, 'out', 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(audit[0]).toMatchObject({
      run_id: 'gha-4242-1',
      actor: 'octocat',
      check: 'checklist',
      decision: 'allowed',
    });
  });

  it('in a monorepo, annotations and SARIF name repository paths that exist; each analysis has its own category', () => {
    repo = tempRepo();
    for (const dir of ['ml', 'svc']) {
      cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), path.join(repo.dir, dir), {
        recursive: true,
      });
      refreshDepsExceptions(path.join(repo.dir, dir));
    }
    // A planted secret, and a repository-wide finding (no .env.example beside a tracked-ignore .env).
    repo.write({ 'ml/src/leak.py': `TOKEN = "${FAKE.github}"\n` });
    rmSync(path.join(repo.dir, 'svc', '.env.example'));
    repo.commitAll('monorepo');
    const uploads: string[] = [];
    for (const [entry, dir] of [
      [undefined, 'ml'],
      [undefined, 'svc'],
      ['secrets', 'ml'],
    ] as const) {
      const result = runAction({
        workspace: repo.dir,
        ...(entry ? { entry } : {}),
        inputs: { 'working-directory': dir },
      });
      expect(result.code, result.stdout).not.toBe(2);
      for (const a of result.annotations) {
        if (a.properties.file)
          expect(existsSync(path.join(repo.dir, a.properties.file))).toBe(true);
      }
      const sarif = JSON.parse(result.sarifText!);
      for (const r of sarif.runs[0].results) {
        const uri = decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri);
        expect(existsSync(path.join(repo.dir, uri)), uri).toBe(true);
      }
      uploads.push(sarif.runs[0].automationDetails.id);
      if (entry === 'secrets') {
        expect(result.annotations.map((a) => a.properties.file)).toContain('ml/src/leak.py');
      }
    }
    // GitHub's upload-sarif refuses a second upload of one category in a run: all distinct.
    expect(new Set(uploads).size).toBe(uploads.length);
    expect(uploads).toEqual([
      'pipeguard/check/ml/',
      'pipeguard/check/svc/',
      'pipeguard/secrets/ml/',
    ]);
  });
});
