/**
 * How an exception gets approved: pluggable sources, each deciding per required role. Signatures
 * (SSHSIG over the file bytes) are one source; PR reviews are another. The configured mode says
 * which sources must agree (`both` = every role satisfied by each). A mode whose source is not
 * available fails closed.
 */
import type { CheckContext } from '../types.js';
import type { ApprovalMode } from './config.js';

export interface RoleVerdict {
  role: string;
  satisfied: boolean;
  /** The SSH principal or GitHub login that satisfied the role. */
  by?: string;
  via: 'signature' | 'review';
  reason: string;
}

export interface ApprovalRequest {
  /** Root-relative path of the exception file. */
  exceptionFile: string;
  /** The exact bytes the gate read (and hashed): what signatures must cover. */
  exceptionBytes: Buffer;
  /** The exception's id (the sources judge the bytes; an eval, model or dependency exception alike). */
  exception: { id: string };
  /** Every role that must approve (policy roles ∪ the exception's own). */
  roles: string[];
}

export interface ApprovalSource {
  kind: 'signatures' | 'reviews';
  /**
   * One verdict per requested role. A source proves distinctness itself: no person (principal,
   * key or login) may satisfy two roles. Bad input (an unreadable allowed_signers) throws
   * InputError; every other failure is an unsatisfied verdict with its reason (fail closed).
   */
  evaluate(request: ApprovalRequest, ctx: CheckContext): Promise<RoleVerdict[]>;
}

export type ApprovalSources = Partial<Record<ApprovalSource['kind'], ApprovalSource>>;

export interface ApprovalOutcome {
  approved: boolean;
  /** Every verdict from every source consulted, in role order. */
  verdicts: RoleVerdict[];
  /** Roles still missing, each with how it may still be satisfied. */
  missing: Array<{ role: string; via: RoleVerdict['via']; reason: string }>;
}

const VIA: Record<ApprovalSource['kind'], RoleVerdict['via']> = {
  signatures: 'signature',
  reviews: 'review',
};

export function sourceKindsFor(mode: ApprovalMode): Array<ApprovalSource['kind']> {
  return mode === 'both' ? ['signatures', 'reviews'] : [mode];
}

export async function evaluateApprovals(
  mode: ApprovalMode,
  sources: ApprovalSources,
  request: ApprovalRequest,
  ctx: CheckContext,
): Promise<ApprovalOutcome> {
  const verdicts: RoleVerdict[] = [];
  for (const kind of sourceKindsFor(mode)) {
    const source = sources[kind];
    const via = VIA[kind];
    if (!source) {
      for (const role of request.roles) {
        verdicts.push({
          role,
          satisfied: false,
          via,
          reason: `approval by ${kind} is not available in this pipeguard build`,
        });
      }
      continue;
    }
    const given = await source.evaluate(request, ctx);
    for (const role of request.roles) {
      // A source that forgets a role has not approved it.
      const verdict = given.find((v) => v.role === role && v.via === via);
      verdicts.push(
        verdict ?? { role, satisfied: false, via, reason: `${kind} gave no verdict for this role` },
      );
    }
  }
  const missing = verdicts
    .filter((v) => !v.satisfied)
    .map(({ role, via, reason }) => ({ role, via, reason }));
  return { approved: verdicts.length > 0 && missing.length === 0, verdicts, missing };
}
