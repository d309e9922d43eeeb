/**
 * The built bundle as users run it: `pipeguard checksums write|verify`, exit codes, the manifest
 * digest in the summary and JSON, worker threads on a large artifact, and the `checksums/`
 * sub-action under the runner's contract (INPUT_*, GITHUB_OUTPUT).
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { node20Binary, REPO_ROOT, runAction, runCli } from '../helpers/run.js';
import { cleanupRoots, run, tempRoot, writeTree } from './helpers.js';

afterAll(cleanupRoots);

function artifactRoot(): { root: string; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'runs', 'r1', 'artifact');
  writeTree(dir, { 'model.onnx': 'weights', 'labels.json': '[]' });
  return { root, dir };
}

interface JsonReport {
  status: string;
  checks: Array<{
    summary: string;
    details?: { manifests?: Array<{ hashedInWorkers: number; verified: number }> };
    outputs?: Record<string, string>;
  }>;
  findings: Array<{ rule: string; file: string; line?: number }>;
}

describe('pipeguard checksums (built CLI)', () => {
  it('write then verify: exit 0, manifest digest printed; sha256sum agrees', () => {
    const { root, dir } = artifactRoot();
    const written = runCli(['checksums', 'write', 'runs/r1/artifact'], { cwd: root });
    expect(written.code).toBe(0);
    const digest = run('sha256sum', ['checksum.sha256'], dir).stdout.slice(0, 64);
    expect(written.stdout).toContain(`manifest sha256 ${digest}`);
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(0);

    const verified = runCli(['checksums', 'verify', 'runs/r1/artifact'], { cwd: root });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(
      `runs/r1/artifact/checksum.sha256 (manifest sha256 ${digest}): 2 file(s)`,
    );
  });

  it('findings exit 1 and name the checksum file and line (JSON and SARIF)', () => {
    const { root, dir } = artifactRoot();
    expect(runCli(['checksums', 'write', 'runs/r1/artifact'], { cwd: root }).code).toBe(0);
    writeFileSync(path.join(dir, 'model.onnx'), 'tampered');
    writeFileSync(path.join(dir, 'extra.pkl'), 'payload');
    const out = runCli(['checksums', 'verify', 'runs/r1/artifact', '--format', 'json'], {
      cwd: root,
    });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.status).toBe('fail');
    expect(report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['mismatch', 'runs/r1/artifact/checksum.sha256', 2],
      ['unlisted-file', 'runs/r1/artifact/checksum.sha256', undefined],
    ]);
    expect(report.checks[0]?.outputs?.['manifest-digest']).toMatch(/^[0-9a-f]{64}$/);

    expect(
      runCli(['checksums', 'verify', 'runs/r1/artifact', '--allow-unlisted'], { cwd: root }).code,
    ).toBe(1);
    const sarif = runCli(['checksums', 'verify', 'runs/r1/artifact', '--format', 'sarif'], {
      cwd: root,
    });
    type SarifResult = {
      ruleId: string;
      locations: Array<{ physicalLocation: { region?: { startLine: number } } }>;
    };
    const results =
      (JSON.parse(sarif.stdout) as { runs: Array<{ results: SarifResult[] }> }).runs[0]?.results ??
      [];
    const mismatch = results.find((r) => r.ruleId === 'checksums/mismatch');
    expect(mismatch?.locations[0]?.physicalLocation.region?.startLine).toBe(2);
  });

  it('bad input exits 2 with one line and no stack', () => {
    const { root } = artifactRoot();
    const missing = runCli(['checksums', 'verify', 'runs/r1/artifact'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stdout + missing.stderr).toContain(
      'runs/r1/artifact/checksum.sha256: checksum file not found',
    );
    expect(missing.stdout + missing.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['checksums', 'verify', '../..'], { cwd: root }).code).toBe(2);
    expect(runCli(['checksums', 'write'], { cwd: root }).code).toBe(2);
  });

  it('verify with no path runs the configured set (the hook and sub-action default)', () => {
    const { root, dir } = artifactRoot();
    expect(runCli(['checksums', 'write', 'runs/r1/artifact'], { cwd: root }).code).toBe(0);
    expect(runCli(['checksums', 'verify'], { cwd: root }).code).toBe(0);
    writeFileSync(path.join(dir, 'extra.pkl'), 'payload');
    const out = runCli(['check', 'checksums'], { cwd: root });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('extra.pkl: present but not listed');
  });

  it('hashes a large artifact in worker threads and still agrees with sha256sum', () => {
    const root = tempRoot();
    const dir = path.join(root, 'big');
    mkdirSync(dir);
    // 4 × 20 MiB (above the 64 MiB worker threshold), distinct content per file.
    for (let i = 0; i < 4; i += 1) {
      const fd = openSync(path.join(dir, `part-${i}.bin`), 'w');
      const chunk = Buffer.alloc(1024 * 1024, i + 1);
      for (let m = 0; m < 20; m += 1) writeSync(fd, chunk);
      closeSync(fd);
    }
    const sparse = openSync(path.join(dir, 'sparse.bin'), 'w');
    ftruncateSync(sparse, 9 * 1024 * 1024 + 3);
    closeSync(sparse);
    expect(runCli(['checksums', 'write', 'big'], { cwd: root }).code).toBe(0);
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(0);
    // Pinned to 2 workers so every file is hashed off the main thread (auto mode lets the main
    // thread start and may finish 89 MiB before a worker has loaded).
    const out = runCli(['checksums', 'verify', 'big', '--format', 'json'], {
      cwd: root,
      env: {
        PIPEGUARD_HASH_THREADS: '2',
      },
    });
    expect(out.code).toBe(0);
    const manifest = (JSON.parse(out.stdout) as JsonReport).checks[0]?.details?.manifests?.[0];
    expect(manifest?.verified).toBe(5);
    expect(manifest?.hashedInWorkers).toBe(5);
    writeFileSync(path.join(dir, 'part-2.bin'), 'short');
    const tampered = runCli(['checksums', 'verify', 'big', '--format', 'json'], {
      cwd: root,
      env: {
        PIPEGUARD_HASH_THREADS: '2',
      },
    });
    expect(tampered.code).toBe(1);
    expect((JSON.parse(tampered.stdout) as JsonReport).findings.map((f) => f.rule)).toEqual([
      'mismatch',
    ]);
    expect(
      runCli(['checksums', 'verify', 'big'], { cwd: root, env: { PIPEGUARD_HASH_THREADS: 'many' } })
        .code,
    ).toBe(2);
  });
});

describe('on Node 20 (the floor pre-commit users may have)', () => {
  const node = node20Binary();
  it.runIf(node)('writes and verifies, in worker threads too', () => {
    const { root, dir } = artifactRoot();
    writeTree(dir, { 'more/weights.bin': Buffer.alloc(3 * 1024 * 1024, 9) });
    expect(runCli(['checksums', 'write', 'runs/r1/artifact'], { cwd: root, node }).code).toBe(0);
    const env = { PIPEGUARD_HASH_THREADS: '2' };
    const out = runCli(['checksums', 'verify', 'runs/r1/artifact', '--format', 'json'], {
      cwd: root,
      node,
      env,
    });
    expect(out.code, out.stderr).toBe(0);
    const manifest = (JSON.parse(out.stdout) as JsonReport).checks[0]?.details?.manifests?.[0];
    expect(manifest).toMatchObject({ verified: 3, hashedInWorkers: 3 });
  });
});

describe('checksums sub-action (dist/action/checksums.js)', () => {
  it('write (command input) then verify (default): outputs the manifest digest; tampering annotates and exits 1', () => {
    const { root, dir } = artifactRoot();
    const written = runAction({
      entry: 'checksums',
      workspace: root,
      inputs: { command: 'write', paths: 'runs/r1/artifact' },
    });
    expect(written.code, written.stdout).toBe(0);
    const digest = run('sha256sum', ['checksum.sha256'], dir).stdout.slice(0, 64);
    expect(written.outputs['manifest-digest']).toBe(digest);
    expect(written.outputs['checksum-file']).toBe('runs/r1/artifact/checksum.sha256');

    // Pinned worker threads: the sub-action's own entry file must serve as the worker too.
    const verified = runAction({
      entry: 'checksums',
      workspace: root,
      inputs: { paths: 'runs/r1/artifact' },
      env: { PIPEGUARD_HASH_THREADS: '2' },
    });
    expect(verified.code).toBe(0);
    expect(verified.outputs.status).toBe('pass');
    expect(verified.outputs['manifest-digest']).toBe(digest);
    const report = JSON.parse(verified.reportText ?? '{}') as JsonReport;
    expect(report.checks[0]?.details?.manifests?.[0]).toMatchObject({
      verified: 2,
      hashedInWorkers: 2,
    });

    writeFileSync(path.join(dir, 'labels.json'), '["evil"]');
    const failed = runAction({ entry: 'checksums', workspace: root });
    expect(failed.code).toBe(1);
    expect(failed.outputs.findings).toBe('1');
    expect(failed.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        properties: expect.objectContaining({
          file: 'runs/r1/artifact/checksum.sha256',
          line: '1',
        }),
        message: expect.stringContaining('labels.json: SHA-256 mismatch'),
      }),
    );
  });

  it('verifies the example project (runs/ and its deployment) from the root action', () => {
    const result = runAction({
      workspace: path.join(REPO_ROOT, 'examples', 'ml-project'),
      inputs: { checks: 'checksums' },
    });
    expect(result.code, result.stdout).toBe(0);
    const digests = JSON.parse(result.outputs['manifest-digests'] ?? '{}') as Record<
      string,
      string
    >;
    expect(Object.keys(digests).sort()).toEqual([
      'deployments/embedded/checksum.sha256',
      'runs/run-2026-11-20-baseline/artifact/checksum.sha256',
      'runs/run-2026-11-21-candidate/artifact/checksum.sha256',
    ]);
  });
});
