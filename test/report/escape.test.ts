/** Text from the scanned tree in tables and terminals: one escaping rule per medium, property-tested. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateParams } from '../../src/checks/eval-gate/index.js';
import { decide } from '../../src/checks/eval-gate/gate.js';
import { gateResult } from '../../src/checks/eval-gate/result.js';
import { markdownCell, printable } from '../../src/report/escape.js';
import {
  buildReport,
  compareFindings,
  fingerprintOf,
  SEVERITIES,
  severityRank,
  type Finding,
} from '../../src/report/model.js';
import { renderSummary } from '../../src/report/summary.js';
import { makeFixture, POLICY } from '../eval-gate/fixture.js';
import { tableRows } from '../helpers/markdown.js';

/** Characters that have broken tables, rows, markup or terminals, mixed with any code unit. */
const HOSTILE = [...'|\\`<>&*_~[]!#:,% \t\n\r\f\v\0\x1b\x7f\x85\u2028\u2029\u202e\u2066'];
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

/** What GitHub shows of a cell: the printable form, its outer spaces trimmed (GFM trims cells). */
const shown = (text: string): string => printable(text).replace(/^[ \t]+|[ \t]+$/g, '');

const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('printable', () => {
  it('leaves no control, line-separator or bidi character, and keeps printable text as is', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = printable(text);
        expect(out).not.toMatch(UNPRINTABLE);
        if (!UNPRINTABLE.test(text)) expect(out).toBe(text);
      }),
    );
    expect(printable('a\nb\r\tc\x1b[31m\u202e')).toBe('a\\nb\\r\\tc\\x1b[31m\\u202e');
  });
});

describe('markdownCell', () => {
  it('any text reads back as one cell with the same text and no markup', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, hostileText), { maxLength: 8 }), (rows) => {
        const table = [
          '| A | B |',
          '|---|---|',
          ...rows.map(([a, b]) => `| ${markdownCell(a)} | ${markdownCell(b)} |`),
        ].join('\n');
        const parsed = tableRows(`${table}\n`, '| A | B |');
        expect(parsed).toHaveLength(rows.length);
        parsed.forEach((cells, i) => {
          expect(cells.map((c) => c.text)).toEqual([shown(rows[i]![0]), shown(rows[i]![1])]);
          expect(cells.some((c) => c.markup)).toBe(false);
        });
      }),
    );
  });
});

describe('job summary tables', () => {
  const FINDINGS_HEADER = '| Severity | Check | Rule | Location | Message |';

  it('one row per finding and per check, whatever the file names, rules and messages', () => {
    const finding = fc.record({
      file: hostileText,
      message: hostileText,
      rule: hostileText,
      severity: fc.constantFrom(...SEVERITIES),
    });
    fc.assert(
      fc.property(
        fc.array(finding, { minLength: 1, maxLength: 12 }),
        hostileText,
        (specs, summary) => {
          const findings: Finding[] = specs.map((s, i) => ({
            check: 'secrets',
            rule: s.rule,
            severity: s.severity,
            message: s.message,
            file: s.file,
            line: i + 1,
            fingerprint: fingerprintOf(i),
          }));
          const report = buildReport('1', [
            { check: 'secrets', status: 'fail', summary, findings },
          ]);
          const markdown = renderSummary(report);
          const checks = tableRows(markdown, '| Check | Status | Summary |');
          expect(checks).toHaveLength(1);
          expect(checks[0]![2]!.text).toBe(shown(summary));
          const rows = tableRows(markdown, FINDINGS_HEADER);
          expect(rows).toHaveLength(findings.length);
          const expected = [...findings].sort(
            (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b),
          );
          rows.forEach((cells, i) => {
            const f = expected[i]!;
            expect(cells.map((c) => c.text)).toEqual([
              f.severity,
              'secrets',
              shown(f.rule),
              f.file ? shown(`${f.file}:${f.line}`) : '',
              shown(f.message),
            ]);
            expect(cells.some((c) => c.markup)).toBe(false);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the eval gate summary table', () => {
  // The schema limits metric names to [A-Za-z0-9_.,:/@+=-]; `_` and `*`-free names still read as
  // emphasis unless escaped, so the one cell escaping holds here too.
  it('a metric name from the policy reads back exactly, in the same escaping as every cell', async () => {
    const fx = makeFixture();
    try {
      const metric = '_acc_,none:x/y@1+2=3';
      fx.write(
        'eval-policy.yml',
        POLICY.replace('  accuracy:\n', `  ${JSON.stringify(metric)}:\n`),
      );
      const ctx = await fx.ctx();
      const result = gateResult(await decide(ctx, gateParams(ctx)), ctx);
      const rows = tableRows(
        result.details!.summaryMarkdown as string,
        '| Metric | Value | Baseline | Result |',
      );
      expect(rows.map((cells) => cells[0]!.text)).toEqual([metric, 'latency_ms_p95']);
      for (const cells of rows) {
        expect(cells).toHaveLength(4);
        expect(cells.some((c) => c.markup)).toBe(false);
      }
    } finally {
      fx.cleanup();
    }
  });
});
