/** The configured run (`pipeguard check`, the Action): every manifest, required dirs, deploy vs run. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumsCheck, writeChecksumFile } from '../../src/checks/checksums/index.js';
import { createContext } from '../../src/engine.js';
import { cleanupRoots, tempRoot, writeTree } from './helpers.js';

afterAll(cleanupRoots);

const silent = { info: () => undefined, warn: () => undefined, debug: () => undefined };

async function runIn(root: string) {
  return checksumsCheck.runConfigured(await createContext({ root, env: {}, log: silent }));
}

/** A repo with two runs (same file names) and a deployment copied from run-b. */
async function project(): Promise<string> {
  const root = tempRoot();
  writeTree(path.join(root, 'runs/run-a/artifact'), {
    'model.onnx': 'model A',
    'labels.json': '["x"]',
  });
  writeTree(path.join(root, 'runs/run-b/artifact'), {
    'model.onnx': 'model B',
    'labels.json': '["x"]',
  });
  writeTree(path.join(root, 'runs/run-b'), { 'meta.json': '{"run_id":"run-b"}' });
  await writeChecksumFile(path.join(root, 'runs/run-a/artifact'), { root });
  await writeChecksumFile(path.join(root, 'runs/run-b/artifact'), { root });
  cpSync(path.join(root, 'runs/run-b/artifact'), path.join(root, 'deployments/embedded'), {
    recursive: true,
  });
  return root;
}

describe('runConfigured', () => {
  it('verifies every checksum file under runs/ and deployments/ and matches the deployment to its run', async () => {
    const root = await project();
    const result = await runIn(root);
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('pass');
    const details = result.details as {
      manifests: Array<{ file: string }>;
      deployments: unknown[];
    };
    expect(details.manifests.map((m) => m.file)).toEqual([
      'deployments/embedded/checksum.sha256',
      'runs/run-a/artifact/checksum.sha256',
      'runs/run-b/artifact/checksum.sha256',
    ]);
    expect(details.deployments).toEqual([
      {
        deployment: 'deployments/embedded/checksum.sha256',
        run: 'runs/run-b/artifact/checksum.sha256',
        matchedBy: 'file names',
        identical: true,
      },
    ]);
    const digests = JSON.parse(result.outputs?.['manifest-digests'] ?? '{}') as Record<
      string,
      string
    >;
    expect(Object.keys(digests)).toHaveLength(3);
    expect(result.inputs).toHaveLength(3);
  });

  it('a deployment whose checksum file was rewritten over a different model is a deploy-differs finding', async () => {
    const root = await project();
    writeFileSync(path.join(root, 'deployments/embedded/model.onnx'), 'model C (never evaluated)');
    await writeChecksumFile(path.join(root, 'deployments/embedded'), { root }); // self-consistent, so verify alone passes
    const result = await runIn(root);
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => [f.rule, f.file])).toEqual([
      ['deploy-differs', 'deployments/embedded/checksum.sha256'],
    ]);
    expect(result.findings[0]?.message).toMatch(
      /differs from runs\/run-(a|b)\/artifact\/checksum\.sha256 \(closest of 2 runs.*model\.onnx \(different content\)/,
    );
  });

  it('a recorded run_id picks the run; a wrong one is reported even when another run matches', async () => {
    const root = await project();
    const manifest = path.join(root, 'deployments/embedded/checksum.sha256');
    writeFileSync(manifest, `# run_id: run-a\n${readFileSync(manifest, 'utf8')}`);
    const result = await runIn(root);
    expect(result.findings.map((f) => f.rule)).toEqual(['deploy-differs']);
    expect(result.findings[0]?.message).toMatch(
      /differs from runs\/run-a\/artifact\/checksum\.sha256: model\.onnx \(different content\)/,
    );

    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('run-a', 'run-b'));
    expect((await runIn(root)).findings).toEqual([]);

    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('run-b', '../../etc'));
    const escaped = await runIn(root);
    expect(escaped.findings.map((f) => f.rule)).toEqual(['deploy-differs']);
    expect(escaped.findings[0]?.message).toMatch(
      /records run_id "\.\.\/\.\.\/etc", which is not a single directory name/,
    );
  });

  it('an artifact directory without a checksum file is a manifest-missing finding', async () => {
    const root = await project();
    writeTree(path.join(root, 'runs/run-c/artifact'), { 'model.onnx': 'c' });
    const result = await runIn(root);
    expect(result.findings.map((f) => [f.rule, f.file])).toEqual([
      ['manifest-missing', 'runs/run-c/artifact'],
    ]);
  });

  it('reads its section of .pipeguard.yml: manifests, require, allow-unlisted, compare-deployments', async () => {
    const root = await project();
    writeFileSync(path.join(root, 'deployments/embedded/README.md'), 'how to load');
    writeFileSync(path.join(root, 'deployments/embedded/model.onnx'), 'tampered');
    writeTree(path.join(root, 'models/x'), { 'w.bin': 'w' });
    await writeChecksumFile(path.join(root, 'models/x'), { root });
    writeFileSync(path.join(root, 'models/x/w.bin'), 'tampered');
    writeFileSync(
      path.join(root, '.pipeguard.yml'),
      [
        'version: 1',
        'checksums:',
        '  manifests: ["models/**/checksum.sha256", "deployments/**/checksum.sha256"]',
        '  require: []',
        '  allow-unlisted: true',
        '  compare-deployments: false',
        '',
      ].join('\n'),
    );
    const result = await runIn(root);
    expect(result.findings.map((f) => [f.rule, f.file]).sort()).toEqual([
      ['mismatch', 'deployments/embedded/checksum.sha256'],
      ['mismatch', 'models/x/checksum.sha256'],
    ]);
  });

  it('refuses globs that leave the root', async () => {
    const root = tempRoot();
    writeFileSync(
      path.join(root, '.pipeguard.yml'),
      'checksums:\n  manifests: ["../**/checksum.sha256"]\n',
    );
    await expect(runIn(root)).rejects.toThrow(/must be relative to the root/);
  });

  it('with no runs checked in there is nothing to compare, and no checksum file at all is a pass', async () => {
    const root = await project();
    rmSync(path.join(root, 'runs'), { recursive: true });
    expect((await runIn(root)).findings).toEqual([]);
    const empty = tempRoot();
    mkdirSync(path.join(empty, 'src'));
    expect((await runIn(empty)).status).toBe('pass');
  });
});
