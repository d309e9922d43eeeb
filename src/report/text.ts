/**
 * Terminal rendering: per check a status line, findings grouped by file; colour only on a TTY.
 * Text from the scanned tree is shown through `printable`, so a file name cannot add lines or
 * terminal escapes.
 */
import { printable } from './escape.js';
import {
  compareFindings,
  type CheckResult,
  type Finding,
  type Report,
  type Severity,
} from './model.js';

export interface TextOptions {
  color: boolean;
}

/** Colour when writing to a terminal and NO_COLOR is unset (no-color.org); FORCE_COLOR forces it. */
export function shouldColor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1 } as const;
type Paint = (style: keyof typeof CODES, text: string) => string;

const SEVERITY_STYLE: Record<Severity, keyof typeof CODES> = {
  critical: 'magenta',
  high: 'red',
  medium: 'yellow',
  low: 'blue',
};

const STATUS_MARK: Record<CheckResult['status'], string> = {
  pass: '✔',
  fail: '✖',
  blocked: '⛔',
  error: '!',
};

export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = options.color
    ? (style, text) => `\x1b[${CODES[style]}m${text}\x1b[0m`
    : (_s, t) => t;
  const lines: string[] = [];
  for (const check of report.checks) {
    const style = check.status === 'pass' ? 'green' : check.status === 'error' ? 'yellow' : 'red';
    lines.push(
      paint(
        'bold',
        `${paint(style, STATUS_MARK[check.status])} ${check.check}: ${printable(check.summary)}`,
      ),
    );
    const checklist = checklistRows(check);
    if (checklist) {
      for (const row of checklist) {
        lines.push(
          `    ${row.ok ? paint('green', '✅') : paint('red', '❌')} ${printable(row.item)}${row.ok ? '' : paint('gray', ` — ${printable(row.note)}`)}`,
        );
      }
    }
    lines.push(...renderFindings(check.findings, paint));
    const steps = nextSteps(check);
    if (steps.length) {
      lines.push(`  ${paint('bold', 'Next steps:')}`);
      for (const step of steps) lines.push(step ? `    ${printable(step)}` : '');
    }
  }
  const failing = report.findings.filter((f) => !f.suppressed).length;
  lines.push('');
  lines.push(
    paint(
      'bold',
      `pipeguard ${report.tool.version}: ${report.status.toUpperCase()} — ${report.checks.length} check(s), ${failing} finding(s)`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function renderFindings(findings: Finding[], paint: Paint): string[] {
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const key = finding.file ?? '(repository)';
    // Appended in place: copying the group per finding made 26,000 findings take seconds.
    const group = byFile.get(key);
    if (group) group.push(finding);
    else byFile.set(key, [finding]);
  }
  for (const [file, group] of byFile) {
    lines.push(`  ${paint('bold', printable(file))}`);
    for (const f of group) {
      const where = f.line ? `${f.line}:${f.column ?? 1}`.padEnd(8) : ''.padEnd(8);
      const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
      const suppressed = f.suppressed
        ? paint('gray', ` (suppressed: ${printable(f.suppressed.kind)})`)
        : '';
      lines.push(
        `    ${paint('gray', where)} ${sev} ${printable(f.message)} ${paint('gray', `[${printable(f.rule)}]`)}${suppressed}`,
      );
      if (f.remedy && !f.suppressed)
        lines.push(
          `    ${''.padEnd(8)} ${''.padEnd(8)} ${paint('gray', `→ ${printable(f.remedy)}`)}`,
        );
    }
  }
  return lines;
}

export interface ChecklistRow {
  item: string;
  ok: boolean;
  note: string;
  risk?: Severity;
}

/** A check may say what to do next (the eval gate: how to unblock) in `details.nextSteps`. */
function nextSteps(check: CheckResult): string[] {
  const steps = check.details?.nextSteps;
  return Array.isArray(steps) ? steps.filter((s): s is string => typeof s === 'string') : [];
}

/** A check may carry a checklist table (the hygiene checklist does) in `details.checklist`. */
export function checklistRows(check: CheckResult): ChecklistRow[] | undefined {
  const rows = check.details?.checklist;
  return Array.isArray(rows) ? (rows as ChecklistRow[]) : undefined;
}
