/**
 * Hostile documents through the built CLI: nesting past the documented limit (JSON, YAML flow,
 * YAML block, YAML aliases) and UTF-16 text, in documents, configs, metrics, manifests and run
 * metadata. Each gets one line naming the file (and where the limit was crossed), never a stack
 * trace or a RangeError, with the exit code its surface uses (1 for a validate finding, 2 for an
 * input error).
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { tempRepo, type FileTree, type TempRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function project(files: FileTree): string {
  repo = tempRepo(files);
  return repo.dir;
}

const utf16le = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => {
  const body = Buffer.from(text, 'utf16le').swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
};

/** No sign of a crash anywhere in the output. */
function expectNoCrash(output: string): void {
  expect(output).not.toMatch(/Maximum call stack|RangeError|\n\s+at /);
}

const ENVELOPE = ['--schema', 'model-request-envelope.v1'];

describe('nesting deeper than 256 levels', () => {
  const blockMaps = (levels: number): string =>
    Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' v\n';

  it.each([
    ['flow.yaml', `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, '1:259'],
    ['flowmap.yaml', `${'{a: '.repeat(1000)}1${'}'.repeat(1000)}\n`, '1:1025'],
    ['block.yaml', blockMaps(1000), '257:257'],
    ['seq.yaml', `${'- '.repeat(1000)}1\n`, '1:513'],
    ['deep.json', `${'['.repeat(1000)}${']'.repeat(1000)}`, '1:257'],
    [
      'alias.yaml',
      `a: &a ${'['.repeat(200)}${']'.repeat(200)}\nb: ${'['.repeat(60)}*a${']'.repeat(60)}\n`,
      '2:64',
    ],
  ])('validate %s: one refused finding where the limit was crossed, exit 1', (file, text, at) => {
    const dir = project({ [file]: text });
    const r = runCli(['validate', file, ...ENVELOPE], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expectNoCrash(r.stdout + r.stderr);
    const [line, column] = at.split(':');
    expect(r.stdout).toMatch(
      new RegExp(`${line}:${column}\\s+high\\s+refused: nested deeper than 256 levels`),
    );
  });

  it('a config nested too deep is an input error: exit 2, one line at file:line:col', () => {
    const dir = project({
      '.pipeguard.yml': `version: 1\nsecrets:\n  paths: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
    });
    const r = runCli(['secrets'], { cwd: dir });
    expect(r.code).toBe(2);
    expectNoCrash(r.stdout + r.stderr);
    expect(r.stdout + r.stderr).toContain(
      '.pipeguard.yml:3:264: refused: nested deeper than 256 levels',
    );
  });

  it('an alias that repeats its own ancestor is refused, not expanded forever', () => {
    const dir = project({ 'loop.yaml': 'a: &a\n  b: *a\n' });
    const r = runCli(['validate', 'loop.yaml', ...ENVELOPE], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2:6\s+high\s+refused: nested deeper than 256 levels/);
  });
});

describe('UTF-16 text', () => {
  const NOT_SUPPORTED = 'UTF-16 is not supported; save as UTF-8';
  const envelope = '{"$schema": "model-request-envelope.v1", "run_id": "x"}\n';

  it.each([
    ['le.json', utf16le(envelope)],
    ['be.json', utf16be(envelope)],
    ['le.yaml', utf16le('run_id: x\n')],
    ['nobom.json', Buffer.from(envelope, 'utf16le')],
  ])('validate %s: one refused finding naming the encoding, exit 1', (file, bytes) => {
    const dir = project({ [file]: bytes });
    const r = runCli(['validate', file, ...ENVELOPE, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([
      expect.objectContaining({ file, rule: 'refused', message: NOT_SUPPORTED }),
    ]);
  });

  it.each([
    ['little-endian', utf16le('version: 1\n')],
    ['big-endian', utf16be('version: 1\n')],
  ])('a %s config: exit 2, one line naming it', (_order, bytes) => {
    const dir = project({ '.pipeguard.yml': bytes, 'a.txt': 'hello\n' });
    const r = runCli(['secrets'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`.pipeguard.yml: ${NOT_SUPPORTED}`);
  });

  it('eval-gate metrics and policy: exit 2 naming the file', () => {
    const policy = 'version: 1\nmodel: m\nmetrics:\n  acc:\n    direction: higher\n    min: 0.5\n';
    const dir = project({
      'eval-policy.yml': policy,
      'policy16.yml': utf16le(policy),
      'm.json': '{"acc": 0.9}\n',
      'm16.json': utf16le('{"acc": 0.9}\n'),
    });
    expect(runCli(['eval-gate', '--metrics', 'm.json'], { cwd: dir }).code).toBe(0);
    const metrics = runCli(['eval-gate', '--metrics', 'm16.json'], { cwd: dir });
    expect(metrics.code).toBe(2);
    expect(metrics.stdout + metrics.stderr).toContain(`m16.json: ${NOT_SUPPORTED}`);
    const policy16 = runCli(['eval-gate', '--metrics', 'm.json', '--policy', 'policy16.yml'], {
      cwd: dir,
    });
    expect(policy16.code).toBe(2);
    expect(policy16.stdout + policy16.stderr).toContain(`policy16.yml: ${NOT_SUPPORTED}`);
  });

  it('a UTF-16 checksum manifest is one finding on line 1, not a line-by-line cascade', () => {
    const digest = createHash('sha256').update('hi\n').digest('hex');
    const dir = project({
      'runs/r1/artifact/a.txt': 'hi\n',
      'runs/r1/artifact/checksum.sha256': utf16le(`${digest}  a.txt\n`),
    });
    const r = runCli(['checksums', 'verify', 'runs/r1/artifact', '--format', 'json'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const malformed = JSON.parse(r.stdout).findings.filter(
      (f: { rule: string }) => f.rule === 'malformed-line',
    );
    expect(malformed).toEqual([expect.objectContaining({ line: 1, message: NOT_SUPPORTED })]);
  });

  it('provenance stamp over a UTF-16 meta.json: exit 2 naming it', () => {
    const dir = project({
      'runs/run-1/artifact/model.bin': Buffer.from([0, 1, 2]),
      'runs/run-1/meta.json': utf16le('{"run_id": "run-1"}\n'),
    });
    const r = runCli(['provenance', 'stamp', 'runs/run-1'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`runs/run-1/meta.json: ${NOT_SUPPORTED}`);
  });
});
