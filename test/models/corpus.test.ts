/**
 * Detection on a corpus written at test time by Python's own pickle (test/models/corpus.py):
 * `__reduce__` payloads to os.system, subprocess.Popen, eval, exec, getattr in every protocol,
 * nested, obfuscated STACK_GLOBAL, PyTorch-layout zips and legacy files, object arrays, joblib
 * files, a Keras Lambda layer, an ONNX model whose external data leaves its directory — every one
 * must be flagged critical; benign files (plain pickles, PyTorch-layout state dicts, and, where
 * the Python has them, files written by numpy, joblib, scikit-learn, safetensors and onnx) must
 * get no finding at all. PIPEGUARD_TEST_PYTHON picks a Python with those libraries.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';

const PYTHON = process.env.PIPEGUARD_TEST_PYTHON ?? 'python3';

interface Manifest {
  malicious: string[];
  benign: string[];
  libraries: Record<string, string>;
}

interface Report {
  status: string;
  checks: Array<{
    summary: string;
    details: { artifacts: Array<{ file: string; size: number; bytesRead: number }> };
  }>;
  findings: Array<{ file: string; severity: string; rule: string; message: string }>;
}

const corpus = tempDir('pipeguard-models-corpus-');
let manifest: Manifest;

beforeAll(() => {
  execFileSync(PYTHON, [path.join(import.meta.dirname, 'corpus.py'), corpus.dir], {
    stdio: 'pipe',
  });
  manifest = JSON.parse(readFileSync(path.join(corpus.dir, 'manifest.json'), 'utf8')) as Manifest;
}, 120_000);
afterAll(() => corpus.cleanup());

function scan(dir: string): { code: number; report: Report } {
  const result = runCli(
    ['models', dir, '--root', corpus.dir, '--format', 'json', '--output', '-'],
    {
      cwd: corpus.dir,
    },
  );
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe('models: a corpus written by Python', () => {
  it('flags every malicious file critical (100 %)', () => {
    const { code, report } = scan('malicious');
    expect(code).toBe(1);
    const critical = new Set(
      report.findings.filter((f) => f.severity === 'critical').map((f) => f.file),
    );
    const missed = manifest.malicious.filter((name) => !critical.has(`malicious/${name}`));
    console.log(
      `models corpus: ${manifest.malicious.length - missed.length}/${manifest.malicious.length} malicious files flagged critical (libraries: ${JSON.stringify(manifest.libraries)})`,
    );
    expect(missed).toEqual([]);
    expect(manifest.malicious.length).toBeGreaterThanOrEqual(55);
  });

  it('gives benign files no finding at all', () => {
    const { code, report } = scan('benign');
    console.log(
      `models corpus: ${manifest.benign.length} benign files, ${report.findings.length} finding(s)`,
    );
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('names the imported global, the opcode offset and the archive member', () => {
    const { report } = scan('malicious');
    const torch = report.findings.find((f) => f.file === 'malicious/torch-system.pt');
    expect(torch?.message).toMatch(
      /imports (posix|os)\.system and calls it \((GLOBAL|STACK_GLOBAL) at offset \d+ in archive\/data\.pkl\)/,
    );
    const memo = report.findings.find((f) => f.file === 'malicious/stack-global-memo.pkl');
    expect(memo?.message).toContain('imports os.system and calls it (STACK_GLOBAL at offset 20)');
    const hidden = report.findings.find((f) => f.file === 'malicious/stack-global-computed.pkl');
    expect(hidden?.rule).toBe('pickle-hidden-import');
    const npz = report.findings.find((f) => f.file === 'malicious/object-array.npz');
    expect(npz?.message).toContain('in evil.npy');
  });

  it('never reads the tensor payloads of a PyTorch archive', () => {
    const { report } = scan('benign');
    const pt = report.checks[0]!.details.artifacts.find((a) => a.file === 'benign/state-dict.pt');
    expect(pt).toBeDefined();
    // data.pkl is read; the 1 MiB of data/0 is not.
    expect(pt!.size).toBeGreaterThan(1024 * 1024);
    expect(pt!.bytesRead).toBeLessThan(64 * 1024);
  });
});
