/** The CLI's conventions, as its peers have them: global options anywhere, help, version, quiet, stdout reports. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, tempRepo, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runCli } from '../helpers/run.js';
import { FAKE } from '../secrets/fake-keys.js';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

describe('pipeguard CLI options', () => {
  it('takes global options before the command, in either spelling', () => {
    repo = tempRepo({ 'app.py': 'print("hello")\n' });
    for (const args of [
      ['--format', 'json', 'secrets'],
      ['--format=json', 'secrets'],
      ['secrets', '--format', 'json'],
    ]) {
      const run = runCli(args, { cwd: repo.dir });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).checks[0].check).toBe('secrets');
    }
    const none = runCli(['--format', 'json'], { cwd: repo.dir });
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('pipeguard: no command given (see: pipeguard help)');
  });

  it('has help [command] and version commands', () => {
    expect(runCli(['version']).stdout.trim()).toBe(pkg.version);
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
    const help = runCli(['help', 'checksums', 'verify']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pipeguard checksums verify /);
    expect(runCli(['help']).stdout).toContain('Global options:');
    const unknown = runCli(['help', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim()).toBe('pipeguard: unknown command: nope');
  });

  it('--quiet prints nothing when every check passes and only the failing checks otherwise', () => {
    repo = tempRepo({ 'app.py': 'print("hello")\n', '.gitignore': '.env\n' });
    const pass = runCli(['-q', 'check', 'secrets', 'checklist'], { cwd: repo.dir });
    expect(pass.code).toBe(0);
    expect(pass.stdout).toBe('');

    repo.write({ 'config.py': `TOKEN = "${FAKE.github}"\n` });
    const fail = runCli(['check', 'secrets', 'checklist', '--quiet'], { cwd: repo.dir });
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('secrets');
    expect(fail.stdout).toContain('config.py');
    expect(fail.stdout).not.toContain('checklist');
  });

  it('--output - writes the report itself to stdout, and nothing else', () => {
    repo = tempRepo({ 'app.py': 'print("hello")\n' });
    const run = runCli(['secrets', '--format', 'sarif', '--output', '-'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe('2.1.0');
    const text = runCli(['--output=-', 'secrets'], { cwd: repo.dir });
    expect(text.stdout).toContain('secrets');
    expect(() => readFileSync(path.join(repo!.dir, '-'))).toThrow();
  });

  it('checks paths outside the working directory as their own root (git top level, else the directory)', () => {
    repo = tempRepo({ 'src/config.py': `TOKEN = "${FAKE.github}"\n`, 'ok.yaml': 'a: 1\n' });
    const elsewhere = tempDir();
    const models = tempDir();
    try {
      // A git repository by absolute path and by a relative path that leaves the cwd.
      const secrets = runCli(['secrets', path.join(repo.dir, 'src'), '--format', 'json'], {
        cwd: elsewhere.dir,
      });
      expect(secrets.code, secrets.stdout + secrets.stderr).toBe(1);
      expect(JSON.parse(secrets.stdout).findings[0].file).toBe('src/config.py');
      const relative = path.relative(elsewhere.dir, path.join(repo.dir, 'ok.yaml'));
      const validate = runCli(['validate', relative, '--schema', 'pipeguard-config.v1'], {
        cwd: elsewhere.dir,
      });
      expect(validate.stdout).toContain('ok.yaml');
      // A plain directory: checksums written and verified there, tampering still found.
      mkdirSync(path.join(models.dir, 'run1'));
      writeFileSync(path.join(models.dir, 'run1', 'model.bin'), 'weights');
      const run1 = path.join(models.dir, 'run1');
      expect(runCli(['checksums', 'write', run1], { cwd: elsewhere.dir }).code).toBe(0);
      expect(runCli(['checksums', 'verify', run1], { cwd: elsewhere.dir }).code).toBe(0);
      writeFileSync(path.join(run1, 'model.bin'), 'tampered');
      const tampered = runCli(['checksums', 'verify', run1], { cwd: elsewhere.dir });
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toContain('model.bin');
      // The symlink rule holds inside that root.
      writeFileSync(path.join(run1, 'model.bin'), 'weights');
      symlinkSync(path.join(repo.dir, 'ok.yaml'), path.join(run1, 'escape.yaml'));
      const escaped = runCli(['checksums', 'verify', run1], { cwd: elsewhere.dir });
      expect(escaped.code).not.toBe(0);
      expect(escaped.stdout).toContain('escape.yaml');
      // A link to a directory, named from outside: checked where it really is.
      symlinkSync(path.join(repo.dir, 'src'), path.join(elsewhere.dir, 'src-link'));
      const linked = runCli(['secrets', path.join(elsewhere.dir, 'src-link'), '--format', 'json'], {
        cwd: models.dir,
      });
      expect(linked.code, linked.stdout + linked.stderr).toBe(1);
      expect(JSON.parse(linked.stdout).findings[0].file).toBe('src/config.py');
      // Paths from two roots at once: refused, naming both.
      const mixed = runCli(['secrets', repo.dir, run1], { cwd: elsewhere.dir });
      expect(mixed.code).toBe(2);
      expect(mixed.stdout + mixed.stderr).toContain('these paths are in different roots');
    } finally {
      elsewhere.cleanup();
      models.cleanup();
    }
  });

  it('a config with several problems lists them all (exit 2), each at its place', () => {
    repo = tempRepo({
      '.pipeguard.yml': 'version: 1\nfail-on: huge\nsecrets:\n  max-file-size: -3\n  bogus: 1\n',
    });
    const run = runCli(['secrets', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.status).toBe('error');
    expect(report.findings.map((f: { line: number; rule: string }) => [f.line, f.rule])).toEqual([
      [2, 'input-error'],
      [4, 'input-error'],
      [5, 'input-error'],
    ]);
    const text = runCli(['secrets'], { cwd: repo.dir });
    expect(text.stdout).toContain('(3 problems, each listed below)');
    expect(text.stdout).toMatch(/5:3\s+high\s+unknown key `bogus` in `secrets`/);
  });
});
