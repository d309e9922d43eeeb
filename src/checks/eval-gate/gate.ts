/**
 * The gate decision: metrics against the policy, then exceptions for whatever failed. Blocked when
 * any failing metric is left without a usable exception (in scope, valid, approved by every
 * required role, its waiver bound holding the observed value). Pure apart from reading its inputs
 * (each recorded with its digest) and consulting approval sources.
 */
import { InputError } from '../../util/errors.js';
import type { CheckContext } from '../types.js';
import { APPROVAL_SOURCES } from './approval-sources.js';
import { evaluateApprovals, type ApprovalOutcome, type ApprovalSources } from './approvals.js';
import { rolesOf, type ApprovalMode } from './config.js';
import {
  assessException,
  listExceptionFiles,
  loadExceptions,
  type DecisionScope,
  type ExceptionAssessment,
} from './exceptions.js';
import { readRecorded, recordedInputs, type InputFile } from './inputs.js';
import { junitCounts, junitValue, sumCounts, type JunitCounts } from './junit.js';
import { lookupMetric, metricsSource, type MetricsSource } from './metrics.js';
import { defaultJunitRules, loadPolicy, type EvalPolicy, type MetricRule } from './policy.js';
import { evaluateMetric, type MetricEvaluation, type Observation } from './thresholds.js';

export interface GateParams {
  policy: string;
  metrics?: string;
  baseline?: string;
  junit: string[];
  model?: string;
  /** `sha256:<hex>` (or bare hex) of the run's checksum manifest. */
  digest?: string;
  /** The run's checksum.sha256: its sha256 is the digest. */
  manifest?: string;
  exceptionsDir: string;
  /** Exactly these exception files (replay); default: every file in exceptionsDir. */
  exceptionFiles?: string[];
  approval: ApprovalMode;
}

export interface LocatedEvaluation extends MetricEvaluation {
  source: 'metrics' | 'junit' | 'gate';
  /** Where a person looks: the value in the metrics file, else the rule in the policy. */
  file?: string;
  line?: number;
  column?: number;
}

export interface ExceptionVerdict extends ExceptionAssessment {
  approval?: ApprovalOutcome;
  /** Failing metrics it covers in this decision. */
  covers: string[];
  /** In scope, no problems, approved: it may cover failures. */
  usable: boolean;
}

export interface GateDecision {
  params: GateParams;
  model?: string;
  digest?: string;
  time: Date;
  policy: EvalPolicy;
  rules: MetricRule[];
  evaluations: LocatedEvaluation[];
  junit?: JunitCounts;
  exceptions: ExceptionVerdict[];
  /** metric → id of the exception that covers it. */
  coveredBy: Record<string, string>;
  uncovered: LocatedEvaluation[];
  blocked: boolean;
  inputs: InputFile[];
}

export const ZERO_TESTS = 'junit.tests';

export function normalizeDigest(value: string, label: string): string {
  const hex = value
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(hex))
    throw new InputError(`--digest must be sha256:<64 hex digits>; got ${value}`, label);
  return `sha256:${hex}`;
}

export async function decide(
  ctx: CheckContext,
  params: GateParams,
  sources: ApprovalSources = APPROVAL_SOURCES,
): Promise<GateDecision> {
  const policy = loadPolicy(await readRecorded(ctx, params.policy, 'eval policy'));
  const model = params.model ?? policy.model;
  const digest = await resolveDigest(ctx, params);
  if (!params.metrics && params.junit.length === 0) {
    throw new InputError(
      'nothing to gate: give a metrics file (--metrics / eval-gate.metrics) or a JUnit report (--junit)',
      policy.input.name,
    );
  }
  const metrics = params.metrics
    ? metricsSource(await readRecorded(ctx, params.metrics, 'metrics file'), 'metrics file')
    : undefined;
  const baseline = params.baseline
    ? metricsSource(
        await readRecorded(ctx, params.baseline, 'baseline metrics file'),
        'baseline metrics file',
      )
    : undefined;
  const junitInputs: JunitCounts[] = [];
  for (const file of params.junit)
    junitInputs.push(junitCounts(await readRecorded(ctx, file, 'JUnit report')));
  const junit = junitInputs.length ? sumCounts(junitInputs) : undefined;

  const rules = [...policy.rules];
  if (junit && !rules.some((r) => r.junit)) rules.push(...defaultJunitRules());
  const evaluations = rules.map((rule) => evaluateRule(rule, policy, metrics, baseline, junit));
  if (junit && junit.tests === 0) {
    evaluations.push({
      metric: ZERO_TESTS,
      direction: 'higher',
      outcomes: [],
      problems: ['the JUnit report(s) hold zero tests: an eval that ran nothing proves nothing'],
      passed: false,
      source: 'gate',
      file: params.junit[0],
    });
  }
  const failing = evaluations.filter((e) => !e.passed);

  const files = params.exceptionFiles ?? (await listExceptionFiles(ctx.root, params.exceptionsDir));
  const loaded = await loadExceptions(ctx, files);
  const configuredRoles = Object.keys(rolesOf(ctx.config));
  const scope: DecisionScope = {
    ...(model ? { model } : {}),
    ...(digest ? { digest } : {}),
    now: ctx.now,
    maxDays: policy.maxDays,
    ...(policy.requiredRoles ? { requiredRoles: policy.requiredRoles } : {}),
    rules,
    configuredRoles,
  };
  const exceptions: ExceptionVerdict[] = [];
  for (const file of loaded) {
    const assessment = assessException(file, scope, failing);
    const verdict: ExceptionVerdict = { ...assessment, covers: [], usable: false };
    const worthApproving =
      assessment.inScope &&
      assessment.problems.length === 0 &&
      assessment.waivers.some((w) => w.covered);
    if (worthApproving) {
      verdict.approval = await evaluateApprovals(
        params.approval,
        sources,
        {
          exceptionFile: file.input.name,
          exceptionBytes: file.input.bytes,
          exception: file.exception,
          roles: assessment.roles,
        },
        ctx,
      );
      verdict.usable = verdict.approval.approved;
    }
    exceptions.push(verdict);
  }

  const coveredBy: Record<string, string> = {};
  const uncovered: LocatedEvaluation[] = [];
  for (const evaluation of failing) {
    const cover = exceptions.find(
      (e) => e.usable && e.waivers.some((w) => w.metric === evaluation.metric && w.covered),
    );
    if (cover) {
      coveredBy[evaluation.metric] = cover.file.exception.id;
      cover.covers.push(evaluation.metric);
    } else {
      uncovered.push(evaluation);
    }
  }
  return {
    params,
    ...(model ? { model } : {}),
    ...(digest ? { digest } : {}),
    time: ctx.now,
    policy,
    rules,
    evaluations,
    ...(junit ? { junit } : {}),
    exceptions,
    coveredBy,
    uncovered,
    blocked: uncovered.length > 0,
    inputs: recordedInputs(ctx),
  };
}

async function resolveDigest(ctx: CheckContext, params: GateParams): Promise<string | undefined> {
  const given = params.digest ? normalizeDigest(params.digest, '--digest') : undefined;
  if (!params.manifest) return given;
  const manifest = await readRecorded(ctx, params.manifest, 'checksum manifest');
  const computed = `sha256:${manifest.sha256}`;
  if (given && given !== computed) {
    throw new InputError(
      `--digest ${given} does not match the manifest's sha256 ${computed}`,
      manifest.name,
    );
  }
  return computed;
}

function evaluateRule(
  rule: MetricRule,
  policy: EvalPolicy,
  metrics: MetricsSource | undefined,
  baseline: MetricsSource | undefined,
  junit: JunitCounts | undefined,
): LocatedEvaluation {
  const ruleAt = policy.doc.locate(
    `/metrics/${rule.name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
  );
  const atRule = { file: policy.input.name, line: ruleAt.line, column: ruleAt.column };
  if (rule.junit) {
    if (!junit) {
      return {
        ...evaluateMetric(rule, {
          ok: false,
          problem: 'no JUnit report was given (--junit / eval-gate.junit)',
        }),
        source: 'junit',
        ...atRule,
      };
    }
    const value = junitValue(junit, rule.junit);
    const observed: Observation =
      value === undefined
        ? { ok: false, problem: `JUnit ${rule.junit} is undefined: no test ran` }
        : { ok: true, value };
    return { ...evaluateMetric(rule, observed), source: 'junit', ...atRule };
  }
  const address = rule.path ?? rule.name;
  if (!metrics) {
    return {
      ...evaluateMetric(rule, {
        ok: false,
        problem: 'no metrics file was given (--metrics / eval-gate.metrics)',
      }),
      source: 'metrics',
      ...atRule,
    };
  }
  const found = lookupMetric(metrics, address);
  const observed: Observation = found.ok
    ? { ok: true, value: found.value }
    : { ok: false, problem: `${metrics.input.name}: ${found.problem}` };
  let base: Observation | undefined;
  if (baseline && (rule.max_drop_abs !== undefined || rule.max_drop_rel !== undefined)) {
    const b = lookupMetric(baseline, address);
    base = b.ok
      ? { ok: true, value: b.value }
      : { ok: false, problem: `${baseline.input.name}: ${b.problem}` };
  }
  const where = found.position
    ? { file: metrics.input.name, line: found.position.line, column: found.position.column }
    : atRule;
  return { ...evaluateMetric(rule, observed, base), source: 'metrics', ...where };
}
