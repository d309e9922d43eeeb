/**
 * The one report model every check returns and every renderer reads.
 * Secret values never enter it: only masked forms and fingerprints.
 */
import { compareUtf8 } from '../util/order.js';
import { sha256Hex } from '../util/sha256.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type CheckStatus = 'pass' | 'fail' | 'blocked' | 'error';
export type ReportStatus = CheckStatus;

export interface Finding {
  check: string;
  rule: string;
  severity: Severity;
  message: string;
  /** Relative to the scanned root, `/` separators. Absent for repository-wide findings. */
  file?: string;
  /** 1-based. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Stable across runs and line moves: what ignore files and SARIF partialFingerprints key on. */
  fingerprint: string;
  /** One-line fix a person can act on. */
  remedy?: string;
  /** Reported but not failing (inline allow, ignore file, baseline, exception). */
  suppressed?: { kind: string; reason?: string };
}

export interface CheckResult {
  check: string;
  status: CheckStatus;
  summary: string;
  findings: Finding[];
  /**
   * Check-specific facts a renderer may show (a checklist table, an unblock recipe, digests).
   * Never holds secret values.
   */
  details?: Record<string, unknown>;
  /** Rule descriptions for SARIF and help text, keyed by `Finding.rule`. */
  rules?: Record<string, RuleInfo>;
  /** Digests of the inputs the decision rests on, for audit records (never their values). */
  inputs?: InputDigest[];
  /** Step outputs the Action sets (e.g. `manifest-digest`, `meta-file`). */
  outputs?: Record<string, string>;
  /** Set when the check ran as one shard of several (`--shard I/N`); `report merge` reads it. */
  shard?: ShardRecord;
}

/**
 * What one shard did and what it must agree on with the others: `report merge` refuses shards
 * whose commit, config, options, version or full work list differ, and proves that the shards'
 * own lists add up to the full one (additive digests, src/shard/partition.ts).
 */
export interface ShardRecord {
  /** 1-based. */
  index: number;
  count: number;
  /** How the work was split: `files`, `commits` or `manifests`. */
  key: string;
  /** The full work list every shard computed alike: item count and additive digest. */
  work: { items: number; digest: string };
  /** This shard's part of it. */
  own: { items: number; digest: string };
  /** The checked-out commit (`git rev-parse HEAD`), null outside git. */
  commit: string | null;
  /** SHA-256 of the effective configuration (fail-on overrides included). */
  config: string;
  /** SHA-256 of the command and its options and paths, `--shard` excluded. */
  options: string;
  version: string;
  failOn: Severity;
  /**
   * Rules whose findings say something is absent (an ignore entry no finding used): kept by the
   * merge only when every shard reports the same one.
   */
  absence?: string[];
}

export interface RuleInfo {
  /** Short title, e.g. "OpenAI API key". */
  title: string;
  /** Longer explanation and fix. */
  help?: string;
  severity?: Severity;
}

export interface InputDigest {
  /** What the input is: a file path relative to the root, or a name such as `pr-reviews`. */
  name: string;
  /** Lowercase hex SHA-256 of its bytes. */
  sha256: string;
}

export interface Report {
  tool: { name: 'pipeguard'; version: string };
  status: ReportStatus;
  checks: CheckResult[];
  findings: Finding[];
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** True when the finding counts against the check under the given `fail-on` threshold. */
export function failsAt(finding: Finding, failOn: Severity): boolean {
  return !finding.suppressed && severityRank(finding.severity) >= severityRank(failOn);
}

/** sha256 over the parts, joined unambiguously; hex, truncated to 32 chars for readability. */
export function fingerprintOf(...parts: Array<string | number | undefined>): string {
  let joined = '';
  for (const part of parts) {
    const text = part === undefined ? '' : String(part);
    joined += `${text.length}:${text}\0`;
  }
  return sha256Hex(joined).slice(0, 32);
}

export interface RuleFindingSpec<Rule extends string = string> {
  rule: Rule;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** What the finding is about (artifact path, JSON Pointer, key id); the message when absent. */
  subject?: string;
  /** Overrides the rule's severity. */
  severity?: Severity;
  remedy?: string;
}

/**
 * A Finding whose severity comes from the check's rule table and whose fingerprint is
 * (check, rule, file, subject): stable across line moves and runs.
 */
export function ruleFinding<Rule extends string>(
  check: string,
  rules: Record<Rule, { severity: Severity }>,
  spec: RuleFindingSpec<Rule>,
): Finding {
  return {
    check,
    rule: spec.rule,
    severity: spec.severity ?? rules[spec.rule].severity,
    message: spec.message,
    ...(spec.file !== undefined ? { file: spec.file } : {}),
    ...(spec.line !== undefined ? { line: spec.line } : {}),
    ...(spec.column !== undefined ? { column: spec.column } : {}),
    fingerprint: fingerprintOf(check, spec.rule, spec.file, spec.subject ?? spec.message),
    ...(spec.remedy ? { remedy: spec.remedy } : {}),
  };
}

/** The usual way a check turns findings into a result: fail when any finding is at or above `failOn`. */
export function resultFromFindings(
  check: string,
  findings: Finding[],
  failOn: Severity,
  describe: (failing: number, total: number) => string,
  details?: Record<string, unknown>,
): CheckResult {
  const failing = findings.filter((f) => failsAt(f, failOn)).length;
  return {
    check,
    status: failing > 0 ? 'fail' : 'pass',
    summary: describe(failing, findings.length),
    findings,
    ...(details ? { details } : {}),
  };
}

/** Overall status: error wins, then blocked, then fail. */
export function overallStatus(results: CheckResult[]): ReportStatus {
  const order: CheckStatus[] = ['error', 'blocked', 'fail'];
  for (const status of order) if (results.some((r) => r.status === status)) return status;
  return 'pass';
}

export const EXIT = { ok: 0, failed: 1, usage: 2, blocked: 12 } as const;

/** The process exit code of design.md: 2 wins over all, then 12, then 1. */
export function exitCodeFor(status: ReportStatus): number {
  switch (status) {
    case 'error':
      return EXIT.usage;
    case 'blocked':
      return EXIT.blocked;
    case 'fail':
      return EXIT.failed;
    default:
      return EXIT.ok;
  }
}

export function buildReport(version: string, checks: CheckResult[]): Report {
  return {
    tool: { name: 'pipeguard', version },
    status: overallStatus(checks),
    checks,
    findings: checks.flatMap((c) => c.findings),
  };
}

/**
 * Orders a check's findings by `key` (a stable sort: ties keep the check's own order), the same
 * way sharded or not, so a merge of shards equals an unsharded run (src/report/merge.ts). Each
 * sharded check picks a key under which findings that tie always come from one shard.
 */
export function orderFindings(
  findings: Finding[],
  key: (a: Finding, b: Finding) => number = compareFindings,
): Finding[] {
  return findings.sort(key);
}

/** By file alone (`/` paths, byte order), each file's findings in the check's order. */
export function byFile(a: Finding, b: Finding): number {
  return compareUtf8(a.file ?? '', b.file ?? '');
}

/**
 * Stable order for every renderer: file, line, column, rule; names in byte order, whatever the
 * machine's locale (and without the ICU collator, whose first use cost a diff scan 8-15 ms).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    byFile(a, b) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareUtf8(a.rule, b.rule)
  );
}
