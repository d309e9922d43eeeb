import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricRule } from '../../src/checks/eval-gate/policy.js';
import { evaluateMetric, fmt, type Observation } from '../../src/checks/eval-gate/thresholds.js';

const value = (v: number): Observation => ({ ok: true, value: v });
const rule = (over: Partial<MetricRule>): MetricRule => ({
  name: 'm',
  direction: 'higher',
  ...over,
});

describe('min / max', () => {
  it('compares exactly, inclusive at the limit', () => {
    expect(evaluateMetric(rule({ min: 0.85 }), value(0.85)).passed).toBe(true);
    expect(evaluateMetric(rule({ min: 0.85 }), value(0.8499999)).passed).toBe(false);
    expect(evaluateMetric(rule({ direction: 'lower', max: 50 }), value(50)).passed).toBe(true);
    expect(evaluateMetric(rule({ direction: 'lower', max: 50 }), value(50.001)).passed).toBe(false);
  });

  it('says by how much', () => {
    const e = evaluateMetric(rule({ min: 0.85 }), value(0.842));
    expect(e.outcomes[0]).toMatchObject({
      kind: 'min',
      ok: false,
      text: '0.842 < min 0.85 (short by 0.008)',
    });
    expect(e.outcomes[0]!.excess).toBeCloseTo(0.008, 12);
    const m = evaluateMetric(rule({ direction: 'lower', max: 40 }), value(41.5));
    expect(m.outcomes[0]!.text).toBe('41.5 > max 40 (over by 1.5)');
  });

  it('applies both bounds', () => {
    const band = rule({ min: 0.1, max: 0.2 });
    expect(evaluateMetric(band, value(0.15)).passed).toBe(true);
    expect(evaluateMetric(band, value(0.25)).outcomes.map((o) => o.ok)).toEqual([true, false]);
  });
});

describe('baseline drops', () => {
  it('absolute drop, higher is better, with float slack at the limit', () => {
    const r = rule({ max_drop_abs: 0.01 });
    expect(evaluateMetric(r, value(0.84), value(0.85)).passed).toBe(true); // 0.85-0.84 = 0.010000000000000009
    expect(evaluateMetric(r, value(0.8399), value(0.85)).passed).toBe(false);
    expect(evaluateMetric(r, value(0.95), value(0.85)).passed).toBe(true);
  });

  it('absolute drop, lower is better: an increase is the drop', () => {
    const r = rule({ direction: 'lower', max_drop_abs: 5 });
    expect(evaluateMetric(r, value(45), value(40)).passed).toBe(true);
    const e = evaluateMetric(r, value(46), value(40));
    expect(e.passed).toBe(false);
    expect(e.outcomes[0]!.text).toBe('dropped 6 vs baseline 40, more than max_drop_abs 5 (by 1)');
  });

  it('relative drop divides by |baseline|', () => {
    const r = rule({ max_drop_rel: 0.1 });
    expect(evaluateMetric(r, value(0.9), value(1)).passed).toBe(true);
    expect(evaluateMetric(r, value(0.89), value(1)).passed).toBe(false);
    // Negative baseline (a log-likelihood, higher is better): -2.2 vs -2.0 is 10 % worse.
    expect(evaluateMetric(r, value(-2.2), value(-2)).passed).toBe(true);
    expect(evaluateMetric(r, value(-2.21), value(-2)).passed).toBe(false);
    expect(evaluateMetric(r, value(-1), value(-2)).passed).toBe(true);
    // Lower is better with a negative baseline: -1.8 vs -2.0 is 10 % worse.
    const lower = rule({ direction: 'lower', max_drop_rel: 0.1 });
    expect(evaluateMetric(lower, value(-1.8), value(-2)).passed).toBe(true);
    expect(evaluateMetric(lower, value(-1.79), value(-2)).passed).toBe(false);
  });

  it('relative drop at a zero baseline: no worse passes, any worsening fails', () => {
    const r = rule({ direction: 'lower', max_drop_rel: 0.5 });
    expect(evaluateMetric(r, value(0), value(0)).passed).toBe(true);
    expect(evaluateMetric(r, value(-1), value(0)).passed).toBe(true);
    const e = evaluateMetric(r, value(0.001), value(0));
    expect(e.passed).toBe(false);
    expect(e.outcomes[0]!.text).toMatch(/zero baseline any drop fails/);
  });

  it('a missing baseline fails when a baseline rule is set, and cannot be evaluated', () => {
    const e = evaluateMetric(rule({ min: 0.5, max_drop_abs: 0.1 }), value(0.9));
    expect(e.passed).toBe(false);
    expect(e.problems).toEqual([
      'no baseline metrics file was given, but the rule compares against a baseline',
    ]);
    const f = evaluateMetric(rule({ max_drop_abs: 0.1 }), value(0.9), {
      ok: false,
      problem: 'not found at `acc`',
    });
    expect(f.problems).toEqual(['baseline not found at `acc`']);
  });

  it('a missing or invalid value fails before any rule', () => {
    const e = evaluateMetric(rule({ min: 0 }), { ok: false, problem: 'not found at `acc`' });
    expect(e).toMatchObject({ passed: false, outcomes: [], problems: ['not found at `acc`'] });
  });
});

describe('properties', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
  it('an unchanged value never fails a drop rule', () => {
    fc.assert(
      fc.property(
        finite,
        fc.constantFrom('higher', 'lower') as fc.Arbitrary<'higher' | 'lower'>,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (v, direction, limit) => {
          const r = rule({ direction, max_drop_abs: limit, max_drop_rel: limit });
          expect(evaluateMetric(r, value(v), value(v)).passed).toBe(true);
        },
      ),
    );
  });

  it('improving never fails, and drops are symmetric across directions', () => {
    fc.assert(
      fc.property(finite, finite, fc.double({ min: 0, max: 10, noNaN: true }), (a, b, limit) => {
        const up = evaluateMetric(
          rule({ max_drop_abs: limit, max_drop_rel: limit }),
          value(a),
          value(b),
        );
        const down = evaluateMetric(
          rule({ direction: 'lower', max_drop_abs: limit, max_drop_rel: limit }),
          value(-a),
          value(-b),
        );
        expect(up.passed).toBe(down.passed);
        if (a >= b) expect(up.passed).toBe(true);
      }),
    );
  });

  it('formats numbers without float noise', () => {
    expect(fmt(0.1 + 0.2)).toBe('0.3');
    expect(fmt(0.85 - 0.84)).toBe('0.01');
  });
});
