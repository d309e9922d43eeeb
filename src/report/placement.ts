/**
 * Findings placed where GitHub looks for them. Reports keep files relative to the scanned root;
 * annotations and code scanning resolve files against the repository (GITHUB_WORKSPACE), so with
 * `working-directory: ml` every file gains the `ml/` prefix. A finding about a file that does not
 * exist (a repository-wide checklist item such as a missing `.env.example`) keeps no file: an
 * annotation then stands on the job, and SARIF uses a stand-in that exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Report } from './model.js';

export interface Placement {
  /** The scanned root and the repository root (absolute). */
  root: string;
  workspace: string;
}

export function placeInWorkspace(report: Report, { root, workspace }: Placement): Report {
  const prefix = path.relative(workspace, root).split(path.sep).join('/');
  const outside = prefix.startsWith('..') || path.isAbsolute(prefix);
  const exists = new Map<string, boolean>();
  const existing = (file: string): boolean => {
    let known = exists.get(file);
    if (known === undefined) exists.set(file, (known = existsSync(path.join(root, file))));
    return known;
  };
  const place = (f: Finding): Finding => {
    if (f.file === undefined) return f;
    if (!outside && existing(f.file))
      return { ...f, file: prefix ? `${prefix}/${f.file}` : f.file };
    const positionless: Finding = { ...f };
    for (const key of ['file', 'line', 'column', 'endLine', 'endColumn'] as const)
      delete positionless[key];
    return positionless;
  };
  return {
    ...report,
    findings: report.findings.map(place),
    checks: report.checks.map((check) => ({ ...check, findings: check.findings.map(place) })),
  };
}

/**
 * The SARIF category of one analysis: the action (root or sub-action, and the root's `checks`) and
 * the working directory. GitHub refuses a second upload of a category in one run, and replaces an
 * analysis only by one of the same category, so both must be stable and distinct.
 */
export function sarifCategory(action: string, workingDirectory: string): string {
  const where = workingDirectory === '' || workingDirectory === '.' ? 'root' : workingDirectory;
  return `pipeguard/${action}/${where}/`;
}
