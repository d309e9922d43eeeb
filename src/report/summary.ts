/**
 * The job summary (Markdown): a table per run of checks, the checklist as ✅/❌, check-specific
 * sections (e.g. how to unblock the eval gate), and the findings table, kept under GitHub's 1 MiB.
 */
import { markdownCell as cell } from './escape.js';
import { compareFindings, severityRank, type Report } from './model.js';
import { sarifOmissionNote } from './sarif.js';
import { checklistRows } from './text.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const STATUS_ICON = { pass: '✅', fail: '❌', blocked: '⛔', error: '⚠️' } as const;

export function renderSummary(report: Report, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const head: string[] = [];
  head.push(`## ${STATUS_ICON[report.status]} pipeguard: ${report.status}`);
  head.push('');
  head.push('| Check | Status | Summary |');
  head.push('|---|---|---|');
  for (const c of report.checks)
    head.push(
      `| ${cell(c.check)} | ${STATUS_ICON[c.status]} ${cell(c.status)} | ${cell(c.summary)} |`,
    );
  head.push('');
  for (const c of report.checks) {
    const rows = checklistRows(c);
    if (rows) {
      head.push(`### Checklist`);
      head.push('');
      head.push('| Area | Status | Risk | Note |');
      head.push('|---|---|---|---|');
      for (const r of rows)
        head.push(
          `| ${cell(r.item)} | ${r.ok ? '✅' : '❌'} | ${cell(r.risk ?? '')} | ${cell(r.note)} |`,
        );
      head.push('');
    }
    const markdown = c.details?.summaryMarkdown;
    if (typeof markdown === 'string' && markdown.trim()) {
      head.push(markdown.trim());
      head.push('');
    }
  }
  const findings = report.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b));
  const suppressed = report.findings.length - findings.length;
  const parts = [head.join('\n')];
  if (findings.length) {
    parts.push(
      `### Findings (${findings.length})\n\n| Severity | Check | Rule | Location | Message |\n|---|---|---|---|---|`,
    );
  }
  const notes = [
    ...(suppressed ? [`${suppressed} suppressed finding(s) are listed in the report file.`] : []),
    ...(sarifOmissionNote(report) ? [sarifOmissionNote(report)!] : []),
  ];
  const footer = notes.length ? `\n\n${notes.join('\n\n')}\n` : '\n';
  let size = Buffer.byteLength(parts.join('\n\n')) + Buffer.byteLength(footer) + 200;
  let shown = 0;
  const rows: string[] = [];
  for (const f of findings) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
    const row = `| ${cell(f.severity)} | ${cell(f.check)} | ${cell(f.rule)} | ${cell(where)} | ${cell(f.message)} |`;
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > limitBytes) break;
    rows.push(row);
    size += bytes;
    shown++;
  }
  let body = parts.join('\n\n');
  if (rows.length) body += `\n${rows.join('\n')}`;
  if (shown < findings.length)
    body += `\n\n${findings.length - shown} more finding(s) omitted to stay under 1 MiB; see the report file.`;
  return body + footer;
}
