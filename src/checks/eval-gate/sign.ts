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
import { textOption } from '../options.js';
import type { CheckContext, CommandArgs } from '../types.js';
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

/** The arguments every `… sign` command takes: one target, --key, --agent, --hash-algorithm. */
export function signArgs(
  args: CommandArgs,
  command: string,
  target: string,
): { target: string; options: SignOptions } {
  if (args.positionals.length !== 1) throw new InputError(`${command} takes exactly one ${target}`);
  const key = textOption(args.values, 'key');
  if (!key)
    throw new InputError(`${command} needs --key KEY (your SSH key, e.g. ~/.ssh/id_ed25519)`);
  const hash = textOption(args.values, 'hash-algorithm') ?? 'sha512';
  if (hash !== 'sha256' && hash !== 'sha512')
    throw new InputError(`--hash-algorithm must be sha512 or sha256; got ${hash}`);
  return {
    target: args.positionals[0]!,
    options: { key, agent: args.values.agent === true, hashAlgorithm: hash },
  };
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

  const { blob, signature } = await sshKeygenSign(
    options,
    keyPath,
    input.bytes,
    input.name,
    EXCEPTION_NAMESPACE,
  );
  const sigName = sigFileOf(input.name);
  const sigPath = resolveInsideRoot(ctx.root, sigName);
  const existing = existsSync(sigPath)
    ? utf8(await readInput(ctx.root, sigName, 'signature file', MAX_SIGNATURE_FILE_BYTES))
    : '';
  const merged = mergeSignatureBlocks(
    existing,
    blob,
    signature.publicKey.fingerprint,
    (message, line) => new InputError(message, sigName, line, line === undefined ? undefined : 1),
  );
  await writeFileAtomic(sigPath, merged.text);
  const { kept, replaced } = merged;

  const { roles: allowedFor, findings } = await signerCounts(ctx, {
    check: 'exception',
    namespace: EXCEPTION_NAMESPACE,
    key: signature.publicKey,
    file: sigName,
    subject: sigName,
    what: 'sign',
    remedy: (signersFile) =>
      `add "<principal> namespaces=\\"${EXCEPTION_NAMESPACE}\\" <public key>" to ${signersFile} and the principal to eval-gate.roles`,
  });
  const total = kept + 1;
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

/**
 * `ssh-keygen -Y sign` over the message in the namespace; the one block it produced, parsed and
 * verified (an unusable or non-verifying signature is an input error naming `label`).
 */
export async function sshKeygenSign(
  options: SignOptions,
  keyPath: string,
  message: Buffer,
  label: string,
  namespace: string,
): Promise<{ blob: Buffer; signature: Sshsig }> {
  const armored = await runSshKeygen(options, keyPath, message, label, namespace);
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
      label,
    );
  }
  const problem = verifySshsig(signature, message, namespace);
  if (problem) throw new InputError(`the new signature does not verify (${problem})`, label);
  return { blob, signature };
}

/**
 * Add a new block to existing armored blocks, replacing an earlier block by the same key and
 * keeping everyone else's. Unreadable existing text is refused (`fail` names where).
 */
export function mergeSignatureBlocks(
  existing: string,
  blob: Buffer,
  fingerprint: string,
  fail: (message: string, line?: number) => InputError,
): { text: string; kept: number; replaced: number } {
  const kept: Buffer[] = [];
  let replaced = 0;
  let blocks;
  try {
    blocks = splitArmoredBlocks(existing);
  } catch (error) {
    if (error instanceof ArmorError)
      throw fail(`${error.message}; fix or delete it before signing`, error.line);
    throw error;
  }
  for (const block of blocks) {
    if (!block.blob)
      throw fail(
        `unreadable signature block (${block.error}); fix or delete it before signing`,
        block.line,
      );
    let other: string | undefined;
    try {
      other = parseSshsig(block.blob).publicKey.fingerprint;
    } catch {
      other = undefined;
    }
    if (other === fingerprint) replaced++;
    else kept.push(block.blob);
  }
  if (kept.length + 1 > MAX_SIGNATURE_BLOCKS) {
    throw fail(
      `already holds ${kept.length} signatures by other keys; more than ${MAX_SIGNATURE_BLOCKS} are refused`,
    );
  }
  return { text: [...kept, blob].map(armor).join(''), kept: kept.length, replaced };
}

/**
 * `role as principal` for every configured role's principal this key may sign for in the
 * namespace now, and a finding when it may sign for none (nothing when allowed_signers cannot be
 * read: a warning says so).
 */
export async function signerCounts(
  ctx: CheckContext,
  signed: {
    check: string;
    namespace: string;
    key: { blob: Buffer; fingerprint: string };
    file: string;
    line?: number;
    /** What the finding's fingerprint is about (the file, or file:line). */
    subject: string;
    /** `sign` or `sign approvals`. */
    what: string;
    remedy: (signersFile: string) => string;
  },
): Promise<{ roles: string[]; findings: Finding[] }> {
  let signersFile: string;
  const roles: string[] = [];
  try {
    const loaded = await loadAllowedSigners(ctx);
    signersFile = loaded.file;
    for (const [role, members] of Object.entries(rolesOf(ctx.config))) {
      for (const principal of members.principals ?? []) {
        if (authorize(loaded.signers, signed.key.blob, principal, signed.namespace, ctx.now).ok)
          roles.push(`${role} as ${principal}`);
      }
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    ctx.log.warn(`cannot tell which roles this key may sign for: ${error.toLine()}`);
    return { roles, findings: [] };
  }
  if (roles.length > 0) return { roles, findings: [] };
  const { fingerprint } = signed.key;
  return {
    roles,
    findings: [
      {
        check: signed.check,
        rule: 'signer-not-allowed',
        severity: 'medium',
        message: `key ${fingerprint} may not ${signed.what} for any role's principal in ${signersFile} now; this signature will not count`,
        file: signed.file,
        ...(signed.line !== undefined ? { line: signed.line } : {}),
        fingerprint: fingerprintOf(signed.check, 'signer-not-allowed', signed.subject, fingerprint),
        remedy: signed.remedy(signersFile),
      },
    ],
  };
}

function runSshKeygen(
  options: SignOptions,
  keyPath: string,
  message: Buffer,
  label: string,
  namespace: string,
): Promise<string> {
  const args = [
    '-Y',
    'sign',
    '-n',
    namespace,
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
