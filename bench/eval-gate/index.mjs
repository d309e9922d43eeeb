// Eval-gate benchmark: verifying exception signatures offline in one pipeguard process vs one
// `ssh-keygen -Y verify` per signature (what git and shell wrappers do), and a gate decision over
// a large lm-eval results file with many exceptions. Generated data goes to .bench-work/eval-gate.
// Usage: node bench/eval-gate/index.mjs [EXCEPTIONS] (default 100; two signatures each).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const work = path.join(repoRoot, '.bench-work', 'eval-gate');
const count = Number(process.argv[2] ?? 100);
const NS = 'pipeguard-exception';

rmSync(work, { recursive: true, force: true });
const root = path.join(work, 'repo');
const keys = path.join(work, 'keys');
mkdirSync(path.join(root, 'exceptions'), { recursive: true });
mkdirSync(path.join(root, '.github'), { recursive: true });
mkdirSync(keys, { recursive: true });

const key = (name, type, bits) => {
  const file = path.join(keys, name);
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    type,
    ...(bits ? ['-b', bits] : []),
    '-N',
    '',
    '-C',
    name,
    '-f',
    file,
  ]);
  return { file, pub: readFileSync(`${file}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ') };
};
const sec = key('sec', 'ed25519');
const ml = key('ml', 'ecdsa', '256');
const signers = `sec@bench namespaces="${NS}" ${sec.pub}\nml@bench namespaces="${NS}" ${ml.pub}\n`;
writeFileSync(path.join(root, '.github/allowed_signers'), signers);

// A large lm-eval style results file: many tasks, one gated metric failing.
const results = {};
for (let i = 0; i < 5000; i++)
  results[`task_${i}`] = { 'acc,none': 0.9, 'acc_stderr,none': 0.01, alias: `task_${i}` };
results.target = { 'acc,none': 0.8 };
writeFileSync(path.join(root, 'metrics.json'), JSON.stringify({ results }, null, 1));
const manifest = `${'a'.repeat(64)}  model.onnx\n`;
writeFileSync(path.join(root, 'checksum.sha256'), manifest);
const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
writeFileSync(
  path.join(root, 'eval-policy.yml'),
  `version: 1\nmodel: bench\nmetrics:\n  target:\n    path: results.target.acc,none\n    direction: higher\n    min: 0.85\nexceptions:\n  max_days: 30\n`,
);
writeFileSync(
  path.join(root, '.pipeguard.yml'),
  `version: 1\neval-gate:\n  roles:\n    security: { principals: [sec@bench] }\n    ml-owner: { principals: [ml@bench] }\n`,
);
const now = Date.now();
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const sign = (k, bytes) =>
  spawnSync('ssh-keygen', ['-Y', 'sign', '-f', k.file, '-n', NS], {
    input: bytes,
  }).stdout.toString();
const files = [];
for (let i = 0; i < count; i++) {
  const name = `exceptions/exc-${String(i).padStart(4, '0')}.yml`;
  const text = [
    'version: 1',
    `id: EXC-${i}`,
    'model: bench',
    `artifact_digest: ${i === 0 ? digest : `sha256:${createHash('sha256').update(String(i)).digest('hex')}`}`,
    'waivers:\n  - metric: target\n    min: 0.75',
    'reason: benchmark exception accepted by both roles for timing only',
    'ticket: BENCH-1',
    'requested_by: bench',
    `created: ${iso(now - 86_400_000)}`,
    `expires: ${iso(now + 10 * 86_400_000)}`,
    'required_roles: [security, ml-owner]',
    '',
  ].join('\n');
  writeFileSync(path.join(root, name), text);
  writeFileSync(path.join(root, `${name}.sig`), sign(sec, text) + sign(ml, text));
  files.push(name);
}

const time = (run) => {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
};
const node = process.execPath;

// pipeguard: one process verifies every exception file and explains each signature.
const ours = time(() =>
  spawnSync(node, [cli, 'exception', 'verify', '--root', root, '--policy', 'eval-policy.yml'], {
    encoding: 'utf8',
  }),
);
if (ours.result.status !== 0) {
  console.error(ours.result.stdout, ours.result.stderr);
  process.exit(1);
}
// Peer: ssh-keygen -Y verify once per signature (two per file), as git does per commit.
const peer = time(() => {
  for (const name of files) {
    const text = readFileSync(path.join(root, name));
    const blocks = readFileSync(path.join(root, `${name}.sig`), 'utf8')
      .split(/(?<=-----END SSH SIGNATURE-----\n)/)
      .filter(Boolean);
    for (const [i, principal] of ['sec@bench', 'ml@bench'].entries()) {
      const sigFile = path.join(work, 'one.sig');
      writeFileSync(sigFile, blocks[i]);
      const r = spawnSync(
        'ssh-keygen',
        [
          '-Y',
          'verify',
          '-f',
          path.join(root, '.github/allowed_signers'),
          '-I',
          principal,
          '-n',
          NS,
          '-s',
          sigFile,
        ],
        { input: text },
      );
      if (r.status !== 0) throw new Error(`ssh-keygen refused ${name}: ${r.stderr}`);
    }
  }
});
const gate = time(() =>
  spawnSync(
    node,
    [
      cli,
      'eval-gate',
      '--root',
      root,
      '--metrics',
      'metrics.json',
      '--manifest',
      'checksum.sha256',
    ],
    { encoding: 'utf8' },
  ),
);
if (gate.result.status !== 0) {
  console.error(gate.result.stdout, gate.result.stderr);
  process.exit(1);
}
const sigs = count * 2;
console.log(`exception verify, ${count} files / ${sigs} signatures:`);
console.log(`  pipeguard (1 process, node:crypto)   ${ours.ms.toFixed(0)} ms`);
console.log(`  ssh-keygen -Y verify (per signature) ${peer.ms.toFixed(0)} ms`);
console.log(`  ratio ssh-keygen / pipeguard         ${(peer.ms / ours.ms).toFixed(2)}x`);
console.log(
  `eval-gate decision (5001-task lm-eval file, ${count} exceptions, 1 applied): ${gate.ms.toFixed(0)} ms`,
);
