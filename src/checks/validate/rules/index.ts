/**
 * Semantic policy rules: what the schemas cannot say, across documents (issue 4, docs/validate.md).
 * They run on schema-valid documents only, so every field they read has its schema's shape.
 *
 * How an envelope finds its policy: by `policy_id` when it has one (any automation policy in the
 * repository with that id), else the nearest automation policy up the directory tree from the
 * envelope (a policy governs its own directory and everything below; a policy kept in a
 * `policies/`, `automation-policies/` or `policies/automation/` folder governs that folder's parent).
 */
import path from 'node:path';
import type { PipeguardConfig } from '../../../config/types.js';
import type { CheckContext } from '../../types.js';
import type { Finding } from '../../../report/model.js';
import { SCHEMA_IDS } from '../../../schema/catalog.js';
import {
  loadSchemaCompiler,
  resolveSchemaId,
  SchemaCompilerNotLoaded,
} from '../../../schema/registry.js';
import type { CheckedDocument } from '../engine.js';
import { discoverFiles } from '../files.js';
import { makeFinding, type FindingInput, type RuleId } from '../findings.js';
import type { SchemaSelector } from '../select.js';
import type { ValidateSection } from '../settings.js';
import { findApproval } from './approvals.js';
import { DocumentContext } from './context.js';
import { canonicalWindow, parseRunWindow, windowAllows, type RunWindow } from './run-windows.js';
import { readTimestamp } from '../../../util/time.js';

export interface RuleContext {
  root: string;
  config: PipeguardConfig;
  section: ValidateSection;
  selector: SchemaSelector;
  now: Date;
  /** The check's context: approval proofs read allowed_signers and ask GitHub through it. */
  check: CheckContext;
}

export interface Envelope {
  run_id: string;
  stage: string;
  model: string;
  redaction_profile: string;
  response_schema: string;
  policy_id?: string;
  created_at?: string;
  max_cost_usd?: number;
  max_runtime_minutes?: number;
}

export interface Policy {
  policy_id: string;
  execution_mode: 'local' | 'cloud' | 'hybrid';
  requires_approval: boolean;
  approval_gated_stages?: string[];
  allowed_models: string[];
  run_windows: string[];
  default_redaction_profile?: string;
  gateway?: { id: string; endpoint: string };
  max_cost_usd?: number;
  max_runtime_minutes?: number;
}

/**
 * Hosts of model providers' own APIs: a "gateway" pointing there is direct egress, which SPEC-260
 * forbids in cloud and hybrid modes.
 */
const PROVIDER_API_HOSTS = [
  /^api\.openai\.com$/,
  /\.openai\.azure\.com$/,
  /^api\.anthropic\.com$/,
  /^generativelanguage\.googleapis\.com$/,
  /-aiplatform\.googleapis\.com$/,
  /^bedrock-runtime\.[a-z0-9-]+\.amazonaws\.com$/,
  /^api\.mistral\.ai$/,
  /^api\.cohere\.(ai|com)$/,
  /^api\.groq\.com$/,
  /^api\.together\.(xyz|ai)$/,
  /^api\.deepseek\.com$/,
  /^api\.x\.ai$/,
  /^api\.fireworks\.ai$/,
  /^api\.perplexity\.ai$/,
  /^api-inference\.huggingface\.co$/,
];

const POLICY_FOLDERS = [['policies', 'automation'], ['automation-policies'], ['policies']];

export async function applySemanticRules(
  checked: readonly CheckedDocument[],
  ctx: RuleContext,
): Promise<Finding[]> {
  try {
    return await applyRules(checked, ctx);
  } catch (error) {
    // A response_schema named a schema file, which is compiled to know it is one: the rules keep
    // no state between runs, so load the compiler and run them again.
    if (!(error instanceof SchemaCompilerNotLoaded)) throw error;
    await loadSchemaCompiler();
    return applyRules(checked, ctx);
  }
}

async function applyRules(
  checked: readonly CheckedDocument[],
  ctx: RuleContext,
): Promise<Finding[]> {
  const disabled = new Set(ctx.section['disable-rules'] ?? []);
  const findings: Finding[] = [];
  const report = (
    doc: CheckedDocument,
    pointer: string,
    input: Omit<FindingInput, 'file' | 'position'>,
  ): void => {
    if (disabled.has(input.rule)) return;
    findings.push(
      makeFinding({
        ...input,
        file: doc.file,
        position: doc.doc.locate(pointer),
        subject: `${doc.doc.index}:${pointer}:${input.subject ?? ''}`,
      }),
    );
  };

  const valid = checked.filter((d) => d.valid);
  for (const doc of valid.filter((d) => d.schemaId === SCHEMA_IDS.automationPolicy))
    checkPolicy(doc, ctx, report);

  const envelopes = valid.filter((d) => d.schemaId === SCHEMA_IDS.modelRequestEnvelope);
  if (envelopes.length === 0) return findings;
  const context = new DocumentContext(ctx.root, checked);
  const policies = await policyDocuments(context, ctx);
  const windowsOf = new Map<CheckedDocument, RunWindow[]>();
  const reportedRecords = new Set<string>();
  for (const envelopeDoc of envelopes) {
    const envelope = envelopeDoc.doc.value as Envelope;
    checkEnvelopeAlone(envelopeDoc, envelope, ctx, report);
    const governing = governingPolicy(envelopeDoc, envelope, policies);
    if ('problem' in governing) {
      report(envelopeDoc, governing.pointer, {
        rule: 'policy-not-found',
        message: governing.problem,
      });
      continue;
    }
    const policyDoc = governing.policy;
    const policy = policyDoc.doc.value as Policy;
    const named = `policy \`${policy.policy_id}\` (${policyDoc.file})`;
    if (!policyDoc.valid) {
      report(envelopeDoc, '', {
        rule: 'policy-not-found',
        message: `the governing ${named} does not match its schema, so nothing it allows can be relied on`,
        subject: policy.policy_id,
      });
      continue;
    }
    if (!policy.allowed_models.includes(envelope.model)) {
      report(envelopeDoc, '/model', {
        rule: 'model-not-allowed',
        message: `model \`${envelope.model}\` is not allowed by ${named}; allowed: ${policy.allowed_models.join(', ')}`,
        subject: envelope.model,
      });
    }
    if (envelope.created_at !== undefined) {
      if (!windowsOf.has(policyDoc)) windowsOf.set(policyDoc, parsedWindows(policy));
      const windows = windowsOf.get(policyDoc)!;
      const at = readTimestamp(envelope.created_at);
      if (!at.ok) {
        report(envelopeDoc, '/created_at', {
          rule: 'invalid-time',
          message: `created_at ${envelope.created_at} names no instant (${at.problem}), so no run window or approval time can be checked`,
        });
      } else if (windows.length > 0 && !windows.some((w) => windowAllows(w, new Date(at.ms)))) {
        report(envelopeDoc, '/created_at', {
          rule: 'outside-run-window',
          message: `created at ${envelope.created_at}, outside every run window of ${named}: ${policy.run_windows.join(', ')}`,
        });
      }
    }
    checkBudgets(envelopeDoc, envelope, policy, named, context, report);
    if (policy.requires_approval && isGated(policy, envelope.stage)) {
      const approval = await findApproval(context, ctx, envelopeDoc.file, envelope);
      for (const { doc, missing } of approval.unproven) {
        const key = `${doc.file}#${doc.doc.index}`;
        if (reportedRecords.has(key)) continue;
        reportedRecords.add(key);
        const record = doc.doc.value as { stage: string; run_id: string };
        report(doc, '', {
          rule: 'approval-unproven',
          message: `approval record for stage \`${record.stage}\` of run \`${record.run_id}\` does not count: nothing shows the required roles gave it — ${missing}`,
          subject: `${record.run_id}:${record.stage}`,
        });
      }
      if (!approval.found) {
        report(envelopeDoc, '/stage', {
          rule: 'approval-missing',
          message: `stage \`${envelope.stage}\` of run \`${envelope.run_id}\` needs an approval under ${named}, but ${approval.reason}`,
          subject: `${envelope.run_id}:${envelope.stage}`,
        });
      }
    }
  }
  return findings;
}

/**
 * Budgets are enforced, not only typed: an envelope may not ask for more than its policy allows,
 * and the run's recorded cost and runtime (meta.json `cost_usd`, `runtime_minutes`, else
 * `finished_on` − `started_on`) may exceed neither the policy's ceiling nor the envelope's budget.
 */
function checkBudgets(
  doc: CheckedDocument,
  envelope: Envelope,
  policy: Policy,
  named: string,
  context: DocumentContext,
  report: Report,
): void {
  const limits = [
    ['max_cost_usd', 'cost', (n: number) => `$${n}`],
    ['max_runtime_minutes', 'runtime', (n: number) => `${n} min`],
  ] as const;
  for (const [key, what, show] of limits) {
    const ceiling = policy[key];
    const asked = envelope[key];
    if (ceiling !== undefined && asked !== undefined && asked > ceiling) {
      report(doc, `/${key}`, {
        rule: 'budget-exceeded',
        message: `the envelope's ${what} budget ${show(asked)} exceeds the ${show(ceiling)} ${named} allows`,
        subject: `${key}:envelope`,
      });
    }
  }
  const metaFile = runMetaFile(doc.file, envelope.run_id, context);
  if (!metaFile) return;
  const meta = context.rawValue(metaFile);
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return;
  const recorded = recordedUsage(meta as Record<string, unknown>);
  for (const [key, what, show] of limits) {
    const used = key === 'max_cost_usd' ? recorded.cost : recorded.runtime;
    if (used === undefined) continue;
    for (const [limit, whose] of [
      [policy[key], named],
      [envelope[key], 'the envelope'],
    ] as const) {
      if (limit === undefined || used <= limit) continue;
      report(doc, '/run_id', {
        rule: 'budget-exceeded',
        message: `run \`${envelope.run_id}\` recorded ${what} ${show(Math.round(used * 100) / 100)} in ${metaFile}, over the ${show(limit)} ${whose} allows`,
        subject: `${key}:${whose}`,
      });
    }
  }
}

/** The run's meta.json: beside the envelope in its run directory, else runs/<run_id>/meta.json. */
function runMetaFile(
  envelopeFile: string,
  runId: string,
  context: DocumentContext,
): string | undefined {
  const runDir = /^(.*?(?:^|\/)runs\/[^/]+)\//.exec(envelopeFile)?.[1];
  const candidates = [
    ...(runDir ? [`${runDir}/meta.json`] : []),
    ...(/^[A-Za-z0-9._-]+$/.test(runId) && runId !== '.' && runId !== '..'
      ? [`runs/${runId}/meta.json`]
      : []),
  ];
  return candidates.find((file) => context.isFile(file));
}

/** Cost (USD) and runtime (minutes) a run records; a value that is not a usable number is none. */
export function recordedUsage(meta: Record<string, unknown>): { cost?: number; runtime?: number } {
  const number = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
  const cost = number(meta.cost_usd);
  let runtime = number(meta.runtime_minutes);
  if (
    runtime === undefined &&
    typeof meta.started_on === 'string' &&
    typeof meta.finished_on === 'string'
  ) {
    const start = readTimestamp(meta.started_on);
    const end = readTimestamp(meta.finished_on);
    if (start.ok && end.ok && end.ms >= start.ms) runtime = (end.ms - start.ms) / 60_000;
  }
  return { ...(cost !== undefined ? { cost } : {}), ...(runtime !== undefined ? { runtime } : {}) };
}

type Report = (
  doc: CheckedDocument,
  pointer: string,
  input: Omit<FindingInput, 'file' | 'position'>,
) => void;

function checkPolicy(doc: CheckedDocument, ctx: RuleContext, report: Report): void {
  const policy = doc.doc.value as Policy;
  const seen = new Map<string, number>();
  policy.run_windows.forEach((text, i) => {
    const parsed = parseRunWindow(text);
    if ('error' in parsed) {
      report(doc, `/run_windows/${i}`, {
        rule: 'run-window',
        message: `run window \`${text}\`: ${parsed.error}`,
      });
      return;
    }
    const canonical = canonicalWindow(parsed.window);
    const first = seen.get(canonical);
    if (first !== undefined) {
      report(doc, `/run_windows/${i}`, {
        rule: 'run-window',
        severity: 'low',
        message: `run window \`${text}\` repeats run_windows[${first}] \`${policy.run_windows[first]}\``,
      });
    } else {
      seen.set(canonical, i);
    }
  });
  if (policy.execution_mode !== 'local' && policy.gateway) {
    const gateways = ctx.section.gateways;
    if (gateways && !gateways.includes(policy.gateway.id)) {
      report(doc, '/gateway/id', {
        rule: 'gateway',
        message: `gateway \`${policy.gateway.id}\` is not one of the gateways validate.gateways allows: ${gateways.join(', ') || '(none)'}`,
      });
    }
    const host = hostOf(policy.gateway.endpoint);
    if (host && PROVIDER_API_HOSTS.some((pattern) => pattern.test(host))) {
      report(doc, '/gateway/endpoint', {
        rule: 'gateway',
        message: `gateway endpoint \`${host}\` is a model provider's API: in ${policy.execution_mode} mode egress must route through a gateway, not straight to the provider`,
      });
    }
  }
  if (policy.default_redaction_profile !== undefined) {
    checkRedactionProfile(
      doc,
      policy.default_redaction_profile,
      '/default_redaction_profile',
      ctx,
      report,
    );
  }
}

/** The rules an envelope answers alone: its redaction profile, response schema and run directory. */
function checkEnvelopeAlone(
  doc: CheckedDocument,
  envelope: Envelope,
  ctx: RuleContext,
  report: Report,
): void {
  checkRedactionProfile(doc, envelope.redaction_profile, '/redaction_profile', ctx, report);
  if (!responseSchemaExists(envelope.response_schema, doc.file, ctx)) {
    report(doc, '/response_schema', {
      rule: 'response-schema',
      message: `response_schema \`${envelope.response_schema}\` names no schema pipeguard knows (shipped, in validate.extra-schemas, or a schema file in the repository), so the response cannot be validated before actions run`,
    });
  }
  const runDirectory = /(?:^|\/)runs\/([^/]+)\//.exec(doc.file)?.[1];
  if (runDirectory !== undefined && runDirectory !== envelope.run_id) {
    report(doc, '/run_id', {
      rule: 'run-id-mismatch',
      message: `run_id \`${envelope.run_id}\` differs from its run directory runs/${runDirectory}/`,
    });
  }
}

function checkRedactionProfile(
  doc: CheckedDocument,
  profile: string,
  pointer: string,
  ctx: RuleContext,
  report: Report,
): void {
  const defined = ctx.section['redaction-profiles'];
  if (defined?.includes(profile)) return;
  report(doc, pointer, {
    rule: 'redaction-profile',
    message: defined
      ? `redaction profile \`${profile}\` is not defined; validate.redaction-profiles lists ${defined.join(', ') || 'none'}`
      : `redaction profile \`${profile}\` cannot be confirmed: no profiles are defined (set validate.redaction-profiles in .pipeguard.yml)`,
    subject: profile,
  });
}

function responseSchemaExists(reference: string, file: string, ctx: RuleContext): boolean {
  if (resolveSchemaId(reference)) return true;
  // A path to a schema file in the repository (relative to the envelope), never a remote URL.
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return false;
  return 'id' in ctx.selector.resolve(reference, file);
}

function isGated(policy: Policy, stage: string): boolean {
  const gated = policy.approval_gated_stages;
  return gated === undefined || gated.includes('*') || gated.includes(stage);
}

function parsedWindows(policy: Policy): RunWindow[] {
  const out: RunWindow[] = [];
  for (const text of policy.run_windows) {
    const parsed = parseRunWindow(text);
    if ('window' in parsed) out.push(parsed.window);
  }
  return out;
}

function hostOf(endpoint: string): string | undefined {
  try {
    return new URL(endpoint).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Every automation policy document: the ones validated now and the repository's others. */
async function policyDocuments(
  context: DocumentContext,
  ctx: RuleContext,
): Promise<CheckedDocument[]> {
  const policyId = SCHEMA_IDS.automationPolicy;
  const files = await discoverFiles(ctx.root, (file) => ctx.selector.mapped(file) === policyId);
  for (const file of files) context.validDocuments(file.relative, policyId);
  return context.all().filter((d) => d.schemaId === policyId);
}

type Governing = { policy: CheckedDocument } | { problem: string; pointer: string };

function governingPolicy(
  envelopeDoc: CheckedDocument,
  envelope: Envelope,
  policies: CheckedDocument[],
): Governing {
  const idOf = (d: CheckedDocument): unknown =>
    (d.doc.value as { policy_id?: unknown } | null)?.policy_id;
  if (envelope.policy_id !== undefined) {
    const matches = policies.filter((d) => idOf(d) === envelope.policy_id);
    if (matches.length === 1) return { policy: matches[0]! };
    return {
      pointer: '/policy_id',
      problem:
        matches.length === 0
          ? `no automation policy with policy_id \`${envelope.policy_id}\` was found in the repository`
          : `policy_id \`${envelope.policy_id}\` is defined ${matches.length} times (${[...new Set(matches.map((m) => m.file))].join(', ')}); it must be unique`,
    };
  }
  let directory = path.posix.dirname(envelopeDoc.file);
  for (;;) {
    const here = policies.filter((d) => scopeOf(d.file) === directory);
    if (here.length === 1) return { policy: here[0]! };
    if (here.length > 1) {
      return {
        pointer: '',
        problem: `${here.length} automation policies govern ${directory === '.' ? 'the repository root' : `${directory}/`} (${here.map((d) => d.file).join(', ')}); set policy_id to choose one`,
      };
    }
    if (directory === '.') break;
    directory = path.posix.dirname(directory);
  }
  return {
    pointer: '',
    problem:
      'no automation policy governs this envelope: set policy_id, or put an automation policy (e.g. automation-policy.yaml) in its directory or a parent directory',
  };
}

/** The directory a policy file governs: its own, or its policy folder's parent. */
export function scopeOf(file: string): string {
  const parts = path.posix.dirname(file).split('/');
  for (const folder of POLICY_FOLDERS) {
    const tail = parts.slice(-folder.length);
    if (tail.length === folder.length && tail.every((p, i) => p === folder[i])) {
      const rest = parts.slice(0, -folder.length);
      return rest.length === 0 ? '.' : rest.join('/');
    }
  }
  return parts.join('/');
}

export type { RuleId };
