/**
 * Every file the gate decides on is read once through here: inside the root, size-capped, its
 * sha256 recorded (audit records and --replay re-derive the decision from these digests), and
 * structured documents parsed with positions and checked against their shipped schema.
 */
import { readFile, stat } from 'node:fs/promises';
import { formatOf, parseDocuments, type SourceDocument } from '../../schema/document.js';
import { schemaInputError, validatorFor } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import { decodeUtf8 } from '../../util/text.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import type { InputDigest } from '../../report/model.js';
import { compareUtf8 } from '../../util/order.js';
import { sha256Hex } from '../../util/sha256.js';

export const EVAL_POLICY_SCHEMA = 'https://pipeguard.dev/schemas/eval-policy.v1.schema.json';
export const EVAL_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/eval-exception.v1.schema.json';

/** JUnit reports with captured output can be large; nothing the gate reads is larger than this. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface InputFile {
  /** Root-relative, `/`-separated: how reports and audit records name it. */
  name: string;
  absolute: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Read a file given relative to the root (never outside it), refusing one larger than `maxBytes`
 * before reading it. Unreadable → InputError (exit 2).
 */
export async function readInput(
  root: string,
  userPath: string,
  what: string,
  maxBytes = MAX_INPUT_BYTES,
): Promise<InputFile> {
  const absolute = resolveInsideRoot(root, userPath);
  const name = relativeToRoot(root, absolute);
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new InputError(`${what} is not a regular file`, name);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `${what} not found` : `${what} cannot be read (${code})`,
      name,
    );
  }
  if (size > maxBytes) throw new InputError(`${what} is larger than ${sizeText(maxBytes)}`, name);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw new InputError(`${what} cannot be read (${(error as NodeJS.ErrnoException).code})`, name);
  }
  return { name, absolute, bytes, sha256: sha256Hex(bytes) };
}

function sizeText(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}

export function digestOf(input: InputFile): InputDigest {
  return { name: input.name, sha256: input.sha256 };
}

/** Decode UTF-8 strictly: a document with invalid bytes is refused, not silently repaired. */
export function utf8(input: InputFile): string {
  return decodeUtf8(input.bytes, input.name);
}

/** One JSON or YAML document (by extension; YAML otherwise), optionally schema-checked. */
export function parseSingleDocument(
  input: InputFile,
  what: string,
  schemaId?: string,
): SourceDocument {
  const format = formatOf(input.name) ?? 'yaml';
  if (format === 'jsonl')
    throw new InputError(`${what} must be JSON or YAML, not JSON Lines`, input.name);
  const docs = parseDocuments(utf8(input), input.name, format);
  if (docs.length !== 1) {
    throw new InputError(
      docs.length === 0 ? `${what} is empty` : `${what} holds more than one document`,
      input.name,
    );
  }
  const doc = docs[0]!;
  if (schemaId) {
    const validate = validatorFor(schemaId);
    if (!validate) throw new Error(`internal: schema ${schemaId} is not registered`);
    if (!validate(doc.value)) {
      throw (
        schemaInputError(doc, validate.errors ?? [], input.name) ??
        new InputError('does not match its schema', input.name)
      );
    }
  }
  return doc;
}

/**
 * Everything read for one decision, keyed by the context it was read under: each file is read
 * once (so what was hashed is what was judged), and the gate lists them all in the audit record.
 * Other parts (approval sources) record what they read the same way.
 */
const readsByContext = new WeakMap<object, Map<string, InputFile>>();

export async function readRecorded(
  ctx: { root: string },
  userPath: string,
  what: string,
  maxBytes = MAX_INPUT_BYTES,
): Promise<InputFile> {
  let reads = readsByContext.get(ctx);
  if (!reads) readsByContext.set(ctx, (reads = new Map()));
  const name = relativeToRoot(ctx.root, resolveInsideRoot(ctx.root, userPath));
  const known = reads.get(name);
  if (known) return known;
  const input = await readInput(ctx.root, userPath, what, maxBytes);
  reads.set(input.name, input);
  return input;
}

/**
 * Record bytes that are not a file under the root (e.g. the PR reviews an approval rested on).
 * The name must be `scheme:…` (`github:pr-reviews#12`): replay takes such evidence from the record.
 */
export function recordInput(ctx: object, name: string, bytes: Buffer): InputFile {
  if (!/^[a-z][a-z0-9+.-]*:/.test(name))
    throw new Error(`internal: evidence name ${name} must be scheme:…`);
  let reads = readsByContext.get(ctx);
  if (!reads) readsByContext.set(ctx, (reads = new Map()));
  const input = { name, absolute: '', bytes, sha256: sha256Hex(bytes) };
  reads.set(name, input);
  return input;
}

export function recordedInputs(ctx: object): InputFile[] {
  return [...(readsByContext.get(ctx)?.values() ?? [])].sort((a, b) => compareUtf8(a.name, b.name));
}
