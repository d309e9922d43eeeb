/** The pii check as --help and the Action know it (implementation: index.ts). */
import type { CheckInfo } from '../types.js';

export const DEFAULT_PII_IGNORE_FILE = '.pipeguard/pii-ignore';

export const PII_SPEC: CheckInfo = {
  name: 'pii',
  title: 'Personal data in committed logs, fixtures and data',
  commands: [
    {
      name: ['pii'],
      summary:
        'personal data (e-mail, phone, card, IBAN, SSN, national ids) in committed logs, JSONL, CSV, fixtures and notebook outputs',
      positionals: '[PATH…]',
      options: {
        'ignore-file': {
          type: 'string',
          valueName: 'FILE',
          description: `fingerprint ignore file (default ${DEFAULT_PII_IGNORE_FILE})`,
        },
        'max-file-size': {
          type: 'string',
          valueName: 'SIZE',
          description: 'skip (and report) files larger than this, e.g. 10MB (default 10MB)',
        },
      },
    },
  ],
};
