/**
 * The built bundles on examples/ml-project: the CLI and the eval-gate sub-action exit 12 on the
 * failing run without its exception and 0 with it; pre-commit runs the pipeguard-exceptions hook.
 * The example ships no exception (nothing in it may expire): the copy gets the one in
 * example-exception.yml, dated around now and signed with fresh throwaway keys.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshDepsExceptions } from '../helpers/example.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { preCommitVersion, tryRepo } from '../helpers/precommit.js';
import { REPO_ROOT, runAction, runCli } from '../helpers/run.js';
import { generateKey, sshSign, tempDir } from '../sshsig/ssh.js';

const RUN = 'runs/run-2026-11-21-candidate';
const EXC = 'exceptions/sentiment-distilbert-20261121.yml';
const GATE_ARGS = [
  'eval-gate',
  '--metrics',
  `${RUN}/metrics.json`,
  '--manifest',
  `${RUN}/artifact/checksum.sha256`,
];

let repo: TempRepo | undefined;
let keys: ReturnType<typeof tempDir> | undefined;
afterEach(() => {
  repo?.cleanup();
  keys?.cleanup();
});

const at = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The example, with its exception dated around now (or as given) and signed by fresh sam / maria keys. */
function example(dates: { created?: string; expires?: string } = {}): TempRepo {
  repo = tempRepo();
  keys = tempDir('pipeguard-keys-');
  cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), repo.dir, { recursive: true });
  const file = path.join(repo.dir, EXC);
  writeFileSync(
    file,
    readFileSync(path.join(__dirname, 'example-exception.yml'), 'utf8')
      .replace(/^created: .*$/m, `created: ${dates.created ?? at(-1)}`)
      .replace(/^expires: .*$/m, `expires: ${dates.expires ?? at(20)}`),
  );
  const sam = generateKey(keys.dir, 'ed25519', 'sam');
  const maria = generateKey(keys.dir, 'ecdsa-256', 'maria');
  const signers = path.join(repo.dir, '.github/allowed_signers');
  writeFileSync(
    signers,
    readFileSync(signers, 'utf8')
      .replace(/(sam@\S+ \S+ )\S+ \S+/, `$1${sam.publicText.split(' ').slice(0, 2).join(' ')}`)
      .replace(/(maria@\S+ \S+ )\S+ \S+/, `$1${maria.publicText.split(' ').slice(0, 2).join(' ')}`),
  );
  const bytes = readFileSync(file);
  writeFileSync(`${file}.sig`, sshSign(sam, bytes) + sshSign(maria, bytes));
  // `exception verify` checks every kind: the dependency exception is re-signed valid from today.
  refreshDepsExceptions(repo.dir);
  repo.commitAll('example');
  return repo;
}

describe('CLI bundle on examples/ml-project', () => {
  it('exits 12 on the failing run without the exception, 0 with it, and replays the decision', () => {
    const r = example();
    const allowed = runCli([...GATE_ARGS, '--audit-log', '.pipeguard/audit.jsonl'], { cwd: r.dir });
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain(
      'allowed: 1 failing metric(s) covered by exception EXC-2026-11-21-sentiment',
    );

    const replayed = runCli(['eval-gate', '--replay', '.pipeguard/audit.jsonl'], { cwd: r.dir });
    expect(replayed.code, replayed.stdout).toBe(0);
    expect(replayed.stdout).toMatch(
      /agrees: \.pipeguard\/audit\.jsonl:\d+ recorded allowed, recomputed allowed/,
    );

    rmSync(path.join(r.dir, `${EXC}.sig`));
    const blocked = runCli(GATE_ARGS, { cwd: r.dir });
    expect(blocked.code).toBe(12);
    expect(blocked.stdout).toContain('blocked: accuracy 0.874 < min 0.88 (short by 0.006)');
    expect(blocked.stdout).toContain('role ml-owner not satisfied by signature: no signatures');
  });

  it('exits 2 with one line naming the file for an unreadable metrics file', () => {
    const r = example();
    r.write({ [`${RUN}/metrics.json`]: '{"results": {"sentiment": {"acc,none": 0.87,}}' });
    const result = runCli(GATE_ARGS, { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/runs\/run-2026-11-21-candidate\/metrics.json:1:\d+: /);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exception verify explains each signature and fails on a changed byte', () => {
    const r = example();
    const ok = runCli(['exception', 'verify'], { cwd: r.dir });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('counts for security as sam@ml-project.example');
    expect(ok.stdout).toContain('counts for ml-owner as maria@ml-project.example');
    const file = path.join(r.dir, EXC);
    writeFileSync(file, readFileSync(file, 'utf8').replace('min: 0.87', 'min: 0.80'));
    const tampered = runCli(['exception', 'verify', EXC], { cwd: r.dir });
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('does not verify: signature does not match the file bytes');
  });
});

describe('signature file limits, checked before any decoding or cryptography', () => {
  it('refuses 100,000 copies of a valid block fast, with one line naming the file', () => {
    const r = example();
    const sig = path.join(r.dir, `${EXC}.sig`);
    const block = readFileSync(sig, 'utf8').split(/(?<=-----END SSH SIGNATURE-----\n)/)[0]!;
    writeFileSync(sig, block.repeat(100_000));
    const started = Date.now();
    const result = runCli(['exception', 'verify', EXC], { cwd: r.dir });
    // Generous: the original parsed and verified every copy first (~40 s of CPU).
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stdout).toContain(`${EXC}.sig: signature file is larger than 2 MiB`);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a 65th block at its line, before verifying any', () => {
    const r = example();
    const sig = path.join(r.dir, `${EXC}.sig`);
    const block = readFileSync(sig, 'utf8').split(/(?<=-----END SSH SIGNATURE-----\n)/)[0]!;
    writeFileSync(sig, block.repeat(65));
    const line = 64 * block.split('\n').length - 63;
    const result = runCli(['exception', 'verify', EXC], { cwd: r.dir });
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stdout).toContain(
      `${EXC}.sig:${line}:1: more than 64 signature blocks (one per signer is expected)`,
    );
    const gate = runCli(GATE_ARGS, { cwd: r.dir });
    expect(gate.code).toBe(2);
    expect(gate.stdout).toContain(`${EXC}.sig:${line}:1: more than 64 signature blocks`);
  });
});

describe('leap-second and impossible times in a signed exception (CLI bundle)', () => {
  // Each exception is signed by both roles: only its times can keep the gate closed.
  for (const expires of ['2026-11-30T23:59:60Z', '2026-12-01T00:59:60+01:00']) {
    it(`an exception that expired at ${expires} is expired: blocked, and verify calls it invalid`, () => {
      const r = example({ created: '2026-11-21T10:00:00Z', expires });
      const gate = runCli(GATE_ARGS, { cwd: r.dir });
      expect(gate.code, gate.stdout).toBe(12);
      expect(gate.stdout).toContain(`expired at ${expires} [exception-expired]`);
      const verify = runCli(['exception', 'verify'], { cwd: r.dir });
      expect(verify.code, verify.stdout).toBe(1);
      expect(verify.stdout).toContain('1 of 2 exception(s) valid and approved');
      expect(verify.stdout).toContain('[exception-expired]');
    });
  }

  it('an exception expiring in 2099 at second 60 is beyond max_days: blocked, and invalid', () => {
    const r = example({ created: at(-1), expires: '2099-12-31T23:59:60Z' });
    const gate = runCli(GATE_ARGS, { cwd: r.dir });
    expect(gate.code, gate.stdout).toBe(12);
    expect(gate.stdout).toMatch(
      /lives \d+(\.\d)? days \(created .*, expires 2099-12-31T23:59:60Z\); the policy allows at most 30 \[exception-expiry-cap\]/,
    );
    const verify = runCli(['exception', 'verify'], { cwd: r.dir });
    expect(verify.code, verify.stdout).toBe(1);
    expect(verify.stdout).toContain('[exception-expiry-cap]');
  });

  it('a time the date-time format accepts but no clock shows is an input error naming the field', () => {
    const r = example({ expires: '2026-12-10T24:59:30+01:00' });
    for (const args of [GATE_ARGS, ['exception', 'verify']]) {
      const result = runCli(args, { cwd: r.dir });
      expect(result.code, result.stdout).toBe(2);
      expect(result.stdout + result.stderr).toContain(
        `${EXC}:17:10: expires "2026-12-10T24:59:30+01:00" is not a usable time: hour 24 is out of range (00-23)`,
      );
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('eval-gate sub-action on examples/ml-project', () => {
  const inputs = { metrics: `${RUN}/metrics.json`, manifest: `${RUN}/artifact/checksum.sha256` };

  it('exits 12 without the exception, with the unblock recipe in the job summary', () => {
    const r = example();
    rmSync(path.join(r.dir, 'exceptions'), { recursive: true });
    const result = runAction({ entry: 'eval-gate', workspace: r.dir, inputs });
    expect(result.code, result.stdout + result.stderr).toBe(12);
    expect(result.outputs).toMatchObject({
      status: 'blocked',
      decision: 'blocked',
      'uncovered-metrics': 'accuracy',
    });
    expect(result.summary).toContain('### Eval gate: ⛔ blocked');
    expect(result.summary).toContain('#### How to unblock');
    expect(result.summary).toMatch(
      /1\. Add `exceptions\/sentiment-distilbert-\d{8}\.yml` \(expires at most 30 days/,
    );
    expect(result.summary).toContain('**security**: sam@ml-project.example');
    expect(result.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          properties: expect.objectContaining({ file: `${RUN}/metrics.json`, line: '4' }),
        }),
      ]),
    );
  });

  it('exits 0 with the signed exception and reports it applied', () => {
    const r = example();
    const result = runAction({ entry: 'eval-gate', workspace: r.dir, inputs });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({
      status: 'pass',
      decision: 'allowed',
      'exceptions-applied': 'EXC-2026-11-21-sentiment',
    });
    expect(result.summary).toContain('waived by EXC-2026-11-21-sentiment');
    expect(result.summary).toMatch(
      /approved by security: sam@ml-project.example \(signature\), ml-owner: maria@ml-project.example \(signature\)/,
    );
  });

  it('verifies exception files with command: verify', () => {
    const r = example();
    const result = runAction({
      entry: 'eval-gate',
      workspace: r.dir,
      inputs: { command: 'verify' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.status).toBe('pass');
  });
});

describe.skipIf(!preCommitVersion())('pipeguard-exceptions hook', () => {
  // One try-repo run (each installs the hook environment afresh): a signed exception verifies,
  // a copy changed after signing does not, and the hook fails on it.
  it('verifies the signed exception and fails the tampered copy', () => {
    const r = example();
    const tampered = 'exceptions/tampered.yml';
    const original = readFileSync(path.join(r.dir, EXC), 'utf8');
    r.write({
      [tampered]: original.replace('EXC-2026-11-21-sentiment', 'EXC-2026-11-21-copy'),
      [`${tampered}.sig`]: readFileSync(path.join(r.dir, `${EXC}.sig`)),
    });
    r.commitAll('tampered copy');
    const result = tryRepo(r.dir, 'pipeguard-exceptions', ['--all-files']);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(
      '2 of 3 exception(s) valid and approved by every required role',
    );
    expect(result.stdout).toContain('EXC-2026-11-21-copy: ED25519 key');
    expect(result.stdout).toContain('signature does not match the file bytes');
  }, 600_000);
});
