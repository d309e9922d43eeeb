/**
 * Approval by SSH signatures: `<exception>.sig` holds one armored SSHSIG block per signer, each
 * over the exact exception bytes in namespace `pipeguard-exception`. A signature counts for a
 * role when it verifies, and allowed_signers lets its key sign for one of the role's principals
 * (namespace and validity window checked against the CI clock). Roles are then matched to
 * signatures so that no signature, principal or key satisfies two roles.
 */
import { existsSync } from 'node:fs';
import {
  AllowedSignersError,
  ArmorError,
  authorize,
  MAX_SIGNATURE_FILE_BYTES,
  parseAllowedSigners,
  verifyArmoredSignatures,
  type AllowedSigner,
} from '../../sshsig/index.js';
import { InputError } from '../../util/errors.js';
import { resolveInsideRoot } from '../../util/fs.js';
import type { CheckContext } from '../types.js';
import type { ApprovalRequest, ApprovalSource, RoleVerdict } from './approvals.js';
import { DEFAULTS, evalGateSection, rolesOf } from './config.js';
import { readRecorded, utf8 } from './inputs.js';

export const EXCEPTION_NAMESPACE = 'pipeguard-exception';

export interface SignatureExplanation {
  /** Line of the block in the .sig file. */
  line: number;
  fingerprint?: string;
  keyType?: string;
  /** The signature verifies over the file bytes in the pinned namespace. */
  verified: boolean;
  /** Role → principal this signature is allowed to speak for (by allowed_signers). */
  allowedFor: Array<{ role: string; principal: string; allowedSignersLine: number }>;
  /** Role → principal it was finally counted for (after the distinct-signer matching). */
  countedFor?: { role: string; principal: string };
  /** Why it does not count (for a role), when it does not. */
  reasons: string[];
}

export interface SignatureReport {
  sigFile: string;
  allowedSignersFile: string;
  signatures: SignatureExplanation[];
  verdicts: RoleVerdict[];
}

export function sigFileOf(exceptionFile: string): string {
  return `${exceptionFile}.sig`;
}

export async function loadAllowedSigners(
  ctx: CheckContext,
): Promise<{ file: string; signers: AllowedSigner[] }> {
  const configured = evalGateSection(ctx.config)['allowed-signers'] ?? DEFAULTS.allowedSigners;
  const input = await readRecorded(ctx, configured, 'allowed_signers file');
  try {
    return { file: input.name, signers: parseAllowedSigners(utf8(input)) };
  } catch (error) {
    if (error instanceof AllowedSignersError)
      throw new InputError(error.message, input.name, error.line, 1);
    throw error;
  }
}

export async function checkSignatures(
  request: ApprovalRequest,
  ctx: CheckContext,
): Promise<SignatureReport> {
  const sigFile = sigFileOf(request.exceptionFile);
  if (!existsSync(resolveInsideRoot(ctx.root, sigFile))) {
    const { file } = await loadAllowedSigners(ctx);
    return {
      sigFile,
      allowedSignersFile: file,
      signatures: [],
      verdicts: request.roles.map((role) => ({
        role,
        satisfied: false,
        via: 'signature',
        reason: `no signatures: ${sigFile} does not exist`,
      })),
    };
  }
  const sigInput = await readRecorded(ctx, sigFile, 'signature file', MAX_SIGNATURE_FILE_BYTES);
  const { file: allowedSignersFile, signers } = await loadAllowedSigners(ctx);
  try {
    const judged = judgeSignatures(
      {
        armored: utf8(sigInput),
        message: request.exceptionBytes,
        namespace: EXCEPTION_NAMESPACE,
        roles: request.roles,
        signers,
        place: (line) => `${sigFile}:${line}`,
      },
      ctx,
    );
    return { sigFile, allowedSignersFile, ...judged };
  } catch (error) {
    if (error instanceof ArmorError)
      throw new InputError(error.message, sigInput.name, error.line, 1);
    throw error;
  }
}

/** Armored SSHSIG blocks over one message, and who must have signed it. */
export interface SignedMessage {
  /** One or more armored blocks (a `.sig` file's text, or a record's `ssh_signature`). */
  armored: string;
  message: Buffer;
  namespace: string;
  roles: string[];
  signers: AllowedSigner[];
  /** Where block `line` lives, for reasons (`FILE.sig:3`). */
  place: (line: number) => string;
}

/**
 * Verify every block over the message in the namespace, authorize its key for each role's
 * principals (allowed_signers, at the CI clock), then match roles to distinct signers. Throws
 * ArmorError on text that is not armored blocks (block count and sizes checked before decoding).
 */
export function judgeSignatures(
  signed: SignedMessage,
  ctx: Pick<CheckContext, 'config' | 'now'>,
): Pick<SignatureReport, 'signatures' | 'verdicts'> {
  const roles = rolesOf(ctx.config);
  const { namespace, signers, place } = signed;
  const unsatisfied = (role: string, reason: string): RoleVerdict => ({
    role,
    satisfied: false,
    via: 'signature',
    reason,
  });
  const blocks = verifyArmoredSignatures(signed.armored, signed.message, namespace);

  const explanations: SignatureExplanation[] = blocks.map((block) => {
    const key = block.signature?.publicKey;
    const explanation: SignatureExplanation = {
      line: block.line,
      ...(key ? { fingerprint: key.fingerprint, keyType: key.label } : {}),
      verified: !block.error,
      allowedFor: [],
      reasons: [],
    };
    if (block.error || !key) {
      explanation.reasons.push(block.error ?? 'unreadable');
      return explanation;
    }
    for (const role of signed.roles) {
      const principals = roles[role]?.principals ?? [];
      for (const principal of principals) {
        const verdict = authorize(signers, key.blob, principal, namespace, ctx.now);
        if (verdict.ok)
          explanation.allowedFor.push({ role, principal, allowedSignersLine: verdict.line });
        else explanation.reasons.push(`${role} as ${principal}: ${verdict.reason}`);
      }
    }
    if (explanation.allowedFor.length === 0 && explanation.reasons.length === 0) {
      explanation.reasons.push('no required role lists any principal');
    }
    return explanation;
  });

  const assignment = assignDistinct(signed.roles, explanations);
  const verdicts = signed.roles.map((role): RoleVerdict => {
    const chosen = assignment.get(role);
    if (chosen) {
      const sig = explanations[chosen.index]!;
      sig.countedFor = { role, principal: chosen.principal };
      return {
        role,
        satisfied: true,
        by: chosen.principal,
        via: 'signature',
        reason: `signed by ${chosen.principal} with ${sig.keyType} key ${sig.fingerprint} (${place(sig.line)})`,
      };
    }
    const principals = roles[role]?.principals ?? [];
    if (principals.length === 0)
      return unsatisfied(
        role,
        `role ${role} lists no principals in .pipeguard.yml eval-gate.roles`,
      );
    if (explanations.some((e) => e.allowedFor.some((a) => a.role === role))) {
      return unsatisfied(
        role,
        `the only valid signatures by ${role} principals already count for another role; each role needs a distinct signer (principal and key)`,
      );
    }
    const why = explanations.map(
      (e) =>
        `${place(e.line)}: ${e.reasons.find((r) => r.startsWith(`${role} as `)) ?? e.reasons[0] ?? 'not allowed for this role'}`,
    );
    return unsatisfied(
      role,
      why.length
        ? `no valid signature by ${principals.join(' or ')} (${why.join('; ')})`
        : `no signature by ${principals.join(' or ')}`,
    );
  });
  return { signatures: explanations, verdicts };
}

/**
 * Match roles to signatures so that no two roles share a signature, a principal or a key
 * (backtracking; roles and signatures are few). Returns the largest matching found first, in
 * role order, so a full matching wins whenever one exists.
 */
function assignDistinct(
  roles: string[],
  signatures: SignatureExplanation[],
): Map<string, { index: number; principal: string }> {
  let best = new Map<string, { index: number; principal: string }>();
  const current = new Map<string, { index: number; principal: string }>();
  const usedSig = new Set<number>();
  const usedPrincipal = new Set<string>();
  const usedKey = new Set<string>();
  const search = (i: number): boolean => {
    if (current.size > best.size) best = new Map(current);
    if (best.size === roles.length) return true;
    if (i >= roles.length) return false;
    const role = roles[i]!;
    for (let s = 0; s < signatures.length; s++) {
      const sig = signatures[s]!;
      if (usedSig.has(s) || usedKey.has(sig.fingerprint!)) continue;
      for (const allowed of sig.allowedFor) {
        if (allowed.role !== role || usedPrincipal.has(allowed.principal)) continue;
        current.set(role, { index: s, principal: allowed.principal });
        usedSig.add(s);
        usedPrincipal.add(allowed.principal);
        usedKey.add(sig.fingerprint!);
        if (search(i + 1)) return true;
        current.delete(role);
        usedSig.delete(s);
        usedPrincipal.delete(allowed.principal);
        usedKey.delete(sig.fingerprint!);
      }
    }
    // Leave this role unsatisfied and try to satisfy the rest.
    return search(i + 1);
  };
  search(0);
  return best;
}

export const signatureApprovals: ApprovalSource = {
  kind: 'signatures',
  async evaluate(request, ctx) {
    return (await checkSignatures(request, ctx)).verdicts;
  },
};
