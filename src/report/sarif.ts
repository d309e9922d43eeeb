/**
 * SARIF 2.1.0 for code scanning: one run, rules with help and security-severity, results with
 * locations relative to %SRCROOT% and partialFingerprints from Finding.fingerprint, so alerts stay
 * the same alert across line moves. Suppressed findings carry an in-source/external suppression.
 *
 * GitHub rejects a whole upload that exceeds one of its hard limits
 * (docs.github.com …/troubleshooting-sarif-uploads/results-exceed-limit): 20 runs per file,
 * 25,000 results and 25,000 rules per run, 1,000 locations per result, 20 tags per rule, 100 tool
 * extensions. pipeguard writes one run, one location per result, two tags per rule, no extensions,
 * and at most one rule per result; only the result count depends on the input, so it is capped
 * here and what was left out is said in the run (properties and a tool notification).
 */
import {
  compareFindings,
  severityRank,
  type Finding,
  type Report,
  type RuleInfo,
  type Severity,
} from './model.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub's security-severity bands: critical ≥ 9, high 7–8.9, medium 4–6.9, low < 4. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};

/** GitHub code scanning's hard limit of results per run. */
export const SARIF_MAX_RESULTS = 25_000;

/**
 * The findings a SARIF run carries: all of them when they fit, else the SARIF_MAX_RESULTS that
 * matter most (unsuppressed before suppressed, then most severe, then the usual stable order).
 */
export function sarifFindings(
  findings: readonly Finding[],
  limit = SARIF_MAX_RESULTS,
): { kept: Finding[]; omitted: number } {
  if (findings.length <= limit) return { kept: [...findings].sort(compareFindings), omitted: 0 };
  const kept = [...findings]
    .sort(
      (a, b) =>
        Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) ||
        severityRank(b.severity) - severityRank(a.severity) ||
        compareFindings(a, b),
    )
    .slice(0, limit)
    .sort(compareFindings);
  return { kept, omitted: findings.length - limit };
}

/** One sentence for the job summary and the SARIF notification, when results were left out. */
export function sarifOmissionNote(report: Report, limit = SARIF_MAX_RESULTS): string | undefined {
  const omitted = report.findings.length - limit;
  if (omitted <= 0) return undefined;
  return `SARIF: ${omitted} of ${report.findings.length} finding(s) left out of the SARIF file (GitHub code scanning accepts at most ${limit.toLocaleString('en-US')} results per run; the most severe are kept). The report file lists every finding.`;
}

export interface SarifPlacement {
  /** `runs[].automationDetails.id`: one per analysis (see placement.ts sarifCategory). */
  category?: string;
  /** Where repository-wide findings (no file) are shown: a file that exists. */
  standIn?: string;
}

export function renderSarif(
  report: Report,
  limit = SARIF_MAX_RESULTS,
  { category = 'pipeguard/', standIn = '.pipeguard.yml' }: SarifPlacement = {},
): string {
  const ruleInfo = new Map<string, RuleInfo>();
  for (const check of report.checks) {
    for (const [rule, info] of Object.entries(check.rules ?? {}))
      ruleInfo.set(sarifRuleId(check.check, rule), info);
  }
  const { kept: findings, omitted } = sarifFindings(report.findings, limit);
  const ruleIds = [...new Set(findings.map((f) => sarifRuleId(f.check, f.rule)))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const severityOf = new Map<string, Severity>();
  for (const f of findings) {
    const id = sarifRuleId(f.check, f.rule);
    const known = severityOf.get(id);
    if (!known || LEVEL_ORDER.indexOf(f.severity) > LEVEL_ORDER.indexOf(known))
      severityOf.set(id, f.severity);
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pipeguard',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/pipeguard/pipeguard',
            rules: ruleIds.map((id) => {
              const info = ruleInfo.get(id);
              const severity = info?.severity ?? severityOf.get(id) ?? 'medium';
              return {
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
                  c ? c.toUpperCase() : '',
                ),
                shortDescription: { text: info?.title ?? id },
                fullDescription: { text: info?.help ?? info?.title ?? id },
                ...(info?.help ? { help: { text: info.help } } : {}),
                defaultConfiguration: { level: LEVEL[severity] },
                properties: {
                  'security-severity': SECURITY_SEVERITY[severity],
                  tags: ['security', id.split('/')[0]],
                },
              };
            }),
          },
        },
        automationDetails: { id: category },
        ...(omitted > 0 ? omissionFacts(report, omitted, limit) : {}),
        results: findings.map((f) =>
          result(f, index.get(sarifRuleId(f.check, f.rule)) ?? 0, standIn),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** Where a truncated run says so: a property for tools, a notification for people. */
function omissionFacts(report: Report, omitted: number, limit: number): Record<string, unknown> {
  return {
    properties: {
      'pipeguard/resultLimit': limit,
      'pipeguard/totalFindings': report.findings.length,
      'pipeguard/omittedResults': omitted,
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            descriptor: { id: 'pipeguard/results-truncated' },
            level: 'warning',
            message: { text: sarifOmissionNote(report, limit) },
          },
        ],
      },
    ],
  };
}

const LEVEL_ORDER: Severity[] = ['low', 'medium', 'high', 'critical'];

export function sarifRuleId(check: string, rule: string): string {
  return `${check}/${rule}`;
}

function result(f: Finding, ruleIndex: number, standIn: string): Record<string, unknown> {
  const region =
    f.line !== undefined
      ? {
          startLine: f.line,
          ...(f.column !== undefined ? { startColumn: f.column } : {}),
          ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
          ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
        }
      : undefined;
  return {
    ruleId: sarifRuleId(f.check, f.rule),
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.remedy ? `${f.message}. ${f.remedy}` : f.message },
    // Repository-wide findings still need a location for code scanning: a file stands in.
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(f.file ?? standIn), uriBaseId: '%SRCROOT%' },
          ...(region ? { region } : {}),
        },
      },
    ],
    partialFingerprints: { 'pipeguard/v1': f.fingerprint },
    properties: { severity: f.severity },
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
              ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
            },
          ],
        }
      : {}),
  };
}

function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
