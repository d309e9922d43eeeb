// Secrets benchmark: `pipeguard secrets` (the built CLI) against the newest `secretlint` CLI with the
// same recommended preset, both on the same Node 24 (node_modules/.bin/node), in one run:
//  1. tree scan of a copy of the project's installed node_modules (real code nobody here wrote)
//     with planted keys — wall time, peak RSS and keys found, with ratios;
//  2. PR-diff mode: a 1,000-added-line diff in a temp git repo — wall time including start-up;
//  3. peak RSS of a tree scan over a ~200 MB tree.
// Targets: pipeguard <= 1/3 of secretlint's wall time; diff mode < 300 ms; RSS < 300 MB.
// Data goes under .bench-work/secrets (git-ignored). BENCH_QUICK=1 uses a ~60 MB slice of the
// corpus (for development on a shared machine); the figures to quote come from a full run.
// BENCH_SECRETLINT_TIMEOUT (seconds, default 1800) stops a secretlint run that exceeds it; the
// ratio is then reported as an upper bound. BENCH_SECRETS_PARTS=tree,diff,rss picks the parts.
// BENCH_PIPEGUARD_CLI runs another build of the CLI (a copy of dist/cli saved before a change) on
// the same corpus, for before/after figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  readFileSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  linkSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(root, '.bench-work', 'secrets');
const node24 = path.join(root, 'node_modules', '.bin', 'node');
// BENCH_PIPEGUARD_CLI runs another build of the CLI (e.g. a copy of dist/ from before a change) on
// the same corpus, so before / after figures come from the same run conditions.
const cli = path.resolve(
  process.env.BENCH_PIPEGUARD_CLI ??
    process.env.BENCH_CLI ??
    path.join(root, 'dist', 'cli', 'index.js'),
);
/**
 * The peer a user installs today: the newest secretlint 13.x CLI and its recommended preset, in a
 * bench-only prefix (BENCH_SECRETLINT_SPEC picks another version). Never a devDependency: its
 * packages declare Node >= 22, and this project's `npm ci` must stay clean on Node 20.
 */
const peerDir = path.join(root, '.bench-work', 'peers', 'secretlint');
const SECRETLINT_SPEC = process.env.BENCH_SECRETLINT_SPEC ?? '13';

function secretlintPeer() {
  const bin = path.join(peerDir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) {
    mkdirSync(peerDir, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        peerDir,
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `secretlint@${SECRETLINT_SPEC}`,
        `@secretlint/secretlint-rule-preset-recommend@${SECRETLINT_SPEC}`,
      ],
      { stdio: 'inherit' },
    );
  }
  const version = JSON.parse(
    readFileSync(path.join(peerDir, 'node_modules', 'secretlint', 'package.json'), 'utf8'),
  ).version;
  return { bin, version };
}
const quick = process.env.BENCH_QUICK === '1';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** secretlint's CLI profiles every file and rule (quadratic): on a busy machine cap its run. */
const SECRETLINT_TIMEOUT = Number(process.env.BENCH_SECRETLINT_TIMEOUT ?? 1800);

if (!existsSync(cli)) {
  console.error(`${path.relative(root, cli)} is missing: run \`npm run build\` first`);
  process.exit(2);
}
mkdirSync(work, { recursive: true });

// ---------- fake keys in each provider's format (assembled at run time, never committed) ----------
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet, n) => {
  const bytes = randomBytes(n);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
};
const alnum = (n) => pick(ALNUM, n);
const hex = (n) => pick('0123456789abcdef', n);
const j = (...parts) => parts.join('');
/** Keys both tools' preset rules know, then keys only pipeguard's own rules know. */
function plantedKeys() {
  const shared = {
    'github.env': `GH_TOKEN=${j('gh', 'p_', alnum(36))}\n`,
    'slack.env': `SLACK_BOT_TOKEN=${j('xo', 'xb-', pick('0123456789', 12), '-', pick('0123456789', 13), '-', alnum(24))}\n`,
    'groq.env': `GROQ_API_KEY=${j('gsk', '_', alnum(52))}\n`,
    'aws.ini': `[default]\naws_secret_access_key = ${j(alnum(20), '/', alnum(19))}\n`,
    'npm.env': `NPM_TOKEN=${j('npm', '_', alnum(36))}\n`,
    id_rsa: `-----BEGIN RSA ${'PRIVATE KEY'}-----\n${('MIIEowIBAAKCAQEA' + pick(ALNUM + '+/', 1584))
      .match(/.{1,64}/g)
      .join('\n')}\n-----END RSA ${'PRIVATE KEY'}-----\n`,
  };
  const own = {
    'google.js': `const key = "${j('AI', 'za', 'Sy', pick(ALNUM + '_-', 33))}";\n`,
    'replicate.env': `REPLICATE_API_TOKEN=${j('r8', '_', alnum(37))}\n`,
    'openrouter.env': `OPENROUTER_API_KEY=${j('sk-', 'or-v1-', hex(64))}\n`,
    'pinecone.env': `PINECONE_API_KEY=${j('pcsk', '_', alnum(5), '_', alnum(63))}\n`,
    'wandb.env': `WANDB_API_KEY=${hex(40)}\n`,
    pypirc: `[pypi]\npassword = ${j('pypi', '-AgEIcHlwaS5vcmc', pick(ALNUM + '_-', 120))}\n`,
  };
  return { shared, own };
}

// ---------- measurement ----------
function measure(label, command, args, cwd, timeoutSeconds) {
  const started = process.hrtime.bigint();
  const options = { cwd, encoding: 'utf8', maxBuffer: 1 << 30 };
  const timed = TIME ? [TIME, ['-f', '__time__ %e %M %U %S', command, ...args]] : [command, args];
  // coreutils `timeout` kills its whole process group: killing GNU time alone would leave the
  // measured command running, orphaned, on a core the next measurements need.
  const [program, programArgs] = timeoutSeconds
    ? ['timeout', ['-s', 'KILL', String(timeoutSeconds), timed[0], ...timed[1]]]
    : timed;
  const r = spawnSync(program, programArgs, options);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  // Stopped at the limit (`timeout` kills its own group, itself included; or exits 128 + 9), GNU
  // time with it, so there is no peak RSS to report.
  if (timeoutSeconds && (r.signal === 'SIGKILL' || r.status === 137)) {
    return { wall, rssMb: Number.NaN, cpu: Number.NaN, stdout: '', stderr: '', timedOut: true };
  }
  // No /usr/bin/time: Node cannot read a child's peak RSS or CPU time.
  let rssMb = Number.NaN;
  /** User + system CPU seconds: steadier than wall time on a machine other jobs load. */
  let cpu = Number.NaN;
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('__time__'));
  if (line) {
    const [, , rssKb, user, system] = line.split(' ');
    rssMb = Number(rssKb) / 1024;
    cpu = Number(user) + Number(system);
  }
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${label} failed (exit ${r.status}): ${(r.stderr ?? '').slice(0, 500)}`);
    process.exit(1);
  }
  return { wall, rssMb, cpu, stdout: r.stdout, stderr: r.stderr };
}

const fmt = (n, d = 2) => n.toFixed(d);

// ---------- 1. corpus: a copy of node_modules (hard links), nested node_modules renamed ----------
function buildCorpus() {
  const corpus = path.join(work, quick ? 'corpus-quick' : 'corpus');
  const marker = path.join(corpus, '.corpus-ready');
  if (!existsSync(marker)) {
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(corpus, { recursive: true });
    const source = path.join(root, 'node_modules');
    let budget = quick ? 60 * 1024 * 1024 : Infinity;
    for (const entry of readdirSync(source).sort()) {
      if (entry === '.bin' || entry === 'node' || entry === '.cache') continue;
      const size = statSync(path.join(source, entry)).isDirectory()
        ? du(path.join(source, entry))
        : 0;
      if (quick && size > budget) continue;
      // Hard links: a copy in content, without doubling the disk use (neither tool writes).
      const from = path.join(source, entry);
      const to = path.join(corpus, entry);
      if (spawnSync('cp', ['-al', from, to]).status !== 0)
        cpSync(from, to, { recursive: true, verbatimSymlinks: true });
      if (quick) budget -= statSync(to).isDirectory() ? du(to) : statSync(to).size;
    }
    // secretlint always skips directories named node_modules: rename them so both see the same code.
    renameNested(corpus);
    execFileSync('git', ['init', '-q'], { cwd: corpus });
    writeFileSync(marker, '');
  }
  const planted = path.join(corpus, 'zz-planted');
  rmSync(planted, { recursive: true, force: true });
  const { shared, own } = plantedKeys();
  for (const [name, text] of Object.entries(shared))
    writeTree(path.join(planted, 'shared', name), text);
  for (const [name, text] of Object.entries(own)) writeTree(path.join(planted, 'own', name), text);
  return { corpus, sharedCount: Object.keys(shared).length, ownCount: Object.keys(own).length };
}

function writeTree(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function renameNested(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules') {
      const target = path.join(dir, 'nm_');
      renameSync(full, target);
      renameNested(target);
    } else renameNested(full);
  }
}

function countFiles(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(path.join(dir, entry.name));
    else if (entry.isFile()) count++;
  }
  return count;
}

function du(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += du(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

function plantedFound(files, dirName) {
  return new Set(
    files
      .filter((f) => f.includes(`zz-planted/${dirName}/`))
      .map((f) => f.replace(/.*zz-planted\//, '')),
  ).size;
}

function treeBenchmark() {
  const { corpus, sharedCount, ownCount } = buildCorpus();
  console.log(
    `corpus: ${path.relative(root, corpus)} (${fmt(du(corpus) / 1024 / 1024, 0)} MB on disk, planted ${sharedCount} preset-format + ${ownCount} pipeguard-only keys)`,
  );

  const peer = secretlintPeer();
  console.log(
    `peer: secretlint ${peer.version} (bench-only prefix ${path.relative(root, peerDir)})`,
  );
  // Beside the peer's node_modules, so secretlint resolves the preset it was installed with.
  const rc = path.join(peerDir, 'secretlintrc.json');
  writeFileSync(
    rc,
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  // `compact`: one line per finding (`json` would embed every file's full text in the output).
  const sl = measure(
    'secretlint',
    node24,
    [peer.bin, '**/*', '--secretlintrc', rc, '--format', 'compact'],
    corpus,
    SECRETLINT_TIMEOUT,
  );
  const slFiles = (sl.stdout ?? '')
    .split('\n')
    .map((l) => /^(.+?): line \d+, col \d+, /.exec(l)?.[1])
    .filter(Boolean);

  const pg = measure('pipeguard', node24, [cli, 'secrets', '--tree', '--format', 'json'], corpus);
  const report = JSON.parse(pg.stdout);
  const pgFiles = report.findings.filter((f) => f.rule !== 'scan-skipped').map((f) => f.file);
  const details = report.checks[0].details;

  console.log('\n[1] tree scan of node_modules (same preset; pipeguard adds its own rules)');
  const slTime = sl.timedOut
    ? `> ${fmt(sl.wall)} s (stopped at the time limit)`
    : `${fmt(sl.wall)} s`;
  console.log(
    `  secretlint ${slTime}  CPU ${fmt(sl.cpu)} s  peak RSS ${fmt(sl.rssMb, 0)} MB  planted keys found: ${plantedFound(slFiles, 'shared')}/${sharedCount} preset-format, ${plantedFound(slFiles, 'own')}/${ownCount} others`,
  );
  console.log(
    `  pipeguard  ${fmt(pg.wall)} s  CPU ${fmt(pg.cpu)} s  peak RSS ${fmt(pg.rssMb, 0)} MB  planted keys found: ${plantedFound(pgFiles, 'shared')}/${sharedCount} preset-format, ${plantedFound(pgFiles, 'own')}/${ownCount} others`,
  );
  console.log(
    `  pipeguard scanned ${details.files} files, ${fmt(details.bytes / 1024 / 1024, 0)} MB; skipped ${JSON.stringify(details.skipped)}`,
  );
  const ratio = pg.wall / sl.wall;
  console.log(
    `  wall-time ratio pipeguard/secretlint ${sl.timedOut ? '<' : '='} ${fmt(ratio, 3)} (${sl.timedOut ? 'more than ' : ''}${fmt(1 / ratio, 1)}x faster; target <= 0.333) ${ratio <= 1 / 3 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  peak-RSS ratio  pipeguard/secretlint ${sl.timedOut ? 'n/a (secretlint was stopped before it finished)' : `= ${fmt(pg.rssMb / sl.rssMb, 3)}`}`,
  );
  return { ratio, ok: ratio <= 1 / 3 };
}

// ---------- 2. PR-diff mode on a 1,000-added-line diff ----------
function diffBenchmark() {
  const repo = path.join(work, 'diff-repo');
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
  git('init', '-q', '-b', 'main');
  for (let f = 0; f < 20; f++)
    writeTree(
      path.join(repo, 'src', `mod${f}.py`),
      Array.from({ length: 200 }, (_, i) => `value_${i} = ${i}`).join('\n') + '\n',
    );
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  const { shared } = plantedKeys();
  for (let f = 0; f < 20; f++) {
    const added = Array.from({ length: 50 }, (_, i) => `new_setting_${f}_${i} = "${alnum(24)}"`);
    if (f === 3) added[10] = shared['groq.env'].trim();
    if (f === 11) added[40] = shared['github.env'].trim();
    const file = path.join(repo, 'src', `mod${f}.py`);
    const lines = Array.from({ length: 200 }, (_, i) => `value_${i} = ${i}`);
    lines.splice(100, 0, ...added);
    writeTree(file, lines.join('\n') + '\n');
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'pr');
  const added = Number(
    git('diff', '--numstat', 'main...pr')
      .split('\n')
      .filter(Boolean)
      .reduce((n, l) => n + Number(l.split('\t')[0]), 0),
  );
  const runs = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const r = measure(
      'pipeguard --diff',
      node24,
      [cli, 'secrets', '--diff', 'main...pr', '--format', 'json'],
      repo,
    );
    findings = JSON.parse(r.stdout).findings.length;
    runs.push(r.wall);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2];
  console.log(
    `\n[2] PR-diff mode: ${added} added lines in 20 files (5 runs, median, including Node start-up)`,
  );
  console.log(
    `  pipeguard secrets --diff main...pr: median ${fmt(median * 1000, 0)} ms (min ${fmt(runs[0] * 1000, 0)} ms), ${findings} findings; target < 300 ms ${median < 0.3 ? 'OK' : 'MISSED'}`,
  );
  return { ok: median < 0.3 };
}

// ---------- 3. peak RSS on a ~200 MB tree ----------
function rssBenchmark() {
  const tree = path.join(work, 'tree-200mib');
  const target = 200 * 1024 * 1024;
  if (!existsSync(path.join(tree, '.ready'))) {
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: tree });
    let total = 0;
    let n = 0;
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : 1,
      )) {
        if (total >= target) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== '.bin' && entry.name !== 'node') walk(full);
        } else if (entry.isFile()) {
          const size = statSync(full).size;
          if (size > 10 * 1024 * 1024) continue;
          const dest = path.join(tree, String(Math.floor(n / 500)), `${n}-${entry.name}`);
          // node_modules may hold less than the target: later passes link the same files again.
          mkdirSync(path.dirname(dest), { recursive: true });
          linkSync(full, dest);
          total += size;
          n++;
        }
      }
    };
    while (total < target) {
      const before = total;
      walk(path.join(root, 'node_modules'));
      if (total === before) throw new Error('node_modules holds no files to build the tree from');
    }
    writeFileSync(path.join(tree, '.ready'), String(total));
  }
  const size = du(tree);
  const files = countFiles(tree);
  const r = measure('pipeguard rss', node24, [cli, 'secrets', '--tree', '--format', 'json'], tree);
  console.log(
    `\n[3] peak RSS on a ${fmt(size / 1024 / 1024, 0)} MiB (${fmt(size / 1e6, 0)} MB) tree of ${files} files`,
  );
  console.log(
    `  pipeguard secrets: ${fmt(r.wall)} s, CPU ${fmt(r.cpu)} s, peak RSS ${fmt(r.rssMb, 0)} MB; target < 300 MB ${r.rssMb < 300 ? 'OK' : 'MISSED'}`,
  );
  return { ok: r.rssMb < 300 };
}

console.log(
  `secrets benchmark — Node ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()}, ${quick ? 'QUICK (60 MB slice)' : 'full node_modules'}${TIME ? '' : ' (no /usr/bin/time: RSS from process resource usage)'}`,
);
const parts = (process.env.BENCH_SECRETS_PARTS ?? 'tree,diff,rss').split(',');
const results = [
  ...(parts.includes('tree') ? [treeBenchmark()] : []),
  ...(parts.includes('diff') ? [diffBenchmark()] : []),
  ...(parts.includes('rss') ? [rssBenchmark()] : []),
];
console.log(`\nsummary: ${results.filter((r) => r.ok).length}/${results.length} targets met`);
