/**
 * Exception files (schemas/eval-exception.v1): loaded from the configured folder, schema-checked
 * (a malformed file is an input error, exit 2), and judged against one gate decision — model and
 * artifact digest, expiry against the CI clock and the policy's cap, roles, and whether each
 * waiver's bound holds the observed value. Approval is judged separately (approvals.ts).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Position, SourceDocument } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { timestampOrInputError } from '../../util/time.js';
import {
  EVAL_EXCEPTION_SCHEMA,
  parseSingleDocument,
  readRecorded,
  type InputFile,
} from './inputs.js';
import type { MetricRule } from './policy.js';
import { fmt, type MetricEvaluation } from './thresholds.js';

export interface Waiver {
  metric: string;
  min?: number;
  max?: number;
}

/** What every exception kind (eval, dependency) records besides what it waives. */
export interface ExceptionRecord {
  version: 1;
  id: string;
  reason: string;
  ticket: string;
  requested_by: string;
  created: string;
  expires: string;
  required_roles: string[];
}

export interface EvalException extends ExceptionRecord {
  model: string;
  artifact_digest: string;
  waivers: Waiver[];
}

/** What every kind of exception (eval, model, dependency) has: identity, lifetime and approving roles. */
export interface ExceptionBase {
  id: string;
  created: string;
  expires: string;
  required_roles: string[];
}

export interface ExceptionFile<E extends ExceptionBase = EvalException> {
  input: InputFile;
  doc: SourceDocument;
  exception: E;
  /** `created` and `expires` as epoch milliseconds (src/util/time.ts: leap seconds normalised). */
  times: { created: number; expires: number };
}

/** At most this many exception files are read: a folder of thousands is not a reviewable set. */
const MAX_EXCEPTION_FILES = 1000;
/** Clock skew tolerated between the machine that wrote `created` and the CI clock. */
export const CREATED_SKEW_MS = 5 * 60 * 1000;

/** Every `*.yml` / `*.yaml` under the folder (recursively, hidden entries skipped), sorted. */
export async function listExceptionFiles(root: string, dir: string): Promise<string[]> {
  const absolute = resolveInsideRoot(root, dir);
  const out: string[] = [];
  const walk = async (current: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && current === absolute) return;
      throw new InputError(
        `exceptions folder cannot be read (${code})`,
        relativeToRoot(root, current),
      );
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(relativeToRoot(root, full));
    }
  };
  await walk(absolute);
  if (out.length > MAX_EXCEPTION_FILES) {
    throw new InputError(
      `more than ${MAX_EXCEPTION_FILES} exception files`,
      relativeToRoot(root, absolute),
    );
  }
  return out.sort();
}

export function parseException(input: InputFile): ExceptionFile {
  const doc = parseSingleDocument(input, 'exception file', EVAL_EXCEPTION_SCHEMA);
  const exception = doc.value as EvalException;
  const seen = new Set<string>();
  exception.waivers.forEach((waiver, index) => {
    if (seen.has(waiver.metric)) {
      const at = doc.locate(`/waivers/${index}/metric`);
      throw new InputError(
        `metric ${waiver.metric} is waived twice`,
        input.name,
        at.line,
        at.column,
      );
    }
    seen.add(waiver.metric);
  });
  return { input, doc, exception, times: exceptionTimes(input, doc, exception) };
}

/**
 * `created` and `expires` as epoch milliseconds. The date-time format lets through times no clock
 * shows (hour 24 behind an offset): refused here, so no expiry or cap check ever compares NaN.
 */
export function exceptionTimes(
  input: InputFile,
  doc: SourceDocument,
  exception: ExceptionBase,
): ExceptionFile['times'] {
  const time = (field: 'created' | 'expires'): number =>
    timestampOrInputError(exception[field], field, input.name, doc.locate(`/${field}`));
  return { created: time('created'), expires: time('expires') };
}

export async function loadExceptions(
  ctx: { root: string },
  files: string[],
): Promise<ExceptionFile[]> {
  return loadUniqueExceptions(ctx, files, 'exception file', parseException);
}

/** Read and parse each file (any exception kind), refusing an id two files share. */
export async function loadUniqueExceptions<
  T extends { input: InputFile; doc: SourceDocument; exception: { id: string } },
>(
  ctx: { root: string },
  files: string[],
  what: string,
  parse: (input: InputFile) => T,
): Promise<T[]> {
  const loaded: T[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const parsed = parse(await readRecorded(ctx, file, what));
    const other = ids.get(parsed.exception.id);
    if (other) {
      const at = parsed.doc.locate('/id');
      throw new InputError(
        `exception id ${parsed.exception.id} is also used by ${other}`,
        parsed.input.name,
        at.line,
        at.column,
      );
    }
    ids.set(parsed.exception.id, parsed.input.name);
    loaded.push(parsed);
  }
  return loaded;
}

export interface ExceptionProblem {
  /** Stable rule id for findings. */
  rule:
    | 'exception-scope'
    | 'exception-expired'
    | 'exception-expiry-cap'
    | 'exception-not-yet-valid'
    | 'exception-roles'
    | 'exception-waiver';
  message: string;
  position: Position;
}

export interface WaiverCheck {
  metric: string;
  covered: boolean;
  reason: string;
}

export interface ExceptionAssessment {
  file: ExceptionFile;
  /** Same model and artifact digest as this decision. */
  inScope: boolean;
  problems: ExceptionProblem[];
  /** For each failing metric this exception names: whether its bound holds the observed value. */
  waivers: WaiverCheck[];
  /** Policy roles ∪ the exception's roles. */
  roles: string[];
}

export interface DecisionScope {
  model?: string;
  /** `sha256:<hex>` of the run's checksum manifest. */
  digest?: string;
  now: Date;
  /** Longest allowed lifetime (policy `exceptions.max_days`). */
  maxDays: number;
  /** Roles the policy requires, when it names them. */
  requiredRoles?: string[];
  /** The policy's rules, to check waivers name gated metrics with the right bound; omitted when unknown. */
  rules?: MetricRule[];
  configuredRoles: string[];
}

/** Policy roles (default: every configured role) ∪ the exception's own. */
export function rolesRequiredFor(
  exception: Pick<ExceptionBase, 'required_roles'>,
  scope: Pick<DecisionScope, 'requiredRoles' | 'configuredRoles'>,
): string[] {
  return [
    ...new Set([...(scope.requiredRoles ?? scope.configuredRoles), ...exception.required_roles]),
  ];
}

/** Does the exception name this decision's model and artifact? */
export function scopeProblems(
  file: ExceptionFile,
  scope: Pick<DecisionScope, 'model' | 'digest'>,
): ExceptionProblem[] {
  const { exception, doc } = file;
  const problems: ExceptionProblem[] = [];
  if (!scope.model) {
    problems.push({
      rule: 'exception-scope',
      message:
        'the gate has no model name (--model, eval-gate.model or the policy model), so no exception can apply',
      position: doc.locate('/model'),
    });
  } else if (exception.model !== scope.model) {
    problems.push({
      rule: 'exception-scope',
      message: `is for model ${exception.model}, not ${scope.model}`,
      position: doc.locate('/model'),
    });
  }
  if (!scope.digest) {
    problems.push({
      rule: 'exception-scope',
      message:
        'the gate has no artifact digest (--manifest, --digest or eval-gate.manifest), so no exception can apply',
      position: doc.locate('/artifact_digest'),
    });
  } else if (exception.artifact_digest !== scope.digest) {
    problems.push({
      rule: 'exception-scope',
      message: `is bound to artifact ${exception.artifact_digest}, not this run's ${scope.digest}`,
      position: doc.locate('/artifact_digest'),
    });
  }
  return problems;
}

/** Everything that makes an exception unusable regardless of the run: time, cap, roles, waivers. */
export function validityProblems(
  file: ExceptionFile,
  scope: Omit<DecisionScope, 'model' | 'digest'>,
): ExceptionProblem[] {
  const { exception, doc } = file;
  const problems = lifetimeAndRoleProblems(file, scope);
  const at = (pointer: string): Position => doc.locate(pointer);
  if (scope.rules) {
    exception.waivers.forEach((waiver, index) => {
      const rule = scope.rules!.find((r) => r.name === waiver.metric);
      if (!rule) {
        problems.push({
          rule: 'exception-waiver',
          message: `waives ${waiver.metric}, which the policy does not gate`,
          position: at(`/waivers/${index}/metric`),
        });
      } else if (rule.direction === 'higher' && waiver.min === undefined) {
        problems.push({
          rule: 'exception-waiver',
          message: `${waiver.metric} is higher-is-better: its waiver must give the lowest accepted value (min)`,
          position: at(`/waivers/${index}`),
        });
      } else if (rule.direction === 'lower' && waiver.max === undefined) {
        problems.push({
          rule: 'exception-waiver',
          message: `${waiver.metric} is lower-is-better: its waiver must give the highest accepted value (max)`,
          position: at(`/waivers/${index}`),
        });
      }
    });
  }
  return problems;
}

/** The parts of an exception file every kind shares: its document, times and roles. */
export interface SignedExceptionFile {
  doc: SourceDocument;
  exception: Pick<ExceptionBase, 'created' | 'expires' | 'required_roles'>;
  times: { created: number; expires: number };
}

/**
 * What makes any exception file (eval, model or dependency) unusable whatever it waives: expiry
 * against the CI clock, lifetime over the policy's cap, a creation date in the future, and required
 * roles nobody is configured to approve.
 */
export function lifetimeAndRoleProblems(
  file: SignedExceptionFile,
  scope: Pick<DecisionScope, 'now' | 'maxDays' | 'requiredRoles' | 'configuredRoles'>,
): ExceptionProblem[] {
  const { exception, doc } = file;
  const problems: ExceptionProblem[] = [];
  const at = (pointer: string): Position => doc.locate(pointer);
  const { created, expires } = file.times;
  const now = scope.now.getTime();
  const capMs = scope.maxDays * 86_400_000;
  if (expires <= now) {
    problems.push({
      rule: 'exception-expired',
      message: `expired at ${exception.expires}`,
      position: at('/expires'),
    });
  }
  if (expires <= created) {
    problems.push({
      rule: 'exception-expiry-cap',
      message: 'expires before it was created',
      position: at('/expires'),
    });
  } else if (expires - created > capMs) {
    problems.push({
      rule: 'exception-expiry-cap',
      message: `lives ${days(expires - created)} days (created ${exception.created}, expires ${exception.expires}); the policy allows at most ${scope.maxDays}`,
      position: at('/expires'),
    });
  } else if (expires - now > capMs) {
    problems.push({
      rule: 'exception-expiry-cap',
      message: `expires ${days(expires - now)} days from now; the policy allows at most ${scope.maxDays}`,
      position: at('/expires'),
    });
  }
  if (created > now + CREATED_SKEW_MS) {
    problems.push({
      rule: 'exception-not-yet-valid',
      message: `is dated in the future (created ${exception.created})`,
      position: at('/created'),
    });
  }
  const roles = rolesRequiredFor(exception, scope);
  const unknownRoles = roles.filter((r) => !scope.configuredRoles.includes(r));
  if (unknownRoles.length) {
    problems.push({
      rule: 'exception-roles',
      message: `role(s) ${unknownRoles.join(', ')} are not defined in .pipeguard.yml eval-gate.roles, so nobody can approve them`,
      position: at('/required_roles'),
    });
  }
  if (roles.length === 0) {
    problems.push({
      rule: 'exception-roles',
      message: 'no role must approve it: define eval-gate.roles in .pipeguard.yml',
      position: at('/required_roles'),
    });
  }
  return problems;
}

/** Judge one exception against the decision, except for approval. */
export function assessException(
  file: ExceptionFile,
  scope: DecisionScope,
  failing: MetricEvaluation[],
): ExceptionAssessment {
  const outOfScope = scopeProblems(file, scope);
  const waivers: WaiverCheck[] = [];
  for (const evaluation of failing) {
    const waiver = file.exception.waivers.find((w) => w.metric === evaluation.metric);
    if (waiver) waivers.push({ metric: evaluation.metric, ...coverage(waiver, evaluation) });
  }
  return {
    file,
    inScope: outOfScope.length === 0,
    problems: [...outOfScope, ...validityProblems(file, scope)],
    waivers,
    roles: rolesRequiredFor(file.exception, scope),
  };
}

function coverage(
  waiver: Waiver,
  evaluation: MetricEvaluation,
): { covered: boolean; reason: string } {
  if (evaluation.problems.length || evaluation.value === undefined) {
    return { covered: false, reason: `cannot be waived: ${evaluation.problems.join('; ')}` };
  }
  const value = evaluation.value;
  if (evaluation.direction === 'higher' && waiver.min !== undefined) {
    return value >= waiver.min
      ? { covered: true, reason: `${fmt(value)} ≥ waiver min ${fmt(waiver.min)}` }
      : {
          covered: false,
          reason: `observed ${fmt(value)} is below the waiver's min ${fmt(waiver.min)}`,
        };
  }
  if (evaluation.direction === 'lower' && waiver.max !== undefined) {
    return value <= waiver.max
      ? { covered: true, reason: `${fmt(value)} ≤ waiver max ${fmt(waiver.max)}` }
      : {
          covered: false,
          reason: `observed ${fmt(value)} is above the waiver's max ${fmt(waiver.max)}`,
        };
  }
  return { covered: false, reason: 'the waiver bound points the wrong way for this metric' };
}

function days(ms: number): string {
  return fmt(Math.round((ms / 86_400_000) * 10) / 10);
}
