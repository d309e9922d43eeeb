/** The JSON report of design.md: tool, status, checks, and the flat findings list. */
import type { Report } from './model.js';

/**
 * The report as UTF-8 bytes, each part encoded as it is written: joining the parts first made one
 * string of the whole report, two bytes per character once any part holds a non-Latin-1 character
 * (every masked value's `…`), which then had to be measured and encoded again (bench/secrets:
 * 4,848 findings, 4.1 MB, 87 ms to render and write; 40 ms this way).
 */
export function renderJson(report: Report): Buffer {
  const { tool, status, checks, findings } = report;
  const out = new Utf8Sink();
  write(toJsonValue({ tool, status, checks, findings }, ''), '', out, new Set(), new Map());
  out.push('\n');
  return out.bytes();
}

/**
 * JSON indented by two spaces, except that an object or array holding no object or array (a
 * finding, the tool block) is one line: a report of thousands of findings reads, greps and diffs as
 * one finding per line, and renders at the speed of compact `JSON.stringify` (bench/secrets: 4,848
 * findings, listed twice, took 0.19 s through the indenting path). Same value as `JSON.stringify`
 * gives: `toJSON` applies, `undefined` and functions are left out of objects and null in arrays.
 */
export function stringifyRecords(value: unknown): string {
  const parts: string[] = [];
  write(toJsonValue(value, ''), '', parts, new Set(), new Map());
  return parts.join('');
}

/** Where `write` puts its parts: an array to join, or a sink that encodes them. */
interface Parts {
  push(...parts: string[]): void;
}

/** UTF-8 bytes of the strings pushed, in one buffer that doubles when it must grow. */
class Utf8Sink implements Parts {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;

  push(...parts: string[]): void {
    for (const part of parts) {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8.
      const needed = this.length + part.length * 3;
      if (needed > this.buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
        this.buffer.copy(grown, 0, 0, this.length);
        this.buffer = grown;
      }
      this.length += this.buffer.write(part, this.length);
    }
  }

  /** What was written (never the unwritten rest of the buffer). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** Write `json`, a value `toJSON` has already been applied to (as JSON.stringify applies it once). */
function write(
  json: unknown,
  indent: string,
  parts: Parts,
  /** The containers being written around this one: a cycle fails as JSON.stringify's does. */
  open: Set<object>,
  /**
   * Flat containers already written, with their text: a report lists each finding twice (in its
   * check and in the report's own list), the same object both times.
   */
  written: Map<object, string>,
): void {
  if (json !== null && typeof json === 'object') {
    const known = written.get(json);
    if (known !== undefined) {
      parts.push(known);
      return;
    }
    if (isFlat(json)) {
      const text = JSON.stringify(json);
      written.set(json, text);
      parts.push(text);
      return;
    }
  } else {
    parts.push(JSON.stringify(json) ?? 'null');
    return;
  }
  if (open.has(json)) throw new TypeError('Converting circular structure to JSON');
  open.add(json);
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    parts.push('[');
    // Indexes, not forEach: a hole is null, as JSON.stringify writes it.
    for (let index = 0; index < json.length; index++) {
      parts.push(index === 0 ? '\n' : ',\n', inner);
      write(toJsonValue(json[index], String(index)), inner, parts, open, written);
    }
    parts.push(`\n${indent}]`);
    open.delete(json);
    return;
  }
  const record = json as Record<string, unknown>;
  let first = true;
  parts.push('{');
  for (const name of Object.keys(record)) {
    const item = toJsonValue(record[name], name);
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    parts.push(first ? '\n' : ',\n', inner, JSON.stringify(name), ': ');
    first = false;
    write(item, inner, parts, open, written);
  }
  parts.push(first ? '}' : `\n${indent}}`);
  open.delete(json);
}

function toJsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (k: string) => unknown).call(value, key) : value;
}

/**
 * Holds no object or array (an empty one counts as flat: `{}` and `[]` are one line anyway), and
 * has no `toJSON` of its own: JSON.stringify would apply that a second time.
 */
function isFlat(container: object): boolean {
  if (typeof (container as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const item of Object.values(container) as unknown[]) {
    if (item !== null && typeof item === 'object') return false;
  }
  return true;
}
