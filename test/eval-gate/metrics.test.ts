import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupMetric, metricsSource, resolveAddress } from '../../src/checks/eval-gate/metrics.js';
import { junitCounts, junitValue, sumCounts } from '../../src/checks/eval-gate/junit.js';
import { readXml, XmlError } from '../../src/checks/eval-gate/xml.js';
import { InputError } from '../../src/util/errors.js';
import { memoryInput } from './helpers.js';

/** Shaped like lm-evaluation-harness --output_path results (docs/interface.md). */
const LM_EVAL = JSON.stringify(
  {
    results: {
      hellaswag: {
        alias: 'hellaswag',
        'acc,none': 0.5634,
        'acc_stderr,none': 0.0049,
        'acc_norm,none': 0.7521,
      },
      'mmlu.abstract_algebra': { 'acc,none': 0.31, 'acc_stderr,none': 'N/A' },
      mmlu: { 'acc,none': 0.62 },
    },
    'n-shot': { hellaswag: 0 },
    config: { model: 'hf', batch_size: 8 },
  },
  null,
  2,
);

describe('metrics lookup', () => {
  const source = metricsSource(memoryInput('runs/r1/results.json', LM_EVAL), 'metrics file');

  it('addresses lm-eval keys with commas by dotted path and by JSON Pointer', () => {
    expect(lookupMetric(source, 'results.hellaswag.acc,none')).toMatchObject({
      ok: true,
      value: 0.5634,
    });
    expect(lookupMetric(source, '/results/hellaswag/acc_norm,none')).toMatchObject({
      ok: true,
      value: 0.7521,
    });
  });

  it('takes the longest key at each step, so task names with dots resolve', () => {
    expect(lookupMetric(source, 'results.mmlu.abstract_algebra.acc,none')).toMatchObject({
      ok: true,
      value: 0.31,
    });
    expect(lookupMetric(source, 'results.mmlu.acc,none')).toMatchObject({ ok: true, value: 0.62 });
  });

  it('locates the value in the file', () => {
    const hit = lookupMetric(source, 'results.hellaswag.acc,none');
    expect(hit.ok && hit.position.line).toBe(5);
  });

  it('refuses non-numbers: "N/A", NaN written by Python, strings, booleans, null, objects', () => {
    expect(lookupMetric(source, 'results.mmlu.abstract_algebra.acc_stderr,none')).toMatchObject({
      ok: false,
      problem: '`results.mmlu.abstract_algebra.acc_stderr,none` is the string "N/A", not a number',
    });
    const python = metricsSource(
      memoryInput(
        'm.json',
        '{"acc": NaN, "f1": Infinity, "ok": true, "n": null, "s": "0.9", "o": {}}',
      ),
      'metrics file',
    );
    expect(lookupMetric(python, 'acc')).toMatchObject({
      ok: false,
      problem: '`acc` is NaN, not a finite number',
    });
    expect(lookupMetric(python, 'f1')).toMatchObject({
      ok: false,
      problem: '`f1` is Infinity, not a finite number',
    });
    expect(lookupMetric(python, 's')).toMatchObject({
      ok: false,
      problem: '`s` is the string "0.9", not a number',
    });
    expect(lookupMetric(python, 'ok')).toMatchObject({
      ok: false,
      problem: '`ok` is boolean true, not a number',
    });
    expect(lookupMetric(python, 'n')).toMatchObject({
      ok: false,
      problem: '`n` is null, not a number',
    });
    expect(lookupMetric(python, 'o')).toMatchObject({
      ok: false,
      problem: '`o` is an object, not a number',
    });
    const yaml = metricsSource(memoryInput('m.yaml', 'acc: .nan\nloss: -.inf\n'), 'metrics file');
    expect(lookupMetric(yaml, 'acc')).toMatchObject({
      ok: false,
      problem: '`acc` is NaN, not a finite number',
    });
    expect(lookupMetric(yaml, 'loss')).toMatchObject({
      ok: false,
      problem: '`loss` is -Infinity, not a finite number',
    });
  });

  it('reports a missing metric', () => {
    expect(lookupMetric(source, 'results.arc.acc,none')).toEqual({
      ok: false,
      problem: 'not found at `results.arc.acc,none`',
    });
    expect(lookupMetric(source, '/results/hellaswag/acc')).toMatchObject({ ok: false });
  });

  it('refuses unreadable metrics files with the line', () => {
    expect(() => metricsSource(memoryInput('m.json', '{"a": 1,, }'), 'metrics file')).toThrow(
      InputError,
    );
    expect(() => metricsSource(memoryInput('m.json', '{"a": 1, "a": 2}'), 'metrics file')).toThrow(
      /duplicate key/,
    );
    expect(() => metricsSource(memoryInput('m.json', '[1, 2]'), 'metrics file')).toThrow(
      /object of metrics/,
    );
    expect(() =>
      metricsSource(memoryInput('m.json', Buffer.from([0x7b, 0xff, 0x7d])), 'metrics file'),
    ).toThrow(/UTF-8/);
  });

  it('never throws on any address and any document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ maxLength: 30 }), (value, address) => {
        resolveAddress(value, address);
      }),
    );
  });
});

const xml = (body: string) =>
  memoryInput('junit.xml', `<?xml version="1.0" encoding="UTF-8"?>\n${body}`);

describe('JUnit counts', () => {
  it('counts test cases by their worst child (pytest shape)', () => {
    const counts = junitCounts(
      xml(`<testsuites name="pytest tests">
  <testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5" time="0.1">
    <testcase classname="t" name="a" time="0.01"/>
    <testcase classname="t" name="b"><failure message="assert 1 == 2">trace &amp; more</failure></testcase>
    <testcase classname="t" name="c"><error message="boom"/><system-out><![CDATA[<testcase name="fake"/>]]></system-out></testcase>
    <testcase classname="t" name="d"><skipped type="pytest.skip" message="no gpu"/></testcase>
    <!-- <testcase name="commented"/> -->
    <testcase classname="t" name="e"><system-err>warn</system-err></testcase>
  </testsuite>
</testsuites>`),
    );
    expect(counts).toEqual({ tests: 5, passed: 2, failures: 1, errors: 1, skipped: 1 });
    expect(junitValue(counts, 'pass_rate')).toBeCloseTo(0.5);
  });

  it('ignores rerun markers nested deeper than the test case outcome', () => {
    const counts = junitCounts(
      xml(
        `<testsuite tests="1"><testcase name="flaky"><flakyFailure message="x"><stackTrace>s</stackTrace></flakyFailure></testcase></testsuite>`,
      ),
    );
    expect(counts).toEqual({ tests: 1, passed: 1, failures: 0, errors: 0, skipped: 0 });
  });

  it("falls back to the innermost suites' attributes when there are no test cases", () => {
    const counts = junitCounts(
      xml(
        `<testsuites tests="7" failures="2"><testsuite tests="4" failures="1"/><testsuite tests="3" failures="1" errors="1"/></testsuites>`,
      ),
    );
    expect(counts).toEqual({ tests: 7, passed: 4, failures: 2, errors: 1, skipped: 0 });
  });

  it('reports zero tests as zero (the gate fails it)', () => {
    expect(junitCounts(xml('<testsuites/>')).tests).toBe(0);
    expect(junitValue(junitCounts(xml('<testsuites/>')), 'pass_rate')).toBeUndefined();
  });

  it('sums several reports', () => {
    const a = junitCounts(xml('<testsuite><testcase name="a"/></testsuite>'));
    const b = junitCounts(xml('<testsuite><testcase name="b"><failure/></testcase></testsuite>'));
    expect(sumCounts([a, b])).toEqual({ tests: 2, passed: 1, failures: 1, errors: 0, skipped: 0 });
  });

  const refusals: Array<[string, RegExp]> = [
    ['<!DOCTYPE x [<!ENTITY a "b">]><testsuite/>', /DOCTYPE/],
    ['<testsuite><testcase></testsuite>', /closes <testcase>/],
    ['<testsuite>', /never closed/],
    ['<testsuite/><testsuite/>', /more than one root/],
    ['<testsuite tests=3/>', /not quoted/],
    ['<testsuite tests="x"/>', /not a count/],
    ['<testsuite a="1" a="2"/>', /duplicate attribute/],
    ['<testsuite name="&bogus;"/>', /unknown entity/],
    ['<html/>', /not a JUnit report/],
    ['', /no root element/],
    ['<testsuite tests="1" failures="2"/>', /more failures/],
  ];
  for (const [body, reason] of refusals) {
    it(`refuses ${body || 'an empty file'}`, () => {
      expect(() => junitCounts(xml(body))).toThrow(reason);
    });
  }

  it('names the line and column of malformed XML', () => {
    try {
      junitCounts(xml('<testsuite>\n  <testcase name="a">\n</testsuite>'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).line).toBe(4);
    }
  });
});

describe('XML reader properties', () => {
  it('random text never crashes: events or one XmlError', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            '<a>',
            '</a>',
            '<b/>',
            '<a x="1">',
            'text',
            '&amp;',
            '&',
            '<!--c-->',
            '<![CDATA[<]]>',
            '<?p?>',
            '"',
            "'",
            '<',
            '>',
            '=',
          ),
          { maxLength: 30 },
        )
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        try {
          readXml(t, { open: () => undefined, close: () => undefined });
        } catch (error) {
          if (!(error instanceof XmlError)) throw error;
          expect(error.line).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts generated reports exactly', () => {
    const outcome = fc.constantFrom('pass', 'failure', 'error', 'skipped');
    fc.assert(
      fc.property(
        fc.array(fc.array(outcome, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        (suites) => {
          const body = suites
            .map(
              (cases, i) =>
                `<testsuite name="s${i}">${cases
                  .map((c, j) =>
                    c === 'pass'
                      ? `<testcase name="t${j}"/>`
                      : `<testcase name="t${j}"><${c} message="m &lt; n"/></testcase>`,
                  )
                  .join('\n')}</testsuite>`,
            )
            .join('');
          const counts = junitCounts(xml(`<testsuites>${body}</testsuites>`));
          const all = suites.flat();
          expect(counts).toEqual({
            tests: all.length,
            passed: all.filter((c) => c === 'pass').length,
            failures: all.filter((c) => c === 'failure').length,
            errors: all.filter((c) => c === 'error').length,
            skipped: all.filter((c) => c === 'skipped').length,
          });
        },
      ),
    );
  });
});
