/**
 * Threshold arithmetic, pure and written out so docs/eval-gate.md can quote it:
 *
 *   worse    = baseline − value   (direction: higher)      worse = value − baseline   (direction: lower)
 *   min      : value ≥ min                                   max : value ≤ max
 *   abs drop : worse ≤ max_drop_abs
 *   rel drop : worse ≤ max_drop_rel × |baseline|           (i.e. worse / |baseline| ≤ max_drop_rel)
 *              baseline = 0: relative change is undefined, so the rule passes only if worse ≤ 0.
 *
 * Dividing by |baseline| keeps the sign meaningful for negative metrics (log-likelihoods, negated
 * losses), where MLflow's plain division flips it. Derived comparisons allow a few ulps of
 * floating-point slack (0.85 − 0.84 must not fail a 0.01 limit); min/max compare exactly.
 */
import type { Direction, MetricRule } from './policy.js';

export type RuleKind = 'min' | 'max' | 'max_drop_abs' | 'max_drop_rel';

export interface RuleOutcome {
  kind: RuleKind;
  limit: number;
  ok: boolean;
  /** What was compared with the limit: the value, or the absolute / relative drop. */
  actual: number;
  /** How far past the limit (positive when failing), in the rule's own unit. */
  excess: number;
  /** One line for people, e.g. `0.842 < min 0.85 (short by 0.008)`. */
  text: string;
}

export type Observation = { ok: true; value: number } | { ok: false; problem: string };

export interface MetricEvaluation {
  metric: string;
  direction: Direction;
  value?: number;
  baseline?: number;
  outcomes: RuleOutcome[];
  /** Why the metric could not be evaluated (missing, NaN, no baseline …). Such failures cannot be waived. */
  problems: string[];
  passed: boolean;
}

const SLACK_ULPS = 8 * Number.EPSILON;

export function worseBy(direction: Direction, value: number, baseline: number): number {
  return direction === 'higher' ? baseline - value : value - baseline;
}

export function evaluateMetric(
  rule: MetricRule,
  observed: Observation,
  baseline?: Observation,
): MetricEvaluation {
  const evaluation: MetricEvaluation = {
    metric: rule.name,
    direction: rule.direction,
    outcomes: [],
    problems: [],
    passed: false,
  };
  if (!observed.ok) {
    evaluation.problems.push(observed.problem);
    return evaluation;
  }
  const value = observed.value;
  evaluation.value = value;
  if (rule.min !== undefined) {
    const ok = value >= rule.min;
    evaluation.outcomes.push({
      kind: 'min',
      limit: rule.min,
      ok,
      actual: value,
      excess: rule.min - value,
      text: ok
        ? `${fmt(value)} ≥ min ${fmt(rule.min)}`
        : `${fmt(value)} < min ${fmt(rule.min)} (short by ${fmt(rule.min - value)})`,
    });
  }
  if (rule.max !== undefined) {
    const ok = value <= rule.max;
    evaluation.outcomes.push({
      kind: 'max',
      limit: rule.max,
      ok,
      actual: value,
      excess: value - rule.max,
      text: ok
        ? `${fmt(value)} ≤ max ${fmt(rule.max)}`
        : `${fmt(value)} > max ${fmt(rule.max)} (over by ${fmt(value - rule.max)})`,
    });
  }
  if (rule.max_drop_abs !== undefined || rule.max_drop_rel !== undefined) {
    if (!baseline) {
      evaluation.problems.push(
        'no baseline metrics file was given, but the rule compares against a baseline',
      );
    } else if (!baseline.ok) {
      evaluation.problems.push(`baseline ${baseline.problem}`);
    } else {
      evaluation.baseline = baseline.value;
      evaluation.outcomes.push(...dropOutcomes(rule, value, baseline.value));
    }
  }
  evaluation.passed = evaluation.problems.length === 0 && evaluation.outcomes.every((o) => o.ok);
  return evaluation;
}

function dropOutcomes(rule: MetricRule, value: number, base: number): RuleOutcome[] {
  const out: RuleOutcome[] = [];
  const worse = worseBy(rule.direction, value, base);
  const slack = SLACK_ULPS * Math.max(Math.abs(value), Math.abs(base));
  const against = `baseline ${fmt(base)}`;
  if (rule.max_drop_abs !== undefined) {
    const limit = rule.max_drop_abs;
    const ok = worse <= limit + slack;
    out.push({
      kind: 'max_drop_abs',
      limit,
      ok,
      actual: worse,
      excess: worse - limit,
      text: ok
        ? `${dropWord(worse)} ${fmt(Math.abs(worse))} vs ${against} (max drop ${fmt(limit)})`
        : `dropped ${fmt(worse)} vs ${against}, more than max_drop_abs ${fmt(limit)} (by ${fmt(worse - limit)})`,
    });
  }
  if (rule.max_drop_rel !== undefined) {
    const limit = rule.max_drop_rel;
    if (base === 0) {
      const ok = worse <= slack;
      out.push({
        kind: 'max_drop_rel',
        limit,
        ok,
        actual: ok ? 0 : Number.POSITIVE_INFINITY,
        excess: ok ? 0 : worse,
        text: ok
          ? `no worse than ${against} (relative change undefined at 0)`
          : `worse than ${against} by ${fmt(worse)}; with a zero baseline any drop fails max_drop_rel`,
      });
    } else {
      const allowed = limit * Math.abs(base);
      const ok = worse <= allowed + slack + SLACK_ULPS * allowed;
      const relative = worse / Math.abs(base);
      out.push({
        kind: 'max_drop_rel',
        limit,
        ok,
        actual: relative,
        excess: relative - limit,
        text: ok
          ? `${dropWord(worse)} ${pct(Math.abs(relative))} vs ${against} (max drop ${pct(limit)})`
          : `dropped ${pct(relative)} vs ${against}, more than max_drop_rel ${pct(limit)} (by ${pct(relative - limit)})`,
      });
    }
  }
  return out;
}

function dropWord(worse: number): string {
  return worse > 0 ? 'dropped' : worse < 0 ? 'improved' : 'unchanged,';
}

/** Numbers as people read them: up to 6 significant digits, no float noise. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(6)));
}

function pct(fraction: number): string {
  return `${fmt(fraction * 100)} %`;
}
