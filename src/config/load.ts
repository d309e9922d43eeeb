/**
 * Load `.pipeguard.yml`: parsed with positions, validated against the shipped config schema
 * (ajv 2020, strict), merged over the embedded defaults. Any problem is an InputError at file:line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { decodeUtf8 } from '../util/text.js';
import { DEFAULT_CONFIG } from './defaults.js';
import type { PipeguardConfig } from './types.js';

export const CONFIG_FILE_NAMES = ['.pipeguard.yml', '.pipeguard.yaml'];

export interface LoadedConfig {
  config: PipeguardConfig;
  /** The file it came from (relative to the root when inside it), or `embedded defaults`. */
  source: string;
}

/** `explicit` is the --config value; without it the root's `.pipeguard.yml` is used if present. */
export async function loadConfig(root: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit
    ? path.resolve(root, explicit)
    : CONFIG_FILE_NAMES.map((name) => path.join(root, name)).find((p) => existsSync(p));
  if (!file) return { config: structuredClone(DEFAULT_CONFIG), source: 'embedded defaults' };
  const label = path.relative(root, file).startsWith('..') ? file : path.relative(root, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'config file not found' : `config file cannot be read (${code})`,
      label,
    );
  }
  const text = decodeUtf8(bytes, label);
  // The YAML parser and the schema validator load only when there is a file to parse.
  const { parseConfig } = await import('./parse.js');
  return { config: parseConfig(text, label), source: label };
}
