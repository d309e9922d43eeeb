// `npm run bench -- deps`: `pipeguard deps` on a 300-package package-lock.json, offline (an OSV
// export archive of RECORDS advisories, 1 in 10 naming a locked package) and online (a loopback OSV
// API answering querybatch and /v1/vulns/{id} in the documented shape), median wall time of RUNS
// runs each, next to a bare Node start. The peers (pip-audit, osv-scanner) are not installable
// here (neither is on npm or Debian), so none runs side by side; the Node start is the floor.
// Data goes to .bench-work/deps (git-ignored), never committed.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(repoRoot, '.bench-work', 'deps');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 300);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(2);
}

// --- data -------------------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const names = Array.from({ length: PACKAGES }, (_, i) => `pkg-${String(i).padStart(3, '0')}`);
const lock = {
  name: 'bench',
  lockfileVersion: 3,
  packages: Object.fromEntries([
    ['', { name: 'bench', version: '1.0.0' }],
    ...names.map((n, i) => [
      `node_modules/${n}`,
      {
        version: `${1 + (i % 5)}.${i % 13}.${i % 7}`,
        resolved: `https://registry.example/${n}.tgz`,
      },
    ]),
  ]),
};
writeFileSync(path.join(work, 'package-lock.json'), JSON.stringify(lock, null, 2));
const records = Array.from({ length: RECORDS }, (_, i) => {
  const name = i % 10 === 0 ? names[(i / 10) % PACKAGES] : `other-${i}`;
  return {
    id: `GHSA-bench-${String(i).padStart(4, '0')}`,
    aliases: [`CVE-2026-${10000 + i}`],
    summary: `synthetic advisory ${i}`,
    affected: [
      {
        package: { ecosystem: 'npm', name },
        ranges: [
          { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: `${1 + (i % 6)}.0.0` }] },
        ],
      },
    ],
    database_specific: { severity: ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'][i % 4] },
  };
});
const db = path.join(work, 'osv', 'npm', 'all.zip');
mkdirSync(path.dirname(db), { recursive: true });
execFileSync(
  'python3',
  [
    '-c',
    `import json, sys, zipfile
records = json.load(sys.stdin)
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for r in records:
        z.writestr(r['id'] + '.json', json.dumps(r, indent=2))`,
    db,
  ],
  { input: JSON.stringify(records) },
);
execFileSync('git', ['init', '-q'], { cwd: work });

// --- a loopback OSV API ------------------------------------------------------------------------
const byName = new Map();
for (const r of records) {
  const n = r.affected[0].package.name;
  byName.set(n, [...(byName.get(n) ?? []), r]);
}
const byId = new Map(records.map((r) => [r.id, r]));
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.method === 'POST' && req.url === '/v1/querybatch') {
      const { queries } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const results = queries.map((q) => {
        const major = Number(q.version.split('.')[0]);
        const vulns = (byName.get(q.package.name) ?? [])
          .filter((r) => major < Number(r.affected[0].ranges[0].events[1].fixed.split('.')[0]))
          .map((r) => ({ id: r.id, modified: '2026-01-01T00:00:00Z' }));
        return vulns.length ? { vulns } : {};
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
      return;
    }
    const id = decodeURIComponent((req.url ?? '').replace('/v1/vulns/', ''));
    const record = byId.get(id);
    res.writeHead(record ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(record ?? {}));
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const api = `http://127.0.0.1:${server.address().port}`;

// --- runs --------------------------------------------------------------------------------------
function timed(args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) =>
      resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, code, out }),
    );
  });
}
async function median(args, check) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(args);
    if (check && !check(r)) {
      console.error(`unexpected result (exit ${r.code}):\n${r.out.slice(0, 2000)}`);
      process.exit(1);
    }
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const found = (r) => r.code === 1 && /"vulnerable-dependency"/.test(r.out);
const node = await median(['-e', '']);
const offline = await median(
  [cli, 'deps', '--osv-db', 'osv/npm/all.zip', '--format', 'json', '--output', '-'],
  found,
);
const online = await median(
  [cli, 'deps', '--osv-api', api, '--format', 'json', '--output', '-'],
  found,
);
server.close();
const vulnerable = JSON.parse(
  (await timed([cli, 'deps', '--osv-db', 'osv/npm/all.zip', '--format', 'json', '--output', '-']))
    .out,
).findings.length;

console.log(
  `machine: ${availableParallelism()} CPU(s), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (other work on the machine makes these figures noisy)`,
);
console.log(
  `${PACKAGES} locked npm packages, ${RECORDS} OSV records, ${vulnerable} vulnerable pins reported`,
);
console.log(`node start (floor)                 ${node.toFixed(0)} ms`);
console.log(`pipeguard deps offline (all.zip)   ${offline.toFixed(0)} ms`);
console.log(`pipeguard deps online (loopback)   ${online.toFixed(0)} ms`);
console.log(
  'peers: pip-audit and osv-scanner are not installable here (not on npm or Debian): not run',
);
