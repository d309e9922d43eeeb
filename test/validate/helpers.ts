/** Temp roots with documents, and a CheckContext as the adapters build it. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CheckContext } from '../../src/checks/types.js';
import type { PipeguardConfig } from '../../src/config/types.js';
import { readCiContext } from '../../src/github/context.js';

export interface TempRoot {
  root: string;
  write(relative: string, text: string): string;
  cleanup(): void;
}

export function tempRoot(prefix = 'pipeguard-validate-'): TempRoot {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  return {
    root,
    write(relative, text) {
      const absolute = path.join(root, relative);
      mkdirSync(path.dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
      return absolute;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function contextFor(
  root: string,
  config: Partial<PipeguardConfig> = {},
  now = new Date('2026-01-15T10:00:00Z'),
): CheckContext {
  return {
    root,
    config: { 'fail-on': 'high', ...config },
    configSource: 'test',
    env: {},
    ci: readCiContext({}),
    now,
    log: { info() {}, warn() {}, debug() {} },
    registerSecret() {},
  };
}

export const ARTIFACT_TRAIN =
  'artifact://sha256:eba6f1d5dc4e384d5af8e05f93b4f3a11d2f760bc9c64921e0465167d0822e34';
export const ARTIFACT_EVAL =
  'artifact://sha256:13d9f0b2622c3c4e294662f1c410bca67de1e316d8e78679edff8491fcfc6ce3';

/** The seed 000 envelope with real values. */
export function seedEnvelope(): Record<string, unknown> {
  return {
    schema_version: '1',
    run_id: '2026-01-15-recomp-0042',
    stage: 'codegen',
    model: 'gpt-5.2-codex',
    reasoning_effort: 'high',
    input_artifacts: [ARTIFACT_TRAIN],
    redaction_profile: 'homebrew-default',
    response_schema: 'automation-policy.v1',
  };
}

/** The seed 000 automation policy with real values. */
export function seedPolicy(): Record<string, unknown> {
  return {
    schema_version: '1',
    policy_id: 'recomp-local',
    execution_mode: 'local',
    requires_approval: true,
    max_cost_usd: 500,
    max_runtime_minutes: 240,
    allowed_models: ['gpt-5.2-codex', 'gpt-5.2'],
    run_windows: ['weekday:09:00-18:00'],
  };
}

/** A user's schema (2020-12): a ticket id in upper case, nothing else. */
export const TICKET_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.com/schemas/ticket.json',
  type: 'object',
  required: ['ticket'],
  properties: {
    $schema: { type: 'string' },
    ticket: { type: 'string', pattern: '^[A-Z]+-[0-9]+$' },
  },
  additionalProperties: false,
};
