// Scale benchmark (issue 18): sharded scans of a tree and a history too large for comfort, run
// with the built CLI on Node 24, every shard as its own process, one after another, as a job
// matrix would run them on separate runners:
//  1. a generated tree of >= 1 GiB in >= 200,000 files (text of mixed sizes, a few planted keys):
//     `secrets --tree` as 1 shard, then each of 4 shards; wall time and peak RSS of each, the bytes
//     each shard read (balance), and `report merge` of the 4 (time, RSS, same findings as 1 shard);
//  2. a generated history of >= 50,000 commits (git fast-import): `secrets --history` likewise;
//  3. memory against the tree's total size: one shard of 4 over a quarter of the tree vs over the
//     whole tree (peak RSS must not grow with the size);
//  4. the projection for 10 GB / 2 M files on 16 runners, from a fit of the measured times;
//  5. the peer, secretlint (same preset), on a 1 % slice of the tree, against pipeguard on the same
//     slice (the ratio puts this machine's load in context).
// Data lives in $TMPDIR and is removed at the end (BENCH_SCALE_KEEP=1 keeps it). Smaller runs for
// development: BENCH_SCALE_FILES, BENCH_SCALE_BYTES, BENCH_SCALE_COMMITS; BENCH_SCALE_PARTS=tree,history,peer picks
// the parts (the tree is always generated and measured).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const node24 = path.join(root, 'node_modules', '.bin', 'node');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const secretlint = path.join(root, 'node_modules', '.bin', 'secretlint');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const FILES = Number(process.env.BENCH_SCALE_FILES ?? 200_000);
const BYTES = Number(process.env.BENCH_SCALE_BYTES ?? 1024 ** 3);
const COMMITS = Number(process.env.BENCH_SCALE_COMMITS ?? 50_000);
const SHARDS = 4;
const PARTS = (process.env.BENCH_SCALE_PARTS ?? 'tree,history,peer').split(',');

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(2);
}

/** mulberry32: the same tree every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(18);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (n) => Array.from({ length: n }, () => ALNUM[Math.floor(random() * 62)]).join('');
/** A fake GitHub token, assembled at run time (never a literal in the repository). */
const token = () => ['gh', 'p_', alnum(36)].join('');

/** Source-like text to cut files from: 1 MiB of varied lines. */
function corpus() {
  const words = ['const', 'value', 'return', 'model', 'train', 'eval', 'config', 'data', 'loss'];
  const lines = [];
  let size = 0;
  while (size < 1024 * 1024) {
    const n = 3 + Math.floor(random() * 9);
    const line = `${'  '.repeat(Math.floor(random() * 3))}${Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')} = ${Math.floor(random() * 1e6)};`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function measure(label, args, cwd) {
  const started = process.hrtime.bigint();
  const command = TIME
    ? [TIME, ['-f', '__time__ %e %M', node24, cli, ...args]]
    : [node24, [cli, ...args]];
  const r = spawnSync(command[0], command[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /__time__ ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  // Exit 1 is a finding, or a crash (Node's own exit code): the report file tells them apart.
  const output = args[args.indexOf('--output') + 1];
  if ((r.status !== 0 && r.status !== 1) || (args.includes('--output') && !existsSync(output))) {
    console.error(`${label} failed (exit ${r.status}): ${(r.stderr ?? '').slice(0, 800)}`);
    process.exit(1);
  }
  return { wall, rssMb: m ? Number(m[2]) / 1024 : Number.NaN };
}

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const mib = (bytes) => bytes / 1024 / 1024;

function generateTree(dir) {
  const text = corpus();
  let bytes = 0;
  let planted = 0;
  for (let i = 0; i < FILES || bytes < BYTES; i++) {
    // Mostly 2-8 KiB, one in 500 of 64-512 KiB: a monorepo's spread, a few large files included.
    const size =
      i % 500 === 499
        ? 65536 + Math.floor(random() * 458752)
        : 2048 + Math.floor(random() * 6144 + (BYTES / FILES - 5500));
    const offset = Math.floor(random() * (text.length - size - 1));
    let body = text.slice(offset, offset + Math.max(size, 64));
    if (i % 2000 === 7) {
      body += `\nGH_TOKEN = "${token()}"\n`;
      planted++;
    }
    const rel = path.join(
      `part${i % 4}`,
      `d${String(Math.floor(i / 4) % 100).padStart(3, '0')}`,
      `f${i}.txt`,
    );
    const file = path.join(dir, rel);
    if (i < 400) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }
  return { bytes, planted };
}

/** `git fast-import` of COMMITS commits, each changing one of 1,000 files; a few add keys. */
function generateHistory(dir) {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const chunks = [];
  const repeated = token();
  let planted = 0;
  for (let c = 1; c <= COMMITS; c++) {
    const file = `src/m${c % 50}/f${c % 1000}.py`;
    let body = `# revision ${c}\nvalue_${c} = ${Math.floor(random() * 1e9)}\nname = "${alnum(12)}"\n`;
    if (c % 5000 === 1) {
      body += `API = "${token()}"\n`;
      planted++;
    }
    if (c % 12500 === 2) body += `AGAIN = "${repeated}"\n`; // one key, four commits: once
    const message = `commit ${c}\n`;
    chunks.push(
      `commit refs/heads/main\nmark :${c}\ncommitter Bench <bench@example.test> ${1_700_000_000 + c} +0000\n` +
        `data ${Buffer.byteLength(message)}\n${message}` +
        (c > 1 ? `from :${c - 1}\n` : '') +
        `M 100644 inline ${file}\ndata ${Buffer.byteLength(body)}\n${body}\n`,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    input: chunks.join(''),
    maxBuffer: 1 << 30,
  });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return { planted };
}

function findingsOf(file) {
  return JSON.stringify(JSON.parse(readFileSync(file, 'utf8')).findings);
}

function runSharded(label, cwd, args, reports) {
  mkdirSync(reports, { recursive: true });
  const one = measure(
    `${label} 1/1`,
    [...args, '--shard', '1/1', '--format', 'json', '--output', path.join(reports, 'one.json')],
    cwd,
  );
  const shards = [];
  const shardDir = path.join(reports, 'shards');
  mkdirSync(shardDir, { recursive: true });
  for (let i = 1; i <= SHARDS; i++) {
    const out = path.join(shardDir, `s${i}.json`);
    const m = measure(
      `${label} ${i}/${SHARDS}`,
      [...args, '--shard', `${i}/${SHARDS}`, '--format', 'json', '--output', out],
      cwd,
    );
    const details = JSON.parse(readFileSync(out, 'utf8')).checks[0].details;
    shards.push({ ...m, bytes: details.bytes, files: details.files });
  }
  const merged = path.join(reports, 'merged.json');
  const mergeRun = measure(
    `${label} merge`,
    ['report', 'merge', shardDir, '--format', 'json', '--output', merged],
    reports,
  );
  const same = findingsOf(merged) === findingsOf(path.join(reports, 'one.json'));
  const count = JSON.parse(readFileSync(merged, 'utf8')).findings.length;
  console.log(`\n${label}`);
  console.log(`  1 shard:            ${fmt(one.wall)} s, peak RSS ${fmt(one.rssMb, 0)} MB`);
  shards.forEach((s, i) =>
    console.log(
      `  shard ${i + 1}/${SHARDS}:          ${fmt(s.wall)} s, peak RSS ${fmt(s.rssMb, 0)} MB, ${s.files} files / ${fmt(mib(s.bytes))} MiB read`,
    ),
  );
  const slowest = Math.max(...shards.map((s) => s.wall));
  console.log(
    `  ${SHARDS} shards:           slowest ${fmt(slowest)} s (${fmt(one.wall / slowest, 2)}x faster than 1 shard on ${SHARDS} runners), sum ${fmt(shards.reduce((a, s) => a + s.wall, 0))} s`,
  );
  console.log(
    `  merge:              ${fmt(mergeRun.wall, 2)} s, peak RSS ${fmt(mergeRun.rssMb, 0)} MB; ${count} findings, same as 1 shard: ${same}`,
  );
  if (!same) process.exitCode = 1;
  return { one, shards, merge: mergeRun };
}

const work = mkdtempSync(path.join(process.env.TMPDIR ?? tmpdir(), 'pipeguard-bench-scale-'));
try {
  console.log(
    `pipeguard scale bench: data in ${work} (removed at the end); machine shared, figures noisy`,
  );
  const tree = path.join(work, 'tree');
  let started = Date.now();
  const generated = generateTree(tree);
  console.log(
    `tree: ${FILES.toLocaleString('en')}+ files, ${fmt(mib(generated.bytes))} MiB, ${generated.planted} keys planted (${fmt((Date.now() - started) / 1000)} s to generate)`,
  );
  const treeRun = runSharded(
    'secrets --tree (generated tree)',
    tree,
    ['secrets', '--tree'],
    path.join(work, 'reports-tree'),
  );

  // Memory against the tree's total size: the same shard over a quarter of the tree.
  const quarter = measure(
    'quarter tree 1/4',
    [
      'secrets',
      '--tree',
      '--shard',
      `1/${SHARDS}`,
      '--root',
      path.join(tree, 'part0'),
      '--format',
      'json',
      '--output',
      path.join(work, 'quarter.json'),
    ],
    work,
  );
  const quarterDetails = JSON.parse(readFileSync(path.join(work, 'quarter.json'), 'utf8')).checks[0]
    .details;
  console.log(
    `\nmemory vs tree size: shard 1/${SHARDS} of a quarter of the tree (${fmt(mib(generated.bytes / 4))} MiB; it read ${quarterDetails.files} files / ${fmt(mib(quarterDetails.bytes))} MiB): ${fmt(quarter.wall)} s, peak RSS ${fmt(quarter.rssMb, 0)} MB; of the whole tree: peak RSS ${fmt(treeRun.shards[0].rssMb, 0)} MB; 1 shard of the whole: ${fmt(treeRun.one.rssMb, 0)} MB`,
  );

  // Projection: t = a + b * files listed + c * bytes read. Shard 1 of 256 lists every file and
  // reads 1/256 of the bytes: its time is the listing cost, measured on the whole tree and on a
  // quarter of it (b: per file listed); 1 shard's time minus that is the reading (c: per byte).
  const listing = (label, dir) => {
    const out = path.join(work, `listing-${label}.json`);
    const m = measure(
      `listing ${label}`,
      ['secrets', '--tree', '--shard', '1/256', '--root', dir, '--format', 'json', '--output', out],
      work,
    );
    const d = JSON.parse(readFileSync(out, 'utf8')).checks[0];
    return { ...m, bytes: d.details.bytes, listed: d.shard.work.items };
  };
  const listAll = listing('whole', tree);
  const listQuarter = listing('quarter', path.join(tree, 'part0'));
  const c = (treeRun.one.wall - listAll.wall) / (generated.bytes - listAll.bytes);
  const fixedAll = listAll.wall - c * listAll.bytes;
  const fixedQuarter = listQuarter.wall - c * listQuarter.bytes;
  const b = Math.max(0, (fixedAll - fixedQuarter) / (listAll.listed - listQuarter.listed));
  const a = Math.max(0, fixedAll - b * listAll.listed);
  const projFiles = 2_000_000;
  const projBytes = 10 * 1e9;
  const runners = 16;
  const projected = a + b * projFiles + c * (projBytes / runners);
  const single = a + b * projFiles + c * projBytes;
  console.log(
    `\nlisting only (shard 1/256): ${listAll.listed} files ${fmt(listAll.wall)} s, ${listQuarter.listed} files ${fmt(listQuarter.wall)} s`,
  );
  console.log(
    `projection (fit: ${fmt(a, 2)} s start + ${fmt(b * 1e6, 2)} µs per file listed + ${fmt(c * 1e9, 1)} s per GB read, on this shared 2-core machine):`,
  );
  console.log(
    `  10 GB / 2 M files on ${runners} runners: ~${fmt(projected / 60)} min per runner (${fmt((b * projFiles) / 60)} min of it listing 2 M files), + merge; on 1 runner ~${fmt(single / 60)} min`,
  );

  // History.
  if (PARTS.includes('history')) {
    const history = path.join(work, 'history');
    started = Date.now();
    const hist = generateHistory(history);
    console.log(
      `\nhistory: ${COMMITS.toLocaleString('en')} commits, ${hist.planted + 1} keys planted (${fmt((Date.now() - started) / 1000)} s to generate with git fast-import)`,
    );
    runSharded(
      'secrets --history HEAD (generated history)',
      history,
      ['secrets', '--history', 'HEAD'],
      path.join(work, 'reports-history'),
    );
  }

  if (PARTS.includes('peer') && existsSync(secretlint)) {
    const slice = path.join(work, 'slice');
    for (let p = 0; p < 4; p++)
      cpSync(path.join(tree, `part${p}`, 'd000'), path.join(slice, `part${p}`), {
        recursive: true,
      });
    const ours = measure(
      'pipeguard slice',
      ['secrets', '--tree', '--format', 'json', '--output', path.join(work, 'slice.json')],
      slice,
    );
    const rc = path.join(work, 'secretlintrc.json');
    writeFileSync(
      rc,
      JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
    );
    const peerStarted = process.hrtime.bigint();
    // `compact`: one line per finding (`json` would embed every file's text in the output).
    const peer = spawnSync(
      TIME ?? node24,
      [
        ...(TIME ? ['-f', '__time__ %e %M', node24] : []),
        secretlint,
        '**/*',
        '--secretlintrc',
        rc,
        '--format',
        'compact',
      ],
      { cwd: slice, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 1_800_000 },
    );
    const peerWall = Number(process.hrtime.bigint() - peerStarted) / 1e9;
    const peerRss =
      Number(/__time__ [\d.]+ (\d+)/.exec(peer.stderr ?? '')?.[1] ?? Number.NaN) / 1024;
    const peerFound = (peer.stdout ?? '')
      .split('\n')
      .filter((l) => /: line \d+, col \d+, /.test(l)).length;
    const ourFound = JSON.parse(readFileSync(path.join(work, 'slice.json'), 'utf8')).findings
      .length;
    if (peer.status !== 0 && peer.status !== 1)
      console.error(
        `secretlint failed (exit ${peer.status}): ${(peer.stderr ?? '').slice(0, 400)}`,
      );
    console.log(
      `\npeer on a 1 % slice (${FILES / 100} files): pipeguard ${fmt(ours.wall, 2)} s / ${fmt(ours.rssMb, 0)} MB / ${ourFound} findings, secretlint ${fmt(peerWall, 2)} s / ${fmt(peerRss, 0)} MB / ${peerFound} findings (secretlint takes ${fmt(peerWall / ours.wall, 1)}x pipeguard's time)`,
    );
  }
} finally {
  if (process.env.BENCH_SCALE_KEEP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
