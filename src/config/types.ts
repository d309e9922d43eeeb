/**
 * The validated shape of `.pipeguard.yml` (schemas/pipeguard-config.v1.schema.json).
 * Each check reads its own section through a typed view it owns; unknown keys never get this far.
 */
import type { Severity } from '../report/model.js';
import type { CheckName } from '../checks/types.js';

export interface CheckSection {
  enabled?: boolean;
  'fail-on'?: Severity;
  [key: string]: unknown;
}

export interface PipeguardConfig {
  version?: 1;
  'fail-on': Severity;
  audit?: { log?: string; stage?: string };
  checklist?: CheckSection;
  secrets?: CheckSection;
  pii?: CheckSection;
  validate?: CheckSection;
  checksums?: CheckSection;
  models?: CheckSection;
  deps?: CheckSection;
  'eval-gate'?: CheckSection;
  provenance?: CheckSection;
}

/** The severity at which a check fails: its own `fail-on`, else the global one. */
export function failOnFor(config: PipeguardConfig, check: string): Severity {
  return config[check as CheckName]?.['fail-on'] ?? config['fail-on'];
}

/** The section of a check as its own typed view (the schema has already validated it). */
export function sectionOf<T extends CheckSection>(config: PipeguardConfig, check: CheckName): T {
  return (config[check] ?? {}) as T;
}
