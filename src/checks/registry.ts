/** Every check pipeguard knows, in the order `pipeguard check` runs them. */
import { checklistCheck } from './checklist/index.js';
import { checksumsCheck } from './checksums/index.js';
import { evalGateCheck } from './eval-gate/index.js';
import { notAvailableYet } from './not-available.js';
import { provenanceCheck } from './provenance/index.js';
import { secretsCheck } from './secrets/index.js';
import type { CheckDefinition } from './types.js';

export const CHECKS: CheckDefinition[] = [
  checklistCheck,
  secretsCheck,

  notAvailableYet('validate', 'Schema validation', [['validate']]),

  checksumsCheck,

  evalGateCheck,

  provenanceCheck,
];
