/**
 * `pipeguard secrets -` scans standard input as one file (secretlint's --stdinFileName, gitleaks
 * stdin): named by --stdin-filename in findings and exclude globs, masked as always, bounded, and
 * never a silent pass for content it cannot scan. Through the built CLI, from outside any git
 * repository as a pipe would run it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { FAKE } from './fake-keys.js';
import { cleanupTemps, tempDir } from './helpers.js';

afterAll(cleanupTemps);

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    status: string;
    findings: Array<{ file: string; line: number; column: number; rule: string; message: string }>;
  };

describe('pipeguard secrets -', () => {
  it('finds a secret on standard input, named by --stdin-filename, masked', () => {
    const cwd = tempDir();
    const input = `# deploy settings\nOPENAI_API_KEY=${FAKE.openai}\n`;
    const run = runCli(
      ['--format', 'json', '--output', '-', 'secrets', '-', '--stdin-filename', 'config/.env'],
      { cwd, input },
    );
    expect(run.code, run.stderr).toBe(1);
    const report = json(run.stdout);
    expect(report.findings).toEqual([
      expect.objectContaining({ file: 'config/.env', line: 2, column: 16, rule: 'openai-api-key' }),
    ]);
    expect(run.stdout + run.stderr).not.toContain(FAKE.openai);
  });

  it('clean input passes, named stdin by default', () => {
    const run = runCli(['secrets', '-'], { cwd: tempDir(), input: 'hello\n' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('no secrets in standard input (stdin)');
  });

  it('the config applies to the name: an excluded name is not reported', () => {
    const cwd = tempDir();
    writeFileSync(
      path.join(cwd, '.pipeguard.yml'),
      'version: 1\nsecrets:\n  exclude: ["fixtures/**"]\n',
    );
    const input = `token = "${FAKE.openai}"\n`;
    const excluded = runCli(['secrets', '-', '--stdin-filename', 'fixtures/a.py'], { cwd, input });
    expect(excluded.code, excluded.stdout).toBe(0);
    const kept = runCli(['secrets', '-', '--stdin-filename', 'src/a.py'], { cwd, input });
    expect(kept.code, kept.stdout).toBe(1);
    expect(kept.stdout).toContain('src/a.py');
  });

  it.each([
    [['secrets', '-', 'README.md'], '- (standard input) cannot be combined with other paths'],
    [['secrets', '-', '--staged'], '- (standard input) cannot be combined with --staged'],
    [['secrets', '-', '--write-baseline', 'b.json'], '--write-baseline needs files'],
    [['secrets', '--stdin-filename', 'x.env'], '--stdin-filename names standard input'],
    [['secrets', '-', '--stdin-filename', '../../etc/passwd'], 'must be a path inside the root'],
    [['secrets', '-', '--stdin-filename', '/etc/passwd'], 'must be a path inside the root'],
  ])('usage errors exit 2 with one line: %j', (args, message) => {
    const run = runCli(args, { cwd: tempDir(), input: 'x\n' });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain(message);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('input over the size cap or binary is an input error (exit 2), never a pass', () => {
    const cwd = tempDir();
    const big = runCli(['secrets', '-', '--max-file-size', '1KB'], {
      cwd,
      input: `${'a'.repeat(2000)}\nOPENAI_API_KEY=${FAKE.openai}\n`,
    });
    expect(big.code).toBe(2);
    expect(big.stdout + big.stderr).toContain('standard input is larger than the size cap');
    const binary = runCli(['secrets', '-'], { cwd, input: `\u0000${FAKE.openai}` });
    expect(binary.code).toBe(2);
    expect(binary.stdout + binary.stderr).toContain('standard input is binary');
  });
});
