/**
 * SARIF 2.1.0 for code scanning: one run, rules with help and security-severity, results with
 * locations relative to %SRCROOT% and partialFingerprints from Finding.fingerprint, so alerts stay
 * the same alert across line moves. Suppressed findings carry an in-source/external suppression.
 */
import {
  compareFindings,
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

export function renderSarif(report: Report): string {
  const ruleInfo = new Map<string, RuleInfo>();
  for (const check of report.checks) {
    for (const [rule, info] of Object.entries(check.rules ?? {}))
      ruleInfo.set(sarifRuleId(check.check, rule), info);
  }
  const findings = [...report.findings].sort(compareFindings);
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
        automationDetails: { id: 'pipeguard/' },
        results: findings.map((f) => result(f, index.get(sarifRuleId(f.check, f.rule)) ?? 0)),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const LEVEL_ORDER: Severity[] = ['low', 'medium', 'high', 'critical'];

export function sarifRuleId(check: string, rule: string): string {
  return `${check}/${rule}`;
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
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
    // Repository-wide findings still need a location for code scanning; the root file stands in.
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(f.file ?? '.pipeguard.yml'), uriBaseId: '%SRCROOT%' },
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
