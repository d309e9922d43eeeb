/** The `eval-gate` section of .pipeguard.yml as this check reads it (the schema has validated it). */
import { sectionOf, type CheckSection, type PipeguardConfig } from '../../config/types.js';

export type ApprovalMode = 'signatures' | 'reviews' | 'both';

export interface RoleMembers {
  /** SSH principals (as written in allowed_signers) that may sign for the role. */
  principals?: string[];
  /** GitHub logins or org/team slugs whose PR approval satisfies the role (PR-review source). */
  github?: string[];
}

export interface EvalGateSection extends CheckSection {
  policy?: string;
  metrics?: string;
  baseline?: string;
  junit?: string[];
  model?: string;
  manifest?: string;
  'exceptions-dir'?: string;
  'allowed-signers'?: string;
  approval?: ApprovalMode;
  roles?: Record<string, RoleMembers>;
}

export const DEFAULTS = {
  policy: 'eval-policy.yml',
  exceptionsDir: 'exceptions',
  allowedSigners: '.github/allowed_signers',
  approval: 'signatures' as ApprovalMode,
};

export function evalGateSection(config: PipeguardConfig): EvalGateSection {
  return sectionOf<EvalGateSection>(config, 'eval-gate');
}

export function rolesOf(config: PipeguardConfig): Record<string, RoleMembers> {
  return evalGateSection(config).roles ?? {};
}
