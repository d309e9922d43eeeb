/**
 * The built bundle as users run it: `pipeguard checksums write|verify`, exit codes, the manifest
 * digest in the summary and JSON, worker threads on a large artifact, and the `checksums/`
 * sub-action under the runner's contract (INPUT_*, GITHUB_OUTPUT).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRoots, ensureBuiltCli, pipeguard, REPO, run, tempRoot, writeTree } from './helpers.js';

beforeAll(() => {
  ensureBuiltCli();
}, 180_000);
afterAll(cleanupRoots);

function artifactRoot(): { root: string; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'runs', 'r1', 'artifact');
  writeTree(dir, { 'model.onnx': 'weights', 'labels.json': '[]' });
  return { root, dir };
}

interface JsonReport {
  status: string;
  checks: Array<{ summary: string; details?: { manifests?: Array<{ hashedInWorkers: number; verified: number }> }; outputs?: Record<string, string> }>;
  findings: Array<{ rule: string; file: string; line?: number }>;
}

describe('pipeguard checksums (built CLI)', () => {
  it('write then verify: exit 0, manifest digest printed; sha256sum agrees', () => {
    const { root, dir } = artifactRoot();
    const written = pipeguard(['checksums', 'write', 'runs/r1/artifact'], root);
    expect(written.status).toBe(0);
    const digest = run('sha256sum', ['checksum.sha256'], dir).stdout.slice(0, 64);
    expect(written.stdout).toContain(`manifest sha256 ${digest}`);
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(0);

    const verified = pipeguard(['checksums', 'verify', 'runs/r1/artifact'], root);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`runs/r1/artifact/checksum.sha256 (manifest sha256 ${digest}): 2 file(s)`);
  });

  it('findings exit 1 and name the checksum file and line (JSON and SARIF)', () => {
    const { root, dir } = artifactRoot();
    expect(pipeguard(['checksums', 'write', 'runs/r1/artifact'], root).status).toBe(0);
    writeFileSync(path.join(dir, 'model.onnx'), 'tampered');
    writeFileSync(path.join(dir, 'extra.pkl'), 'payload');
    const out = pipeguard(['checksums', 'verify', 'runs/r1/artifact', '--format', 'json'], root);
    expect(out.status).toBe(1);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.status).toBe('fail');
    expect(report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['mismatch', 'runs/r1/artifact/checksum.sha256', 2],
      ['unlisted-file', 'runs/r1/artifact/checksum.sha256', undefined],
    ]);
    expect(report.checks[0]?.outputs?.['manifest-digest']).toMatch(/^[0-9a-f]{64}$/);

    expect(pipeguard(['checksums', 'verify', 'runs/r1/artifact', '--allow-unlisted'], root).status).toBe(1);
    const sarif = pipeguard(['checksums', 'verify', 'runs/r1/artifact', '--format', 'sarif'], root);
    type SarifResult = { ruleId: string; locations: Array<{ physicalLocation: { region?: { startLine: number } } }> };
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: SarifResult[] }> }).runs[0]?.results ?? [];
    const mismatch = results.find((r) => r.ruleId === 'checksums/mismatch');
    expect(mismatch?.locations[0]?.physicalLocation.region?.startLine).toBe(2);
  });

  it('bad input exits 2 with one line and no stack', () => {
    const { root } = artifactRoot();
    const missing = pipeguard(['checksums', 'verify', 'runs/r1/artifact'], root);
    expect(missing.status).toBe(2);
    expect(missing.stdout + missing.stderr).toContain('runs/r1/artifact/checksum.sha256: checksum file not found');
    expect(missing.stdout + missing.stderr).not.toMatch(/\n\s+at /);
    expect(pipeguard(['checksums', 'verify', '../..'], root).status).toBe(2);
    expect(pipeguard(['checksums', 'write'], root).status).toBe(2);
  });

  it('verify with no path runs the configured set (the hook and sub-action default)', () => {
    const { root, dir } = artifactRoot();
    expect(pipeguard(['checksums', 'write', 'runs/r1/artifact'], root).status).toBe(0);
    expect(pipeguard(['checksums', 'verify'], root).status).toBe(0);
    writeFileSync(path.join(dir, 'extra.pkl'), 'payload');
    const out = pipeguard(['check', 'checksums'], root);
    expect(out.status).toBe(1);
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
    expect(pipeguard(['checksums', 'write', 'big'], root).status).toBe(0);
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(0);
    // Pinned to 2 workers so every file is hashed off the main thread (auto mode lets the main
    // thread start and may finish 89 MiB before a worker has loaded).
    const out = pipeguard(['checksums', 'verify', 'big', '--format', 'json'], root, { PIPEGUARD_HASH_THREADS: '2' });
    expect(out.status).toBe(0);
    const manifest = (JSON.parse(out.stdout) as JsonReport).checks[0]?.details?.manifests?.[0];
    expect(manifest?.verified).toBe(5);
    expect(manifest?.hashedInWorkers).toBe(5);
    writeFileSync(path.join(dir, 'part-2.bin'), 'short');
    const tampered = pipeguard(['checksums', 'verify', 'big', '--format', 'json'], root, { PIPEGUARD_HASH_THREADS: '2' });
    expect(tampered.status).toBe(1);
    expect((JSON.parse(tampered.stdout) as JsonReport).findings.map((f) => f.rule)).toEqual(['mismatch']);
    expect(pipeguard(['checksums', 'verify', 'big'], root, { PIPEGUARD_HASH_THREADS: 'many' }).status).toBe(2);
  });
});

describe('checksums sub-action (dist/action/checksums.js)', () => {
  function runAction(root: string, inputs: Record<string, string>) {
    const outputFile = path.join(root, '.github-output');
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: root,
      GITHUB_ACTIONS: 'true',
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const out = spawnSync(process.execPath, [path.join(REPO, 'dist', 'action', 'checksums.js')], { cwd: root, env, encoding: 'utf8' });
    const outputs: Record<string, string> = {};
    const text = readFileSync(outputFile, 'utf8');
    for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] ?? ''] = match[3] ?? '';
    return { status: out.status, stdout: out.stdout, outputs };
  }

  it('write (command input) then verify (default): outputs the manifest digest; tampering annotates and exits 1', () => {
    const { root, dir } = artifactRoot();
    const written = runAction(root, { command: 'write', paths: 'runs/r1/artifact' });
    expect(written.status).toBe(0);
    const digest = run('sha256sum', ['checksum.sha256'], dir).stdout.slice(0, 64);
    expect(written.outputs['manifest-digest']).toBe(digest);
    expect(written.outputs['checksum-file']).toBe('runs/r1/artifact/checksum.sha256');

    const verified = runAction(root, { paths: 'runs/r1/artifact' });
    expect(verified.status).toBe(0);
    expect(verified.outputs.status).toBe('pass');
    expect(verified.outputs['manifest-digest']).toBe(digest);

    writeFileSync(path.join(dir, 'labels.json'), '["evil"]');
    const failed = runAction(root, {});
    expect(failed.status).toBe(1);
    expect(failed.outputs.findings).toBe('1');
    expect(failed.stdout).toMatch(/::error .*file=runs\/r1\/artifact\/checksum\.sha256,line=1.*labels\.json: SHA-256 mismatch/);
  });
});
