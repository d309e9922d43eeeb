/**
 * Every check pipeguard knows, in the order `pipeguard check` runs them: each spec now, each
 * implementation imported when the check first runs (see define.ts).
 */
import { CHECKLIST_SPEC } from './checklist/spec.js';
import { CHECKSUMS_SPEC } from './checksums/spec.js';
import { lazyCheck } from './define.js';
import { MODELS_SPEC } from './models/spec.js';
import { DEPS_SPEC } from './deps/spec.js';
import { EVAL_GATE_SPEC } from './eval-gate/spec.js';
import { PII_SPEC } from './pii/spec.js';
import { PROVENANCE_SPEC } from './provenance/spec.js';
import { SECRETS_SPEC } from './secrets/spec.js';
import type { CheckDefinition } from './types.js';
import { VALIDATE_SPEC } from './validate/spec.js';

export const CHECKS: CheckDefinition[] = [
  lazyCheck(CHECKLIST_SPEC, async () => (await import('./checklist/index.js')).checklistCheck),
  lazyCheck(SECRETS_SPEC, async () => (await import('./secrets/index.js')).secretsCheck),
  lazyCheck(PII_SPEC, async () => (await import('./pii/index.js')).piiCheck),
  lazyCheck(VALIDATE_SPEC, async () => (await import('./validate/index.js')).validateCheck),
  lazyCheck(CHECKSUMS_SPEC, async () => (await import('./checksums/index.js')).checksumsCheck),
  lazyCheck(MODELS_SPEC, async () => (await import('./models/index.js')).modelsCheck),
  lazyCheck(DEPS_SPEC, async () => (await import('./deps/index.js')).depsCheck),
  lazyCheck(EVAL_GATE_SPEC, async () => {
    const [{ evalGateCheck }, { publishedOnGitHub }] = await Promise.all([
      import('./eval-gate/index.js'),
      // The gate's commit status, PR comment and merge-blocking guidance (src/github, issue 7).
      import('../github/gate-check.js'),
    ]);
    return publishedOnGitHub(evalGateCheck);
  }),
  lazyCheck(PROVENANCE_SPEC, async () => (await import('./provenance/index.js')).provenanceCheck),
];
