/**
 * JSONL audit records (schemas/audit-record.v1.schema.json): who decided what, when, on which
 * inputs and why. Inputs appear as digests only. Each record is validated before it is appended,
 * and a batch is appended in one write, whole or not at all, so concurrent writers never interleave
 * half-lines and a full disk leaves no half record.
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { SCHEMA_IDS } from '../schema/catalog.js';
import { validatorFor } from '../schema/registry.js';
import { appendLinesWhole } from '../util/fs.js';
import {
  failsAt,
  severityRank,
  type CheckResult,
  type InputDigest,
  type Severity,
} from './model.js';

/** How every reader and the appender name a last line that lost its newline. */
export const TORN_RECORD =
  'audit record without a trailing newline (torn by a crash or a full disk)';

export interface AuditRecord {
  schema_version: '1';
  time: string;
  run_id: string;
  stage: string;
  actor: string;
  check: string;
  decision: 'allowed' | 'blocked' | 'error';
  reason: string;
  risk_level: Severity;
  tool_version: string;
  findings: string[];
  inputs: InputDigest[];
  details?: Record<string, unknown>;
}

export interface AuditFacts {
  runId: string;
  stage: string;
  actor: string;
  toolVersion: string;
  time: Date;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The run id records correlate on: PIPEGUARD_RUN_ID, else the Actions run and attempt, else fresh. */
export function runIdFrom(env: Env): string {
  if (env.PIPEGUARD_RUN_ID) return env.PIPEGUARD_RUN_ID;
  if (env.GITHUB_RUN_ID) return `gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return randomUUID();
}

export function actorFrom(env: Env): string {
  if (env.GITHUB_ACTOR) return env.GITHUB_ACTOR;
  try {
    return env.USER || userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function auditRecordFor(
  check: CheckResult,
  facts: AuditFacts,
  failOn: Severity,
): AuditRecord {
  const failing = check.findings.filter((f) => failsAt(f, failOn));
  const risk = failing.reduce<Severity>(
    (worst, f) => (severityRank(f.severity) > severityRank(worst) ? f.severity : worst),
    'low',
  );
  const audit = check.details?.audit;
  return {
    schema_version: '1',
    time: facts.time.toISOString(),
    run_id: facts.runId,
    stage: facts.stage,
    actor: facts.actor,
    check: check.check,
    decision: check.status === 'pass' ? 'allowed' : check.status === 'error' ? 'error' : 'blocked',
    reason: check.summary.slice(0, 2000),
    risk_level: risk,
    tool_version: facts.toolVersion,
    findings: failing.map((f) => f.fingerprint),
    inputs: check.inputs ?? [],
    ...(audit && typeof audit === 'object' ? { details: audit as Record<string, unknown> } : {}),
  };
}

/**
 * Append the batch in one write, whole or not at all (see appendLinesWhole); a torn last line
 * already in the log is reported through `onTornLine` and left behind a fresh line.
 */
export async function appendAuditRecords(
  file: string,
  records: AuditRecord[],
  onTornLine?: (line: number) => void,
): Promise<void> {
  const validate = validatorFor(SCHEMA_IDS.auditRecord);
  for (const record of records) {
    if (!validate?.(record)) {
      // Our own bug, not the user's: refuse to write a record the schema would reject.
      throw new Error(`internal: audit record for ${record.check} does not match its schema`);
    }
  }
  await appendLinesWhole(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''), onTornLine);
}
