/**
 * What pipeguard does with no `.pipeguard.yml`: the hygiene checklist, secrets in the tree,
 * personal data in committed data files (logs, JSONL, CSV, fixtures, notebook outputs),
 * documents matching the default globs, every checksum.sha256 under runs/ and deployments/, the
 * model files of the artifact directories.
 * The eval gate and provenance need a section of their own to run.
 */
import type { PipeguardConfig } from './types.js';

export const DEFAULT_CONFIG: PipeguardConfig = {
  version: 1,
  'fail-on': 'medium',
  checklist: { enabled: true },
  secrets: { enabled: true },
  pii: { enabled: true },
  validate: { enabled: true },
  checksums: { enabled: true },
  models: { enabled: true },
};

/** A check runs under `pipeguard check` when its section is present and not disabled. */
export function isEnabled(config: PipeguardConfig, check: keyof PipeguardConfig): boolean {
  const section = config[check];
  return (
    typeof section === 'object' &&
    section !== null &&
    (section as { enabled?: boolean }).enabled !== false
  );
}
