/** The provenance check as --help and the Action know it (implementation: index.ts). */
import type { CheckInfo, OptionSpec } from '../types.js';

export const DEFAULT_ARTIFACT_DIR = 'artifact';

const STAMP_OPTIONS: Record<string, OptionSpec> = {
  'run-id': {
    type: 'string',
    description: 'run id to record (default: run_id in meta.json, else the directory name)',
    valueName: 'ID',
  },
  'artifact-dir': {
    type: 'string',
    description: `artifact subdirectory of the run (default: ${DEFAULT_ARTIFACT_DIR})`,
    valueName: 'DIR',
  },
  dataset: { type: 'string', description: 'dataset name to record', valueName: 'NAME' },
  'data-path': {
    type: 'string',
    description: 'where the data came from (path or URI)',
    valueName: 'PATH',
  },
  'data-digest': {
    type: 'boolean',
    description: 'hash the local data path (file or directory tree) into data_digest',
  },
  policy: {
    type: 'string',
    multiple: true,
    description:
      'policy document in force (repeatable; *policy.{json,yaml} in the run directory are added)',
    valueName: 'FILE',
  },
  'started-on': {
    type: 'string',
    description: 'when the run started, RFC 3339 (default: started_on in meta.json, else now)',
    valueName: 'TIME',
  },
  'finished-on': {
    type: 'string',
    description: 'when the run finished, RFC 3339 (default: now)',
    valueName: 'TIME',
  },
  'sign-key': {
    type: 'string',
    description: 'sign the statement (DSSE) with this PEM or OpenSSH private key file',
    valueName: 'FILE',
  },
  'sign-key-env': {
    type: 'string',
    description: 'sign with the private key held in this environment variable',
    valueName: 'VAR',
  },
  'key-passphrase-env': {
    type: 'string',
    description: 'environment variable holding the PEM key passphrase',
    valueName: 'VAR',
  },
};

const VERIFY_OPTIONS: Record<string, OptionSpec> = {
  'artifact-dir': STAMP_OPTIONS['artifact-dir']!,
  'public-key': {
    type: 'string',
    multiple: true,
    description: 'PEM or OpenSSH public key; each given key must have signed (repeatable)',
    valueName: 'FILE',
  },
  'require-signature': { type: 'boolean', description: 'fail when the provenance is not signed' },
  run: {
    type: 'string',
    description: 'the stamped run a deploy directory came from (default: found by manifest digest)',
    valueName: 'RUN_DIR',
  },
};

export const PROVENANCE_SPEC: CheckInfo = {
  name: 'provenance',
  title: 'Provenance: run metadata, in-toto/SLSA statement, verification',
  commands: [
    {
      name: ['provenance', 'stamp'],
      summary:
        'stamp git, data, policy, approvals and CI facts into RUN_DIR/meta.json and an in-toto statement',
      positionals: 'RUN_DIR',
      options: STAMP_OPTIONS,
    },
    {
      name: ['provenance', 'verify'],
      summary:
        'verify artifacts, manifest, meta.json, commit and signature against the stamped provenance',
      positionals: 'RUN_DIR|DEPLOY_DIR…',
      options: VERIFY_OPTIONS,
    },
  ],
};
