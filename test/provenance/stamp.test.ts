import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_META_SCHEMA_ID } from '../../src/checks/provenance/meta.js';
import { validatorFor } from '../../src/schema/registry.js';
import type { TempRepo } from '../helpers/repo.js';
import { RUN, runProvenance, runRepo, sh } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const readJson = (file: string): Record<string, any> => JSON.parse(readFileSync(file, 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any

/** `sha256sum` over every artifact file, as [name, hex] pairs sorted by name. */
function sha256sumOf(dir: string): Array<[string, string]> {
  const files = sh(dir, 'find', [
    '.',
    '-type',
    'f',
    '!',
    '-name',
    'checksum.sha256',
    '-printf',
    '%P\n',
  ])
    .split('\n')
    .filter(Boolean);
  return sh(dir, 'sha256sum', ['--', ...files])
    .split('\n')
    .filter(Boolean)
    .map((line) => [line.slice(66), line.slice(0, 64)] as [string, string])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('provenance stamp in a real git repository', () => {
  it('writes meta.json that validates, with git facts equal to git rev-parse and subjects equal to sha256sum', async () => {
    repo = runRepo();
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN], {
      dataset: 'reviews',
      'data-path': 's3://bucket/reviews/',
    });
    expect(result.status, result.summary).toBe('pass');

    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    const validate = validatorFor(RUN_META_SCHEMA_ID)!;
    expect(validate(meta), JSON.stringify(validate.errors)).toBe(true);
    expect(meta.git_commit).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(meta.git_branch).toBe(repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim());
    expect(meta.git_dirty).toBe(false);
    expect(meta.git_diff_sha256).toBeNull();
    expect(meta.git_repo_url).toBeNull(); // no remote
    expect(meta.run_id).toBe('run-1');
    expect(meta.dataset).toBe('reviews');
    expect(meta.data_path).toBe('s3://bucket/reviews/');
    expect(meta.ci).toBeNull();
    expect(meta.builder.kind).toBe('local');
    expect(Date.parse(meta.finished_on)).toBeGreaterThanOrEqual(Date.parse(meta.started_on));

    // The manifest was written first (it was absent) and GNU sha256sum accepts it.
    const artifact = path.join(repo.dir, RUN, 'artifact');
    expect(sh(artifact, 'sha256sum', ['-c', '--strict', 'checksum.sha256'])).toContain(
      'model.bin: OK',
    );
    const manifestBytes = readFileSync(path.join(artifact, 'checksum.sha256'));
    expect(meta.artifact_manifest_sha256).toBe(
      createHash('sha256').update(manifestBytes).digest('hex'),
    );
    expect(result.outputs?.['manifest-digest']).toBe(meta.artifact_manifest_sha256);
    expect(result.outputs?.['meta-file']).toBe(`${RUN}/meta.json`);
    expect(result.outputs?.['statement-file']).toBe(`${RUN}/provenance.intoto.json`);

    const statement = readJson(path.join(repo.dir, RUN, 'provenance.intoto.json'));
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    const subjects = statement.subject.map((s: { name: string; digest: { sha256: string } }) => [
      s.name,
      s.digest.sha256,
    ]);
    expect(subjects).toEqual(sha256sumOf(artifact));
    expect(statement.predicate.buildDefinition.buildType).toBe(
      'https://pipeguard.dev/buildtypes/run/v1',
    );
    expect(statement.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(
      meta.git_commit,
    );
    expect(statement.predicate.runDetails.metadata.startedOn).toBe(meta.started_on);
    const metaBytes = readFileSync(path.join(repo.dir, RUN, 'meta.json'));
    expect(statement.predicate.runDetails.byproducts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'meta.json',
          digest: { sha256: createHash('sha256').update(metaBytes).digest('hex') },
        }),
        expect.objectContaining({
          name: 'artifact/checksum.sha256',
          digest: { sha256: meta.artifact_manifest_sha256 },
        }),
      ]),
    );
  });

  it('keeps the fields the pipeline wrote, and its dataset when none is given', async () => {
    repo = runRepo({
      [`${RUN}/meta.json`]: JSON.stringify({
        run_id: 'run-1',
        dataset: 'from-pipeline',
        model: 'distilbert',
        metrics: { auc: 0.91 },
      }),
    });
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(result.status, result.summary).toBe('pass');
    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    expect(meta).toMatchObject({
      dataset: 'from-pipeline',
      model: 'distilbert',
      metrics: { auc: 0.91 },
      data_path: null,
    });
  });

  it('keeps random extra fields of a pre-existing meta.json (property)', async () => {
    repo = runRepo();
    const r = repo;
    const owned = new Set(ownedKeys());
    const extraKey = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !owned.has(k) && k !== '__proto__');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
        async (extra) => {
          const metaFile = path.join(r.dir, RUN, 'meta.json');
          writeFileSync(metaFile, JSON.stringify(extra));
          const { result } = await runProvenance(r.dir, 'stamp', [RUN]);
          expect(result.status, result.summary).toBe('pass');
          const meta = readJson(metaFile);
          for (const [key, value] of Object.entries(extra))
            expect(meta[key]).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('records a dirty work tree with the digest of git diff HEAD, leaving the run out', async () => {
    repo = runRepo();
    repo.write({ 'src/train.py': 'print("changed")\n' });
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(result.status).toBe('pass');
    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    expect(meta.git_dirty).toBe(true);
    const diff = sh(repo.dir, 'git', [
      'diff',
      'HEAD',
      '--binary',
      '--no-color',
      '--no-ext-diff',
      '--',
      ':/',
      `:(exclude)${RUN}`,
    ]);
    expect(meta.git_diff_sha256).toBe(createHash('sha256').update(diff).digest('hex'));
  });

  it('strips credentials from the remote URL and hands them to the masker', async () => {
    repo = runRepo();
    repo.git(
      'remote',
      'add',
      'origin',
      'https://x-access-token:ghs_abcdefSECRET123@github.com/acme/churn.git',
    );
    const { result, secrets } = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(result.status).toBe('pass');
    const metaText = readFileSync(path.join(repo.dir, RUN, 'meta.json'), 'utf8');
    expect(JSON.parse(metaText).git_repo_url).toBe('https://github.com/acme/churn');
    expect(metaText).not.toContain('ghs_abcdefSECRET123');
    expect(readFileSync(path.join(repo.dir, RUN, 'provenance.intoto.json'), 'utf8')).not.toContain(
      'ghs_',
    );
    expect(secrets).toContain('ghs_abcdefSECRET123');
  });

  it('records policies, audit approvals and exception ids of this run only', async () => {
    repo = runRepo({
      'policies/automation.yaml':
        'schema_version: "1"\npolicy_id: local-v1\nexecution_mode: local\nrequires_approval: true\n',
      [`${RUN}/eval-policy.yaml`]: 'policy_id: eval-v2\nmetrics:\n  auc: { min: 0.9 }\n',
    });
    const record = (runId: string, check: string, details: object) =>
      JSON.stringify({
        schema_version: '1',
        time: '2026-01-02T03:04:05Z',
        run_id: runId,
        stage: 'promote',
        actor: 'ci',
        check,
        decision: 'allowed',
        reason: 'covered by exception',
        risk_level: 'low',
        inputs: [],
        details,
      });
    const log = path.join(repo.dir, 'audit.jsonl');
    writeFileSync(
      log,
      [
        record('run-1', 'eval-gate', {
          exception_id: 'EXC-7',
          signers: [{ principal: 'sec@acme' }, 'ml@acme'],
        }),
        record('other-run', 'eval-gate', { exception_id: 'EXC-9' }),
        record('run-1', 'secrets', {}),
        record('gha-55-2', 'eval-gate', {
          exceptions: [{ id: 'EXC-8', covers: ['auc'], usable: true }],
          signers: [{ exception: 'EXC-8', role: 'ml-owner', by: 'alice', via: 'review' }],
        }),
      ].join('\n') + '\n',
    );
    const { result } = await runProvenance(
      repo.dir,
      'stamp',
      [RUN],
      { policy: ['policies/automation.yaml'] },
      { GITHUB_RUN_ID: '55', GITHUB_RUN_ATTEMPT: '2' },
      { auditLog: log },
    );
    expect(result.status, result.summary).toBe('pass');
    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    expect(meta.policies.map((p: { policy_id: string }) => p.policy_id)).toEqual([
      'local-v1',
      'eval-v2',
    ]);
    expect(meta.policies[0].settings).toEqual({ execution_mode: 'local', requires_approval: true });
    expect(meta.exception_ids).toEqual(['EXC-7', 'EXC-8']);
    expect(meta.approvals).toHaveLength(2);
    expect(meta.approvals[0]).toMatchObject({
      check: 'eval-gate',
      exception_ids: ['EXC-7'],
      signers: ['sec@acme', 'ml@acme'],
    });
    expect(meta.approvals[1]).toMatchObject({ reviewers: ['alice (ml-owner)'] });
    expect(meta.audit).toMatchObject({
      log: 'audit.jsonl',
      records: 3,
      run_ids: ['gha-55-2', 'run-1'],
    });
  });

  it('links a local gate decision (random run id) through the run directory it evaluated', async () => {
    repo = runRepo({});
    const gateRecord = (runId: string, metrics: string, exception: string) =>
      JSON.stringify({
        schema_version: '1',
        time: '2026-01-02T03:04:05Z',
        run_id: runId,
        stage: 'ci',
        actor: 'dana',
        check: 'eval-gate',
        decision: 'allowed',
        reason: 'allowed: 1 failing metric(s) covered',
        risk_level: 'low',
        inputs: [],
        details: {
          gate: 'eval-gate',
          params: {
            metrics,
            manifest: metrics.replace('metrics.json', 'artifact/checksum.sha256'),
          },
          exceptions: [{ id: exception, covers: ['auc'], usable: true }],
          signers: [{ exception, role: 'security', by: 'sam@acme', via: 'signature' }],
        },
      });
    const log = path.join(repo.dir, 'audit.jsonl');
    writeFileSync(
      log,
      [
        gateRecord('5f0c-random', `${RUN}/metrics.json`, 'EXC-THIS'),
        // A sibling whose name extends this run's, and another run: neither belongs to it.
        gateRecord('9a1d-random', `${RUN}-retry/metrics.json`, 'EXC-SIBLING'),
        gateRecord('77aa-random', 'runs/other/metrics.json', 'EXC-OTHER'),
      ].join('\n') + '\n',
    );
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN], {}, {}, { auditLog: log });
    expect(result.status, result.summary).toBe('pass');
    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    expect(meta.exception_ids).toEqual(['EXC-THIS']);
    expect(meta.approvals).toEqual([
      expect.objectContaining({ decision: 'allowed', signers: ['sam@acme (security)'] }),
    ]);
    expect(meta.audit).toMatchObject({
      records: 1,
      run_ids: expect.arrayContaining(['5f0c-random']),
    });
  });

  it('hashes a data directory reproducibly with coreutils', async () => {
    repo = runRepo({ 'data/train/a.csv': 'x,y\n1,2\n', 'data/train/sub/b.csv': 'x,y\n3,4\n' });
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN], {
      'data-path': 'data/train',
      'data-digest': true,
    });
    expect(result.status, result.summary).toBe('pass');
    const manifest = sh(path.join(repo.dir, 'data/train'), 'sh', [
      '-c',
      "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum",
    ]);
    const expected = createHash('sha256').update(manifest).digest('hex');
    expect(readJson(path.join(repo.dir, RUN, 'meta.json')).data_digest).toBe(`sha256:${expected}`);
  });

  it('refuses to stamp artifacts that no longer match their manifest, and writes nothing', async () => {
    repo = runRepo();
    expect((await runProvenance(repo.dir, 'stamp', [RUN])).result.status).toBe('pass');
    const metaBefore = readFileSync(path.join(repo.dir, RUN, 'meta.json'), 'utf8');
    writeFileSync(path.join(repo.dir, RUN, 'artifact/model.bin'), 'swapped');
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => [f.rule, f.message.split(':')[0]])).toContainEqual([
      'mismatch',
      'model.bin',
    ]);
    expect(readFileSync(path.join(repo.dir, RUN, 'meta.json'), 'utf8')).toBe(metaBefore);
  });

  it('hands actions/attest a subject-checksums file it accepts even when the manifest has a comment', async () => {
    repo = runRepo();
    const artifact = path.join(repo.dir, RUN, 'artifact');
    const listing = sh(artifact, 'sh', [
      '-c',
      "find . -type f -printf '%P\\n' | LC_ALL=C sort | xargs sha256sum",
    ]);
    writeFileSync(path.join(artifact, 'checksum.sha256'), `# run_id: run-1\n${listing}`);
    const { result } = await runProvenance(repo.dir, 'stamp', [RUN], {}, { RUNNER_TEMP: repo.dir });
    expect(result.status, result.summary).toBe('pass');
    const file = result.outputs!['subject-checksums']!;
    expect(path.isAbsolute(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(listing);
    const statement = readJson(path.join(repo.dir, RUN, 'provenance.intoto.json'));
    const lines = statement.subject.map(
      (s: { name: string; digest: { sha256: string } }) => `${s.digest.sha256}  ${s.name}\n`,
    );
    expect(lines.join('')).toBe(listing);
  });

  it('gives one clear line for bad input', async () => {
    repo = runRepo({ [`${RUN}/meta.json`]: '{"run_id": "run-1", "run_id": "dup"}' });
    const dup = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(dup.result.status).toBe('error');
    expect(dup.result.summary).toMatch(/^runs\/run-1\/meta\.json:1:\d+: duplicate key/);

    repo.write({ [`${RUN}/meta.json`]: '{"dataset": 5}' });
    const typed = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(typed.result.summary).toMatch(
      /meta\.json: stamped metadata would not validate: .*dataset/,
    );

    const missing = await runProvenance(repo.dir, 'stamp', ['runs/nope']);
    expect(missing.result.summary).toBe('runs/nope: run directory not found');

    const outside = await runProvenance(repo.dir, 'stamp', ['../']);
    expect(outside.result.summary).toMatch(/leaves the scanned root/);

    const time = await runProvenance(repo.dir, 'stamp', [RUN], { 'started-on': 'yesterday' });
    expect(time.result.summary).toMatch(/--started-on must be an RFC 3339 time/);
    const hour24 = await runProvenance(repo.dir, 'stamp', [RUN], {
      'finished-on': '2026-06-30T24:59:30+01:00',
    });
    expect(hour24.result.summary).toBe(
      '--finished-on must be an RFC 3339 time such as 2024-06-01T10:00:00Z; got 2026-06-30T24:59:30+01:00 (hour 24 is out of range (00-23))',
    );
  });

  it('writes a leap-second time as the next second, from the option or from meta.json', async () => {
    repo = runRepo({ [`${RUN}/meta.json`]: '{"started_on": "2026-06-30T23:59:60Z"}' });
    const kept = await runProvenance(repo.dir, 'stamp', [RUN]);
    expect(kept.result.status, kept.result.summary).toBe('pass');
    expect(readJson(path.join(repo.dir, RUN, 'meta.json')).started_on).toBe('2026-07-01T00:00:00Z');
    const given = await runProvenance(repo.dir, 'stamp', [RUN], {
      'started-on': '2026-12-31T23:59:60Z',
      'finished-on': '2027-01-01T00:59:60+01:00',
    });
    expect(given.result.status, given.result.summary).toBe('pass');
    const meta = readJson(path.join(repo.dir, RUN, 'meta.json'));
    expect([meta.started_on, meta.finished_on]).toEqual([
      '2027-01-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
    ]);
    const statement = readJson(path.join(repo.dir, RUN, 'provenance.intoto.json'));
    expect(statement.predicate.runDetails.metadata.startedOn).toBe('2027-01-01T00:00:00Z');
  });
});

function ownedKeys(): string[] {
  const schema = validatorFor(RUN_META_SCHEMA_ID)!.schema as {
    properties: Record<string, unknown>;
  };
  return Object.keys(schema.properties);
}
