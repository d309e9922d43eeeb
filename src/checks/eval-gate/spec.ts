/** The eval gate and its exception commands as --help and the Action know them (implementation: index.ts). */
import type { CheckInfo, OptionSpec } from '../types.js';
import { DEFAULTS } from './config.js';

/** The options of every `… sign` command (exception sign, approval sign). */
export const SIGN_OPTIONS: Record<string, OptionSpec> = {
  key: {
    type: 'string',
    valueName: 'KEY',
    description: 'private key file, or with --agent the public key of an agent-held key',
  },
  agent: {
    type: 'boolean',
    description: 'sign with the ssh-agent key matching --key (ssh-keygen -U)',
  },
  'hash-algorithm': {
    type: 'string',
    valueName: 'ALG',
    description: 'sha512 (default) or sha256',
  },
};

export const EVAL_GATE_SPEC: CheckInfo = {
  name: 'eval-gate',
  title: 'Eval gate',
  commands: [
    {
      name: ['eval-gate'],
      summary:
        'gate a model on its eval metrics: exit 12 unless every failure is covered by a signed exception',
      options: {
        metrics: {
          type: 'string',
          valueName: 'FILE',
          description:
            'metrics of the candidate run (JSON/YAML; lm-eval-harness keys such as acc,none)',
        },
        baseline: {
          type: 'string',
          valueName: 'FILE',
          description: 'metrics of the baseline run, for max_drop_abs / max_drop_rel rules',
        },
        policy: {
          type: 'string',
          valueName: 'FILE',
          description: `eval policy (default: eval-gate.policy, else ${DEFAULTS.policy})`,
        },
        junit: {
          type: 'string',
          multiple: true,
          valueName: 'FILE',
          description: 'JUnit XML report(s) whose counts are metrics (repeatable)',
        },
        'exceptions-dir': {
          type: 'string',
          valueName: 'DIR',
          description: `folder of exception files (default: ${DEFAULTS.exceptionsDir})`,
        },
        model: {
          type: 'string',
          valueName: 'NAME',
          description:
            'model name exceptions must name (default: eval-gate.model, else the policy model)',
        },
        digest: {
          type: 'string',
          valueName: 'sha256:HEX',
          description: "artifact digest exceptions are bound to (the run's manifest digest)",
        },
        manifest: {
          type: 'string',
          valueName: 'FILE',
          description: "the run's checksum.sha256; its sha256 is the artifact digest",
        },
        replay: {
          type: 'string',
          valueName: 'LOG[:LINE]',
          description: 're-derive a recorded decision from an audit log and say whether it agrees',
        },
      },
    },
    {
      name: ['exception', 'sign'],
      summary:
        'sign an exception file (eval, deps or model) with your SSH key (ssh-keygen -Y sign), appending to FILE.sig',
      positionals: 'FILE',
      options: SIGN_OPTIONS,
    },
    {
      name: ['exception', 'verify'],
      summary:
        "check exception files of every kind (eval, deps, model): schema, expiry, and each signature's verdict against allowed_signers and the roles",
      positionals: '[FILE…]',
      options: {
        'pending-ok': {
          type: 'boolean',
          description: 'roles not yet signed are notes, not failures (for pre-commit)',
        },
        policy: {
          type: 'string',
          valueName: 'FILE',
          description: 'eval policy for the expiry cap and required roles of eval exceptions',
        },
        'exceptions-dir': {
          type: 'string',
          valueName: 'DIR',
          description:
            'folder to verify when no FILE is given (default: the eval, deps and models exception folders)',
        },
      },
    },
  ],
};
