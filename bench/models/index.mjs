// Benchmark: `pipeguard models DIR` against `pipeguard checksums verify DIR` (the peer the issue
// names: the scan must stay within 2× of it) on the same 1 GiB artifact directory, mostly tensor
// data: a PyTorch-layout zip (data.pkl + STORED tensor members), a safetensors file, a protocol-4
// pickle holding one large bytes payload (BINBYTES8), plus small files. Both run the built CLI.
// The data is written by python3 (zipfile + pickle) under .bench-work/models/ and reused.
// Run: node bench/models/index.mjs [--runs N] [--size-mib N]   (after `npm run build`)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(repo, 'dist', 'cli', 'index.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 3);
const TOTAL_MIB = option('size-mib', 1024);
const dir = path.join(repo, '.bench-work', 'models', `artifact-${TOTAL_MIB}m`);
const hasGnuTime = existsSync('/usr/bin/time');

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(2);
}

const WRITER = String.raw`
import collections, io, json, os, pickle, struct, sys, types, zipfile
out, total = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
os.makedirs(out, exist_ok=True)
chunk = os.urandom(1024 * 1024)
def blob(n):
    return (chunk * (n // len(chunk) + 1))[:n]
torch = types.ModuleType('torch'); utils = types.ModuleType('torch._utils')
def _rebuild_tensor_v2(*a): pass
_rebuild_tensor_v2.__module__ = 'torch._utils'; utils._rebuild_tensor_v2 = _rebuild_tensor_v2
class FloatStorage: pass
FloatStorage.__module__ = 'torch'; torch.FloatStorage = FloatStorage
sys.modules['torch'] = torch; sys.modules['torch._utils'] = utils
class S:
    def __init__(s, k, n): s.k, s.n = k, n
class T:
    def __init__(s, k, n): s.k, s.n = k, n
    def __reduce_ex__(s, p): return (_rebuild_tensor_v2, (S(s.k, s.n), 0, (s.n,), (1,), False, collections.OrderedDict()))
class P(pickle.Pickler):
    def persistent_id(self, o):
        return ('storage', FloatStorage, str(o.k), 'cpu', o.n) if isinstance(o, S) else None
# 45 %: PyTorch archive with 40 tensors
pt = int(total * 0.45) // 40 // 4 * 4
state = collections.OrderedDict((f'layer{i}.weight', T(i, pt // 4)) for i in range(40))
data = io.BytesIO(); P(data, protocol=2).dump(state)
with zipfile.ZipFile(os.path.join(out, 'pytorch_model.bin'), 'w', zipfile.ZIP_STORED, allowZip64=True) as z:
    z.writestr('archive/data.pkl', data.getvalue())
    for i in range(40):
        with z.open(f'archive/data/{i}', 'w', force_zip64=True) as f:
            for off in range(0, pt, len(chunk)): f.write(chunk[: min(len(chunk), pt - off)])
    z.writestr('archive/version', '3\n')
# 40 %: safetensors with 16 tensors
n = int(total * 0.40) // 16 // 4 * 4
header, offset = {}, 0
for i in range(16):
    header[f't{i}'] = {'dtype': 'F32', 'shape': [n // 4], 'data_offsets': [offset, offset + n]}; offset += n
h = json.dumps(header).encode(); h += b' ' * ((8 - len(h) % 8) % 8)
with open(os.path.join(out, 'model.safetensors'), 'wb') as f:
    f.write(struct.pack('<Q', len(h))); f.write(h)
    for i in range(16): f.write(blob(n))
# the rest: a pickle holding one large bytes payload, and small files
rest = total - 40 * pt - 16 * n - 4096
with open(os.path.join(out, 'optimizer.pkl'), 'wb') as f:
    f.write(pickle.dumps({'step': 10, 'state': blob(max(rest, 1))}, protocol=4))
with open(os.path.join(out, 'config.json'), 'w') as f: json.dump({'layers': 40}, f)
with open(os.path.join(out, 'labels.json'), 'w') as f: json.dump(['a', 'b'], f)
`;

if (!existsSync(path.join(dir, 'checksum.sha256'))) {
  mkdirSync(dir, { recursive: true });
  console.log(`writing ${TOTAL_MIB} MiB of artifacts to ${path.relative(repo, dir)} …`);
  execFileSync('python3', ['-c', WRITER, dir, String(TOTAL_MIB)], { stdio: 'inherit' });
  const written = spawnSync(process.execPath, [cli, 'checksums', 'write', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (written.status !== 0)
    throw new Error(`checksums write failed: ${written.stdout}${written.stderr}`);
}
const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);

/** Median wall seconds of RUNS runs after one warm-up (page cache), peak RSS, CPU seconds. */
function measure(cliArgs, expectCode = 0) {
  const runs = [];
  let peakKiB = 0;
  let last;
  for (let i = 0; i <= RUNS; i += 1) {
    const command = hasGnuTime ? '/usr/bin/time' : process.execPath;
    const commandArgs = hasGnuTime
      ? ['-f', '%M %U %S', process.execPath, cli, ...cliArgs]
      : [cli, ...cliArgs];
    const start = process.hrtime.bigint();
    const out = spawnSync(command, commandArgs, { cwd: dir, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (out.status !== expectCode)
      throw new Error(
        `pipeguard ${cliArgs.join(' ')} exited ${out.status}: ${out.stdout}${out.stderr}`,
      );
    let cpu = NaN;
    if (hasGnuTime) {
      const [rss, user, sys] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
      peakKiB = Math.max(peakKiB, rss);
      cpu = user + sys;
    }
    last = out.stdout;
    if (i > 0) runs.push({ seconds, cpu });
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  const median = runs[Math.floor(runs.length / 2)];
  return { ...median, peakMiB: peakKiB / 1024, stdout: last };
}

const fmt = (n, d = 3) => n.toFixed(d);
const models = measure(['models', '.', '--format', 'json', '--output', '-']);
const report = JSON.parse(models.stdout);
const details = report.checks[0].details;
const checksums = measure(['checksums', 'verify', '.']);
const gib = bytes / 1024 ** 3;
console.log(
  `artifact directory: ${fmt(gib, 2)} GiB in ${readdirSync(dir).length} files (${RUNS} runs each, median, warm page cache)`,
);
console.log(
  `pipeguard models           ${fmt(models.seconds)} s  ${fmt(gib / models.seconds, 2)} GiB/s  peak ${fmt(models.peakMiB, 0)} MiB  cpu ${fmt(models.cpu, 2)} s  (parsers read ${details.bytesRead} of ${details.bytes} bytes; ${report.findings.length} finding(s))`,
);
console.log(
  `pipeguard checksums verify ${fmt(checksums.seconds)} s  ${fmt(gib / checksums.seconds, 2)} GiB/s  peak ${fmt(checksums.peakMiB, 0)} MiB  cpu ${fmt(checksums.cpu, 2)} s`,
);
const ratio = models.seconds / checksums.seconds;
console.log(`models / checksums verify: ${fmt(ratio, 2)}× (target ≤ 2×)`);
if (report.findings.length > 0) {
  console.error('the benchmark artifacts are benign: the scan must report nothing');
  process.exit(1);
}
process.exit(ratio <= 2 ? 0 : 1);
