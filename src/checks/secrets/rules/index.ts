/** pipeguard's own secretlint rule modules, in the order the engine registers them. */
import { aiProviders } from './ai.js';
import { cloudProviders } from './cloud.js';
import { credentials } from './credentials.js';
import type { PatternRule } from './factory.js';
import { serviceProviders } from './services.js';

export const PIPEGUARD_RULES: PatternRule[] = [
  aiProviders,
  cloudProviders,
  serviceProviders,
  credentials,
];

export { aiProviders, cloudProviders, credentials, serviceProviders };
export type { PatternRule, SecretPattern } from './factory.js';
