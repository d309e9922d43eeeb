/** The JSON report of design.md: tool, status, checks, and the flat findings list. */
import type { Report } from './model.js';

export function renderJson(report: Report): string {
  const { tool, status, checks, findings } = report;
  return `${JSON.stringify({ tool, status, checks, findings }, null, 2)}\n`;
}
