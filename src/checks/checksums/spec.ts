/** The checksums check as --help and the Action know it (implementation: index.ts). */
import { SHARD_OPTION } from '../../shard/option.js';
import type { CheckInfo } from '../types.js';

export const CHECKSUMS_SPEC: CheckInfo = {
  name: 'checksums',
  title: 'Artifact checksums',
  // The first command is the sub-action's default (input `command: write` selects the other).
  commands: [
    {
      name: ['checksums', 'verify'],
      summary: 'verify checksum files strictly (no path: every checksum file the config names)',
      positionals: '[DIR|FILE…]',
      options: {
        shard: SHARD_OPTION,
        'allow-unlisted': {
          type: 'boolean',
          description:
            'do not report files present in the directory but not listed in its checksum file',
        },
      },
    },
    {
      name: ['checksums', 'write'],
      summary: 'write DIR/checksum.sha256 (GNU sha256sum format) listing every file under DIR',
      positionals: 'DIR…',
      options: {
        'run-id': {
          type: 'string',
          valueName: 'ID',
          description:
            'record "# run_id: ID" in the checksum file, so a deployment copy is matched to its run',
        },
      },
    },
  ],
};
