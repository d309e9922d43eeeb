/** pipeguard's own secretlint rule modules, in the order the engine registers them. */
import { aiProviders } from './ai.js';
import { cloudProviders } from './cloud.js';
import { commerce } from './commerce.js';
import { credentials } from './credentials.js';
import { devTools } from './devtools.js';
import type { PatternRule } from './factory.js';
import { messaging } from './messaging.js';
import { observability } from './observability.js';
import { platforms } from './platforms.js';
import { saas } from './saas.js';
import { serviceProviders } from './services.js';
import { tokens } from './tokens.js';

/** Issuer-specific rules; the generic rule (catalog.ts) runs after them and defers to them. */
export const PIPEGUARD_RULES: PatternRule[] = [
  aiProviders,
  cloudProviders,
  serviceProviders,
  devTools,
  platforms,
  observability,
  messaging,
  commerce,
  saas,
  tokens,
  credentials,
];

export { aiProviders, cloudProviders, credentials, serviceProviders };
export { genericSecrets } from './generic.js';
export { kubernetesSecrets } from './kubernetes.js';
export type { PatternRule, SecretPattern } from './factory.js';
