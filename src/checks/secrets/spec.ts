/** The secrets check as --help and the Action know it (implementation: index.ts). */
import { SHARD_OPTION } from '../../shard/option.js';
import type { CheckInfo } from '../types.js';

export const DEFAULT_IGNORE_FILE = '.pipeguard/secrets-ignore';

export const SECRETS_SPEC: CheckInfo = {
  name: 'secrets',
  title: 'Secret scanning',
  commands: [
    {
      name: ['secrets'],
      summary: "secret scanning: the tree, staged changes, a PR's added lines or a history range",
      positionals: '[PATH…|-]',
      options: {
        staged: {
          type: 'boolean',
          description:
            'scan the staged changes only (what the next commit adds); used by the pre-commit hook',
        },
        diff: {
          type: 'string',
          valueName: 'BASE...HEAD',
          description:
            'scan the lines added between two commits (fetches what a shallow clone lacks)',
        },
        history: {
          type: 'string',
          valueName: 'RANGE',
          description:
            'scan every commit of a range (e.g. main..HEAD, or HEAD for all history); each secret reported once',
        },
        tree: {
          type: 'boolean',
          description: 'scan the whole tree even when a CI event would choose a diff',
        },
        baseline: {
          type: 'string',
          valueName: 'FILE',
          description:
            'suppress findings listed in this baseline (JSON written by --write-baseline)',
        },
        'write-baseline': {
          type: 'string',
          valueName: 'FILE',
          description:
            'write the current findings as a baseline (sorted, no line numbers or timestamps)',
        },
        'ignore-file': {
          type: 'string',
          valueName: 'FILE',
          description: `fingerprint ignore file (default ${DEFAULT_IGNORE_FILE})`,
        },
        'stdin-filename': {
          type: 'string',
          valueName: 'NAME',
          description:
            'with - (standard input): the file name rules and messages use (default: stdin)',
        },
        shard: SHARD_OPTION,
        'max-file-size': {
          type: 'string',
          valueName: 'SIZE',
          description: 'skip (and report) files larger than this, e.g. 10MB (default 10MB)',
        },
      },
    },
  ],
};
