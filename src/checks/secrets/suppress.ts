/**
 * Suppression by content, never by line: the ignore file (`.pipeguard/secrets-ignore`, YAML:
 * fingerprint + reason + optional expiry) and the baseline (`--write-baseline` / `--baseline`,
 * JSON, sorted, no timestamps or line numbers, so it does not churn). Suppressed findings stay in
 * the report with `suppressed` set; expired and unused entries become findings of their own.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintOf, type Finding } from '../../report/model.js';
import type { SourceDocument } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';
import { compareUtf8 } from '../../util/order.js';
import { decodeUtf8 } from '../../util/text.js';
import { writeFileAtomic } from '../../util/fs.js';
import { readDate } from '../../util/time.js';
import { CHECK } from './findings.js';

export interface IgnoreEntry {
  fingerprint: string;
  reason: string;
  /** YYYY-MM-DD: the entry stops suppressing at the start of that day (UTC). */
  expires?: string;
  rule?: string;
  file?: string;
  /** Where the entry is written, for findings about it. */
  line: number;
}

const FINGERPRINT = /^[0-9a-f]{32}$/;
const ENTRY_KEYS = new Set(['fingerprint', 'reason', 'expires', 'rule', 'file']);

/** Read and validate the ignore file; a missing default file is an empty list. */
export async function loadIgnoreFile(
  absolute: string,
  display: string,
  required: boolean,
): Promise<IgnoreEntry[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return [];
    throw new InputError(
      `cannot read the secrets ignore file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      display,
    );
  }
  return parseIgnoreFile(decodeUtf8(bytes, display), display);
}

/**
 * The YAML parser and the document helpers (about 400 KB of bundle) load only when there is an
 * ignore file or a baseline to read, not on every scan: measured ~10 ms of a `--diff` run.
 */
const documents = (): Promise<typeof import('../../schema/document.js')> =>
  import('../../schema/document.js');

export async function parseIgnoreFile(text: string, display: string): Promise<IgnoreEntry[]> {
  const docs = (await documents()).parseDocuments(text, display, 'yaml');
  if (docs.length === 0 || (docs.length === 1 && docs[0]!.value == null)) return [];
  if (docs.length > 1)
    throw new InputError('expected one YAML document', display, docs[1]!.locate('').line);
  const doc = docs[0]!;
  let list: unknown = doc.value;
  let base = '';
  if (isRecord(list)) {
    for (const key of Object.keys(list)) {
      if (key !== 'ignores' && key !== 'version')
        fail(doc, '', `unknown key "${key}" (expected "version" and "ignores")`, key);
    }
    if (list.version !== undefined && list.version !== 1)
      fail(doc, '/version', 'version must be 1');
    list = list.ignores ?? [];
    base = '/ignores';
  }
  if (!Array.isArray(list))
    fail(doc, base, 'expected a list of entries (fingerprint, reason, optional expires)');
  const seen = new Map<string, number>();
  return (list as unknown[]).map((raw, index) => {
    const at = `${base}/${index}`;
    if (!isRecord(raw)) fail(doc, at, 'each entry must be a mapping with fingerprint and reason');
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry))
      if (!ENTRY_KEYS.has(key)) fail(doc, at, `unknown key "${key}"`, key);
    const { fingerprint, reason, expires, rule, file } = entry;
    if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) {
      fail(doc, `${at}/fingerprint`, 'fingerprint must be the 32 hex characters pipeguard reports');
    }
    if (typeof reason !== 'string' || reason.trim() === '')
      fail(doc, `${at}/reason`, 'every entry needs a reason');
    if (expires !== undefined) {
      const day = typeof expires === 'string' ? readDate(expires) : undefined;
      if (!day?.ok) {
        fail(
          doc,
          `${at}/expires`,
          `expires must be a date written YYYY-MM-DD${day ? ` (${expires}: ${day.problem})` : ''}`,
        );
      }
    }
    for (const [name, value] of [
      ['rule', rule],
      ['file', file],
    ] as const) {
      if (value !== undefined && typeof value !== 'string')
        fail(doc, `${at}/${name}`, `${name} must be a string`);
    }
    const line = doc.locate(at).line;
    const previous = seen.get(fingerprint as string);
    if (previous !== undefined)
      fail(doc, `${at}/fingerprint`, `duplicate fingerprint (first listed on line ${previous})`);
    seen.set(fingerprint as string, line);
    return {
      fingerprint: fingerprint as string,
      reason: (reason as string).trim(),
      ...(expires ? { expires: expires as string } : {}),
      ...(rule ? { rule: rule as string } : {}),
      ...(file ? { file: file as string } : {}),
      line,
    };
  });
}

function fail(doc: SourceDocument, pointer: string, message: string, key?: string): never {
  const where = doc.locate(pointer, key);
  throw new InputError(message, doc.file, where.line, where.column);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isExpired(entry: IgnoreEntry, now: Date): boolean {
  if (entry.expires === undefined) return false;
  const day = readDate(entry.expires);
  // Entries are checked when read; one that still names no day no longer suppresses anything.
  return !day.ok || day.ms <= now.getTime();
}

export interface Baseline {
  fingerprints: Set<string>;
  /** The raw document, so rewriting keeps fields users added. */
  raw: BaselineFile;
}

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  [extra: string]: unknown;
}

export interface BaselineFile {
  version: 1;
  tool: 'pipeguard';
  check: 'secrets';
  findings: BaselineEntry[];
  [extra: string]: unknown;
}

export async function loadBaseline(absolute: string, display: string): Promise<Baseline> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw new InputError(
      `cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      display,
    );
  }
  const docs = (await documents()).parseDocuments(decodeUtf8(bytes, display), display, 'json');
  const doc = docs[0];
  const value = doc?.value;
  if (!doc || !isRecord(value) || value.version !== 1 || !Array.isArray(value.findings)) {
    throw new InputError(
      'not a pipeguard secrets baseline (expected {"version": 1, "findings": [...]})',
      display,
      1,
    );
  }
  const fingerprints = new Set<string>();
  value.findings.forEach((entry, index) => {
    if (
      !isRecord(entry) ||
      typeof entry.fingerprint !== 'string' ||
      !FINGERPRINT.test(entry.fingerprint)
    ) {
      fail(doc, `/findings/${index}`, 'each baseline entry needs a 32-hex fingerprint');
    }
    fingerprints.add(entry.fingerprint as string);
  });
  return { fingerprints, raw: value as BaselineFile };
}

/**
 * Write the baseline of the given findings: one entry per fingerprint, sorted, no line numbers
 * or timestamps. Fields a user added to entries that are still present, and top-level fields,
 * are kept.
 */
export async function writeBaseline(
  absolute: string,
  findings: Finding[],
  previous?: BaselineFile,
): Promise<number> {
  const kept = new Map((previous?.findings ?? []).map((e) => [e.fingerprint, e]));
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (
      f.rule.startsWith('ignore-') ||
      f.rule.startsWith('baseline-') ||
      f.rule.startsWith('scan-')
    )
      continue;
    if (entries.has(f.fingerprint)) continue;
    entries.set(f.fingerprint, {
      ...(kept.get(f.fingerprint) ?? {}),
      fingerprint: f.fingerprint,
      rule: f.rule,
      file: f.file ?? '',
    });
  }
  const sorted = [...entries.values()].sort(
    (a, b) =>
      compareUtf8(a.file, b.file) ||
      compareUtf8(a.rule, b.rule) ||
      compareUtf8(a.fingerprint, b.fingerprint),
  );
  const doc: BaselineFile = {
    ...(previous ?? {}),
    version: 1,
    tool: 'pipeguard',
    check: 'secrets',
    findings: sorted,
  };
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFileAtomic(absolute, `${JSON.stringify(doc, null, 2)}\n`);
  return sorted.length;
}

/** Findings about the ignore file and baseline themselves: expired and unused entries. */
export function entryFinding(
  rule: 'ignore-expired' | 'ignore-unused' | 'baseline-unused',
  file: string,
  line: number | undefined,
  fingerprint: string,
  message: string,
): Finding {
  return {
    check: CHECK,
    rule,
    severity: rule === 'ignore-expired' ? 'medium' : 'low',
    message,
    file,
    ...(line !== undefined ? { line } : {}),
    fingerprint: fingerprintOf(CHECK, rule, file, fingerprint),
    remedy:
      rule === 'ignore-expired'
        ? 'Rotate the secret and remove it, or renew the entry with a new expiry and reason.'
        : 'Remove the entry: nothing it covers is found any more.',
  };
}
