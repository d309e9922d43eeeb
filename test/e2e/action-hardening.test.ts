/**
 * The built Action under the runner's contract when inputs, file names or the runner's own files
 * are hostile or broken (issue 13 items 12, 16, 17, 19): every input checked before any check
 * runs, PR-controlled names escaped in every channel, failed writes named and fail closed, and the
 * SARIF kept within GitHub's limits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionInputNames, COMMON_INPUTS } from '../../src/action-inputs.js';
import { printable } from '../../src/report/escape.js';
import { tableRows } from '../helpers/markdown.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { CLI_BUNDLE, cleanEnv, REPO_ROOT, runAction, type ActionResult } from '../helpers/run.js';
import { Fake, fakePem } from '../secrets/fake-keys.js';

let repo: TempRepo | undefined;
const cleanups: Array<() => void> = [];
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
  while (cleanups.length) cleanups.pop()!();
});

const fake = new Fake(1313);
const groqKey = (): string => ['gsk', '_', fake.alnum(52)].join('');

/** No check ran: neither the text report nor the verdict line reached the log. */
function expectNoCheckRan(result: ActionResult): void {
  expect(result.stdout).not.toMatch(/^[✔✖!] /m);
  expect(result.stdout).not.toMatch(/pipeguard \d+\.\d+\.\d+: /);
  expect(result.outputs['report-file']).toBeUndefined();
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::error'));
}

describe('item 16: every input is checked before any check runs', () => {
  it.each([
    '',
    'secrets',
    'pii',
    'validate',
    'checksums',
    'models',
    'deps',
    'eval-gate',
    'provenance',
  ])('%s action.yml declares only inputs the code reads and checks', (sub) => {
    const file = path.join(REPO_ROOT, sub, 'action.yml');
    const declared = Object.keys(parseYaml(readFileSync(file, 'utf8')).inputs);
    const read = actionInputNames(sub || undefined);
    expect(declared.filter((name) => !read.includes(name))).toEqual([]);
    expect(declared).toEqual(expect.arrayContaining([...COMMON_INPUTS]));
  });

  const cases: Array<[string, string | undefined, Record<string, string>, RegExp]> = [
    [
      'format xml',
      undefined,
      { format: 'xml' },
      /^input format must be one of text, json, sarif; got xml$/,
    ],
    [
      'fail-on urgent',
      undefined,
      { 'fail-on': 'urgent' },
      /^input fail-on must be one of low, medium, high, critical; got urgent$/,
    ],
    [
      'an unknown check',
      undefined,
      { checks: 'secrets, sbom' },
      /^input checks must be one of checklist, secrets, pii, validate, checksums, models, deps, eval-gate, provenance; got sbom$/,
    ],
    [
      'a missing working-directory',
      undefined,
      { 'working-directory': 'nope' },
      /^input working-directory \(.*\/nope\): does not exist$/,
    ],
    [
      'a config that is a directory',
      undefined,
      { config: 'sub' },
      /^input config \(.*\/sub\): not a file$/,
    ],
    [
      'an output that is a directory',
      undefined,
      { output: 'sub' },
      /^input output \(.*\/sub\): is a directory, not a file$/,
    ],
    [
      'a boolean that is not one',
      'secrets',
      { tree: 'yes' },
      /^input tree must be one of true, false; got yes$/,
    ],
    [
      'an unknown command',
      'checksums',
      { command: 'delete' },
      /^input command must be one of verify, write; got delete$/,
    ],
    [
      "another command's input",
      'checksums',
      { 'run-id': 'r1' },
      /^input run-id is for command write; this step runs command verify$/,
    ],
    [
      'paths for a command without paths',
      'eval-gate',
      { paths: 'x.yml' },
      /^input paths is not used by command eval-gate$/,
    ],
    [
      'a bad format on a sub-action',
      'provenance',
      { format: 'html', command: 'verify' },
      /^input format must be one of text, json, sarif; got html$/,
    ],
  ];

  it.each(cases)('%s → one ::error:: line, status error, exit 2', (_name, entry, inputs, line) => {
    repo = tempRepo({ 'sub/keep': '', 'app.py': `key = "${groqKey()}"\n` });
    const result = runAction({ entry, workspace: repo.dir, inputs });
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.outputs.status).toBe('error');
    const errors = errorLines(result.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.replace(/^::error::/, '')).toMatch(line);
    expectNoCheckRan(result);
    expect(result.summary).toContain('pipeguard: error');
    expect(result.stdout + result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('valid inputs still run the checks', () => {
    repo = tempRepo({ 'app.py': 'print(1)\n' });
    const result = runAction({
      entry: 'secrets',
      workspace: repo.dir,
      inputs: { tree: 'True', format: 'text', 'fail-on': 'high' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.status).toBe('pass');
    expect(result.reportText).toContain('secrets: no secrets');
  });
});

/** Names a PR can commit: each breaks a table, a row, markup, a log line or a workflow command. */
const HOSTILE_NAMES = [
  'pipe|tick`lt<b>gt&amp;.py',
  'new\nline.py',
  'carriage\rreturn.py',
  '::warning::injected.py',
  'comma,colon:percent%0A.py',
  'esc\x1b[31mred.py',
  '[link](https:evil.example)*em*_u_~s~.py',
];

describe('item 17: file names from the PR are escaped in every channel', () => {
  it('summary table, annotations and log of a scan of hostile file names in a real repo', () => {
    const files: Record<string, string> = {};
    // At the root: the log's file header line is then the bare name (a command, unless stopped).
    for (const name of HOSTILE_NAMES) files[name] = `key = "${groqKey()}"\n`;
    repo = tempRepo(files);
    expect(repo.git('ls-files', '-z').split('\0').filter(Boolean)).toHaveLength(
      HOSTILE_NAMES.length,
    );
    const result = runAction({ entry: 'secrets', workspace: repo.dir, inputs: { tree: 'true' } });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.findings).toBe(String(HOSTILE_NAMES.length));

    // The summary: exactly one row per finding, each location the name as shown, no markup.
    const rows = tableRows(result.summary, '| Severity | Check | Rule | Location | Message |');
    expect(rows).toHaveLength(HOSTILE_NAMES.length);
    expect(rows.map((cells) => cells[3]!.text).sort()).toEqual(
      HOSTILE_NAMES.map((name) => printable(`${name}:1`)).sort(),
    );
    for (const cells of rows) {
      expect(cells).toHaveLength(5);
      expect(cells.some((c) => c.markup)).toBe(false);
    }
    expect(result.summary).not.toMatch(/<b>|<\/?[a-z]+>/i);

    // Annotations: the real path comes back through the workflow-command encoding, and nothing
    // in a file name became a command of its own.
    const located = result.annotations.filter((a) => a.properties.file);
    expect(located.map((a) => a.properties.file).sort()).toEqual([...HOSTILE_NAMES].sort());
    expect(result.annotations.filter((a) => /injected/.test(a.message))).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);

    // The log: every name on one line, shown escaped; no terminal escape reaches a log line (the
    // annotation's file property keeps the real path, inside the command the runner consumes).
    for (const name of HOSTILE_NAMES) expect(result.stdout).toContain(`  ${printable(name)}\n`);
    const escapes = result.stdout
      .split('\n')
      .filter((l) => l.includes('\x1b') && !/^::(error|warning|notice) /.test(l));
    expect(escapes).toEqual([]);
    expect(result.stdout).not.toMatch(/\r/);
  });
});

describe('item 12: GITHUB_STEP_SUMMARY / GITHUB_OUTPUT that cannot be written', () => {
  function failingRepo(): TempRepo {
    repo = tempRepo({ 'app.py': `key = "${groqKey()}"\n` });
    return repo;
  }

  it('a summary path that is a directory: one line naming it, status error, exit 2, verdict kept', () => {
    const r = failingRepo();
    const dir = path.join(r.dir, '..', `${path.basename(r.dir)}-summary-dir`);
    mkdirSync(dir);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const result = runAction({
      entry: 'secrets',
      workspace: r.dir,
      inputs: { tree: 'true' },
      env: { GITHUB_STEP_SUMMARY: dir },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      `::error::cannot write GITHUB_STEP_SUMMARY (${dir}): EISDIR: illegal operation on a directory\n`,
    );
    // The gate's verdict is still in the log, and the outputs say error, never pass.
    expect(result.stdout).toMatch(/^::error::pipeguard fail: secrets: /m);
    expect(result.outputs.status).toBe('error');
    expect(result.outputs.findings).toBe('1');
    expect(result.stdout + result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a full device for the summary of a passing run: ENOSPC named, exit 2, not a pass', () => {
    repo = tempRepo({ 'app.py': 'print(1)\n' });
    const result = runAction({
      entry: 'secrets',
      workspace: repo.dir,
      inputs: { tree: 'true' },
      env: { GITHUB_STEP_SUMMARY: '/dev/full' },
    });
    expect(result.code).toBe(2);
    expect(errorLines(result.stdout)).toEqual([
      '::error::cannot write GITHUB_STEP_SUMMARY (/dev/full): ENOSPC: no space left on device',
    ]);
    expect(result.outputs.status).toBe('error');
  });

  it('a full device for the outputs: named, exit 2, the verdict still printed', () => {
    const r = failingRepo();
    const result = runAction({
      entry: 'secrets',
      workspace: r.dir,
      inputs: { tree: 'true' },
      env: { GITHUB_OUTPUT: '/dev/full' },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      '::error::cannot write GITHUB_OUTPUT (/dev/full): ENOSPC: no space left on device\n',
    );
    expect(result.stdout).toMatch(/^::error::pipeguard fail: secrets: /m);
    expect(result.summary).toContain('pipeguard: fail');
  });

  it('a bad input with an unwritable summary: both lines, status error, exit 2', () => {
    repo = tempRepo({ 'app.py': 'print(1)\n' });
    const result = runAction({
      workspace: repo.dir,
      inputs: { format: 'xml' },
      env: { GITHUB_STEP_SUMMARY: '/dev/full' },
    });
    expect(result.code).toBe(2);
    expect(errorLines(result.stdout)).toEqual([
      '::error::input format must be one of text, json, sarif; got xml',
      '::error::cannot write GITHUB_STEP_SUMMARY (/dev/full): ENOSPC: no space left on device',
    ]);
    expect(result.outputs.status).toBe('error');
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!root)('as root: a summary on a full tmpfs → ENOSPC named, exit 2', () => {
    const mount = mkdtempSync(path.join(tmpdir(), 'pipeguard-full-'));
    cleanups.push(() => rmSync(mount, { recursive: true, force: true }));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
    if (mounted.status !== 0) return; // no mount namespace rights here: /dev/full covers ENOSPC
    cleanups.push(() => execFileSync('umount', [mount]));
    const summary = path.join(mount, 'summary');
    writeFileSync(summary, '');
    // Fill the file system: the summary file exists, but no block is left for it.
    spawnSync('dd', ['if=/dev/zero', `of=${path.join(mount, 'fill')}`, 'bs=4k'], {
      stdio: 'ignore',
    });
    const r = failingRepo();
    const result = runAction({
      entry: 'secrets',
      workspace: r.dir,
      inputs: { tree: 'true' },
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      `::error::cannot write GITHUB_STEP_SUMMARY (${summary}): ENOSPC: no space left on device\n`,
    );
    expect(result.stdout).toMatch(/^::error::pipeguard fail: secrets: /m);
    expect(result.outputs.status).toBe('error');
  });
});

describe('item 19: SARIF within GitHub code scanning limits, from the built CLI', () => {
  it('26,000 planted secrets → 25,000 results, the critical ones kept, 1,000 left out and said so', () => {
    repo = tempRepo();
    // 25,995 high findings spread over 52 files, then 5 critical private keys in the file that
    // sorts last: a cut in file order would drop them.
    let left = 25_995;
    for (let f = 0; left > 0; f++) {
      const n = Math.min(500, left);
      left -= n;
      const lines = Array.from({ length: n }, (_, i) => `k${i} = "${groqKey()}"`);
      repo.write({ [`keys/k${String(f).padStart(2, '0')}.py`]: `${lines.join('\n')}\n` });
    }
    repo.write({
      'zz/keys.pem': Array.from({ length: 5 }, () => fakePem('PRIVATE KEY', 200)).join('\n\n'),
    });
    repo.commitAll('planted');
    const out = path.join(repo.dir, '..', `${path.basename(repo.dir)}.sarif`);
    cleanups.push(() => rmSync(out, { force: true }));
    // The text report of 26,000 findings on stdout is larger than runCli's buffer.
    const result = spawnSync(
      process.execPath,
      [CLI_BUNDLE, 'secrets', '--format', 'sarif', '--output', out, '.'],
      { cwd: repo.dir, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 30, timeout: 300_000 },
    );
    expect(result.status, result.stderr).toBe(1);
    const run = JSON.parse(readFileSync(out, 'utf8')).runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(
      run.results.filter(
        (r: { properties: { severity: string } }) => r.properties.severity === 'critical',
      ),
    ).toHaveLength(5);
    expect(run.properties['pipeguard/omittedResults']).toBe(1_000);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(
      /^SARIF: 1000 of 26000 finding\(s\) left out/,
    );
  });
});
