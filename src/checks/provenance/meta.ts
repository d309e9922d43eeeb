/**
 * meta.json: pipeguard's run metadata (schemas/run-meta.v1.schema.json). Stamping merges facts into
 * the file the pipeline already wrote: every key pipeguard does not own is kept as it was, key
 * order included; the result is validated before it is written atomically.
 */
import { parseDocuments, type SourceDocument } from '../../schema/document.js';
import { locateErrors, validatorFor } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import { decodeUtf8 } from '../../util/text.js';
import { writeFileAtomic } from '../../util/fs.js';
import { readOptionalInput } from './inputs.js';

export const RUN_META_SCHEMA_ID = 'https://pipeguard.dev/schemas/run-meta.v1.schema.json';
export const META_FILE_NAME = 'meta.json';

export type RunMeta = Record<string, unknown>;

export interface LoadedMeta {
  value: RunMeta;
  bytes: Buffer;
  doc: SourceDocument;
}

/**
 * The existing meta.json (inside the root: never through a symlink out of it), or undefined when
 * there is none. Not an object → InputError.
 */
export async function readMeta(root: string, file: string): Promise<LoadedMeta | undefined> {
  const input = await readOptionalInput(root, file, 'meta.json');
  if (!input) return undefined;
  const { bytes, shown } = input;
  const docs = parseDocuments(decodeUtf8(bytes, shown), shown, 'json');
  const doc = docs[0];
  if (!doc || typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
    throw new InputError('meta.json must hold a JSON object', shown, 1, 1);
  }
  return { value: doc.value as RunMeta, bytes, doc };
}

/**
 * `stamped` over `existing`: stamped keys replace (they are facts measured now), all other keys
 * stay. Keys the stamp leaves undefined keep the existing value (e.g. a dataset the pipeline wrote).
 */
export function mergeMeta(existing: RunMeta, stamped: RunMeta): RunMeta {
  // A `$schema` pipeguard adds goes first, where editors and readers look for it.
  const out: RunMeta = {
    ...(existing.$schema === undefined && stamped.$schema !== undefined
      ? { $schema: stamped.$schema }
      : {}),
    ...existing,
  };
  for (const [key, value] of Object.entries(stamped)) if (value !== undefined) out[key] = value;
  return out;
}

/** Schema problems of a meta object, each located in `doc` when given. */
export function metaProblems(
  value: RunMeta,
  doc?: SourceDocument,
): Array<{ message: string; line?: number; column?: number }> {
  const validate = validatorFor(RUN_META_SCHEMA_ID);
  if (!validate) throw new Error('the run-meta schema is not registered');
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  if (doc) return locateErrors(doc, errors).map((e) => ({ message: e.message, ...e.position }));
  return errors.map((e) => ({
    message: `${e.instancePath || 'meta.json'} ${e.message ?? 'is invalid'}`,
  }));
}

/** Serialised as pipelines write JSON: two-space indent, trailing newline. */
export function serializeMeta(value: RunMeta): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeMeta(file: string, shown: string, value: RunMeta): Promise<string> {
  const problems = metaProblems(value);
  if (problems.length > 0) {
    // A user key of the wrong type (e.g. `dataset: 5`) would make the stamped file invalid.
    throw new InputError(
      `stamped metadata would not validate: ${problems.map((p) => p.message).join('; ')}`,
      shown,
    );
  }
  const text = serializeMeta(value);
  await writeFileAtomic(file, text);
  return text;
}
