/**
 * Approval evidence for an approval-gated request (docs/validate.md#approval-evidence): an
 * audit-record.v1 document with `check: approval`, `decision: allowed`, the envelope's `run_id`, and
 * its `stage` (or `*` for every stage of the run), recorded at an instant no later than the
 * envelope's `created_at` when it has one (and not in the future), and proven to come from the
 * required roles (approval-proof.ts: SSH signatures and/or PR reviews). Looked for in
 *  - the documents being validated (an approvals.jsonl passed along),
 *  - `approvals.jsonl`, `approval.{json,yaml,yml}` and `approvals/*.{json,jsonl,yaml,yml}` in the
 *    envelope's directory and every parent directory up to the root,
 *  - the configured audit log (`audit.log`).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_IDS } from '../../../schema/catalog.js';
import { formatOf } from '../../../schema/document.js';
import { readTimestamp } from '../../../util/time.js';
import { CREATED_SKEW_MS } from '../../eval-gate/exceptions.js';
import type { CheckedDocument } from '../engine.js';
import { proveRecord, recordPlace, type RecordProof } from './approval-proof.js';
import type { DocumentContext } from './context.js';
import type { Envelope, RuleContext } from './index.js';

interface ApprovalRecord {
  time: string;
  run_id: string;
  stage: string;
  check: string;
  decision: string;
  actor: string;
}

export type ApprovalLookup =
  | { found: true; file: string; actor: string; by: string; unproven: UnprovenRecord[] }
  | { found: false; reason: string; unproven: UnprovenRecord[] };

/** A record that would approve the stage but carries no proof the roles gave it. */
export interface UnprovenRecord {
  doc: CheckedDocument;
  missing: string;
}

/** Proofs are judged once per record, however many envelopes it would approve. */
const proofs = new WeakMap<CheckedDocument, Promise<RecordProof>>();

export async function findApproval(
  context: DocumentContext,
  ctx: RuleContext,
  envelopeFile: string,
  envelope: Envelope,
): Promise<ApprovalLookup> {
  const id = SCHEMA_IDS.auditRecord;
  const files = candidateFiles(context, ctx, envelopeFile);
  const records: CheckedDocument[] = [];
  for (const file of files) records.push(...context.validDocuments(file, id));
  // Approval records validated in this run but kept elsewhere count too.
  for (const doc of context.all())
    if (doc.valid && doc.schemaId === id && !files.includes(doc.file)) records.push(doc);

  const matching = records.filter((doc) => {
    const record = doc.doc.value as ApprovalRecord;
    return (
      record.check === 'approval' &&
      record.decision === 'allowed' &&
      record.run_id === envelope.run_id &&
      (record.stage === envelope.stage || record.stage === '*')
    );
  });
  const none = (reason: string, unproven: UnprovenRecord[] = []): ApprovalLookup => ({
    found: false,
    reason,
    unproven,
  });
  // Fail closed on times that name no instant: an approval must be shown to precede the request.
  const requestedAt =
    envelope.created_at === undefined ? undefined : readTimestamp(envelope.created_at);
  if (requestedAt && !requestedAt.ok && matching.length > 0) {
    return none(
      `the request's created_at (${envelope.created_at}) names no instant, so no approval can be shown to precede it`,
    );
  }
  const latest = ctx.now.getTime() + CREATED_SKEW_MS;
  const inTime = matching.filter((doc) => {
    const recorded = readTimestamp((doc.doc.value as ApprovalRecord).time);
    if (!recorded.ok || recorded.ms > latest) return false;
    return requestedAt === undefined || (requestedAt.ok && recorded.ms <= requestedAt.ms);
  });
  // Every candidate is judged, so a record without proof is named even when another approves.
  const unproven: UnprovenRecord[] = [];
  let approved: { doc: CheckedDocument; by: string } | undefined;
  for (const doc of inTime) {
    const proof = await proofOf(doc, ctx);
    if (!proof.approved) unproven.push({ doc, missing: proof.missing });
    else approved ??= { doc, by: proof.by };
  }
  if (approved) {
    const record = approved.doc.doc.value as ApprovalRecord;
    return { found: true, file: approved.doc.file, actor: record.actor, by: approved.by, unproven };
  }
  if (unproven.length > 0) {
    return none(
      `no approval record carries the roles' approval (${unproven
        .map((u) => `${recordPlace(u.doc)}: ${u.missing}`)
        .join(' | ')})`,
      unproven,
    );
  }
  if (matching.length > 0) {
    const late = matching[0]!.doc.value as ApprovalRecord;
    const recorded = readTimestamp(late.time);
    const place = recordPlace(matching[0]!);
    if (!recorded.ok)
      return none(
        `the only approval (${place}) has a time that names no instant (${late.time}: ${recorded.problem})`,
      );
    if (recorded.ms > latest)
      return none(
        `the only approval (${place}, ${late.time}) is dated in the future (checked at ${ctx.now.toISOString()})`,
      );
    return none(
      `the only approval (${place}, ${late.time}) was recorded after the request (${envelope.created_at})`,
    );
  }
  const looked =
    files.length > 0 ? files.join(', ') : 'no approval files exist next to it or above it';
  return none(
    `no approval record (check: approval, decision: allowed, run_id ${envelope.run_id}, stage ${envelope.stage}) was found; looked in: ${looked}`,
  );
}

function proofOf(doc: CheckedDocument, ctx: RuleContext): Promise<RecordProof> {
  let proof = proofs.get(doc);
  if (!proof) proofs.set(doc, (proof = proveRecord(doc, ctx.check)));
  return proof;
}

/** Existing approval files from the envelope's directory up to the root, then the audit log. */
function candidateFiles(
  context: DocumentContext,
  ctx: RuleContext,
  envelopeFile: string,
): string[] {
  const out: string[] = [];
  let directory = path.posix.dirname(envelopeFile);
  for (;;) {
    const join = (name: string): string => (directory === '.' ? name : `${directory}/${name}`);
    for (const name of ['approvals.jsonl', 'approval.json', 'approval.yaml', 'approval.yml']) {
      if (context.isFile(join(name))) out.push(join(name));
    }
    for (const name of listDirectory(path.join(ctx.root, join('approvals')))) {
      if (formatOf(name) && context.isFile(join(`approvals/${name}`)))
        out.push(join(`approvals/${name}`));
    }
    if (directory === '.') break;
    directory = path.posix.dirname(directory);
  }
  const auditLog = ctx.config.audit?.log?.replace(/^\.\//, '');
  if (auditLog && context.isFile(auditLog) && !out.includes(auditLog)) out.push(auditLog);
  return out;
}

function listDirectory(absolute: string): string[] {
  try {
    return readdirSync(absolute).sort();
  } catch {
    return [];
  }
}
