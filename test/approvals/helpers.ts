/**
 * Approval records signed with real ssh-keygen: throwaway keys for two roles and an outsider,
 * the allowed_signers lines that trust them, and the config naming the roles.
 */
import { signedBytesOf } from '../../src/checks/validate/rules/approval-proof.js';
import type { PipeguardConfig } from '../../src/config/types.js';
import { generateKey, sshSign, tempDir, type TestKey } from '../sshsig/ssh.js';

export const RUN_ID = '2026-01-15-recomp-0042';
export const RUN = `runs/${RUN_ID}`;
export const SAM = 'sam@ml.example';
export const MARIA = 'maria@ml.example';

export interface Keys {
  sam: TestKey;
  maria: TestKey;
  mallory: TestKey;
  cleanup(): void;
}

export function makeKeys(): Keys {
  const { dir, cleanup } = tempDir('pipeguard-approval-keys-');
  return {
    sam: generateKey(dir, 'ed25519', 'sam'),
    maria: generateKey(dir, 'ecdsa-256', 'maria'),
    mallory: generateKey(dir, 'ed25519', 'mallory'),
    cleanup,
  };
}

/** allowed_signers trusting sam and maria for approvals (and exceptions), with extra options. */
export function allowedSigners(keys: Keys, options: { sam?: string; maria?: string } = {}): string {
  const namespaces = 'namespaces="pipeguard-exception,pipeguard-approval"';
  return [
    `${SAM} ${options.sam ?? namespaces} ${keys.sam.publicText}`,
    `${MARIA} ${options.maria ?? namespaces} ${keys.maria.publicText}`,
    '',
  ].join('\n');
}

export const ROLES_CONFIG: PipeguardConfig['eval-gate'] = {
  'allowed-signers': '.github/allowed_signers',
  roles: {
    security: { principals: [SAM] },
    'ml-owner': { principals: [MARIA] },
  },
};

export function approvalRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema_version: '1',
    time: '2026-01-15T08:00:00Z',
    run_id: RUN_ID,
    stage: 'codegen',
    actor: 'sam',
    check: 'approval',
    decision: 'allowed',
    reason: 'reviewed the plan',
    risk_level: 'medium',
    inputs: [],
    ...overrides,
  };
}

/** The record with `ssh_signature` holding one block per key (real `ssh-keygen -Y sign`). */
export function signed(
  record: Record<string, unknown>,
  keys: TestKey[],
  namespace = 'pipeguard-approval',
): Record<string, unknown> {
  const bytes = signedBytesOf(record);
  if (!Buffer.isBuffer(bytes)) throw new Error(bytes.problem);
  return {
    ...record,
    ssh_signature: keys.map((key) => sshSign(key, bytes, namespace)).join(''),
  };
}

export const jsonl = (...records: Array<Record<string, unknown>>): string =>
  records.map((r) => `${JSON.stringify(r)}\n`).join('');
