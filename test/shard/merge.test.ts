/**
 * Issue 18: N = 1, 3 and 7 shards of the same tree and history, merged, give the unsharded report
 * byte for byte (timing fields aside), for secrets (tree and history), validate and checksums
 * verify; the merge renders every format with check's exit code.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretFingerprint } from '../../src/checks/secrets/findings.js';
import { tempDir, tempRepo, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runCli } from '../helpers/run.js';
import { Fake } from '../secrets/fake-keys.js';
import { merge, readJson, runShards, withoutTiming } from './helpers.js';

const fake = new Fake(1818);
const token = (): string => `${['gh', 'p_'].join('')}${fake.alnum(36)}`;

let repo: TempRepo;
let out: { dir: string; cleanup: () => void };

/**
 * A tree of 70 files (a third with tokens, one token in two files, one twice in a file, one file
 * over the size cap), an ignore file with a used, an expired and an unused entry, and a history
 * of one commit per file plus a delete and a re-add of the same token (one finding, two commits).
 */
beforeAll(() => {
  repo = tempRepo();
  out = tempDir('pipeguard-shard-out-');
  const shared = token();
  const tokens: string[] = [];
  for (let i = 0; i < 70; i++) {
    const t = i % 3 === 0 ? token() : undefined;
    if (t) tokens.push(`src/m${i % 7}/f${i}.py`);
    const lines = [`# module ${i}`, t ? `KEY = "${t}"` : 'x = 1'];
    if (i === 9) lines.push(`AGAIN = "${t!}"`);
    if (i === 10 || i === 20) lines.push(`SHARED = "${shared}"`);
    repo.write({ [`src/m${i % 7}/f${i}.py`]: `${lines.join('\n')}\n` });
    repo.commitAll(`file ${i}`);
  }
  repo.write({ 'big/blob.txt': 'y'.repeat(3000) });
  const firstSecret = /KEY = "([^"]+)"/.exec(
    readFileSync(path.join(repo.dir, 'src/m0/f0.py'), 'utf8'),
  )![1]!;
  const thirdSecret = /KEY = "([^"]+)"/.exec(
    readFileSync(path.join(repo.dir, 'src/m6/f6.py'), 'utf8'),
  )![1]!;
  repo.write({
    '.pipeguard/secrets-ignore': [
      `- fingerprint: ${secretFingerprint('github-token', 'src/m0/f0.py', firstSecret)}`,
      '  reason: test fixture',
      `- fingerprint: ${secretFingerprint('github-token', 'src/m6/f6.py', thirdSecret)}`,
      '  reason: expired',
      '  expires: 2020-01-01',
      `- fingerprint: ${'ab'.repeat(16)}`,
      '  reason: unused',
      '',
    ].join('\n'),
  });
  repo.commitAll('ignore file');
  const readded = readFileSync(path.join(repo.dir, 'src/m3/f3.py'), 'utf8');
  rmSync(path.join(repo.dir, 'src/m3/f3.py'));
  repo.commitAll('delete f3');
  repo.write({ 'src/m3/f3.py': readded });
  repo.commitAll('re-add f3');
  expect(tokens.length).toBeGreaterThan(20);
});

afterAll(() => {
  repo?.cleanup();
  out?.cleanup();
});

function unsharded(cwd: string, args: string[]): string {
  const file = path.join(out.dir, `full-${Math.random().toString(36).slice(2, 8)}.json`);
  const run = runCli([...args, '--format', 'json', '--output', file], { cwd });
  expect([0, 1], run.stderr).toContain(run.code);
  return file;
}

function expectMergeEqualsUnsharded(cwd: string, args: string[], counts = [1, 3, 7]): void {
  const full = unsharded(cwd, args);
  const fullCode = runCli([...args, '--quiet'], { cwd }).code;
  for (const n of counts) {
    const shards = runShards(cwd, args, n, out.dir);
    const merged = path.join(out.dir, `merged-${n}.json`);
    const run = merge([shards.dir], ['--format', 'json', '--output', merged]);
    expect(run.code, `${n} shards: ${run.stderr}${run.stdout}`).toBe(fullCode);
    expect(withoutTiming(readFileSync(merged, 'utf8')), `${n} shards`).toBe(
      withoutTiming(readFileSync(full, 'utf8')),
    );
  }
}

describe('merged shards equal the unsharded run, byte for byte apart from timing fields', () => {
  const cap = ['--max-file-size', '2k'];

  it('secrets, the tree: 1, 3 and 7 shards', () => {
    const full = readJson<{ findings: Array<{ rule: string; suppressed?: unknown }> }>(
      unsharded(repo.dir, ['secrets', '--tree', ...cap]),
    );
    // The fixture exercises what a merge must get right: suppressed, expired, unused, skipped.
    const rules = new Set(full.findings.map((f) => f.rule));
    expect(rules).toEqual(
      new Set(['github-token', 'ignore-expired', 'ignore-unused', 'scan-skipped']),
    );
    expect(full.findings.filter((f) => f.suppressed)).toHaveLength(1);
    expectMergeEqualsUnsharded(repo.dir, ['secrets', '--tree', ...cap]);
  }, 120_000);

  it('secrets, the history: 1, 3 and 7 shards (a secret in two commits once)', () => {
    const full = readJson<{ findings: Array<{ file: string }> }>(
      unsharded(repo.dir, ['secrets', '--history', 'HEAD', ...cap]),
    );
    expect(full.findings.filter((f) => f.file === 'src/m3/f3.py')).toHaveLength(1);
    expectMergeEqualsUnsharded(repo.dir, ['secrets', '--history', 'HEAD', ...cap]);
  }, 120_000);

  it('secrets, a range of the history and named paths: 3 shards', () => {
    expectMergeEqualsUnsharded(repo.dir, ['secrets', '--history', 'HEAD~40..HEAD', 'src/m3'], [3]);
  }, 60_000);

  describe('on the example project (validate, checksums verify)', () => {
    let example: TempRepo;
    beforeAll(() => {
      example = tempRepo();
      cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), example.dir, { recursive: true });
      // No audit log: a log written into the tree would change the tree between shards.
      const config = readFileSync(path.join(example.dir, '.pipeguard.yml'), 'utf8');
      writeFileSync(
        path.join(example.dir, '.pipeguard.yml'),
        config.replace(/^audit:\n(?: {2}.*\n)+/m, ''),
      );
      const envelope = readJson(
        path.join(example.dir, 'runs/run-2026-11-20-baseline/envelope.json'),
      );
      for (let i = 0; i < 12; i++) {
        const copy = structuredClone(envelope);
        if (i % 4 === 1) delete copy[Object.keys(copy)[0]!];
        if (i % 4 === 2) copy.model = `not-allowed-${i}`;
        example.write({ [`runs/gen-${i}/envelope.json`]: JSON.stringify(copy, null, 2) });
        example.write({
          [`runs/gen-${i}/artifact/weights.bin`]: `weights ${i}\n`,
          [`runs/gen-${i}/artifact/labels.json`]: `{"n": ${i}}\n`,
        });
        expect(
          runCli(['checksums', 'write', `runs/gen-${i}/artifact`], { cwd: example.dir }).code,
        ).toBe(0);
      }
      example.write({
        'runs/gen-3/artifact/weights.bin': 'tampered\n',
        'runs/gen-5/artifact/extra.txt': 'x',
      });
      rmSync(path.join(example.dir, 'runs/gen-7/artifact/checksum.sha256'));
      example.commitAll('generated runs');
    }, 60_000);
    afterAll(() => example?.cleanup());

    it('validate: 1, 3 and 7 shards (shard 1 runs the cross-document rules)', () => {
      const full = readJson<{ findings: Array<{ rule: string }> }>(
        unsharded(example.dir, ['validate']),
      );
      expect(full.findings.length).toBeGreaterThan(3);
      expectMergeEqualsUnsharded(example.dir, ['validate']);
    }, 120_000);

    it('checksums verify: 1, 3 and 7 shards', () => {
      const full = readJson<{ findings: Array<{ rule: string }> }>(
        unsharded(example.dir, ['checksums', 'verify']),
      );
      expect(new Set(full.findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(3);
      expectMergeEqualsUnsharded(example.dir, ['checksums', 'verify']);
    }, 120_000);
  });
});

describe('the merged report in every format', () => {
  it('text, SARIF and JSON from the same shards; a clean tree merges to exit 0', () => {
    const shards = runShards(repo.dir, ['secrets', '--tree'], 3, out.dir);
    const text = merge([shards.dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/✖ secrets: \d+ failing of \d+ findings in \d+ files/);
    const sarif = merge([shards.dir], ['--format', 'sarif', '--output', '-']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: unknown[] }> };
    expect(log.runs[0]!.results.length).toBeGreaterThan(20);

    const clean = tempRepo({ 'a.txt': 'nothing\n', 'b/c.txt': 'still nothing\n' });
    try {
      const ok = runShards(clean.dir, ['secrets', '--tree'], 3, out.dir, 0);
      const run = merge([ok.dir]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/✔ secrets: no secrets in 2 files/);
    } finally {
      clean.cleanup();
    }
  }, 60_000);
});
