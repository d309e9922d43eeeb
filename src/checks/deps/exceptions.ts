/**
 * Dependency exceptions (schemas/deps-exception.v1): one advisory, one package, one exact version,
 * with a reason and an expiry within `deps.max-days`, approved exactly as eval exceptions are —
 * SSH signatures in FILE.sig (namespace pipeguard-exception) by the required roles' principals
 * and/or approving PR reviews by them (src/checks/eval-gate approvals and sources). Expiry, the
 * cap, future dates and unknown roles are judged by the eval gate's own rules
 * (lifetimeAndRoleProblems). A malformed file is an input error (exit 2), as in the eval gate.
 */
import type { SourceDocument } from '../../schema/document.js';
import { timestampOrInputError } from '../../util/time.js';
import { APPROVAL_SOURCES } from '../eval-gate/approval-sources.js';
import {
  evaluateApprovals,
  type ApprovalOutcome,
  type ApprovalSources,
} from '../eval-gate/approvals.js';
import { sectionOf } from '../../config/types.js';
import {
  DEFAULTS as EVAL_DEFAULTS,
  evalGateSection,
  rolesOf,
  type ApprovalMode,
} from '../eval-gate/config.js';
import {
  lifetimeAndRoleProblems,
  listExceptionFiles,
  loadUniqueExceptions,
  rolesRequiredFor,
  type ExceptionProblem,
  type ExceptionRecord,
} from '../eval-gate/exceptions.js';
import { parseSingleDocument, type InputFile } from '../eval-gate/inputs.js';
import type { CheckContext } from '../types.js';
import type { DepsSection } from './index.js';
import type { Dependency, Ecosystem } from './manifests.js';
import { samePackage, sameVersion } from './osv.js';
import { DEPS_DEFAULTS } from './spec.js';

export const DEPS_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/deps-exception.v1.schema.json';

export interface DepsException extends ExceptionRecord {
  advisory: string;
  ecosystem: Ecosystem;
  package: string;
  package_version: string;
}

export interface DepsExceptionFile {
  input: InputFile;
  doc: SourceDocument;
  exception: DepsException;
  times: { created: number; expires: number };
}

export interface DepsExceptionPolicy {
  now: Date;
  maxDays: number;
  requiredRoles?: string[];
  configuredRoles: string[];
  approval: ApprovalMode;
}

/** The lifetime cap, roles and approval mode dependency exceptions are judged by (deps.*, else eval-gate.*). */
export function depsExceptionPolicy(
  ctx: Pick<CheckContext, 'config' | 'now'>,
): DepsExceptionPolicy {
  const section = sectionOf<DepsSection>(ctx.config, 'deps');
  return {
    now: ctx.now,
    maxDays: section['max-days'] ?? DEPS_DEFAULTS.maxDays,
    ...(section['required-roles'] ? { requiredRoles: section['required-roles'] } : {}),
    configuredRoles: Object.keys(rolesOf(ctx.config)),
    approval: section.approval ?? evalGateSection(ctx.config).approval ?? EVAL_DEFAULTS.approval,
  };
}

export function parseDepsException(input: InputFile): DepsExceptionFile {
  const doc = parseSingleDocument(input, 'dependency exception', DEPS_EXCEPTION_SCHEMA);
  const exception = doc.value as DepsException;
  const time = (field: 'created' | 'expires'): number =>
    timestampOrInputError(exception[field], field, input.name, doc.locate(`/${field}`));
  return { input, doc, exception, times: { created: time('created'), expires: time('expires') } };
}

/** Every exception file in the folder (none when it does not exist), ids unique. */
export async function loadDepsExceptions(
  ctx: CheckContext,
  dir: string,
): Promise<DepsExceptionFile[]> {
  const files = await listExceptionFiles(ctx.root, dir);
  return loadUniqueExceptions(ctx, files, 'dependency exception', parseDepsException);
}

/** Does the exception name this advisory (by id or alias), package and exact version? */
export function exceptionCovers(
  exception: DepsException,
  dependency: Pick<Dependency, 'ecosystem' | 'name' | 'version'>,
  advisoryIds: string[],
): boolean {
  return (
    exception.ecosystem === dependency.ecosystem &&
    advisoryIds.includes(exception.advisory) &&
    samePackage(dependency.ecosystem, exception.package, dependency.name) &&
    sameVersion(dependency.ecosystem, exception.package_version, dependency.version)
  );
}

export interface DepsExceptionVerdict {
  file: DepsExceptionFile;
  problems: ExceptionProblem[];
  approval?: ApprovalOutcome;
  usable: boolean;
  /** Why it cannot waive anything, in one clause (empty when usable). */
  why: string;
  /** Findings it waived in this run. */
  used: number;
}

/**
 * Judge an exception once (lifetime, cap, roles, then approval by the configured sources); the
 * approval sources are consulted only for an exception with no other problem.
 */
export async function judgeDepsException(
  ctx: CheckContext,
  file: DepsExceptionFile,
  policy: DepsExceptionPolicy,
  sources: ApprovalSources = APPROVAL_SOURCES,
): Promise<DepsExceptionVerdict> {
  const problems = lifetimeAndRoleProblems(file, policy);
  if (problems.length) {
    return {
      file,
      problems,
      usable: false,
      why: problems.map((p) => p.message).join('; '),
      used: 0,
    };
  }
  const approval = await evaluateApprovals(
    policy.approval,
    sources,
    {
      exceptionFile: file.input.name,
      exceptionBytes: file.input.bytes,
      exception: file.exception,
      roles: rolesRequiredFor(file.exception, policy),
    },
    ctx,
  );
  return {
    file,
    problems,
    approval,
    usable: approval.approved,
    why: approval.approved
      ? ''
      : `not approved: ${approval.missing.map((m) => `${m.role} (${m.via}): ${m.reason}`).join('; ')}`,
    used: 0,
  };
}

/** Who approved it, for the suppression reason. */
export function approvedBy(verdict: DepsExceptionVerdict): string {
  return (verdict.approval?.verdicts ?? [])
    .filter((v) => v.satisfied)
    .map((v) => `${v.role}: ${v.by ?? '?'} (${v.via})`)
    .join(', ');
}
