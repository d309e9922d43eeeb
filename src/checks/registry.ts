/** Every check pipeguard knows, in the order `pipeguard check` runs them. */
import { checklistCheck } from './checklist/index.js';
import { checksumsCheck } from './checksums/index.js';
import { evalGateCheck } from './eval-gate/index.js';
import { publishedOnGitHub } from '../github/gate-check.js';
import { provenanceCheck } from './provenance/index.js';
import { secretsCheck } from './secrets/index.js';
import type { CheckDefinition } from './types.js';
import { validateCheck } from './validate/index.js';

export const CHECKS: CheckDefinition[] = [
  checklistCheck,
  secretsCheck,
  validateCheck,
  checksumsCheck,
  // The gate's commit status, PR comment and merge-blocking guidance (src/github, issue 7).
  publishedOnGitHub(evalGateCheck),
  provenanceCheck,
];
