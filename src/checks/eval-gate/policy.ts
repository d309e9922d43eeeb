/** The eval policy (schemas/eval-policy.v1): metric rules and the limits on exceptions. */
import type { SourceDocument } from '../../schema/document.js';
import { EVAL_POLICY_SCHEMA, parseSingleDocument, type InputFile } from './inputs.js';
import type { JunitField } from './junit.js';

export type Direction = 'higher' | 'lower';

export interface MetricRule {
  /** The name reports and waivers use (the policy's key). */
  name: string;
  path?: string;
  junit?: JunitField;
  direction: Direction;
  min?: number;
  max?: number;
  max_drop_abs?: number;
  max_drop_rel?: number;
  description?: string;
}

export interface EvalPolicy {
  input: InputFile;
  doc: SourceDocument;
  model?: string;
  rules: MetricRule[];
  /** Longest exception lifetime in days (default 30). */
  maxDays: number;
  /** Roles every exception needs, when the policy names them. */
  requiredRoles?: string[];
}

export const DEFAULT_MAX_DAYS = 30;

interface PolicyDocument {
  model?: string;
  metrics: Record<string, Omit<MetricRule, 'name'>>;
  exceptions?: { max_days?: number; required_roles?: string[] };
}

export function loadPolicy(input: InputFile): EvalPolicy {
  const doc = parseSingleDocument(input, 'eval policy', EVAL_POLICY_SCHEMA);
  const value = doc.value as PolicyDocument;
  return {
    input,
    doc,
    ...(value.model ? { model: value.model } : {}),
    rules: Object.entries(value.metrics).map(([name, rule]) => ({ name, ...rule })),
    maxDays: value.exceptions?.max_days ?? DEFAULT_MAX_DAYS,
    ...(value.exceptions?.required_roles ? { requiredRoles: value.exceptions.required_roles } : {}),
  };
}

/** When --junit is given and the policy names no JUnit rule: every test must pass. */
export function defaultJunitRules(): MetricRule[] {
  return [
    { name: 'junit.failures', junit: 'failures', direction: 'lower', max: 0 },
    { name: 'junit.errors', junit: 'errors', direction: 'lower', max: 0 },
  ];
}
