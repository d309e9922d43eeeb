/**
 * The run-window grammar of automation-policy.v1 (docs/validate.md#run-windows):
 *
 *   window = days ":" time "-" time [ "@" zone ]
 *   days   = "daily" | "weekday" | "weekend" | item *( "," item )
 *   item   = day [ "-" day ]            ; a range, which may wrap: fri-mon
 *   day    = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
 *   time   = HH ":" MM                  ; 00:00 … 23:59; the end may also be 24:00
 *   zone   = "UTC" | ( "+" | "-" ) HH ":" MM | IANA name such as Europe/Berlin   ; default UTC
 *
 * A window opens on each listed day at its start and closes at its end; an end before the start
 * closes on the next day (`daily:22:00-06:00`). A start equal to the end is an error (empty window),
 * as are a day listed twice and a time zone the runtime does not know.
 */

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MINUTES_PER_DAY = 24 * 60;

export interface RunWindow {
  /** Days the window opens on, 0 = Sunday … 6 = Saturday. */
  days: ReadonlySet<number>;
  /** Minutes after local midnight, 0 … 1439. */
  start: number;
  /** Minutes after local midnight, 0 … 1440; below `start` means the next day (00:00 = midnight). */
  end: number;
  /** `UTC`, a fixed offset in minutes, or an IANA zone name. */
  zone: { kind: 'utc' } | { kind: 'offset'; minutes: number } | { kind: 'iana'; name: string };
}

export type ParsedWindow = { window: RunWindow } | { error: string };

const WINDOW = /^([a-z,-]+):(\d{2}):(\d{2})-(\d{2}):(\d{2})(?:@(.+))?$/;

export function parseRunWindow(text: string): ParsedWindow {
  const match = WINDOW.exec(text);
  if (!match) {
    return { error: 'not `<days>:<HH:MM>-<HH:MM>[@<zone>]` (e.g. `weekday:09:00-18:00`)' };
  }
  const [, daysText, startH, startM, endH, endM, zoneText] = match as unknown as string[];
  const days = parseDays(daysText!);
  if ('error' in days) return days;
  const start = minutesOf(startH!, startM!, false);
  if (typeof start === 'string') return { error: `start ${start}` };
  const end = minutesOf(endH!, endM!, true);
  if (typeof end === 'string') return { error: `end ${end}` };
  if (start === end) return { error: 'start and end are the same time: the window is empty' };
  const zone = parseZone(zoneText);
  if ('error' in zone) return zone;
  return { window: { days: days.days, start, end, zone: zone.zone } };
}

function parseDays(text: string): { days: Set<number> } | { error: string } {
  if (text === 'daily') return { days: new Set([0, 1, 2, 3, 4, 5, 6]) };
  if (text === 'weekday') return { days: new Set([1, 2, 3, 4, 5]) };
  if (text === 'weekend') return { days: new Set([0, 6]) };
  const days = new Set<number>();
  for (const item of text.split(',')) {
    const bounds = item.split('-');
    if (bounds.length > 2 || bounds.some((b) => b === ''))
      return { error: `\`${item}\` is not a day or a day range` };
    const indexes = bounds.map((b) => DAYS.indexOf(b as (typeof DAYS)[number]));
    const unknown = bounds.find((_, i) => indexes[i] === -1);
    if (unknown !== undefined) {
      return {
        error: `unknown day \`${unknown}\` (days: daily, weekday, weekend, mon, tue, wed, thu, fri, sat, sun)`,
      };
    }
    const [from, to = from] = indexes as [number, number?];
    for (let day = from; ; day = (day + 1) % 7) {
      if (days.has(day)) return { error: `day \`${DAYS[day]}\` is listed twice` };
      days.add(day);
      if (day === to) break;
    }
  }
  return { days };
}

function minutesOf(hours: string, minutes: string, isEnd: boolean): number | string {
  const h = Number(hours);
  const m = Number(minutes);
  if (isEnd && h === 24 && m === 0) return MINUTES_PER_DAY;
  if (h > 23) return `hour ${hours} is out of range (00-23${isEnd ? ', or 24:00' : ''})`;
  if (m > 59) return `minute ${minutes} is out of range (00-59)`;
  return h * 60 + m;
}

function parseZone(text: string | undefined): { zone: RunWindow['zone'] } | { error: string } {
  if (text === undefined || text === 'UTC') return { zone: { kind: 'utc' } };
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3]);
    if (Number(offset[3]) > 59 || minutes > 14 * 60)
      return { error: `offset \`${text}\` is out of range (-14:00 … +14:00)` };
    if (minutes === 0) return { zone: { kind: 'utc' } };
    return { zone: { kind: 'offset', minutes: offset[1] === '-' ? -minutes : minutes } };
  }
  if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(text) || !isKnownTimeZone(text)) {
    return {
      error: `time zone \`${text}\` is not known (use UTC, an offset such as +01:00, or an IANA name such as Europe/Berlin)`,
    };
  }
  return { zone: { kind: 'iana', name: text } };
}

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Local day of week (0 = Sunday) and minute of day of an instant in a window's zone. */
export function localTime(instant: Date, zone: RunWindow['zone']): { day: number; minute: number } {
  if (zone.kind !== 'iana') {
    const shifted = new Date(
      instant.getTime() + (zone.kind === 'offset' ? zone.minutes : 0) * 60_000,
    );
    return {
      day: shifted.getUTCDay(),
      minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone.name,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAYS.indexOf(part('weekday').toLowerCase().slice(0, 3) as (typeof DAYS)[number]);
  return { day, minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** Whether the window is open at an instant. */
export function windowAllows(window: RunWindow, instant: Date): boolean {
  const { day, minute } = localTime(instant, window.zone);
  if (window.end > window.start)
    return window.days.has(day) && minute >= window.start && minute < window.end;
  // Overnight: opened today after the start, or opened yesterday and not yet closed.
  const yesterday = (day + 6) % 7;
  return (
    (window.days.has(day) && minute >= window.start) ||
    (window.days.has(yesterday) && minute < window.end)
  );
}

/** A window in one canonical spelling, to spot the same window written twice. */
export function canonicalWindow(window: RunWindow): string {
  const zone =
    window.zone.kind === 'utc'
      ? 'UTC'
      : window.zone.kind === 'offset'
        ? `${window.zone.minutes}`
        : window.zone.name;
  return `${[...window.days].sort().join(',')}:${window.start}-${window.end}@${zone}`;
}
