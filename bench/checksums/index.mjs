// Benchmark: `pipeguard checksums verify` (built CLI) against `sha256sum -c` on the same checksum
// files, in the same run, next to `openssl speed sha256` (one core) × cores for this machine.
// Data: 1 GiB as 8 files and 1 GiB as 1 file under .bench-work/checksums/ (reused when present).
// Run: node bench/checksums/index.mjs [--runs N] [--size-mib N]   (after `npm run build`)
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(repo, 'dist', 'cli', 'index.js');
const work = path.join(repo, '.bench-work', 'checksums');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 3);
const TOTAL_MIB = option('size-mib', 1024);
const cores = availableParallelism();
const hasGnuTime = existsSync('/usr/bin/time');

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(2);
}

/** Fill `file` with `mib` MiB of incompressible bytes (reused if it already has that size). */
function ensureFile(file, mib) {
  const bytes = mib * 1024 * 1024;
  if (existsSync(file) && statSync(file).size === bytes) return;
  const fd = openSync(file, 'w');
  const chunk = 4 * 1024 * 1024;
  for (let written = 0; written < bytes; written += chunk)
    writeSync(fd, randomBytes(Math.min(chunk, bytes - written)));
  closeSync(fd);
}

/** A data set directory with its checksum file written by pipeguard (and checked by sha256sum). */
function dataset(name, files) {
  const dir = path.join(work, `${name}-${TOTAL_MIB}m`);
  mkdirSync(dir, { recursive: true });
  const perFile = TOTAL_MIB / files;
  for (let i = 0; i < files; i += 1)
    ensureFile(path.join(dir, files === 1 ? 'model.bin' : `shard-${i}.bin`), perFile);
  const manifest = path.join(dir, 'checksum.sha256');
  if (!existsSync(manifest)) {
    const out = spawnSync(process.execPath, [cli, 'checksums', 'write', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (out.status !== 0)
      throw new Error(`pipeguard checksums write failed: ${out.stdout}${out.stderr}`);
  }
  return dir;
}

/**
 * Run a command `RUNS` times after one warm-up (page cache): median wall seconds, peak RSS, and the
 * CPU seconds (user + sys) of the median run — CPU / wall shows how many cores it really got.
 */
function measure(command, commandArgs, cwd, env = {}) {
  const runs = [];
  let peakKiB = 0;
  for (let i = 0; i <= RUNS; i += 1) {
    const wrapped = hasGnuTime
      ? ['/usr/bin/time', ['-f', '%M %U %S', command, ...commandArgs]]
      : [command, commandArgs];
    const start = process.hrtime.bigint();
    const out = spawnSync(wrapped[0], wrapped[1], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (out.status !== 0)
      throw new Error(`${command} ${commandArgs.join(' ')} exited ${out.status}: ${out.stderr}`);
    let cpu = NaN;
    if (hasGnuTime) {
      const [rss, user, sys] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
      peakKiB = Math.max(peakKiB, rss);
      cpu = user + sys;
    }
    if (i > 0) runs.push({ seconds, cpu }); // the first run only warms the page cache
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  const median = runs[Math.floor(runs.length / 2)];
  return { seconds: median.seconds, cpu: median.cpu, peakMiB: peakKiB / 1024 };
}

const cores_ = (m) => (Number.isNaN(m.cpu) ? '' : `  ${fmt(m.cpu / m.seconds, 2)} cores busy`);

function opensslRate() {
  const out = execFileSync('openssl', ['speed', '-seconds', '2', '-bytes', '1048576', 'sha256'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = out.split('\n').find((l) => /^sha256\s/.test(l));
  const kBps = Number(line?.trim().split(/\s+/).pop()?.replace(/k$/, ''));
  return (kBps * 1000) / 1e9; // GB/s (openssl's "k" is 1000 bytes)
}

/**
 * openssl itself hashing the same files, dealt over one `openssl dgst` process per core: what the
 * hardware gives once the bytes must also come from the page cache (a copy `openssl speed` skips).
 */
function opensslOnFiles(dir) {
  const names = readdirSync(dir)
    .filter((name) => name !== 'checksum.sha256')
    .sort();
  const groups = Array.from({ length: Math.min(cores, names.length) }, (_, i) =>
    names.filter((_, j) => j % cores === i),
  );
  const script = `${groups.map((g) => `openssl dgst -sha256 ${g.join(' ')} >/dev/null &`).join(' ')} wait`;
  return { ...measure('sh', ['-c', script], dir), processes: groups.length };
}

const gbps = (seconds) => (TOTAL_MIB * 1024 * 1024) / 1e9 / seconds;
const fmt = (n, digits = 2) => n.toFixed(digits);

console.log(
  `checksums benchmark: ${TOTAL_MIB} MiB, ${cores} core(s), median of ${RUNS} warm run(s), load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
console.log(
  `node ${process.version}, ${execFileSync('sha256sum', ['--version'], { encoding: 'utf8' }).split('\n')[0]}, ${execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim()}`,
);
const shaNi = readFileSync('/proc/cpuinfo', 'utf8').includes(' sha_ni');
console.log(`CPU SHA extensions (sha_ni): ${shaNi ? 'yes' : 'no'}`);
const single = opensslRate();
const ceiling = single * cores;
console.log(
  `openssl speed sha256 (1 MiB blocks): ${fmt(single)} GB/s per core × ${cores} = ${fmt(ceiling)} GB/s\n`,
);

const startup = measure(process.execPath, [cli, '--version'], repo);
console.log(
  `pipeguard process start (--version): ${fmt(startup.seconds, 3)} s, ${fmt(startup.peakMiB, 0)} MiB RSS\n`,
);

const rows = [];
for (const [name, files] of [
  ['8 files', 8],
  ['1 file', 1],
]) {
  const dir = dataset(name.replace(' ', '-'), files);
  const gnu = measure('sha256sum', ['-c', '--strict', '--quiet', 'checksum.sha256'], dir, {
    LC_ALL: 'C',
  });
  const openssl = opensslOnFiles(dir);
  const ours = measure(process.execPath, [cli, 'checksums', 'verify', '.'], dir);
  const oneThread = measure(process.execPath, [cli, 'checksums', 'verify', '.'], dir, {
    PIPEGUARD_HASH_THREADS: '1',
  });
  rows.push({ name, files, gnu, openssl, ours, oneThread });
  const limit = files === 1 ? single : ceiling;
  console.log(`${name} (${TOTAL_MIB / files} MiB each):`);
  console.log(
    `  sha256sum -c --strict         ${fmt(gnu.seconds, 3)} s  ${fmt(gbps(gnu.seconds))} GB/s  peak RSS ${fmt(gnu.peakMiB, 0)} MiB${cores_(gnu)}`,
  );
  console.log(
    `  openssl dgst × ${openssl.processes} process(es)  ${fmt(openssl.seconds, 3)} s  ${fmt(gbps(openssl.seconds))} GB/s  (${fmt((100 * gbps(openssl.seconds)) / limit, 0)} % of openssl speed)${cores_(openssl)}`,
  );
  console.log(
    `  pipeguard verify (1 thread)   ${fmt(oneThread.seconds, 3)} s  ${fmt(gbps(oneThread.seconds))} GB/s  peak RSS ${fmt(oneThread.peakMiB, 0)} MiB${cores_(oneThread)}`,
  );
  console.log(
    `  pipeguard verify (auto)       ${fmt(ours.seconds, 3)} s  ${fmt(gbps(ours.seconds))} GB/s  peak RSS ${fmt(ours.peakMiB, 0)} MiB${cores_(ours)}`,
  );
  console.log(
    `  ratio vs sha256sum -c: ${fmt(gnu.seconds / ours.seconds)}×; pipeguard = ${fmt((100 * openssl.seconds) / ours.seconds, 0)} % of openssl dgst's rate on these files`,
  );
  console.log(
    `  vs openssl ${files === 1 ? '1 core (one file cannot use more: SHA-256 is a sequential chain)' : `× ${cores} cores`}: ${fmt((100 * gbps(ours.seconds)) / limit, 0)} % of ${fmt(limit)} GB/s` +
      ` (hashing alone, less process start: ${fmt((100 * gbps(ours.seconds - startup.seconds)) / limit, 0)} %)\n`,
  );
}

// Informational: many small files (a tokenizer or a dataset shard directory), where per-file
// costs rule instead of hashing. 10 000 × 4 KiB in 100 folders.
{
  const dir = path.join(work, 'small-files-10000x4k');
  if (!existsSync(path.join(dir, 'checksum.sha256'))) {
    for (let i = 0; i < 10_000; i += 1) {
      const sub = path.join(dir, `d${String(i % 100).padStart(2, '0')}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `f${i}.bin`), randomBytes(4096));
    }
    spawnSync(process.execPath, [cli, 'checksums', 'write', '.'], { cwd: dir });
  }
  const gnu = measure('sha256sum', ['-c', '--strict', '--quiet', 'checksum.sha256'], dir, {
    LC_ALL: 'C',
  });
  const ours = measure(process.execPath, [cli, 'checksums', 'verify', '.'], dir);
  console.log('10 000 small files (4 KiB each, informational):');
  console.log(`  sha256sum -c --strict         ${fmt(gnu.seconds, 3)} s${cores_(gnu)}`);
  console.log(
    `  pipeguard verify (auto)       ${fmt(ours.seconds, 3)} s${cores_(ours)}  (includes ${fmt(startup.seconds, 3)} s process start, the unlisted-file walk and symlink checks)`,
  );
  console.log(`  ratio vs sha256sum -c: ${fmt(gnu.seconds / ours.seconds)}×\n`);
}

const eight = rows[0];
const one = rows[1];
if (!Number.isNaN(eight.ours.cpu)) {
  // On a shared machine the wall time says more about the neighbours than about pipeguard. The
  // CPU it used (process start serial, the rest — worker loading included — spread over all
  // cores) is what an idle machine would take at best; cache contention on a busy machine inflates
  // the CPU time, so the estimate leans pessimistic.
  const projected = startup.cpu + Math.max(0, eight.ours.cpu - startup.cpu) / cores;
  console.log(
    `8 files, projected for an idle machine from CPU time (${fmt(eight.ours.cpu, 3)} s CPU over ${cores} cores): ` +
      `${fmt(projected, 3)} s, ${fmt(gbps(projected))} GB/s = ${fmt((100 * gbps(projected)) / ceiling, 0)} % of openssl × cores, ` +
      `${fmt(eight.gnu.cpu / projected)}× sha256sum's CPU time\n`,
  );
}
console.log('targets:');
console.log(
  `  ≥ 3× sha256sum -c on 8 files: ${fmt(eight.gnu.seconds / eight.ours.seconds)}× ${eight.gnu.seconds / eight.ours.seconds >= 3 ? 'MET' : 'NOT MET'}`,
);
const share = gbps(eight.ours.seconds) / ceiling;
console.log(
  `  ≥ 70 % of openssl × cores on 8 files: ${fmt(share * 100, 0)} % ${share >= 0.7 ? 'MET' : 'NOT MET'}`,
);
console.log(
  `  peak RSS independent of file size: 8 × ${TOTAL_MIB / 8} MiB → ${fmt(eight.ours.peakMiB, 0)} MiB, 1 × ${TOTAL_MIB} MiB → ${fmt(one.ours.peakMiB, 0)} MiB`,
);
writeFileSync(
  path.join(work, 'last-result.json'),
  JSON.stringify(
    { cores, opensslPerCoreGBps: single, startupSeconds: startup.seconds, rows },
    null,
    2,
  ),
);
