/** The rules `validate` reports, their risk levels, and how a Finding of each is built. */
import { ruleFinding, type Finding, type RuleInfo, type Severity } from '../../report/model.js';
import type { Position } from '../../schema/document.js';

export const CHECK = 'validate';

export const RULES = {
  schema: {
    title: 'Document does not match its schema',
    help: 'Fix the value at the reported line so the document satisfies the schema named in the message.',
    severity: 'high',
  },
  syntax: {
    title: 'Malformed JSON or YAML',
    help: 'The file cannot be parsed; nothing in it was validated.',
    severity: 'high',
  },
  'duplicate-key': {
    title: 'Key written twice in one object',
    help: 'JSON parsers silently keep one of the values; remove the duplicate so every reader sees the same document.',
    severity: 'high',
  },
  refused: {
    title: 'Document refused unparsed',
    help: 'Over the size cap, nested deeper than 256 levels, a YAML alias bomb (billion laughs), or not UTF-8 (e.g. UTF-16): refused rather than parsed.',
    severity: 'high',
  },
  'unknown-schema': {
    title: 'Document names a schema pipeguard does not know',
    help: 'Name a shipped schema (e.g. `model-request-envelope.v1`), a schema in validate.extra-schemas, or a schema file inside the repository. Remote schemas are never fetched.',
    severity: 'high',
  },
  'policy-not-found': {
    title: 'Envelope has no governing automation policy',
    help: 'Set the envelope `policy_id` to a policy in the repository, or put an automation policy in its directory or a parent directory.',
    severity: 'high',
  },
  'model-not-allowed': {
    title: "Envelope model not in its policy's allowed_models",
    help: 'Use a model the policy allows, or change the policy (reviewed like any code).',
    severity: 'high',
  },
  'run-window': {
    title: 'Run window that cannot be honoured',
    help: 'A run window whose start equals its end, a time zone the runtime does not know, or a window listed twice.',
    severity: 'medium',
  },
  'outside-run-window': {
    title: "Envelope created outside its policy's run windows",
    help: 'The request was made at a time none of the policy run_windows allows.',
    severity: 'medium',
  },
  gateway: {
    title: 'cloud/hybrid policy without a usable gateway',
    help: 'Model egress in cloud and hybrid modes must go through a gateway: name one that validate.gateways lists, with an https endpoint that is not a model provider API.',
    severity: 'high',
  },
  'approval-missing': {
    title: 'Approval-gated request without approval evidence',
    help: 'Record the approval as an audit record (check: approval, decision: allowed) for the run and stage, signed or PR-approved by the required roles; see docs/validate.md#approval-evidence.',
    severity: 'high',
  },
  'approval-unproven': {
    title: 'Approval record without proof the required roles gave it',
    help: 'An approval record counts only when signed by each required role (`pipeguard approval sign FILE:LINE --key KEY`, SSH keys in allowed_signers) and/or approved by their PR review, as eval-gate.approval says; see docs/validate.md#approval-evidence.',
    severity: 'high',
  },
  'budget-exceeded': {
    title: 'Run or envelope beyond its automation policy budget',
    help: 'The run recorded (meta.json cost_usd, runtime_minutes or finished_on − started_on) or the envelope asked for (max_cost_usd, max_runtime_minutes) more than the governing policy allows: cut the run, or raise the policy ceiling in a reviewed change.',
    severity: 'high',
  },
  'redaction-profile': {
    title: 'Redaction profile not defined in the configuration',
    help: 'Name a profile listed in validate.redaction-profiles, or define it there.',
    severity: 'high',
  },
  'response-schema': {
    title: 'Envelope response_schema names no known schema',
    help: 'Model output must be schema-validated before any action: name a shipped schema or one in validate.extra-schemas.',
    severity: 'high',
  },
  'invalid-time': {
    title: 'Date-time that names no instant',
    help: 'The date-time format lets through times no clock shows (hour 24 or minute 60 behind an offset, second 60 away from 23:59:60 UTC); write the intended RFC 3339 time, such as 2026-06-01T10:00:00Z.',
    severity: 'high',
  },
  'run-id-mismatch': {
    title: 'Envelope run_id differs from its run directory',
    help: 'An envelope under runs/<run_id>/ must carry that run_id, or audit records will not correlate.',
    severity: 'medium',
  },
} as const satisfies Record<string, RuleInfo & { severity: Severity }>;

export type RuleId = keyof typeof RULES;

export interface FindingInput {
  rule: RuleId;
  message: string;
  file?: string;
  position?: Position;
  /** What makes this finding distinct within the file (a JSON Pointer, a key), for the fingerprint. */
  subject?: string;
  severity?: Severity;
  remedy?: string;
}

export function makeFinding(input: FindingInput): Finding {
  const { position, ...spec } = input;
  return ruleFinding(CHECK, RULES, {
    ...spec,
    ...(position ? { line: position.line, column: position.column } : {}),
  });
}

export function ruleInfos(): Record<string, RuleInfo> {
  return Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, { ...info }]));
}
