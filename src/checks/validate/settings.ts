/**
 * The `validate` section of `.pipeguard.yml` as this check reads it, and the built-in schema map
 * that makes `pipeguard validate` useful on an ML repository with no configuration at all.
 */
import { sectionOf, type CheckSection, type PipeguardConfig } from '../../config/types.js';
import { SCHEMA_IDS } from '../../schema/catalog.js';

export interface SchemaMapping {
  /** Globs relative to the root (picomatch, `/` separators, dotfiles matched). */
  files: string[];
  /** A schema `$id`, a shipped schema's short name (`automation-policy.v1`) or a user schema's `$id`. */
  schema: string;
  /**
   * Built-in map only: the mapping applies to a document only when it is an object with this key
   * (how a stamped meta.json differs from the one a pipeline writes before stamping).
   */
  requireKey?: string;
}

export interface ValidateSection extends CheckSection {
  /** Glob → schema map; first match wins, ahead of the built-in map. */
  schemas?: SchemaMapping[];
  /** Whether the built-in map (below) applies after `schemas` (default true). */
  'default-schemas'?: boolean;
  /** More globs whose documents are validated against the schema named by their own `$schema`. */
  files?: string[];
  /** Globs never validated, even when passed explicitly. */
  exclude?: string[];
  /** The user's own JSON Schema 2020-12 files (each with an `$id`), paths relative to the root. */
  'extra-schemas'?: string[];
  /** Redaction profile ids envelopes may name. */
  'redaction-profiles'?: string[];
  /** Gateway ids cloud/hybrid policies may name (any id when unset). */
  gateways?: string[];
  /** Semantic rule ids to skip (e.g. `outside-run-window`). */
  'disable-rules'?: string[];
}

const DATA = '{json,yaml,yml}';

/**
 * Where an ML / agent-platform repository usually keeps each kind of document. Entries whose schema
 * this build does not ship are dropped when the map is built, so the list can name every schema.
 */
export const DEFAULT_SCHEMA_MAP: readonly SchemaMapping[] = [
  { files: ['.pipeguard.yml', '.pipeguard.yaml'], schema: SCHEMA_IDS.config },
  {
    files: [
      `**/envelopes/**/*.${DATA}`,
      `**/envelope.${DATA}`,
      `**/*.envelope.${DATA}`,
      `**/*-envelope.${DATA}`,
    ],
    schema: 'model-request-envelope.v1',
  },
  {
    files: [
      `**/automation-policy.${DATA}`,
      `**/*.automation-policy.${DATA}`,
      `**/automation-policies/**/*.${DATA}`,
      `**/policies/automation/**/*.${DATA}`,
    ],
    schema: 'automation-policy.v1',
  },
  {
    files: [
      `**/eval-policy.${DATA}`,
      `**/*.eval-policy.${DATA}`,
      `**/eval-policies/**/*.${DATA}`,
      `**/policies/eval/**/*.${DATA}`,
    ],
    schema: 'eval-policy.v1',
  },
  { files: [`**/model-exceptions/**/*.${DATA}`], schema: 'model-exception.v1' },
  { files: [`**/exceptions/**/*.${DATA}`, `**/*.exception.${DATA}`], schema: 'eval-exception.v1' },
  { files: [`**/deps-exceptions/**/*.${DATA}`], schema: 'deps-exception.v1' },
  // A pipeline writes meta.json before `pipeguard provenance stamp` completes it: only a stamped one
  // (it carries schema_version) is held to run-meta.v1 by default.
  {
    files: ['runs/*/meta.json', '**/runs/*/meta.json'],
    schema: 'run-meta.v1',
    requireKey: 'schema_version',
  },
  {
    files: [
      '**/audit.jsonl',
      '**/audit-*.jsonl',
      '**/*.audit.jsonl',
      '**/audit/**/*.jsonl',
      '**/approvals.jsonl',
      `**/approval.${DATA}`,
      `**/approvals/**/*.${DATA}`,
    ],
    schema: SCHEMA_IDS.auditRecord,
  },
];

export function validateSectionOf(config: PipeguardConfig): ValidateSection {
  return sectionOf<ValidateSection>(config, 'validate');
}
