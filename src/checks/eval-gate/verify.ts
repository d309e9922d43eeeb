/**
 * `pipeguard exception verify [FILE…]`: for each exception file of any kind — eval, dependency
 * (deps-exception.v1) or model (model-exception.v1), told apart by exception-kinds.ts — (default:
 * every kind's configured folder), the schema, its validity (expiry and the kind's cap, roles, and
 * for eval exceptions the waivers against the policy), every signature's verdict — verified or
 * not and why, which role and principal it counts for — and whether every required role is
 * satisfied under the kind's approval mode. A file in another kind's folder is a failure (that
 * check would refuse it). With --pending-ok (the pre-commit hook), roles still unsigned are notes,
 * not failures; a bad signature or an expired file still fails.
 */
import { existsSync } from 'node:fs';
import { fingerprintOf, type CheckResult, type Finding } from '../../report/model.js';
import { resolveInsideRoot } from '../../util/fs.js';
import type { CheckContext } from '../types.js';
import { APPROVAL_SOURCES } from './approval-sources.js';
import { evaluateApprovals, sourceKindsFor, type ApprovalSources } from './approvals.js';
import { depsExceptionPolicy } from '../deps/exceptions.js';
import { modelExceptionScope } from '../models/exceptions.js';
import { DEFAULTS, evalGateSection, rolesOf, type ApprovalMode } from './config.js';
import {
  EXCEPTION_KINDS,
  exceptionDirs,
  exceptionKindOf,
  kindsByFolder,
  type ExceptionKind,
} from './exception-kinds.js';
import {
  lifetimeAndRoleProblems,
  listExceptionFiles,
  loadUniqueExceptions,
  rolesRequiredFor,
  validityProblems,
  type DecisionScope,
  type ExceptionBase,
  type ExceptionFile,
  type ExceptionProblem,
} from './exceptions.js';
import { digestOf, readRecorded, recordedInputs } from './inputs.js';
import { DEFAULT_MAX_DAYS, loadPolicy, type EvalPolicy } from './policy.js';
import { RULES } from './result.js';
import { checkSignatures } from './signature-approvals.js';
import { compareUtf8 } from '../../util/order.js';

export interface VerifyOptions {
  pendingOk: boolean;
  policy?: string;
  exceptionsDir?: string;
}

/** How one kind is judged: its lifetime cap and roles, its approval mode, and what makes it invalid. */
interface KindJudge {
  scope: Omit<DecisionScope, 'model' | 'digest'>;
  mode: ApprovalMode;
  problems: (
    file: ExceptionFile<ExceptionBase>,
    scope: Omit<DecisionScope, 'model' | 'digest'>,
  ) => ExceptionProblem[];
}

export async function verifyExceptions(
  ctx: CheckContext,
  paths: string[],
  options: VerifyOptions,
  sources: ApprovalSources = APPROVAL_SOURCES,
): Promise<CheckResult> {
  const section = evalGateSection(ctx.config);
  const dirs = exceptionDirs(ctx, options.exceptionsDir);
  // No FILE: every kind's folder (only the one --exceptions-dir names, when given).
  const folders = options.exceptionsDir ? [dirs.eval] : [...new Set(Object.values(dirs))];
  const files = paths.length
    ? [...new Set(paths.map((p) => p.replace(/\.sig$/, '')))].filter((p) => /\.ya?ml$/i.test(p))
    : [
        ...new Set((await Promise.all(folders.map((d) => listExceptionFiles(ctx.root, d)))).flat()),
      ].sort();
  const dir = folders.join(', ');
  const byKind = new Map<ExceptionKind, string[]>();
  for (const file of files) {
    const kind = exceptionKindOf(await readRecorded(ctx, file, 'exception file'), dirs);
    byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
  }
  // The eval policy (cap, required roles, gated metrics) is read only when an eval exception is there.
  let policy: EvalPolicy | undefined;
  if (byKind.has('eval') || options.policy) {
    const policyPath = options.policy ?? section.policy ?? DEFAULTS.policy;
    if (options.policy || existsSync(resolveInsideRoot(ctx.root, policyPath))) {
      policy = loadPolicy(await readRecorded(ctx, policyPath, 'eval policy'));
    } else {
      ctx.log.warn(
        `no eval policy at ${policyPath}: checking expiry against ${DEFAULT_MAX_DAYS} days and every configured role`,
      );
    }
  }
  const configuredRoles = Object.keys(rolesOf(ctx.config));
  const evalMode = section.approval ?? DEFAULTS.approval;
  const judges: Record<ExceptionKind, KindJudge> = {
    eval: {
      scope: {
        now: ctx.now,
        maxDays: policy?.maxDays ?? DEFAULT_MAX_DAYS,
        ...(policy?.requiredRoles ? { requiredRoles: policy.requiredRoles } : {}),
        ...(policy ? { rules: policy.rules } : {}),
        configuredRoles,
      },
      mode: evalMode,
      problems: (file, scope) => validityProblems(file as ExceptionFile, scope),
    },
    deps: ((policy) => ({
      scope: policy,
      mode: policy.approval,
      problems: lifetimeAndRoleProblems,
    }))(depsExceptionPolicy(ctx)),
    model: { scope: modelExceptionScope(ctx), mode: evalMode, problems: lifetimeAndRoleProblems },
  };
  const loaded: Array<{ kind: ExceptionKind; file: ExceptionFile<ExceptionBase> }> = [];
  for (const [kind, names] of byKind) {
    const info = EXCEPTION_KINDS[kind];
    for (const file of await loadUniqueExceptions(ctx, names, info.label, info.parse))
      loaded.push({ kind, file });
  }
  loaded.sort((a, b) => compareUtf8(a.file.input.name, b.file.input.name));
  const modes = new Set<ApprovalMode>();
  const findings: Finding[] = [];
  let approvedCount = 0;
  const perFile: Array<Record<string, unknown>> = [];
  const add = (
    rule: string,
    severity: Finding['severity'],
    message: string,
    file: string,
    line?: number,
    suppressed?: Finding['suppressed'],
  ): void => {
    findings.push({
      check: 'exception',
      rule,
      severity,
      message,
      file,
      ...(line ? { line, column: 1 } : {}),
      fingerprint: fingerprintOf('exception', rule, file, line, message),
      ...(suppressed ? { suppressed } : {}),
    });
  };

  for (const { kind, file } of loaded) {
    const name = file.input.name;
    const id = file.exception.id;
    const { scope, mode, problems: problemsOf } = judges[kind];
    modes.add(mode);
    const problems = problemsOf(file, scope);
    for (const p of problems) add(p.rule, 'high', `${id}: ${p.message}`, name, p.position.line);
    const folders = kindsByFolder(name, dirs);
    if (folders.length && !folders.includes(kind)) {
      add(
        'exception-misplaced',
        'high',
        `${id} is a ${EXCEPTION_KINDS[kind].label} but sits in ${folders.map((k) => `${EXCEPTION_KINDS[k].dirKey} (${dirs[k]})`).join(', ')}, where it would be read as a ${folders.map((k) => EXCEPTION_KINDS[k].label).join(' / ')}: move it to ${dirs[kind]}/`,
        name,
      );
    }
    const roles = rolesRequiredFor(file.exception, scope);
    const request = {
      exceptionFile: name,
      exceptionBytes: file.input.bytes,
      exception: file.exception,
      roles,
    };

    let signatureFacts: unknown[] = [];
    if (sourceKindsFor(mode).includes('signatures')) {
      const report = await checkSignatures(request, ctx);
      signatureFacts = report.signatures;
      for (const sig of report.signatures) {
        const key = sig.fingerprint ? `${sig.keyType} key ${sig.fingerprint}` : 'signature';
        if (!sig.verified) {
          add(
            'signature-invalid',
            'high',
            `${id}: ${key} does not verify: ${sig.reasons[0]}`,
            report.sigFile,
            sig.line,
          );
        } else if (sig.countedFor) {
          add(
            'signature-verified',
            'low',
            `${id}: ${key} verifies and counts for ${sig.countedFor.role} as ${sig.countedFor.principal}`,
            report.sigFile,
            sig.line,
            { kind: 'verified' },
          );
        } else if (sig.allowedFor.length) {
          add(
            'signature-unused',
            'medium',
            `${id}: ${key} verifies (allowed for ${sig.allowedFor.map((a) => `${a.role} as ${a.principal}`).join(', ')}) but does not count: its signer already satisfies another role`,
            report.sigFile,
            sig.line,
          );
        } else {
          add(
            'signature-unused',
            'medium',
            `${id}: ${key} verifies but may not sign for any required role: ${sig.reasons.join('; ')}`,
            report.sigFile,
            sig.line,
          );
        }
      }
    }
    const approval = await evaluateApprovals(mode, sources, request, ctx);
    const rolesAt = file.doc.locate('/required_roles').line;
    for (const v of approval.verdicts) {
      if (!v.satisfied)
        add(
          'exception-unapproved',
          options.pendingOk ? 'low' : 'high',
          `${id}: role ${v.role} not yet satisfied (${v.via}): ${v.reason}`,
          name,
          rolesAt,
        );
    }
    if (approval.approved && problems.length === 0) approvedCount++;
    perFile.push({
      kind,
      id,
      file: name,
      sha256: file.input.sha256,
      roles,
      problems: problems.map((p) => ({ rule: p.rule, message: p.message, line: p.position.line })),
      signatures: signatureFacts,
      approvals: approval.verdicts,
      approved: approval.approved && problems.length === 0,
    });
  }
  const failing = findings.filter((f) => !f.suppressed && f.severity === 'high');
  const summary =
    loaded.length === 0
      ? `no exception files${paths.length ? '' : ` under ${dir}`}`
      : `${approvedCount} of ${loaded.length} exception(s) valid and approved by every required role${
          failing.length ? `; ${failing.length} problem(s)` : ''
        }`;
  return {
    check: 'exception',
    status: failing.length ? 'fail' : 'pass',
    summary,
    findings,
    rules: {
      ...RULES,
      'signature-invalid': { title: 'Signature does not verify', severity: 'high' },
      'signature-unused': { title: 'Valid signature that counts for no role', severity: 'medium' },
      'signature-verified': { title: 'Signature verifies and counts for a role', severity: 'low' },
      'exception-misplaced': {
        title: "Exception file in another kind's folder",
        severity: 'high',
      },
    },
    inputs: recordedInputs(ctx).map(digestOf),
    details: { exceptions: perFile, approval: [...modes].join(', ') || evalMode },
  };
}
