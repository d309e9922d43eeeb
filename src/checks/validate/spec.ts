/** The validate check as --help and the Action know it (implementation: index.ts). */
import { SHARD_OPTION } from '../../shard/option.js';
import { SIGN_OPTIONS } from '../eval-gate/spec.js';
import type { CheckInfo } from '../types.js';

export const VALIDATE_SPEC: CheckInfo = {
  name: 'validate',
  title:
    'Schema validation of envelopes, policies and pipeguard documents, with semantic policy rules',
  commands: [
    {
      name: ['validate'],
      summary:
        'Validate JSON / YAML / JSONL documents against their schemas (errors at file:line:col), then the policy rules',
      positionals: '[PATH…]',
      options: {
        schema: {
          type: 'string',
          valueName: 'SCHEMA',
          description:
            'Schema for documents no glob maps and that declare no $schema: $id, short name (e.g. model-request-envelope.v1) or a schema file',
        },
        shard: SHARD_OPTION,
        'schema-only': {
          type: 'boolean',
          description: 'Check documents against their schemas only; skip the semantic policy rules',
        },
      },
    },
    {
      name: ['approval', 'sign'],
      summary:
        'sign an approval record (FILE[:LINE] of approvals.jsonl) with your SSH key (ssh-keygen -Y sign), into its ssh_signature',
      positionals: 'FILE[:LINE]',
      options: SIGN_OPTIONS,
    },
  ],
};
