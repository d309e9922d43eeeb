/**
 * `pipeguard exception verify [FILE…]`: for each exception file (default: the whole folder), the
 * schema, its validity (expiry and cap, roles, waivers against the policy), every signature's
 * verdict — verified or not and why, which role and principal it counts for — and whether every
 * required role is satisfied. With --pending-ok (the pre-commit hook), roles still unsigned are
 * notes, not failures; a bad signature or an expired file still fails.
 */
import { existsSync } from 'node:fs';
import { fingerprintOf, type CheckResult, type Finding } from '../../report/model.js';
import { resolveInsideRoot } from '../../util/fs.js';
import type { CheckContext } from '../types.js';
import { APPROVAL_SOURCES } from './approval-sources.js';
import { evaluateApprovals, sourceKindsFor, type ApprovalSources } from './approvals.js';
import { DEFAULTS, evalGateSection, rolesOf } from './config.js';
import {
  listExceptionFiles,
  loadExceptions,
  rolesRequiredFor,
  validityProblems,
} from './exceptions.js';
import { digestOf, readRecorded, recordedInputs } from './inputs.js';
import { DEFAULT_MAX_DAYS, loadPolicy, type EvalPolicy } from './policy.js';
import { RULES } from './result.js';
import { checkSignatures } from './signature-approvals.js';

export interface VerifyOptions {
  pendingOk: boolean;
  policy?: string;
  exceptionsDir?: string;
}

export async function verifyExceptions(
  ctx: CheckContext,
  paths: string[],
  options: VerifyOptions,
  sources: ApprovalSources = APPROVAL_SOURCES,
): Promise<CheckResult> {
  const section = evalGateSection(ctx.config);
  const dir = options.exceptionsDir ?? section['exceptions-dir'] ?? DEFAULTS.exceptionsDir;
  const files = paths.length
    ? [...new Set(paths.map((p) => p.replace(/\.sig$/, '')))].filter((p) => /\.ya?ml$/i.test(p))
    : await listExceptionFiles(ctx.root, dir);
  const policyPath = options.policy ?? section.policy ?? DEFAULTS.policy;
  let policy: EvalPolicy | undefined;
  if (options.policy || existsSync(resolveInsideRoot(ctx.root, policyPath))) {
    policy = loadPolicy(await readRecorded(ctx, policyPath, 'eval policy'));
  } else {
    ctx.log.warn(
      `no eval policy at ${policyPath}: checking expiry against ${DEFAULT_MAX_DAYS} days and every configured role`,
    );
  }
  const mode = section.approval ?? DEFAULTS.approval;
  const configuredRoles = Object.keys(rolesOf(ctx.config));
  const loaded = await loadExceptions(ctx, files);
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

  for (const file of loaded) {
    const name = file.input.name;
    const id = file.exception.id;
    const scope = {
      now: ctx.now,
      maxDays: policy?.maxDays ?? DEFAULT_MAX_DAYS,
      ...(policy?.requiredRoles ? { requiredRoles: policy.requiredRoles } : {}),
      ...(policy ? { rules: policy.rules } : {}),
      configuredRoles,
    };
    const problems = validityProblems(file, scope);
    for (const p of problems) add(p.rule, 'high', `${id}: ${p.message}`, name, p.position.line);
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
    },
    inputs: recordedInputs(ctx).map(digestOf),
    details: { exceptions: perFile, approval: mode },
  };
}
