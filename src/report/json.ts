/** The JSON report of design.md: tool, status, checks, and the flat findings list. */
import type { Report } from './model.js';

export function renderJson(report: Report): string {
  const { tool, status, checks, findings } = report;
  return `${stringifyRecords({ tool, status, checks, findings })}\n`;
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
  write(toJsonValue(value, ''), '', parts, new Set());
  return parts.join('');
}

/** Write `json`, a value `toJSON` has already been applied to (as JSON.stringify applies it once). */
function write(
  json: unknown,
  indent: string,
  parts: string[],
  /** The containers being written around this one: a cycle fails as JSON.stringify's does. */
  open: Set<object>,
): void {
  if (json === null || typeof json !== 'object' || isFlat(json)) {
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
      write(toJsonValue(json[index], String(index)), inner, parts, open);
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
    write(item, inner, parts, open);
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
