import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/model.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { RUN, runProvenance, runRepo, sh } from './helpers.js';
import { createContext, runConfiguredChecks } from '../../src/engine.js';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

async function stampedRepo(): Promise<TempRepo> {
  const repo = runRepo();
  repos.push(repo);
  const { result } = await runProvenance(repo.dir, 'stamp', [RUN]);
  expect(result.status, result.summary).toBe('pass');
  return repo;
}

const rules = (findings: Finding[]): Array<[string, string | undefined]> =>
  findings.map((f) => [f.rule, f.file]);
const statementPath = (repo: TempRepo): string =>
  path.join(repo.dir, RUN, 'provenance.intoto.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const editJson = (file: string, edit: (value: any) => void): void => {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

describe('provenance verify', () => {
  it('passes a freshly stamped run and reports its outputs', async () => {
    const repo = await stampedRepo();
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(result.status, JSON.stringify(result.findings)).toBe('pass');
    expect(result.summary).toBe(`${RUN}: provenance verified`);
    expect(result.outputs).toMatchObject({
      'meta-file': `${RUN}/meta.json`,
      'statement-file': `${RUN}/provenance.intoto.json`,
    });
    expect(result.outputs?.['manifest-digest']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails on a swapped artifact, naming the file', async () => {
    const repo = await stampedRepo();
    writeFileSync(path.join(repo.dir, RUN, 'artifact/model.bin'), 'a different model');
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(result.status).toBe('fail');
    expect(
      result.findings.some(
        (f) => f.rule === 'mismatch' && f.message.startsWith('model.bin: SHA-256 mismatch'),
      ),
    ).toBe(true);
  });

  it('fails on a swapped artifact whose manifest was rewritten to match, naming the file', async () => {
    const repo = await stampedRepo();
    const artifact = path.join(repo.dir, RUN, 'artifact');
    writeFileSync(path.join(artifact, 'model.bin'), 'a backdoored model');
    writeFileSync(
      path.join(artifact, 'checksum.sha256'),
      sh(artifact, 'sh', [
        '-c',
        "find . -type f ! -name checksum.sha256 -printf '%P\\n' | LC_ALL=C sort | xargs sha256sum",
      ]),
    );
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(result.status).toBe('fail');
    expect(rules(result.findings)).toEqual(
      expect.arrayContaining([
        ['subject-mismatch', `${RUN}/artifact/model.bin`],
        ['manifest-digest-mismatch', `${RUN}/artifact/checksum.sha256`],
      ]),
    );
  });

  it('fails on an artifact added after stamping', async () => {
    const repo = await stampedRepo();
    const artifact = path.join(repo.dir, RUN, 'artifact');
    writeFileSync(path.join(artifact, 'extra.pkl'), 'pickle');
    const plain = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(plain.result.findings.map((f) => f.rule)).toContain('unlisted-file');
    sh(artifact, 'sh', [
      '-c',
      "find . -type f ! -name checksum.sha256 -printf '%P\\n' | LC_ALL=C sort | xargs sha256sum > checksum.sha256",
    ]);
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(rules(result.findings)).toContainEqual([
      'unattested-artifact',
      `${RUN}/artifact/extra.pkl`,
    ]);
  });

  it('exits 2 with file:line:col on a truncated statement', async () => {
    const repo = await stampedRepo();
    const text = readFileSync(statementPath(repo), 'utf8');
    writeFileSync(statementPath(repo), text.slice(0, Math.floor(text.length / 2)));
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(result.status).toBe('error');
    expect(result.summary).toMatch(new RegExp(`^${RUN}/provenance\\.intoto\\.json:\\d+:\\d+: `));
  });

  it('exits 2 with a clear line on a statement edited into another shape', async () => {
    const repo = await stampedRepo();
    editJson(statementPath(repo), (s) => {
      s._type = 'https://in-toto.io/Statement/v0.1';
    });
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(result.status).toBe('error');
    expect(result.summary).toBe(
      `${RUN}/provenance.intoto.json:2:12: not a valid in-toto statement: \`_type\` must be https://in-toto.io/Statement/v1`,
    );

    editJson(statementPath(repo), (s) => {
      s._type = 'https://in-toto.io/Statement/v1';
      s.subject[1].digest.sha256 = 'abc';
    });
    const short = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(short.result.summary).toMatch(
      /provenance\.intoto\.json:\d+:\d+: .*needs a sha256 digest/,
    );
  });

  it('exits 1 on a hand-edited subject digest, naming the file', async () => {
    const repo = await stampedRepo();
    editJson(statementPath(repo), (s) => {
      const labels = s.subject.find((x: { name: string }) => x.name === 'labels.json');
      labels.digest.sha256 = '0'.repeat(64);
    });
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(result.status).toBe('fail');
    expect(rules(result.findings)).toEqual([['subject-mismatch', `${RUN}/artifact/labels.json`]]);
  });

  it('fails when meta.json was edited after stamping', async () => {
    const repo = await stampedRepo();
    editJson(path.join(repo.dir, RUN, 'meta.json'), (m) => {
      m.git_commit = 'f'.repeat(40);
    });
    const { result } = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(rules(result.findings)).toEqual(
      expect.arrayContaining([
        ['meta-changed', `${RUN}/meta.json`],
        ['meta-mismatch', `${RUN}/meta.json`],
      ]),
    );
  });

  it('fails when the recorded commit is not in the repository', async () => {
    const repo = await stampedRepo();
    const other = tempRepo({ 'README.md': 'another repository\n' });
    repos.push(other);
    cpSync(path.join(repo.dir, RUN), path.join(other.dir, RUN), { recursive: true });
    const { result } = await runProvenance(other.dir, 'verify', [RUN]);
    expect(rules(result.findings)).toEqual([['commit-missing', `${RUN}/meta.json`]]);
    expect(result.findings[0]!.message).toContain('git cat-file -e');
  });

  it('traces a deployment back to its stamped run, and names a tampered deployed file', async () => {
    const repo = await stampedRepo();
    const deploy = path.join(repo.dir, 'deployments/prod');
    cpSync(path.join(repo.dir, RUN, 'artifact'), deploy, { recursive: true });
    const ok = await runProvenance(repo.dir, 'verify', ['deployments/prod']);
    expect(ok.result.status, JSON.stringify(ok.result.findings)).toBe('pass');
    expect(ok.result.summary).toBe(`deployments/prod: provenance verified (stamped run ${RUN})`);

    // Swapped and re-checksummed: no run has this manifest, so it is matched by file names.
    writeFileSync(path.join(deploy, 'model.bin'), 'swapped in production');
    sh(deploy, 'sh', [
      '-c',
      "find . -type f ! -name checksum.sha256 -printf '%P\\n' | LC_ALL=C sort | xargs sha256sum > checksum.sha256",
    ]);
    const bad = await runProvenance(repo.dir, 'verify', ['deployments/prod']);
    expect(rules(bad.result.findings)).toEqual(
      expect.arrayContaining([
        ['subject-mismatch', 'deployments/prod/model.bin'],
        ['manifest-digest-mismatch', 'deployments/prod/checksum.sha256'],
      ]),
    );

    // Files no stamped run ever attested.
    rmSync(path.join(deploy, 'labels.json'));
    sh(deploy, 'sh', [
      '-c',
      "find . -type f ! -name checksum.sha256 -printf '%P\\n' | LC_ALL=C sort | xargs sha256sum > checksum.sha256",
    ]);
    const orphan = await runProvenance(repo.dir, 'verify', ['deployments/prod']);
    expect(rules(orphan.result.findings)).toEqual([
      ['no-stamped-run', 'deployments/prod/checksum.sha256'],
    ]);
  });

  it('accepts provenance copied beside the deployed artifacts', async () => {
    const repo = await stampedRepo();
    const deploy = path.join(repo.dir, 'deployments/edge');
    cpSync(path.join(repo.dir, RUN, 'artifact'), deploy, { recursive: true });
    for (const f of ['meta.json', 'provenance.intoto.json'])
      cpSync(path.join(repo.dir, RUN, f), path.join(deploy, f));
    const { result } = await runProvenance(repo.dir, 'verify', ['deployments/edge']);
    expect(result.status, JSON.stringify(result.findings)).toBe('pass');
  });

  it('under `pipeguard check`, verifies every stamped run and deployment', async () => {
    const repo = await stampedRepo();
    cpSync(path.join(repo.dir, RUN, 'artifact'), path.join(repo.dir, 'deployments/prod'), {
      recursive: true,
    });
    repo.write({ '.pipeguard.yml': 'version: 1\nprovenance: {}\n' });
    const check = async () => {
      const ctx = await createContext({
        root: repo.dir,
        env: {},
        log: { info() {}, warn() {}, debug() {} },
      });
      return (await runConfiguredChecks(ctx, ['provenance']))[0]!;
    };
    const ok = await check();
    expect(ok.status, JSON.stringify(ok.findings)).toBe('pass');
    expect(ok.summary).toBe('provenance verified: 1 stamped run, 1 deployment');
    writeFileSync(path.join(repo.dir, 'deployments/prod/model.bin'), 'x');
    const bad = await check();
    expect(bad.status).toBe('fail');
    expect(bad.findings[0]!.file).toBe('deployments/prod/checksum.sha256');
  });
});
