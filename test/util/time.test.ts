/**
 * The one reader of user timestamps, against the schemas' own `date-time` format (ajv-formats):
 * what the format accepts is read to a finite instant or refused with a reason, never NaN; it
 * agrees with Date.parse wherever Date.parse answers; leap seconds are the second after 23:59:59.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import {
  formatInstant,
  readDate,
  readTimestamp,
  timestampOrInputError,
} from '../../src/util/time.js';

const dateTimeFormat = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;
const dateFormat = (fullFormats.date as { validate: (s: string) => boolean }).validate;

/** Epoch ms of 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the 4-digit years RFC 3339 has. */
const FIRST = Date.parse('0000-01-01T00:00:00Z');
const LAST = Date.parse('9999-12-31T23:59:59.999Z');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Strings shaped like date-times, with every field allowed out of range and odd separators. */
const nearDateTime = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    separator: fc.constantFrom('T', 't', ' ', '\t', '\u00a0', '\n', 'x', ''),
    hour: fc.oneof(
      fc.integer({ min: 0, max: 25 }),
      fc.constant(23),
      fc.integer({ min: 0, max: 99 }),
    ),
    minute: fc.oneof(
      fc.integer({ min: 0, max: 61 }),
      fc.constant(59),
      fc.integer({ min: 0, max: 99 }),
    ),
    second: fc.oneof(fc.integer({ min: 0, max: 61 }), fc.constant(60)),
    fraction: fc.option(fc.stringMatching(/^\d{1,7}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', ''),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          hours: fc.integer({ min: 0, max: 25 }),
          minutes: fc.integer({ min: 0, max: 61 }),
          form: fc.constantFrom('HH:MM', 'HHMM', 'HH'),
        })
        .map(({ sign, hours, minutes, form }) =>
          form === 'HH'
            ? `${sign}${pad(hours)}`
            : `${sign}${pad(hours)}${form === 'HH:MM' ? ':' : ''}${pad(minutes)}`,
        ),
    ),
  })
  .map(
    (p) =>
      `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}${p.separator}${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
      `${p.fraction === undefined ? '' : `.${p.fraction}`}${p.zone}`,
  );

/** Leap-second candidates: 23:59:60 UTC written behind any offset, plus second 60 elsewhere. */
const leapish = fc
  .record({
    day: fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9998-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    offset: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
    shiftMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -1440, max: 1440 })),
    fraction: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
  })
  .map(({ day, offset, shiftMinutes, fraction }) => {
    const utcMidnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
    // The wall-clock minute 23:59 UTC (+ a shift) seen at the offset.
    const local = new Date(utcMidnight + (23 * 60 + 59 + shiftMinutes + offset) * 60_000);
    const zone =
      offset === 0
        ? 'Z'
        : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    const text =
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T` +
      `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:60${fraction === undefined ? '' : `.${fraction}`}${zone}`;
    const nextMidnight = utcMidnight + 86_400_000 + shiftMinutes * 60_000;
    const millis = Number((fraction ?? '').slice(0, 3).padEnd(3, '0'));
    return { text, isLeap: shiftMinutes % 1440 === 0, expected: nextMidnight + millis };
  });

const anyDateTime = fc.oneof(
  nearDateTime,
  leapish.map((x) => x.text),
  fc.string({ maxLength: 40 }),
);

function expectFiniteOrRefused(text: string): void {
  const reading = readTimestamp(text);
  if (reading.ok) {
    expect(Number.isInteger(reading.ms)).toBe(true);
    expect(Number.isNaN(new Date(reading.ms).getTime())).toBe(false);
  } else {
    expect(reading.problem).toMatch(/\w/);
  }
}

describe('readTimestamp against the date-time format', () => {
  it('every string the format accepts is a finite instant or a refusal with a reason, never NaN', () => {
    fc.assert(
      fc.property(anyDateTime, (text) => {
        expectFiniteOrRefused(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads nothing the format rejects', () => {
    fc.assert(
      fc.property(anyDateTime, (text) => {
        if (!dateTimeFormat(text)) expect(readTimestamp(text).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date.parse wherever Date.parse gives an instant for a format-valid string', () => {
    // Without the T, V8 falls back to its legacy parser, which reads years 0000-0099 as 19xx/20xx.
    const legacyTwoDigitYear = (text: string): boolean => /^00\d\d-\d\d-\d\d[^Tt]/.test(text);
    expect(Date.parse('0000-01-01 00:00:00Z')).toBe(Date.parse('2000-01-01T00:00:00Z'));
    expect(readTimestamp('0000-01-01 00:00:00Z')).toMatchObject({
      ms: Date.parse('0000-01-01T00:00:00Z'),
    });
    fc.assert(
      fc.property(anyDateTime, (text) => {
        if (!dateTimeFormat(text) || legacyTwoDigitYear(text)) return;
        const parsed = Date.parse(text);
        if (Number.isNaN(parsed)) return;
        const reading = readTimestamp(text);
        expect(reading).toEqual({ ok: true, ms: parsed, leapSecond: false });
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses only what names no instant: second 60 off 23:59 UTC, hour 24, minute 60', () => {
    fc.assert(
      fc.property(anyDateTime, (text) => {
        if (!dateTimeFormat(text)) return;
        const reading = readTimestamp(text);
        // Hours up to 46 pass the format only with second 60: it checks a leap second after
        // subtracting the offset (31:59:60+08:00 is 23:59:60 UTC), never the local hour itself.
        if (!reading.ok)
          expect(reading.problem).toMatch(/hour (2\d|3\d|4[0-6])\b|minute \d\d|second 6\d/);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses a local hour past 23 that the format lets through with a leap second', () => {
    expect(dateTimeFormat('2026-06-30T31:59:60+08:00')).toBe(true);
    expect(readTimestamp('2026-06-30T31:59:60+08:00')).toEqual({
      ok: false,
      problem: 'hour 31 is out of range (00-23)',
    });
  });

  it('round-trips every instant of the 4-digit years, written in UTC or at any offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST + 86_400_000, max: LAST - 86_400_000 }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (ms, offset) => {
          expect(readTimestamp(new Date(ms).toISOString())).toEqual({
            ok: true,
            ms,
            leapSecond: false,
          });
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, -1);
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          const reading = readTimestamp(`${local}${zone}`);
          expect(reading.ok && reading.ms).toBe(ms);
          expect(readTimestamp(formatInstant(ms))).toMatchObject({ ok: true, ms });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a leap second is the second after 23:59:59 UTC; second 60 at any other minute is refused', () => {
    fc.assert(
      fc.property(leapish, ({ text, isLeap, expected }) => {
        expect(dateTimeFormat(text)).toBe(isLeap);
        const reading = readTimestamp(text);
        if (isLeap) expect(reading).toEqual({ ok: true, ms: expected, leapSecond: true });
        else
          expect(reading).toMatchObject({
            ok: false,
            problem: expect.stringMatching(/leap second/),
          });
      }),
      { numRuns: 2000 },
    );
  });

  it('examples from the field', () => {
    const at = (text: string): string => {
      const r = readTimestamp(text);
      return r.ok ? formatInstant(r.ms) : `refused: ${r.problem}`;
    };
    expect(at('2026-11-30T23:59:60Z')).toBe('2026-12-01T00:00:00Z');
    expect(at('2026-12-01T00:59:60+01:00')).toBe('2026-12-01T00:00:00Z');
    expect(at('2026-06-30T19:59:60-04:00')).toBe('2026-07-01T00:00:00Z');
    expect(at('2099-12-31T23:59:60.25Z')).toBe('2100-01-01T00:00:00.250Z');
    expect(at('0050-03-01T00:00:00Z')).toBe('0050-03-01T00:00:00Z');
    expect(at('2026-01-01 10:00:00.123456+0100')).toBe('2026-01-01T09:00:00.123Z');
    expect(at('2026-01-01T10:00:00+01')).toBe('2026-01-01T09:00:00Z');
    // The format accepts these two; no clock shows them.
    expect(dateTimeFormat('2026-01-01T24:59:30+01:00')).toBe(true);
    expect(at('2026-01-01T24:59:30+01:00')).toBe('refused: hour 24 is out of range (00-23)');
    expect(dateTimeFormat('2026-01-01T23:60:00+00:01')).toBe(true);
    expect(at('2026-01-01T23:60:00+00:01')).toBe('refused: minute 60 is out of range (00-59)');
    expect(at('2026-06-30T12:00:60Z')).toMatch(/refused: second 60 is a leap second/);
    expect(at('2026-02-29T00:00:00Z')).toMatch(/refused: day 29 does not exist in 2026-02/);
    expect(at('2026-01-01T10:00:00')).toMatch(/refused: has no time zone/);
    expect(at('yesterday')).toMatch(/refused: not an RFC 3339 date-time/);
  });
});

describe('readDate against the date format', () => {
  it('reads exactly the dates the format accepts, at UTC midnight', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(
              fc.integer({ min: 0, max: 9999 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 32 }),
            )
            .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
          fc.string({ maxLength: 12 }),
        ),
        (text) => {
          const reading = readDate(text);
          expect(reading.ok).toBe(dateFormat(text));
          if (reading.ok) {
            expect(formatInstant(reading.ms)).toBe(`${text}T00:00:00Z`);
          } else expect(reading.problem).toMatch(/\w/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('timestampOrInputError', () => {
  it('names the field, the file and the position of a time that names no instant', () => {
    expect(timestampOrInputError('2026-11-30T23:59:60Z', 'expires')).toBe(
      Date.parse('2026-12-01T00:00:00Z'),
    );
    let error: unknown;
    try {
      timestampOrInputError('2026-01-01T24:59:30+01:00', 'created', 'exceptions/x.yml', {
        line: 14,
        column: 10,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toLine()).toBe(
      'exceptions/x.yml:14:10: created "2026-01-01T24:59:30+01:00" is not a usable time: hour 24 is out of range (00-23)',
    );
  });
});
