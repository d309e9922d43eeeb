/**
 * `pipeguard eval-gate --replay RECORD[:LINE]`: re-derive a recorded gate decision. The record's
 * inputs are re-read and their sha256 compared (a changed input means the decision cannot be
 * re-derived); then the gate runs again on exactly those files, at the recorded time, with the
 * recorded roles and approval mode, and the outcome is compared metric by metric. Signatures are
 * re-verified; PR-review verdicts cannot be fetched again offline and are taken from the record.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_IDS } from '../../schema/catalog.js';
import { validatorFor } from '../../schema/registry.js';
import {
  fingerprintOf,
  type CheckResult,
  type Finding,
  type InputDigest,
} from '../../report/model.js';
import { TORN_RECORD } from '../../report/audit.js';
import { InputError } from '../../util/errors.js';
import { resolveInsideRoot } from '../../util/fs.js';
import { timestampOrInputError } from '../../util/time.js';
import type { CheckContext } from '../types.js';
import type { ApprovalSource, ApprovalSources, RoleVerdict } from './approvals.js';
import type { ApprovalMode, RoleMembers } from './config.js';
import { decide, type GateParams } from './gate.js';
import { sha256Hex } from '../../util/sha256.js';
import { signatureApprovals } from './signature-approvals.js';

const CHECK = 'eval-gate-replay';

interface RecordedGate {
  decision: 'allowed' | 'blocked';
  time: string;
  params: GateParams & {
    exceptionFiles: string[];
    roles: Record<string, RoleMembers>;
    allowedSigners: string;
    approval: ApprovalMode;
    model: string | null;
    digest: string | null;
  };
  covered: Record<string, string>;
  uncovered: string[];
  observed: Record<string, { value: number | null; passed: boolean }>;
  exceptions: Array<{ file: string; approvals: RoleVerdict[] }>;
}

interface AuditLine {
  time: string;
  check: string;
  inputs: InputDigest[];
  details?: Record<string, unknown>;
}

/** `FILE` (its last eval-gate record) or `FILE:N` (line N). Relative to the root. */
export function readRecord(
  root: string,
  spec: string,
  warn: (message: string) => void = () => undefined,
): { record: AuditLine; where: string; time: Date } {
  let file = spec;
  let line: number | undefined;
  const match = /^(.*):(\d+)$/.exec(spec);
  if (match && !existsSync(path.resolve(root, spec))) {
    file = match[1]!;
    line = Number(match[2]);
  }
  let text: string;
  try {
    text = readFileSync(path.resolve(root, file), 'utf8');
  } catch (error) {
    throw new InputError(
      `audit log cannot be read (${(error as NodeJS.ErrnoException).code})`,
      file,
    );
  }
  const lines = text.split('\n');
  // A last line without its newline: a record torn by a crash or a full disk (the appender starts
  // the next record on a fresh line, so only the last line can be torn this way).
  const torn = text !== '' && !text.endsWith('\n') ? lines.length : undefined;
  const candidates = line !== undefined ? [line] : lines.map((_, i) => i + 1).reverse();
  for (const n of candidates) {
    const raw = lines[n - 1]?.trim();
    if (!raw) {
      if (line !== undefined) throw new InputError('no record on this line', file, n);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      if (n === torn && line === undefined) {
        warn(`${file}:${n}: ${TORN_RECORD}; skipped`);
        continue;
      }
      throw new InputError(n === torn ? TORN_RECORD : 'not a JSON audit record', file, n);
    }
    const validate = validatorFor(SCHEMA_IDS.auditRecord)!;
    if (!validate(parsed))
      throw new InputError('not a valid audit record (schemas/audit-record.v1)', file, n);
    const record = parsed as AuditLine;
    if (record.details?.gate === 'eval-gate') {
      // The decision's own time (details.time) is free-form in the schema: read it here.
      const decided = record.details.time;
      const time = timestampOrInputError(
        typeof decided === 'string' ? decided : String(decided),
        'details.time',
        file,
        { line: n },
      );
      return { record, where: `${file}:${n}`, time: new Date(time) };
    }
    if (line !== undefined)
      throw new InputError('this record is not an eval-gate decision', file, n);
  }
  throw new InputError('holds no eval-gate decision record', file);
}

/** `scheme:…` names mark recorded evidence that is not a file under the root. */
export function isEvidenceName(name: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/.test(name);
}

/** Review verdicts as recorded: the only offline source for them. */
function recordedReviews(recorded: RecordedGate): ApprovalSource {
  return {
    kind: 'reviews',
    async evaluate(request) {
      const entry = recorded.exceptions.find((x) => x.file === request.exceptionFile);
      return (entry?.approvals ?? []).filter((v) => v.via === 'review');
    },
  };
}

export async function replay(ctx: CheckContext, spec: string): Promise<CheckResult> {
  const { record, where, time } = readRecord(ctx.root, spec, (message) => ctx.log.warn(message));
  const recorded = record.details as unknown as RecordedGate;
  const findings: Finding[] = [];
  const finding = (rule: string, message: string, file?: string): void => {
    findings.push({
      check: CHECK,
      rule,
      severity: 'high',
      message,
      ...(file ? { file } : {}),
      fingerprint: fingerprintOf(CHECK, rule, file, message),
    });
  };

  for (const input of record.inputs) {
    // Evidence that is not a file (`github:pr-reviews#12`, recorded by the PR-review source) is
    // taken from the record, like the review verdicts themselves.
    if (isEvidenceName(input.name)) continue;
    let absolute: string;
    try {
      absolute = resolveInsideRoot(ctx.root, input.name);
    } catch {
      finding(
        'replay-input-changed',
        `${input.name} is not a file under the root; it cannot be re-read`,
      );
      continue;
    }
    if (!existsSync(absolute)) {
      finding('replay-input-changed', `${input.name} no longer exists`, input.name);
      continue;
    }
    const now = sha256Hex(readFileSync(absolute));
    if (now !== input.sha256)
      finding(
        'replay-input-changed',
        `changed since the decision: sha256 was ${input.sha256}, now ${now}`,
        input.name,
      );
  }
  if (findings.length) {
    return {
      check: CHECK,
      status: 'fail',
      summary: `cannot re-derive ${where}: ${findings.length} input(s) changed since the decision (recorded: ${recorded.decision})`,
      findings,
      details: { record: where, recorded: recorded.decision },
    };
  }

  const p = recorded.params;
  const params: GateParams = {
    policy: p.policy,
    ...(p.metrics ? { metrics: p.metrics } : {}),
    ...(p.baseline ? { baseline: p.baseline } : {}),
    junit: p.junit ?? [],
    ...(p.model ? { model: p.model } : {}),
    ...(p.digest ? { digest: p.digest } : {}),
    ...(p.manifest ? { manifest: p.manifest } : {}),
    exceptionsDir: p.exceptionsDir,
    exceptionFiles: p.exceptionFiles,
    approval: p.approval,
  };
  const section = {
    ...(ctx.config['eval-gate'] ?? {}),
    roles: p.roles,
    'allowed-signers': p.allowedSigners,
    approval: p.approval,
  };
  const replayCtx: CheckContext = {
    ...ctx,
    now: time,
    config: { ...ctx.config, 'eval-gate': section },
  };
  const sources: ApprovalSources = {
    signatures: signatureApprovals,
    reviews: recordedReviews(recorded),
  };
  const again = await decide(replayCtx, params, sources);

  // A file the decision did not read (a .sig added later) must not silently change the replay.
  const recordedNames = new Set(record.inputs.map((i) => i.name));
  for (const input of again.inputs.filter((i) => !recordedNames.has(i.name))) {
    finding(
      'replay-input-changed',
      `did not exist or was not read at decision time; it cannot take part in a replay`,
      input.name,
    );
  }
  const decision = again.blocked ? 'blocked' : 'allowed';
  if (decision !== recorded.decision)
    finding('replay-disagrees', `decision was ${recorded.decision}, recomputed ${decision}`);
  for (const e of again.evaluations) {
    const before = recorded.observed[e.metric];
    if (!before)
      finding('replay-disagrees', `${e.metric} was not evaluated in the recorded decision`);
    else if (before.passed !== e.passed || (before.value ?? undefined) !== e.value) {
      finding(
        'replay-disagrees',
        `${e.metric}: recorded ${before.value} (${before.passed ? 'pass' : 'fail'}), recomputed ${e.value} (${e.passed ? 'pass' : 'fail'})`,
      );
    }
  }
  const coveredNow = JSON.stringify(Object.entries(again.coveredBy).sort());
  if (coveredNow !== JSON.stringify(Object.entries(recorded.covered).sort())) {
    finding(
      'replay-disagrees',
      `exceptions applied were ${JSON.stringify(recorded.covered)}, recomputed ${JSON.stringify(again.coveredBy)}`,
    );
  }
  const reviews = recorded.exceptions.some((x) => x.approvals.some((v) => v.via === 'review'));
  const agrees = findings.length === 0;
  return {
    check: CHECK,
    status: agrees ? 'pass' : 'fail',
    summary: `${agrees ? 'agrees' : 'DISAGREES'}: ${where} recorded ${recorded.decision}, recomputed ${decision} from ${record.inputs.length} unchanged input(s) at ${recorded.time}${
      reviews ? ' (PR-review verdicts taken from the record)' : ''
    }`,
    findings,
    details: {
      record: where,
      recorded: recorded.decision,
      recomputed: decision,
      time: recorded.time,
    },
  };
}
