/**
 * The audit log on a real full disk (tmpfs): an append lands whole or not at all, and a torn last
 * line (no newline) is reported by the next append and by `eval-gate --replay`, never glued onto.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAN_MOUNT, fillDisk, mountTmpfs, type Mounted } from '../helpers/faults.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { REPO_ROOT, runCli } from '../helpers/run.js';

const TORN = '{"schema_version":"1","time":"2026-';

let disk: Mounted | undefined;
let repo: TempRepo | undefined;
let dir: string | undefined;
afterEach(() => {
  disk?.unmount();
  disk = undefined;
  repo?.cleanup();
  repo = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Every line of the log parses as a JSON object (no glued or torn record). */
function records(log: string): Array<Record<string, unknown>> {
  const text = readFileSync(log, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe.skipIf(!CAN_MOUNT)('an audit append on a full disk (real tmpfs)', () => {
  it('leaves the log exactly as it was, exits 2 naming it; the next append lands whole', () => {
    disk = mountTmpfs('64k')!;
    const log = path.join(disk.dir, 'audit.jsonl');
    // 4000 bytes: the last page has 96 bytes free, so the append's write comes up short.
    const earlier = `${JSON.stringify({ note: 'x'.repeat(3988) })}\n`;
    expect(earlier.length).toBe(4000);
    writeFileSync(log, earlier);
    writeFileSync(path.join(disk.dir, 'clean.txt'), 'nothing to see\n');
    const filler = fillDisk(disk.dir);

    const full = runCli(['secrets', 'clean.txt', '--audit-log', 'audit.jsonl'], {
      cwd: disk.dir,
    });
    expect(full.code).toBe(2);
    expect(full.stdout).toContain('cannot write audit.jsonl: no space left on device');
    expect(full.stdout).not.toContain('internal error');
    expect(readFileSync(log, 'utf8')).toBe(earlier);

    rmSync(filler);
    const next = runCli(['secrets', 'clean.txt', '--audit-log', 'audit.jsonl'], {
      cwd: disk.dir,
    });
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(next.stderr).not.toContain('torn');
    const all = records(log);
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ check: 'secrets', decision: 'allowed' });
  });
});

describe('a torn last line', () => {
  it('the next append warns with file:line and starts on a fresh line', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-audit-'));
    writeFileSync(path.join(dir, 'clean.txt'), 'nothing to see\n');
    const log = path.join(dir, 'audit.jsonl');
    writeFileSync(log, `{"earlier":true}\n${TORN}`);

    const result = runCli(['secrets', 'clean.txt', '--audit-log', 'audit.jsonl'], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'warning: audit.jsonl:2: audit record without a trailing newline (torn by a crash or a full disk)',
    );
    const lines = readFileSync(log, 'utf8').split('\n');
    expect(lines[1]).toBe(TORN);
    expect(JSON.parse(lines[2]!)).toMatchObject({ check: 'secrets' });
  });

  it('provenance stamp, reading approvals from the log, warns about it and stamps', () => {
    repo = tempRepo({ 'runs/r1/artifact/model.onnx': 'weights' });
    writeFileSync(
      path.join(repo.dir, 'audit.jsonl'),
      '{"schema_version":"1","run_id":"r1","time":"2026-',
    );
    const stamped = runCli(['provenance', 'stamp', 'runs/r1', '--audit-log', 'audit.jsonl'], {
      cwd: repo.dir,
    });
    expect(stamped.code, stamped.stdout + stamped.stderr).toBe(0);
    expect(stamped.stderr).toContain(
      'warning: audit.jsonl:1: audit record without a trailing newline (torn by a crash or a full disk); skipped',
    );
  });

  it('eval-gate --replay warns about it and replays the last whole record', () => {
    repo = tempRepo();
    cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), repo.dir, { recursive: true });
    repo.commitAll('example');
    const run = 'runs/run-2026-11-21-candidate';
    const gate = runCli(
      [
        'eval-gate',
        '--metrics',
        `${run}/metrics.json`,
        '--manifest',
        `${run}/artifact/checksum.sha256`,
        '--audit-log',
        'audit.jsonl',
      ],
      { cwd: repo.dir },
    );
    expect([0, 12], gate.stdout + gate.stderr).toContain(gate.code);
    writeFileSync(
      path.join(repo.dir, 'audit.jsonl'),
      readFileSync(path.join(repo.dir, 'audit.jsonl'), 'utf8') + TORN,
    );

    const replayed = runCli(['eval-gate', '--replay', 'audit.jsonl'], { cwd: repo.dir });
    expect(replayed.stderr).toContain(
      'warning: audit.jsonl:2: audit record without a trailing newline (torn by a crash or a full disk); skipped',
    );
    expect(replayed.stdout).toMatch(/agrees: audit\.jsonl:1 recorded/);
    expect(replayed.code, replayed.stdout).toBe(0);

    const pinned = runCli(['eval-gate', '--replay', 'audit.jsonl:2'], { cwd: repo.dir });
    expect(pinned.code).toBe(2);
    expect(pinned.stdout).toContain('audit.jsonl:2: audit record without a trailing newline');
  });
});
