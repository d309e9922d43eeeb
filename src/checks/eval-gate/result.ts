/**
 * A gate decision as a CheckResult: one finding per failing metric (suppressed when an exception
 * covers it), findings for exceptions that could not apply or went unused, the audit details that
 * let `--replay` re-derive the decision, and the job-summary Markdown that says what failed, by how
 * much, and exactly how to unblock.
 */
import {
  fingerprintOf,
  type CheckResult,
  type Finding,
  type RuleInfo,
} from '../../report/model.js';
import { markdownCell as cell } from '../../report/escape.js';
import { PUBLISHED_SCHEMA_BASE } from '../../schema/registry.js';
import type { CheckContext } from '../types.js';
import { DEFAULTS, evalGateSection, rolesOf } from './config.js';
import type { ExceptionVerdict, GateDecision, LocatedEvaluation } from './gate.js';
import { digestOf } from './inputs.js';
import { fmt } from './thresholds.js';

const CHECK = 'eval-gate';

export const RULES: Record<string, RuleInfo> = {
  'eval-threshold': {
    title: 'Eval metric below its threshold',
    severity: 'high',
    help: 'The model does not meet the eval policy. Fix the model, or add an exception file every required role signs.',
  },
  'eval-metric-unusable': {
    title: 'Eval metric missing or not a number',
    severity: 'high',
    help: 'A metric the policy gates is missing, NaN or not a number, or its baseline is; or no test ran. This cannot be waived: fix the eval run.',
  },
  'exception-expired': {
    title: 'Exception has expired',
    severity: 'high',
    help: 'Remove it, or write a new exception (new id, new signatures).',
  },
  'exception-expiry-cap': {
    title: 'Exception lives longer than the policy allows',
    severity: 'high',
  },
  'exception-not-yet-valid': { title: 'Exception is dated in the future', severity: 'high' },
  'exception-roles': { title: 'Exception names roles nobody holds', severity: 'high' },
  'exception-waiver': { title: 'Exception waiver does not hold', severity: 'high' },
  'exception-unapproved': {
    title: 'Exception is not approved by every required role',
    severity: 'high',
  },
  'exception-stale': {
    title: 'Exception not used by this decision',
    severity: 'low',
    help: 'Delete exception files once they are no longer needed.',
  },
};

export function gateResult(decision: GateDecision, ctx: CheckContext): CheckResult {
  const unblock = decision.blocked ? unblockFacts(decision, ctx) : undefined;
  const findings: Finding[] = [];
  for (const evaluation of decision.evaluations.filter((e) => !e.passed))
    findings.push(metricFinding(evaluation, decision, unblock));
  for (const exception of decision.exceptions)
    findings.push(...exceptionFindings(exception, decision));

  const failing = decision.evaluations.filter((e) => !e.passed);
  const applied = decision.exceptions.filter((e) => e.covers.length > 0);
  const summary = decision.blocked
    ? `blocked: ${decision.uncovered.map(shortFailure).join('; ')}${decision.uncovered.length < failing.length ? ` (${failing.length - decision.uncovered.length} other failure(s) covered)` : ''}; no valid exception covers ${decision.uncovered.length > 1 ? 'them' : 'it'}`
    : failing.length
      ? `allowed: ${failing.length} failing metric(s) covered by exception ${applied.map((e) => e.file.exception.id).join(', ')}`
      : `allowed: all ${decision.evaluations.length} metric(s) pass`;

  return {
    check: CHECK,
    status: decision.blocked ? 'blocked' : 'pass',
    summary,
    findings,
    rules: RULES,
    inputs: decision.inputs.map(digestOf),
    details: {
      model: decision.model ?? null,
      artifactDigest: decision.digest ?? null,
      metrics: decision.evaluations.map((e) => ({
        metric: e.metric,
        direction: e.direction,
        value: e.value ?? null,
        baseline: e.baseline ?? null,
        passed: e.passed,
        outcomes: e.outcomes.map(({ kind, limit, ok, actual, text }) => ({
          kind,
          limit,
          ok,
          actual: Number.isFinite(actual) ? actual : null,
          text,
        })),
        problems: e.problems,
        coveredBy: decision.coveredBy[e.metric] ?? null,
      })),
      ...(decision.junit ? { junit: decision.junit } : {}),
      exceptions: decision.exceptions.map(exceptionFacts),
      ...(unblock ? { unblock, nextSteps: unblockGuide(unblock, 'plain') } : {}),
      summaryMarkdown: summaryMarkdown(decision, unblock),
      audit: auditDetails(decision, ctx, summary),
    },
    outputs: {
      decision: decision.blocked ? 'blocked' : 'allowed',
      'failing-metrics': String(failing.length),
      'uncovered-metrics': decision.uncovered.map((e) => e.metric).join(','),
      'exceptions-applied': applied.map((e) => e.file.exception.id).join(','),
      ...(decision.digest ? { 'artifact-digest': decision.digest } : {}),
    },
  };
}

function shortFailure(e: LocatedEvaluation): string {
  const failed = e.outcomes.find((o) => !o.ok);
  if (e.problems.length) return `${e.metric} ${e.problems[0]}`;
  return `${e.metric} ${failed?.text ?? 'failed'}`;
}

function metricFinding(
  e: LocatedEvaluation,
  decision: GateDecision,
  unblock: UnblockFacts | undefined,
): Finding {
  const unusable = e.problems.length > 0;
  const failedTexts = [...e.problems, ...e.outcomes.filter((o) => !o.ok).map((o) => o.text)];
  const coveredBy = decision.coveredBy[e.metric];
  const exception = decision.exceptions.find((x) => x.file.exception.id === coveredBy);
  const signers =
    exception?.approval?.verdicts.filter((v) => v.satisfied).map((v) => `${v.role}: ${v.by}`) ?? [];
  return {
    check: CHECK,
    rule: unusable ? 'eval-metric-unusable' : 'eval-threshold',
    severity: 'high',
    message: `${e.metric}: ${failedTexts.join('; ')}`,
    ...(e.file ? { file: e.file } : {}),
    ...(e.line ? { line: e.line, column: e.column } : {}),
    fingerprint: fingerprintOf(
      CHECK,
      unusable ? 'eval-metric-unusable' : 'eval-threshold',
      decision.model,
      e.metric,
    ),
    remedy: unusable ? 'fix the eval run: this failure cannot be waived' : waiverRemedy(e, unblock),
    ...(exception
      ? {
          suppressed: {
            kind: 'exception',
            reason: `${exception.file.exception.id} (${exception.file.input.name}), approved by ${signers.join(', ')}`,
          },
        }
      : {}),
  };
}

/**
 * Findings only for exceptions about this very run (same model and artifact digest): exceptions
 * for other models or artifacts are listed in the details, never flagged, so a folder shared by
 * several models stays quiet. In scope: problems block loudly when the exception was needed (it
 * waives a failing metric), expiry always shows with its line, and an unused one is stale.
 */
/** The concrete way out for one waivable metric: which file, which bound, who signs, how long. */
function waiverRemedy(e: LocatedEvaluation, unblock: UnblockFacts | undefined): string {
  if (!unblock || e.value === undefined)
    return `improve the model, or add an exception waiving ${e.metric}`;
  if (unblock.missingBinding.length)
    return `improve the model; an exception needs ${unblock.missingBinding.join(' and ')}`;
  const pending = unblock.pendingApproval.find((p) => p.missing.length);
  if (pending) {
    const still = pending.missing.map(
      (m) => `${m.role} (${m.who.join(', ') || 'nobody configured'}) by ${m.via}`,
    );
    return `${pending.file} covers it once approved: still needed ${still.join(' and ')} — see Next steps`;
  }
  const bound = e.direction === 'higher' ? 'min' : 'max';
  const who = unblock.roles.map(
    (r) =>
      `${r.role} (${[...r.principals, ...r.github.map((g) => `@${g}`)].join(', ') || 'nobody configured'})`,
  );
  const how =
    unblock.approval === 'reviews'
      ? 'approved'
      : unblock.approval === 'both'
        ? 'signed and approved'
        : 'signed';
  return `improve the model, or add ${unblock.suggestedFile} waiving ${e.metric} (${bound}: ${fmt(e.value)}), expiring within ${unblock.maxDays} days, ${how} by ${who.join(' and ')} — steps and template under Next steps, in the job summary and in --format json (details.unblock)`;
}

function exceptionFindings(x: ExceptionVerdict, decision: GateDecision): Finding[] {
  if (!x.inScope) return [];
  const id = x.file.exception.id;
  const file = x.file.input.name;
  const needed = x.waivers.length > 0;
  const out: Finding[] = [];
  const finding = (
    rule: string,
    message: string,
    line: number,
    column: number,
    severity: Finding['severity'],
  ): Finding => ({
    check: CHECK,
    rule,
    severity,
    message: `${id}: ${message}`,
    file,
    line,
    column,
    fingerprint: fingerprintOf(CHECK, rule, file, id, message),
  });
  for (const problem of x.problems) {
    const severity = needed || problem.rule === 'exception-expired' ? 'high' : 'low';
    out.push(
      finding(
        problem.rule,
        problem.message,
        problem.position.line,
        problem.position.column,
        severity,
      ),
    );
  }
  if (x.problems.length === 0) {
    for (const w of x.waivers.filter((w) => !w.covered)) {
      const index = x.file.exception.waivers.findIndex((v) => v.metric === w.metric);
      const at = x.file.doc.locate(`/waivers/${index}`);
      out.push(finding('exception-waiver', `${w.metric}: ${w.reason}`, at.line, at.column, 'high'));
    }
    for (const missing of x.approval?.missing ?? []) {
      const at = x.file.doc.locate('/required_roles');
      out.push(
        finding(
          'exception-unapproved',
          `role ${missing.role} not satisfied by ${missing.via}: ${missing.reason}`,
          at.line,
          at.column,
          'high',
        ),
      );
    }
  }
  if (x.covers.length === 0 && out.length === 0) {
    const at = x.file.doc.locate('/id');
    const why = decision.evaluations.some((e) => !e.passed)
      ? 'it waives none of the failing metrics'
      : 'every metric passes';
    out.push(
      finding(
        'exception-stale',
        `not used by this decision (${why}); delete it once it is no longer needed`,
        at.line,
        at.column,
        'low',
      ),
    );
  }
  return out;
}

function exceptionFacts(x: ExceptionVerdict): Record<string, unknown> {
  return {
    id: x.file.exception.id,
    file: x.file.input.name,
    sha256: x.file.input.sha256,
    model: x.file.exception.model,
    artifactDigest: x.file.exception.artifact_digest,
    expires: x.file.exception.expires,
    inScope: x.inScope,
    usable: x.usable,
    covers: x.covers,
    stale: x.inScope && x.covers.length === 0,
    roles: x.roles,
    problems: x.problems.map((p) => ({ rule: p.rule, message: p.message, line: p.position.line })),
    waivers: x.waivers,
    approvals: x.approval?.verdicts ?? [],
  };
}

export interface UnblockFacts {
  /** Failures no exception can cover (missing, NaN, zero tests, no baseline). */
  notWaivable: string[];
  /** Metrics an exception may waive, with the observed value a waiver must accept. */
  waivable: Array<{ metric: string; observed: number; bound: 'min' | 'max' }>;
  exceptionsDir: string;
  suggestedFile: string;
  template?: string;
  roles: Array<{ role: string; principals: string[]; github: string[] }>;
  approval: string;
  maxDays: number;
  latestExpiry: string;
  /** Exceptions that were in scope but could not apply, and why. */
  nearMisses: string[];
  /**
   * Exceptions that would cover every uncovered failure but still lack approvals: the way out is
   * to get them signed / approved, not to write another file.
   */
  pendingApproval: Array<{
    id: string;
    file: string;
    missing: Array<{ role: string; via: string; who: string[] }>;
  }>;
  missingBinding: string[];
}

function unblockFacts(decision: GateDecision, ctx: CheckContext): UnblockFacts {
  const notWaivable = decision.uncovered
    .filter((e) => e.problems.length > 0)
    .map((e) => `${e.metric}: ${e.problems.join('; ')}`);
  const waivable = decision.uncovered
    .filter((e) => e.problems.length === 0 && e.value !== undefined)
    .map((e) => ({
      metric: e.metric,
      observed: e.value!,
      bound: e.direction === 'higher' ? ('min' as const) : ('max' as const),
    }));
  const configured = rolesOf(ctx.config);
  const roleNames = [...new Set([...(decision.policy.requiredRoles ?? Object.keys(configured))])];
  const roles = roleNames.map((role) => ({
    role,
    principals: configured[role]?.principals ?? [],
    github: configured[role]?.github ?? [],
  }));
  const latest = new Date(decision.time.getTime() + decision.policy.maxDays * 86_400_000);
  const day = decision.time.toISOString().slice(0, 10).replace(/-/g, '');
  const slug = (decision.model ?? 'model').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40);
  const dir = decision.params.exceptionsDir.replace(/\/+$/, '');
  const suggestedFile = `${dir}/${slug}-${day}.yml`;
  const missingBinding = [
    ...(decision.model ? [] : ['the model name (--model, eval-gate.model or the policy model)']),
    ...(decision.digest
      ? []
      : ['the artifact digest (--manifest runs/<id>/artifact/checksum.sha256, or --digest)']),
  ];
  const template =
    waivable.length && missingBinding.length === 0
      ? [
          `# yaml-language-server: $schema=${PUBLISHED_SCHEMA_BASE}eval-exception.v1.schema.json`,
          'version: 1',
          `id: EXC-${slug}-${day}`,
          `model: ${decision.model}`,
          `artifact_digest: ${decision.digest}`,
          'waivers:',
          ...waivable.flatMap((w) => [
            `  - metric: ${JSON.stringify(w.metric)}`,
            `    ${w.bound}: ${fmt(w.observed)}`,
          ]),
          'reason: <why shipping despite this is acceptable — at least 20 characters>',
          'ticket: <tracking ticket>',
          'requested_by: <you>',
          `created: ${decision.time.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
          `expires: ${latest.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
          `required_roles: [${roleNames.join(', ')}]`,
          '',
        ].join('\n')
      : undefined;
  const pendingApproval = decision.exceptions
    .filter(
      (x) =>
        x.inScope &&
        x.problems.length === 0 &&
        (x.approval?.missing.length ?? 0) > 0 &&
        waivable.length > 0 &&
        waivable.every((w) => x.waivers.some((v) => v.metric === w.metric && v.covered)),
    )
    .map((x) => ({
      id: x.file.exception.id,
      file: x.file.input.name,
      missing: x.approval!.missing.map((m) => ({
        role: m.role,
        via: m.via,
        who: whoHolds(roles.find((r) => r.role === m.role)),
      })),
    }));
  const nearMisses = decision.exceptions
    .filter(
      (x) =>
        x.waivers.length > 0 &&
        !x.usable &&
        (x.inScope || x.file.exception.model === decision.model) &&
        !pendingApproval.some((p) => p.file === x.file.input.name),
    )
    .map((x) => {
      const why = [
        ...x.problems.map((p) => `${p.message} (${x.file.input.name}:${p.position.line})`),
        ...x.waivers.filter((w) => !w.covered).map((w) => `${w.metric}: ${w.reason}`),
        ...(x.approval?.missing ?? []).map((m) => `role ${m.role}: ${m.reason}`),
      ];
      return `${x.file.exception.id} (${x.file.input.name}): ${why.join('; ')}`;
    });
  return {
    notWaivable,
    waivable,
    exceptionsDir: dir,
    suggestedFile,
    ...(template ? { template } : {}),
    roles,
    approval: evalGateSection(ctx.config).approval ?? DEFAULTS.approval,
    maxDays: decision.policy.maxDays,
    latestExpiry: latest.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    nearMisses,
    pendingApproval,
    missingBinding,
  };
}

function whoHolds(role: { principals: string[]; github: string[] } | undefined): string[] {
  return role ? [...role.principals, ...role.github.map((g) => `@${g}`)] : [];
}

function summaryMarkdown(decision: GateDecision, unblock: UnblockFacts | undefined): string {
  const lines: string[] = [];
  const head = decision.blocked ? '⛔ blocked' : '✅ allowed';
  lines.push(
    `### Eval gate: ${head} — model \`${decision.model ?? '(none)'}\`, artifact \`${decision.digest ?? '(none)'}\``,
  );
  lines.push('');
  lines.push('| Metric | Value | Baseline | Result |');
  lines.push('|---|---|---|---|');
  for (const e of decision.evaluations) {
    const result = e.passed
      ? `✅ ${e.outcomes.map((o) => o.text).join('; ')}`
      : `${decision.coveredBy[e.metric] ? `☑️ waived by ${decision.coveredBy[e.metric]}:` : '❌'} ${[...e.problems, ...e.outcomes.filter((o) => !o.ok).map((o) => o.text)].join('; ')}`;
    lines.push(
      `| ${cell(e.metric)} | ${e.value === undefined ? '—' : cell(fmt(e.value))} | ${e.baseline === undefined ? '—' : cell(fmt(e.baseline))} | ${cell(result)} |`,
    );
  }
  const applied = decision.exceptions.filter((x) => x.covers.length);
  if (applied.length) {
    lines.push('');
    lines.push('**Exceptions applied**');
    lines.push('');
    for (const x of applied) {
      const by = x.approval?.verdicts
        .filter((v) => v.satisfied)
        .map((v) => `${v.role}: ${v.by} (${v.via})`)
        .join(', ');
      lines.push(
        `- \`${x.file.exception.id}\` (\`${x.file.input.name}\`, expires ${x.file.exception.expires}) waives ${x.covers.join(', ')}; approved by ${by}`,
      );
    }
  }
  const stale = decision.exceptions.filter((x) => x.inScope && x.covers.length === 0);
  if (stale.length) {
    lines.push('');
    lines.push(
      `Unused exception files (stale): ${stale.map((x) => `\`${x.file.input.name}\``).join(', ')}`,
    );
  }
  const elsewhere = decision.exceptions.filter((x) => !x.inScope);
  if (elsewhere.length) {
    lines.push('');
    lines.push(
      `${elsewhere.length} exception file(s) are for other models or artifacts and were not considered.`,
    );
  }
  if (unblock) {
    lines.push('');
    lines.push('#### How to unblock');
    lines.push('');
    lines.push(...unblockGuide(unblock, 'markdown'));
  }
  return lines.join('\n');
}

/**
 * The way out of a blocked decision, step by step: in the job summary (Markdown) and in the
 * terminal (plain text, `details.nextSteps`), from one source so the two never disagree.
 */
export function unblockGuide(unblock: UnblockFacts, style: 'markdown' | 'plain'): string[] {
  const md = style === 'markdown';
  const code = (text: string): string => (md ? `\`${text}\`` : text);
  const bold = (text: string): string => (md ? `**${text}**` : text);
  const item = (text: string): string => (md ? `- ${cell(text)}` : `  - ${text}`);
  const lines: string[] = [];
  if (unblock.notWaivable.length) {
    lines.push('These failures cannot be waived — fix the eval run:');
    for (const failure of unblock.notWaivable) lines.push(item(failure));
    lines.push('');
  }
  for (const pending of unblock.pendingApproval) {
    lines.push(
      `${code(pending.file)} (${pending.id}) covers the failure but is not approved yet. Still needed:`,
    );
    for (const m of pending.missing) {
      const who = m.who.length
        ? m.who.join(', ')
        : 'nobody configured: add principals under eval-gate.roles';
      const how =
        m.via === 'review'
          ? 'an approving review of the pull request that adds it'
          : `a signature: ${code(`pipeguard exception sign ${pending.file} --key ~/.ssh/id_ed25519`)}`;
      lines.push(
        md ? `- ${bold(cell(m.role))} (${cell(who)}): ${how}` : `  - ${m.role} (${who}): ${how}`,
      );
    }
    lines.push(`Then check it: ${code(`pipeguard exception verify ${pending.file}`)}`);
    lines.push('');
  }
  if (unblock.nearMisses.length) {
    lines.push('Exceptions that were considered but cannot apply:');
    for (const miss of unblock.nearMisses) lines.push(item(miss));
    lines.push('');
  }
  if (!unblock.waivable.length || unblock.pendingApproval.length) return trimEnd(lines);
  if (unblock.missingBinding.length) {
    lines.push(
      `An exception must be bound to ${unblock.missingBinding.join(' and ')}; run the gate with them first.`,
    );
    return lines;
  }
  lines.push(
    `1. Add ${code(unblock.suggestedFile)} (expires at most ${unblock.maxDays} days after it is created, i.e. no later than ${unblock.latestExpiry}):`,
  );
  lines.push('');
  if (md) lines.push('```yaml');
  lines.push(
    ...unblock
      .template!.trimEnd()
      .split('\n')
      .map((l) => (md ? l : `     ${l}`)),
  );
  if (md) lines.push('```');
  if (!md) lines.push('');
  const sign = code(`pipeguard exception sign ${unblock.suggestedFile} --key ~/.ssh/id_ed25519`);
  const how =
    unblock.approval === 'reviews'
      ? 'approve the pull request'
      : unblock.approval === 'both'
        ? `sign it (${sign}) and approve the pull request`
        : `sign it: ${sign}`;
  lines.push(`2. One person per role must ${how} — a different person for each role:`);
  for (const r of unblock.roles) {
    const who = whoHolds(r);
    const holders = who.length
      ? who.join(', ')
      : '(nobody configured: add principals under eval-gate.roles)';
    lines.push(md ? `   - ${bold(r.role)}: ${holders}` : `   - ${r.role}: ${holders}`);
  }
  lines.push(
    `3. Check it: ${code(`pipeguard exception verify ${unblock.suggestedFile}`)}, then commit the file and its ${code('.sig')}.`,
  );
  return lines;
}

function trimEnd(lines: string[]): string[] {
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function auditDetails(
  decision: GateDecision,
  ctx: CheckContext,
  reason: string,
): Record<string, unknown> {
  const section = evalGateSection(ctx.config);
  const applied = decision.exceptions.filter((x) => x.covers.length);
  return {
    gate: CHECK,
    decision: decision.blocked ? 'blocked' : 'allowed',
    reason,
    time: decision.time.toISOString(),
    params: {
      ...decision.params,
      exceptionFiles: decision.exceptions.map((x) => x.file.input.name),
      model: decision.model ?? null,
      digest: decision.digest ?? null,
      roles: rolesOf(ctx.config),
      allowedSigners: section['allowed-signers'] ?? DEFAULTS.allowedSigners,
    },
    thresholds: decision.rules,
    observed: Object.fromEntries(
      decision.evaluations.map((e) => [
        e.metric,
        {
          value: e.value ?? null,
          baseline: e.baseline ?? null,
          passed: e.passed,
          problems: e.problems,
        },
      ]),
    ),
    ...(decision.junit ? { junit: decision.junit } : {}),
    covered: decision.coveredBy,
    uncovered: decision.uncovered.map((e) => e.metric),
    exceptions: decision.exceptions.map((x) => ({
      id: x.file.exception.id,
      file: x.file.input.name,
      sha256: x.file.input.sha256,
      usable: x.usable,
      covers: x.covers,
      approvals: x.approval?.verdicts ?? [],
    })),
    signers: applied.flatMap(
      (x) =>
        x.approval?.verdicts
          .filter((v) => v.satisfied)
          .map((v) => ({ exception: x.file.exception.id, role: v.role, by: v.by, via: v.via })) ??
        [],
    ),
  };
}
