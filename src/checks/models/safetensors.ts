/**
 * safetensors headers: an 8-byte little-endian header length (bounded like the reference
 * implementation's 100 MB), a JSON object of tensors `{dtype, shape, data_offsets: [begin, end]}`
 * plus an optional `__metadata__` map of strings, then the data. Each tensor must use a known
 * dtype, its byte length must equal shape × dtype size, and the tensors must tile the data
 * region exactly: inside the file, no overlaps, no gaps. The data itself is never read.
 */
import type { ByteSource } from './source.js';

/** The reference implementation's MAX_HEADER_SIZE. */
export const MAX_SAFETENSORS_HEADER = 100_000_000;

/** dtype → size in bits (safetensors' Dtype enum, sub-byte float formats included). */
export const SAFETENSORS_DTYPE_BITS: Record<string, number> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
};

export interface SafetensorsReport {
  headerLength: number;
  tensors: number;
  problems: string[];
}

export function checkSafetensors(source: ByteSource): SafetensorsReport {
  const problems: string[] = [];
  const report = (headerLength: number, tensors: number): SafetensorsReport => ({
    headerLength,
    tensors,
    problems,
  });
  const prefix = source.read(0, 8);
  if (prefix.length < 8) {
    problems.push('shorter than the 8-byte header length');
    return report(0, 0);
  }
  const view = new DataView(prefix.buffer, prefix.byteOffset, 8);
  const length64 = view.getBigUint64(0, true);
  if (length64 > BigInt(MAX_SAFETENSORS_HEADER)) {
    problems.push(`header length ${length64} exceeds ${MAX_SAFETENSORS_HEADER} bytes`);
    return report(0, 0);
  }
  const headerLength = Number(length64);
  if (8 + headerLength > source.size) {
    problems.push(
      `header length ${headerLength} runs past the end of the file (${source.size} bytes)`,
    );
    return report(headerLength, 0);
  }
  const bytes = source.read(8, headerLength);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    problems.push(`header is not UTF-8 JSON (${(error as Error).message.slice(0, 120)})`);
    return report(headerLength, 0);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    problems.push('header is not a JSON object');
    return report(headerLength, 0);
  }
  const dataLength = source.size - 8 - headerLength;
  const spans: Array<{ name: string; begin: number; end: number }> = [];
  for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      const okMeta =
        typeof raw === 'object' &&
        raw !== null &&
        !Array.isArray(raw) &&
        Object.values(raw).every((v) => typeof v === 'string');
      if (!okMeta) problems.push('__metadata__ must map strings to strings');
      continue;
    }
    const label = JSON.stringify(name.slice(0, 200));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`tensor ${label} is not an object`);
      continue;
    }
    const info = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const extra = Object.keys(info).filter((k) => !['dtype', 'shape', 'data_offsets'].includes(k));
    if (extra.length)
      problems.push(`tensor ${label} has unknown field(s) ${extra.slice(0, 5).join(', ')}`);
    const bits = typeof info.dtype === 'string' ? SAFETENSORS_DTYPE_BITS[info.dtype] : undefined;
    if (bits === undefined)
      problems.push(`tensor ${label} has an unknown dtype ${JSON.stringify(info.dtype)}`);
    const shapeOk =
      Array.isArray(info.shape) &&
      info.shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0);
    if (!shapeOk)
      problems.push(`tensor ${label} has a shape that is not a list of non-negative integers`);
    const offsets = info.data_offsets;
    const offsetsOk =
      Array.isArray(offsets) &&
      offsets.length === 2 &&
      offsets.every((o) => Number.isSafeInteger(o) && (o as number) >= 0) &&
      (offsets[0] as number) <= (offsets[1] as number);
    if (!offsetsOk) {
      problems.push(`tensor ${label} has data_offsets that are not [begin, end] with begin ≤ end`);
      continue;
    }
    const [begin, end] = offsets as [number, number];
    if (end > dataLength)
      problems.push(`tensor ${label} ends at ${end}, past the data region (${dataLength} bytes)`);
    if (bits !== undefined && shapeOk) {
      const elements = (info.shape as number[]).reduce((a, b) => a * b, 1);
      const totalBits = elements * bits;
      if (!Number.isSafeInteger(totalBits) || totalBits % 8 !== 0) {
        problems.push(`tensor ${label}: shape × dtype size is not a whole number of bytes`);
      } else if (totalBits / 8 !== end - begin) {
        problems.push(
          `tensor ${label}: shape × dtype size is ${totalBits / 8} bytes but data_offsets span ${end - begin}`,
        );
      }
    }
    spans.push({ name: label, begin, end });
    if (problems.length > 100) break;
  }
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const span of spans) {
    if (span.begin < cursor) problems.push(`tensor ${span.name} overlaps the tensor before it`);
    else if (span.begin > cursor)
      problems.push(`a gap of ${span.begin - cursor} unaccounted bytes before tensor ${span.name}`);
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < dataLength)
    problems.push(`${dataLength - cursor} bytes after the last tensor belong to none`);
  return report(headerLength, spans.length);
}
