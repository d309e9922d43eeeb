/**
 * `pipeguard exception sign FILE --key KEY`: runs `ssh-keygen -Y sign` over the exact file bytes
 * (key file, or the agent with --agent), checks what it produced verifies, and appends it to
 * FILE.sig atomically — replacing an earlier signature by the same key, keeping everyone else's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fingerprintOf, type CheckResult, type Finding } from '../../report/model.js';
import {
  ArmorError,
  armor,
  authorize,
  MAX_SIGNATURE_BLOCKS,
  MAX_SIGNATURE_FILE_BYTES,
  parseSshsig,
  splitArmoredBlocks,
  verifySshsig,
  type Sshsig,
} from '../../sshsig/index.js';
import { InputError } from '../../util/errors.js';
import { resolveInsideRoot, writeFileAtomic } from '../../util/fs.js';
import type { CheckContext } from '../types.js';
import { rolesOf } from './config.js';
import { EXCEPTION_KINDS, exceptionDirs, exceptionKindOf } from './exception-kinds.js';
import { readInput, utf8 } from './inputs.js';
import { EXCEPTION_NAMESPACE, loadAllowedSigners, sigFileOf } from './signature-approvals.js';

export interface SignOptions {
  key: string;
  agent: boolean;
  hashAlgorithm: 'sha256' | 'sha512';
  /** For tests: another ssh-keygen binary. */
  sshKeygen?: string;
}

export async function signException(
  ctx: CheckContext,
  file: string,
  options: SignOptions,
): Promise<CheckResult> {
  const input = await readInput(ctx.root, file, 'exception file');
  // Every kind (eval, dependency, model) is signed the same way, in the same namespace.
  const kind = exceptionKindOf(input, exceptionDirs(ctx));
  const { exception } = EXCEPTION_KINDS[kind].parse(input);
  const keyPath = path.resolve(options.key.replace(/^~(?=$|\/)/, homedir()));
  if (!existsSync(keyPath)) throw new InputError('key file not found', options.key);

  const armored = await runSshKeygen(options, keyPath, input.bytes, input.name);
  let signature: Sshsig;
  let blob: Buffer;
  try {
    const blocks = splitArmoredBlocks(armored);
    if (blocks.length !== 1 || !blocks[0]!.blob) throw new Error('expected one signature block');
    blob = blocks[0]!.blob;
    signature = parseSshsig(blob);
  } catch (error) {
    throw new InputError(
      `ssh-keygen produced an unusable signature (${(error as Error).message})`,
      input.name,
    );
  }
  const problem = verifySshsig(signature, input.bytes, EXCEPTION_NAMESPACE);
  if (problem) throw new InputError(`the new signature does not verify (${problem})`, input.name);

  const sigName = sigFileOf(input.name);
  const sigPath = resolveInsideRoot(ctx.root, sigName);
  const kept: Buffer[] = [];
  let replaced = 0;
  if (existsSync(sigPath)) {
    const existing = await readInput(ctx.root, sigName, 'signature file', MAX_SIGNATURE_FILE_BYTES);
    let blocks;
    try {
      blocks = splitArmoredBlocks(utf8(existing));
    } catch (error) {
      if (error instanceof ArmorError)
        throw new InputError(
          `${error.message}; fix or delete it before signing`,
          sigName,
          error.line,
          1,
        );
      throw error;
    }
    for (const block of blocks) {
      if (!block.blob)
        throw new InputError(
          `unreadable signature block (${block.error}); fix or delete it before signing`,
          sigName,
          block.line,
          1,
        );
      let fingerprint: string | undefined;
      try {
        fingerprint = parseSshsig(block.blob).publicKey.fingerprint;
      } catch {
        fingerprint = undefined;
      }
      if (fingerprint === signature.publicKey.fingerprint) replaced++;
      else kept.push(block.blob);
    }
  }
  if (kept.length + 1 > MAX_SIGNATURE_BLOCKS) {
    throw new InputError(
      `already holds ${kept.length} signatures by other keys; a file with more than ${MAX_SIGNATURE_BLOCKS} is refused`,
      sigName,
    );
  }
  await writeFileAtomic(sigPath, [...kept, blob].map(armor).join(''));

  const findings: Finding[] = [];
  const allowedFor: string[] = [];
  const configured = rolesOf(ctx.config);
  try {
    const { file: signersFile, signers } = await loadAllowedSigners(ctx);
    for (const [role, members] of Object.entries(configured)) {
      for (const principal of members.principals ?? []) {
        if (
          authorize(signers, signature.publicKey.blob, principal, EXCEPTION_NAMESPACE, ctx.now).ok
        ) {
          allowedFor.push(`${role} as ${principal}`);
        }
      }
    }
    if (allowedFor.length === 0) {
      findings.push({
        check: 'exception',
        rule: 'signer-not-allowed',
        severity: 'medium',
        message: `key ${signature.publicKey.fingerprint} may not sign for any role's principal in ${signersFile} now; this signature will not count`,
        file: sigName,
        fingerprint: fingerprintOf(
          'exception',
          'signer-not-allowed',
          sigName,
          signature.publicKey.fingerprint,
        ),
        remedy: `add "<principal> namespaces=\\"${EXCEPTION_NAMESPACE}\\" <public key>" to ${signersFile} and the principal to eval-gate.roles`,
      });
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    ctx.log.warn(`cannot tell which roles this key may sign for: ${error.toLine()}`);
  }
  const total = kept.length + 1;
  return {
    check: 'exception',
    status: 'pass',
    summary: `signed ${EXCEPTION_KINDS[kind].label} ${exception.id} (${input.name}) with ${signature.publicKey.label} key ${signature.publicKey.fingerprint}${
      allowedFor.length ? ` — counts for ${allowedFor.join(', ')}` : ''
    }; ${sigName} holds ${total} signature(s)${replaced ? " (replaced this key's earlier one)" : ''}`,
    findings,
    details: {
      exception: exception.id,
      kind,
      file: input.name,
      sigFile: sigName,
      fingerprint: signature.publicKey.fingerprint,
      allowedFor,
      signatures: total,
    },
    outputs: { 'sig-file': sigName },
  };
}

function runSshKeygen(
  options: SignOptions,
  keyPath: string,
  message: Buffer,
  label: string,
): Promise<string> {
  const args = [
    '-Y',
    'sign',
    '-n',
    EXCEPTION_NAMESPACE,
    '-f',
    keyPath,
    '-O',
    `hashalg=${options.hashAlgorithm}`,
  ];
  if (options.agent) args.push('-U');
  return new Promise((resolve, reject) => {
    const child = spawn(options.sshKeygen ?? 'ssh-keygen', args, {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new InputError(
          error.code === 'ENOENT'
            ? 'ssh-keygen not found: install OpenSSH 8.2 or later'
            : `cannot run ssh-keygen (${error.message})`,
          label,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const lines = Buffer.concat(err).toString('utf8').trim().split('\n').filter(Boolean);
      reject(
        new InputError(
          `ssh-keygen -Y sign failed: ${lines[lines.length - 1] ?? `exit ${code}`}`,
          label,
        ),
      );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(message);
  });
}
