/**
 * The policy documents in force for a run (seed 000: "policy settings are captured in run
 * metadata"): each recorded with its path, digest, policy_id and settings, so the run can be
 * replayed and audited against exactly the rules it ran under.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatOf, parseDocuments } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';
import { readInput } from './inputs.js';
import { decodeUtf8 } from '../../util/text.js';

export interface PolicyRecord {
  file: string;
  sha256: string;
  policy_id?: string;
  schema_version?: string;
  settings: Record<string, unknown>;
}

/** Files in the run directory itself that are taken as its policies. */
const RUN_POLICY_NAME = /(^|[-_.])policy\.(json|ya?ml)$/i;
const MAX_POLICY_BYTES = 1024 * 1024;

/** Explicit policy files (root-relative) plus `*policy.{json,yaml,yml}` found in the run directory. */
export async function collectPolicies(
  root: string,
  runDirAbs: string,
  explicit: string[],
): Promise<PolicyRecord[]> {
  const files = new Set<string>();
  for (const p of explicit) files.add(path.resolve(root, p));
  for (const entry of await readdir(runDirAbs, { withFileTypes: true })) {
    // Symlinks too: one leading out of the root is refused when read, never silently skipped.
    if ((entry.isFile() || entry.isSymbolicLink()) && RUN_POLICY_NAME.test(entry.name))
      files.add(path.join(runDirAbs, entry.name));
  }
  const records: PolicyRecord[] = [];
  for (const file of [...files].sort()) records.push(await readPolicy(root, file));
  return records;
}

async function readPolicy(root: string, file: string): Promise<PolicyRecord> {
  const format = formatOf(file);
  const { bytes, shown } = await readInput(root, file, 'policy file', {
    maxBytes: MAX_POLICY_BYTES,
  });
  if (format !== 'json' && format !== 'yaml') {
    throw new InputError('a policy must be a .json, .yaml or .yml document', shown);
  }
  const docs = parseDocuments(decodeUtf8(bytes, shown), shown, format);
  if (docs.length !== 1)
    throw new InputError('a policy file must hold exactly one document', shown);
  const value = docs[0]!.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('a policy must be a mapping of settings', shown, 1, 1);
  }
  const { policy_id: id, schema_version: version, ...rest } = value as Record<string, unknown>;
  const settings = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== '$schema'));
  return {
    file: shown,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(typeof id === 'string' && id ? { policy_id: id } : {}),
    ...(typeof version === 'string' || typeof version === 'number'
      ? { schema_version: String(version) }
      : {}),
    settings,
  };
}
