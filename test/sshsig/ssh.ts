/** Real ssh-keygen in temp dirs: throwaway keys, signatures, and verification as the reference. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type KeySpec = 'ed25519' | 'ecdsa-256' | 'ecdsa-384' | 'ecdsa-521' | 'rsa';
export const KEY_SPECS: KeySpec[] = ['ed25519', 'ecdsa-256', 'ecdsa-384', 'ecdsa-521', 'rsa'];

export interface TestKey {
  spec: KeySpec;
  /** Private key file (no passphrase). */
  file: string;
  /** `type base64 comment` */
  publicText: string;
  fingerprint: string;
}

export function tempDir(prefix = 'pipeguard-ssh-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function generateKey(dir: string, spec: KeySpec, name: string = spec): TestKey {
  const file = path.join(dir, `key-${name}`);
  const [type, bits] = spec.startsWith('ecdsa')
    ? ['ecdsa', spec.split('-')[1]!]
    : spec === 'rsa'
      ? ['rsa', '2048']
      : ['ed25519', undefined];
  const args = ['-q', '-t', type, '-N', '', '-C', `${name}@test`, '-f', file];
  if (bits) args.push('-b', bits);
  execFileSync('ssh-keygen', args, { stdio: 'ignore' });
  const publicText = readFileSync(`${file}.pub`, 'utf8').trim();
  const fingerprint = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${file}.pub`], {
    encoding: 'utf8',
  }).split(' ')[1]!;
  return { spec, file, publicText, fingerprint };
}

/** `ssh-keygen -Y sign` over the bytes, returning the armored signature text. */
export function sshSign(
  key: TestKey,
  message: Buffer | string,
  namespace = 'pipeguard-exception',
  hashalg?: 'sha256' | 'sha512',
): string {
  const args = ['-Y', 'sign', '-f', key.file, '-n', namespace];
  if (hashalg) args.push('-O', `hashalg=${hashalg}`);
  const run = spawnSync('ssh-keygen', args, { input: message });
  if (run.status !== 0) throw new Error(`ssh-keygen -Y sign failed: ${run.stderr.toString()}`);
  return run.stdout.toString();
}

/** `ssh-keygen -Y verify`: the reference verdict. */
export function sshVerify(opts: {
  dir: string;
  allowedSigners: string;
  principal: string;
  namespace: string;
  signature: string;
  message: Buffer | string;
  verifyTime?: string;
}): { ok: boolean; stderr: string } {
  const signers = path.join(opts.dir, `allowed-${Math.random().toString(36).slice(2)}`);
  const sig = `${signers}.sig`;
  writeFileSync(signers, opts.allowedSigners);
  writeFileSync(sig, opts.signature);
  const args = [
    '-Y',
    'verify',
    '-f',
    signers,
    '-I',
    opts.principal,
    '-n',
    opts.namespace,
    '-s',
    sig,
  ];
  if (opts.verifyTime) args.push('-O', `verify-time=${opts.verifyTime}`);
  const run = spawnSync('ssh-keygen', args, { input: opts.message });
  return { ok: run.status === 0, stderr: run.stderr.toString() + run.stdout.toString() };
}
