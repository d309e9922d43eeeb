/**
 * `pipeguard validate` through the built bundles: the CLI on Node 24 and 20, the `validate`
 * sub-action under the runner contract, the worker-thread path, and pre-commit 3.0.4 running the
 * `pipeguard-validate` hook on changed documents only.
 */
import { cpSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { preCommitVersion, tryRepo } from '../helpers/precommit.js';
import { tempRepo, type FileTree, type TempRepo } from '../helpers/repo.js';
import { node20Binary, REPO_ROOT, runAction, runCli } from '../helpers/run.js';
import { seedEnvelope, seedPolicy } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const CONFIG = 'version: 1\nvalidate:\n  redaction-profiles: [homebrew-default]\n';
const RUN = 'runs/2026-01-15-recomp-0042';

function project(extra: FileTree = {}): TempRepo {
  repo = tempRepo({
    '.pipeguard.yml': CONFIG,
    'policies/automation-policy.yaml': toYaml({ ...seedPolicy(), requires_approval: false }),
    [`${RUN}/envelopes/plan.json`]: `${JSON.stringify(seedEnvelope(), null, 2)}\n`,
    ...extra,
  });
  return repo;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const badEffort = json({ ...seedEnvelope(), reasoning_effort: 'max' });

describe.each([
  ['node 24', process.execPath],
  ['node 20', node20Binary()],
])('pipeguard validate on %s', (_label, node) => {
  it.runIf(node)('points at file:line:col in text and JSON, and exits 1', () => {
    const r = project({
      [`${RUN}/envelopes/codegen.json`]: badEffort,
      'notes/tsconfig.json': '{ not json',
    });
    const text = runCli(['validate'], { cwd: r.dir, node });
    expect(text.code, text.stdout + text.stderr).toBe(1);
    expect(text.stdout).toContain(`${RUN}/envelopes/codegen.json`);
    expect(text.stdout).toMatch(
      /6:23\s+high\s+`reasoning_effort` must be one of low, medium, high, xhigh; got `max` \[schema\]/,
    );
    const report = JSON.parse(
      runCli(['validate', '--format', 'json'], { cwd: r.dir, node }).stdout,
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'validate',
        rule: 'schema',
        file: `${RUN}/envelopes/codegen.json`,
        line: 6,
        column: 23,
        severity: 'high',
      }),
    ]);
    expect(report.checks[0].summary).toBe('4 documents in 4 files: 1 problem');
  });

  it.runIf(node)(
    'exits 2 with one line and no stack for usage errors; malformed documents are findings',
    () => {
      const r = project({
        'envelopes/broken.json': '{\n  "run_id": "a",,\n}\n',
        'envelopes/dup.yaml': 'a: 1\na: 2\n',
      });
      const unknown = runCli(['validate', '--schema', 'envelope.v9', 'envelopes'], {
        cwd: r.dir,
        node,
      });
      expect(unknown.code).toBe(2);
      const missing = runCli(['validate', 'nope.json'], { cwd: r.dir, node });
      expect(missing.code).toBe(2);
      expect(missing.stdout + missing.stderr).toContain('nope.json: no such file or directory');
      const broken = runCli(['validate', 'envelopes'], { cwd: r.dir, node });
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(
        /2:17\s+high\s+invalid JSON: expected a property name in double quotes, found `,` \[syntax\]/,
      );
      expect(broken.stdout).toMatch(/2:1\s+high\s+duplicate key `a` \[duplicate-key\]/);
      for (const result of [unknown, missing, broken])
        expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    },
  );
});

describe('--schema', () => {
  it('takes a schema file as well as an id or short name', () => {
    const thing = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://example.test/thing.v1',
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' } },
    };
    repo = tempRepo({
      'schemas/thing.json': JSON.stringify(thing),
      'bad.json': '{"name": 3}\n',
      'good.yaml': 'name: ok\n',
    });
    const run = runCli(['validate', 'bad.json', 'good.yaml', '--schema', 'schemas/thing.json'], {
      cwd: repo.dir,
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('2 documents in 2 files: 1 problem');
    expect(run.stdout).toMatch(/1:10\s+high\s+`name` must be a string/);
    const unknown = runCli(['validate', 'good.yaml', '--schema', 'schemas/none.json'], {
      cwd: repo.dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('--schema: unknown schema `schemas/none.json`');
  });
});

describe('run windows through the built CLI', () => {
  it('still apply to a created_at at a leap second (read as the next second)', () => {
    const r = project({
      [`${RUN}/envelopes/plan.json`]: json({
        ...seedEnvelope(),
        created_at: '2026-01-16T23:59:60Z',
      }),
    });
    const result = runCli(['validate'], { cwd: r.dir });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(
      'created at 2026-01-16T23:59:60Z, outside every run window of policy `recomp-local` (policies/automation-policy.yaml): weekday:09:00-18:00 [outside-run-window]',
    );
  });
});

describe('worker threads (built bundle)', () => {
  it('give the same findings as one thread, with and without the semantic rules', () => {
    const files: FileTree = {};
    for (let i = 0; i < 2300; i++) {
      const envelope = { ...seedEnvelope(), stage: `stage-${i}` } as Record<string, unknown>;
      if (i % 97 === 0) envelope.reasoning_effort = 'max';
      if (i % 101 === 0) envelope.model = 'gpt-4o';
      files[`${RUN}/envelopes/e-${String(i).padStart(4, '0')}.json`] = json(envelope);
    }
    const r = project(files);
    for (const args of [
      ['validate', '--format', 'json'],
      ['validate', '--schema-only', '--format', 'json'],
    ]) {
      const one = runCli(args, { cwd: r.dir, env: { PIPEGUARD_THREADS: '1' } });
      const three = runCli(args, { cwd: r.dir, env: { PIPEGUARD_THREADS: '3' } });
      expect(one.code).toBe(1);
      expect(three.code).toBe(1);
      const findings = (out: string) => JSON.parse(out).findings;
      expect(findings(three.stdout)).toEqual(findings(one.stdout));
      expect(JSON.parse(three.stdout).checks[0].details.threads).toBe(3);
      expect(JSON.parse(one.stdout).checks[0].details.threads).toBe(1);
      const rules = new Set(findings(one.stdout).map((f: { rule: string }) => f.rule));
      expect(rules).toEqual(
        new Set(args.includes('--schema-only') ? ['schema'] : ['schema', 'model-not-allowed']),
      );
      // reasoning_effort: every 97th (24); a disallowed model: every 101st not already invalid (22).
      expect(findings(one.stdout).length).toBe(args.includes('--schema-only') ? 24 : 46);
    }
    // Unpinned: one thread below 4 cores (a worker measured slower there), else up to 4.
    const auto = runCli(['validate', '--schema-only', '--format', 'json'], { cwd: r.dir });
    const threads = JSON.parse(auto.stdout).checks[0].details.threads as number;
    if (availableParallelism() < 4) expect(threads).toBe(1);
    else expect(threads).toBeLessThanOrEqual(4);
    const bad = runCli(['validate'], { cwd: r.dir, env: { PIPEGUARD_THREADS: '0' } });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain(
      'PIPEGUARD_THREADS must be a whole number of at least 1; got 0',
    );
  });
});

describe('validate sub-action', () => {
  it('declares its inputs and outputs and runs from the shared bundle', () => {
    const action = readFileSync(path.join(REPO_ROOT, 'validate', 'action.yml'), 'utf8');
    expect(action).toMatch(/main: \.\.\/dist\/action\/validate\.js/);
    for (const input of [
      'paths',
      'schema',
      'schema-only',
      'config',
      'working-directory',
      'format',
      'output',
      'audit-log',
      'fail-on',
    ]) {
      expect(action).toMatch(new RegExp(`\\n  ${input}:\\n`));
    }
  });

  it('annotates errors at file and line and sets its outputs', () => {
    const r = project({
      [`${RUN}/envelopes/codegen.yaml`]: toYaml({ ...seedEnvelope(), reasoning_effort: 'max' }),
    });
    const result = runAction({
      entry: 'validate',
      workspace: r.dir,
      inputs: { paths: 'runs policies', 'schema-only': 'false' },
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs).toMatchObject({
      status: 'fail',
      findings: '1',
      documents: '3',
      'files-validated': '3',
    });
    expect(result.annotations.filter((a) => a.properties.file)).toEqual([
      expect.objectContaining({
        level: 'error',
        properties: expect.objectContaining({ file: `${RUN}/envelopes/codegen.yaml`, line: '5' }),
        message: expect.stringContaining(
          '`reasoning_effort` must be one of low, medium, high, xhigh; got `max`',
        ),
      }),
    ]);
    expect(result.summary).toContain('validate');
    const pass = runAction({
      entry: 'validate',
      workspace: r.dir,
      inputs: { paths: `${RUN}/envelopes/plan.json` },
    });
    expect(pass.code, pass.stdout).toBe(0);
    expect(pass.outputs).toMatchObject({ status: 'pass', documents: '1' });
  });
});

describe('pipeguard-validate hook (pre-commit)', () => {
  it('is declared per file for JSON and YAML, batch-safe', () => {
    const hooks = parseYaml(
      readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
    ) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h.id === 'pipeguard-validate');
    expect(hook).toMatchObject({
      entry: 'dist/cli/index.js validate',
      language: 'script',
      types_or: ['json', 'yaml'],
      minimum_pre_commit_version: '2.9.0',
    });
    // Per file: pre-commit passes the changed files, in parallel batches that each stand alone.
    expect(hook).not.toHaveProperty('pass_filenames');
    expect(hook).not.toHaveProperty('require_serial');
    expect(hook).not.toHaveProperty('stages');
  });

  it.runIf(preCommitVersion())(
    'validates the changed documents only',
    () => {
      // A bad envelope already committed: a run on changes must not report it.
      const r = project({ [`${RUN}/envelopes/old.json`]: badEffort });
      r.write({ [`${RUN}/envelopes/new.json`]: json({ ...seedEnvelope(), stage: 'review' }) });
      r.git('add', `${RUN}/envelopes/new.json`);
      const good = tryRepo(r.dir, 'pipeguard-validate');
      expect(good.code, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toMatch(/pipeguard validate\.+Passed/);

      r.commitAll('new');
      r.write({
        [`${RUN}/envelopes/new.json`]: json({ ...seedEnvelope(), stage: 'review', model: 'gpt 5' }),
      });
      r.git('add', `${RUN}/envelopes/new.json`);
      const bad = tryRepo(r.dir, 'pipeguard-validate');
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/pipeguard validate\.+Failed/);
      expect(bad.stdout).toContain(`${RUN}/envelopes/new.json`);
      expect(bad.stdout).toMatch(/5:12\s+high\s+`model` must be a model identifier/);
      expect(bad.stdout).not.toContain('old.json');
    },
    900_000,
  );

  it.runIf(preCommitVersion())(
    'passes on the example project: a file in validate.extra-schemas is a schema, not a document',
    () => {
      const r = tempRepo();
      repo = r;
      cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), r.dir, { recursive: true });
      r.commitAll('example');
      const run = tryRepo(r.dir, 'pipeguard-validate', ['--all-files']);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/pipeguard validate\.+Passed/);
      // Named alone, as pre-commit does when only the schema changed: nothing to validate.
      const alone = runCli(['validate', 'schemas/label-review.v1.schema.json'], { cwd: r.dir });
      expect(alone.code, alone.stdout).toBe(0);
      expect(alone.stdout).not.toContain('unknown-schema');
    },
    900_000,
  );
});
