/**
 * The one reader of user timestamps. It reads exactly the strings the schemas' `date-time` format
 * accepts (RFC 3339 as ajv-formats checks it: `T`, `t` or one whitespace between date and time,
 * `Z` or a `±HH[[:]MM]` offset) into epoch milliseconds, and never answers NaN: a string that names
 * no instant is refused with the reason, for the caller to turn into an input error or a finding.
 *
 * Leap seconds: POSIX time has none, so `23:59:60` (UTC, after the offset) is read as the second
 * after `23:59:59`, i.e. the next day's `00:00:00`, fractions carried. Second 60 anywhere else,
 * hour 24 or minute 60 (which the format lets through behind some offsets) are refused.
 * Fractions beyond milliseconds are truncated, as Date.parse does. Date.parse itself is not used:
 * it returns NaN for leap seconds and rolls 2026-02-30 over into March.
 */
import { InputError } from './errors.js';

export type TimeReading =
  { ok: true; ms: number; leapSecond: boolean } | { ok: false; problem: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The separator set of ajv-formats' date-time (`/t|\s/i`), exactly one character.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;
const LAST_MINUTE_OF_DAY = 23 * 60 + 59;

/** RFC 3339 date-time → epoch milliseconds, or why the string names no instant. */
export function readTimestamp(text: string): TimeReading {
  const match = DATE_TIME.exec(text);
  if (!match) return refuse('not an RFC 3339 date-time such as 2026-06-01T10:00:00Z');
  const [, dateText, hh, mm, ss, fraction = '', zone] = match as unknown as string[];
  const day = readDate(dateText!);
  if (!day.ok) return day;
  if (zone === undefined)
    return refuse('has no time zone: end it with Z or an offset such as +01:00');
  const [hour, minute, second] = [Number(hh), Number(mm), Number(ss)];
  const offset = offsetMinutes(zone);
  if (offset === undefined)
    return refuse(`time zone offset ${zone} is out of range (-23:59 … +23:59)`);
  if (hour > 23) return refuse(`hour ${hh} is out of range (00-23)`);
  if (minute > 59) return refuse(`minute ${mm} is out of range (00-59)`);
  if (second > 60) return refuse(`second ${ss} is out of range (00-59, or 60 for a leap second)`);
  const leapSecond = second === 60;
  if (leapSecond) {
    const utcMinute = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
    if (utcMinute !== LAST_MINUTE_OF_DAY)
      return refuse('second 60 is a leap second, which exists only at 23:59:60 UTC');
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  // Second 60 adds up to the next minute's 00: the leap second is read as the second after it.
  const ms = day.ms + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
  return { ok: true, ms, leapSecond };
}

/** A full date `YYYY-MM-DD` that exists in the calendar → epoch milliseconds of its UTC midnight. */
export function readDate(text: string): TimeReading {
  const match = DATE.exec(text);
  if (!match) return refuse('not a date written YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return refuse(`month ${match[2]} is out of range (01-12)`);
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > last)
    return refuse(`day ${match[3]} does not exist in ${match[1]}-${match[2]} (01-${last})`);
  return { ok: true, ms: daysFromCivil(year, month, day) * MS_PER_DAY, leapSecond: false };
}

/**
 * Read a timestamp from an input file or option, or throw the one-line input error that names
 * where it came from (`created: "…" names no instant: hour 24 is out of range`).
 */
export function timestampOrInputError(
  text: string,
  field: string,
  file?: string,
  position?: { line: number; column?: number },
): number {
  const reading = readTimestamp(text);
  if (reading.ok) return reading.ms;
  throw new InputError(
    `${field} ${JSON.stringify(text)} is not a usable time: ${reading.problem}`,
    file,
    position?.line,
    position?.column,
  );
}

/** `2026-12-01T00:00:00Z`: an instant in UTC, milliseconds only when there are some. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function refuse(problem: string): TimeReading {
  return { ok: false, problem };
}

/** `Z` → 0, `+01:00` / `+0100` / `+01` → 60; undefined when the offset is out of range. */
function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const match = OFFSET.exec(zone)!;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
