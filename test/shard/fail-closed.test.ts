/**
 * `pipeguard report merge` fails closed (issue 18): every way shard reports can fail to add up to
 * one run is exit 2 with one line saying why, never a pass.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, tempRepo, type TempRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';
import { Fake } from '../secrets/fake-keys.js';
import { merge, runShards, type ShardedRun } from './helpers.js';

const fake = new Fake(1819);
const token = (): string => `${['gh', 'p_'].join('')}${fake.alnum(36)}`;

let repo: TempRepo;
let out: { dir: string; cleanup: () => void };
let shards: ShardedRun;

beforeAll(() => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++)
    files[`pkg${i % 4}/f${i}.ts`] = i % 5 === 0 ? `const k = "${token()}";\n` : `export {};\n`;
  repo = tempRepo(files);
  out = tempDir('pipeguard-shard-closed-');
  shards = runShards(repo.dir, ['secrets', '--tree'], 3, out.dir);
}, 60_000);

afterAll(() => {
  repo?.cleanup();
  out?.cleanup();
});

/** A copy of shard report `index` (1-based), changed by `edit`. */
interface Editable {
  tool: { version: string };
  checks: Array<{
    findings: unknown[];
    shard: {
      index: number;
      version: string;
      own: { items: number; digest: string };
      work: { items: number; digest: string };
    };
  }>;
}

function tampered(index: number, edit: (report: Editable) => void): string {
  const report = JSON.parse(readFileSync(shards.files[index - 1]!, 'utf8')) as Editable;
  edit(report);
  const file = path.join(out.dir, `tampered-${index}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

function expectRefused(reports: string[], message: RegExp, extra: string[] = []): void {
  const run = merge(reports, [...extra, '--format', 'json', '--output', '-']);
  expect(run.code, run.stderr).toBe(2);
  const report = JSON.parse(run.stdout) as {
    status: string;
    checks: Array<{ status: string; summary: string }>;
  };
  expect(report.status).toBe('error');
  expect(report.checks).toHaveLength(1);
  expect(report.checks[0]!.summary).toMatch(message);
  // The text form says the same on one line.
  const text = merge(reports, extra);
  expect(text.code).toBe(2);
  expect(text.stdout).toMatch(message);
}

const s1 = (): string => shards.files[0]!;
const s2 = (): string => shards.files[1]!;
const s3 = (): string => shards.files[2]!;

describe('report merge refuses, exit 2', () => {
  it('the complete set merges (the baseline for every case below)', () => {
    const run = merge([s1(), s2(), s3()]);
    expect(run.code, run.stderr).toBe(1);
  });

  it('a check --checks names that no shard reported (its step never ran), or an unknown name', () => {
    expectRefused(
      [s1(), s2(), s3()],
      /no shard report holds validate \(--checks names it\): a check the matrix did not run cannot pass/,
      ['--checks', 'secrets,validate'],
    );
    expectRefused([s1(), s2(), s3()], /--checks names unknown check\(s\) sbom/, [
      '--checks',
      'secrets sbom',
    ]);
    const named = merge([s1(), s2(), s3()], ['--checks', 'secrets']);
    expect(named.code, named.stderr).toBe(1);
  });

  it('a missing shard', () => {
    expectRefused([s1(), s3()], /missing shard\(s\) 2\/3: never a pass without them/);
  });

  it('every shard missing but one, of a passing tree', () => {
    const clean = tempRepo({ 'a.txt': 'a\n', 'b.txt': 'b\n', 'c.txt': 'c\n' });
    try {
      const run = runShards(clean.dir, ['secrets', '--tree'], 4, out.dir, 0);
      expectRefused([run.files[0]!], /missing shard\(s\) 2\/4, 3\/4, 4\/4/);
    } finally {
      clean.cleanup();
    }
  });

  it('a duplicate shard (the same report twice, or two runs of one shard)', () => {
    const copy = path.join(out.dir, 'copy-of-s2.json');
    copyFileSync(s2(), copy);
    expectRefused(
      [s1(), s2(), copy, s3()],
      /shard 2\/3 twice \(.*copy-of-s2\.json and .*s2\.json\)/,
    );
  });

  it('shards of different commits', () => {
    const other = tempRepo({ 'x.txt': 'x\n' });
    try {
      repo.write({ 'later.txt': 'later\n' });
      repo.commitAll('later');
      const later = runShards(repo.dir, ['secrets', '--tree'], 3, out.dir);
      expectRefused(
        [s1(), s2(), later.files[2]!],
        /shards of different commits: [0-9a-f]{12} in .*, [0-9a-f]{12} in/,
      );
    } finally {
      repo.git('reset', '-q', '--hard', 'HEAD~1');
      other.cleanup();
    }
  });

  it('shards of different configs (a fail-on override counts)', () => {
    const relaxed = runShards(repo.dir, ['secrets', '--tree', '--fail-on', 'critical'], 3, out.dir);
    expectRefused([s1(), s2(), relaxed.files[2]!], /shards of different configs/);
    const config = path.join(out.dir, 'other.yml');
    writeFileSync(config, 'version: 1\nsecrets:\n  exclude: ["nothing/**"]\n');
    const configured = runShards(repo.dir, ['secrets', '--tree', '--config', config], 3, out.dir);
    expectRefused([configured.files[0]!, s2(), s3()], /shards of different configs/);
  });

  it('shards of different options or paths', () => {
    const capped = runShards(repo.dir, ['secrets', '--tree', '--max-file-size', '1MB'], 3, out.dir);
    expectRefused([s1(), capped.files[1]!, s3()], /shards of different options or paths/);
  });

  it('a report of another pipeguard version, or a shard recording another version', () => {
    expectRefused(
      [s1(), s2(), tampered(3, (r) => (r.tool.version = '0.9.0'))],
      /written by pipeguard 0\.9\.0, merged by \d+\.\d+\.\d+: run every shard and the merge with one version/,
    );
    expectRefused(
      [s1(), s2(), tampered(3, (r) => (r.checks[0]!.shard.version = '0.9.0'))],
      /shards of different pipeguard versions/,
    );
  });

  it('shards of different shard counts', () => {
    const four = runShards(repo.dir, ['secrets', '--tree'], 4, out.dir);
    expectRefused([s1(), s2(), four.files[2]!], /shards of different shard counts/);
  });

  it('shards that saw different work lists (an untracked file on one runner)', () => {
    repo.write({ 'untracked.txt': 'only here\n' });
    try {
      const more = runShards(repo.dir, ['secrets', '--tree'], 3, out.dir);
      expectRefused(
        [s1(), s2(), more.files[2]!],
        /shards saw different work lists \(30 files in .*, 31 in/,
      );
    } finally {
      repo.git('clean', '-fdq');
    }
  });

  it("work lists that do not add up: a shard's count or its list changed", () => {
    expectRefused(
      [s1(), tampered(2, (r) => (r.checks[0]!.shard.own.items += 1)), s3()],
      /the shards' work does not add up to the whole \(31 of 30 files\)/,
    );
    expectRefused(
      [s1(), tampered(2, (r) => (r.checks[0]!.shard.own.digest = 'f'.repeat(64))), s3()],
      /does not add up to the whole \(30 of 30 files, different items\)/,
    );
    // A shard that dropped a file, its digest consistent: the count betrays it.
    expectRefused(
      [
        tampered(1, (r) => {
          r.checks[0]!.shard.own.items -= 1;
          r.checks[0]!.shard.work.items -= 1;
        }),
        s2(),
        s3(),
      ],
      /shards saw different work lists/,
    );
  });

  it('an unsharded report mixed in', () => {
    const full = path.join(out.dir, 'full.json');
    runCli(['secrets', '--tree', '--format', 'json', '--output', full], { cwd: repo.dir });
    expectRefused(
      [s1(), s2(), s3(), full],
      /secrets did not run as a shard \(no --shard I\/N\): an unsharded report cannot be merged with shards/,
    );
    expectRefused([full], /did not run as a shard/);
  });

  it('a shard that stopped with an error', () => {
    const dir = path.join(out.dir, 'errored');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 's2.json');
    const run = runCli(
      ['secrets', '--staged', '--shard', '2/3', '--format', 'json', '--output', file],
      { cwd: repo.dir },
    );
    expect(run.code).toBe(2);
    expectRefused(
      [s1(), file, s3()],
      /stopped with an error: --shard splits a tree or history scan/,
    );
  });

  it('files that are not shard reports: malformed, truncated, another tool, empty, a symlink', () => {
    const write = (name: string, text: string): string => {
      const file = path.join(out.dir, name);
      writeFileSync(file, text);
      return file;
    };
    expectRefused([s1(), write('bad.json', '{"tool":')], /bad\.json: is not a JSON report/);
    expectRefused(
      [s1(), write('truncated.json', readFileSync(s2(), 'utf8').slice(0, 200))],
      /truncated\.json: is not a JSON report/,
    );
    expectRefused(
      [write('sarif.json', '{"version":"2.1.0","runs":[]}')],
      /not a pipeguard JSON report: no tool\.name/,
    );
    expectRefused(
      [tampered(1, (r) => (r.checks[0]!.shard.index = 0)), s2(), s3()],
      /checks\[0\]\.shard is malformed/,
    );
    expectRefused(
      [tampered(1, (r) => (r.checks[0]!.findings[0] = { rule: 'x' })), s2(), s3()],
      /checks\[0\]\.findings\[0\] is not a finding/,
    );
    const empty = path.join(out.dir, 'empty-dir');
    mkdirSync(empty, { recursive: true });
    expectRefused([empty], /no \*\.json report in .*empty-dir: nothing to merge/);
    const link = path.join(out.dir, 'link.json');
    symlinkSync(s3(), link);
    expectRefused([s1(), s2(), link], /link\.json: is a symbolic link, which is never followed/);
    expectRefused(
      [s1(), s2(), path.join(out.dir, 'nope.json')],
      /nope\.json: no such file or directory/,
    );
    const none = runCli(['report', 'merge']);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/report merge needs the shard reports/);
  });
});

describe('--shard is checked before anything runs', () => {
  it.each(['0/3', '4/3', '1/0', '2', 'a/b', '1/300', '01/3', '1/3/5', ' 1/3', '-1/3'])(
    '--shard %s is refused with exit 2',
    (value) => {
      const run = runCli(['secrets', '--tree', `--shard=${value}`], { cwd: repo.dir });
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/--shard must be I\/N with 1 ≤ I ≤ N ≤ 256/);
    },
  );

  it.each([
    [['secrets', '--staged'], /--shard splits a tree or history scan; --staged scans one change/],
    [['secrets', '--diff', 'HEAD~1...HEAD'], /--diff scans one change, run it unsharded/],
    [['secrets', '--tree', '--write-baseline', 'b.json'], /--write-baseline needs every finding/],
  ])('%j with --shard is refused', (args, message) => {
    const run = runCli([...args, '--shard', '1/2'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
  });

  it('checksums write has no --shard', () => {
    const run = runCli(['checksums', 'write', 'pkg0', '--shard', '1/2'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--shard'/);
  });
});
