/**
 * Proof that an approval record (docs/validate.md#approval-evidence) was given by the roles that
 * must approve a gated stage — the same proofs as eval-gate exceptions:
 *  - signatures: the record's `ssh_signature` holds one armored SSHSIG block per signer, each over
 *    the record's signed bytes (below) in namespace `pipeguard-approval` (never
 *    `pipeguard-exception`: an exception signature cannot be replayed as a stage approval), by a
 *    key allowed_signers lets sign for one of the role's principals at the CI clock;
 *  - reviews: an approving PR review by the role on the pull request that changes the file
 *    holding the record (or the merged PR that brought the file's current bytes), through the
 *    eval gate's review source.
 * Which sources must agree is `eval-gate.approval`; the roles are every role in `eval-gate.roles`.
 *
 * Signed bytes: the record without `ssh_signature`, as JSON with object keys sorted (the shard
 * record's canonical form). Every field is bound — run_id, stage, decision, actor, time, reason —
 * so a signature moved to another record, or a record edited after signing, does not verify.
 */
import type { ApprovalOutcome, ApprovalSource } from '../../eval-gate/approvals.js';
import { DEFAULTS, evalGateSection, rolesOf } from '../../eval-gate/config.js';
import { rolesRequiredFor } from '../../eval-gate/exceptions.js';
import { readRecorded } from '../../eval-gate/inputs.js';
import type { judgeSignatures, loadAllowedSigners } from '../../eval-gate/signature-approvals.js';
import { ArmorError } from '../../../sshsig/index.js';
import { canonicalJson } from '../../../shard/record.js';
import { formatOf, parseDocuments } from '../../../schema/document.js';
import { decodeUtf8 } from '../../../util/text.js';
import { InputError } from '../../../util/errors.js';
import type { CheckContext } from '../../types.js';
import type { CheckedDocument } from '../engine.js';

export const APPROVAL_NAMESPACE = 'pipeguard-approval';
export const SIGNATURE_FIELD = 'ssh_signature';

/** Where a record is, for messages: `file:line`. */
export function recordPlace(doc: CheckedDocument): string {
  return `${doc.file}:${doc.doc.locate('').line}`;
}

/**
 * The bytes an approval record's signatures cover, or why it has none: a value JSON cannot hold
 * (NaN, Infinity from YAML) would read the same as null, so such a record cannot be signed.
 */
export function signedBytesOf(record: Record<string, unknown>): Buffer | { problem: string } {
  const rest = Object.fromEntries(Object.entries(record).filter(([k]) => k !== SIGNATURE_FIELD));
  const bad = nonJsonValue(rest, '');
  if (bad !== undefined)
    return { problem: `${bad || 'the record'} holds a value JSON cannot hold (NaN or Infinity)` };
  return Buffer.from(canonicalJson(rest), 'utf8');
}

function nonJsonValue(value: unknown, at: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : at;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = nonJsonValue(item, `${at}/${i}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const bad = nonJsonValue(item, `${at}/${key}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  return at;
}

export interface RecordProof {
  approved: boolean;
  /** Who approved, `role: principal (via)`, when approved. */
  by: string;
  /** What is missing, one clause per role and source, when not. */
  missing: string;
  outcome?: ApprovalOutcome;
}

/** The signature source for one record: its `ssh_signature` blocks over its signed bytes. */
function recordSignatures(
  doc: CheckedDocument,
  signatures: {
    judgeSignatures: typeof judgeSignatures;
    loadAllowedSigners: typeof loadAllowedSigners;
  },
): ApprovalSource {
  const { judgeSignatures: judge, loadAllowedSigners: loadSigners } = signatures;
  return {
    kind: 'signatures',
    async evaluate(request, ctx) {
      const record = doc.doc.value as Record<string, unknown>;
      const unsatisfied = (reason: string) =>
        request.roles.map((role) => ({
          role,
          satisfied: false,
          via: 'signature' as const,
          reason,
        }));
      const armored = record[SIGNATURE_FIELD];
      if (armored === undefined)
        return unsatisfied(`unsigned: the record has no ${SIGNATURE_FIELD}`);
      if (typeof armored !== 'string') return unsatisfied(`${SIGNATURE_FIELD} is not a string`);
      const message = signedBytesOf(record);
      if (!Buffer.isBuffer(message)) return unsatisfied(message.problem);
      let signers;
      try {
        ({ signers } = await loadSigners(ctx));
      } catch (error) {
        if (error instanceof InputError)
          return unsatisfied(`no signature can be checked: ${error.toLine()}`);
        throw error;
      }
      const place = recordPlace(doc);
      try {
        return judge(
          {
            armored,
            message,
            namespace: APPROVAL_NAMESPACE,
            roles: request.roles,
            signers,
            place: (line) => `${place} ${SIGNATURE_FIELD} block at its line ${line}`,
          },
          ctx,
        ).verdicts;
      } catch (error) {
        if (error instanceof ArmorError)
          return unsatisfied(`${SIGNATURE_FIELD} is not armored SSH signatures: ${error.message}`);
        throw error;
      }
    },
  };
}

/**
 * The review source for one record. A PR review approves a whole file as the PR leaves it, so it
 * proves a record only when the record is alone in its file: then the PR that changed the file
 * (or the merged PR that brought its bytes) is exactly the PR that added the record, and earlier
 * unreviewed lines cannot ride along on a later PR's approval.
 */
function recordReviews(doc: CheckedDocument, reviews: ApprovalSource): ApprovalSource {
  return {
    kind: 'reviews',
    async evaluate(request, ctx) {
      const count = recordsIn(request.exceptionBytes, doc.file);
      if (count === 1) return reviews.evaluate(request, ctx);
      const reason = `a PR review approves a whole file, and ${doc.file} holds ${count === undefined ? 'unreadable content besides this record' : `${count} records`}: keep a record approved by review alone in its file (e.g. approvals/<run>-<stage>.json), or sign it`;
      return request.roles.map((role) => ({ role, satisfied: false, via: 'review', reason }));
    },
  };
}

function recordsIn(bytes: Buffer, file: string): number | undefined {
  try {
    const docs = parseDocuments(decodeUtf8(bytes, file), file, formatOf(file) ?? 'yaml');
    return docs.length;
  } catch {
    return undefined;
  }
}

/**
 * Judge one approval record against the configured sources. Never throws for what a record holds
 * (that is an unproven record); an unreadable allowed_signers or config is an input error.
 */
export async function proveRecord(doc: CheckedDocument, ctx: CheckContext): Promise<RecordProof> {
  const mode = evalGateSection(ctx.config).approval ?? DEFAULTS.approval;
  const roles = rolesRequiredFor(
    { required_roles: [] },
    { configuredRoles: Object.keys(rolesOf(ctx.config)) },
  );
  if (roles.length === 0) {
    return {
      approved: false,
      by: '',
      missing: 'no role can approve it: define eval-gate.roles in .pipeguard.yml',
    };
  }
  // Loaded on use: a run without gated stages never pays for the GitHub client.
  const [{ APPROVAL_SOURCES }, { evaluateApprovals }, signatures] = await Promise.all([
    import('../../eval-gate/approval-sources.js'),
    import('../../eval-gate/approvals.js'),
    import('../../eval-gate/signature-approvals.js'),
  ]);
  const needsBytes = mode !== 'signatures';
  const outcome = await evaluateApprovals(
    mode,
    {
      signatures: recordSignatures(doc, signatures),
      ...(APPROVAL_SOURCES.reviews
        ? { reviews: recordReviews(doc, APPROVAL_SOURCES.reviews) }
        : {}),
    },
    {
      exceptionFile: doc.file,
      // The review source judges the file's bytes against the PR head: the file as it is.
      exceptionBytes: needsBytes
        ? (await readRecorded(ctx, doc.file, 'approval file')).bytes
        : Buffer.alloc(0),
      exception: { id: recordPlace(doc) },
      roles,
    },
    ctx,
  );
  return {
    approved: outcome.approved,
    outcome,
    by: outcome.verdicts
      .filter((v) => v.satisfied)
      .map((v) => `${v.role}: ${v.by ?? '?'} (${v.via})`)
      .join(', '),
    missing: outcome.missing.map((m) => `${m.role} (${m.via}): ${m.reason}`).join('; '),
  };
}
