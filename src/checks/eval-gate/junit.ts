/**
 * JUnit XML as a metrics source: pass/fail counts from the report itself. Each <testcase> is
 * counted once, by its worst child (<error> over <failure> over <skipped>); a report without any
 * <testcase> falls back to the tests/failures/errors/skipped attributes of its innermost suites.
 * Zero tests is never a pass: an eval that ran nothing proves nothing.
 */
import { InputError } from '../../util/errors.js';
import { utf8, type InputFile } from './inputs.js';
import { readXml, XmlError } from './xml.js';

export interface JunitCounts {
  tests: number;
  passed: number;
  failures: number;
  errors: number;
  skipped: number;
}

export const JUNIT_FIELDS = [
  'tests',
  'passed',
  'failures',
  'errors',
  'skipped',
  'pass_rate',
] as const;
export type JunitField = (typeof JUNIT_FIELDS)[number];

interface SuiteAttributes {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  hasChildSuite: boolean;
}

export function junitCounts(input: InputFile): JunitCounts {
  const cases = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: SuiteAttributes[] = [];
  const suiteStack: SuiteAttributes[] = [];
  let root: string | undefined;
  let inCase: { error: boolean; failure: boolean; skipped: boolean } | undefined;
  let depthInCase = 0;
  try {
    readXml(utf8(input), {
      open(name, attributes) {
        root ??= name;
        if (inCase) {
          depthInCase++;
          // Only direct children of <testcase> decide its outcome (not <rerunFailure> and the like).
          if (depthInCase === 1) {
            if (name === 'error') inCase.error = true;
            else if (name === 'failure') inCase.failure = true;
            else if (name === 'skipped') inCase.skipped = true;
          }
          return;
        }
        if (name === 'testsuite') {
          const parent = suiteStack[suiteStack.length - 1];
          if (parent) parent.hasChildSuite = true;
          const suite = {
            tests: count(attributes.tests, 'tests'),
            failures: count(attributes.failures, 'failures'),
            errors: count(attributes.errors, 'errors'),
            skipped: count(attributes.skipped ?? attributes.disabled, 'skipped'),
            hasChildSuite: false,
          };
          suites.push(suite);
          suiteStack.push(suite);
        } else if (name === 'testcase') {
          inCase = { error: false, failure: false, skipped: false };
          depthInCase = 0;
        }
      },
      close(name) {
        if (inCase) {
          if (depthInCase > 0) {
            depthInCase--;
            return;
          }
          cases.tests++;
          if (inCase.error) cases.errors++;
          else if (inCase.failure) cases.failures++;
          else if (inCase.skipped) cases.skipped++;
          inCase = undefined;
          return;
        }
        if (name === 'testsuite') suiteStack.pop();
      },
    });
  } catch (error) {
    if (error instanceof XmlError)
      throw new InputError(
        `not well-formed XML: ${error.message}`,
        input.name,
        error.line,
        error.column,
      );
    throw error;
  }
  if (root !== 'testsuites' && root !== 'testsuite') {
    throw new InputError(
      `not a JUnit report (root element <${root}>, expected <testsuites> or <testsuite>)`,
      input.name,
    );
  }
  if (cases.tests === 0) {
    const leaves = suites.filter((s) => !s.hasChildSuite);
    for (const s of leaves) {
      cases.tests += s.tests;
      cases.failures += s.failures;
      cases.errors += s.errors;
      cases.skipped += s.skipped;
    }
    if (cases.failures + cases.errors + cases.skipped > cases.tests) {
      throw new InputError(
        'suite attributes count more failures, errors and skips than tests',
        input.name,
      );
    }
  }
  return { ...cases, passed: cases.tests - cases.failures - cases.errors - cases.skipped };

  function count(value: string | undefined, what: string): number {
    if (value === undefined) return 0;
    if (!/^\d{1,9}$/.test(value.trim()))
      throw new InputError(`testsuite attribute ${what}="${value}" is not a count`, input.name);
    return Number(value.trim());
  }
}

export function sumCounts(all: JunitCounts[]): JunitCounts {
  return all.reduce(
    (sum, c) => ({
      tests: sum.tests + c.tests,
      passed: sum.passed + c.passed,
      failures: sum.failures + c.failures,
      errors: sum.errors + c.errors,
      skipped: sum.skipped + c.skipped,
    }),
    { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 },
  );
}

/** A JUnit field as a metric. pass_rate = passed / (tests - skipped); errors count against it. */
export function junitValue(counts: JunitCounts, field: JunitField): number | undefined {
  if (field === 'pass_rate') {
    const ran = counts.tests - counts.skipped;
    return ran > 0 ? counts.passed / ran : undefined;
  }
  return counts[field];
}
