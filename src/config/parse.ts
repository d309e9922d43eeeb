/** Parse and validate a config file's text over the embedded defaults (pipeguard-config.v1). */
import { parseDocuments } from '../schema/document.js';
import { SCHEMA_IDS } from '../schema/catalog.js';
import { schemaInputError, validatorFor } from '../schema/registry.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_CONFIG } from './defaults.js';
import type { PipeguardConfig } from './types.js';

export function parseConfig(text: string, label: string): PipeguardConfig {
  const docs = parseDocuments(text, label, 'yaml');
  if (docs.length > 1) throw new InputError('holds more than one YAML document', label);
  const doc = docs[0];
  const value = doc?.value ?? {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('must be a mapping of settings', label, 1, 1);
  }
  const validate = validatorFor(SCHEMA_IDS.config);
  if (!validate) throw new Error('the config schema is not registered');
  if (!validate(value) && doc) {
    const problems = schemaInputError(doc, validate.errors ?? [], label);
    if (problems) throw problems;
  }
  return mergeOverDefaults(value as Partial<PipeguardConfig>);
}

/** User sections override defaults key by key; arrays replace, never concatenate. */
function mergeOverDefaults(user: Partial<PipeguardConfig>): PipeguardConfig {
  const merged = structuredClone(DEFAULT_CONFIG) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(user)) {
    const base = merged[key];
    merged[key] =
      isPlainObject(base) && isPlainObject(value)
        ? { ...base, ...structuredClone(value) }
        : structuredClone(value);
  }
  return merged as unknown as PipeguardConfig;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
