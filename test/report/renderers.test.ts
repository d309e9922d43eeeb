import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationsFor, ANNOTATIONS_PER_LEVEL } from '../../src/report/annotations.js';
import { auditRecordFor } from '../../src/report/audit.js';
import { renderJson, stringifyRecords } from '../../src/report/json.js';
import {
  buildReport,
  exitCodeFor,
  fingerprintOf,
  type CheckResult,
  type Finding,
  type Severity,
} from '../../src/report/model.js';
import { renderSarif, SARIF_MAX_RESULTS } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText, shouldColor } from '../../src/report/text.js';
import { SCHEMA_IDS } from '../../src/schema/catalog.js';
import { validatorFor } from '../../src/schema/registry.js';
import { sarifErrors } from '../helpers/sarif.js';

function finding(i: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    check: 'demo',
    rule: `rule-${i % 3}`,
    severity,
    message: `problem ${i}`,
    file: `src/file-${i}.py`,
    line: i + 1,
    column: 2,
    fingerprint: fingerprintOf('demo', i),
    ...extra,
  };
}

const result = (findings: Finding[], status: CheckResult['status'] = 'fail'): CheckResult => ({
  check: 'demo',
  status,
  summary: `${findings.length} findings`,
  findings,
  rules: { 'rule-0': { title: 'Rule zero', help: 'Fix rule zero.' } },
});

describe('report model', () => {
  it('maps statuses to the exit codes of design.md, 2 winning over 12 over 1', () => {
    const pass = result([], 'pass');
    const fail = result([finding(1, 'high')]);
    const blocked = { ...pass, status: 'blocked' as const };
    const error = { ...pass, status: 'error' as const };
    expect(exitCodeFor(buildReport('1', [pass]).status)).toBe(0);
    expect(exitCodeFor(buildReport('1', [pass, fail]).status)).toBe(1);
    expect(exitCodeFor(buildReport('1', [fail, blocked]).status)).toBe(12);
    expect(exitCodeFor(buildReport('1', [blocked, error, fail]).status)).toBe(2);
  });

  it('fingerprints are stable and unambiguous', () => {
    expect(fingerprintOf('a', 'bc')).toBe(fingerprintOf('a', 'bc'));
    expect(fingerprintOf('a', 'bc')).not.toBe(fingerprintOf('ab', 'c'));
    expect(fingerprintOf('a')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('JSON renderer', () => {
  it('has exactly the shape of design.md', () => {
    const report = buildReport('9.9.9', [result([finding(1, 'high')])]);
    const json = JSON.parse(renderJson(report).toString('utf8'));
    expect(Object.keys(json)).toEqual(['tool', 'status', 'checks', 'findings']);
    expect(json.tool).toEqual({ name: 'pipeguard', version: '9.9.9' });
    expect(json.findings[0]).toMatchObject({
      check: 'demo',
      rule: 'rule-1',
      severity: 'high',
      file: 'src/file-1.py',
      line: 2,
    });
  });

  it('writes each finding on one line, indenting what holds records', () => {
    const findings = [
      finding(1, 'high'),
      finding(2, 'low', { suppressed: { kind: 'inline', reason: 'fixture' } }),
    ];
    const lines = renderJson(buildReport('9.9.9', [result(findings)]))
      .toString('utf8')
      .split('\n');
    expect(lines).toContain(`    ${JSON.stringify(findings[0])},`);
    expect(lines).toContain('  "tool": {"name":"pipeguard","version":"9.9.9"},');
    // A record holding a record is indented, its inner record one line.
    expect(lines).toContain(`      "suppressed": ${JSON.stringify(findings[1]!.suppressed)}`);
  });

  it('gives the value JSON.stringify gives, for any value', () => {
    // toJSON that returns undefined, an object, or another toJSON holder: applied once, as there.
    const withToJson = fc
      .oneof(fc.constant(undefined), fc.jsonValue(), fc.constant({ toJSON: () => 1 }))
      .map((out) => ({ toJSON: () => out }));
    const value = fc.oneof(
      fc.jsonValue(),
      withToJson,
      fc.array(withToJson),
      fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (record) => {
        const expected = JSON.stringify(record);
        expect(JSON.stringify(JSON.parse(stringifyRecords(record)))).toBe(expected);
      }),
    );
    const cyclic: Record<string, unknown> = { list: [] };
    (cyclic.list as unknown[]).push({ back: cyclic });
    expect(() => stringifyRecords(cyclic)).toThrow(/circular/);
  });

  it('writes an object met again as it wrote it the first time (a report lists findings twice)', () => {
    const flat = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null)));
    fc.assert(
      fc.property(flat, fc.jsonValue(), (shared, other) => {
        const record = { list: [shared, other, shared], again: shared, nested: { deep: [shared] } };
        expect(JSON.stringify(JSON.parse(stringifyRecords(record)))).toBe(JSON.stringify(record));
      }),
    );
  });

  it('writes the UTF-8 bytes of that text, past the first buffer and through any character', () => {
    // Messages of every code point, lone surrogates included, and reports beyond 64 KiB.
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.nat(3000), (messages, copies) => {
        const findings = messages.map((message, i) => ({ ...finding(i, 'high'), message }));
        const many = Array.from({ length: copies }, (_, i) => finding(i, 'low'));
        const report = buildReport('9.9.9', [result([...findings, ...many])]);
        const { tool, status, checks } = report;
        const expected = `${stringifyRecords({ tool, status, checks, findings: report.findings })}\n`;
        expect(renderJson(report).equals(Buffer.from(expected, 'utf8'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('SARIF renderer', () => {
  it('produces documents valid against the official SARIF 2.1.0 schema', () => {
    const findings = [
      finding(0, 'critical', { endLine: 3, endColumn: 9, remedy: 'do this' }),
      finding(1, 'low', { suppressed: { kind: 'inline', reason: 'test fixture' } }),
      { ...finding(2, 'medium'), file: undefined, line: undefined, column: undefined },
    ];
    const sarif = JSON.parse(renderSarif(buildReport('1.2.3', [result(findings)])));
    expect(sarifErrors(sarif)).toBeUndefined();
    // The schema's formats are checked too: a tool URI that is no URI fails.
    sarif.runs[0].tool.driver.informationUri = 'not a uri';
    expect(sarifErrors(sarif)).toMatch(/"format":"uri"/);
  });

  it('emits rules, locations and partialFingerprints', () => {
    const report = buildReport('1.2.3', [
      result([finding(0, 'critical'), finding(1, 'low', { suppressed: { kind: 'baseline' } })]),
    ]);
    const sarif = JSON.parse(renderSarif(report));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.version).toBe('1.2.3');
    const rule0 = run.tool.driver.rules.find((r: { id: string }) => r.id === 'demo/rule-0');
    expect(rule0.shortDescription.text).toBe('Rule zero');
    expect(rule0.properties['security-severity']).toBe('9.5');
    const [first, second] = run.results;
    expect(first.partialFingerprints['pipeguard/v1']).toBe(fingerprintOf('demo', 0));
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/file-0.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 2 },
    });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(second.suppressions).toEqual([{ kind: 'external' }]);
  });

  it('keeps at most 25,000 results, the most severe, and says how many were left out', () => {
    // 26,000 findings: the 200 critical and 300 high ones sort last by file, so a plain cut would
    // drop them; 500 suppressed lows go first.
    const severityOf = (i: number): Severity =>
      i >= 25_800 ? 'critical' : i >= 25_500 ? 'high' : i % 2 ? 'medium' : 'low';
    const findings = Array.from({ length: 26_000 }, (_, i) =>
      finding(i, severityOf(i), {
        file: `src/f${String(i).padStart(5, '0')}.py`,
        ...(i < 500 ? { suppressed: { kind: 'baseline' } } : {}),
      }),
    );
    const report = buildReport('1', [result(findings)]);
    const text = renderSarif(report);
    expect(text).toBe(renderSarif(report));
    const sarif = JSON.parse(text);
    const run = sarif.runs[0];
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    expect(run.results).toHaveLength(25_000);
    const kept = new Map<string, number>();
    for (const r of run.results)
      kept.set(r.properties.severity, (kept.get(r.properties.severity) ?? 0) + 1);
    expect(kept.get('critical')).toBe(200);
    expect(kept.get('high')).toBe(300);
    expect(run.results.some((r: { suppressions?: unknown }) => r.suppressions)).toBe(false);
    // Left out: the 500 suppressed, then the 500 last lows; results stay in file order.
    expect(kept.get('low')).toBe(12_750 - 250 - 500);
    const uris = run.results.map(
      (r: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) =>
        r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual([...uris].sort());
    expect(run.properties).toEqual({
      'pipeguard/resultLimit': 25_000,
      'pipeguard/totalFindings': 26_000,
      'pipeguard/omittedResults': 1_000,
    });
    const [notification] = run.invocations[0].toolExecutionNotifications;
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(notification.level).toBe('warning');
    expect(notification.message.text).toMatch(/^SARIF: 1000 of 26000 finding\(s\) left out/);
    // GitHub's other hard limits per run (docs: "SARIF results exceed hard limit").
    expect(sarif.runs.length).toBeLessThanOrEqual(20);
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(25_000);
    expect(run.tool.extensions ?? []).toHaveLength(0);
    for (const rule of run.tool.driver.rules)
      expect(rule.properties.tags.length).toBeLessThanOrEqual(20);
    for (const r of run.results) expect(r.locations.length).toBeLessThanOrEqual(1_000);
    expect(sarifErrors(sarif)).toBeUndefined();
    // The job summary says it too.
    expect(renderSummary(report)).toContain('SARIF: 1000 of 26000 finding(s) left out');
  });

  it('says nothing about a limit when every finding fits', () => {
    const report = buildReport('1', [result([finding(0, 'low')])]);
    const run = JSON.parse(renderSarif(report)).runs[0];
    expect(run).not.toHaveProperty('properties');
    expect(run).not.toHaveProperty('invocations');
    expect(renderSummary(report)).not.toContain('SARIF:');
  });
});

describe('annotations', () => {
  it('caps each type at 10 and summarises the rest in one notice', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding(i, 'high')),
      ...Array.from({ length: 3 }, (_, i) => finding(100 + i, 'medium')),
    ];
    const annotations = annotationsFor(buildReport('1', [result(findings)]));
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    const overflow = annotations.filter((a) => a.level === 'notice');
    expect(overflow).toHaveLength(1);
    expect(overflow[0]!.message).toContain('5 more finding(s)');
  });

  it('keeps titles and messages on their lines: no control characters from the tree', () => {
    const [a] = annotationsFor(
      buildReport('1', [
        result([finding(1, 'high', { message: 'bad\nname\x1b[2J', remedy: 'fix\rit' })]),
      ]),
    );
    expect(a!.message).toBe('bad\\nname\\x1b[2J\nfix\\rit');
  });

  it('puts file, line and column on single-line findings only', () => {
    const [a] = annotationsFor(
      buildReport('1', [result([finding(4, 'critical', { endLine: 9 })])]),
    );
    expect(a).toMatchObject({ file: 'src/file-4.py', startLine: 5, endLine: 9 });
    expect(a).not.toHaveProperty('startColumn');
  });
});

describe('job summary', () => {
  it('stays under 1 MiB however many findings there are', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding(i, 'medium', { message: 'x'.repeat(200) }),
    );
    const markdown = renderSummary(buildReport('1', [result(findings)]));
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    expect(markdown).toMatch(/more finding\(s\) omitted/);
  });

  it('renders a checklist as a ✅/❌ table', () => {
    const check = {
      ...result([], 'pass'),
      details: {
        checklist: [
          { item: 'A | B', ok: true, note: '' },
          { item: 'C', ok: false, note: 'bad', risk: 'high' },
        ],
      },
    };
    const markdown = renderSummary(buildReport('1', [check]));
    expect(markdown).toContain('| A \\| B | ✅ |');
    expect(markdown).toContain('| C | ❌ | high | bad |');
  });
});

describe('text renderer', () => {
  it('groups by file and colours only when asked', () => {
    const report = buildReport('1', [result([finding(1, 'high'), finding(2, 'low')])]);
    const plain = renderText(report, { color: false });
    expect(plain).toContain('  src/file-1.py\n');
    expect(plain).not.toMatch(/\x1b\[/);
    expect(renderText(report, { color: true })).toMatch(/\x1b\[31m/);
  });

  it('shows control characters in file names and messages as escapes, one line each', () => {
    const report = buildReport('1', [
      result([
        finding(1, 'high', {
          file: 'evil\n::warning::x\x1b[31m.py',
          message: 'secret in\r\nnext',
        }),
      ]),
    ]);
    const plain = renderText(report, { color: false });
    expect(plain).toContain('  evil\\n::warning::x\\x1b[31m.py\n');
    expect(plain).toContain('secret in\\r\\nnext');
    expect(plain).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(plain.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
  });

  it("prints a check's next steps under it, escaping what a PR chose (an exception path)", () => {
    const check = {
      ...result([finding(1, 'high')]),
      details: {
        nextSteps: ['1. Add exceptions/x\n::error::y\x1b[2J.yml:', '', '   - security: sam'],
      },
    };
    const plain = renderText(buildReport('1', [check]), { color: false });
    expect(plain).toContain(
      '  Next steps:\n    1. Add exceptions/x\\n::error::y\\x1b[2J.yml:\n\n       - security: sam\n',
    );
    expect(plain).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(plain.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
  });

  it('respects NO_COLOR and TTY detection', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });
});

describe('audit records', () => {
  it('match the audit-record schema and carry digests, not values', () => {
    const check = {
      ...result([finding(1, 'critical')]),
      inputs: [{ name: 'metrics.json', sha256: 'a'.repeat(64) }],
    };
    const record = auditRecordFor(
      check,
      { runId: 'run-1', stage: 'ci', actor: 'octocat', toolVersion: '1.0.0', time: new Date(0) },
      'medium',
    );
    expect(validatorFor(SCHEMA_IDS.auditRecord)!(record)).toBe(true);
    expect(record).toMatchObject({
      decision: 'blocked',
      risk_level: 'critical',
      findings: [fingerprintOf('demo', 1)],
    });
  });
});
