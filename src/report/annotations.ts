/**
 * GitHub annotations from findings. The runner shows at most 10 per type per step, so we emit the
 * 10 most severe of each type and one notice summarising the rest (which the job summary lists).
 * The workflow-command encoding (%, CR, LF in the message; also `:` and `,` in properties) is
 * @actions/core's when the Action issues them; the file stays the real path so GitHub can link
 * it, while message and title text is kept printable.
 */
import { printable } from './escape.js';
import { compareFindings, severityRank, type Finding, type Report } from './model.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;

export function levelOf(finding: Finding): AnnotationLevel {
  if (finding.severity === 'critical' || finding.severity === 'high') return 'error';
  return finding.severity === 'medium' ? 'warning' : 'notice';
}

export function annotationsFor(report: Report): Annotation[] {
  const active = report.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b));
  const byLevel = new Map<AnnotationLevel, Finding[]>();
  for (const f of active) {
    const list = byLevel.get(levelOf(f));
    if (list) list.push(f);
    else byLevel.set(levelOf(f), [f]);
  }
  const out: Annotation[] = [];
  let overflow = 0;
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = byLevel.get(level) ?? [];
    // The overflow notice itself takes one notice slot.
    const room =
      level === 'notice' && overflowAfter(byLevel) > 0
        ? ANNOTATIONS_PER_LEVEL - 1
        : ANNOTATIONS_PER_LEVEL;
    list.slice(0, room).forEach((f) => out.push(toAnnotation(f, level)));
    overflow += Math.max(0, list.length - room);
  }
  if (overflow > 0) {
    out.push({
      level: 'notice',
      title: 'pipeguard',
      message: `${overflow} more finding(s) not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per type); see the job summary or the report file.`,
    });
  }
  return out;
}

function overflowAfter(byLevel: Map<AnnotationLevel, Finding[]>): number {
  return (['error', 'warning', 'notice'] as const).reduce(
    (sum, level) => sum + Math.max(0, (byLevel.get(level)?.length ?? 0) - ANNOTATIONS_PER_LEVEL),
    0,
  );
}

function toAnnotation(f: Finding, level: AnnotationLevel): Annotation {
  const singleLine = f.endLine === undefined || f.endLine === f.line;
  return {
    level,
    title: printable(`pipeguard ${f.check}: ${f.rule} (${f.severity})`),
    message: f.remedy ? `${printable(f.message)}\n${printable(f.remedy)}` : printable(f.message),
    ...(f.file ? { file: f.file } : {}),
    ...(f.line !== undefined ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
    // GitHub ignores columns on multi-line annotations.
    ...(f.column !== undefined && singleLine ? { startColumn: f.column } : {}),
    ...(f.endColumn !== undefined && singleLine ? { endColumn: f.endColumn } : {}),
  };
}
