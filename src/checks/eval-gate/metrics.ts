/**
 * Metrics files (JSON or YAML; flat, nested, or lm-evaluation-harness output) and how a policy
 * addresses a value in them: a JSON Pointer (`/results/sst2/acc,none`) or a dotted path
 * (`results.sst2.acc,none`) where each step takes the longest key that fits, so keys holding
 * dots or commas stay addressable. Values must be finite numbers: NaN, "N/A", strings and
 * booleans are refused, never coerced.
 */
import {
  decodePointer,
  parseJson,
  type Position,
  type SourceDocument,
} from '../../schema/document.js';
import { InputError } from '../../util/errors.js';
import { parseSingleDocument, utf8, type InputFile } from './inputs.js';

export interface MetricsSource {
  input: InputFile;
  doc: SourceDocument;
}

export type MetricLookup =
  | { ok: true; value: number; pointer: string; position: Position }
  | { ok: false; problem: string; pointer?: string; position?: Position };

export function metricsSource(input: InputFile, what: string): MetricsSource {
  // JSON (the usual case, often megabytes of lm-eval output, over the documents' size cap) with
  // Python's NaN / Infinity literals read as numbers, so they fail as "not a finite number".
  const doc: SourceDocument = /\.json$/i.test(input.name)
    ? parseJson(utf8(input), input.name, { nonFinite: true })
    : parseSingleDocument(input, what);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError(`${what} must be a JSON/YAML object of metrics`, input.name, 1, 1);
  }
  return { input, doc };
}

/** Resolve an address to the JSON Pointer of the value it names, or undefined when nothing fits. */
export function resolveAddress(root: unknown, address: string): string[] | undefined {
  if (address.startsWith('/')) {
    const segments = decodePointer(address);
    let node = root;
    for (const segment of segments) {
      if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, segment))
        return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
    return segments;
  }
  const segments: string[] = [];
  let node = root;
  let rest = address;
  while (rest !== '') {
    if (!isContainer(node)) return undefined;
    const keys = Object.keys(node);
    // Longest key first: `a.b` beats `a` when both could start the remaining path.
    const key = keys
      .filter((k) => rest === k || rest.startsWith(`${k}.`))
      .sort((x, y) => y.length - x.length)[0];
    if (key === undefined) return undefined;
    segments.push(key);
    node = (node as Record<string, unknown>)[key];
    rest = rest === key ? '' : rest.slice(key.length + 1);
  }
  return segments;
}

export function lookupMetric(source: MetricsSource, address: string): MetricLookup {
  const segments = resolveAddress(source.doc.value, address);
  if (!segments) return { ok: false, problem: `not found at \`${address}\`` };
  const pointer = segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  let value: unknown = source.doc.value;
  for (const s of segments) value = (value as Record<string, unknown>)[s];
  const position = source.doc.locate(pointer);
  if (typeof value !== 'number') {
    return {
      ok: false,
      problem: `\`${address}\` is ${describeNonNumber(value)}, not a number`,
      pointer,
      position,
    };
  }
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      problem: `\`${address}\` is ${String(value)}, not a finite number`,
      pointer,
      position,
    };
  }
  return { ok: true, value, pointer, position };
}

function isContainer(node: unknown): node is Record<string, unknown> | unknown[] {
  return node !== null && typeof node === 'object';
}

function describeNonNumber(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
