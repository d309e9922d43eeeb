// Parts 2–4: the modes a pre-commit hook and a PR gate run (1,000 added lines, start-up included),
// a file with 26,000 findings, and peak RSS on a ~200 MiB tree.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { MODE_RUNS, cli, fmt, median, mb, node24, root, work } from './common.mjs';
import { parseReport } from './findings.mjs';
import { generators } from './generators.mjs';
import { measure } from './measure.mjs';
import { walkFiles } from './read-floor.mjs';

const j = (...parts) => parts.join('');

function write(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A repository with a base commit of 20 files; `addLines()` adds 50 lines to each (1,000). */
async function modesRepo() {
  const repo = path.join(work, 'modes-repo');
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@example.test',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@example.test',
      },
    });
  const base = Array.from({ length: 200 }, (_, i) => `value_${i} = ${i}`);
  git('init', '-q', '-b', 'main');
  for (let f = 0; f < 20; f++) write(path.join(repo, 'src', `mod${f}.py`), base.join('\n') + '\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const { Fake } = await generators('modes');
  const fake = new Fake(1000);
  const addLines = () => {
    for (let f = 0; f < 20; f++) {
      const added = Array.from(
        { length: 50 },
        (_, i) => `new_setting_${f}_${i} = "${fake.alnum(24)}"`,
      );
      if (f === 3) added[10] = `GROQ_API_KEY = "${j('gsk', '_', fake.alnum(52))}"`;
      if (f === 11) added[40] = `GH_TOKEN = "${j('gh', 'p_', fake.alnum(36))}"`;
      const lines = [...base];
      lines.splice(100, 0, ...added);
      write(path.join(repo, 'src', `mod${f}.py`), lines.join('\n') + '\n');
    }
    git('add', '-A');
  };
  return { repo, git, addLines };
}

function timeMode(label, args, repo) {
  const runs = [];
  let findings = 0;
  for (let i = 0; i < MODE_RUNS; i++) {
    const r = measure(label, node24, [cli, 'secrets', ...args, '--format', 'json'], repo);
    findings = parseReport(label, r.stdout).findings.length;
    runs.push(r.wall);
  }
  const mid = median(runs);
  console.log(
    `  pipeguard secrets ${args.join(' ')}: median ${fmt(mid * 1000, 0)} ms (min ${fmt(Math.min(...runs) * 1000, 0)} ms, ${MODE_RUNS} runs), ${findings} findings; target < 300 ms ${mid < 0.3 ? 'OK' : 'MISSED'}`,
  );
  return { label, ok: mid < 0.3 };
}

/** PR-diff and staged modes on the same 1,000 added lines. */
export async function modes() {
  const { repo, git, addLines } = await modesRepo();
  console.log(
    `\n[2] diff and staged modes: 1,000 added lines in 20 files (median of ${MODE_RUNS}, Node start-up included)`,
  );
  addLines();
  const staged = timeMode('pipeguard --staged', ['--staged'], repo);
  git('checkout', '-q', '-b', 'pr');
  git('commit', '-q', '-m', 'pr');
  const added = git('diff', '--numstat', 'main...pr')
    .split('\n')
    .filter(Boolean)
    .reduce((n, l) => n + Number(l.split('\t')[0]), 0);
  if (added !== 1000) throw new Error(`the PR adds ${added} lines, not 1000`);
  const diff = timeMode('pipeguard --diff', ['--diff', 'main...pr'], repo);
  return [
    { label: 'diff mode < 300 ms', ok: diff.ok },
    { label: 'staged mode < 300 ms', ok: staged.ok },
  ];
}

/**
 * 26,000 findings in one file, linear: the file test/secrets/scale.test.ts builds (same seed,
 * same lines; that test checks every token is reported once), timed here against the target.
 */
export async function manyFindings() {
  const TOKENS = 26_000;
  const dir = path.join(work, 'many-findings');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { Fake } = await generators('many');
  const fake = new Fake(26_000);
  const lines = [];
  for (let i = 0; i < TOKENS; i++) lines.push(`token_${i} = "${j('gh', 'p_')}${fake.alnum(36)}"`);
  writeFileSync(path.join(dir, 'tokens.txt'), `${lines.join('\n')}\n`);
  const runs = [];
  let count = 0;
  for (let i = 0; i < 3; i++) {
    const r = measure(
      'pipeguard (26,000 findings)',
      node24,
      [cli, 'secrets', '--format', 'json', '--output', 'report.json'],
      dir,
    );
    count = parseReport(
      'pipeguard (26,000 findings)',
      readFileSync(path.join(dir, 'report.json'), 'utf8'),
    ).findings.length;
    rmSync(path.join(dir, 'report.json'));
    runs.push(r);
  }
  const mid = median(runs.map((r) => r.wall));
  console.log(
    `\n[3] one file with ${TOKENS.toLocaleString('en')} tokens (${fmt(mb(statSync(path.join(dir, 'tokens.txt')).size), 1)} MiB), JSON report (median of 3)`,
  );
  console.log(
    `  pipeguard secrets: median ${fmt(mid)} s (${runs.map((r) => fmt(r.wall)).join(' / ')}), CPU ${fmt(median(runs.map((r) => r.cpu)))} s, peak RSS ${fmt(Math.max(...runs.map((r) => r.rssMb)), 0)} MB, ${count} findings; target < 5 s ${mid < 5 && count === TOKENS ? 'OK' : 'MISSED'}`,
  );
  return [{ label: '26,000 findings < 5 s', ok: mid < 5 && count === TOKENS }];
}

/** Peak RSS of a tree scan over >= 200 MiB (node_modules files linked again until it is). */
export function rss() {
  const tree = path.join(work, 'tree-200mib');
  const target = 200 * 1024 * 1024;
  if (!existsSync(path.join(tree, '.ready'))) {
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: tree });
    let total = 0;
    let n = 0;
    const source = path.join(root, 'node_modules');
    while (total < target) {
      const before = total;
      for (const rel of walkFiles(source)) {
        if (total >= target) break;
        if (/^(\.bin|node|\.cache)\//.test(rel)) continue;
        const size = statSync(path.join(source, rel)).size;
        if (size > 10 * 1024 * 1024) continue;
        const dest = path.join(tree, String(Math.floor(n / 500)), `${n}-${path.basename(rel)}`);
        mkdirSync(path.dirname(dest), { recursive: true });
        linkSync(path.join(source, rel), dest);
        total += size;
        n++;
      }
      if (total === before) throw new Error('node_modules holds no files to build the tree from');
    }
    writeFileSync(path.join(tree, '.ready'), String(total));
  }
  let size = 0;
  let files = 0;
  for (const entry of readdirSync(tree, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && !entry.parentPath.includes('.git')) {
      size += statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  const r = measure('pipeguard rss', node24, [cli, 'secrets', '--tree', '--format', 'json'], tree);
  console.log(`\n[4] peak RSS on a ${fmt(mb(size), 0)} MiB tree of ${files} files`);
  console.log(
    `  pipeguard secrets: ${fmt(r.wall)} s, CPU ${fmt(r.cpu)} s, peak RSS ${fmt(r.rssMb, 0)} MB; target < 300 MB ${r.rssMb < 300 ? 'OK' : 'MISSED'}`,
  );
  return [{ label: '200 MiB tree RSS < 300 MB', ok: r.rssMb < 300 }];
}
