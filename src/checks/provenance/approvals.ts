/**
 * Approval decisions for a run, read back from pipeguard's own JSONL audit log
 * (schemas/audit-record.v1.schema.json): the eval gate's decisions with the exception ids that
 * covered them, their signers and PR reviewers. Records are matched by run_id, and an eval-gate
 * decision also by the run it evaluated (its metrics or manifest inside the stamped run directory),
 * so a gate run locally without PIPEGUARD_RUN_ID still reaches the run's meta.json. The log is
 * streamed line by line, so an append-only log of any size is fine.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { TORN_RECORD } from '../../report/audit.js';
import { SCHEMA_IDS } from '../../schema/catalog.js';
import { parseDocuments, type SourceDocument } from '../../schema/document.js';
import { locateErrors, validatorFor } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';

export interface Approval {
  check: string;
  stage: string;
  decision: 'allowed' | 'blocked' | 'error';
  time: string;
  actor?: string;
  reason?: string;
  exception_ids?: string[];
  signers?: string[];
  reviewers?: string[];
}

export interface ApprovalFacts {
  approvals: Approval[];
  exceptionIds: string[];
  audit: { log: string; records: number; sha256: string; run_ids: string[] } | null;
}

/** Checks whose decisions are approvals; any other record counts only when it names an exception. */
const GATE_CHECKS = new Set(['eval-gate', 'exception', 'approval']);

export interface RunMatch {
  /** Ids the run's records carry (the run id, PIPEGUARD_RUN_ID, the Actions run). */
  runIds: string[];
  /** The run directory, relative to the root: gate decisions about files inside it belong to it. */
  runDir?: string;
}

export async function readApprovals(
  logFile: string | undefined,
  shownLog: string,
  match: RunMatch,
  warn: (message: string) => void = () => undefined,
): Promise<ApprovalFacts> {
  if (!logFile) return { approvals: [], exceptionIds: [], audit: null };
  const { runIds } = match;
  const wanted = new Set(runIds);
  const linkedRunIds = new Set<string>();
  const hash = createHash('sha256');
  const approvals: Approval[] = [];
  let records = 0;
  const exists = await stat(logFile).then(
    (info) => info.isFile(),
    () => false,
  );
  if (exists) {
    const validate = validatorFor(SCHEMA_IDS.auditRecord)!;
    // Cheap pre-filter: a line that holds none of the ids as a JSON string cannot match.
    const needles = runIds.map((id) => JSON.stringify(id));
    // A path inside the run directory, as the record's JSON writes it: `"runs/run-1/…`.
    if (match.runDir) needles.push(JSON.stringify(`${match.runDir}/`).slice(0, -1));
    // A last line without its newline is a record torn by a crash or a full disk: reported and
    // skipped when it does not parse, as every audit-log reader does (see TORN_RECORD).
    const tornAtEnd = await endsTorn(logFile);
    let unparsed: InputError | undefined;
    const lines = createInterface({ input: createReadStream(logFile), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      if (unparsed) throw unparsed;
      lineNumber += 1;
      if (!needles.some((n) => line.includes(n))) continue;
      let doc: SourceDocument | undefined;
      try {
        doc = parseLine(line, shownLog, lineNumber);
      } catch (error) {
        if (!tornAtEnd || !(error instanceof InputError)) throw error;
        unparsed = error;
        continue;
      }
      if (!doc) continue;
      const record = doc.value as Record<string, unknown>;
      if (typeof record !== 'object' || record === null) continue;
      const byRunId = wanted.has(record.run_id as string);
      if (!byRunId && !evaluatedRunIn(record, match.runDir)) continue;
      if (!validate(record)) {
        const [first] = locateErrors(doc, validate.errors ?? []);
        throw new InputError(
          `audit record: ${first?.message ?? 'invalid'}`,
          shownLog,
          lineNumber,
          first?.position.column,
        );
      }
      records += 1;
      if (!byRunId) linkedRunIds.add(String(record.run_id));
      hash.update(`${line}\n`);
      const approval = approvalOf(record);
      if (approval) approvals.push(approval);
    }
    if (unparsed) warn(`${shownLog}:${lineNumber}: ${TORN_RECORD}; skipped`);
  }
  const exceptionIds = [...new Set(approvals.flatMap((a) => a.exception_ids ?? []))].sort();
  return {
    approvals,
    exceptionIds,
    audit: {
      log: shownLog,
      records,
      sha256: hash.digest('hex'),
      run_ids: [...new Set([...wanted, ...linkedRunIds])].sort(),
    },
  };
}

/** An eval-gate decision whose metrics or manifest lie inside the run directory. */
function evaluatedRunIn(record: Record<string, unknown>, runDir: string | undefined): boolean {
  if (!runDir || record.check !== 'eval-gate' || !isRecord(record.details)) return false;
  const params = record.details.params;
  if (!isRecord(params)) return false;
  return [params.metrics, params.manifest].some(
    (file) => typeof file === 'string' && path.posix.normalize(file).startsWith(`${runDir}/`),
  );
}

/**
 * What a record says about approval. `details` is check-specific; the eval gate and PR-review
 * approval record exception ids, signers and reviewers under these names (strings or objects).
 */
export function approvalOf(record: Record<string, unknown>): Approval | undefined {
  const details = isRecord(record.details) ? record.details : {};
  const exceptionIds = unique([
    ...strings(details.exception_id),
    ...strings(details.exception_ids),
    ...namesOf(details.exception, ['id']),
    // The eval gate lists every exception it considered; only those that covered a metric count.
    ...namesOf(asList(details.exceptions).filter(coveredSomething), ['id']),
    ...(isRecord(details.covered) ? strings(Object.values(details.covered)) : []),
  ]);
  // The eval gate's `signers` are {exception, role, by, via: signature | review}.
  const verdicts = asList(details.signers);
  const byReview = (item: unknown): boolean => isRecord(item) && item.via === 'review';
  const signers = unique(
    withRoles(
      verdicts.filter((v) => !byReview(v)),
      SIGNER_KEYS,
    ),
  );
  const reviewers = unique([
    ...withRoles(verdicts.filter(byReview), SIGNER_KEYS),
    ...namesOf(details.reviewers, ['login', 'user', 'name']),
    ...namesOf(details.approvers, ['login', 'user', 'name']),
  ]);
  const check = String(record.check);
  if (
    !GATE_CHECKS.has(check) &&
    exceptionIds.length === 0 &&
    signers.length === 0 &&
    reviewers.length === 0
  ) {
    return undefined;
  }
  return {
    check,
    stage: String(record.stage),
    decision: record.decision as Approval['decision'],
    time: String(record.time),
    ...(typeof record.actor === 'string' ? { actor: record.actor } : {}),
    ...(typeof record.reason === 'string' && record.reason ? { reason: record.reason } : {}),
    ...(exceptionIds.length ? { exception_ids: exceptionIds } : {}),
    ...(signers.length ? { signers } : {}),
    ...(reviewers.length ? { reviewers } : {}),
  };
}

/** One JSONL line; errors re-pointed at the line's number in the whole log. */
async function endsTorn(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}

function parseLine(line: string, file: string, lineNumber: number): SourceDocument | undefined {
  try {
    return parseDocuments(line, file, 'jsonl')[0];
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(error.message, file, lineNumber, error.column);
    throw error;
  }
}

const SIGNER_KEYS = ['principal', 'by', 'login', 'name', 'signer', 'id'];

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** An exception entry without a `covers` list, or with a non-empty one (and not marked unusable). */
function coveredSomething(item: unknown): boolean {
  if (!isRecord(item)) return typeof item === 'string';
  if (item.usable === false) return false;
  return !Array.isArray(item.covers) || item.covers.length > 0;
}

/** Names, as `name (role)` when the entry says which role it satisfied. */
function withRoles(items: unknown[], keys: string[]): string[] {
  return items.flatMap((item) => {
    const [name] = namesOf(item, keys);
    if (!name) return [];
    return isRecord(item) && typeof item.role === 'string' && item.role
      ? [`${name} (${item.role})`]
      : [name];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string' && value) return [value];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v !== '')
    : [];
}

/** Strings, or the first string property among `keys` of objects, from a value or list of values. */
function namesOf(value: unknown, keys: string[]): string[] {
  const items = asList(value);
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item) out.push(item);
    else if (isRecord(item)) {
      const key = keys.find((k) => typeof item[k] === 'string' && item[k] !== '');
      if (key) out.push(item[key] as string);
      else if (isRecord(item.user) && typeof item.user.login === 'string')
        out.push(item.user.login);
    }
  }
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
