/** Every check pipeguard knows, in the order `pipeguard check` runs them. */
import { checklistCheck } from './checklist/index.js';
import { notAvailableYet } from './not-available.js';
import { secretsCheck } from './secrets/index.js';
import type { CheckDefinition } from './types.js';

export const CHECKS: CheckDefinition[] = [
  checklistCheck,
  secretsCheck,

  notAvailableYet('validate', 'Schema validation', [['validate']]),

  notAvailableYet('checksums', 'Artifact checksums', [
    ['checksums', 'write'],
    ['checksums', 'verify'],
  ]),

  notAvailableYet('eval-gate', 'Eval gate', [
    ['eval-gate'],
    ['exception', 'sign'],
    ['exception', 'verify'],
  ]),

  notAvailableYet('provenance', 'Provenance', [
    ['provenance', 'stamp'],
    ['provenance', 'verify'],
  ]),
];
