/** The run-window grammar: round trips, agreement with the schema's pattern, and a reference model. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAYS,
  canonicalWindow,
  parseRunWindow,
  windowAllows,
  type RunWindow,
} from '../../src/checks/validate/rules/run-windows.js';

const policySchema = JSON.parse(readFileSync('schemas/automation-policy.v1.schema.json', 'utf8'));
const SCHEMA_PATTERN = new RegExp(policySchema.properties.run_windows.items.pattern as string, 'u');

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A window written from parts, and the parts it must parse back to. */
const windowSpec = fc
  .record({
    days: fc.oneof(
      fc.constantFrom('daily', 'weekday', 'weekend'),
      fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    ),
    start: fc.integer({ min: 0, max: 1439 }),
    end: fc.integer({ min: 0, max: 1440 }),
    zone: fc.oneof(
      fc.constant(undefined),
      fc.constant('UTC'),
      fc.integer({ min: -14 * 60, max: 14 * 60 }).filter((m) => m !== 0),
      fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
    ),
  })
  .filter((s) => s.start !== s.end);

type Spec = typeof windowSpec extends fc.Arbitrary<infer T> ? T : never;

function textOf(spec: Spec): string {
  const days = typeof spec.days === 'string' ? spec.days : spec.days.map((d) => DAYS[d]).join(',');
  const zone =
    spec.zone === undefined
      ? ''
      : typeof spec.zone === 'number'
        ? `@${spec.zone < 0 ? '-' : '+'}${clock(Math.abs(spec.zone))}`
        : `@${spec.zone}`;
  return `${days}:${clock(spec.start)}-${clock(spec.end)}${zone}`;
}

function daysOf(spec: Spec): number[] {
  if (spec.days === 'daily') return [0, 1, 2, 3, 4, 5, 6];
  if (spec.days === 'weekday') return [1, 2, 3, 4, 5];
  if (spec.days === 'weekend') return [0, 6];
  return [...spec.days].sort();
}

describe('run windows', () => {
  it('parse back to the parts they were written from, and match the schema pattern', () => {
    fc.assert(
      fc.property(windowSpec, (spec) => {
        const text = textOf(spec);
        const parsed = parseRunWindow(text);
        if ('error' in parsed) throw new Error(`${text}: ${parsed.error}`);
        expect([...parsed.window.days].sort()).toEqual(daysOf(spec));
        expect(parsed.window.start).toBe(spec.start);
        expect(parsed.window.end).toBe(spec.end);
        expect(SCHEMA_PATTERN.test(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on any text; what they accept the schema accepts; what the schema accepts they reject only for stated reasons', () => {
    const alphabet = fc.constantFrom(
      ...'monthuwedfrisatsundailyweekend,-:0123456789@+/UTCEurope/Berlin'.split(''),
    );
    const texts = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 40 }),
      windowSpec.map(textOf),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseRunWindow(text);
        if ('window' in parsed) expect(SCHEMA_PATTERN.test(text)).toBe(true);
        else if (SCHEMA_PATTERN.test(text)) {
          expect(parsed.error).toMatch(
            /window is empty|listed twice|time zone .* is not known|offset .* out of range/,
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('say precisely what is wrong', () => {
    const error = (text: string): string => {
      const parsed = parseRunWindow(text);
      return 'error' in parsed ? parsed.error : 'accepted';
    };
    expect(error('weekday:09:00-09:00')).toBe(
      'start and end are the same time: the window is empty',
    );
    expect(error('daily:00:00-24:00')).toBe('accepted');
    expect(error('mon,tue,mon:09:00-10:00')).toBe('day `mon` is listed twice');
    expect(error('fri-mon,sun:09:00-10:00')).toBe('day `sun` is listed twice');
    expect(error('fr:09:00-10:00')).toMatch(/^unknown day `fr`/);
    expect(error('mon:24:00-25:00')).toBe('start hour 24 is out of range (00-23)');
    expect(error('mon:09:60-10:00')).toBe('start minute 60 is out of range (00-59)');
    expect(error('mon:09:00-10:00@Mars/Olympus')).toMatch(
      /^time zone `Mars\/Olympus` is not known/,
    );
    expect(error('mon:09:00-10:00@+15:00')).toMatch(/^offset `\+15:00` is out of range/);
    expect(error('weekday 09:00-18:00')).toMatch(/^not `<days>/);
  });

  it('agree with a minute-by-minute reference model (UTC and fixed offsets, overnight and wrapping ranges)', () => {
    const fixedZone = windowSpec.filter((s) => typeof s.zone !== 'string' || s.zone === 'UTC');
    const instant = fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T23:59:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fixedZone, instant, (spec, at) => {
        const parsed = parseRunWindow(textOf(spec));
        if (!('window' in parsed)) throw new Error(parsed.error);
        const offset = typeof spec.zone === 'number' ? spec.zone : 0;
        // Reference: mark every (day, minute) the window covers, then look the local time up.
        const open = new Set<number>();
        for (const day of daysOf(spec)) {
          const length =
            spec.end > spec.start ? spec.end - spec.start : spec.end + 1440 - spec.start;
          for (let t = 0; t < length; t++) open.add((day * 1440 + spec.start + t) % (7 * 1440));
        }
        const local = new Date(at.getTime() + offset * 60_000);
        const key = local.getUTCDay() * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
        expect(windowAllows(parsed.window, at)).toBe(open.has(key));
      }),
      { numRuns: 1000 },
    );
  });

  it('follow daylight saving time in IANA zones', () => {
    const { window } = parseRunWindow('weekday:09:00-18:00@Europe/Berlin') as { window: RunWindow };
    expect(windowAllows(window, new Date('2026-07-01T07:30:00Z'))).toBe(true); // 09:30 CEST, Wednesday
    expect(windowAllows(window, new Date('2026-01-14T07:30:00Z'))).toBe(false); // 08:30 CET
    expect(windowAllows(window, new Date('2026-01-14T08:30:00Z'))).toBe(true); // 09:30 CET
    expect(windowAllows(window, new Date('2026-07-04T10:00:00Z'))).toBe(false); // Saturday
  });

  it('spell the same window one way however it is written', () => {
    const canonical = (text: string): string =>
      canonicalWindow((parseRunWindow(text) as { window: RunWindow }).window);
    expect(canonical('mon-fri:09:00-18:00')).toBe(canonical('weekday:09:00-18:00@UTC'));
    expect(canonical('sat,sun:10:00-12:00@+00:00')).toBe(canonical('weekend:10:00-12:00'));
    expect(canonical('sat:10:00-12:00')).not.toBe(canonical('sat:10:00-12:00@+01:00'));
  });
});
